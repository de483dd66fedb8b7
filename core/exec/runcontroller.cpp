// SPDX-License-Identifier: GPL-3.0-or-later
// RunController: run lifecycle and scheduling. Launching steps, the cache and the files of a
// step live in steplaunch.cpp.
#include "core/exec/runcontroller.h"

#include "core/base/fileio.h"
#include "core/base/tr.h"
#include "core/exec/containerlimits.h"
#include "core/exec/imagepull.h"
#include "core/exec/runcontroller_p.h"
#include "core/exec/runworkspace.h"
#include "core/store/metadatastore.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QThread>

#include <algorithm>

namespace wb::exec {

static qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

RunController::RunController(ContainerRuntime *runtime, store::MetadataStore *store, QObject *parent)
    : QObject(parent)
    , m_rt(runtime)
    , m_store(store)
{
    qRegisterMetaType<wb::exec::StepState>();
    qRegisterMetaType<wb::exec::RunResult>();
    qRegisterMetaType<wb::exec::OutputStream>();
    connect(m_rt, &ContainerRuntime::outputLine, this, &RunController::onOutputLine);
    connect(m_rt, &ContainerRuntime::finished, this, &RunController::onFinished);
}

RunController::~RunController()
{
    if (m_active) {
        // Destroyed mid-run (application quits): stop the steps, leave the run interrupted.
        for (auto it = m_byHandle.cbegin(); it != m_byHandle.cend(); ++it)
            m_rt->cancel(it.key());
    }
    qDeleteAll(m_steps);
}

StepState RunController::stepState(const QString &task) const
{
    for (const StepRun *s : m_steps)
        if (s->step->task == task)
            return s->result.state;
    return StepState::Pending;
}

Result<QString> RunController::start(ExecutionPlanPtr plan, const RunOptions &options)
{
    if (m_active)
        return makeError(QStringLiteral("run-busy"), tr("A run is already in progress"));
    if (!plan || plan->steps.isEmpty())
        return makeError(QStringLiteral("plan-empty"), tr("There is nothing to run"));
    if (options.workspace.isEmpty())
        return makeError(QStringLiteral("no-workspace"), tr("No workspace folder for the run"));
    qDeleteAll(m_steps);
    m_steps.clear();
    m_byHandle.clear();
    m_imageIds.clear();
    m_rerun.clear();
    m_secretValues.clear();
    m_plan = plan;
    m_opt = options;
    m_result = RunResult{};
    m_cancelling = false;
    m_finishQueued = false;
    m_slots = 0;
    m_maxParallel = options.maxParallel > 0 ? options.maxParallel
                                            : std::max(1, QThread::idealThreadCount());

    for (const QString &name : options.secretNames) {
        if (!qEnvironmentVariableIsSet(name.toLocal8Bit().constData()))
            return makeError(QStringLiteral("secret-missing"),
                             tr("The secret '%1' is not set in the environment; export %1 "
                                "before starting the run").arg(name));
        const QString value = qEnvironmentVariable(name.toLocal8Bit().constData());
        if (!value.isEmpty())
            m_secretValues.append(value);
    }
    std::sort(m_secretValues.begin(), m_secretValues.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });

    for (const PlanStep &s : plan->steps) {
        auto *run = new StepRun;
        run->step = &s;
        run->result.task = s.task;
        run->result.image = s.image;
        m_steps.append(run);
    }

    m_result.runId = options.runId.isEmpty() ? runfiles::newRunId(options.workspace) : options.runId;
    m_result.runDir = runfiles::runDir(options.workspace, m_result.runId);
    if (QFileInfo::exists(m_result.runDir + QStringLiteral("/run.json"))
        || runfiles::lockIsAlive(m_result.runDir))
        return makeError(QStringLiteral("run-exists"),
                         tr("The run '%1' exists already in %2").arg(m_result.runId, m_result.runDir));

    if (!options.fromTask.isEmpty())
        WB_TRY(prepareReuse());

    // Images: on this machine, or pulled as the pull policy says, before anything starts (a
    // missing image must stop the run here, not fail a step half-way through).
    // The container limits are read once per run; every step launch uses them.
    auto limits = containerDefaults(options);
    if (!limits.ok())
        return limits.error();
    m_limits = *limits;
    QList<ImageNeed> needs;
    QSet<QString> named;
    for (const StepRun *s : std::as_const(m_steps)) {
        if (s->result.state != StepState::Pending || named.contains(s->step->image))
            continue;
        named.insert(s->step->image);
        needs.append({s->step->image, s->step->task, s->step->spec});
    }
    const QString runId = m_result.runId;
    auto images = resolveImages(
        *m_rt, needs, limits->pull, {plan->baseDir, options.workspace},
        [this, runId](const QString &image, const QString &line) { emit pullLine(runId, image, line); },
        m_cancelCheck);
    if (!images.ok())
        return images.error();
    for (auto it = images->ids.cbegin(); it != images->ids.cend(); ++it)
        m_imageIds.insert(it.key(), it.value());

    if (!QDir().mkpath(m_result.runDir))
        return makeError(QStringLiteral("run-dir"),
                         tr("Cannot create the run folder %1").arg(m_result.runDir));
    WB_TRY(runfiles::writeLock(m_result.runDir));
    if (!images->log.isEmpty()) {
        auto written = writeFileAtomically(runfiles::pullLogPath(m_result.runDir), images->log.toUtf8());
        if (!written.ok())
            emit pullLine(runId, QString(), tr("Cannot keep the pull log: %1").arg(written.error().text()));
    }
    m_result.startMs = nowMs();
    m_result.outcome = RunOutcome::Running;

    if (m_store) {
        store::RunInfo info;
        info.pipelineName = plan->pipelineName;
        info.runName = m_result.runId;
        info.experiment = options.experiment;
        for (auto it = plan->parameters.cbegin(); it != plan->parameters.cend(); ++it)
            info.parameters.insert(it.key(), it.value());
        info.gitCommit = options.gitCommit;
        info.gitDirty = options.gitDirty;
        info.datasetManifestHashes = plan->datasetManifestHashes;
        info.runMetrics = plan->runMetrics;
        info.runMetricOutputs = plan->runMetricOutputs;
        info.startMs = m_result.startMs;
        auto id = m_store->beginRun(info);
        if (!id.ok()) {
            runfiles::removeLock(m_result.runDir);
            return makeError(QStringLiteral("store"),
                             tr("Cannot record the run in the metadata store: %1").arg(id.error().text()));
        }
        m_result.storeRunId = *id;
    }

    m_active = true;
    for (StepRun *s : std::as_const(m_steps))
        m_result.steps.append(s->result);
    emit runStarted(m_result.runId);
    // Reused steps are final already; tell the observers, record them, then schedule.
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i)->result.state == StepState::Cached) {
            writeStepFiles(i);
            recordStep(i);
            setState(i, StepState::Cached);
        }
    }
    QMetaObject::invokeMethod(this, &RunController::schedule, Qt::QueuedConnection);
    return m_result.runId;
}

Result<void> RunController::prepareReuse()
{
    if (!m_plan->step(m_opt.fromTask))
        return makeError(QStringLiteral("unknown-task"),
                         tr("The pipeline has no task '%1' to re-run from").arg(m_opt.fromTask));
    if (m_opt.reuseRunId.isEmpty())
        return makeError(QStringLiteral("no-reuse-run"),
                         tr("Re-running from '%1' needs the run whose outputs to reuse").arg(m_opt.fromTask));
    const QString oldDir = runfiles::runDir(m_opt.workspace, m_opt.reuseRunId);
    if (!QFileInfo(oldDir).isDir())
        return makeError(QStringLiteral("unknown-run"),
                         tr("There is no run '%1' in %2").arg(m_opt.reuseRunId, runfiles::runsDir(m_opt.workspace)));
    m_rerun = m_plan->downstreamOf(m_opt.fromTask);
    m_rerun.insert(m_opt.fromTask);
    QSet<QString> needed;
    for (const QString &t : std::as_const(m_rerun))
        needed.unite(m_plan->upstreamOf(t));
    for (StepRun *s : std::as_const(m_steps)) {
        if (m_rerun.contains(s->step->task))
            continue;
        auto json = runfiles::readJson(runfiles::stepJsonPath(oldDir, s->step->task));
        const QString state = json.ok() ? json->value(QStringLiteral("state")).toString() : QString();
        const bool usable = state == stepStateName(StepState::Succeeded)
            || state == stepStateName(StepState::Cached);
        if (!usable) {
            if (needed.contains(s->step->task))
                return makeError(QStringLiteral("reuse-incomplete"),
                                 tr("Task '%1' has no outputs in run '%2' (state: %3); re-run from an "
                                    "earlier task").arg(s->step->task, m_opt.reuseRunId,
                                                        state.isEmpty() ? tr("none") : state));
            s->result.state = StepState::Skipped;
            s->result.error = tr("Not part of the re-run and not complete in run '%1'").arg(m_opt.reuseRunId);
            continue;
        }
        s->result.state = StepState::Cached;
        s->result.cached = true;
        s->result.cachedFrom = m_opt.reuseRunId + QLatin1Char('/') + s->step->task;
        s->result.imageId = json->value(QStringLiteral("imageId")).toString();
        s->result.cacheKey = json->value(QStringLiteral("cacheKey")).toString();
        const QJsonObject outs = json->value(QStringLiteral("outputs")).toObject();
        for (auto it = outs.begin(); it != outs.end(); ++it)
            s->result.outputs.insert(it.key(), oldDir + QLatin1Char('/') + it.value().toString());
    }
    return {};
}

RunResult RunController::runToCompletion(ExecutionPlanPtr plan, const RunOptions &options)
{
    QEventLoop loop;
    connect(this, &RunController::runFinished, &loop, &QEventLoop::quit);
    auto id = start(plan, options);
    if (!id.ok()) {
        RunResult r;
        r.outcome = RunOutcome::Failed;
        r.error = id.error().text();
        return r;
    }
    if (m_active)
        loop.exec();
    return m_result;
}

void RunController::setState(int index, StepState state)
{
    StepRun *s = m_steps.at(index);
    s->result.state = state;
    m_result.steps[index] = s->result;
    emit stepStateChanged(m_result.runId, s->step->task, state, s->result.durationMs());
    if (isFinal(state)) {
        int done = 0;
        for (const StepRun *r : std::as_const(m_steps))
            done += isFinal(r->result.state) ? 1 : 0;
        emit progressChanged(done, int(m_steps.size()));
    }
}

std::optional<bool> RunController::evaluateCondition(int index, QString *why)
{
    const auto &c = m_steps.at(index)->step->options.condition;
    if (!c)
        return true;
    const int up = m_plan->indexOf(c->task);
    const QString file = m_steps.at(up)->result.outputs.value(c->output);
    auto bytes = readFileLimited(file, m_opt.maxValueBytes);
    if (!bytes.ok()) {
        *why = tr("Cannot read '%1.%2' for the run condition: %3")
                   .arg(c->task, c->output, bytes.error().text());
        return std::nullopt;
    }
    const QString lhs = QString::fromUtf8(*bytes).trimmed();
    const QString rhs = c->value.trimmed();
    bool okL = false, okR = false;
    const double l = lhs.toDouble(&okL), r = rhs.toDouble(&okR);
    int cmp = 0;
    if (okL && okR)
        cmp = l < r ? -1 : (l > r ? 1 : 0);
    else
        cmp = QString::compare(lhs, rhs);
    const QString &op = c->op;
    const bool result = op == QLatin1String("==") ? cmp == 0
        : op == QLatin1String("!=")               ? cmp != 0
        : op == QLatin1String("<")                ? cmp < 0
        : op == QLatin1String("<=")               ? cmp <= 0
        : op == QLatin1String(">")                ? cmp > 0
                                                  : cmp >= 0;
    if (!result)
        *why = tr("Condition %1.%2 %3 %4 is false (value: %5)")
                   .arg(c->task, c->output, op, c->value, lhs.left(80));
    return result;
}

void RunController::schedule()
{
    if (!m_active)
        return;
    // Steps are in topological order, so one pass sees every upstream state change it causes.
    for (int i = 0; i < m_steps.size() && !m_cancelling; ++i) {
        StepRun *s = m_steps.at(i);
        if (s->result.state != StepState::Pending)
            continue;
        bool ready = true;
        QString failedUp, skippedUp;
        for (const QString &d : s->step->dependsOn) {
            const StepState st = m_steps.at(m_plan->indexOf(d))->result.state;
            if (!isFinal(st))
                ready = false;
            else if (st == StepState::Failed || st == StepState::NotRun || st == StepState::Cancelled)
                failedUp = d;
            else if (st == StepState::Skipped)
                skippedUp = d;
        }
        if (!ready)
            continue;
        if (!failedUp.isEmpty()) {
            finishStep(i, StepState::NotRun, tr("Upstream task '%1' did not succeed").arg(failedUp));
            continue;
        }
        if (!skippedUp.isEmpty()) {
            finishStep(i, StepState::Skipped, tr("Upstream task '%1' was skipped").arg(skippedUp));
            continue;
        }
        QString why;
        const std::optional<bool> cond = evaluateCondition(i, &why);
        if (!cond) {
            finishStep(i, StepState::Failed, why);
            continue;
        }
        if (!*cond) {
            finishStep(i, StepState::Skipped, why);
            continue;
        }
        if (m_slots >= m_maxParallel)
            continue;
        launch(i);
    }
    maybeFinish();
}

void RunController::cancel()
{
    if (!m_active || m_cancelling)
        return;
    m_cancelling = true;
    for (int i = 0; i < m_steps.size(); ++i) {
        StepRun *s = m_steps.at(i);
        if (s->result.state == StepState::Pending) {
            finishStep(i, StepState::Cancelled, tr("Cancelled before it started"));
        } else if (s->result.state == StepState::Running && !s->handle) {
            // Waiting for a retry.
            if (s->retryTimer)
                s->retryTimer->stop();
            finishStep(i, StepState::Cancelled, tr("Cancelled while waiting for a retry"));
        } else if (s->handle) {
            m_rt->cancel(s->handle);
        }
    }
    maybeFinish();
}

void RunController::maybeFinish()
{
    if (!m_active || m_finishQueued)
        return;
    for (const StepRun *s : std::as_const(m_steps))
        if (!isFinal(s->result.state))
            return;
    m_finishQueued = true;
    QMetaObject::invokeMethod(this, &RunController::finishRun, Qt::QueuedConnection);
}

void RunController::finishRun()
{
    if (!m_active)
        return;
    m_active = false;
    RunOutcome outcome = RunOutcome::Succeeded;
    QString error;
    for (const StepRun *s : std::as_const(m_steps)) {
        if (s->result.state == StepState::Cancelled)
            outcome = RunOutcome::Cancelled;
        if ((s->result.state == StepState::Failed || s->result.state == StepState::NotRun)
            && outcome != RunOutcome::Cancelled) {
            outcome = RunOutcome::Failed;
            if (error.isEmpty() && s->result.state == StepState::Failed)
                error = tr("Task '%1' failed: %2").arg(s->step->task, s->result.error);
        }
    }
    if (m_cancelling)
        outcome = RunOutcome::Cancelled;
    m_result.outcome = outcome;
    m_result.error = outcome == RunOutcome::Cancelled ? tr("The run was cancelled") : error;
    m_result.endMs = nowMs();
    for (int i = 0; i < m_steps.size(); ++i)
        m_result.steps[i] = m_steps.at(i)->result;
    if (m_store && m_result.storeRunId) {
        const store::RunState st = outcome == RunOutcome::Succeeded ? store::RunState::Complete
            : outcome == RunOutcome::Cancelled                     ? store::RunState::Canceled
                                                                   : store::RunState::Failed;
        auto r = m_store->finishRun(m_result.storeRunId, st, m_result.endMs, m_result.error);
        if (!r.ok() && m_result.error.isEmpty())
            m_result.error = tr("Cannot record the end of the run: %1").arg(r.error().text());
    }
    QJsonObject summary = m_result.toJson();
    summary.insert(QStringLiteral("pipeline"), m_plan->pipelineName);
    summary.insert(QStringLiteral("pipelineFile"), m_plan->pipelineFile);
    summary.insert(QStringLiteral("startMs"), m_result.startMs);
    summary.insert(QStringLiteral("endMs"), m_result.endMs);
    QJsonObject params;
    for (auto it = m_plan->parameters.cbegin(); it != m_plan->parameters.cend(); ++it)
        params.insert(it.key(), it.value());
    summary.insert(QStringLiteral("parameters"), params);
    // What `mlwb-cli reproduce` needs to re-run this run from its commit.
    summary.insert(QStringLiteral("gitCommit"), m_opt.gitCommit);
    summary.insert(QStringLiteral("gitDirty"), m_opt.gitDirty);
    (void)runfiles::writeJson(m_result.runDir + QStringLiteral("/run.json"), summary);
    runfiles::removeLock(m_result.runDir);
    emit runFinished(m_result);
}

} // namespace wb::exec
