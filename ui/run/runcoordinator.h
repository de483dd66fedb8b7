// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exec/runrecovery.h"
#include "core/exec/runtypes.h"

#include <QMap>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace wb::model {
class PipelineDocument;
}
namespace wb::store {
class MetadataStore;
}
namespace wb::exec {
class RunController;
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
};

/// Runs the open pipeline from the GUI: picks the runtime off the GUI thread (probing Docker
/// can take seconds), compiles an immutable plan from the document's current snapshot, and
/// drives a RunController that the run panel and the canvas badges follow. One run at a time.
/// At workspace start it cleans up after a crash (runs left RUNNING, orphaned containers).
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

    /// Starts a run of the document as it is now (its file must have a path so relative
    /// components resolve). False with errorOccurred() when it cannot start.
    bool start(const RunRequest &request);
    void cancel();
    bool isRunning() const;
    /// The controller of the current or last run (null before the first run).
    exec::RunController *controller() const { return m_controller; }
    QString lastRunId() const { return m_lastRunId; }

    /// Starts crash clean-up for the workspace on a worker thread; recoveryFinished() reports.
    void recoverAfterCrash();

signals:
    void runStarted(const QString &runId);
    void runFinished(const wb::exec::RunResult &result);
    void recoveryFinished(const wb::exec::RecoveryReport &report);
    void busyChanged(bool busy);
    void errorOccurred(const QString &message);
    void message(const QString &text);

private:
    using Selected = std::shared_ptr<Result<exec::SelectedRuntime>>;
    void onRuntimeSelected(const Selected &selected, const RunRequest &request);

    QPointer<model::PipelineDocument> m_doc;
    QPointer<PipelineScene> m_scene;
    QPointer<RunPanel> m_panel;
    QString m_workspace;
    QString m_dockerBinary;
    QString m_lastRunId;
    bool m_starting = false;
    std::unique_ptr<exec::ContainerRuntime> m_runtime;
    std::unique_ptr<store::MetadataStore> m_store;
    exec::RunController *m_controller = nullptr;
    CanvasRunAdapter *m_adapter = nullptr;
};

} // namespace wb::ui
