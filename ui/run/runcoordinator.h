// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exec/reproducerun.h"
#include "core/exec/runrecovery.h"
#include "core/exec/runtypes.h"

#include <QMap>
#include <QObject>
#include <QPointer>

namespace wb::model {
class PipelineDocument;
}
namespace wb::exec {
class RunSession;
struct RunSessionRequest;
}

namespace wb::ui {

class CanvasRunAdapter;
class PipelineScene;
class RunPanel;

/// What a run needs from the user (the run dialog fills it; tests set it directly).
struct RunRequest
{
    QMap<QString, QString> parameters;
    exec::RuntimeMode runtime = exec::RuntimeMode::Auto;
    int maxParallel = 0;
    QString fromTask;   ///< re-run from here…
    QString reuseRunId; ///< …reusing this run's other outputs
    QString experiment; ///< empty: RunDefaults::experiment
};

/// What runs get unless a request says otherwise (the Settings dialog: per user, or this
/// workspace's override). The container limits and the pull policy are the user's own: the
/// run applies them only where the workspace's .mlwb/settings.json sets nothing.
struct RunDefaults
{
    exec::RuntimeMode runtime = exec::RuntimeMode::Auto; ///< re-runs and reproductions
    QString experiment;    ///< empty: "Default"
    QString dockerContext; ///< empty: the docker CLI's own
    int pidsLimit = 0;     ///< 0: the built-in default
    QString defaultMemory; ///< empty: the built-in default
    QString pull;          ///< empty: the built-in default
    bool operator==(const RunDefaults &) const = default;
};

/// Runs the open pipeline from the GUI through an exec::RunSession, which does all the
/// waiting (engine, images, hashing, git, store) on its own thread: this object only takes a
/// snapshot of the document, sends the request and relays what comes back. The run panel and
/// the canvas badges follow the session, for runs, re-runs and reproductions alike. One at a
/// time. At workspace start it cleans up after a crash (runs left RUNNING, orphaned containers).
class RunCoordinator : public QObject
{
    Q_OBJECT
public:
    RunCoordinator(model::PipelineDocument *document, PipelineScene *scene, RunPanel *panel,
                   QObject *parent = nullptr);
    ~RunCoordinator() override;

    void setWorkspace(const QString &workspace);
    QString workspace() const { return m_workspace; }
    /// Docker binary override (settings); empty = docker.
    void setDockerBinary(const QString &binary) { m_dockerBinary = binary; }
    QString dockerBinary() const { return m_dockerBinary; }
    void setDefaults(const RunDefaults &defaults) { m_defaults = defaults; }
    const RunDefaults &defaults() const { return m_defaults; }

    /// Starts a run of the document as it is now (its file must have a path so relative
    /// components resolve). False with errorOccurred() when it cannot start; a start that
    /// fails later (no engine, missing image) also ends in errorOccurred().
    bool start(const RunRequest &request);
    /// Reproduces recorded run `runId` from its commit: badges, run panel and cancel as for a
    /// run; reproduceFinished() reports the comparison (or the reason it could not run).
    bool reproduce(const QString &runId, exec::RuntimeMode mode = exec::RuntimeMode::Auto,
                   const vcs::ReproduceOptions &options = {});
    void cancel();
    bool isRunning() const;
    exec::RunSession *session() const { return m_session; }
    QString lastRunId() const { return m_lastRunId; }

    /// Starts crash clean-up for the workspace on a worker thread; recoveryFinished() reports.
    void recoverAfterCrash();

signals:
    void runStarted(const QString &runId);
    void runFinished(const wb::exec::RunResult &result);
    /// ok=false: the reproduction could not run (message says why, code is the error's code,
    /// e.g. "dirty-run"); else the report.
    void reproduceFinished(bool ok, const wb::exec::ReproduceReport &report, const QString &message,
                           const QString &code);
    void recoveryFinished(const wb::exec::RecoveryReport &report);
    void busyChanged(bool busy);
    void errorOccurred(const QString &message);
    void message(const QString &text);

private:
    bool checkReady();
    /// The docker context and the user's container defaults, for any request.
    void applyDefaults(exec::RunSessionRequest &request) const;

    QPointer<model::PipelineDocument> m_doc;
    QPointer<PipelineScene> m_scene;
    QPointer<RunPanel> m_panel;
    QString m_workspace;
    QString m_dockerBinary;
    RunDefaults m_defaults;
    QString m_lastExperiment; ///< re-run from here keeps the run's experiment
    QString m_lastRunId;
    exec::RunSession *m_session;
    CanvasRunAdapter *m_adapter = nullptr;
};

} // namespace wb::ui
