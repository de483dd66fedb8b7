// SPDX-License-Identifier: GPL-3.0-or-later
// The worker-thread half of RunSession: everything here may block (engine probes, image
// inspection, git status, hashing, store writes), because no window waits on this thread.
#include "core/exec/runsessionworker.h"

#include "core/base/tr.h"
#include "core/exec/containerlimits.h"
#include "core/exec/runsetup.h"
#include "core/store/metadatastore.h"

namespace wb::exec {

RunSessionWorker::RunSessionWorker() = default;

RunSessionWorker::~RunSessionWorker()
{
    release();
}

void RunSessionWorker::release()
{
    // The controller first: it stops its steps through the runtime and writes to the store.
    m_controller.reset();
    m_runtime.reset();
    m_store.reset();
    m_reproduce.reset();
}

// The user's own container defaults (Settings) count where the workspace's settings file
// sets nothing; the file's values, and a run's explicit overrides, stay.
static void applyUserDefaults(const RunSessionRequest &request, RunOptions &options)
{
    auto unset = [&](const char *key) {
        auto v = readWorkspaceSetting(options.workspace, QString::fromLatin1(key));
        return v.ok() && v->isUndefined();
    };
    if (options.pidsLimit <= 0 && request.userPidsLimit > 0 && unset("containers.pidsLimit"))
        options.pidsLimit = request.userPidsLimit;
    if (options.defaultMemory.isEmpty() && !request.userDefaultMemory.isEmpty() && unset("containers.defaultMemory"))
        options.defaultMemory = request.userDefaultMemory;
    if (!options.pull && !request.userPull.isEmpty() && unset("containers.pull"))
        if (auto policy = parsePullPolicy(request.userPull); policy.ok())
            options.pull = *policy;
}

bool RunSessionWorker::stopIfCancelled()
{
    if (!cancelRequested.load())
        return false;
    emit startFailed(Tr::tr("Cancelled before the run started."), QStringLiteral("cancelled"));
    return true;
}

Result<RunSessionWorker::Prepared> RunSessionWorker::prepare(const RunSessionRequest &request)
{
    Prepared out;
    if (request.kind == RunSessionRequest::Kind::Reproduce) {
        emit message(Tr::tr("Exporting the commit of run %1…").arg(request.reproduceRunId));
        auto setup = prepareReproduceRun(request.workspace, request.reproduceRunId, request.reproduceOptions);
        if (!setup.ok())
            return setup.error();
        out.plan = setup->plan;
        out.options = setup->runOptions;
        m_warnings << setup->warnings;
        m_reproduce = std::move(*setup);
    } else {
        // The plan is an immutable copy: edits made while the run goes on do not affect it.
        auto plan = compileRunPlan(request.pipeline, request.pipelineFile, request.parameters);
        if (!plan.ok())
            return makeError(plan.error().code, plan.error().message + QLatin1Char('\n') + plan.error().detail);
        out.plan = *plan;
        out.options.workspace = request.workspace;
        out.options.fromTask = request.fromTask;
        out.options.reuseRunId = request.reuseRunId;
        out.options.experiment = request.experiment;
        emit message(Tr::tr("Reading the git state of the workspace…"));
        // Only the files this run uses make it dirty (an unrelated edit does not).
        gitStateOf(request.workspace, &out.options.gitCommit, &out.options.gitDirty,
                   runDependencyFiles(request.pipeline, **plan));
        out.options.gitDirty = out.options.gitDirty || request.documentDirty;
    }
    out.options.maxParallel = request.maxParallel;
    applyUserDefaults(request, out.options);
    return out; // a malformed .mlwb/settings.json stops RunController::start, as in the CLI
}

void RunSessionWorker::start(const RunSessionRequest &request)
{
    release();
    m_warnings.clear();
    if (stopIfCancelled())
        return;
    emit message(Tr::tr("Looking for a container engine…"));
    auto selected = selectRuntime(request.runtime, request.dockerBinary, request.dockerContext);
    if (!selected.ok())
        return emit startFailed(selected.error().text(), selected.error().code);
    if (!selected->warning.isEmpty()) {
        m_warnings << selected->warning;
        emit message(selected->warning);
    }
    m_runtime = std::move(selected->runtime);
    m_runtimeName = selected->info.name;
    if (stopIfCancelled())
        return;

    auto prepared = prepare(request);
    if (!prepared.ok())
        return emit startFailed(prepared.error().text(), prepared.error().code);
    auto store = openWorkspaceStore(request.workspace);
    if (!store.ok())
        return emit startFailed(store.error().text(), store.error().code);
    m_store = std::move(*store);
    if (stopIfCancelled())
        return;

    m_controller = std::make_unique<RunController>(m_runtime.get(), m_store.get());
    RunController *c = m_controller.get();
    const ExecutionPlanPtr plan = prepared->plan;
    connect(c, &RunController::runStarted, this, [this, plan](const QString &runId) {
        emit runStarted(runId, plan, m_runtimeName);
    });
    connect(c, &RunController::stepStateChanged, this,
            [this, c](const QString &runId, const QString &task, StepState state, qint64 durationMs) {
                // The step's whole result travels with the state: the owner's thread must not
                // read the controller.
                if (const StepResult *s = c->result().step(task))
                    emit stepResult(runId, *s, durationMs);
                emit stepStateChanged(runId, task, state, durationMs);
            });
    connect(c, &RunController::logLine, this, &RunSessionWorker::logLine);
    connect(c, &RunController::progressChanged, this, &RunSessionWorker::progressChanged);
    // start() blocks this thread while it pulls images: the lines leave through queued
    // signals as they come, and a cancel from the owner's thread is seen through the flag.
    connect(c, &RunController::pullLine, this, &RunSessionWorker::pullLine);
    c->setCancelCheck([this] { return cancelRequested.load(); });
    connect(c, &RunController::runFinished, this, [this](const RunResult &result) {
        emit runFinished(result);
        if (m_reproduce) {
            ReproduceReport report = reproduceReport(*m_reproduce, result);
            report.warnings << m_warnings;
            report.warnings.removeDuplicates();
            emit reproduceFinished(report);
        }
    });

    emit message(Tr::tr("Checking the images of the steps…"));
    auto started = c->start(prepared->plan, prepared->options);
    if (!started.ok())
        return emit startFailed(started.error().text(), started.error().code);
    // A cancel that arrived while the images were inspected applies now.
    if (cancelRequested.load())
        c->cancel();
}

void RunSessionWorker::cancel()
{
    if (m_controller && m_controller->isRunning())
        m_controller->cancel();
}

} // namespace wb::exec
