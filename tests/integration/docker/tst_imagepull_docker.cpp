// SPDX-License-Identifier: GPL-3.0-or-later
// Image pulls and the network option against a real engine (fixture "docker") and a private
// registry on 127.0.0.1 (registry-env.sh, Debian's docker-registry): the offline busybox image
// is pushed there and removed locally, then `mlwb-cli run` pulls it as the pull policy says
// (missing, never, always; --pull and the workspace setting), keeps pull.log, fails with the
// engine's message, and a cancel stops a pull that hangs. Nothing contacts the internet.
#include "core/exec/dockercliruntime.h"
#include "core/exec/executionplan.h"
#include "core/exec/runcontroller.h"
#include "core/exec/runsession.h"
#include "core/exec/runworkspace.h"
#include "core/manifest/pipelinefile.h"

#include "../executor/clirun.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace wb;
using namespace wb::exec;

namespace {

const QString kSource = QStringLiteral("mlwb/busybox:latest");

struct Cmd
{
    int exitCode = -1;
    QString out;
    QString err;
};

Cmd command(const QString &program, const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    p.start(program, args);
    Cmd c;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        c.err = QStringLiteral("timed out");
        return c;
    }
    c.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    c.out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    c.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    return c;
}

Cmd docker(const QStringList &args)
{
    return command(QStringLiteral("docker"), args);
}

bool imagePresent(const QString &image)
{
    return docker({QStringLiteral("image"), QStringLiteral("inspect"), image}).exitCode == 0;
}

QByteArray onePipeline(const QString &image, const QByteArray &annotations = {})
{
    QByteArray y = "name: Pull test\nimplementation:\n  graph:\n    tasks:\n      step:\n"
                   "        componentRef:\n          spec:\n            name: step\n"
                   "            outputs:\n            - {name: o}\n"
                   "            implementation:\n              container:\n                image: "
        + image.toUtf8()
        + "\n                command: [sh, -c, 'echo pulled-ok > \"$0\"', {outputPath: o}]\n";
    if (!annotations.isEmpty())
        y += "        annotations: {" + annotations + "}\n";
    return y;
}

/// A TCP port on 127.0.0.1 that accepts connections (the kernel's backlog) and never answers:
/// a registry that hangs.
class SilentPort
{
public:
    SilentPort()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a.sin_port = 0;
        socklen_t len = sizeof a;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 || ::listen(m_fd, 64) != 0
            || ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&a), &len) != 0)
            return;
        m_port = ntohs(a.sin_port);
    }
    ~SilentPort()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
};

} // namespace

class TstImagePullDocker : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_registryDir;
    QString m_address; ///< 127.0.0.1:PORT
    QString m_image;   ///< m_address/mlwb/pulltest:1, in the registry only
    int m_n = 0;

    static QString script(const char *name)
    {
        return QStringLiteral(MLWB_SOURCE_DIR "/tests/integration/docker/") + QLatin1String(name);
    }

    QString newWorkspace()
    {
        const QString ws = m_dir.filePath(QStringLiteral("ws%1").arg(++m_n));
        QDir().mkpath(ws);
        return ws;
    }

    QString writePipeline(const QString &ws, const QByteArray &yaml)
    {
        const QString path = ws + QStringLiteral("/p.pipeline.yaml");
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(yaml);
        return path;
    }

    static CliResult cliRun(const QString &pipeline, const QString &ws, const QStringList &extra = {})
    {
        return runCli(QStringList{QStringLiteral("run"), pipeline, QStringLiteral("--workspace"), ws,
                                  QStringLiteral("--runtime"), QStringLiteral("docker"), QStringLiteral("--json"),
                                  QStringLiteral("--logs")}
                      + extra);
    }

    void removeLocal(const QString &image)
    {
        docker({QStringLiteral("rmi"), image});
        QVERIFY2(!imagePresent(image), qPrintable(image));
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("MLWB_SKIP_DOCKER_TESTS") == QLatin1String("1"))
            QSKIP("MLWB_SKIP_DOCKER_TESTS=1: Docker tests skipped on request");
        QVERIFY(m_dir.isValid());
        DockerCliRuntime rt;
        const auto info = rt.probe();
        QVERIFY2(info.ok(), qPrintable(QStringLiteral("No container engine (tests/integration/docker/docker-env.sh "
                                                      "start): ") + (info.ok() ? QString() : info.error().text())));
        QVERIFY2(imagePresent(kSource), "mlwb/busybox:latest is missing: docker-env.sh images");

        m_registryDir = m_dir.filePath(QStringLiteral("registry"));
        const Cmd started = command(QStringLiteral("bash"), {script("registry-env.sh"), QStringLiteral("start"), m_registryDir});
        QVERIFY2(started.exitCode == 0, qPrintable(started.err));
        m_address = started.out.section(QLatin1Char('\n'), -1);
        QVERIFY2(m_address.startsWith(QStringLiteral("127.0.0.1:")), qPrintable(m_address));
        m_image = m_address + QStringLiteral("/mlwb/pulltest:1");

        QCOMPARE(docker({QStringLiteral("tag"), kSource, m_image}).exitCode, 0);
        const Cmd pushed = docker({QStringLiteral("push"), m_image});
        QVERIFY2(pushed.exitCode == 0, qPrintable(pushed.err));
        removeLocal(m_image);
    }

    void cleanupTestCase()
    {
        if (!m_image.isEmpty())
            docker({QStringLiteral("rmi"), m_image});
        if (!m_registryDir.isEmpty())
            command(QStringLiteral("bash"), {script("registry-env.sh"), QStringLiteral("stop"), m_registryDir});
    }

    void missingPolicyPullsAndKeepsLog()
    {
        QVERIFY(!imagePresent(m_image));
        const QString ws = newWorkspace();
        const CliResult r = cliRun(writePipeline(ws, onePipeline(m_image)), ws);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.state(QStringLiteral("step")), QStringLiteral("succeeded"));
        QVERIFY(imagePresent(m_image));
        QVERIFY2(fileContent(r.runDir() + QStringLiteral("/step/o/data")).startsWith("pulled-ok"), qPrintable(r.runDir()));

        const QString log = QString::fromUtf8(fileContent(runfiles::pullLogPath(r.runDir())));
        QVERIFY2(log.startsWith(QStringLiteral("Pulling %1 for task 'step' (pull policy: missing)").arg(m_image)),
                 qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("Status: Downloaded newer image for ") + m_image), qPrintable(log));
        const QString id = docker({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--format"),
                                   QStringLiteral("{{.Id}}"), m_image}).out;
        QVERIFY2(log.contains(QStringLiteral("Pulled %1 (%2)").arg(m_image, id)), qPrintable(log));
        // The CLI streamed the same lines.
        QVERIFY2(r.err.contains(QStringLiteral("[pull] Status: Downloaded newer image for ").toUtf8() + m_image.toUtf8()),
                 r.err.constData());
        const auto step = runfiles::readJson(runfiles::stepJsonPath(r.runDir(), QStringLiteral("step")));
        QCOMPARE(step->value(QStringLiteral("imageId")).toString(), id);
    }

    void neverPolicyRefusesMissingImage()
    {
        removeLocal(m_image);
        const QString ws = newWorkspace();
        const CliResult r = cliRun(writePipeline(ws, onePipeline(m_image)), ws, {QStringLiteral("--pull"), QStringLiteral("never")});
        QCOMPARE(r.exitCode, 1);
        const QString err = QString::fromUtf8(r.json.value(QStringLiteral("error")).toString().toUtf8() + r.err);
        QVERIFY2(err.contains(QStringLiteral("Task 'step' needs the image '%1', which is not on this machine, and the "
                                             "pull policy is \"never\"").arg(m_image)),
                 qPrintable(err));
        QVERIFY(!imagePresent(m_image));
        QVERIFY(!QFileInfo::exists(runfiles::runsDir(ws)));
    }

    void workspaceSettingIsThePolicy()
    {
        removeLocal(m_image);
        const QString ws = newWorkspace();
        QDir().mkpath(ws + QStringLiteral("/.mlwb"));
        QFile settings(ws + QStringLiteral("/.mlwb/settings.json"));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write(R"({"containers": {"pull": "never"}})");
        settings.close();
        const QString p = writePipeline(ws, onePipeline(m_image));
        CliResult r = cliRun(p, ws);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.json.value(QStringLiteral("error")).toString().contains(QStringLiteral("\"never\"")), r.out.constData());
        QVERIFY(!imagePresent(m_image));
        // --pull wins over the setting.
        r = cliRun(p, ws, {QStringLiteral("--pull"), QStringLiteral("missing")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFileInfo::exists(runfiles::pullLogPath(r.runDir())));
    }

    void alwaysPolicyPullsAgain()
    {
        if (!imagePresent(m_image))
            QCOMPARE(docker({QStringLiteral("pull"), m_image}).exitCode, 0);
        const QString ws = newWorkspace();
        const QString p = writePipeline(ws, onePipeline(m_image));
        CliResult r = cliRun(p, ws); // present: nothing pulled
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!QFileInfo::exists(runfiles::pullLogPath(r.runDir())));
        r = cliRun(p, ws, {QStringLiteral("--pull"), QStringLiteral("always"), QStringLiteral("--no-cache")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString log = QString::fromUtf8(fileContent(runfiles::pullLogPath(r.runDir())));
        QVERIFY2(log.contains(QStringLiteral("Pulling %1 for task 'step' (pull policy: always)").arg(m_image)), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("Pulled %1 (sha256:").arg(m_image)), qPrintable(log));
    }

    void failedPullSaysWhatTheEngineSaid()
    {
        const QString ws = newWorkspace();
        const QString image = m_address + QStringLiteral("/mlwb/pulltest:nope");
        const CliResult r = cliRun(writePipeline(ws, onePipeline(image)), ws);
        QCOMPARE(r.exitCode, 1);
        const QString error = r.json.value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(QStringLiteral("Task 'step' needs the image '%1': Cannot pull the image '%1': ").arg(image)),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("manifest unknown")) || error.contains(QStringLiteral("not found")),
                 qPrintable(error));
        QVERIFY(!QFileInfo::exists(runfiles::runsDir(ws)));
    }

    void cancelStopsAHangingPull()
    {
        SilentPort silent;
        QVERIFY(silent.port() > 0);
        const QString image = QStringLiteral("127.0.0.1:%1/mlwb/hangs:1").arg(silent.port());
        DockerCliRuntime rt;
        QElapsedTimer t;
        t.start();
        QStringList lines;
        const auto pulled = rt.pullImage(image, [&lines](const QString &l) { lines.append(l); },
                                         [&t] { return t.elapsed() > 1000; });
        QVERIFY(!pulled.ok());
        QCOMPARE(pulled.error().code, QStringLiteral("PullCancelled"));
        QVERIFY2(t.elapsed() < 8000, qPrintable(QString::number(t.elapsed())));
        // The client is gone, not left pulling.
        QTRY_VERIFY_WITH_TIMEOUT(command(QStringLiteral("pgrep"), {QStringLiteral("-f"), QStringLiteral("pull -- ") + image})
                                         .exitCode != 0,
                                 5000);

        // Through a run: start() fails "cancelled" and leaves nothing behind.
        const QString ws = newWorkspace();
        auto loaded = manifest::readPipeline(onePipeline(image), QStringLiteral("p.pipeline.yaml"), ws);
        QVERIFY(loaded.ok());
        PlanOptions po;
        po.baseDir = ws;
        auto plan = PlanCompiler::compile(loaded->snapshot, po);
        QVERIFY(plan.ok());
        RunController rc(&rt, nullptr);
        t.restart();
        rc.setCancelCheck([&t] { return t.elapsed() > 1000; });
        RunOptions opt;
        opt.workspace = ws;
        const auto started = rc.start(std::make_shared<const ExecutionPlan>(*plan), opt);
        QVERIFY(!started.ok());
        QCOMPARE(started.error().code, QStringLiteral("cancelled"));
        QVERIFY(t.elapsed() < 8000);
        QVERIFY(!QFileInfo::exists(runfiles::runsDir(ws)));
    }

    void sessionCancelStopsPullOnItsThread()
    {
        // The GUI's path: the pull runs on the session's worker thread, its lines arrive live
        // through queued signals, and Cancel (from this thread) stops it.
        SilentPort silent;
        QVERIFY(silent.port() > 0);
        const QString image = QStringLiteral("127.0.0.1:%1/mlwb/hangs:2").arg(silent.port());
        const QString ws = newWorkspace();
        const QString file = writePipeline(ws, onePipeline(image));
        auto loaded = manifest::readPipelineFile(file);
        QVERIFY(loaded.ok());
        RunSession session;
        QStringList lines;
        QString failure, code;
        connect(&session, &RunSession::pullLine, this,
                [&lines](const QString &, const QString &, const QString &line) { lines.append(line); });
        connect(&session, &RunSession::startFailed, this, [&failure, &code](const QString &text, const QString &c) {
            failure = text;
            code = c;
        });
        RunSessionRequest request;
        request.workspace = ws;
        request.runtime = RuntimeMode::Docker;
        request.pipeline = loaded->snapshot;
        request.pipelineFile = file;
        QVERIFY(session.start(request));
        QTRY_VERIFY_WITH_TIMEOUT(!lines.isEmpty(), 30000);
        QVERIFY2(lines.first().startsWith(QStringLiteral("Pulling %1 for task 'step'").arg(image)), qPrintable(lines.first()));
        QVERIFY(session.isBusy());
        QElapsedTimer t;
        t.start();
        session.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!session.isBusy(), 10000);
        QVERIFY2(t.elapsed() < 8000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(code, QStringLiteral("cancelled"));
        QVERIFY2(failure.contains(image), qPrintable(failure));
        QVERIFY(!QFileInfo::exists(runfiles::runsDir(ws)));
    }

    void networkOptionDecidesTheContainersNetwork()
    {
        // Two steps at once, each sleeping long enough to be inspected while it runs.
        auto task = [](const QByteArray &name, const QByteArray &annotations) {
            QByteArray y = "      " + name + ":\n        componentRef:\n          spec:\n            name: " + name
                + "\n            implementation:\n              container:\n                image: mlwb/busybox:latest\n"
                  "                command: [sh, -c, 'ls /sys/class/net; sleep 4']\n";
            if (!annotations.isEmpty())
                y += "        annotations: {" + annotations + "}\n";
            return y;
        };
        const QString ws = newWorkspace();
        auto loaded = manifest::readPipeline("name: Net\nimplementation:\n  graph:\n    tasks:\n"
                                                 + task("open", "mlwb.io/network: 'true'") + task("closed", {}),
                                             QStringLiteral("p.pipeline.yaml"), ws);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().text()));
        PlanOptions po;
        po.baseDir = ws;
        auto plan = PlanCompiler::compile(loaded->snapshot, po);
        QVERIFY(plan.ok());
        DockerCliRuntime rt;
        RunController rc(&rt, nullptr);
        RunOptions opt;
        opt.workspace = ws;
        opt.maxParallel = 2;
        const auto started = rc.start(std::make_shared<const ExecutionPlan>(*plan), opt);
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().text()));
        const QString runId = *started;

        QMap<QString, QString> modes; // task -> HostConfig.NetworkMode, seen while running
        QElapsedTimer t;
        t.start();
        while (modes.size() < 2 && t.elapsed() < 60000 && rc.isRunning()) {
            QTest::qWait(200);
            for (const QString &taskName : {QStringLiteral("open"), QStringLiteral("closed")}) {
                if (modes.contains(taskName))
                    continue;
                const Cmd ps = docker({QStringLiteral("ps"), QStringLiteral("--filter"),
                                       QStringLiteral("label=io.mlwb.run=") + runId, QStringLiteral("--filter"),
                                       QStringLiteral("label=io.mlwb.task=") + taskName, QStringLiteral("--format"),
                                       QStringLiteral("{{.ID}}")});
                if (ps.out.isEmpty())
                    continue;
                const Cmd mode = docker({QStringLiteral("inspect"), QStringLiteral("--format"),
                                         QStringLiteral("{{.HostConfig.NetworkMode}}"), ps.out.section(QLatin1Char('\n'), 0, 0)});
                if (mode.exitCode == 0)
                    modes.insert(taskName, mode.out);
            }
        }
        QVERIFY2(modes.size() == 2, qPrintable(QStringList(modes.keys()).join(QLatin1Char(','))));
        QCOMPARE(modes.value(QStringLiteral("closed")), QStringLiteral("none"));
        QVERIFY2(modes.value(QStringLiteral("open")) != QLatin1String("none") && !modes.value(QStringLiteral("open")).isEmpty(),
                 qPrintable(modes.value(QStringLiteral("open"))));

        QTRY_VERIFY_WITH_TIMEOUT(!rc.isRunning(), 60000);
        QVERIFY2(rc.result().outcome == RunOutcome::Succeeded, qPrintable(rc.result().error));
        const QString openLog = QString::fromUtf8(fileContent(runfiles::logPath(rc.result().runDir, QStringLiteral("open"), 1)));
        const QString closedLog = QString::fromUtf8(fileContent(runfiles::logPath(rc.result().runDir, QStringLiteral("closed"), 1)));
        QVERIFY2(openLog.startsWith(QStringLiteral("[sys] network: on (task option)\n[sys] docker run ")), qPrintable(openLog));
        QVERIFY2(!openLog.contains(QStringLiteral("--network none")), qPrintable(openLog));
        QVERIFY2(closedLog.startsWith(QStringLiteral("[sys] docker run ")), qPrintable(closedLog));
        QVERIFY2(closedLog.contains(QStringLiteral(" --network none ")), qPrintable(closedLog));
        QVERIFY2(closedLog.contains(QStringLiteral("[out] lo")), qPrintable(closedLog));
    }
};

QTEST_GUILESS_MAIN(TstImagePullDocker)
#include "tst_imagepull_docker.moc"
