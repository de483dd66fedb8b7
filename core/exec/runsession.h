// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exec/executionplan.h"
#include "core/exec/reproducerun.h"
#include "core/exec/runrecovery.h"
#include "core/exec/runtypes.h"
#include "core/model/pipelinetypes.h"

#include <QMap>
#include <QObject>
#include <QThread>

#include <optional>

namespace wb::exec {

class RunSessionWorker;

/// What the user asked for: a run of a pipeline snapshot, a re-run from a task, or the
/// reproduction of a recorded run. Plain values, copied to the session's thread.
struct RunSessionRequest
{
    enum class Kind { Run, Reproduce };
    Kind kind = Kind::Run;
    QString workspace;
    RuntimeMode runtime = RuntimeMode::Auto;
    QString dockerBinary; ///< empty: docker
    QString dockerContext; ///< empty: the docker CLI's own choice (DOCKER_CONTEXT otherwise)
    int maxParallel = 0;
    /// The user's container defaults (the Settings dialog), used where the workspace's
    /// .mlwb/settings.json sets nothing: 0 / empty = the built-in default.
    int userPidsLimit = 0;
    QString userDefaultMemory; ///< "4g", "75%"
    QString userPull;          ///< "never", "missing", "always"

    // Kind::Run
    model::PipelineSnapshot pipeline; ///< the document as it is now (edits later do not count)
    QString pipelineFile;             ///< its path: relative component paths resolve from it
    bool documentDirty = false;       ///< unsaved edits: the run is recorded as dirty
    QMap<QString, QString> parameters;
    QString fromTask;   ///< re-run from here…
    QString reuseRunId; ///< …reusing this run's other outputs
    QString experiment; ///< empty: "Default"

    // Kind::Reproduce
    QString reproduceRunId;
    vcs::ReproduceOptions reproduceOptions;
};

/// Runs, re-runs and reproductions of one workspace, one at a time, on a thread of their own.
///
/// Everything that waits — probing the engine, inspecting images, hashing inputs for the
/// cache, git status, store writes, the containers themselves, comparing reproduced outputs —
/// happens on the session's worker thread, where a RunController drives the steps. The owner
/// (the GUI) only sends requests (start, cancel) and receives queued signals, so a slow or
/// hung engine can never freeze a window. The session mirrors what it received (plan, step
/// results) for observers on the owner's thread.
class RunSession : public QObject
{
    Q_OBJECT
public:
    explicit RunSession(QObject *parent = nullptr);
    /// Cancels a run still going (its containers are stopped, the run is recorded as
    /// cancelled) and joins the worker thread.
    ~RunSession() override;

    /// Starts the request on the worker thread; false (and startFailed) when busy.
    bool start(const RunSessionRequest &request);
    /// Asks the worker to stop the run (honoured as soon as the worker can act on it, also
    /// while it is still preparing the run).
    void cancel();
    bool isBusy() const { return m_busy; }
    RunSessionRequest::Kind kind() const { return m_kind; }

    /// The plan of the current or last run (null before the first runStarted).
    ExecutionPlanPtr plan() const { return m_plan; }
    QString runId() const { return m_runId; }
    /// The latest result of each step of the current or last run, as received.
    std::optional<StepResult> stepResult(const QString &task) const;
    /// The last run's parameters (re-run from here reuses them).
    QMap<QString, QString> parameters() const { return m_plan ? m_plan->parameters : QMap<QString, QString>{}; }

signals:
    void busyChanged(bool busy);
    /// Progress of the preparation ("Looking for a container engine…").
    void message(const QString &text);
    /// The request could not start (no engine, invalid plan, missing image…); `code` is the
    /// error's code (e.g. "dirty-run", "data-changed", "cancelled").
    void startFailed(const QString &text, const QString &code);
    void runStarted(const QString &runId, const QString &runtimeName);
    void stepStateChanged(const QString &runId, const QString &task, wb::exec::StepState state,
                          qint64 durationMs);
    void logLine(const QString &runId, const QString &task, int attempt,
                 wb::exec::OutputStream stream, const QString &line);
    void progressChanged(int finishedSteps, int totalSteps);
    /// A line of an image pull, live, while the run is starting (before runStarted of the same
    /// run id; a failed pull ends in startFailed). The run keeps them in <run>/pull.log.
    void pullLine(const QString &runId, const QString &image, const QString &line);
    void runFinished(const wb::exec::RunResult &result);
    /// After runFinished of a Reproduce request: the comparison with the original run.
    void reproduceFinished(const wb::exec::ReproduceReport &report);

private:
    void onRunStarted(const QString &runId, const wb::exec::ExecutionPlanPtr &plan, const QString &runtimeName);
    void onStepResult(const QString &runId, const wb::exec::StepResult &step, qint64 durationMs);
    void onDone();

    QThread *m_thread; ///< deleted once finished (left behind if an engine call hangs at exit)
    RunSessionWorker *m_worker = nullptr; ///< lives on m_thread
    bool m_busy = false;
    RunSessionRequest::Kind m_kind = RunSessionRequest::Kind::Run;
    ExecutionPlanPtr m_plan;
    QString m_runId;
    QMap<QString, StepResult> m_steps;
};

} // namespace wb::exec
