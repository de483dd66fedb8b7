// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exec/containerruntime.h"
#include "core/exec/runcontroller.h"
#include "core/exec/runsession.h"

#include <atomic>
#include <memory>
#include <optional>

namespace wb::store {
class MetadataStore;
}

namespace wb::exec {

/// The half of RunSession that lives on its worker thread: owns the runtime, the store
/// connection and the RunController of the current request. Internal to RunSession.
class RunSessionWorker : public QObject
{
    Q_OBJECT
public:
    RunSessionWorker();
    ~RunSessionWorker() override;

    /// Set from the owner's thread; read here between the blocking preparation steps.
    std::atomic<bool> cancelRequested{false};

    void start(const RunSessionRequest &request);
    void cancel();

signals:
    void message(const QString &text);
    void startFailed(const QString &text, const QString &code);
    void runStarted(const QString &runId, const wb::exec::ExecutionPlanPtr &plan, const QString &runtimeName);
    void stepStateChanged(const QString &runId, const QString &task, wb::exec::StepState state, qint64 durationMs);
    void stepResult(const QString &runId, const wb::exec::StepResult &step, qint64 durationMs);
    void logLine(const QString &runId, const QString &task, int attempt, wb::exec::OutputStream stream,
                 const QString &line);
    void progressChanged(int finishedSteps, int totalSteps);
    void pullLine(const QString &runId, const QString &image, const QString &line);
    void runFinished(const wb::exec::RunResult &result);
    void reproduceFinished(const wb::exec::ReproduceReport &report);

private:
    /// The plan and options of the request; an error text when it cannot run.
    struct Prepared
    {
        ExecutionPlanPtr plan;
        RunOptions options;
    };
    Result<Prepared> prepare(const RunSessionRequest &request);
    void release();
    bool stopIfCancelled();

    std::unique_ptr<ContainerRuntime> m_runtime;
    std::unique_ptr<store::MetadataStore> m_store;
    std::unique_ptr<RunController> m_controller;
    std::optional<ReproduceSetup> m_reproduce;
    QString m_runtimeName;
    QStringList m_warnings;
};

} // namespace wb::exec
