// SPDX-License-Identifier: GPL-3.0-or-later
// `mlwb-cli run` end to end with the process runner (no container engine): the hello and churn
// examples, cache and re-run from the CLI, Ctrl+C, and clean-up after a killed run.
#include "clirun.h"

#include "core/store/metadatastore.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <csignal>

class TstProcessRun : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writePipeline(const QString &name, const QByteArray &yaml)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(yaml);
        return path;
    }

    static QByteArray sleepPipeline(int seconds)
    {
        return "name: Slow\nimplementation:\n  graph:\n    tasks:\n      slow:\n        componentRef:\n"
               "          spec:\n            name: Slow\n            implementation:\n              container:\n"
               "                image: mlwb/busybox:latest\n                command: [sh, -c, 'echo started; exec sleep "
            + QByteArray::number(seconds) + "']\n";
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(cliPath()).isExecutable(), "MLWB_CLI is not set to the mlwb-cli binary");
    }

    void helloPipeline()
    {
        const QString ws = m_dir.filePath(QStringLiteral("hello"));
        const QString pipeline = examplesDir() + QStringLiteral("/hello.pipeline.yaml");
        CliResult r = runCli({QStringLiteral("run"), pipeline, QStringLiteral("--workspace"), ws,
                              QStringLiteral("--runtime"), QStringLiteral("process"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(r.json.value(QStringLiteral("steps")).toArray().size(), 4);
        for (const QString &t : {QStringLiteral("greet"), QStringLiteral("shout"), QStringLiteral("count"), QStringLiteral("join")}) {
            QCOMPARE(r.state(t), QStringLiteral("succeeded"));
            QCOMPARE(r.step(t).value(QStringLiteral("attempts")).toInt(), 1);
            QCOMPARE(r.step(t).value(QStringLiteral("exitCode")).toInt(), 0);
        }
        QCOMPARE(fileContent(r.runDir() + QStringLiteral("/join/report/data")), QByteArray("HELLO, WORLD (13 bytes)"));
        const QString first = r.json.value(QStringLiteral("runId")).toString();

        // Second run: every step from the cache, nothing started.
        r = runCli({QStringLiteral("run"), pipeline, QStringLiteral("--workspace"), ws,
                    QStringLiteral("--runtime"), QStringLiteral("process"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        for (const QJsonValue &v : r.json.value(QStringLiteral("steps")).toArray()) {
            QCOMPARE(v.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("cached"));
            QVERIFY(v.toObject().value(QStringLiteral("cached")).toBool());
            QCOMPARE(v.toObject().value(QStringLiteral("attempts")).toInt(), 0);
        }
        QCOMPARE(fileContent(r.runDir() + QStringLiteral("/join/report/data")), QByteArray("HELLO, WORLD (13 bytes)"));

        // A parameter change misses the cache.
        r = runCli({QStringLiteral("run"), pipeline, QStringLiteral("--workspace"), ws, QStringLiteral("--param"),
                    QStringLiteral("who=mars"), QStringLiteral("--runtime"), QStringLiteral("process"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.state(QStringLiteral("greet")), QStringLiteral("succeeded"));
        QCOMPARE(fileContent(r.runDir() + QStringLiteral("/join/report/data")), QByteArray("HELLO, MARS (12 bytes)"));

        // Re-run from shout, reusing the first run.
        r = runCli({QStringLiteral("run"), pipeline, QStringLiteral("--workspace"), ws, QStringLiteral("--from"),
                    QStringLiteral("shout"), QStringLiteral("--reuse"), first, QStringLiteral("--runtime"),
                    QStringLiteral("process"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.state(QStringLiteral("greet")), QStringLiteral("cached"));
        QCOMPARE(r.state(QStringLiteral("count")), QStringLiteral("cached"));
        QCOMPARE(r.state(QStringLiteral("shout")), QStringLiteral("succeeded"));
        QCOMPARE(r.state(QStringLiteral("join")), QStringLiteral("succeeded"));
        QCOMPARE(fileContent(r.runDir() + QStringLiteral("/join/report/data")), QByteArray("HELLO, WORLD (13 bytes)"));

        // Plain output: run id and every step; an unknown parameter is refused before anything runs.
        r = runCli({QStringLiteral("run"), pipeline, QStringLiteral("--workspace"), ws, QStringLiteral("--param"),
                    QStringLiteral("nope=1"), QStringLiteral("--runtime"), QStringLiteral("process")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("nope"), r.err.constData());
    }

    void churnExample()
    {
        QProcess probe;
        probe.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("import sklearn, pandas")});
        if (!probe.waitForFinished() || probe.exitCode() != 0)
            QSKIP("python3-sklearn / python3-pandas are not installed in /usr/bin/python3");
        const QString ws = m_dir.filePath(QStringLiteral("churn"));
        CliResult r = runCli({QStringLiteral("run"), examplesDir() + QStringLiteral("/churn.pipeline.yaml"),
                              QStringLiteral("--workspace"), ws, QStringLiteral("--runtime"), QStringLiteral("process"),
                              QStringLiteral("--json")}, 600000);
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QCOMPARE(r.json.value(QStringLiteral("steps")).toArray().size(), 10);
        const QString best = r.runDir() + QStringLiteral("/select-best");
        QVERIFY(QFileInfo(best + QStringLiteral("/best_model/data")).size() > 100);
        const QJsonObject summary = QJsonDocument::fromJson(fileContent(best + QStringLiteral("/summary/data"))).object();
        QVERIFY2(!summary.isEmpty(), fileContent(best + QStringLiteral("/summary/data")).constData());

        wb::store::MetadataStore st;
        QVERIFY(st.open(wb::store::MetadataStore::defaultPath(ws), wb::store::MetadataStore::Mode::ReadOnly).ok());
        auto runs = st.listRuns();
        QVERIFY(runs.ok() && runs->runs.size() == 1);
        QCOMPARE(runs->runs.first().state, wb::store::RunState::Complete);
        QVERIFY2(!runs->runs.first().metrics.isEmpty(), "the Metrics artifacts carry no metric values");
        auto detail = st.runDetail(runs->runs.first().id);
        QVERIFY(detail.ok());
        QCOMPARE(detail->steps.size(), 10);
        QVERIFY(detail->runProperties.value(QStringLiteral("dataset_manifest_hashes")).toMap()
                    .contains(QStringLiteral("data/churn.dataset.yaml")));
    }

    void ctrlCCancels()
    {
        const QString pipeline = writePipeline(QStringLiteral("slow.pipeline.yaml"), sleepPipeline(30));
        const QString ws = m_dir.filePath(QStringLiteral("cancel"));
        QProcess p;
        p.setProcessEnvironment(cliEnvironment());
        p.start(cliPath(), {QStringLiteral("run"), pipeline, QStringLiteral("--workspace"), ws, QStringLiteral("--runtime"),
                            QStringLiteral("process"), QStringLiteral("--json")});
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!QDir(ws + QStringLiteral("/.mlwb/runs")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty(), 10000);
        QTest::qWait(500);
        QElapsedTimer t;
        t.start();
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(10000));
        QVERIFY(t.elapsed() < 8000);
        QCOMPARE(p.exitCode(), 1);
        const QJsonObject json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(json.value(QStringLiteral("steps")).toArray().first().toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("cancelled"));
    }

    void killedRunIsMarkedInterrupted()
    {
        const QString pipeline = writePipeline(QStringLiteral("slow2.pipeline.yaml"), sleepPipeline(15));
        const QString ws = m_dir.filePath(QStringLiteral("killed"));
        QProcess p;
        p.setProcessEnvironment(cliEnvironment());
        p.start(cliPath(), {QStringLiteral("run"), pipeline, QStringLiteral("--workspace"), ws, QStringLiteral("--runtime"),
                            QStringLiteral("process"), QStringLiteral("--run-id"), QStringLiteral("victim")});
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(ws + QStringLiteral("/.mlwb/runs/victim/slow/attempt-1.log")), 10000);
        p.kill(); // SIGKILL: no clean-up code runs
        QVERIFY(p.waitForFinished());
        CliResult r = runCli({QStringLiteral("runs"), QStringLiteral("cleanup"), QStringLiteral("--workspace"), ws,
                              QStringLiteral("--runtime"), QStringLiteral("process"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QCOMPARE(r.json.value(QStringLiteral("interruptedRuns")).toArray().first().toString(), QStringLiteral("victim"));
        wb::store::MetadataStore st;
        QVERIFY(st.open(wb::store::MetadataStore::defaultPath(ws)).ok());
        QCOMPARE(st.listRuns()->runs.first().state, wb::store::RunState::Interrupted);
        QVERIFY(!QFileInfo::exists(ws + QStringLiteral("/.mlwb/runs/victim/run.lock")));
    }

    void containerLimitOptions()
    {
        const QString pipeline = writePipeline(QStringLiteral("quick.pipeline.yaml"), sleepPipeline(0));
        const QString ws = m_dir.filePath(QStringLiteral("limits"));
        const QStringList base{QStringLiteral("run"), pipeline, QStringLiteral("--workspace"), ws,
                               QStringLiteral("--runtime"), QStringLiteral("process")};
        CliResult r = runCli(base + QStringList{QStringLiteral("--pids-limit"), QStringLiteral("0")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--pids-limit"), r.err.constData());
        r = runCli(base + QStringList{QStringLiteral("--default-memory"), QStringLiteral("plenty")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("'plenty' is not a memory size"), r.err.constData());

        // A malformed workspace setting stops the run before anything starts, naming file and key.
        QVERIFY(QDir().mkpath(ws + QStringLiteral("/.mlwb")));
        QFile settings(ws + QStringLiteral("/.mlwb/settings.json"));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write(R"({"containers": {"pidsLimit": -1}})");
        settings.close();
        r = runCli(base);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("settings.json") && r.err.contains("\"containers.pidsLimit\""), r.err.constData());
        QVERIFY(!QFileInfo::exists(ws + QStringLiteral("/.mlwb/runs")));

        // The options apply (and the process runner says once that it cannot enforce them).
        QVERIFY(settings.remove());
        r = runCli(base + QStringList{QStringLiteral("--pids-limit"), QStringLiteral("64"), QStringLiteral("--default-memory"),
                                      QStringLiteral("256m"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        const QByteArray log = fileContent(r.runDir() + QStringLiteral("/slow/attempt-1.log"));
        QCOMPARE(log.count("limits are not applied"), 1);
        QVERIFY2(log.contains("[sys] process runner: the step's limits are not applied (memory 256 MiB, 64 processes)"),
                 log.constData());
    }
};

QTEST_GUILESS_MAIN(TstProcessRun)
#include "tst_processrun.moc"
