// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exec/fakeruntime.h"

#include "runrecorder.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace wb::exec;

class TstFakeRuntime : public QObject
{
    Q_OBJECT

private:
    static ContainerRequest request(const QString &task)
    {
        ContainerRequest r;
        r.runId = QStringLiteral("run-1");
        r.taskName = task;
        r.image = QStringLiteral("img:1");
        r.command = {QStringLiteral("python"), QStringLiteral("-c")};
        r.args = {QStringLiteral("print(1)")};
        return r;
    }

private slots:
    void scriptedOutcome()
    {
        QTemporaryDir host;
        FakeRuntime rt;
        FakeRuntime::Script s;
        s.exitCode = 0;
        s.lines = {{OutputStream::Stdout, "hello"}, {OutputStream::Stderr, "warn"}};
        s.files.insert(QStringLiteral("/tmp/outputs/model/data"), "weights");
        s.durationMs = 30;
        rt.setScript(QStringLiteral("train"), s);
        FakeRuntime::Script bad;
        bad.exitCode = 2;
        bad.files.insert(QStringLiteral("/tmp/outputs/x/data"), "never");
        rt.setScript(QStringLiteral("broken"), bad);

        RunRecorder rec(&rt);
        ContainerRequest train = request(QStringLiteral("train"));
        train.mounts = {{host.path(), QStringLiteral("/tmp/outputs/model"), false}};
        ContainerRequest broken = request(QStringLiteral("broken"));
        broken.mounts = {{host.path(), QStringLiteral("/tmp/outputs/x"), false}};
        const RunHandle h1 = rt.start(train);
        const RunHandle h2 = rt.start(broken);
        QVERIFY(!rec.record(h1).started); // nothing happens inside start()
        QVERIFY(rec.waitFinished(h1));
        QVERIFY(rec.waitFinished(h2));
        QVERIFY(rec.record(h1).info.succeeded());
        QCOMPARE(rec.record(h1).out, (QList<QByteArray>{"hello"}));
        QCOMPARE(rec.record(h1).err, (QList<QByteArray>{"warn"}));
        QVERIFY(rec.record(h1).info.endMs - rec.record(h1).info.startMs >= 25);
        QFile f(host.filePath(QStringLiteral("data")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("weights"));
        QCOMPARE(rec.record(h2).info.exitCode, 2);
        QVERIFY(!QFile::exists(host.filePath(QStringLiteral("x"))));
        QCOMPARE(rt.requests().size(), 2);
        QCOMPARE(rt.requests().at(0).taskName, QStringLiteral("train"));
        QCOMPARE(rt.maxConcurrent(), 2);
    }

    void failsFirstAttempts()
    {
        FakeRuntime rt;
        FakeRuntime::Script s;
        s.failFirstAttempts = 2;
        s.failExitCode = 7;
        rt.setScript(QStringLiteral("flaky"), s);
        RunRecorder rec(&rt);
        QList<int> codes;
        for (int attempt = 1; attempt <= 3; ++attempt) {
            ContainerRequest r = request(QStringLiteral("flaky"));
            r.attempt = attempt;
            const RunHandle h = rt.start(r);
            QVERIFY(rec.waitFinished(h));
            codes.append(rec.record(h).info.exitCode);
        }
        QCOMPARE(codes, (QList<int>{7, 7, 0}));
        QCOMPARE(rt.attemptsOf(QStringLiteral("flaky")), 3);
    }

    void timeoutAndCancel()
    {
        FakeRuntime rt;
        FakeRuntime::Script slow;
        slow.durationMs = 60000;
        rt.setDefaultScript(slow);
        RunRecorder rec(&rt);
        ContainerRequest r = request(QStringLiteral("slow"));
        r.timeoutMs = 50;
        const RunHandle timed = rt.start(r);
        const RunHandle cancelled = rt.start(request(QStringLiteral("other")));
        QVERIFY(rt.isRunning(cancelled));
        rt.cancel(cancelled);
        QVERIFY(rec.waitFinished(timed, 5000));
        QVERIFY(rec.waitFinished(cancelled, 5000));
        QVERIFY(rec.record(timed).info.timedOut);
        QVERIFY(!rec.record(timed).info.succeeded());
        QVERIFY(rec.record(cancelled).info.cancelled);
        QVERIFY(!rt.isRunning(cancelled));
        QCOMPARE(rec.record(cancelled).finishedCount, 1);
    }

    void engineErrorAndImages()
    {
        FakeRuntime rt;
        FakeRuntime::Script s;
        s.engineError = QStringLiteral("engine went away");
        rt.setScript(QStringLiteral("t"), s);
        rt.setImages({{QStringLiteral("img:1"), QStringLiteral("sha256:abc")}});
        QCOMPARE(rt.imageId(QStringLiteral("img:1")).value(), QStringLiteral("sha256:abc"));
        const auto missing = rt.imageId(QStringLiteral("nope:2"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QStringLiteral("'nope:2'")));
        RunRecorder rec(&rt);
        const RunHandle h = rt.start(request(QStringLiteral("t")));
        QVERIFY(rec.waitFinished(h));
        QCOMPARE(rec.record(h).info.error, QStringLiteral("engine went away"));
        rt.setProbeResult(wb::makeError(QStringLiteral("NoEngine"), QStringLiteral("none")));
        QVERIFY(!rt.probe().ok());
    }

    void orphansListedAndRemoved()
    {
        FakeRuntime rt;
        rt.addOrphan({QStringLiteral("c1"), QStringLiteral("mlwb-old-a-1"), QStringLiteral("old"),
                      QStringLiteral("exited")});
        rt.addOrphan({QStringLiteral("c2"), QStringLiteral("mlwb-other-a-1"),
                      QStringLiteral("other"), QStringLiteral("exited")});
        auto list = rt.listContainers(QStringLiteral("io.mlwb.run=old"));
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
        QVERIFY(rt.removeContainers({QStringLiteral("c1")}).ok());
        QCOMPARE(rt.listContainers(QStringLiteral("io.mlwb.run=old"))->size(), 0);
        QCOMPARE(rt.listContainers()->size(), 1);
    }

    void deterministicOrder()
    {
        auto runOnce = [] {
            FakeRuntime rt;
            FakeRuntime::Script a;
            a.durationMs = 20;
            FakeRuntime::Script b;
            b.durationMs = 5;
            rt.setScript(QStringLiteral("a"), a);
            rt.setScript(QStringLiteral("b"), b);
            QStringList order;
            QObject ctx;
            RunRecorder rec(&rt);
            QObject::connect(&rt, &ContainerRuntime::finished, &ctx,
                             [&order, &rt](RunHandle h, const ExitInfo &) {
                                 order.append(rt.requests().at(int(h - 1)).taskName);
                             });
            const RunHandle ha = rt.start(request(QStringLiteral("a")));
            const RunHandle hb = rt.start(request(QStringLiteral("b")));
            rec.waitFinished(ha);
            rec.waitFinished(hb);
            return order;
        };
        QCOMPARE(runOnce(), (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
        QCOMPARE(runOnce(), runOnce());
    }

    void secretRedactedInRender()
    {
        FakeRuntime rt;
        ContainerRequest r = request(QStringLiteral("t"));
        r.env.insert(QStringLiteral("TOKEN"), QStringLiteral("hunter2"));
        r.secretEnvNames = {QStringLiteral("TOKEN")};
        r.args = {QStringLiteral("--token=hunter2")};
        QVERIFY(!rt.renderCommand(r).contains(QStringLiteral("hunter2")));
        QVERIFY(rt.renderCommand(r).contains(QStringLiteral("--token=***")));
    }
};

QTEST_GUILESS_MAIN(TstFakeRuntime)
#include "tst_fakeruntime.moc"
