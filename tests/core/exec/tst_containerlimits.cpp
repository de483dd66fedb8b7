// SPDX-License-Identifier: GPL-3.0-or-later
// Safe container defaults without an engine: the limits the executor puts into each request
// (workspace .mlwb/settings.json, run overrides, the task's own memory), how the Docker runtime
// renders them, the OOM failure text, and the process runner's note that it cannot apply them.
#include "core/exec/containerlimits.h"
#include "core/exec/dockercliruntime.h"
#include "core/exec/executionplan.h"
#include "core/exec/fakeruntime.h"
#include "core/exec/processruntime.h"
#include "core/exec/runcontroller.h"

#include "../executor/pipelinebuilder.h"
#include "runrecorder.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;
using namespace wb::exec;

class TstContainerLimits : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    QString newWorkspace() { return m_dir.filePath(QStringLiteral("ws%1").arg(++m_n)); }

    static void writeSettings(const QString &ws, const QByteArray &json)
    {
        QDir().mkpath(ws + QStringLiteral("/.mlwb"));
        QFile f(workspaceSettingsPath(ws));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
    }

    static ExecutionPlanPtr compile(const model::PipelineSnapshot &s)
    {
        PlanOptions po;
        po.baseDir = QStringLiteral("/tmp");
        auto plan = PlanCompiler::compile(s, po);
        if (!plan.ok())
            qWarning("%s", qPrintable(plan.error().text()));
        return plan.ok() ? std::make_shared<const ExecutionPlan>(*plan) : nullptr;
    }

    /// Runs one task `a` (memory option `memory`) through the controller and returns the
    /// request the executor built for it.
    static std::optional<ContainerRequest> requestOf(const RunOptions &opt, const QString &memory = {},
                                                     RunResult *result = nullptr)
    {
        auto snapshot = buildPipeline({{QStringLiteral("a"), {}, {}}});
        taskOf(snapshot, QStringLiteral("a"))->options.memory = memory;
        FakeRuntime fake;
        fake.setImages({{QStringLiteral("img"), QStringLiteral("sha256:fakeimage")}});
        RunController rc(&fake, nullptr);
        RunOptions uncached = opt; // a second run in the same workspace must start the step
        uncached.useCache = false;
        const RunResult r = rc.runToCompletion(compile(snapshot), uncached);
        if (result)
            *result = r;
        if (fake.requests().isEmpty())
            return std::nullopt;
        return fake.requests().first();
    }

    static QString valueAfter(const QStringList &a, const QString &flag)
    {
        const qsizetype i = a.indexOf(flag);
        return i >= 0 && i + 1 < a.size() ? a.at(i + 1) : QString();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void memorySizesAndShares()
    {
        QCOMPARE(parseMemorySize(QStringLiteral("4Gi")), 4LL << 30);
        QCOMPARE(parseMemorySize(QStringLiteral("512Mi")), 512LL << 20);
        QCOMPARE(parseMemorySize(QStringLiteral("1G")), 1000000000LL);
        QCOMPARE(parseMemorySize(QStringLiteral("4g")), 4LL << 30);   // Docker: powers of 1024
        QCOMPARE(parseMemorySize(QStringLiteral("512m")), 512LL << 20);
        QCOMPARE(parseMemorySize(QStringLiteral("1048576")), 1048576LL);
        QCOMPARE(parseMemorySize(QStringLiteral("1.5Gi")), 3LL << 29);
        QCOMPARE(parseMemorySize(QStringLiteral("lots")), 0LL);
        QCOMPARE(parseMemorySize(QString()), 0LL);

        auto pct = parseMemoryAmount(QStringLiteral("75%"));
        QVERIFY(pct.ok());
        QCOMPARE(pct->percent, 75.0);
        QCOMPARE(pct->resolve(8LL << 30), 6LL << 30);
        QCOMPARE(parseMemoryAmount(QStringLiteral("4g"))->bytes, 4LL << 30);
        QCOMPARE(parseMemoryAmount(QStringLiteral("4g"))->resolve(1), 4LL << 30);
        for (const QString &bad : {QStringLiteral("0%"), QStringLiteral("150%"), QStringLiteral("x%"),
                                  QStringLiteral("0"), QStringLiteral("four gigs")}) {
            const auto r = parseMemoryAmount(bad);
            QVERIFY2(!r.ok(), qPrintable(bad));
            QVERIFY2(r.error().message.contains(QStringLiteral("4g")), qPrintable(r.error().message));
        }
        QCOMPARE(formatMemory(512LL << 20), QStringLiteral("512 MiB"));
        QCOMPARE(formatMemory(3LL << 29), QStringLiteral("1.5 GiB"));
    }

    void defaultsWhenNoSettingsFile()
    {
        const auto s = readWorkspaceSettings(newWorkspace());
        QVERIFY(s.ok());
        QCOMPARE(s->containers.pidsLimit, 4096);
        QCOMPARE(s->containers.defaultMemory.percent, 75.0);

        const Resources r = effectiveResources({}, s->containers, 8LL << 30);
        QCOMPARE(r.pidsLimit, 4096);
        QCOMPARE(r.memoryBytes, 6LL << 30);
        QVERIFY(r.memoryDefaulted);
        QVERIFY(physicalMemoryBytes() > 0);
    }

    void renderedCommandHasDefaultLimits()
    {
        RunOptions opt;
        opt.workspace = newWorkspace();
        const auto rq = requestOf(opt);
        QVERIFY(rq);
        const qint64 expected = qint64(double(physicalMemoryBytes()) * 0.75);
        QCOMPARE(rq->resources.pidsLimit, 4096);
        QCOMPARE(rq->resources.memoryBytes, expected);
        QVERIFY(rq->resources.memoryDefaulted);

        DockerCliRuntime docker;
        const QString line = docker.renderCommand(*rq);
        const QString bytes = QString::number(expected) + QLatin1Char('b');
        QVERIFY2(line.contains(QStringLiteral(" --pids-limit 4096 ")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral(" --memory %1 --memory-swap %1 ").arg(bytes)), qPrintable(line));
        const QStringList a = DockerCliRuntime::runArguments(*rq);
        QVERIFY(a.indexOf(QStringLiteral("--pids-limit")) < a.indexOf(rq->image));
        QVERIFY(a.indexOf(QStringLiteral("--memory-swap")) < a.indexOf(rq->image));
    }

    void taskMemoryWinsOverDefault()
    {
        RunOptions opt;
        opt.workspace = newWorkspace();
        writeSettings(opt.workspace, R"({"containers": {"defaultMemory": "2g"}})");
        opt.defaultMemory = QStringLiteral("1g");
        const auto rq = requestOf(opt, QStringLiteral("512Mi"));
        QVERIFY(rq);
        QCOMPARE(rq->resources.memoryBytes, 512LL << 20);
        QVERIFY(!rq->resources.memoryDefaulted);
        const QStringList a = DockerCliRuntime::runArguments(*rq);
        QCOMPARE(valueAfter(a, QStringLiteral("--memory")), QStringLiteral("536870912b"));
        QCOMPARE(valueAfter(a, QStringLiteral("--memory-swap")), QStringLiteral("536870912b"));
        QCOMPARE(a.count(QStringLiteral("--memory")), 1);
        QCOMPARE(valueAfter(a, QStringLiteral("--pids-limit")), QStringLiteral("4096"));
    }

    void settingsFileThenRunOptionsOverride()
    {
        RunOptions opt;
        opt.workspace = newWorkspace();
        writeSettings(opt.workspace, R"({"containers": {"pidsLimit": 100, "defaultMemory": "1g"}, "other": 1})");
        auto rq = requestOf(opt);
        QVERIFY(rq);
        QCOMPARE(rq->resources.pidsLimit, 100);
        QCOMPARE(rq->resources.memoryBytes, 1LL << 30);
        QVERIFY(rq->resources.memoryDefaulted);
        const QStringList a = DockerCliRuntime::runArguments(*rq);
        QCOMPARE(valueAfter(a, QStringLiteral("--pids-limit")), QStringLiteral("100"));
        QCOMPARE(valueAfter(a, QStringLiteral("--memory")), QStringLiteral("1073741824b"));

        // mlwb-cli run --pids-limit / --default-memory: the run's options beat the file.
        opt.pidsLimit = 50;
        opt.defaultMemory = QStringLiteral("10%");
        rq = requestOf(opt);
        QVERIFY(rq);
        QCOMPARE(rq->resources.pidsLimit, 50);
        QCOMPARE(rq->resources.memoryBytes, qint64(double(physicalMemoryBytes()) * 0.10));
    }

    void settingsRoundTripKeepsUnknownKeys()
    {
        const QString ws = newWorkspace();
        writeSettings(ws, R"({"editor": {"grid": true}, "containers": {"future": "x"}})");
        WorkspaceSettings s;
        s.containers.pidsLimit = 256;
        s.containers.defaultMemory = *parseMemoryAmount(QStringLiteral("50%"));
        QVERIFY(writeWorkspaceSettings(ws, s).ok());
        const auto back = readWorkspaceSettings(ws);
        QVERIFY(back.ok());
        QCOMPARE(back->containers, s.containers);
        QFile f(workspaceSettingsPath(ws));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        QVERIFY(root.value(QStringLiteral("editor")).toObject().value(QStringLiteral("grid")).toBool());
        QCOMPARE(root.value(QStringLiteral("containers")).toObject().value(QStringLiteral("future")).toString(),
                 QStringLiteral("x"));
        QCOMPARE(root.value(QStringLiteral("containers")).toObject().value(QStringLiteral("defaultMemory")).toString(),
                 QStringLiteral("50%"));

        const QString fresh = newWorkspace(); // no .mlwb yet
        QVERIFY(writeWorkspaceSettings(fresh, s).ok());
        QCOMPARE(readWorkspaceSettings(fresh)->containers, s.containers);
    }

    void malformedSettingsNameFileAndKey_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{\"containers\": {") << QStringLiteral("is not valid JSON");
        QTest::newRow("not an object") << QByteArray("[1]") << QStringLiteral("must hold a JSON object");
        QTest::newRow("containers") << QByteArray(R"({"containers": 5})") << QStringLiteral("\"containers\"");
        QTest::newRow("pids text") << QByteArray(R"({"containers": {"pidsLimit": "lots"}})")
                                   << QStringLiteral("\"containers.pidsLimit\"");
        QTest::newRow("pids zero") << QByteArray(R"({"containers": {"pidsLimit": 0}})")
                                   << QStringLiteral("\"containers.pidsLimit\"");
        QTest::newRow("pids fraction") << QByteArray(R"({"containers": {"pidsLimit": 2.5}})")
                                       << QStringLiteral("\"containers.pidsLimit\"");
        QTest::newRow("memory number") << QByteArray(R"({"containers": {"defaultMemory": 4096}})")
                                       << QStringLiteral("\"containers.defaultMemory\"");
        QTest::newRow("memory text") << QByteArray(R"({"containers": {"defaultMemory": "most"}})")
                                     << QStringLiteral("\"containers.defaultMemory\"");
    }

    void malformedSettingsNameFileAndKey()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const QString ws = newWorkspace();
        writeSettings(ws, json);
        const auto s = readWorkspaceSettings(ws);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("settings-invalid"));
        const QString msg = s.error().message;
        QVERIFY2(msg.contains(workspaceSettingsPath(ws)), qPrintable(msg));
        QVERIFY2(msg.contains(expected), qPrintable(msg));

        // A run does not start with settings it cannot read (they hold its pull policy and
        // the limits of every step); it says why.
        RunOptions opt;
        opt.workspace = ws;
        RunResult r;
        QVERIFY(!requestOf(opt, {}, &r));
        QCOMPARE(r.outcome, RunOutcome::Failed);
        QVERIFY(r.runId.isEmpty());
        QVERIFY2(r.error.contains(workspaceSettingsPath(ws)), qPrintable(r.error));
    }

    void writingFixesBadValuesButNotBadJson()
    {
        const QString ws = newWorkspace();
        writeSettings(ws, R"({"containers": {"pidsLimit": "lots"}})");
        QVERIFY(writeWorkspaceSettings(ws, {}).ok()); // what a settings dialog does
        QVERIFY(readWorkspaceSettings(ws).ok());
        writeSettings(ws, "{\"containers\": {");
        const auto w = writeWorkspaceSettings(ws, {});
        QVERIFY(!w.ok()); // never overwrites what it cannot read
        QVERIFY(w.error().message.contains(QStringLiteral("is not valid JSON")));
    }

    void badRunOverrideIsAnError()
    {
        RunOptions opt;
        opt.workspace = newWorkspace();
        opt.defaultMemory = QStringLiteral("plenty");
        const auto d = containerDefaults(opt);
        QVERIFY(!d.ok());
        QVERIFY(d.error().message.contains(QStringLiteral("'plenty'")));
    }

    void oomKilledStepFailsWithMessageAndIndependentBranchGoesOn()
    {
        // a -> a2, b -> b2: a is OOM-killed; b's branch does not depend on it.
        auto snapshot = buildPipeline({{QStringLiteral("a"), {}, {QStringLiteral("o")}},
                                       {QStringLiteral("a2"), {QStringLiteral("path:a.o")}, {}},
                                       {QStringLiteral("b"), {}, {QStringLiteral("o")}},
                                       {QStringLiteral("b2"), {QStringLiteral("path:b.o")}, {}}});
        taskOf(snapshot, QStringLiteral("a"))->options.memory = QStringLiteral("512Mi");
        FakeRuntime fake;
        fake.setImages({{QStringLiteral("img"), QStringLiteral("sha256:fakeimage")}});
        FakeRuntime::Script writesO;
        writesO.files.insert(QStringLiteral("/tmp/outputs/o/data"), "x");
        fake.setScript(QStringLiteral("b"), writesO);
        FakeRuntime::Script oom;
        oom.oomKilled = true;
        fake.setScript(QStringLiteral("a"), oom);
        RunController rc(&fake, nullptr);
        RunOptions opt;
        opt.workspace = newWorkspace();
        const RunResult r = rc.runToCompletion(compile(snapshot), opt);
        QCOMPARE(r.outcome, RunOutcome::Failed);
        const StepResult *a = r.step(QStringLiteral("a"));
        QCOMPARE(a->state, StepState::Failed);
        QCOMPARE(a->exitCode, 137);
        QCOMPARE(a->error, QStringLiteral("Killed: out of memory (limit 512 MiB). Raise the task's memory "
                                          "limit or the workspace default."));
        QCOMPARE(r.step(QStringLiteral("a2"))->state, StepState::NotRun);
        QCOMPARE(r.step(QStringLiteral("b"))->state, StepState::Succeeded);
        QCOMPARE(r.step(QStringLiteral("b2"))->state, StepState::Succeeded);
    }

    void processRunnerSaysLimitsAreNotApplied()
    {
        ProcessRuntime rt;
        RunRecorder rec(&rt);
        ContainerRequest r;
        r.taskName = QStringLiteral("t");
        r.command = {QStringLiteral("true")};
        r.resources = effectiveResources({}, ContainerDefaults{}, 8LL << 30);
        const RunHandle h = rt.start(r);
        QVERIFY(rec.waitFinished(h));
        const QList<QByteArray> system = rec.record(h).system;
        const QByteArray note = "process runner: the step's limits are not applied (memory 6 GiB, 4096 processes)";
        QCOMPARE(system.count(note), 1);

        // Nothing to apply, nothing said.
        ContainerRequest plain = r;
        plain.resources = {};
        const RunHandle h2 = rt.start(plain);
        QVERIFY(rec.waitFinished(h2));
        for (const QByteArray &l : rec.record(h2).system)
            QVERIFY2(!l.contains("limits are not applied"), l.constData());
    }
};

QTEST_GUILESS_MAIN(TstContainerLimits)
#include "tst_containerlimits.moc"
