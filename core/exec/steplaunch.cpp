// SPDX-License-Identifier: GPL-3.0-or-later
// RunController: preparing and starting one step (inputs, mounts, cache), its attempts,
// logs, step.json and the metadata records.
#include "core/base/fileio.h"
#include "core/base/tr.h"
#include "core/exec/containerlimits.h"
#include "core/exec/runcontroller_p.h"
#include "core/exec/runworkspace.h"
#include "core/model/commandresolver.h"
#include "core/store/metadatastore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <algorithm>

namespace wb::exec {

static qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

/// sha256 of a file, or of a folder's relative names and file contents.
static Result<QString> contentHash(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.isDir())
        return sha256OfFile(path);
    QStringList files;
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    QCryptographicHash h(QCryptographicHash::Sha256);
    const QDir base(path);
    for (const QString &f : std::as_const(files)) {
        auto fh = sha256OfFile(f);
        if (!fh.ok())
            return fh.error();
        h.addData(base.relativeFilePath(f).toUtf8() + '\0' + fh->toLatin1() + '\n');
    }
    return QString::fromLatin1(h.result().toHex());
}

QString RunController::redact(QString text) const
{
    for (const QString &secret : m_secretValues)
        text.replace(secret, QStringLiteral("***"));
    return text;
}

void RunController::launch(int index)
{
    StepRun *s = m_steps.at(index);
    const PlanStep &step = *s->step;
    s->result.startMs = nowMs();
    s->result.imageId = m_imageIds.value(step.image);
    const QString taskDir = runfiles::taskDir(m_result.runDir, step.task);
    QDir().mkpath(taskDir);

    // Values and files of the inputs. Upstream outputs consumed by value are read now,
    // after the upstream step finished.
    model::ResolveInput in;
    QMap<QString, QString> inputFiles; // input -> host file for path-consumed inputs
    QStringList keyParts{QStringLiteral("mlwb-cache-v1"), step.componentDigest, s->result.imageId};
    for (const PlanInput &pi : step.inputs) {
        QString hostFile;
        if (pi.kind == PlanInput::Kind::Value) {
            in.values.insert(pi.name, pi.value);
            continue;
        }
        if (pi.kind == PlanInput::Kind::TaskOutput) {
            const StepRun *up = m_steps.at(m_plan->indexOf(pi.task));
            hostFile = up->result.outputs.value(pi.output);
            if (hostFile.isEmpty() || !QFileInfo::exists(hostFile)) {
                finishStep(index, StepState::Failed,
                           tr("Input '%1' needs output '%2' of task '%3', which does not exist")
                               .arg(pi.name, pi.output, pi.task));
                return;
            }
        } else {
            hostFile = pi.hostPath;
        }
        inputFiles.insert(pi.name, hostFile);
        auto hash = contentHash(hostFile);
        if (!hash.ok()) {
            finishStep(index, StepState::Failed, tr("Cannot read input '%1': %2").arg(pi.name, hash.error().text()));
            return;
        }
        keyParts.append(pi.name + QLatin1Char('=') + *hash);
        // An artifact has one type: the producer's declaration wins over the consumer's.
        QString typeName = pi.kind == PlanInput::Kind::DatasetFile ? QStringLiteral("Dataset") : pi.typeName;
        if (pi.kind == PlanInput::Kind::TaskOutput) {
            for (const PlanOutput &o : m_steps.at(m_plan->indexOf(pi.task))->step->outputs)
                if (o.name == pi.output && !o.typeName.isEmpty())
                    typeName = o.typeName;
        }
        s->inputArtifacts.append({QUrl::fromLocalFile(hostFile).toString(),
                                  PlanCompiler::artifactTypeFor(typeName), pi.name, {}});
        if (pi.usedAsValue) {
            auto bytes = readFileLimited(hostFile, m_opt.maxValueBytes);
            if (!bytes.ok()) {
                finishStep(index, StepState::Failed,
                           tr("Input '%1' takes the content of '%2' as a value, but it cannot be "
                              "read (values are limited to %3 bytes; use inputPath for big data): %4")
                               .arg(pi.name, hostFile).arg(m_opt.maxValueBytes).arg(bytes.error().text()));
                return;
            }
            QString value = QString::fromUtf8(*bytes);
            if (value.endsWith(QLatin1Char('\n')))
                value.chop(1); // files written with echo end with one newline
            in.values.insert(pi.name, value);
        } else {
            in.present.insert(pi.name);
        }
    }

    auto resolved = model::resolveCommand(*step.spec, in);
    if (!resolved.ok()) {
        finishStep(index, StepState::Failed, resolved.error().text());
        return;
    }
    ContainerRequest &rq = s->request;
    rq = ContainerRequest{};
    rq.runId = m_result.runId;
    rq.labels.insert(QString::fromLatin1(kWorkspaceLabel), ContainerRuntime::workspaceLabelValue(m_opt.workspace));
    rq.taskName = step.task;
    rq.image = step.image;
    rq.command = resolved->command;
    rq.args = resolved->args;
    for (const auto &e : resolved->env)
        rq.env.insert(e.first, e.second);
    for (const QString &name : m_opt.secretNames) {
        rq.env.insert(name, qEnvironmentVariable(name.toLocal8Bit().constData()));
        rq.secretEnvNames.append(name);
    }
    rq.resources = effectiveResources(step.options, m_limits);
    rq.timeoutMs = step.options.timeoutSeconds * 1000;
    // --network none unless the task (or its component's default) asks for network access.
    rq.hardening.networkNone = !effectiveNetwork(step.options, step.spec.get()).on;

    for (auto it = resolved->inputPaths.cbegin(); it != resolved->inputPaths.cend(); ++it) {
        QString host = inputFiles.value(it.key());
        if (host.isEmpty()) {
            // A value consumed as a file: KFP writes it into the file the command names.
            host = taskDir + QStringLiteral("/inputs/") + model::sanitizeFileName(it.key())
                + QStringLiteral("/data");
            QDir().mkpath(QFileInfo(host).absolutePath());
            const QString value = in.values.contains(it.key())
                ? in.values.value(it.key())
                : (step.spec->input(it.key()) ? step.spec->input(it.key())->defaultAsString() : QString());
            auto w = writeFileAtomically(host, value.toUtf8());
            if (!w.ok()) {
                finishStep(index, StepState::Failed, w.error().text());
                return;
            }
        }
        rq.mounts.append({host, it.value(), true});
    }
    for (auto it = resolved->outputPaths.cbegin(); it != resolved->outputPaths.cend(); ++it) {
        const QString dir = runfiles::outputDir(m_result.runDir, step.task, it.key());
        const QFileInfo cfi(it.value());
        rq.mounts.append({dir, cfi.path(), false});
        s->outputFiles.insert(it.key(), dir + QLatin1Char('/') + cfi.fileName());
        s->outputContainerPaths.insert(it.key(), it.value());
    }
    QStringList valueNames = in.values.keys();
    valueNames.sort(); // QHash order differs between runs; the key must not
    for (const QString &name : std::as_const(valueNames))
        keyParts.append(QStringLiteral("value:") + name + QLatin1Char('=') + in.values.value(name));
    keyParts.append(QStringLiteral("argv:") + (rq.command + rq.args).join(QChar(0)));
    for (auto it = rq.env.cbegin(); it != rq.env.cend(); ++it)
        if (!rq.secretEnvNames.contains(it.key()))
            keyParts.append(QStringLiteral("env:") + it.key() + QLatin1Char('=') + it.value());
    s->result.cacheKey = sha256Hex(keyParts.join(QLatin1Char('\n')).toUtf8());
    s->argv = (rq.command + rq.args);
    for (QString &a : s->argv)
        a = redact(a);
    s->result.command = m_rt->renderCommand(rq);

    if (tryCache(index))
        return;
    s->holdsSlot = true;
    ++m_slots;
    setState(index, StepState::Running);
    recordStep(index);
    startAttempt(index);
}

bool RunController::tryCache(int index)
{
    StepRun *s = m_steps.at(index);
    if (!m_opt.useCache || !s->step->options.cache || m_rerun.contains(s->step->task))
        return false;
    const auto entry = runfiles::lookupCache(m_opt.workspace, s->result.cacheKey);
    if (!entry)
        return false;
    const QString runs = runfiles::runsDir(m_opt.workspace);
    for (auto it = s->outputFiles.cbegin(); it != s->outputFiles.cend(); ++it) {
        if (!entry->outputs.contains(it.key())
            || !QFileInfo::exists(runs + QLatin1Char('/') + entry->outputs.value(it.key())))
            return false; // the earlier run's files are gone: run again
    }
    for (auto it = s->outputFiles.cbegin(); it != s->outputFiles.cend(); ++it) {
        QDir(QFileInfo(it.value()).path()).removeRecursively();
        auto r = runfiles::linkOrCopy(runs + QLatin1Char('/') + entry->outputs.value(it.key()), it.value());
        if (!r.ok())
            return false;
        s->result.outputs.insert(it.key(), it.value());
    }
    s->result.cached = true;
    s->result.cachedFrom = entry->runId + QLatin1Char('/') + entry->task;
    s->result.exitCode = 0;
    finishStep(index, StepState::Cached, {});
    return true;
}

void RunController::startAttempt(int index)
{
    StepRun *s = m_steps.at(index);
    s->retryTimer = nullptr;
    const int attempt = ++s->result.attempts;
    s->request.attempt = attempt;
    // Fresh, existing output folders: --mount fails on a missing host path, and a retry must
    // not see what the failed attempt left.
    for (const Mount &m : std::as_const(s->request.mounts)) {
        if (m.readOnly)
            continue;
        QDir dir(m.hostPath);
        if (dir.exists()) {
            for (const QFileInfo &fi : dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
                if (fi.isDir() && !fi.isSymLink())
                    QDir(fi.absoluteFilePath()).removeRecursively();
                else
                    QFile::remove(fi.absoluteFilePath());
            }
        }
        QDir().mkpath(m.hostPath);
    }
    AttemptRecord rec;
    rec.attempt = attempt;
    rec.startMs = nowMs();
    rec.logPath = runfiles::logPath(m_result.runDir, s->step->task, attempt);
    s->result.attemptRecords.append(rec);
    s->log = std::make_unique<QFile>(rec.logPath);
    if (!s->log->open(QIODevice::WriteOnly | QIODevice::Truncate))
        s->log.reset();
    if (!s->request.hardening.networkNone) {
        // Said in every attempt's log, before the command: this step is not cut off.
        const QString note = networkNote(effectiveNetwork(s->step->options, s->step->spec.get()));
        if (s->log) {
            s->log->write("[sys] ");
            s->log->write(note.toUtf8());
            s->log->write("\n");
        }
        emit logLine(m_result.runId, s->step->task, attempt, OutputStream::System, note);
    }
    s->handle = m_rt->start(s->request);
    m_byHandle.insert(s->handle, index);
}

void RunController::onOutputLine(RunHandle handle, OutputStream stream, const QByteArray &line)
{
    const auto it = m_byHandle.constFind(handle);
    if (it == m_byHandle.cend())
        return;
    StepRun *s = m_steps.at(it.value());
    const QString text = redact(QString::fromUtf8(line));
    if (s->log) {
        const char *tag = stream == OutputStream::Stdout ? "[out] "
            : stream == OutputStream::Stderr             ? "[err] "
                                                         : "[sys] ";
        s->log->write(tag);
        s->log->write(text.toUtf8());
        s->log->write("\n");
    }
    emit logLine(m_result.runId, s->step->task, s->result.attempts, stream, text);
}

void RunController::onFinished(RunHandle handle, const ExitInfo &info)
{
    const auto it = m_byHandle.constFind(handle);
    if (it == m_byHandle.cend())
        return;
    const int index = it.value();
    m_byHandle.erase(it);
    StepRun *s = m_steps.at(index);
    s->handle = 0;
    s->result.exitCode = info.exitCode;
    QString error;
    if (info.cancelled || m_cancelling)
        error = tr("Cancelled");
    else if (info.timedOut)
        error = tr("Timed out after %1 s and was killed").arg(s->step->options.timeoutSeconds);
    else if (info.oomKilled)
        error = outOfMemoryMessage(s->request.resources.memoryBytes);
    else if (!info.error.isEmpty())
        error = info.error;
    else if (info.signal)
        error = tr("Killed by signal %1").arg(info.signal);
    else if (info.exitCode != 0)
        error = tr("Exited with code %1").arg(info.exitCode);
    else {
        for (auto o = s->outputFiles.cbegin(); o != s->outputFiles.cend(); ++o) {
            if (!QFileInfo::exists(o.value())) {
                error = tr("The step did not write its output '%1' (expected at %2)")
                            .arg(o.key(), s->outputContainerPaths.value(o.key()));
                break;
            }
        }
    }
    // The reason is the log's last line, where a user reading the log looks for it.
    if (!error.isEmpty()) {
        const QString last = tr("Attempt %1 failed: %2").arg(s->result.attempts).arg(error);
        if (s->log) {
            s->log->write("[sys] ");
            s->log->write(last.toUtf8());
            s->log->write("\n");
        }
        emit logLine(m_result.runId, s->step->task, s->result.attempts, OutputStream::System, last);
    }
    if (s->log) {
        s->log->close();
        s->log.reset();
    }
    AttemptRecord &rec = s->result.attemptRecords.last();
    rec.exitCode = info.exitCode;
    rec.endMs = nowMs();
    rec.error = error;
    if (error.isEmpty()) {
        s->result.outputs = s->outputFiles;
        finishStep(index, StepState::Succeeded, {});
    } else if (info.cancelled || m_cancelling) {
        finishStep(index, StepState::Cancelled, error);
    } else if (s->result.attempts <= s->step->options.retries) {
        const qint64 delay = qint64(s->step->options.retryBackoffSeconds) * m_opt.backoffUnitMs
            * (qint64(1) << std::min(s->result.attempts - 1, 20));
        emit logLine(m_result.runId, s->step->task, s->result.attempts, OutputStream::System,
                     tr("Attempt %1 failed (%2); retrying in %3 ms")
                         .arg(s->result.attempts).arg(error).arg(delay));
        s->retryTimer = new QTimer(this);
        s->retryTimer->setSingleShot(true);
        s->retryTimer->setTimerType(Qt::PreciseTimer);
        QTimer *timer = s->retryTimer;
        connect(timer, &QTimer::timeout, this, [this, index, timer] {
            timer->deleteLater();
            if (m_steps.at(index)->retryTimer == timer && !m_cancelling)
                startAttempt(index);
        });
        timer->start(int(delay));
        return;
    } else {
        finishStep(index, StepState::Failed, error);
    }
    schedule();
}

void RunController::finishStep(int index, StepState state, const QString &error)
{
    StepRun *s = m_steps.at(index);
    if (s->retryTimer) {
        s->retryTimer->deleteLater();
        s->retryTimer = nullptr;
    }
    if (s->holdsSlot) {
        s->holdsSlot = false;
        --m_slots;
    }
    s->result.error = error;
    if (s->result.startMs)
        s->result.endMs = nowMs();
    if (state == StepState::Succeeded && m_opt.useCache && s->step->options.cache) {
        runfiles::CacheEntry e{m_result.runId, s->step->task, {}};
        const QDir runs(runfiles::runsDir(m_opt.workspace));
        for (auto it = s->result.outputs.cbegin(); it != s->result.outputs.cend(); ++it)
            e.outputs.insert(it.key(), runs.relativeFilePath(it.value()));
        (void)runfiles::storeCache(m_opt.workspace, s->result.cacheKey, e);
    }
    s->result.state = state;
    // A step that never started has no log of its own: the run panel still says why, or
    // where its outputs came from.
    if (state == StepState::Cached && !s->result.cachedFrom.isEmpty())
        emit logLine(m_result.runId, s->step->task, s->result.attempts, OutputStream::System,
                     tr("Cached: nothing ran; the outputs are those of %1").arg(s->result.cachedFrom));
    else if (!s->result.startMs && !error.isEmpty())
        emit logLine(m_result.runId, s->step->task, s->result.attempts, OutputStream::System,
                     QStringLiteral("%1: %2").arg(stepStateLabel(state), error));
    writeStepFiles(index);
    recordStep(index);
    setState(index, state);
}

void RunController::writeStepFiles(int index)
{
    StepRun *s = m_steps.at(index);
    const StepResult &r = s->result;
    QJsonObject o = r.toJson();
    o.insert(QStringLiteral("startMs"), r.startMs);
    o.insert(QStringLiteral("endMs"), r.endMs);
    o.insert(QStringLiteral("image"), r.image);
    o.insert(QStringLiteral("imageId"), r.imageId);
    o.insert(QStringLiteral("command"), r.command);
    o.insert(QStringLiteral("argv"), QJsonArray::fromStringList(s->argv));
    o.insert(QStringLiteral("cacheKey"), r.cacheKey);
    QJsonObject outs;
    const QDir runDir(m_result.runDir);
    for (auto it = r.outputs.cbegin(); it != r.outputs.cend(); ++it)
        outs.insert(it.key(), runDir.relativeFilePath(it.value()));
    o.insert(QStringLiteral("outputs"), outs);
    QJsonArray attempts;
    for (const AttemptRecord &a : r.attemptRecords) {
        QJsonObject ao{{QStringLiteral("attempt"), a.attempt},
                       {QStringLiteral("exitCode"), a.exitCode},
                       {QStringLiteral("startMs"), a.startMs},
                       {QStringLiteral("endMs"), a.endMs},
                       {QStringLiteral("log"), runDir.relativeFilePath(a.logPath)}};
        if (!a.error.isEmpty())
            ao.insert(QStringLiteral("error"), a.error);
        attempts.append(ao);
    }
    o.insert(QStringLiteral("attemptList"), attempts);
    (void)runfiles::writeJson(runfiles::stepJsonPath(m_result.runDir, s->step->task), o);
}

/// Numbers at the top level of a JSON metrics file become artifact properties.
static store::Properties metricProperties(const QString &file)
{
    store::Properties props;
    auto bytes = readFileLimited(file, 1024 * 1024);
    if (!bytes.ok())
        return props;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes);
    const QJsonObject obj = doc.object();
    for (auto it = obj.begin(); it != obj.end(); ++it)
        if (it.value().isDouble())
            props.insert(it.key(), it.value().toDouble());
    return props;
}

void RunController::recordStep(int index)
{
    if (!m_store || !m_result.storeRunId)
        return;
    StepRun *s = m_steps.at(index);
    const StepResult &r = s->result;
    store::StepRecord rec;
    switch (r.state) {
    case StepState::Running: rec.state = store::ExecutionState::Running; break;
    case StepState::Succeeded: rec.state = store::ExecutionState::Complete; break;
    case StepState::Failed: rec.state = store::ExecutionState::Failed; break;
    case StepState::Cached: rec.state = store::ExecutionState::Cached; break;
    case StepState::Cancelled: rec.state = store::ExecutionState::Canceled; break;
    // Never started: MLMD's NEW, with mlwb's word and the reason, so the run detail can say
    // why (and draw it after what it waited for).
    case StepState::Skipped:
    case StepState::NotRun:
        rec.state = store::ExecutionState::New;
        rec.stepState = stepStateName(r.state);
        break;
    default: return; // pending: nothing final yet
    }
    rec.reason = r.error;
    rec.dependsOn = s->step->dependsOn;
    rec.taskName = r.task;
    rec.imageId = r.imageId;
    rec.resolvedCommand = s->argv;
    if (r.state != StepState::Running && r.exitCode >= 0)
        rec.exitCode = r.exitCode;
    if (!r.attemptRecords.isEmpty())
        rec.logPath = r.attemptRecords.last().logPath;
    rec.cacheKey = r.cacheKey;
    rec.startMs = r.startMs;
    rec.endMs = r.endMs;
    rec.cached = r.cached;
    rec.inputs = s->inputArtifacts;
    if (r.state == StepState::Succeeded || r.state == StepState::Cached) {
        for (const PlanOutput &o : s->step->outputs) {
            const QString file = r.outputs.value(o.name);
            if (file.isEmpty())
                continue;
            store::ArtifactRef a{QUrl::fromLocalFile(file).toString(),
                                 PlanCompiler::artifactTypeFor(o.typeName), o.name, {}};
            if (a.type == QLatin1String("system.Metrics"))
                a.customProperties = metricProperties(file);
            rec.outputs.append(a);
        }
    }
    auto id = m_store->recordStep(m_result.storeRunId, rec);
    if (!id.ok())
        emit logLine(m_result.runId, r.task, r.attempts, OutputStream::System,
                     tr("Cannot record the step in the metadata store: %1").arg(id.error().text()));
}

} // namespace wb::exec
