// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exec/runsession.h"

#include "core/base/tr.h"
#include "core/exec/runsessionworker.h"

namespace wb::exec {

static constexpr int kShutdownWaitMs = 20000;

RunSession::RunSession(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<wb::exec::StepState>();
    qRegisterMetaType<wb::exec::StepResult>();
    qRegisterMetaType<wb::exec::RunResult>();
    qRegisterMetaType<wb::exec::OutputStream>();
    qRegisterMetaType<wb::exec::ExecutionPlanPtr>();
    qRegisterMetaType<wb::exec::ReproduceReport>();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("mlwb-run-session"));
    m_worker = new RunSessionWorker;
    m_worker->moveToThread(m_thread);
    // Deleted on its own thread, after its event loop stopped: its controller, runtime and
    // store are torn down where they were made.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    // Every connection below crosses threads, so it is queued: the owner never waits.
    connect(m_worker, &RunSessionWorker::message, this, &RunSession::message);
    connect(m_worker, &RunSessionWorker::startFailed, this, [this](const QString &text, const QString &code) {
        onDone();
        emit startFailed(text, code);
    });
    connect(m_worker, &RunSessionWorker::runStarted, this, &RunSession::onRunStarted);
    connect(m_worker, &RunSessionWorker::stepResult, this, &RunSession::onStepResult);
    connect(m_worker, &RunSessionWorker::stepStateChanged, this, &RunSession::stepStateChanged);
    connect(m_worker, &RunSessionWorker::logLine, this, &RunSession::logLine);
    connect(m_worker, &RunSessionWorker::progressChanged, this, &RunSession::progressChanged);
    connect(m_worker, &RunSessionWorker::pullLine, this, &RunSession::pullLine);
    connect(m_worker, &RunSessionWorker::runFinished, this, [this](const RunResult &result) {
        for (const StepResult &s : result.steps)
            m_steps.insert(s.task, s);
        if (m_kind == RunSessionRequest::Kind::Run)
            onDone(); // a reproduction is done once its outputs are compared
        emit runFinished(result);
    });
    connect(m_worker, &RunSessionWorker::reproduceFinished, this, [this](const ReproduceReport &report) {
        onDone();
        emit reproduceFinished(report);
    });
    m_thread->start();
}

RunSession::~RunSession()
{
    // Stop a run still going on the worker's thread (containers are killed, the run is
    // recorded as cancelled), then let the thread end. Queued, never blocking: the worker may
    // be inside a slow engine call, which it finishes first.
    disconnect(m_worker, nullptr, this, nullptr);
    m_worker->cancelRequested = true;
    QMetaObject::invokeMethod(m_worker, &RunSessionWorker::cancel, Qt::QueuedConnection);
    m_thread->quit();
    if (m_thread->wait(kShutdownWaitMs)) {
        delete m_thread;
        return;
    }
    // A hung engine call: leave the thread to finish on its own rather than hang the exit.
    qWarning("mlwb: the run session is still waiting for the container engine; leaving it behind");
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
}

bool RunSession::start(const RunSessionRequest &request)
{
    if (m_busy) {
        emit startFailed(Tr::tr("A run is already in progress."), QStringLiteral("run-busy"));
        return false;
    }
    m_busy = true;
    m_kind = request.kind;
    m_plan.reset();
    m_runId.clear();
    m_steps.clear();
    m_worker->cancelRequested = false;
    emit busyChanged(true);
    RunSessionWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker, request] { worker->start(request); }, Qt::QueuedConnection);
    return true;
}

void RunSession::cancel()
{
    if (!m_busy)
        return;
    m_worker->cancelRequested = true;
    QMetaObject::invokeMethod(m_worker, &RunSessionWorker::cancel, Qt::QueuedConnection);
}

std::optional<StepResult> RunSession::stepResult(const QString &task) const
{
    auto it = m_steps.constFind(task);
    if (it == m_steps.cend())
        return std::nullopt;
    return *it;
}

void RunSession::onRunStarted(const QString &runId, const ExecutionPlanPtr &plan, const QString &runtimeName)
{
    m_runId = runId;
    m_plan = plan;
    emit runStarted(runId, runtimeName);
}

void RunSession::onStepResult(const QString &runId, const StepResult &step, qint64)
{
    if (runId == m_runId)
        m_steps.insert(step.task, step);
}

void RunSession::onDone()
{
    m_busy = false;
    emit busyChanged(false);
}

} // namespace wb::exec
