// SPDX-License-Identifier: GPL-3.0-or-later
// RunController against the scripted FakeRuntime: scheduling, data passing, cache, re-run,
// retries, timeout, cancel, conditions, logs, metadata records and crash recovery.
#include "core/exec/executionplan.h"
#include "core/exec/fakeruntime.h"
#include "core/exec/runcontroller.h"
#include "core/exec/runrecovery.h"
#include "core/exec/runworkspace.h"
#include "core/store/metadatastore.h"

#include "pipelinebuilder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;
using namespace wb::exec;

class TstRunController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    QString newWorkspace() { return m_dir.filePath(QStringLiteral("ws%1").arg(++m_n)); }

    static FakeRuntime::Script writes(const QMap<QString, QByteArray> &outputs, int durationMs = 10)
    {
        FakeRuntime::Script s;
        s.durationMs = durationMs;
        for (auto it = outputs.cbegin(); it != outputs.cend(); ++it)
            s.files.insert(QStringLiteral("/tmp/outputs/%1/data").arg(it.key()), it.value());
        return s;
    }

    static void setupFake(FakeRuntime &fake)
    {
        fake.setImages({{QStringLiteral("img"), QStringLiteral("sha256:fakeimage")}});
    }

    static ExecutionPlanPtr compile(const model::PipelineSnapshot &s, const QMap<QString, QString> &params = {})
    {
        PlanOptions po;
        po.baseDir = QStringLiteral("/tmp");
        po.parameters = params;
        auto plan = PlanCompiler::compile(s, po);
        if (!plan.ok())
            qWarning("%s", qPrintable(plan.error().text()));
        return plan.ok() ? std::make_shared<const ExecutionPlan>(*plan) : nullptr;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void topologicalOrderAndParallelismLimit()
    {
        QList<TaskDef> tasks;
        QStringList joinInputs;
        for (int i = 0; i < 6; ++i) {
            tasks.append({QStringLiteral("root%1").arg(i), {}, {QStringLiteral("o")}});
            joinInputs.append(QStringLiteral("path:root%1.o").arg(i));
        }
        tasks.prepend({QStringLiteral("join"), joinInputs, {}}); // first in the document
        auto plan = compile(buildPipeline(tasks));
        QVERIFY(plan);
        QCOMPARE(plan->steps.last().task, QStringLiteral("join"));
        QCOMPARE(plan->steps.first().task, QStringLiteral("root0"));
        QCOMPARE(plan->steps.last().dependsOn.size(), 6);

        for (int limit : {2, 4}) {
            FakeRuntime fake;
            setupFake(fake);
            fake.setDefaultScript(writes({{QStringLiteral("o"), "x"}}, 60));
            fake.setScript(QStringLiteral("join"), writes({}));
            RunController rc(&fake, nullptr);
            RunOptions opt;
            opt.workspace = newWorkspace();
            opt.maxParallel = limit;
            const RunResult r = rc.runToCompletion(plan, opt);
            QCOMPARE(r.outcome, RunOutcome::Succeeded);
            QCOMPARE(fake.maxConcurrent(), limit);
            QCOMPARE(fake.requests().size(), 7);
            QCOMPARE(fake.requests().last().taskName, QStringLiteral("join"));
            QCOMPARE(fake.requests().last().mounts.size(), 6); // six read-only input files
            for (const Mount &m : fake.requests().last().mounts)
                QVERIFY(m.readOnly && QFileInfo(m.hostPath).isFile());
        }
    }

    void planIsImmutable()
    {
        auto snapshot = buildPipeline({{QStringLiteral("a"), {QStringLiteral("const:one")}, {QStringLiteral("o")}},
                                       {QStringLiteral("b"), {QStringLiteral("path:a.o")}, {}}});
        auto plan = compile(snapshot);
        QVERIFY(plan);
        const ExecutionPlan before = *plan;
        // Edit the pipeline after compiling: new argument, renamed and removed tasks.
        taskOf(snapshot, QStringLiteral("a"))->setArgument(QStringLiteral("in0"),
                                                           model::ArgumentValue::fromConstant(QStringLiteral("two")));
        snapshot.tasks.removeLast();
        snapshot.tasks.first().name = QStringLiteral("renamed");
        QCOMPARE(plan->steps.size(), 2);
        QCOMPARE(plan->steps.first().task, QStringLiteral("a"));
        QCOMPARE(plan->steps.first().inputs.first().value, QStringLiteral("one"));
        QCOMPARE(plan->steps.at(1).dependsOn, QStringList{QStringLiteral("a")});
        QCOMPARE(plan->steps.first().componentDigest, before.steps.first().componentDigest);
    }

    void validationErrorsBeforeStart()
    {
        // unknown upstream task, missing parameter value
        auto bad = buildPipeline({{QStringLiteral("a"), {QStringLiteral("param:p")}, {}}}, {QStringLiteral("p")});
        PlanOptions po;
        auto r = PlanCompiler::compile(bad, po);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().detail.contains(QLatin1String("--param p=VALUE")), qPrintable(r.error().detail));
        po.parameters.insert(QStringLiteral("nope"), QStringLiteral("1"));
        r = PlanCompiler::compile(bad, po);
        QVERIFY(r.error().detail.contains(QLatin1String("no parameter 'nope'")));

        // missing image: start() refuses before anything runs
        FakeRuntime fake;
        auto plan = compile(buildPipeline({{QStringLiteral("a"), {}, {}, QStringLiteral("missing/image:1")}}));
        QVERIFY(plan);
        RunController rc(&fake, nullptr);
        RunOptions opt;
        opt.workspace = newWorkspace();
        auto started = rc.start(plan, opt);
        QVERIFY(!started.ok());
        QVERIFY2(started.error().text().contains(QLatin1String("missing/image:1")), qPrintable(started.error().text()));
        QVERIFY(fake.requests().isEmpty());
        QVERIFY(!QFileInfo::exists(runfiles::runsDir(opt.workspace)));

        // missing secret
        setupFake(fake);
        auto plan2 = compile(buildPipeline({{QStringLiteral("a"), {}, {}}}));
        opt.secretNames = {QStringLiteral("MLWB_TEST_SECRET_NOT_SET")};
        started = rc.start(plan2, opt);
        QVERIFY(!started.ok());
        QVERIFY(started.error().text().contains(QLatin1String("MLWB_TEST_SECRET_NOT_SET")));
    }

    void inputValueFromFileContent()
    {
        auto plan = compile(buildPipeline({{QStringLiteral("a"), {}, {QStringLiteral("n")}},
                                           {QStringLiteral("b"), {QStringLiteral("value:a.n")}, {}}}));
        FakeRuntime fake;
        setupFake(fake);
        fake.setScript(QStringLiteral("a"), writes({{QStringLiteral("n"), "42\n"}}));
        RunController rc(&fake, nullptr);
        RunOptions opt;
        opt.workspace = newWorkspace();
        QCOMPARE(rc.runToCompletion(plan, opt).outcome, RunOutcome::Succeeded);
        QCOMPARE(fake.requests().size(), 2);
        QVERIFY2(fake.requests().at(1).command.contains(QStringLiteral("42")),
                 qPrintable(fake.requests().at(1).command.join(QLatin1Char(' '))));

        // too big for a value: clear error, the step fails
        FakeRuntime fake2;
        setupFake(fake2);
        fake2.setScript(QStringLiteral("a"), writes({{QStringLiteral("n"), QByteArray(2000, 'x')}}));
        RunController rc2(&fake2, nullptr);
        opt.workspace = newWorkspace();
        opt.maxValueBytes = 1000;
        const RunResult r = rc2.runToCompletion(plan, opt);
        QCOMPARE(r.outcome, RunOutcome::Failed);
        QCOMPARE(r.step(QStringLiteral("b"))->state, StepState::Failed);
        QVERIFY2(r.step(QStringLiteral("b"))->error.contains(QLatin1String("1000 bytes")),
                 qPrintable(r.step(QStringLiteral("b"))->error));
        QCOMPARE(fake2.requests().size(), 1);
    }

    void missingOutputFails()
    {
        auto plan = compile(buildPipeline({{QStringLiteral("a"), {}, {QStringLiteral("model")}},
                                           {QStringLiteral("b"), {QStringLiteral("path:a.model")}, {}}}));
        FakeRuntime fake;
        setupFake(fake);
        fake.setDefaultScript(writes({}));
        RunController rc(&fake, nullptr);
        RunOptions opt;
        opt.workspace = newWorkspace();
        const RunResult r = rc.runToCompletion(plan, opt);
        QCOMPARE(r.outcome, RunOutcome::Failed);
        const StepResult *a = r.step(QStringLiteral("a"));
        QCOMPARE(a->state, StepState::Failed);
        QVERIFY2(a->error.contains(QLatin1String("'model'")) && a->error.contains(QLatin1String("/tmp/outputs/model/data")),
                 qPrintable(a->error));
        QCOMPARE(r.step(QStringLiteral("b"))->state, StepState::NotRun);
        // the output folder existed before the step started (docker --mount needs it)
        QVERIFY(QFileInfo(runfiles::outputDir(r.runDir, QStringLiteral("a"), QStringLiteral("model"))).isDir());
    }

    void cacheHitThenMissAfterArgumentChange()
    {
        auto snapshot = buildPipeline({{QStringLiteral("a"), {QStringLiteral("param:p")}, {QStringLiteral("o")}},
                                       {QStringLiteral("b"), {QStringLiteral("path:a.o")}, {QStringLiteral("o")}}},
                                      {QStringLiteral("p=1")});
        FakeRuntime fake;
        setupFake(fake);
        fake.setDefaultScript(writes({{QStringLiteral("o"), "out"}}));
        RunController rc(&fake, nullptr);
        RunOptions opt;
        opt.workspace = newWorkspace();
        const RunResult first = rc.runToCompletion(compile(snapshot), opt);
        QCOMPARE(first.outcome, RunOutcome::Succeeded);
        QCOMPARE(fake.requests().size(), 2);

        const RunResult second = rc.runToCompletion(compile(snapshot), opt);
        QCOMPARE(second.outcome, RunOutcome::Succeeded);
        QCOMPARE(fake.requests().size(), 2); // nothing started
        for (const StepResult &s : second.steps) {
            QCOMPARE(s.state, StepState::Cached);
            QVERIFY(s.cached);
            QCOMPARE(s.cachedFrom, first.runId + QLatin1Char('/') + s.task);
            QCOMPARE(s.cacheKey, first.step(s.task)->cacheKey);
            QCOMPARE(readAll(s.outputs.value(QStringLiteral("o"))), QByteArray("out"));
            QVERIFY(s.outputs.value(QStringLiteral("o")).startsWith(second.runDir));
        }

        const RunResult third = rc.runToCompletion(compile(snapshot, {{QStringLiteral("p"), QStringLiteral("2")}}), opt);
        QCOMPARE(third.outcome, RunOutcome::Succeeded);
        QCOMPARE(third.step(QStringLiteral("a"))->state, StepState::Succeeded);
        // b's input has the same content, so b is still a hit
        QCOMPARE(third.step(QStringLiteral("b"))->state, StepState::Cached);
        QCOMPARE(fake.requests().size(), 3);

        // cache=false on a task disables it
        taskOf(snapshot, QStringLiteral("a"))->options.cache = false;
        const RunResult fourth = rc.runToCompletion(compile(snapshot), opt);
        QCOMPARE(fourth.step(QStringLiteral("a"))->state, StepState::Succeeded);
        QCOMPARE(fake.requests().size(), 4);
    }

    void rerunFromHere()
    {
        auto plan = compile(buildPipeline({{QStringLiteral("a"), {}, {QStringLiteral("o")}},
                                           {QStringLiteral("b"), {QStringLiteral("path:a.o")}, {QStringLiteral("o")}},
                                           {QStringLiteral("c"), {QStringLiteral("path:b.o")}, {}}}));
        FakeRuntime fake;
        setupFake(fake);
        fake.setScript(QStringLiteral("a"), writes({{QStringLiteral("o"), "from-a"}}));
        fake.setDefaultScript(writes({{QStringLiteral("o"), "x"}}));
        fake.setScript(QStringLiteral("c"), writes({}));
        RunController rc(&fake, nullptr);
        RunOptions opt;
        opt.workspace = newWorkspace();
        const RunResult first = rc.runToCompletion(plan, opt);
        QCOMPARE(first.outcome, RunOutcome::Succeeded);
        QCOMPARE(fake.requests().size(), 3);

        opt.fromTask = QStringLiteral("b");
        opt.reuseRunId = first.runId;
        const RunResult again = rc.runToCompletion(plan, opt);
        QCOMPARE(again.outcome, RunOutcome::Succeeded);
        QCOMPARE(fake.requests().size(), 5); // b and c ran again despite the cache
        QCOMPARE(fake.requests().at(3).taskName, QStringLiteral("b"));
        QCOMPARE(fake.requests().at(4).taskName, QStringLiteral("c"));
        const StepResult *a = again.step(QStringLiteral("a"));
        QCOMPARE(a->state, StepState::Cached);
        QCOMPARE(a->cachedFrom, first.runId + QStringLiteral("/a"));
        // b read a's output of the first run
        QCOMPARE(readAll(fake.requests().at(3).mounts.first().hostPath), QByteArray("from-a"));

        opt.fromTask = QStringLiteral("nope");
        QVERIFY(rc.runToCompletion(plan, opt).error.contains(QLatin1String("nope")));
    }

    void retriesWithBackoff()
    {
        auto snapshot = buildPipeline({{QStringLiteral("a"), {}, {}}});
        taskOf(snapshot, QStringLiteral("a"))->options.retries = 2;
        taskOf(snapshot, QStringLiteral("a"))->options.retryBackoffSeconds = 1;
        FakeRuntime fake;
        setupFake(fake);
        FakeRuntime::Script s;
        s.failFirstAttempts = 2;
        fake.setDefaultScript(s);
        RunController rc(&fake, nullptr);
        RunOptions opt;
        opt.workspace = newWorkspace();
        opt.backoffUnitMs = 100;
        const RunResult r = rc.runToCompletion(compile(snapshot), opt);
        QCOMPARE(r.outcome, RunOutcome::Succeeded);
        const StepResult *a = r.step(QStringLiteral("a"));
        QCOMPARE(a->attempts, 3);
        QCOMPARE(fake.attemptsOf(QStringLiteral("a")), 3);
        QCOMPARE(a->attemptRecords.size(), 3);
        QCOMPARE(a->attemptRecords.at(0).exitCode, 1);
        // exponential: 100 ms, then 200 ms
        QVERIFY(a->attemptRecords.at(1).startMs - a->attemptRecords.at(0).endMs >= 95);
        QVERIFY(a->attemptRecords.at(2).startMs - a->attemptRecords.at(1).endMs >= 195);
        QVERIFY(QFileInfo::exists(runfiles::logPath(r.runDir, QStringLiteral("a"), 3)));

        // retries exhausted: failed
        FakeRuntime fake2;
        setupFake(fake2);
        s.failFirstAttempts = 5;
        fake2.setDefaultScript(s);
        RunController rc2(&fake2, nullptr);
        opt.workspace = newWorkspace();
        const RunResult r2 = rc2.runToCompletion(compile(snapshot), opt);
        QCOMPARE(r2.outcome, RunOutcome::Failed);
        QCOMPARE(r2.step(QStringLiteral("a"))->attempts, 3);
    }

    void timeoutKillsAndFails()
    {
        auto snapshot = buildPipeline({{QStringLiteral("a"), {}, {}}});
        taskOf(snapshot, QStringLiteral("a"))->options.timeoutSeconds = 1;
        FakeRuntime fake;
        setupFake(fake);
        FakeRuntime::Script s;
        s.durationMs = 20000;
        fake.setDefaultScript(s);
        RunController rc(&fake, nullptr);
        RunOptions opt;
        opt.workspace = newWorkspace();
        QElapsedTimer t;
        t.start();
        const RunResult r = rc.runToCompletion(compile(snapshot), opt);
        QVERIFY(t.elapsed() < 5000);
        QCOMPARE(r.outcome, RunOutcome::Failed);
        QCOMPARE(fake.requests().first().timeoutMs, 1000);
        QVERIFY2(r.step(QStringLiteral("a"))->error.contains(QLatin1String("Timed out after 1 s")),
                 qPrintable(r.step(QStringLiteral("a"))->error));
    }

    void cancelStopsEverything()
    {
        auto plan = compile(buildPipeline({{QStringLiteral("a"), {}, {QStringLiteral("o")}},
                                           {QStringLiteral("b"), {}, {}},
                                           {QStringLiteral("c"), {QStringLiteral("path:a.o")}, {}}}));
        FakeRuntime fake;
        setupFake(fake);
        FakeRuntime::Script s;
        s.durationMs = 30000;
        fake.setDefaultScript(s);
        RunController rc(&fake, nullptr);
        RunOptions opt;
        opt.workspace = newWorkspace();
        QSignalSpy finished(&rc, &RunController::runFinished);
        QVERIFY(rc.start(plan, opt).ok());
        QTRY_COMPARE(fake.requests().size(), 2);
        QElapsedTimer t;
        t.start();
        rc.cancel();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(t.elapsed() < 2000);
        const RunResult r = rc.result();
        QCOMPARE(r.outcome, RunOutcome::Cancelled);
        for (const StepResult &st : r.steps)
            QCOMPARE(st.state, StepState::Cancelled);
        QVERIFY(!QFileInfo::exists(r.runDir + QStringLiteral("/run.lock")));
    }

    void conditionsSkipAndFailuresNotRun()
    {
        auto snapshot = buildPipeline({{QStringLiteral("a"), {}, {QStringLiteral("o")}},
                                       {QStringLiteral("b"), {}, {QStringLiteral("o")}},
                                       {QStringLiteral("c"), {QStringLiteral("path:b.o")}, {}},
                                       {QStringLiteral("d"), {QStringLiteral("path:a.o")}, {}},
                                       {QStringLiteral("e"), {}, {QStringLiteral("o")}},
                                       {QStringLiteral("f"), {QStringLiteral("path:e.o")}, {}},
                                       {QStringLiteral("g"), {}, {}}});
        model::RunCondition cond;
        cond.task = QStringLiteral("a");
        cond.output = QStringLiteral("o");
        cond.op = QStringLiteral("==");
        cond.value = QStringLiteral("yes");
        taskOf(snapshot, QStringLiteral("b"))->options.condition = cond;
        FakeRuntime fake;
        setupFake(fake);
        fake.setDefaultScript(writes({}));
        fake.setScript(QStringLiteral("a"), writes({{QStringLiteral("o"), "no\n"}}));
        fake.setScript(QStringLiteral("b"), writes({{QStringLiteral("o"), "b\n"}}));
        FakeRuntime::Script failing;
        failing.exitCode = 3;
        fake.setScript(QStringLiteral("e"), failing);
        RunController rc(&fake, nullptr);
        RunOptions opt;
        opt.workspace = newWorkspace();
        const RunResult r = rc.runToCompletion(compile(snapshot), opt);
        QCOMPARE(r.step(QStringLiteral("a"))->state, StepState::Succeeded);
        QCOMPARE(r.step(QStringLiteral("b"))->state, StepState::Skipped);
        QVERIFY(r.step(QStringLiteral("b"))->error.contains(QLatin1String("is false")));
        QCOMPARE(r.step(QStringLiteral("c"))->state, StepState::Skipped);
        QCOMPARE(r.step(QStringLiteral("d"))->state, StepState::Succeeded);
        QCOMPARE(r.step(QStringLiteral("e"))->state, StepState::Failed);
        QCOMPARE(r.step(QStringLiteral("e"))->exitCode, 3);
        QCOMPARE(r.step(QStringLiteral("f"))->state, StepState::NotRun);
        QCOMPARE(r.step(QStringLiteral("g"))->state, StepState::Succeeded);
        QCOMPARE(r.outcome, RunOutcome::Failed);
        QStringList started;
        for (const ContainerRequest &rq : fake.requests())
            started.append(rq.taskName);
        QVERIFY(!started.contains(QStringLiteral("b")) && !started.contains(QStringLiteral("c"))
                && !started.contains(QStringLiteral("f")));
    }

    void logsAndStepJson()
    {
        qputenv("MLWB_TEST_TOKEN", "s3cr3t-value");
        auto plan = compile(buildPipeline({{QStringLiteral("a"), {}, {QStringLiteral("o")}}}));
        FakeRuntime fake;
        setupFake(fake);
        FakeRuntime::Script s = writes({{QStringLiteral("o"), "1"}});
        s.lines = {{OutputStream::Stdout, "hello out"},
                   {OutputStream::Stderr, "token is s3cr3t-value"}};
        fake.setDefaultScript(s);
        RunController rc(&fake, nullptr);
        QSignalSpy lines(&rc, &RunController::logLine);
        RunOptions opt;
        opt.workspace = newWorkspace();
        opt.secretNames = {QStringLiteral("MLWB_TEST_TOKEN")};
        const RunResult r = rc.runToCompletion(plan, opt);
        QCOMPARE(r.outcome, RunOutcome::Succeeded);
        QCOMPARE(fake.requests().first().env.value(QStringLiteral("MLWB_TEST_TOKEN")), QStringLiteral("s3cr3t-value"));
        QVERIFY(lines.size() >= 3);
        bool sawOut = false;
        for (const auto &l : lines) {
            QVERIFY(!l.at(4).toString().contains(QLatin1String("s3cr3t")));
            sawOut = sawOut || (l.at(4).toString() == QLatin1String("hello out")
                                && l.at(3).value<OutputStream>() == OutputStream::Stdout && l.at(2).toInt() == 1);
        }
        QVERIFY(sawOut);
        const QByteArray log = readAll(runfiles::logPath(r.runDir, QStringLiteral("a"), 1));
        QVERIFY2(log.contains("[out] hello out\n") && log.contains("[err] token is ***\n"), log.constData());
        QVERIFY(!log.contains("s3cr3t"));

        auto json = runfiles::readJson(runfiles::stepJsonPath(r.runDir, QStringLiteral("a")));
        QVERIFY(json.ok());
        QCOMPARE(json->value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(json->value(QStringLiteral("exitCode")).toInt(), 0);
        QCOMPARE(json->value(QStringLiteral("imageId")).toString(), QStringLiteral("sha256:fakeimage"));
        QCOMPARE(json->value(QStringLiteral("attempts")).toInt(), 1);
        QVERIFY(json->value(QStringLiteral("startMs")).toInteger() > 0);
        QVERIFY(json->value(QStringLiteral("endMs")).toInteger() >= json->value(QStringLiteral("startMs")).toInteger());
        QCOMPARE(json->value(QStringLiteral("cacheKey")).toString().size(), 64);
        QVERIFY(json->value(QStringLiteral("command")).toString().contains(QLatin1String("sh -c true")));
        QCOMPARE(json->value(QStringLiteral("outputs")).toObject().value(QStringLiteral("o")).toString(),
                 QStringLiteral("a/o/data"));
        QVERIFY(!readAll(runfiles::stepJsonPath(r.runDir, QStringLiteral("a"))).contains("s3cr3t"));
        auto run = runfiles::readJson(r.runDir + QStringLiteral("/run.json"));
        QVERIFY(run.ok());
        QCOMPARE(run->value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        qunsetenv("MLWB_TEST_TOKEN");
    }

    void storeRecords()
    {
        auto snapshot = buildPipeline({{QStringLiteral("train"), {QStringLiteral("param:lr")}, {QStringLiteral("model"), QStringLiteral("metrics")}},
                                       {QStringLiteral("eval"), {QStringLiteral("path:train.model")}, {}}},
                                      {QStringLiteral("lr=0.1")});
        // typed outputs, so the artifact types map
        auto spec = std::make_shared<model::ComponentSpec>(*taskOf(snapshot, QStringLiteral("train"))->spec);
        spec->outputs[0].type = model::TypeSpec::fromName(QStringLiteral("Model"));
        spec->outputs[1].type = model::TypeSpec::fromName(QStringLiteral("Metrics"));
        taskOf(snapshot, QStringLiteral("train"))->spec = spec;
        // run metrics: named by the annotation, and every metric of a Metrics pipeline output
        snapshot.info.metadata = {{QStringLiteral("annotations"),
                                   QVariantMap{{QStringLiteral("mlwb.io/run-metrics"), QStringLiteral("train.loss")}}}};
        model::PipelineOutput out;
        out.spec.name = QStringLiteral("scores");
        out.spec.type = model::TypeSpec::fromName(QStringLiteral("Metrics"));
        out.task = QStringLiteral("train");
        out.output = QStringLiteral("metrics");
        snapshot.info.outputs = {out};
        FakeRuntime fake;
        setupFake(fake);
        fake.setDefaultScript(writes({{QStringLiteral("model"), "M"}, {QStringLiteral("metrics"), "{\"auc\": 0.8}"}}));
        fake.setScript(QStringLiteral("eval"), writes({}));
        const QString ws = newWorkspace();
        store::MetadataStore st;
        QVERIFY(st.open(store::MetadataStore::defaultPath(ws)).ok());
        RunController rc(&fake, &st);
        RunOptions opt;
        opt.workspace = ws;
        opt.gitCommit = QStringLiteral("abc123");
        const RunResult r = rc.runToCompletion(compile(snapshot), opt);
        QCOMPARE(r.outcome, RunOutcome::Succeeded);
        QVERIFY(r.storeRunId > 0);
        auto detail = st.runDetail(r.storeRunId);
        QVERIFY2(detail.ok(), qPrintable(detail.ok() ? QString() : detail.error().text()));
        QCOMPARE(detail->summary.name, r.runId);
        QCOMPARE(detail->summary.state, store::RunState::Complete);
        QCOMPARE(detail->summary.params.value(QStringLiteral("lr")).toString(), QStringLiteral("0.1"));
        QCOMPARE(detail->runProperties.value(QStringLiteral("git_commit")).toString(), QStringLiteral("abc123"));
        QCOMPARE(detail->steps.size(), 2);
        const store::StepDetail *train = nullptr, *eval = nullptr;
        for (const auto &sd : detail->steps) {
            const QString task = sd.execution.customProperties.value(QStringLiteral("task_name")).toString();
            (task == QLatin1String("train") ? train : eval) = &sd;
        }
        QVERIFY(train && eval);
        QCOMPARE(train->execution.state, int(store::ExecutionState::Complete));
        QCOMPARE(train->execution.customProperties.value(QStringLiteral("image_id")).toString(), QStringLiteral("sha256:fakeimage"));
        QCOMPARE(train->execution.customProperties.value(QStringLiteral("exit_code")).toInt(), 0);
        QCOMPARE(train->execution.customProperties.value(QStringLiteral("cache_fingerprint")).toString(),
                 r.step(QStringLiteral("train"))->cacheKey);
        QVERIFY(train->execution.customProperties.value(QStringLiteral("log_path")).toString().endsWith(QLatin1String("attempt-1.log")));
        QCOMPARE(train->outputs.size(), 2);
        QStringList types;
        for (const auto &a : train->outputs)
            types.append(a.typeName);
        types.sort();
        QCOMPARE(types, (QStringList{QStringLiteral("system.Metrics"), QStringLiteral("system.Model")}));
        QCOMPARE(detail->summary.metrics.value(QStringLiteral("train.auc")).toDouble(), 0.8); // named after its step
        QCOMPARE(detail->summary.runMetrics, (QStringList{QStringLiteral("train.loss"), QStringLiteral("train.auc")}));
        QCOMPARE(eval->inputs.size(), 1);
        QCOMPARE(eval->inputs.first().typeName, QStringLiteral("system.Model"));
        QCOMPARE(eval->inputs.first().uri, train->outputs.at(train->outputNames.indexOf(QStringLiteral("model"))).uri);
        auto events = st.eventsOfExecution(eval->execution.id);
        QVERIFY(events.ok() && events->size() == 1);
    }

    void crashRecoveryMarksInterrupted()
    {
        const QString ws = newWorkspace();
        store::MetadataStore st;
        QVERIFY(st.open(store::MetadataStore::defaultPath(ws)).ok());
        store::RunInfo dead;
        dead.runName = QStringLiteral("dead-run");
        const qint64 deadId = *st.beginRun(dead);
        store::StepRecord step;
        step.taskName = QStringLiteral("a");
        step.state = store::ExecutionState::Running;
        QVERIFY(st.recordStep(deadId, step).ok());
        store::RunInfo live;
        live.runName = QStringLiteral("live-run");
        const qint64 liveId = *st.beginRun(live);
        // dead-run's lock names a process that does not exist; live-run's names this process.
        QDir().mkpath(runfiles::runDir(ws, QStringLiteral("dead-run")));
        QVERIFY(runfiles::writeJson(runfiles::runDir(ws, QStringLiteral("dead-run")) + QStringLiteral("/run.lock"),
                                    QJsonObject{{QStringLiteral("pid"), 2147483000}, {QStringLiteral("comm"), QStringLiteral("mlwb-cli")}}).ok());
        QDir().mkpath(runfiles::runDir(ws, QStringLiteral("live-run")));
        QVERIFY(runfiles::writeLock(runfiles::runDir(ws, QStringLiteral("live-run"))).ok());

        FakeRuntime fake;
        fake.addOrphan({QStringLiteral("c1"), QStringLiteral("mlwb-dead-run-a-1"), QStringLiteral("dead-run"), QStringLiteral("running")});
        fake.addOrphan({QStringLiteral("c2"), QStringLiteral("mlwb-live-run-a-1"), QStringLiteral("live-run"), QStringLiteral("running")});
        // Steps of another workspace's run (maybe alive in another mlwb): never touched, labelled
        // or (an older mlwb's) not.
        fake.addOrphan({QStringLiteral("c3"), QStringLiteral("mlwb-elsewhere-a-1"), QStringLiteral("elsewhere"),
                        QStringLiteral("running"), ContainerRuntime::workspaceLabelValue(ws + QStringLiteral("-other"))});
        fake.addOrphan({QStringLiteral("c4"), QStringLiteral("mlwb-unlabelled-a-1"), QStringLiteral("unlabelled"),
                        QStringLiteral("running")});
        // A labelled container of this workspace whose run folder is gone: ours, removed.
        fake.addOrphan({QStringLiteral("c5"), QStringLiteral("mlwb-gone-a-1"), QStringLiteral("gone"),
                        QStringLiteral("exited"), ContainerRuntime::workspaceLabelValue(ws)});
        const RecoveryReport rep = recoverAfterCrash(ws, &st, &fake);
        QCOMPARE(rep.interruptedRuns, QStringList{QStringLiteral("dead-run")});
        QCOMPARE(rep.removedContainers, (QStringList{QStringLiteral("mlwb-dead-run-a-1"), QStringLiteral("mlwb-gone-a-1")}));
        QCOMPARE(rep.liveRuns, QStringList{QStringLiteral("live-run")});
        QVERIFY(!QFileInfo::exists(runfiles::runDir(ws, QStringLiteral("dead-run")) + QStringLiteral("/run.lock")));
        QCOMPARE(st.runDetail(deadId)->summary.state, store::RunState::Interrupted);
        QCOMPARE(st.runDetail(deadId)->steps.first().execution.state, int(store::ExecutionState::Failed));
        QCOMPARE(st.runDetail(liveId)->summary.state, store::RunState::Running);
        auto left = fake.listContainers();
        QStringList leftRuns;
        for (const ContainerInfo &c : *left)
            leftRuns << c.runId;
        leftRuns.sort();
        QCOMPARE(leftRuns, (QStringList{QStringLiteral("elsewhere"), QStringLiteral("live-run"), QStringLiteral("unlabelled")}));
    }
};

QTEST_GUILESS_MAIN(TstRunController)
#include "tst_runcontroller.moc"
