// SPDX-License-Identifier: GPL-3.0-or-later
// DockerCliRuntime against a real engine (CTest fixture "docker" starts one). Fails loudly
// when no engine answers; MLWB_SKIP_DOCKER_TESTS=1 turns that into an explicit skip.
#include "core/exec/containerlimits.h"
#include "core/exec/dockercliruntime.h"

#include "../../core/exec/runrecorder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace wb::exec;

static const QString kImage = QStringLiteral("mlwb/busybox:latest");

class TstDockerRuntime : public QObject
{
    Q_OBJECT

private:
    int m_counter = 0;

    QString newRunId() { return QStringLiteral("tst-%1-%2").arg(::getpid()).arg(++m_counter); }

    ContainerRequest shell(const QString &script)
    {
        ContainerRequest r;
        r.runId = newRunId();
        r.taskName = QStringLiteral("step");
        r.image = kImage;
        r.command = {QStringLiteral("sh"), QStringLiteral("-c"), script};
        return r;
    }

    static QString script()
    {
        return QStringLiteral(MLWB_SOURCE_DIR "/tests/integration/docker/docker-env.sh");
    }

    static int countWithLabel(DockerCliRuntime &rt, const QString &runId)
    {
        const auto list = rt.listContainers(QStringLiteral("io.mlwb.run=") + runId);
        return list.ok() ? int(list->size()) : -1;
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("MLWB_SKIP_DOCKER_TESTS") == QLatin1String("1"))
            QSKIP("MLWB_SKIP_DOCKER_TESTS=1: Docker tests skipped on request");
        DockerCliRuntime rt;
        const auto info = rt.probe();
        if (!info.ok()) {
            QFAIL(qPrintable(QStringLiteral("No container engine for the docker tests (run "
                                            "tests/integration/docker/docker-env.sh start, or set "
                                            "MLWB_SKIP_DOCKER_TESTS=1): ")
                             + info.error().text()));
        }
        QVERIFY2(rt.imageId(kImage).ok(), "mlwb/busybox:latest is missing: docker-env.sh images");
    }

    void probeOk()
    {
        DockerCliRuntime rt;
        const auto info = rt.probe();
        QVERIFY(info.ok());
        QCOMPARE(info->name, QStringLiteral("docker"));
        QVERIFY(!info->version.isEmpty());
        QVERIFY(!info->serverVersion.isEmpty());
        QVERIFY(info->isolated);
        QVERIFY(rt.imageId(kImage)->startsWith(QStringLiteral("sha256:")));
    }

    void probeUnreachableEngine()
    {
        DockerCliRuntime rt;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("unix:///nonexistent"));
        rt.setClientEnvironment(env);
        QElapsedTimer t;
        t.start();
        const auto info = rt.probe();
        QVERIFY(t.elapsed() < 20000);
        QVERIFY(!info.ok());
        QCOMPARE(info.error().code, QStringLiteral("NoEngine"));
        const QString msg = info.error().message;
        QVERIFY2(msg.contains(QStringLiteral("No Docker engine is reachable at unix:///nonexistent "
                                             "(DOCKER_HOST=unix:///nonexistent)")),
                 qPrintable(msg));
        QVERIFY(msg.contains(QStringLiteral("process runner")));
    }

    void runEcho()
    {
        DockerCliRuntime rt;
        RunRecorder rec(&rt);
        ContainerRequest r;
        r.runId = newRunId();
        r.taskName = QStringLiteral("echo");
        r.image = kImage;
        r.command = {QStringLiteral("echo")};
        r.args = {QStringLiteral("hi")};
        const RunHandle h = rt.start(r);
        QVERIFY(rec.waitFinished(h, 60000));
        const auto rec1 = rec.record(h);
        QVERIFY2(rec1.info.succeeded(), qPrintable(rec1.info.error + RunRecorder::joined(rec1.err)));
        QCOMPARE(rec1.out, (QList<QByteArray>{"hi"}));
        QVERIFY(rec1.started);
        QVERIFY(RunRecorder::joined(rec1.system).startsWith(QStringLiteral("docker run ")));
        QCOMPARE(countWithLabel(rt, r.runId), 0); // removed before finished()
    }

    void argvLiteralAndStreamsSeparate()
    {
        DockerCliRuntime rt;
        RunRecorder rec(&rt);
        ContainerRequest r;
        r.runId = newRunId();
        r.taskName = QStringLiteral("printf");
        r.image = kImage;
        r.command = {QStringLiteral("printf"), QStringLiteral("<%s>\\n")};
        r.args = {QStringLiteral("a b"), QStringLiteral("'q'"), QStringLiteral("$(id)"),
                  QStringLiteral("x\ny"), QString()};
        const RunHandle h = rt.start(r);
        ContainerRequest s = shell(QStringLiteral("echo out; echo err >&2; exit 3"));
        const RunHandle h2 = rt.start(s);
        QVERIFY(rec.waitFinished(h, 60000));
        QVERIFY(rec.waitFinished(h2, 60000));
        QCOMPARE(RunRecorder::joined(rec.record(h).out),
                 QStringLiteral("<a b>\n<'q'>\n<$(id)>\n<x\ny>\n<>"));
        QCOMPARE(rec.record(h2).out, (QList<QByteArray>{"out"}));
        QCOMPARE(rec.record(h2).err, (QList<QByteArray>{"err"}));
        QCOMPARE(rec.record(h2).info.exitCode, 3);
        QVERIFY(rec.record(h2).info.error.isEmpty());
    }

    void hardeningEffective()
    {
        DockerCliRuntime rt;
        RunRecorder rec(&rt);
        const QString probe = QStringLiteral(
            "grep -E '^(CapEff|NoNewPrivs)' /proc/self/status; ls /sys/class/net; id -u; id -g");
        const RunHandle h = rt.start(shell(probe));
        QVERIFY(rec.waitFinished(h, 60000));
        QVERIFY2(rec.record(h).info.succeeded(), qPrintable(RunRecorder::joined(rec.record(h).err)));
        const QStringList lines = RunRecorder::joined(rec.record(h).out).split(QLatin1Char('\n'));
        QVERIFY(lines.contains(QStringLiteral("CapEff:\t0000000000000000")));
        QVERIFY(lines.contains(QStringLiteral("NoNewPrivs:\t1")));
        QVERIFY(lines.contains(QStringLiteral("lo")));
        QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^(eth|veth|ens|enp|br)"))).size(), 0);
        QCOMPARE(lines.at(lines.size() - 2), QString::number(::getuid()));
        QCOMPARE(lines.last(), QString::number(::getgid()));

        // Relaxed only when asked: root inside with the default capability set.
        ContainerRequest relaxed = shell(probe);
        relaxed.hardening.dropAllCaps = false;
        relaxed.hardening.noNewPrivileges = false;
        relaxed.user = QStringLiteral("0:0");
        const RunHandle h2 = rt.start(relaxed);
        QVERIFY(rec.waitFinished(h2, 60000));
        const QStringList l2 = RunRecorder::joined(rec.record(h2).out).split(QLatin1Char('\n'));
        QVERIFY(!l2.contains(QStringLiteral("CapEff:\t0000000000000000")));
        QVERIFY(l2.contains(QStringLiteral("NoNewPrivs:\t0")));
    }

    void mountsReadOnlyAndOwnership()
    {
        QTemporaryDir host;
        const QString in = host.filePath(QStringLiteral("in"));
        const QString out = host.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(in) && QDir().mkpath(out));
        {
            QFile f(in + QStringLiteral("/data"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("input-bytes");
        }
        DockerCliRuntime rt;
        RunRecorder rec(&rt);
        ContainerRequest r = shell(QStringLiteral(
            "cat /tmp/inputs/x/data; echo; if echo no > /tmp/inputs/x/new; then echo WROTE; "
            "else echo ro-ok; fi; echo result > /tmp/outputs/y/data"));
        r.mounts = {{in, QStringLiteral("/tmp/inputs/x"), true},
                    {out, QStringLiteral("/tmp/outputs/y"), false}};
        const RunHandle h = rt.start(r);
        QVERIFY(rec.waitFinished(h, 60000));
        QVERIFY2(rec.record(h).info.succeeded(), qPrintable(RunRecorder::joined(rec.record(h).err)));
        QCOMPARE(rec.record(h).out, (QList<QByteArray>{"input-bytes", "ro-ok"}));
        QVERIFY(!QFile::exists(in + QStringLiteral("/new")));
        struct stat st{};
        QCOMPARE(::stat(QFile::encodeName(out + QStringLiteral("/data")).constData(), &st), 0);
        QCOMPARE(st.st_uid, ::getuid());
        QCOMPARE(st.st_gid, ::getgid());

        if (::getuid() == 0) { // an explicit user is honoured (needs root to chown the dir)
            const QString other = host.filePath(QStringLiteral("other"));
            QVERIFY(QDir().mkpath(other));
            QCOMPARE(::chown(QFile::encodeName(other).constData(), 4242, 4242), 0);
            ContainerRequest u = shell(QStringLiteral("id -u; echo x > /tmp/outputs/z/data"));
            u.user = QStringLiteral("4242:4242");
            u.mounts = {{other, QStringLiteral("/tmp/outputs/z"), false}};
            const RunHandle h2 = rt.start(u);
            QVERIFY(rec.waitFinished(h2, 60000));
            QCOMPARE(rec.record(h2).out, (QList<QByteArray>{"4242"}));
            QCOMPARE(::stat(QFile::encodeName(other + QStringLiteral("/data")).constData(), &st), 0);
            QCOMPARE(st.st_uid, uid_t(4242));
        }
    }

    void secretReachesStepButNotLogs()
    {
        DockerCliRuntime rt;
        RunRecorder rec(&rt);
        ContainerRequest r = shell(QStringLiteral("test \"$API_TOKEN\" = hunter2-xyz && echo ok"));
        r.env.insert(QStringLiteral("API_TOKEN"), QStringLiteral("hunter2-xyz"));
        r.env.insert(QStringLiteral("PLAIN"), QStringLiteral("p"));
        r.secretEnvNames = {QStringLiteral("API_TOKEN")};
        const RunHandle h = rt.start(r);
        QVERIFY(rec.waitFinished(h, 60000));
        QCOMPARE(rec.record(h).out, (QList<QByteArray>{"ok"}));
        QVERIFY(!RunRecorder::joined(rec.record(h).system).contains(QStringLiteral("hunter2")));
    }

    void timeoutKills()
    {
        DockerCliRuntime rt;
        RunRecorder rec(&rt);
        ContainerRequest r = shell(QStringLiteral("echo ready; sleep 30"));
        r.timeoutMs = 1500;
        QElapsedTimer t;
        t.start();
        const RunHandle h = rt.start(r);
        QVERIFY(rec.waitFinished(h, 30000));
        QVERIFY2(t.elapsed() < 15000, "timeout did not stop the container promptly");
        QVERIFY(rec.record(h).info.timedOut);
        QVERIFY(!rec.record(h).info.succeeded());
        QTRY_COMPARE_WITH_TIMEOUT(countWithLabel(rt, r.runId), 0, 10000);
    }

    void cancelKillsAndLeavesNoContainer()
    {
        DockerCliRuntime rt;
        RunRecorder rec(&rt);
        ContainerRequest r = shell(QStringLiteral("echo ready; sleep 30"));
        const RunHandle h = rt.start(r);
        QVERIFY(rec.waitStdout(h, 30000));
        QCOMPARE(countWithLabel(rt, r.runId), 1);
        QElapsedTimer t;
        t.start();
        rt.cancel(h);
        QVERIFY(rec.waitFinished(h, 30000));
        QVERIFY(t.elapsed() < 15000);
        QVERIFY(rec.record(h).info.cancelled);
        QCOMPARE(rec.record(h).finishedCount, 1);
        QCOMPARE(countWithLabel(rt, r.runId), 0);

        // Cancelled before the container even exists: still stopped, still nothing left.
        ContainerRequest early = shell(QStringLiteral("sleep 30"));
        const RunHandle h2 = rt.start(early);
        rt.cancel(h2);
        QVERIFY(rec.waitFinished(h2, 30000));
        QVERIFY(rec.record(h2).info.cancelled);
        QTRY_COMPARE_WITH_TIMEOUT(countWithLabel(rt, early.runId), 0, 10000);
    }

    void forkBeyondPidsLimitFails()
    {
        DockerCliRuntime rt;
        RunRecorder rec(&rt);
        const QString forks = QStringLiteral("for i in $(seq 50); do sleep 2 & done; echo all-started; wait");
        ContainerRequest limited = shell(forks);
        limited.resources.pidsLimit = 20;
        const RunHandle h = rt.start(limited);
        QVERIFY(rec.waitFinished(h, 60000));
        const auto r = rec.record(h);
        QVERIFY2(RunRecorder::joined(r.system).contains(QStringLiteral(" --pids-limit 20 ")),
                 qPrintable(RunRecorder::joined(r.system)));
        QVERIFY(!r.info.succeeded());
        QVERIFY(r.info.exitCode > 0);
        QVERIFY(!r.info.oomKilled);
        QVERIFY(r.out.isEmpty()); // the loop never got through its 50 forks
        QVERIFY2(RunRecorder::joined(r.err).contains(QStringLiteral("can't fork")),
                 qPrintable(RunRecorder::joined(r.err)));
        QCOMPARE(countWithLabel(rt, limited.runId), 0);

        // The same script under the default limit starts all 50: the limit made the difference.
        ContainerRequest roomy = shell(forks);
        roomy.resources.pidsLimit = ContainerDefaults{}.pidsLimit;
        const RunHandle h2 = rt.start(roomy);
        QVERIFY(rec.waitFinished(h2, 60000));
        QVERIFY2(rec.record(h2).info.succeeded(), qPrintable(RunRecorder::joined(rec.record(h2).err)));
        QCOMPARE(rec.record(h2).out, (QList<QByteArray>{"all-started"}));
    }

    void memoryLimitOomKilledIsReported()
    {
        DockerCliRuntime rt;
        RunRecorder rec(&rt);
        // busybox dd allocates its 200 MB block and fills it: far beyond 32 MiB.
        ContainerRequest r = shell(QStringLiteral("dd if=/dev/zero of=/dev/null bs=200M count=1"));
        r.resources.memoryBytes = 32LL << 20;
        const RunHandle h = rt.start(r);
        QVERIFY(rec.waitFinished(h, 60000));
        const auto rec1 = rec.record(h);
        const QString system = RunRecorder::joined(rec1.system);
        QVERIFY2(system.contains(QStringLiteral(" --memory 33554432b --memory-swap 33554432b ")), qPrintable(system));
        QCOMPARE(rec1.info.exitCode, 137);
        QVERIFY2(rec1.info.oomKilled, qPrintable(system + RunRecorder::joined(rec1.err)));
        QVERIFY(!rec1.info.succeeded());
        QVERIFY(rec1.info.error.isEmpty()); // the step failed, not the engine
        QVERIFY2(system.contains(QStringLiteral("Killed: out of memory (limit 32 MiB). Raise the task's "
                                                "memory limit or the workspace default.")),
                 qPrintable(system));
        QCOMPARE(countWithLabel(rt, r.runId), 0); // inspected, then removed

        // Exit 137 without the OOM killer is not reported as one.
        ContainerRequest plain = shell(QStringLiteral("exit 137"));
        plain.resources.memoryBytes = 32LL << 20;
        const RunHandle h2 = rt.start(plain);
        QVERIFY(rec.waitFinished(h2, 60000));
        QCOMPARE(rec.record(h2).info.exitCode, 137);
        QVERIFY(!rec.record(h2).info.oomKilled);
        QVERIFY(!RunRecorder::joined(rec.record(h2).system).contains(QStringLiteral("out of memory")));
        QCOMPARE(countWithLabel(rt, plain.runId), 0);
    }

    void missingImageNamed()
    {
        DockerCliRuntime rt;
        const QString image = QStringLiteral("mlwb/does-not-exist:0.0");
        const auto id = rt.imageId(image);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, QStringLiteral("ImageMissing"));
        QVERIFY(id.error().message.contains(QStringLiteral("'mlwb/does-not-exist:0.0'")));
        QVERIFY(id.error().message.contains(QStringLiteral("is not on this machine")));
        RunRecorder rec(&rt);
        ContainerRequest r = shell(QStringLiteral("true"));
        r.image = image;
        const RunHandle h = rt.start(r);
        QVERIFY(rec.waitFinished(h, 60000));
        QVERIFY2(rec.record(h).info.error.contains(image), qPrintable(rec.record(h).info.error));
    }

    void orphanCleanupByLabel()
    {
        DockerCliRuntime rt;
        const QString runId = newRunId();
        const QString otherRun = newRunId();
        for (const QString &id : {runId, runId, otherRun}) {
            QProcess p;
            p.start(QStringLiteral("docker"),
                    {QStringLiteral("create"), QStringLiteral("--label"),
                     QStringLiteral("io.mlwb.run=") + id, kImage, QStringLiteral("true")});
            QVERIFY(p.waitForFinished(30000));
            QCOMPARE(p.exitCode(), 0);
        }
        auto list = rt.listContainers(QStringLiteral("io.mlwb.run=") + runId);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QStringList ids;
        for (const ContainerInfo &c : *list) {
            QCOMPARE(c.runId, runId);
            QCOMPARE(c.state, QStringLiteral("created"));
            ids.append(c.id);
        }
        QVERIFY(rt.removeContainers(ids).ok());
        QCOMPARE(countWithLabel(rt, runId), 0);
        QCOMPARE(countWithLabel(rt, otherRun), 1);
        const auto all = rt.listContainers();
        QVERIFY(all.ok());
        QVERIFY(std::any_of(all->begin(), all->end(),
                            [&](const ContainerInfo &c) { return c.runId == otherRun; }));
        QStringList rest;
        const auto others = rt.listContainers(QStringLiteral("io.mlwb.run=") + otherRun);
        QVERIFY(others.ok());
        for (const ContainerInfo &c : *others)
            rest.append(c.id);
        QVERIFY(rt.removeContainers(rest).ok());
        QVERIFY(rt.removeContainers(rest).ok()); // already gone is fine
    }

    // Last: uses a private spare engine (own socket) so the main one is never disturbed.
    void engineKilledMidRun()
    {
        QTemporaryDir dir(QStringLiteral("/tmp/mlwb-spare-XXXXXX"));
        QVERIFY(dir.isValid());
        auto env = [&](const QString &cmd) {
            QProcess p;
            p.start(QStringLiteral("bash"), {script(), cmd, dir.path()});
            p.waitForFinished(120000);
            if (p.exitCode() != 0)
                qWarning("docker-env.sh %s: %s", qPrintable(cmd), p.readAllStandardError().constData());
            return p.exitCode() == 0 ? QString::fromUtf8(p.readAllStandardOutput()).trimmed()
                                     : QString();
        };
        const QString host = env(QStringLiteral("spare-start"));
        struct Cleanup { std::function<void()> f; ~Cleanup() { f(); } } cleanup{
            [&] { env(QStringLiteral("spare-stop")); }};
        QVERIFY2(host.startsWith(QStringLiteral("unix://")), "spare dockerd did not start");

        DockerCliRuntime rt;
        QProcessEnvironment penv = QProcessEnvironment::systemEnvironment();
        penv.insert(QStringLiteral("DOCKER_HOST"), host);
        rt.setClientEnvironment(penv);
        QVERIFY(rt.probe().ok());
        RunRecorder rec(&rt);
        ContainerRequest r = shell(QStringLiteral("echo ready; sleep 30"));
        const RunHandle h = rt.start(r);
        QVERIFY(rec.waitStdout(h, 30000));
        env(QStringLiteral("spare-kill"));
        QElapsedTimer t;
        t.start();
        QVERIFY2(rec.waitFinished(h, 20000), "the runtime hung after the engine died");
        const ExitInfo info = rec.record(h).info;
        QVERIFY(!info.succeeded());
        QVERIFY2(info.error.contains(QStringLiteral("container engine failed")),
                 qPrintable(info.error));
        QVERIFY(!rt.probe().ok());

        // Back up again: whatever the dead engine left (the runtime's own `docker rm` could not
        // reach it) is found by label and removed.
        QVERIFY(!env(QStringLiteral("spare-start")).isEmpty());
        QVERIFY(countWithLabel(rt, r.runId) >= 0);
        QStringList ids;
        const auto left = rt.listContainers(QStringLiteral("io.mlwb.run=") + r.runId);
        QVERIFY(left.ok());
        for (const ContainerInfo &c : *left)
            ids.append(c.id);
        QVERIFY(rt.removeContainers(ids).ok());
        QCOMPARE(countWithLabel(rt, r.runId), 0);
    }
};

QTEST_GUILESS_MAIN(TstDockerRuntime)
#include "tst_dockerruntime.moc"
