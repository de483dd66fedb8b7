// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exec/fakeruntime.h"

#include "core/exec/processruntime.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>
#include <QTimer>

namespace wb::exec {

struct FakeRuntime::Run
{
    ContainerRequest request;
    Script script;
    int attempt = 0;
    QTimer *timer = nullptr;
    QTimer *timeout = nullptr;
    ExitInfo info;
};

FakeRuntime::FakeRuntime(QObject *parent)
    : ContainerRuntime(parent)
    , m_probe(RuntimeInfo{QStringLiteral("fake"), QStringLiteral("1"), QStringLiteral("1"), true})
{
}

FakeRuntime::~FakeRuntime()
{
    qDeleteAll(m_runs);
}

void FakeRuntime::setScript(const QString &taskName, const Script &script)
{
    m_scripts.insert(taskName, script);
}

Result<RuntimeInfo> FakeRuntime::probe()
{
    return m_probe;
}

Result<QString> FakeRuntime::imageId(const QString &image)
{
    if (m_images.contains(image))
        return m_images.value(image);
    return makeError(QStringLiteral("ImageMissing"),
                     tr("Image '%1' is not on this machine").arg(image));
}

Result<void> FakeRuntime::pullImage(const QString &image, const PullLineFn &onLine,
                                    const CancelCheckFn &cancelled)
{
    m_pulls.append(image);
    auto say = [&onLine](const QString &line) {
        if (onLine)
            onLine(line);
    };
    say(QStringLiteral("%1: Pulling from fake").arg(image.section(QLatin1Char(':'), -1)));
    if (m_pullBlocks) {
        QElapsedTimer t;
        t.start();
        while (!(cancelled && cancelled())) {
            if (t.elapsed() > 10000)
                return makeError(QStringLiteral("PullFailed"), QStringLiteral("fake pull: never cancelled"));
            QThread::msleep(5);
        }
        return makeError(QStringLiteral("PullCancelled"),
                         tr("The pull of '%1' was cancelled").arg(image));
    }
    if (!m_registry.contains(image)) {
        const QString err = QStringLiteral("Error response from daemon: pull access denied for %1, "
                                           "repository does not exist").arg(image.section(QLatin1Char(':'), 0, 0));
        say(err);
        return makeError(QStringLiteral("PullFailed"), tr("Cannot pull the image '%1': %2").arg(image, err));
    }
    say(QStringLiteral("Digest: %1").arg(m_registry.value(image)));
    say(QStringLiteral("Status: Downloaded newer image for %1").arg(image));
    m_images.insert(image, m_registry.value(image));
    return {};
}

QString FakeRuntime::renderCommand(const ContainerRequest &request) const
{
    return renderArgv(QStringList{QStringLiteral("fake"), request.image} + request.command
                          + request.args,
                      request.secretValues());
}

RunHandle FakeRuntime::start(const ContainerRequest &request)
{
    const RunHandle handle = m_next++;
    m_requests.append(request);
    auto *run = new Run;
    run->request = request;
    run->script = m_scripts.value(request.taskName, m_default);
    run->attempt = ++m_attempts[request.taskName];
    run->info.startMs = QDateTime::currentMSecsSinceEpoch();
    m_runs.insert(handle, run);
    m_maxConcurrent = std::max(m_maxConcurrent, int(m_runs.size()));

    // Everything happens on the event loop, never inside start(), as with real runtimes.
    QMetaObject::invokeMethod(this, [this, handle] {
        Run *r = m_runs.value(handle);
        if (!r)
            return;
        emit started(handle);
        emit outputLine(handle, OutputStream::System, renderCommand(r->request).toUtf8());
        for (const auto &l : std::as_const(r->script.lines))
            emit outputLine(handle, l.first, l.second);
    }, Qt::QueuedConnection);

    run->timer = new QTimer(this);
    run->timer->setSingleShot(true);
    connect(run->timer, &QTimer::timeout, this, [this, handle] { complete(handle); });
    run->timer->start(std::max(0, run->script.durationMs));
    if (request.timeoutMs > 0 && request.timeoutMs < run->script.durationMs) {
        run->timeout = new QTimer(this);
        run->timeout->setSingleShot(true);
        connect(run->timeout, &QTimer::timeout, this, [this, handle] {
            if (Run *r = m_runs.value(handle)) {
                ExitInfo info = r->info;
                info.timedOut = true;
                info.exitCode = 137;
                info.error = tr("The step did not finish within %1 s and was killed")
                                 .arg(r->request.timeoutMs / 1000.0);
                end(handle, info);
            }
        });
        run->timeout->start(request.timeoutMs);
    }
    return handle;
}

QString FakeRuntime::writeFiles(const ContainerRequest &request, const Script &script) const
{
    for (auto it = script.files.cbegin(); it != script.files.cend(); ++it) {
        const QString host = ProcessRuntime::mapPaths(it.key(), request.mounts);
        if (host == it.key())
            return tr("Fake step '%1' writes '%2', which is in no mount")
                .arg(request.taskName, it.key());
        QDir().mkpath(QFileInfo(host).absolutePath());
        QSaveFile f(host);
        if (!f.open(QIODevice::WriteOnly) || f.write(it.value()) != it.value().size()
            || !f.commit())
            return tr("Fake step '%1' cannot write '%2': %3")
                .arg(request.taskName, host, f.errorString());
    }
    return {};
}

void FakeRuntime::complete(RunHandle handle)
{
    Run *r = m_runs.value(handle);
    if (!r)
        return;
    ExitInfo info = r->info;
    if (!r->script.engineError.isEmpty()) {
        info.error = r->script.engineError;
        info.exitCode = 125;
    } else if (r->script.oomKilled) {
        info.exitCode = 137;
        info.oomKilled = true;
    } else if (r->attempt <= r->script.failFirstAttempts) {
        info.exitCode = r->script.failExitCode;
    } else {
        info.exitCode = r->script.exitCode;
        if (info.exitCode == 0)
            info.error = writeFiles(r->request, r->script);
    }
    end(handle, info);
}

void FakeRuntime::end(RunHandle handle, ExitInfo info)
{
    Run *r = m_runs.take(handle);
    if (!r)
        return;
    info.endMs = QDateTime::currentMSecsSinceEpoch();
    r->timer->deleteLater();
    if (r->timeout)
        r->timeout->deleteLater();
    delete r;
    emit finished(handle, info);
}

void FakeRuntime::cancel(RunHandle handle)
{
    Run *r = m_runs.value(handle);
    if (!r)
        return;
    ExitInfo info = r->info;
    info.cancelled = true;
    info.exitCode = 137;
    // Queued like a real kill, so cancel() never re-enters the caller.
    r->timer->stop();
    if (r->timeout)
        r->timeout->stop();
    QMetaObject::invokeMethod(this, [this, handle, info] { end(handle, info); },
                              Qt::QueuedConnection);
}

bool FakeRuntime::isRunning(RunHandle handle) const
{
    return m_runs.contains(handle);
}

Result<QList<ContainerInfo>> FakeRuntime::listContainers(const QString &labelFilter)
{
    const QString key = labelFilter.section(QLatin1Char('='), 0, 0);
    const QString value = labelFilter.section(QLatin1Char('='), 1);
    const bool byRun = key.isEmpty() || key == QLatin1String(kRunLabel);
    QList<ContainerInfo> list;
    for (auto it = m_runs.cbegin(); it != m_runs.cend(); ++it) {
        const ContainerRequest &rq = it.value()->request;
        if (!byRun || (labelFilter.contains(QLatin1Char('=')) && rq.runId != value))
            continue;
        list.append({QStringLiteral("fake-%1").arg(it.key()), containerName(rq), rq.runId,
                     QStringLiteral("running"), rq.labels.value(QString::fromLatin1(kWorkspaceLabel))});
    }
    for (const ContainerInfo &o : m_orphans) {
        if (byRun && (!labelFilter.contains(QLatin1Char('=')) || o.runId == value))
            list.append(o);
    }
    return list;
}

Result<void> FakeRuntime::removeContainers(const QStringList &ids)
{
    for (const QString &id : ids) {
        m_orphans.erase(std::remove_if(m_orphans.begin(), m_orphans.end(),
                                       [&id](const ContainerInfo &c) { return c.id == id; }),
                        m_orphans.end());
        if (id.startsWith(QLatin1String("fake-")))
            cancel(id.mid(5).toULongLong());
    }
    return {};
}

} // namespace wb::exec
