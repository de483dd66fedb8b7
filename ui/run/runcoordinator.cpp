// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/run/runcoordinator.h"

#include "core/exec/runcontroller.h"
#include "core/exec/runsetup.h"
#include "core/model/pipelinedocument.h"
#include "core/store/metadatastore.h"
#include "ui/canvas/pipelinescene.h"
#include "ui/run/canvasrunadapter.h"
#include "ui/run/runpanel.h"

#include <QFutureWatcher>
#include <QThread>
#include <QtConcurrent>

namespace wb::ui {

RunCoordinator::RunCoordinator(model::PipelineDocument *document, PipelineScene *scene, RunPanel *panel,
                               QObject *parent)
    : QObject(parent)
    , m_doc(document)
    , m_scene(scene)
    , m_panel(panel)
{
    connect(panel, &RunPanel::cancelRequested, this, &RunCoordinator::cancel);
    connect(panel, &RunPanel::rerunFromRequested, this, [this](const QString &task, const QString &runId) {
        RunRequest request;
        request.fromTask = task;
        request.reuseRunId = runId;
        if (m_controller && m_controller->plan())
            request.parameters = m_controller->plan()->parameters;
        start(request);
    });
}

RunCoordinator::~RunCoordinator()
{
    // Containers of a run still going are stopped; the run is recorded as cancelled.
    if (m_controller && m_controller->isRunning())
        m_controller->cancel();
    delete m_adapter;
    delete m_controller;
}

void RunCoordinator::setWorkspace(const QString &workspace)
{
    m_workspace = workspace;
}

bool RunCoordinator::isRunning() const
{
    return m_starting || (m_controller && m_controller->isRunning());
}

bool RunCoordinator::start(const RunRequest &request)
{
    if (isRunning()) {
        emit errorOccurred(tr("A run is already in progress."));
        return false;
    }
    if (!m_doc || m_doc->filePath().isEmpty()) {
        emit errorOccurred(tr("Save the pipeline first: its components are found relative to its file."));
        return false;
    }
    if (m_workspace.isEmpty()) {
        emit errorOccurred(tr("Open a workspace folder first: runs are kept in WORKSPACE/.mlwb/runs."));
        return false;
    }
    m_starting = true;
    emit busyChanged(true);
    emit message(tr("Looking for a container engine…"));
    // Probing Docker runs `docker info`, which can take seconds: never on the GUI thread.
    QThread *gui = thread();
    const exec::RuntimeMode mode = request.runtime;
    const QString binary = m_dockerBinary;
    auto *watcher = new QFutureWatcher<Selected>(this);
    connect(watcher, &QFutureWatcher<Selected>::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        onRuntimeSelected(watcher->result(), request);
    });
    watcher->setFuture(QtConcurrent::run([mode, binary, gui] {
        auto selected = std::make_shared<Result<exec::SelectedRuntime>>(exec::selectRuntime(mode, binary));
        if (selected->ok())
            (*selected)->runtime->moveToThread(gui); // its processes belong to the GUI loop
        return selected;
    }));
    return true;
}

void RunCoordinator::onRuntimeSelected(const Selected &selected, const RunRequest &request)
{
    auto fail = [this](const QString &text) {
        m_starting = false;
        emit busyChanged(false);
        emit errorOccurred(text);
    };
    if (!selected->ok())
        return fail(selected->error().text());
    if (!(*selected)->warning.isEmpty())
        emit message((*selected)->warning);
    if (!m_doc)
        return fail(tr("The pipeline was closed."));

    // The plan is an immutable copy: edits made while the run goes on do not affect it.
    auto plan = exec::compileRunPlan(m_doc->model().snapshot(), m_doc->filePath(), request.parameters);
    if (!plan.ok())
        return fail(plan.error().message + QLatin1Char('\n') + plan.error().detail);
    auto store = exec::openWorkspaceStore(m_workspace);
    if (!store.ok())
        return fail(store.error().text());

    delete m_adapter;
    m_adapter = nullptr;
    delete m_controller;
    m_controller = nullptr;
    m_runtime = std::move((*selected)->runtime);
    m_store = std::move(*store);
    m_controller = new exec::RunController(m_runtime.get(), m_store.get());
    connect(m_controller, &exec::RunController::runStarted, this, &RunCoordinator::runStarted);
    connect(m_controller, &exec::RunController::runFinished, this, [this](const exec::RunResult &result) {
        m_lastRunId = result.runId;
        emit busyChanged(false);
        emit runFinished(result);
    });
    if (m_scene) {
        m_scene->clearTaskStates();
        m_adapter = new CanvasRunAdapter(m_controller, m_scene);
    }
    if (m_panel)
        m_panel->attach(m_controller);

    exec::RunOptions options;
    options.workspace = m_workspace;
    options.maxParallel = request.maxParallel;
    options.fromTask = request.fromTask;
    options.reuseRunId = request.reuseRunId;
    exec::gitStateOf(m_workspace, &options.gitCommit, &options.gitDirty);
    options.gitDirty = options.gitDirty || m_doc->isDirty();
    auto started = m_controller->start(*plan, options);
    m_starting = false;
    if (!started.ok()) {
        emit busyChanged(false);
        emit errorOccurred(started.error().text());
        return;
    }
    m_lastRunId = *started;
    emit message(tr("Run %1 started (%2).").arg(*started, (*selected)->info.name));
}

void RunCoordinator::cancel()
{
    if (m_controller && m_controller->isRunning()) {
        m_controller->cancel();
        emit message(tr("Cancelling the run…"));
    }
}

void RunCoordinator::recoverAfterCrash()
{
    if (m_workspace.isEmpty())
        return;
    const QString ws = m_workspace;
    auto *watcher = new QFutureWatcher<exec::RecoveryReport>(this);
    connect(watcher, &QFutureWatcher<exec::RecoveryReport>::finished, this, [this, watcher] {
        watcher->deleteLater();
        emit recoveryFinished(watcher->result());
    });
    // Its own store connection and runtime: nothing here is shared with the GUI thread.
    watcher->setFuture(QtConcurrent::run([ws] {
        exec::RecoveryReport report;
        auto store = exec::openWorkspaceStore(ws);
        auto runtime = exec::selectRuntime(exec::RuntimeMode::Auto);
        report = exec::recoverAfterCrash(ws, store.ok() ? store->get() : nullptr,
                                         runtime.ok() ? runtime->runtime.get() : nullptr);
        if (!store.ok())
            report.problems << store.error().text();
        return report;
    }));
}

} // namespace wb::ui
