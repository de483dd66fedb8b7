// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exec/processruntime.h"

#include "runrecorder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

using namespace wb::exec;

class TstProcessRuntime : public QObject
{
    Q_OBJECT

private:
    static ContainerRequest shell(const QString &script, const QStringList &extra = {})
    {
        ContainerRequest r;
        r.runId = QStringLiteral("r1");
        r.taskName = QStringLiteral("t");
        r.image = QStringLiteral("ignored:latest");
        r.command = {QStringLiteral("/bin/sh"), QStringLiteral("-c"), script, QStringLiteral("sh")};
        r.args = extra;
        return r;
    }

    static bool processGone(qint64 pid)
    {
        if (::kill(pid_t(pid), 0) != 0)
            return true;
        // A zombie waiting for its reaper is gone for our purposes.
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return true;
        const QByteArray s = stat.readAll();
        return s.mid(s.lastIndexOf(')') + 2, 1) == "Z";
    }

private slots:
    void probeSaysNotIsolated()
    {
        ProcessRuntime rt;
        const auto info = rt.probe();
        QVERIFY(info.ok());
        QCOMPARE(info->name, QStringLiteral("process"));
        QVERIFY(!info->isolated);

        RunRecorder rec(&rt);
        const RunHandle h = rt.start(shell(QStringLiteral("true")));
        QVERIFY(rec.waitFinished(h));
        QVERIFY(rec.record(h).started);
        QVERIFY(RunRecorder::joined(rec.record(h).system)
                    .contains(QStringLiteral("without isolation")));
        QVERIFY(rec.record(h).info.succeeded());
        QCOMPARE(rec.record(h).finishedCount, 1);
    }

    void argvPassedLiterallyWithoutShell()
    {
        QTemporaryDir tmp;
        const QString marker = tmp.filePath(QStringLiteral("pwned"));
        ProcessRuntime rt;
        RunRecorder rec(&rt);
        ContainerRequest r;
        r.command = {QStringLiteral("printf"), QStringLiteral("<%s>\\n")};
        r.args = {QStringLiteral("a b"), QStringLiteral("'single'"), QStringLiteral("\"double\""),
                  QStringLiteral("$(touch %1)").arg(marker), QStringLiteral("`touch %1`").arg(marker),
                  QStringLiteral("one\ntwo"), QStringLiteral("*"), QString(),
                  QStringLiteral("$HOME;|&>x")};
        const RunHandle h = rt.start(r);
        QVERIFY(rec.waitFinished(h));
        QCOMPARE(rec.record(h).info.exitCode, 0);
        const QStringList expected{
            QStringLiteral("<a b>"), QStringLiteral("<'single'>"), QStringLiteral("<\"double\">"),
            QStringLiteral("<$(touch %1)>").arg(marker), QStringLiteral("<`touch %1`>").arg(marker),
            QStringLiteral("<one"), QStringLiteral("two>"), QStringLiteral("<*>"),
            QStringLiteral("<>"), QStringLiteral("<$HOME;|&>x>")};
        QCOMPARE(RunRecorder::joined(rec.record(h).out).split(QLatin1Char('\n')), expected);
        QVERIFY2(!QFile::exists(marker), "an argument was interpreted by a shell");
        QVERIFY(!QFile::exists(QStringLiteral("x")));
    }

    void mapPathsRule_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("exact") << "/tmp/inputs/x" << "/host/in";
        QTest::newRow("below") << "/tmp/inputs/x/data" << "/host/in/data";
        QTest::newRow("after =") << "--in=/tmp/inputs/x/data" << "--in=/host/in/data";
        QTest::newRow("after :") << "a:/tmp/outputs/y/data" << "a:/host/out/data";
        QTest::newRow("two") << "/tmp/inputs/x,/tmp/outputs/y" << "/host/in,/host/out";
        QTest::newRow("longest wins") << "/tmp/outputs/y/deep/f" << "/host/deep/f";
        QTest::newRow("not a prefix of a longer name") << "/tmp/inputs/xy" << "/tmp/inputs/xy";
        QTest::newRow("not inside another path") << "/data/tmp/inputs/x" << "/data/tmp/inputs/x";
        QTest::newRow("unrelated") << "hello /tmp/other" << "hello /tmp/other";
        QTest::newRow("in sentence") << "write to /tmp/outputs/y/data now"
                                     << "write to /host/out/data now";
    }
    void mapPathsRule()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        const QList<Mount> mounts{{QStringLiteral("/host/in"), QStringLiteral("/tmp/inputs/x"), true},
                                  {QStringLiteral("/host/out/"), QStringLiteral("/tmp/outputs/y"), false},
                                  {QStringLiteral("/host/deep"), QStringLiteral("/tmp/outputs/y/deep"), false}};
        QCOMPARE(ProcessRuntime::mapPaths(in, mounts), out);
    }

    void pathsAndEnvMappedWhenRunning()
    {
        QTemporaryDir host;
        QVERIFY(QDir(host.path()).mkpath(QStringLiteral("out")));
        QVERIFY(QDir(host.path()).mkpath(QStringLiteral("work")));
        ProcessRuntime rt;
        RunRecorder rec(&rt);
        ContainerRequest r = shell(QStringLiteral("echo \"$GREETING\" > \"$1\"; echo \"$OUT\"; pwd"),
                                   {QStringLiteral("/tmp/outputs/y/data")});
        r.env.insert(QStringLiteral("GREETING"), QStringLiteral("hello world"));
        r.env.insert(QStringLiteral("OUT"), QStringLiteral("/tmp/outputs/y/data"));
        r.mounts = {{host.filePath(QStringLiteral("out")), QStringLiteral("/tmp/outputs/y"), false},
                    {host.filePath(QStringLiteral("work")), QStringLiteral("/work"), false}};
        r.workdir = QStringLiteral("/work");
        const RunHandle h = rt.start(r);
        QVERIFY(rec.waitFinished(h));
        QVERIFY2(rec.record(h).info.succeeded(), qPrintable(rec.record(h).info.error));
        QFile f(host.filePath(QStringLiteral("out/data")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("hello world\n"));
        QCOMPARE(rec.record(h).out.value(0), host.filePath(QStringLiteral("out/data")).toUtf8());
        QCOMPARE(rec.record(h).out.value(1), host.filePath(QStringLiteral("work")).toUtf8());
    }

    void exitCodesAndSignals()
    {
        ProcessRuntime rt;
        RunRecorder rec(&rt);
        const RunHandle ok = rt.start(shell(QStringLiteral("exit 0")));
        const RunHandle three = rt.start(shell(QStringLiteral("exit 3")));
        const RunHandle sig = rt.start(shell(QStringLiteral("kill -TERM $$")));
        for (RunHandle h : {ok, three, sig})
            QVERIFY(rec.waitFinished(h));
        QCOMPARE(rec.record(ok).info.exitCode, 0);
        QCOMPARE(rec.record(three).info.exitCode, 3);
        QVERIFY(!rec.record(three).info.succeeded());
        QVERIFY(rec.record(three).info.error.isEmpty());
        QCOMPARE(rec.record(sig).info.signal, int(SIGTERM));
        QVERIFY(!rec.record(sig).info.succeeded());
        QVERIFY(rec.record(ok).info.endMs >= rec.record(ok).info.startMs);
        QVERIFY(rec.record(ok).info.startMs > 0);
    }

    void stdoutAndStderrSeparate()
    {
        ProcessRuntime rt;
        RunRecorder rec(&rt);
        const RunHandle h = rt.start(shell(QStringLiteral(
            "echo out1; echo err1 >&2; echo out2; printf 'err-no-newline' >&2")));
        QVERIFY(rec.waitFinished(h));
        QCOMPARE(rec.record(h).out, (QList<QByteArray>{"out1", "out2"}));
        QCOMPARE(rec.record(h).err, (QList<QByteArray>{"err1", "err-no-newline"}));
    }

    void timeoutKillsProcessGroup()
    {
        ProcessRuntime rt;
        RunRecorder rec(&rt);
        ContainerRequest r = shell(QStringLiteral("sleep 30 & echo $!; wait"));
        r.timeoutMs = 500;
        QElapsedTimer t;
        t.start();
        const RunHandle h = rt.start(r);
        QVERIFY(rec.waitFinished(h, 10000));
        QVERIFY2(t.elapsed() < 5000, "the timeout did not stop the step promptly");
        const auto info = rec.record(h).info;
        QVERIFY(info.timedOut);
        QVERIFY(!info.succeeded());
        QVERIFY(info.error.contains(QStringLiteral("did not finish")));
        const qint64 child = rec.record(h).out.value(0).toLongLong();
        QVERIFY(child > 0);
        QTRY_VERIFY_WITH_TIMEOUT(processGone(child), 3000);
    }

    void cancelKills()
    {
        ProcessRuntime rt;
        RunRecorder rec(&rt);
        const RunHandle h = rt.start(shell(QStringLiteral("echo $$; sleep 30")));
        QVERIFY(rec.waitStdout(h));
        QVERIFY(rt.isRunning(h));
        const qint64 pid = rec.record(h).out.value(0).toLongLong();
        QElapsedTimer t;
        t.start();
        rt.cancel(h);
        QVERIFY(rec.waitFinished(h, 5000));
        QVERIFY(t.elapsed() < 3000);
        QVERIFY(rec.record(h).info.cancelled);
        QVERIFY(!rec.record(h).info.succeeded());
        QVERIFY(!rt.isRunning(h));
        QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), 3000);
        QCOMPARE(rec.record(h).finishedCount, 1);
    }

    void listAndRemoveByLabel()
    {
        ProcessRuntime rt;
        RunRecorder rec(&rt);
        ContainerRequest a = shell(QStringLiteral("sleep 30"));
        a.runId = QStringLiteral("run-a");
        ContainerRequest b = a;
        b.runId = QStringLiteral("run-b");
        const RunHandle ha = rt.start(a);
        const RunHandle hb = rt.start(b);
        const auto list = rt.listContainers(QStringLiteral("io.mlwb.run=run-a"));
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().runId, QStringLiteral("run-a"));
        QVERIFY(rt.removeContainers({list->first().id}).ok());
        QVERIFY(rec.waitFinished(ha, 5000));
        QVERIFY(rt.isRunning(hb));
        rt.cancel(hb);
        QVERIFY(rec.waitFinished(hb, 5000));
    }

    void secretsRedacted()
    {
        const QString secret = QStringLiteral("s3cr3t-Value!");
        ProcessRuntime rt;
        RunRecorder rec(&rt);
        ContainerRequest r = shell(QStringLiteral("test \"$API_TOKEN\" = \"$1\" && echo has-secret"),
                                   {secret});
        r.env.insert(QStringLiteral("API_TOKEN"), secret);
        r.env.insert(QStringLiteral("PLAIN"), QStringLiteral("visible"));
        r.secretEnvNames = {QStringLiteral("API_TOKEN")};
        const QString rendered = rt.renderCommand(r);
        QVERIFY2(!rendered.contains(secret), qPrintable(rendered));
        QVERIFY(rendered.contains(QStringLiteral("API_TOKEN=***")));
        QVERIFY(rendered.contains(QStringLiteral("PLAIN=visible")));
        const RunHandle h = rt.start(r);
        QVERIFY(rec.waitFinished(h));
        QCOMPARE(rec.record(h).out, (QList<QByteArray>{"has-secret"}));
        QVERIFY(!RunRecorder::joined(rec.record(h).system).contains(secret));
        QVERIFY(RunRecorder::joined(rec.record(h).system).contains(QStringLiteral("***")));
    }

    void renderArgvQuotes()
    {
        QCOMPARE(ContainerRuntime::renderArgv({QStringLiteral("a"), QStringLiteral("b c"),
                                               QStringLiteral("it's"), QString()},
                                              {}),
                 QStringLiteral("a 'b c' 'it'\\''s' ''"));
        QCOMPARE(ContainerRuntime::renderArgv({QStringLiteral("--key=abcXYZ")},
                                              {QStringLiteral("XYZ")}),
                 QStringLiteral("'--key=abc***'"));
    }

    void startFailuresAreReported()
    {
        ProcessRuntime rt;
        RunRecorder rec(&rt);
        ContainerRequest none;
        none.taskName = QStringLiteral("noentry");
        const RunHandle h1 = rt.start(none);
        ContainerRequest missing;
        missing.command = {QStringLiteral("/nonexistent/mlwb-no-such-program")};
        const RunHandle h2 = rt.start(missing);
        QVERIFY(rec.waitFinished(h1));
        QVERIFY(rec.waitFinished(h2));
        QVERIFY(rec.record(h1).info.error.contains(QStringLiteral("explicit command")));
        QVERIFY(rec.record(h2).info.error.contains(QStringLiteral("mlwb-no-such-program")));
        QCOMPARE(rec.record(h2).info.exitCode, -1);
        QCOMPARE(rec.record(h1).finishedCount, 1);
        QCOMPARE(rec.record(h2).finishedCount, 1);
    }

    void destroyWhileRunningDoesNotBlock()
    {
        qint64 pid = 0;
        QElapsedTimer t;
        {
            ProcessRuntime rt;
            RunRecorder rec(&rt);
            const RunHandle h = rt.start(shell(QStringLiteral("echo $$; sleep 30")));
            QVERIFY(rec.waitStdout(h));
            pid = rec.record(h).out.value(0).toLongLong();
            t.start();
        }
        QVERIFY(t.elapsed() < 2000);
        QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), 3000);
    }
};

QTEST_GUILESS_MAIN(TstProcessRuntime)
#include "tst_processruntime.moc"
