// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/exec/containerruntime.h"
#include "core/exec/executionplan.h"
#include "core/exec/runtypes.h"
#include "core/exec/workspacesettings.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <optional>

namespace wb::store {
class MetadataStore;
}

namespace wb::exec {

/// Runs an ExecutionPlan on the event loop (no threads: the runtimes are asynchronous).
/// An observer of a snapshot: it never reads the live document, and its state flows out
/// only through signals, the run folder and the metadata store.
///
/// Scheduling: a step starts once every step it depends on is final; at most maxParallel
/// steps occupy a slot at once (a step waiting for a retry keeps its slot). A step whose
/// upstream failed is NotRun; one whose run condition is false, or that depends on a skipped
/// step, is Skipped. Cache hits and reused steps take no slot and start nothing.
class RunController : public QObject
{
    Q_OBJECT
public:
    /// `store` may be null (nothing recorded). Neither is owned.
    RunController(ContainerRuntime *runtime, store::MetadataStore *store, QObject *parent = nullptr);
    ~RunController() override;

    /// Validates what can fail before anything starts (secrets set, run folder free, the run
    /// to reuse complete, images present or pulled as the pull policy says: this blocks while
    /// `docker pull` runs, with pullLine() for each line), creates the run folder and its lock
    /// (with pull.log when images were pulled), records the run and returns its id. Steps
    /// start from the event loop afterwards. A failed or cancelled pull leaves no run behind.
    Result<QString> start(ExecutionPlanPtr plan, const RunOptions &options);
    /// Polled while start() pulls images; true stops the pull and start() fails "cancelled".
    /// (cancel() cannot be delivered then: start() blocks the thread's event loop.)
    void setCancelCheck(CancelCheckFn check) { m_cancelCheck = std::move(check); }
    /// Stops every running step (containers are killed) and marks the rest cancelled.
    void cancel();
    bool isRunning() const { return m_active; }

    const RunResult &result() const { return m_result; }
    StepState stepState(const QString &task) const;
    ExecutionPlanPtr plan() const { return m_plan; }

    /// Runs a plan to the end with a local event loop (CLI, tests, benchmarks).
    RunResult runToCompletion(ExecutionPlanPtr plan, const RunOptions &options);

signals:
    void runStarted(const QString &runId);
    void stepStateChanged(const QString &runId, const QString &task, wb::exec::StepState state,
                          qint64 durationMs);
    void logLine(const QString &runId, const QString &task, int attempt,
                 wb::exec::OutputStream stream, const QString &line);
    void progressChanged(int finishedSteps, int totalSteps);
    void runFinished(const wb::exec::RunResult &result);
    /// A line of an image pull during start(), before runStarted (kept in <run>/pull.log).
    void pullLine(const QString &runId, const QString &image, const QString &line);

private:
    struct StepRun;

    Result<void> prepareReuse();
    void schedule();
    void launch(int index);
    bool tryCache(int index);
    void startAttempt(int index);
    void onOutputLine(RunHandle handle, OutputStream stream, const QByteArray &line);
    void onFinished(RunHandle handle, const ExitInfo &info);
    void finishStep(int index, StepState state, const QString &error);
    void setState(int index, StepState state);
    std::optional<bool> evaluateCondition(int index, QString *why);
    QString redact(QString text) const;
    void writeStepFiles(int index);
    void recordStep(int index);
    void finishRun();
    void maybeFinish();

    ContainerRuntime *m_rt;
    store::MetadataStore *m_store;
    ExecutionPlanPtr m_plan;
    RunOptions m_opt;
    RunResult m_result;
    QList<StepRun *> m_steps;
    QHash<RunHandle, int> m_byHandle;
    QHash<QString, QString> m_imageIds;
    ContainerDefaults m_limits; ///< the workspace's container defaults, read at start()
    QSet<QString> m_rerun; ///< re-run from here: the steps that must execute
    QStringList m_secretValues;
    CancelCheckFn m_cancelCheck;
    int m_slots = 0;
    int m_maxParallel = 1;
    bool m_active = false;
    bool m_cancelling = false;
    bool m_finishQueued = false;
};

} // namespace wb::exec
