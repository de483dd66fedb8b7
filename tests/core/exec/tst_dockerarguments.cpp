// SPDX-License-Identifier: GPL-3.0-or-later
// DockerCliRuntime's command line, checked without an engine (the docker-labelled
// tests check that the same flags are effective inside a real container).
#include "core/exec/dockercliruntime.h"

#include "runrecorder.h"

#include <QTest>

#include <unistd.h>

using namespace wb::exec;

class TstDockerArguments : public QObject
{
    Q_OBJECT

private:
    static ContainerRequest base()
    {
        ContainerRequest r;
        r.runId = QStringLiteral("run 42");
        r.taskName = QStringLiteral("train/model");
        r.attempt = 2;
        r.image = QStringLiteral("mlwb/busybox:latest");
        r.command = {QStringLiteral("python3"), QStringLiteral("-u"), QStringLiteral("train.py")};
        r.args = {QStringLiteral("--out"), QStringLiteral("/tmp/outputs/m/data"),
                  QStringLiteral("a b $(x)")};
        return r;
    }
    static QString valueAfter(const QStringList &a, const QString &flag)
    {
        const qsizetype i = a.indexOf(flag);
        return i >= 0 && i + 1 < a.size() ? a.at(i + 1) : QString();
    }

private slots:
    void hardenedByDefault()
    {
        const QStringList a = DockerCliRuntime::runArguments(base());
        QCOMPARE(a.first(), QStringLiteral("run"));
        // No --rm: the runtime inspects the container (OOM kill?) and removes it itself.
        QVERIFY(!a.contains(QStringLiteral("--rm")));
        QCOMPARE(valueAfter(a, QStringLiteral("--pull")), QStringLiteral("never"));
        QCOMPARE(valueAfter(a, QStringLiteral("--network")), QStringLiteral("none"));
        QCOMPARE(valueAfter(a, QStringLiteral("--security-opt")),
                 QStringLiteral("no-new-privileges"));
        QCOMPARE(valueAfter(a, QStringLiteral("--cap-drop")), QStringLiteral("ALL"));
        QCOMPARE(valueAfter(a, QStringLiteral("--user")),
                 QStringLiteral("%1:%2").arg(::getuid()).arg(::getgid()));
        QCOMPARE(valueAfter(a, QStringLiteral("--name")), QStringLiteral("mlwb-run-42-train-model-2"));
        QVERIFY(a.contains(QStringLiteral("io.mlwb.run=run 42")));
        QVERIFY(a.contains(QStringLiteral("io.mlwb.task=train/model")));
        QVERIFY(a.contains(QStringLiteral("io.mlwb.attempt=2")));
    }

    void relaxedOnlyByExplicitFlags()
    {
        ContainerRequest r = base();
        r.hardening.networkNone = false;
        r.hardening.noNewPrivileges = false;
        r.hardening.dropAllCaps = false;
        r.user = QStringLiteral("1234:5678");
        const QStringList a = DockerCliRuntime::runArguments(r);
        QVERIFY(!a.contains(QStringLiteral("--network")));
        QVERIFY(!a.contains(QStringLiteral("--security-opt")));
        QVERIFY(!a.contains(QStringLiteral("--cap-drop")));
        QCOMPARE(valueAfter(a, QStringLiteral("--user")), QStringLiteral("1234:5678"));
    }

    void entrypointTakesFirstElementOnly()
    {
        const QStringList a = DockerCliRuntime::runArguments(base());
        QCOMPARE(valueAfter(a, QStringLiteral("--entrypoint")), QStringLiteral("python3"));
        const qsizetype img = a.indexOf(QStringLiteral("mlwb/busybox:latest"));
        QVERIFY(img > 0);
        QCOMPARE(a.mid(img + 1),
                 (QStringList{QStringLiteral("-u"), QStringLiteral("train.py"),
                              QStringLiteral("--out"), QStringLiteral("/tmp/outputs/m/data"),
                              QStringLiteral("a b $(x)")}));

        ContainerRequest own = base();
        own.command.clear();
        const QStringList b = DockerCliRuntime::runArguments(own);
        QVERIFY(!b.contains(QStringLiteral("--entrypoint")));
        QCOMPARE(b.mid(b.indexOf(own.image) + 1), own.args);
    }

    void mountsEnvResources()
    {
        ContainerRequest r = base();
        r.mounts = {{QStringLiteral("/h/in"), QStringLiteral("/tmp/inputs/x"), true},
                    {QStringLiteral("/h/a,b\"c"), QStringLiteral("/tmp/outputs/y"), false}};
        r.env.insert(QStringLiteral("PLAIN"), QStringLiteral("v 1"));
        r.env.insert(QStringLiteral("TOKEN"), QStringLiteral("hunter2"));
        r.secretEnvNames = {QStringLiteral("TOKEN")};
        r.resources.cpus = 1.5;
        r.resources.memoryBytes = 512LL * 1024 * 1024;
        r.resources.gpus = -1;
        r.workdir = QStringLiteral("/work");
        r.labels.insert(QStringLiteral("io.mlwb.component"), QStringLiteral("c1"));
        const QStringList a = DockerCliRuntime::runArguments(r);
        QVERIFY(a.contains(QStringLiteral("type=bind,source=/h/in,target=/tmp/inputs/x,readonly")));
        QVERIFY(a.contains(
            QStringLiteral("type=bind,\"source=/h/a,b\"\"c\",target=/tmp/outputs/y")));
        QVERIFY(a.contains(QStringLiteral("PLAIN=v 1")));
        QVERIFY(a.contains(QStringLiteral("TOKEN")));
        QVERIFY2(!a.join(QLatin1Char(' ')).contains(QStringLiteral("hunter2")),
                 "a secret value must never be on the client's command line");
        QCOMPARE(valueAfter(a, QStringLiteral("--cpus")), QStringLiteral("1.5"));
        QCOMPARE(valueAfter(a, QStringLiteral("--memory")), QStringLiteral("536870912b"));
        QCOMPARE(valueAfter(a, QStringLiteral("--gpus")), QStringLiteral("all"));
        QCOMPARE(valueAfter(a, QStringLiteral("--workdir")), QStringLiteral("/work"));
        QVERIFY(a.contains(QStringLiteral("io.mlwb.component=c1")));
        QVERIFY(a.indexOf(QStringLiteral("--mount")) < a.indexOf(r.image));
    }

    void renderedCommandRedactsSecrets()
    {
        DockerCliRuntime rt;
        ContainerRequest r = base();
        r.env.insert(QStringLiteral("TOKEN"), QStringLiteral("hunter2"));
        r.secretEnvNames = {QStringLiteral("TOKEN")};
        r.args.append(QStringLiteral("--token=hunter2")); // a caller that substituted it
        const QString line = rt.renderCommand(r);
        QVERIFY(line.startsWith(QStringLiteral("docker run ")));
        QVERIFY2(!line.contains(QStringLiteral("hunter2")), qPrintable(line));
        QVERIFY(line.contains(QStringLiteral("--token=***")));
        QVERIFY(line.contains(QStringLiteral("'a b $(x)'")));
    }

    void containerNameIsSafeAndBounded()
    {
        ContainerRequest r = base();
        r.runId = QString(200, QLatin1Char('r'));
        const QString n = ContainerRuntime::containerName(r);
        QVERIFY(n.size() <= 100);
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]+$")).match(n).hasMatch());
        r.taskName = QStringLiteral("other");
        QVERIFY(ContainerRuntime::containerName(r) != n);
    }

    void missingClientBinaryIsReported()
    {
        DockerCliRuntime rt;
        rt.setBinary(QStringLiteral("/nonexistent/mlwb-docker"));
        const auto info = rt.probe();
        QVERIFY(!info.ok());
        QCOMPARE(info.error().code, QStringLiteral("NoEngineClient"));
        QVERIFY(info.error().message.contains(QStringLiteral("/nonexistent/mlwb-docker")));
        RunRecorder rec(&rt);
        const RunHandle h = rt.start(base());
        QVERIFY(rec.waitFinished(h));
        QVERIFY(!rec.record(h).info.succeeded());
        QVERIFY(rec.record(h).info.error.contains(QStringLiteral("mlwb-docker")));
    }
};

QTEST_GUILESS_MAIN(TstDockerArguments)
#include "tst_dockerarguments.moc"
