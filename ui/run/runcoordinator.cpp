// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/run/runcoordinator.h"

#include "core/exec/runsession.h"
#include "core/exec/runsetup.h"
#include "core/model/pipelinedocument.h"
#include "core/store/metadatastore.h"
#include "ui/canvas/pipelinescene.h"
#include "ui/run/canvasrunadapter.h"
#include "ui/run/runpanel.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace wb::ui {

RunCoordinator::RunCoordinator(model::PipelineDocument *document, PipelineScene *scene, RunPanel *panel,
                               QObject *parent)
    : QObject(parent)
    , m_doc(document)
    , m_scene(scene)
    , m_panel(panel)
    , m_session(new exec::RunSession(this))
{
    if (scene)
        m_adapter = new CanvasRunAdapter(m_session, scene, this);
    if (panel) {
        panel->attach(m_session);
        connect(panel, &RunPanel::cancelRequested, this, &RunCoordinator::cancel);
        connect(panel, &RunPanel::rerunFromRequested, this, [this](const QString &task, const QString &runId) {
            RunRequest request;
            request.fromTask = task;
            request.reuseRunId = runId;
            request.parameters = m_session->parameters();
            request.runtime = m_defaults.runtime;
            request.experiment = m_lastExperiment;
            start(request);
        });
    }
    connect(m_session, &exec::RunSession::busyChanged, this, &RunCoordinator::busyChanged);
    connect(m_session, &exec::RunSession::message, this, &RunCoordinator::message);
    connect(m_session, &exec::RunSession::startFailed, this, [this](const QString &text, const QString &code) {
        if (m_session->kind() == exec::RunSessionRequest::Kind::Reproduce)
            emit reproduceFinished(false, {}, text, code); // reported by whoever asked for it
        else
            emit errorOccurred(text);
    });
    connect(m_session, &exec::RunSession::runStarted, this, [this](const QString &runId, const QString &runtime) {
        m_lastRunId = runId;
        emit message(tr("Run %1 started (%2).").arg(runId, runtime));
        emit runStarted(runId);
    });
    connect(m_session, &exec::RunSession::runFinished, this, [this](const exec::RunResult &result) {
        m_lastRunId = result.runId;
        emit runFinished(result);
    });
    connect(m_session, &exec::RunSession::reproduceFinished, this, [this](const exec::ReproduceReport &report) {
        emit reproduceFinished(true, report, QString(), QString());
    });
}

RunCoordinator::~RunCoordinator()
{
    // The session's destructor stops a run still going (it is recorded as cancelled).
    delete m_adapter;
    m_adapter = nullptr;
}

void RunCoordinator::setWorkspace(const QString &workspace)
{
    m_workspace = workspace;
}

bool RunCoordinator::isRunning() const
{
    return m_session->isBusy();
}

void RunCoordinator::applyDefaults(exec::RunSessionRequest &request) const
{
    request.dockerContext = m_defaults.dockerContext;
    request.userPidsLimit = m_defaults.pidsLimit;
    request.userDefaultMemory = m_defaults.defaultMemory;
    request.userPull = m_defaults.pull;
}

bool RunCoordinator::checkReady()
{
    if (isRunning()) {
        emit errorOccurred(tr("A run is already in progress."));
        return false;
    }
    if (m_workspace.isEmpty()) {
        emit errorOccurred(tr("Open a workspace folder first: runs are kept in WORKSPACE/.mlwb/runs."));
        return false;
    }
    return true;
}

bool RunCoordinator::start(const RunRequest &request)
{
    if (!m_doc || m_doc->filePath().isEmpty()) {
        emit errorOccurred(tr("Save the pipeline first: its components are found relative to its file."));
        return false;
    }
    if (!checkReady())
        return false;
    exec::RunSessionRequest r;
    r.kind = exec::RunSessionRequest::Kind::Run;
    r.workspace = m_workspace;
    r.runtime = request.runtime;
    r.dockerBinary = m_dockerBinary;
    r.maxParallel = request.maxParallel;
    r.pipeline = m_doc->model().snapshot(); // edits made while the run goes on do not count
    r.pipelineFile = m_doc->filePath();
    r.documentDirty = m_doc->isDirty();
    r.parameters = request.parameters;
    r.fromTask = request.fromTask;
    r.reuseRunId = request.reuseRunId;
    r.experiment = request.experiment.isEmpty() ? m_defaults.experiment : request.experiment;
    m_lastExperiment = r.experiment;
    applyDefaults(r);
    return m_session->start(r);
}

bool RunCoordinator::reproduce(const QString &runId, exec::RuntimeMode mode, const vcs::ReproduceOptions &options)
{
    if (!checkReady()) {
        emit reproduceFinished(false, {}, m_workspace.isEmpty() ? tr("No workspace is open.")
                                                                : tr("A run is already in progress."),
                               QStringLiteral("not-ready"));
        return false;
    }
    exec::RunSessionRequest r;
    r.kind = exec::RunSessionRequest::Kind::Reproduce;
    r.workspace = m_workspace;
    r.runtime = mode;
    r.dockerBinary = m_dockerBinary;
    r.reproduceRunId = runId;
    r.reproduceOptions = options;
    applyDefaults(r);
    return m_session->start(r);
}

void RunCoordinator::cancel()
{
    if (m_session->isBusy()) {
        m_session->cancel();
        emit message(tr("Cancelling the run…"));
    }
}

void RunCoordinator::recoverAfterCrash()
{
    if (m_workspace.isEmpty())
        return;
    const QString ws = m_workspace;
    const QString binary = m_dockerBinary;
    const QString context = m_defaults.dockerContext;
    auto *watcher = new QFutureWatcher<exec::RecoveryReport>(this);
    connect(watcher, &QFutureWatcher<exec::RecoveryReport>::finished, this, [this, watcher] {
        watcher->deleteLater();
        emit recoveryFinished(watcher->result());
    });
    // Its own store connection and runtime: nothing here is shared with the GUI thread.
    watcher->setFuture(QtConcurrent::run([ws, binary, context] {
        exec::RecoveryReport report;
        auto store = exec::openWorkspaceStore(ws);
        auto runtime = exec::selectRuntime(exec::RuntimeMode::Auto, binary, context);
        report = exec::recoverAfterCrash(ws, store.ok() ? store->get() : nullptr,
                                         runtime.ok() ? runtime->runtime.get() : nullptr);
        if (!store.ok())
            report.problems << store.error().text();
        return report;
    }));
}

} // namespace wb::ui
