// SPDX-License-Identifier: GPL-3.0-or-later
// Pipelines on a real Docker engine (fixture "docker" + the sklearn image): the examples end to
// end and the faults: no engine, timeout, missing image, app killed, engine killed, disk full.
#include "clirun.h"

#include "core/exec/containerruntime.h"
#include "core/exec/dockercliruntime.h"
#include "core/exec/executionplan.h"
#include "core/exec/runcontroller.h"
#include "core/exec/runworkspace.h"
#include "core/manifest/pipelinefile.h"
#include "core/store/metadatastore.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <unistd.h>

using namespace wb;

class TstDockerRun : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    QString writePipeline(const QByteArray &yaml)
    {
        const QString path = m_dir.filePath(QStringLiteral("p%1.pipeline.yaml").arg(++m_n));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(yaml);
        return path;
    }

    static QByteArray onePipeline(const QByteArray &script, const QByteArray &image = "mlwb/busybox:latest",
                                  const QByteArray &annotations = {}, bool output = false)
    {
        QByteArray y = "name: One\nimplementation:\n  graph:\n    tasks:\n      step:\n        componentRef:\n"
                       "          spec:\n            name: Step\n";
        if (output)
            y += "            outputs:\n            - {name: o}\n";
        y += "            implementation:\n              container:\n                image: " + image
            + "\n                command: [sh, -c, '" + script + "'" + (output ? ", {outputPath: o}" : "") + "]\n";
        if (!annotations.isEmpty())
            y += "        annotations: {" + annotations + "}\n";
        return y;
    }

    static QStringList labelled(const QString &runId, const QString &dockerHost = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!dockerHost.isEmpty())
            env.insert(QStringLiteral("DOCKER_HOST"), dockerHost);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("docker"), {QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"),
                                           QStringLiteral("label=io.mlwb.run=") + runId});
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    static QString envScript()
    {
        return QStringLiteral(MLWB_SOURCE_DIR "/tests/integration/docker/docker-env.sh");
    }

    static QStringList runArgs(const QString &pipeline, const QString &ws)
    {
        return {QStringLiteral("run"), pipeline, QStringLiteral("--workspace"), ws, QStringLiteral("--runtime"),
                QStringLiteral("docker"), QStringLiteral("--json")};
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("MLWB_SKIP_DOCKER_TESTS") == QLatin1String("1"))
            QSKIP("MLWB_SKIP_DOCKER_TESTS=1: Docker tests skipped on request");
        QVERIFY(m_dir.isValid());
        exec::DockerCliRuntime rt;
        auto info = rt.probe();
        QVERIFY2(info.ok(), qPrintable(QStringLiteral("No container engine (docker-env.sh start): ")
                                       + (info.ok() ? QString() : info.error().text())));
        QVERIFY2(rt.imageId(QStringLiteral("mlwb/busybox:latest")).ok(), "mlwb/busybox:latest missing");
    }

    void helloOnDocker()
    {
        const QString ws = m_dir.filePath(QStringLiteral("hello"));
        CliResult r = runCli(runArgs(examplesDir() + QStringLiteral("/hello.pipeline.yaml"), ws));
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        for (const QString &t : {QStringLiteral("greet"), QStringLiteral("shout"), QStringLiteral("count"), QStringLiteral("join")})
            QCOMPARE(r.state(t), QStringLiteral("succeeded"));
        QCOMPARE(fileContent(r.runDir() + QStringLiteral("/join/report/data")), QByteArray("HELLO, WORLD (13 bytes)"));
        auto step = exec::runfiles::readJson(exec::runfiles::stepJsonPath(r.runDir(), QStringLiteral("greet")));
        QVERIFY(step.ok());
        QVERIFY(step->value(QStringLiteral("imageId")).toString().startsWith(QLatin1String("sha256:")));
        QVERIFY(step->value(QStringLiteral("command")).toString().contains(QLatin1String("run")));
        QVERIFY(labelled(r.json.value(QStringLiteral("runId")).toString()).isEmpty());
    }

    void churnOnDocker()
    {
        exec::DockerCliRuntime rt;
        QVERIFY2(rt.imageId(QStringLiteral("mlwb/sklearn:bookworm")).ok(),
                 "mlwb/sklearn:bookworm missing (fixture docker_sklearn_image builds it)");
        const QString ws = m_dir.filePath(QStringLiteral("churn"));
        CliResult r = runCli(runArgs(examplesDir() + QStringLiteral("/churn.pipeline.yaml"), ws), 900000);
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        const QString best = r.runDir() + QStringLiteral("/select-best");
        QVERIFY(QFileInfo(best + QStringLiteral("/best_model/data")).size() > 100);
        QVERIFY(!QJsonDocument::fromJson(fileContent(best + QStringLiteral("/summary/data"))).object().isEmpty());
        store::MetadataStore st;
        QVERIFY(st.open(store::MetadataStore::defaultPath(ws), store::MetadataStore::Mode::ReadOnly).ok());
        QVERIFY(!st.listRuns()->runs.first().metrics.isEmpty());
    }

    void noEngineFailsBeforeStart()
    {
        QProcessEnvironment env = cliEnvironment();
        env.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("unix:///nonexistent/docker.sock"));
        const QString ws = m_dir.filePath(QStringLiteral("noengine"));
        CliResult r = runCli({QStringLiteral("run"), examplesDir() + QStringLiteral("/hello.pipeline.yaml"),
                              QStringLiteral("--workspace"), ws, QStringLiteral("--runtime"), QStringLiteral("docker")},
                             60000, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("nonexistent") || r.err.toLower().contains("engine"), r.err.constData());
        QVERIFY(!QFileInfo::exists(ws + QStringLiteral("/.mlwb/runs")));
    }

    void timeoutKillsTheContainer()
    {
        const QString ws = m_dir.filePath(QStringLiteral("timeout"));
        const QString p = writePipeline(onePipeline("sleep 60", "mlwb/busybox:latest", "mlwb.io/timeout-seconds: '2'"));
        QElapsedTimer t;
        t.start();
        CliResult r = runCli(runArgs(p, ws));
        QVERIFY(t.elapsed() < 30000);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.state(QStringLiteral("step")), QStringLiteral("failed"));
        QVERIFY2(r.step(QStringLiteral("step")).value(QStringLiteral("error")).toString().contains(QLatin1String("Timed out after 2 s")),
                 r.out.constData());
        QTRY_VERIFY_WITH_TIMEOUT(labelled(r.json.value(QStringLiteral("runId")).toString()).isEmpty(), 15000);
    }

    void missingImageIsNamed()
    {
        const QString ws = m_dir.filePath(QStringLiteral("noimage"));
        const QString p = writePipeline(onePipeline("true", "mlwb/does-not-exist:1"));
        // --pull never: a missing image must not send the test to Docker Hub.
        CliResult r = runCli({QStringLiteral("run"), p, QStringLiteral("--workspace"), ws, QStringLiteral("--runtime"),
                              QStringLiteral("docker"), QStringLiteral("--pull"), QStringLiteral("never")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("mlwb/does-not-exist:1"), r.err.constData());
        QVERIFY2(r.err.contains("the pull policy is \"never\""), r.err.constData());
        QVERIFY(!QFileInfo::exists(ws + QStringLiteral("/.mlwb/runs")));
    }

    void oomKilledBranchFailsOtherBranchSucceeds()
    {
        // hog -> after-hog and fine -> after-fine: the branches share nothing.
        auto task = [](const QByteArray &name, const QByteArray &script, const QByteArray &input,
                       const QByteArray &annotations) {
            QByteArray y = "      " + name + ":\n        componentRef:\n          spec:\n            name: " + name + "\n";
            if (!input.isEmpty())
                y += "            inputs:\n            - {name: x}\n";
            y += "            outputs:\n            - {name: o}\n            implementation:\n              container:\n"
                 "                image: mlwb/busybox:latest\n                command: [sh, -c, '" + script
                + " && echo ok > \"$0\"', {outputPath: o}" + (input.isEmpty() ? "" : ", {inputPath: x}") + "]\n";
            if (!input.isEmpty())
                y += "        arguments:\n          x: {taskOutput: {taskId: " + input + ", outputName: o}}\n";
            if (!annotations.isEmpty())
                y += "        annotations: {" + annotations + "}\n";
            return y;
        };
        const QString p = writePipeline("name: Branches\nimplementation:\n  graph:\n    tasks:\n"
                                        + task("hog", "dd if=/dev/zero of=/dev/null bs=200M count=1", {},
                                               "mlwb.io/memory: 32Mi")
                                        + task("after-hog", "cat \"$1\"", "hog", {})
                                        + task("fine", "echo fine", {}, {})
                                        + task("after-fine", "cat \"$1\"", "fine", {}));
        const QString ws = m_dir.filePath(QStringLiteral("oom"));
        CliResult r = runCli(runArgs(p, ws) << QStringLiteral("--max-parallel") << QStringLiteral("1")
                                            << QStringLiteral("--pids-limit") << QStringLiteral("64")
                                            << QStringLiteral("--default-memory") << QStringLiteral("256m"));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.state(QStringLiteral("hog")), QStringLiteral("failed"));
        QCOMPARE(r.step(QStringLiteral("hog")).value(QStringLiteral("error")).toString(),
                 QStringLiteral("Killed: out of memory (limit 32 MiB). Raise the task's memory limit or the "
                                "workspace default."));
        QCOMPARE(r.state(QStringLiteral("after-hog")), QStringLiteral("not-run"));
        QCOMPARE(r.state(QStringLiteral("fine")), QStringLiteral("succeeded"));
        QCOMPARE(r.state(QStringLiteral("after-fine")), QStringLiteral("succeeded"));
        // One step at a time: the other branch ran after the failure, the run went on.
        auto stepJson = [&r](const QString &task) {
            return *exec::runfiles::readJson(exec::runfiles::stepJsonPath(r.runDir(), task));
        };
        QVERIFY(stepJson(QStringLiteral("after-fine")).value(QStringLiteral("startMs")).toInteger()
                >= stepJson(QStringLiteral("hog")).value(QStringLiteral("endMs")).toInteger());

        // The limits reached the engine: the task's own memory, else the run's default.
        auto command = [&](const QString &task) { return stepJson(task).value(QStringLiteral("command")).toString(); };
        QVERIFY2(command(QStringLiteral("hog")).contains(QStringLiteral(" --pids-limit 64 --memory 33554432b "
                                                                        "--memory-swap 33554432b ")),
                 qPrintable(command(QStringLiteral("hog"))));
        QVERIFY2(command(QStringLiteral("fine")).contains(QStringLiteral(" --pids-limit 64 --memory 268435456b "
                                                                         "--memory-swap 268435456b ")),
                 qPrintable(command(QStringLiteral("fine"))));
        const QByteArray log = fileContent(exec::runfiles::logPath(r.runDir(), QStringLiteral("hog"), 1));
        QVERIFY2(log.contains("[sys] Killed: out of memory (limit 32 MiB)"), log.constData());
        QVERIFY(labelled(r.json.value(QStringLiteral("runId")).toString()).isEmpty());
    }

    void appKilledThenCleanup()
    {
        const QString ws = m_dir.filePath(QStringLiteral("killed"));
        const QString p = writePipeline(onePipeline("sleep 120"));
        const QString runId = QStringLiteral("killed-%1").arg(::getpid());
        QProcess cli;
        cli.setProcessEnvironment(cliEnvironment());
        cli.start(cliPath(), {QStringLiteral("run"), p, QStringLiteral("--workspace"), ws, QStringLiteral("--runtime"),
                              QStringLiteral("docker"), QStringLiteral("--run-id"), runId});
        QVERIFY(cli.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!labelled(runId).isEmpty(), 30000);
        cli.kill();
        QVERIFY(cli.waitForFinished());
        QVERIFY(!labelled(runId).isEmpty()); // the container outlived the app
        // A step of another workspace's run (another mlwb may be running it): never touched.
        const QString foreignRun = QStringLiteral("foreign-%1").arg(::getpid());
        QProcess create;
        create.start(QStringLiteral("docker"),
                     {QStringLiteral("create"), QStringLiteral("--label"), QStringLiteral("io.mlwb.run=") + foreignRun,
                      QStringLiteral("--label"),
                      QStringLiteral("io.mlwb.workspace=") + exec::ContainerRuntime::workspaceLabelValue(ws + QStringLiteral("-other")),
                      QStringLiteral("mlwb/busybox:latest"), QStringLiteral("true")});
        QVERIFY(create.waitForFinished(30000) && create.exitCode() == 0);
        auto removeForeign = qScopeGuard([&] {
            QProcess rm;
            rm.start(QStringLiteral("docker"), QStringList{QStringLiteral("rm"), QStringLiteral("-f")} + labelled(foreignRun));
            rm.waitForFinished(30000);
        });
        CliResult r = runCli({QStringLiteral("runs"), QStringLiteral("cleanup"), QStringLiteral("--workspace"), ws,
                              QStringLiteral("--runtime"), QStringLiteral("docker"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QVERIFY(r.json.value(QStringLiteral("interruptedRuns")).toArray().contains(runId));
        QCOMPARE(r.json.value(QStringLiteral("removedContainers")).toArray().size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(labelled(runId).isEmpty(), 15000);
        QCOMPARE(labelled(foreignRun).size(), 1);
        store::MetadataStore st;
        QVERIFY(st.open(store::MetadataStore::defaultPath(ws)).ok());
        QCOMPARE(st.listRuns()->runs.first().state, store::RunState::Interrupted);
    }

    void engineKilledMidRun()
    {
        if (::geteuid() != 0)
            QSKIP("starting a spare dockerd needs root");
        const QString spare = QStringLiteral("/tmp/mlwb-spare-executor-%1").arg(::getpid());
        QProcess start;
        start.start(QStringLiteral("bash"), {envScript(), QStringLiteral("spare-start"), spare});
        QVERIFY(start.waitForFinished(180000));
        QVERIFY2(start.exitCode() == 0, start.readAllStandardError().constData());
        const QString host = QString::fromUtf8(start.readAllStandardOutput()).trimmed().split(QLatin1Char('\n')).last();
        auto stopSpare = qScopeGuard([&] {
            QProcess::execute(QStringLiteral("bash"), {envScript(), QStringLiteral("spare-stop"), spare});
            QDir(spare).removeRecursively();
        });
        QProcessEnvironment env = cliEnvironment();
        env.insert(QStringLiteral("DOCKER_HOST"), host);
        const QString ws = m_dir.filePath(QStringLiteral("enginekilled"));
        const QString p = writePipeline(onePipeline("sleep 120"));
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(cliPath(), runArgs(p, ws) << QStringLiteral("--run-id") << QStringLiteral("enginekilled"));
        QVERIFY(cli.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!labelled(QStringLiteral("enginekilled"), host).isEmpty(), 30000);
        QProcess::execute(QStringLiteral("bash"), {envScript(), QStringLiteral("spare-kill"), spare});
        QVERIFY2(cli.waitForFinished(90000), "the run hangs after the engine died");
        QCOMPARE(cli.exitCode(), 1);
        const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        const QJsonObject step = json.value(QStringLiteral("steps")).toArray().first().toObject();
        QCOMPARE(step.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QVERIFY2(!step.value(QStringLiteral("error")).toString().isEmpty(), "no reason given");
    }

    void diskFullWhileWritingOutput()
    {
        if (::geteuid() != 0)
            QSKIP("mounting a tmpfs needs root");
        const QString ws = m_dir.filePath(QStringLiteral("diskfull"));
        const QString runId = QStringLiteral("diskfull");
        const QString outDir = exec::runfiles::outputDir(exec::runfiles::runDir(ws, runId), QStringLiteral("step"), QStringLiteral("o"));
        QVERIFY(QDir().mkpath(outDir));
        QCOMPARE(QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                            QStringLiteral("size=1m"), QStringLiteral("tmpfs"), outDir}), 0);
        auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {outDir}); });

        auto loaded = manifest::readPipeline(onePipeline("dd if=/dev/zero of=\"$0\" bs=1024 count=4096", "mlwb/busybox:latest", {}, true),
                                             QStringLiteral("p.yaml"), m_dir.path());
        QVERIFY(loaded.ok());
        auto plan = exec::PlanCompiler::compile(loaded->snapshot, {});
        QVERIFY(plan.ok());
        exec::DockerCliRuntime rt;
        store::MetadataStore st;
        QVERIFY(st.open(store::MetadataStore::defaultPath(ws)).ok());
        exec::RunController rc(&rt, &st);
        exec::RunOptions opt;
        opt.workspace = ws;
        opt.runId = runId;
        const exec::RunResult r = rc.runToCompletion(std::make_shared<const exec::ExecutionPlan>(*plan), opt);
        QCOMPARE(r.outcome, exec::RunOutcome::Failed);
        QCOMPARE(r.step(QStringLiteral("step"))->state, exec::StepState::Failed);
        QVERIFY(r.step(QStringLiteral("step"))->exitCode != 0);
        // nothing corrupted: step.json, run.json and the store are readable; nothing cached
        QVERIFY(exec::runfiles::readJson(exec::runfiles::stepJsonPath(r.runDir, QStringLiteral("step"))).ok());
        QVERIFY(exec::runfiles::readJson(r.runDir + QStringLiteral("/run.json")).ok());
        QCOMPARE(st.runDetail(r.storeRunId)->summary.state, store::RunState::Failed);
        QVERIFY(QDir(exec::runfiles::cacheDir(ws)).entryList(QDir::Files).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstDockerRun)
#include "tst_dockerrun.moc"
