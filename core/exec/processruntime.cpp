// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exec/processruntime.h"

#include "core/exec/containerlimits.h"
#include "core/exec/processstep.h"

#include <QDateTime>
#include <QDir>
#include <QProcessEnvironment>
#include <QTimer>

#include <algorithm>

#include <signal.h>

namespace wb::exec {

struct ProcessRuntime::Run
{
    ContainerRequest request;
    ProcessStep *step = nullptr;
    QTimer *timer = nullptr;
    ExitInfo info;
};

ProcessRuntime::ProcessRuntime(QObject *parent)
    : ContainerRuntime(parent)
{
}

ProcessRuntime::~ProcessRuntime()
{
    for (Run *run : std::as_const(m_runs)) {
        if (run->step->isRunning())
            run->step->killGroup(SIGKILL);
        delete run->step; // reaps the QProcess, never deletes it while running
        delete run;
    }
}

QString ProcessRuntime::notIsolatedNote()
{
    return tr("process runner: the step runs on this machine without isolation");
}

QString ProcessRuntime::networkNotRestrictedNote()
{
    return tr("process runner: network access cannot be restricted; the step can reach the "
              "network like any program on this machine");
}

QString ProcessRuntime::limitsNotAppliedNote(const Resources &resources)
{
    QStringList limits;
    if (resources.memoryBytes > 0)
        limits << tr("memory %1").arg(formatMemory(resources.memoryBytes));
    if (resources.pidsLimit > 0)
        limits << tr("%1 processes").arg(resources.pidsLimit);
    if (resources.cpus > 0)
        limits << tr("%1 CPUs").arg(resources.cpus);
    if (resources.gpus != 0)
        limits << tr("GPUs");
    if (limits.isEmpty())
        return {};
    return tr("process runner: the step's limits are not applied (%1)")
        .arg(limits.join(QStringLiteral(", ")));
}

Result<RuntimeInfo> ProcessRuntime::probe()
{
    return RuntimeInfo{QStringLiteral("process"), QString::fromLatin1(qVersion()), QString(),
                       false};
}

Result<QString> ProcessRuntime::imageId(const QString &image)
{
    // The image is not used; the id still names it so cache keys differ from container runs.
    return QStringLiteral("process:") + image;
}

static bool isPathChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('/') || c == QLatin1Char('.')
           || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('~');
}

QString ProcessRuntime::mapPaths(const QString &text, const QList<Mount> &mounts)
{
    QList<const Mount *> sorted;
    for (const Mount &m : mounts) {
        if (!m.containerPath.isEmpty())
            sorted.append(&m);
    }
    std::sort(sorted.begin(), sorted.end(), [](const Mount *a, const Mount *b) {
        return a->containerPath.size() > b->containerPath.size();
    });
    QString out;
    qsizetype i = 0;
    while (i < text.size()) {
        const bool boundaryBefore = i == 0 || !isPathChar(text.at(i - 1));
        const Mount *hit = nullptr;
        if (boundaryBefore) {
            for (const Mount *m : sorted) {
                QString cp = m->containerPath;
                while (cp.size() > 1 && cp.endsWith(QLatin1Char('/')))
                    cp.chop(1);
                if (!QStringView(text).mid(i).startsWith(cp))
                    continue;
                const qsizetype end = i + cp.size();
                if (end == text.size() || text.at(end) == QLatin1Char('/')
                    || !isPathChar(text.at(end))) {
                    hit = m;
                    QString host = m->hostPath;
                    while (host.size() > 1 && host.endsWith(QLatin1Char('/')))
                        host.chop(1);
                    out += host;
                    i = end;
                    break;
                }
            }
        }
        if (!hit) {
            out += text.at(i);
            ++i;
        }
    }
    return out;
}

QStringList ProcessRuntime::hostArgv(const ContainerRequest &request)
{
    QStringList argv;
    for (const QString &a : request.command + request.args)
        argv.append(mapPaths(a, request.mounts));
    if (request.command.isEmpty())
        return {};
    return argv;
}

QString ProcessRuntime::renderCommand(const ContainerRequest &request) const
{
    QStringList shown;
    const auto env = request.env;
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        const bool secret = request.secretEnvNames.contains(it.key());
        shown.append(it.key() + QLatin1Char('=')
                     + (secret ? QStringLiteral("***") : mapPaths(it.value(), request.mounts)));
    }
    if (!shown.isEmpty())
        shown.prepend(QStringLiteral("env"));
    return renderArgv(shown + hostArgv(request), request.secretValues());
}

RunHandle ProcessRuntime::start(const ContainerRequest &request)
{
    const RunHandle handle = m_next++;
    auto *run = new Run;
    run->request = request;
    run->step = new ProcessStep(this);
    run->step->setOwnProcessGroup(true);
    m_runs.insert(handle, run);

    connect(run->step, &ProcessStep::line, this,
            [this, handle](OutputStream s, const QByteArray &l) { emit outputLine(handle, s, l); });
    // Queued, so finished() never fires inside start() and always after the last line.
    connect(run->step, &ProcessStep::exited, this,
            [this, handle](int code, bool crashed, const QString &err) {
                finish(handle, code, crashed, err);
            }, Qt::QueuedConnection);

    run->info.startMs = QDateTime::currentMSecsSinceEpoch();
    const QStringList argv = hostArgv(request);
    const QString rendered = renderCommand(request);
    const QString limitsNote = limitsNotAppliedNote(request.resources);
    const bool networkNone = request.hardening.networkNone;
    QMetaObject::invokeMethod(this, [this, handle, rendered, limitsNote, networkNone] {
        emit started(handle);
        emit outputLine(handle, OutputStream::System, notIsolatedNote().toUtf8());
        if (!limitsNote.isEmpty())
            emit outputLine(handle, OutputStream::System, limitsNote.toUtf8());
        if (networkNone)
            emit outputLine(handle, OutputStream::System, networkNotRestrictedNote().toUtf8());
        emit outputLine(handle, OutputStream::System, rendered.toUtf8());
    }, Qt::QueuedConnection);

    if (argv.isEmpty()) {
        const QString err = tr("The process runner needs an explicit command for step '%1': "
                               "without a container engine the image's entrypoint is unknown")
                                .arg(request.taskName);
        QMetaObject::invokeMethod(this, [this, handle, err] { finish(handle, -1, false, err); },
                                  Qt::QueuedConnection);
        return handle;
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = request.env.cbegin(); it != request.env.cend(); ++it)
        env.insert(it.key(), mapPaths(it.value(), request.mounts));
    const QString workdir = request.workdir.isEmpty() ? QString()
                                                      : mapPaths(request.workdir, request.mounts);
    if (request.timeoutMs > 0) {
        run->timer = new QTimer(run->step);
        run->timer->setSingleShot(true);
        connect(run->timer, &QTimer::timeout, this, [this, handle] {
            if (Run *r = m_runs.value(handle)) {
                r->info.timedOut = true;
                r->step->killGroup(SIGKILL);
            }
        });
        run->timer->start(request.timeoutMs);
    }
    run->step->start(argv.first(), argv.mid(1), env, workdir);
    return handle;
}

void ProcessRuntime::finish(RunHandle handle, int exitCode, bool crashed,
                            const QString &startError)
{
    Run *run = m_runs.take(handle);
    if (!run)
        return;
    // Whatever the step left behind in its process group goes with it.
    run->step->killGroup(SIGKILL);
    ExitInfo info = run->info;
    info.endMs = QDateTime::currentMSecsSinceEpoch();
    if (!startError.isEmpty()) {
        info.exitCode = -1;
        info.error = exitCode == -1 && run->request.command.isEmpty()
                         ? startError
                         : tr("Cannot start '%1': %2")
                               .arg(run->request.command.value(0), startError);
    } else if (crashed) {
        info.exitCode = -1;
        info.signal = exitCode;
    } else {
        info.exitCode = exitCode;
    }
    if (info.timedOut)
        info.error = tr("The step did not finish within %1 s and was killed")
                         .arg(run->request.timeoutMs / 1000.0);
    run->step->deleteLater();
    delete run;
    emit finished(handle, info);
}

void ProcessRuntime::cancel(RunHandle handle)
{
    Run *run = m_runs.value(handle);
    if (!run || run->info.cancelled)
        return;
    run->info.cancelled = true;
    if (run->step->isRunning())
        run->step->killGroup(SIGKILL);
}

bool ProcessRuntime::isRunning(RunHandle handle) const
{
    return m_runs.contains(handle);
}

static bool labelMatches(const ContainerRequest &r, const QString &filter)
{
    QMap<QString, QString> labels = r.labels;
    labels.insert(QString::fromLatin1(kRunLabel), r.runId);
    labels.insert(QString::fromLatin1(kTaskLabel), r.taskName);
    if (filter.isEmpty())
        return true;
    const qsizetype eq = filter.indexOf(QLatin1Char('='));
    if (eq < 0)
        return labels.contains(filter);
    return labels.value(filter.left(eq)) == filter.mid(eq + 1)
           && labels.contains(filter.left(eq));
}

Result<QList<ContainerInfo>> ProcessRuntime::listContainers(const QString &labelFilter)
{
    // No containers here: running steps stand in for them, so clean-up code works the same.
    QList<ContainerInfo> list;
    for (auto it = m_runs.cbegin(); it != m_runs.cend(); ++it) {
        if (!labelMatches(it.value()->request, labelFilter))
            continue;
        const QString id = QStringLiteral("process-%1").arg(it.key());
        list.append({id, containerName(it.value()->request), it.value()->request.runId,
                     QStringLiteral("running"), it.value()->request.labels.value(QString::fromLatin1(kWorkspaceLabel))});
    }
    return list;
}

Result<void> ProcessRuntime::removeContainers(const QStringList &ids)
{
    for (const QString &id : ids) {
        bool ok = false;
        const RunHandle h = id.startsWith(QLatin1String("process-"))
                                ? id.mid(8).toULongLong(&ok) : 0;
        if (ok)
            cancel(h);
    }
    return {};
}

} // namespace wb::exec
