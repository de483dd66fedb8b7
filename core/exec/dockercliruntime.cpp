// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exec/dockercliruntime.h"

#include "core/exec/containerlimits.h"
#include "core/exec/linesplitter.h"
#include "core/exec/processreaper.h"
#include "core/exec/processstep.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

#include <signal.h>

namespace wb::exec {

static constexpr int kProbeTimeoutMs = 15000;
static constexpr int kCliTimeoutMs = 60000;
static constexpr int kKillRetryMs = 250;
static constexpr int kKillRetries = 40; // the container may not exist yet right after start
static constexpr int kHelperTimeoutMs = 30000; // inspect/rm after exit; a hung engine gives up
static constexpr int kPullPollMs = 100;        // how often a pull looks at its output and cancel

struct DockerCliRuntime::Run
{
    ContainerRequest request;
    QString name;
    ProcessStep *step = nullptr;
    QTimer *timer = nullptr;
    ExitInfo info;
    QByteArrayList stderrTail; // the client's own error is among the last stderr lines
    QProcess *helper = nullptr; // inspect/rm after the client exited
    bool killing = false;
    bool exited = false; // the client is gone; inspecting/removing the container
};

DockerCliRuntime::DockerCliRuntime(QObject *parent)
    : ContainerRuntime(parent)
    , m_env(QProcessEnvironment::systemEnvironment())
{
}

DockerCliRuntime::~DockerCliRuntime()
{
    // Leaving: stop our containers without waiting; anything missed is found by label later.
    QStringList names;
    for (Run *run : std::as_const(m_runs)) {
        names.append(run->name);
        if (run->helper) {
            run->helper->disconnect(this);
            run->helper->kill();
            run->helper->waitForFinished(1000);
            delete run->helper;
        }
        delete run->step; // reaps the client process
        delete run;
    }
    if (!names.isEmpty()) {
        QProcess rm;
        rm.setProcessEnvironment(m_env);
        rm.setProgram(m_binary);
        rm.setArguments(QStringList{QStringLiteral("rm"), QStringLiteral("-f")} + names);
        rm.startDetached();
    }
}

DockerCliRuntime::CliResult DockerCliRuntime::runCli(const QStringList &args, int timeoutMs) const
{
    CliResult r;
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(m_binary, args, QIODevice::ReadOnly);
    if (!p.waitForStarted(timeoutMs)) {
        r.startError = p.errorString();
        return r;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        r.err = p.readAllStandardError();
        r.startError = tr("'%1 %2' did not answer within %3 s")
                           .arg(m_binary, args.value(0)).arg(timeoutMs / 1000);
        return r;
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

Error DockerCliRuntime::binaryMissing(const QString &detail) const
{
    return makeError(QStringLiteral("NoEngineClient"),
                     tr("Cannot run the container engine client '%1': install docker.io (or "
                        "set another client such as podman) or use the process runner")
                         .arg(m_binary),
                     detail);
}

QString DockerCliRuntime::engineEndpoint() const
{
    const QString host = m_env.value(QStringLiteral("DOCKER_HOST"));
    if (!host.isEmpty())
        return host;
    const CliResult r = runCli({QStringLiteral("context"), QStringLiteral("inspect"),
                                QStringLiteral("--format"),
                                QStringLiteral("{{.Endpoints.docker.Host}}")},
                               kProbeTimeoutMs);
    const QString fromContext = QString::fromUtf8(r.out).trimmed();
    if (r.exitCode == 0 && !fromContext.isEmpty())
        return fromContext;
    return QStringLiteral("unix:///var/run/docker.sock");
}

Result<RuntimeInfo> DockerCliRuntime::probe()
{
    const CliResult r = runCli({QStringLiteral("version"), QStringLiteral("--format"),
                                QStringLiteral("{{json .}}")},
                               kProbeTimeoutMs);
    if (r.exitCode == -1 && r.out.isEmpty() && r.err.isEmpty())
        return binaryMissing(r.startError);
    const QJsonObject doc = QJsonDocument::fromJson(r.out.trimmed()).object();
    const QJsonObject server = doc.value(QStringLiteral("Server")).toObject();
    QString serverVersion = server.value(QStringLiteral("Version")).toString();
    if (r.exitCode != 0 || serverVersion.isEmpty()) {
        const QString dockerHost = m_env.value(QStringLiteral("DOCKER_HOST"));
        return makeError(QStringLiteral("NoEngine"),
                         tr("No Docker engine is reachable at %1 (DOCKER_HOST=%2): start Docker "
                            "or use the process runner")
                             .arg(engineEndpoint(),
                                  dockerHost.isEmpty() ? tr("unset") : dockerHost),
                         QString::fromUtf8(r.err).trimmed() + r.startError);
    }
    RuntimeInfo info;
    info.name = m_binary.section(QLatin1Char('/'), -1);
    info.version = doc.value(QStringLiteral("Client")).toObject()
                       .value(QStringLiteral("Version")).toString();
    info.serverVersion = serverVersion;
    info.isolated = true;
    return info;
}

Result<QString> DockerCliRuntime::imageId(const QString &image)
{
    const CliResult r = runCli({QStringLiteral("image"), QStringLiteral("inspect"),
                                QStringLiteral("--format"), QStringLiteral("{{.Id}}"), image},
                               kCliTimeoutMs);
    if (r.exitCode == -1 && r.out.isEmpty() && r.err.isEmpty())
        return binaryMissing(r.startError);
    const QString id = QString::fromUtf8(r.out).trimmed();
    if (r.exitCode == 0 && !id.isEmpty())
        return id;
    const QString err = QString::fromUtf8(r.err).trimmed();
    if (err.contains(QLatin1String("No such image"), Qt::CaseInsensitive)
        || err.contains(QLatin1String("image not known"), Qt::CaseInsensitive)) {
        return makeError(QStringLiteral("ImageMissing"),
                         tr("Image '%1' is not on this machine").arg(image), err);
    }
    return makeError(QStringLiteral("EngineError"),
                     tr("Cannot inspect image '%1': the container engine failed").arg(image),
                     err + r.startError);
}

/// The engine's own words among the last lines of a failed client call.
static QString engineMessage(const QByteArrayList &tail);

Result<void> DockerCliRuntime::pullImage(const QString &image, const PullLineFn &onLine,
                                         const CancelCheckFn &cancelled)
{
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.setProcessChannelMode(QProcess::MergedChannels); // progress and errors in their order
    // "--": an image name is never taken for an option.
    p.start(m_binary, {QStringLiteral("pull"), QStringLiteral("--"), image}, QIODevice::ReadOnly);
    if (!p.waitForStarted(kProbeTimeoutMs))
        return binaryMissing(p.errorString());
    LineSplitter splitter;
    QByteArrayList tail; // the engine's error is among the last lines
    auto deliver = [&](const QList<QByteArray> &lines) {
        for (const QByteArray &l : lines) {
            if (l.trimmed().isEmpty())
                continue;
            tail.append(l);
            if (tail.size() > 8)
                tail.removeFirst();
            if (onLine)
                onLine(QString::fromUtf8(l));
        }
    };
    while (p.state() != QProcess::NotRunning && !p.waitForFinished(kPullPollMs)) {
        deliver(splitter.feed(p.readAll()));
        if (cancelled && cancelled()) {
            // The client stops on SIGTERM like on Ctrl+C; the engine drops the pull with it.
            p.terminate();
            if (!p.waitForFinished(2000)) {
                p.kill();
                p.waitForFinished(2000);
            }
            deliver(splitter.feed(p.readAll()));
            deliver(splitter.flush());
            return makeError(QStringLiteral("PullCancelled"),
                             tr("The pull of '%1' was cancelled").arg(image));
        }
    }
    deliver(splitter.feed(p.readAll()));
    deliver(splitter.flush());
    if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
        return {};
    const QString message = engineMessage(tail);
    return makeError(QStringLiteral("PullFailed"),
                     tr("Cannot pull the image '%1': %2")
                         .arg(image, message.isEmpty() ? tr("'%1 pull' exited with code %2")
                                                             .arg(m_binary).arg(p.exitCode())
                                                       : message));
}

QStringList DockerCliRuntime::networkArguments(const Hardening &hardening)
{
    if (hardening.networkNone)
        return {QStringLiteral("--network"), QStringLiteral("none")};
    return {};
}

QStringList DockerCliRuntime::runArguments(const ContainerRequest &request)
{
    QStringList a{QStringLiteral("run"), QStringLiteral("--pull"), QStringLiteral("never"),
                  QStringLiteral("--name"), containerName(request)};
    auto label = [&a](const QString &k, const QString &v) {
        a << QStringLiteral("--label") << k + QLatin1Char('=') + v;
    };
    label(QString::fromLatin1(kRunLabel), request.runId);
    label(QString::fromLatin1(kTaskLabel), request.taskName);
    label(QString::fromLatin1(kAttemptLabel), QString::number(request.attempt));
    for (auto it = request.labels.cbegin(); it != request.labels.cend(); ++it)
        label(it.key(), it.value());
    a << networkArguments(request.hardening);
    if (request.hardening.noNewPrivileges)
        a << QStringLiteral("--security-opt") << QStringLiteral("no-new-privileges");
    if (request.hardening.dropAllCaps)
        a << QStringLiteral("--cap-drop") << QStringLiteral("ALL");
    a << QStringLiteral("--user") << (request.user.isEmpty() ? invokingUser() : request.user);
    const Resources &res = request.resources;
    if (res.cpus > 0)
        a << QStringLiteral("--cpus") << QString::number(res.cpus, 'g', 6);
    if (res.pidsLimit > 0)
        a << QStringLiteral("--pids-limit") << QString::number(res.pidsLimit);
    if (res.memoryBytes > 0) {
        // Swap as large as the memory: no swap on top, so the limit is the real one.
        const QString bytes = QString::number(res.memoryBytes) + QLatin1Char('b');
        a << QStringLiteral("--memory") << bytes << QStringLiteral("--memory-swap") << bytes;
    }
    if (res.gpus != 0)
        a << QStringLiteral("--gpus")
          << (res.gpus < 0 ? QStringLiteral("all") : QString::number(res.gpus));
    if (!request.workdir.isEmpty())
        a << QStringLiteral("--workdir") << request.workdir;
    for (auto it = request.env.cbegin(); it != request.env.cend(); ++it) {
        // A secret travels in the client's environment; only its name is on the command line.
        a << QStringLiteral("--env")
          << (request.secretEnvNames.contains(it.key()) ? it.key()
                                                        : it.key() + QLatin1Char('=') + it.value());
    }
    for (const Mount &m : request.mounts) {
        // --mount (not -v): a missing host path is an error instead of a root-owned new dir,
        // and colons in paths are harmless. CSV-quote fields that contain ',' or '"'.
        auto field = [](const QString &s) {
            if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')))
                return s;
            QString q = s;
            q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            return QLatin1Char('"') + q + QLatin1Char('"');
        };
        QString spec = QStringLiteral("type=bind,") + field(QStringLiteral("source=") + m.hostPath)
                       + QLatin1Char(',') + field(QStringLiteral("target=") + m.containerPath);
        if (m.readOnly)
            spec += QStringLiteral(",readonly");
        a << QStringLiteral("--mount") << spec;
    }
    if (!request.command.isEmpty())
        a << QStringLiteral("--entrypoint") << request.command.first();
    a << request.image;
    a << request.command.mid(1) << request.args;
    return a;
}

QString DockerCliRuntime::renderCommand(const ContainerRequest &request) const
{
    return renderArgv(QStringList{m_binary} + runArguments(request), request.secretValues());
}

RunHandle DockerCliRuntime::start(const ContainerRequest &request)
{
    const RunHandle handle = m_next++;
    auto *run = new Run;
    run->request = request;
    run->name = containerName(request);
    run->step = new ProcessStep(this);
    m_runs.insert(handle, run);

    connect(run->step, &ProcessStep::line, this,
            [this, handle](OutputStream s, const QByteArray &l) {
                if (Run *r = m_runs.value(handle); r && s == OutputStream::Stderr) {
                    r->stderrTail.append(l);
                    if (r->stderrTail.size() > 8)
                        r->stderrTail.removeFirst();
                }
                emit outputLine(handle, s, l);
            });
    connect(run->step, &ProcessStep::exited, this,
            [this, handle](int code, bool crashed, const QString &err) {
                finish(handle, code, crashed, err);
            }, Qt::QueuedConnection);

    QProcessEnvironment env = m_env;
    for (const QString &name : request.secretEnvNames) {
        if (request.env.contains(name))
            env.insert(name, request.env.value(name));
    }
    run->info.startMs = QDateTime::currentMSecsSinceEpoch();
    const QString rendered = renderCommand(request);
    QMetaObject::invokeMethod(this, [this, handle, rendered] {
        emit started(handle);
        emit outputLine(handle, OutputStream::System, rendered.toUtf8());
    }, Qt::QueuedConnection);

    if (request.timeoutMs > 0) {
        run->timer = new QTimer(run->step);
        run->timer->setSingleShot(true);
        connect(run->timer, &QTimer::timeout, this, [this, handle] {
            if (Run *r = m_runs.value(handle); r && !r->exited) {
                r->info.timedOut = true;
                issueKill(handle);
            }
        });
        run->timer->start(request.timeoutMs);
    }
    run->step->start(m_binary, runArguments(request), env);
    return handle;
}

void DockerCliRuntime::issueKill(RunHandle handle)
{
    Run *run = m_runs.value(handle);
    if (!run || run->killing || run->exited)
        return;
    run->killing = true;
    killAttempt(handle, kKillRetries);
}

void DockerCliRuntime::killAttempt(RunHandle handle, int left)
{
    // `docker kill` fails while the container is still being created: retry until the client
    // has exited; as a last resort stop the client (the label clean-up finds the rest).
    Run *run = m_runs.value(handle);
    if (!run || run->exited)
        return;
    if (left <= 0) {
        run->step->killGroup(SIGKILL);
        return;
    }
    auto *kill = new QProcess(this);
    kill->setProcessEnvironment(m_env);
    kill->setStandardInputFile(QProcess::nullDevice());
    connect(kill, &QProcess::finished, this, [this, handle, kill, left](int code) {
        kill->deleteLater();
        if (code != 0 && m_runs.contains(handle) && !m_runs.value(handle)->exited)
            QTimer::singleShot(kKillRetryMs, this, [this, handle, left] {
                killAttempt(handle, left - 1);
            });
    });
    connect(kill, &QProcess::errorOccurred, this, [kill](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            kill->deleteLater();
    });
    kill->start(m_binary, {QStringLiteral("kill"), run->name});
}

static QString engineMessage(const QByteArrayList &tail)
{
    for (qsizetype i = tail.size() - 1; i >= 0; --i) {
        const QString l = QString::fromUtf8(tail.at(i)).trimmed();
        if (l.startsWith(QLatin1String("docker: ")) || l.startsWith(QLatin1String("Error"))
            || l.contains(QLatin1String("error waiting for container"))
            || l.contains(QLatin1String("Error response from daemon"))) {
            return l;
        }
    }
    for (qsizetype i = tail.size() - 1; i >= 0; --i) {
        const QString l = QString::fromUtf8(tail.at(i)).trimmed();
        if (!l.isEmpty() && !l.startsWith(QLatin1String("Run '")))
            return l;
    }
    return {};
}

void DockerCliRuntime::finish(RunHandle handle, int exitCode, bool crashed,
                              const QString &startError)
{
    Run *run = m_runs.value(handle);
    if (!run || run->exited)
        return;
    run->exited = true;
    if (run->timer)
        run->timer->stop();
    ExitInfo &info = run->info;
    info.endMs = QDateTime::currentMSecsSinceEpoch();
    const QString engineLine = engineMessage(run->stderrTail);
    const bool daemonError = engineLine.contains(QLatin1String("Error response from daemon"))
                             || engineLine.startsWith(QLatin1String("docker: "));
    if (!startError.isEmpty()) {
        info.error = binaryMissing(startError).text();
    } else if (crashed) {
        info.error = tr("The container engine client '%1' was killed by signal %2")
                         .arg(m_binary).arg(exitCode);
    } else if (info.timedOut) {
        info.exitCode = exitCode;
        info.error = tr("The step did not finish within %1 s and was killed")
                         .arg(run->request.timeoutMs / 1000.0);
    } else if (info.cancelled) {
        info.exitCode = exitCode;
    } else if (exitCode == 125 || (exitCode >= 126 && daemonError)) {
        info.exitCode = exitCode;
        if (engineLine.contains(QLatin1String("No such image"), Qt::CaseInsensitive)
            || engineLine.contains(QLatin1String("image not known"), Qt::CaseInsensitive)) {
            info.error = tr("Image '%1' is not on this machine (it was removed after the run "
                            "checked it)").arg(run->request.image);
        } else {
            info.error = tr("The container engine failed while running step '%1' (exit code "
                            "%2): %3")
                             .arg(run->request.taskName).arg(exitCode)
                             .arg(engineLine.isEmpty() ? tr("no message") : engineLine);
        }
    } else {
        info.exitCode = exitCode;
    }
    if (!startError.isEmpty())
        complete(handle); // no client, no container
    else if (exitCode == 137 && !crashed && !info.timedOut && !info.cancelled && info.error.isEmpty())
        checkOutOfMemory(handle); // SIGKILL we did not send: maybe the OOM killer
    else
        removeContainer(handle);
}

void DockerCliRuntime::runHelper(RunHandle handle, const QStringList &args,
                                 std::function<void(bool ok, const QByteArray &out)> done)
{
    auto *p = new QProcess(this);
    m_runs.value(handle)->helper = p;
    p->setProcessEnvironment(m_env);
    p->setStandardInputFile(QProcess::nullDevice());
    QTimer::singleShot(kHelperTimeoutMs, p, [p] { p->kill(); });
    auto end = [this, handle, p, done](bool ok) {
        const QByteArray out = p->readAllStandardOutput();
        if (Run *r = m_runs.value(handle))
            r->helper = nullptr;
        p->deleteLater();
        done(ok, out);
    };
    connect(p, &QProcess::finished, this, [end](int code, QProcess::ExitStatus status) {
        end(status == QProcess::NormalExit && code == 0);
    });
    connect(p, &QProcess::errorOccurred, this, [end](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            end(false);
    });
    p->start(m_binary, args);
}

void DockerCliRuntime::checkOutOfMemory(RunHandle handle)
{
    const QStringList args{QStringLiteral("inspect"), QStringLiteral("--format"),
                           QStringLiteral("{{.State.OOMKilled}}"), m_runs.value(handle)->name};
    runHelper(handle, args, [this, handle](bool ok, const QByteArray &out) {
        Run *run = m_runs.value(handle);
        if (!run)
            return;
        if (ok && out.trimmed() == "true") {
            run->info.oomKilled = true;
            emit outputLine(handle, OutputStream::System,
                            outOfMemoryMessage(run->request.resources.memoryBytes).toUtf8());
        }
        removeContainer(handle);
    });
}

void DockerCliRuntime::removeContainer(RunHandle handle)
{
    // Failing is fine here ("No such container" when it was never created; a dead engine):
    // the label clean-up finds whatever is left.
    const QStringList args{QStringLiteral("rm"), QStringLiteral("--force"),
                           m_runs.value(handle)->name};
    runHelper(handle, args, [this, handle](bool, const QByteArray &) { complete(handle); });
}

void DockerCliRuntime::complete(RunHandle handle)
{
    Run *run = m_runs.take(handle);
    if (!run)
        return;
    const ExitInfo info = run->info;
    run->step->deleteLater();
    delete run;
    emit finished(handle, info);
}

void DockerCliRuntime::cancel(RunHandle handle)
{
    Run *run = m_runs.value(handle);
    if (!run || run->info.cancelled || run->exited)
        return;
    run->info.cancelled = true;
    issueKill(handle);
}

bool DockerCliRuntime::isRunning(RunHandle handle) const
{
    return m_runs.contains(handle);
}

Result<QList<ContainerInfo>> DockerCliRuntime::listContainers(const QString &labelFilter)
{
    const QString filter = labelFilter.isEmpty() ? QString::fromLatin1(kRunLabel) : labelFilter;
    const CliResult r = runCli({QStringLiteral("ps"), QStringLiteral("--all"),
                                QStringLiteral("--no-trunc"), QStringLiteral("--filter"),
                                QStringLiteral("label=") + filter, QStringLiteral("--format"),
                                QStringLiteral("{{json .}}")},
                               kCliTimeoutMs);
    if (r.exitCode == -1 && r.out.isEmpty() && r.err.isEmpty())
        return binaryMissing(r.startError);
    if (r.exitCode != 0) {
        return makeError(QStringLiteral("EngineError"),
                         tr("Cannot list mlwb containers: the container engine failed"),
                         QString::fromUtf8(r.err).trimmed() + r.startError);
    }
    QList<ContainerInfo> list;
    const QString runKey = QString::fromLatin1(kRunLabel);
    for (const QByteArray &line : r.out.split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line.trimmed()).object();
        if (o.isEmpty())
            continue;
        ContainerInfo c;
        c.id = o.value(QStringLiteral("ID")).toString();
        if (c.id.isEmpty())
            c.id = o.value(QStringLiteral("Id")).toString(); // podman
        const QJsonValue names = o.value(QStringLiteral("Names"));
        c.name = names.isArray() ? names.toArray().at(0).toString() : names.toString();
        c.state = o.value(QStringLiteral("State")).toString().toLower();
        const QJsonValue labels = o.value(QStringLiteral("Labels"));
        const QString wsKey = QString::fromLatin1(kWorkspaceLabel);
        if (labels.isObject()) { // podman: a map
            c.runId = labels.toObject().value(runKey).toString();
            c.workspace = labels.toObject().value(wsKey).toString();
        } else { // docker: "k=v,k2=v2"
            for (const QString &kv : labels.toString().split(QLatin1Char(','))) {
                if (kv.startsWith(wsKey + QLatin1Char('=')))
                    c.workspace = kv.mid(wsKey.size() + 1);
                if (kv.startsWith(runKey + QLatin1Char('=')))
                    c.runId = kv.mid(runKey.size() + 1);
            }
        }
        list.append(c);
    }
    return list;
}

Result<void> DockerCliRuntime::removeContainers(const QStringList &ids)
{
    if (ids.isEmpty())
        return {};
    const CliResult r = runCli(QStringList{QStringLiteral("rm"), QStringLiteral("--force")} + ids,
                               kCliTimeoutMs);
    if (r.exitCode == -1 && r.out.isEmpty() && r.err.isEmpty())
        return binaryMissing(r.startError);
    if (r.exitCode == 0)
        return {};
    // Already gone is what we wanted; anything else is a real failure.
    QStringList problems;
    for (const QByteArray &l : r.err.split('\n')) {
        const QString s = QString::fromUtf8(l).trimmed();
        if (!s.isEmpty() && !s.contains(QLatin1String("No such container"), Qt::CaseInsensitive))
            problems.append(s);
    }
    if (problems.isEmpty())
        return {};
    return makeError(QStringLiteral("EngineError"),
                     tr("Cannot remove %n container(s)", nullptr, int(ids.size())),
                     problems.join(QLatin1String("; ")));
}

} // namespace wb::exec
