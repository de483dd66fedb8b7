// SPDX-License-Identifier: GPL-3.0-or-later
// Pulling the images of a run before it starts, without an engine (a fake runtime with a fake
// registry): the pull policy (workspace setting containers.pull, RunOptions, mlwb-cli run
// --pull), the live lines and pull.log, failures with the engine's message and the local build
// script of an image, cancel during a pull, and the process runner that pulls nothing.
// tests/integration/docker/tst_imagepull_docker.cpp does the same against a real registry.
#include "core/exec/containerlimits.h"
#include "core/exec/executionplan.h"
#include "core/exec/fakeruntime.h"
#include "core/exec/imagepull.h"
#include "core/exec/processruntime.h"
#include "core/exec/runcontroller.h"
#include "core/exec/runworkspace.h"

#include "../executor/pipelinebuilder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;
using namespace wb::exec;

static const QString kImage = QStringLiteral("registry.test/team/tool:1");
static const QString kId = QStringLiteral("sha256:pulledpulledpulled");

class TstImagePull : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    QString newWorkspace()
    {
        const QString ws = m_dir.filePath(QStringLiteral("ws%1").arg(++m_n));
        QDir().mkpath(ws);
        return ws;
    }

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    /// A two-task plan (both on `image`), compiled as if the pipeline lived in `baseDir`.
    static ExecutionPlanPtr plan(const QString &image, const QString &baseDir, const QVariantMap &componentAnnotations = {})
    {
        auto s = buildPipeline({{QStringLiteral("a"), {}, {}, image}, {QStringLiteral("b"), {}, {}, image}});
        if (!componentAnnotations.isEmpty()) {
            for (model::Task &t : s.tasks) {
                auto spec = std::make_shared<model::ComponentSpec>(*t.spec);
                spec->metadata.insert(QStringLiteral("annotations"), componentAnnotations);
                t.spec = spec;
            }
        }
        PlanOptions po;
        po.baseDir = baseDir;
        auto p = PlanCompiler::compile(s, po);
        if (!p.ok())
            qWarning("%s", qPrintable(p.error().text()));
        return p.ok() ? std::make_shared<const ExecutionPlan>(*p) : nullptr;
    }

    struct Lines
    {
        QStringList lines;
        QStringList runIds;
        QStringList images;
        bool beforeRunStarted = true;
    };

    static void record(RunController &rc, Lines &out)
    {
        QObject::connect(&rc, &RunController::pullLine, &rc,
                         [&out](const QString &runId, const QString &image, const QString &line) {
                             out.runIds.append(runId);
                             out.images.append(image);
                             out.lines.append(line);
                         });
        QObject::connect(&rc, &RunController::runStarted, &rc, [&out](const QString &) {
            out.beforeRunStarted = out.beforeRunStarted && !out.lines.isEmpty();
        });
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void pullPolicySettingAndOverride()
    {
        QCOMPARE(pullPolicyName(PullPolicy::Never), QStringLiteral("never"));
        QCOMPARE(*parsePullPolicy(QStringLiteral("always")), PullPolicy::Always);
        QCOMPARE(*parsePullPolicy(QStringLiteral("missing")), PullPolicy::Missing);
        QVERIFY(!parsePullPolicy(QStringLiteral("sometimes")).ok());

        RunOptions opt;
        opt.workspace = newWorkspace();
        QCOMPARE(containerDefaults(opt)->pull, PullPolicy::Missing); // no settings file

        writeFile(workspaceSettingsPath(opt.workspace), R"({"containers": {"pull": "never"}})");
        QCOMPARE(readWorkspaceSettings(opt.workspace)->containers.pull, PullPolicy::Never);
        QCOMPARE(containerDefaults(opt)->pull, PullPolicy::Never);
        opt.pull = PullPolicy::Always; // mlwb-cli run --pull always
        QCOMPARE(containerDefaults(opt)->pull, PullPolicy::Always);

        WorkspaceSettings s;
        s.containers.pull = PullPolicy::Always;
        QVERIFY(writeWorkspaceSettings(opt.workspace, s).ok());
        QVERIFY(readFile(workspaceSettingsPath(opt.workspace)).contains("\"pull\": \"always\""));

        writeFile(workspaceSettingsPath(opt.workspace), R"({"containers": {"pull": "sometimes"}})");
        const auto bad = readWorkspaceSettings(opt.workspace);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains(QStringLiteral("\"containers.pull\"")), qPrintable(bad.error().message));
        QVERIFY2(bad.error().message.contains(QStringLiteral("\"sometimes\"")), qPrintable(bad.error().message));
    }

    void missingImageIsPulledLiveAndLogged()
    {
        FakeRuntime fake;
        fake.setRegistry({{kImage, kId}});
        RunController rc(&fake, nullptr);
        Lines seen;
        record(rc, seen);
        RunOptions opt;
        opt.workspace = newWorkspace();
        const RunResult r = rc.runToCompletion(plan(kImage, opt.workspace), opt);
        QCOMPARE(r.outcome, RunOutcome::Succeeded);
        QCOMPARE(fake.pulls(), QStringList{kImage}); // once for both tasks
        QCOMPARE(r.step(QStringLiteral("a"))->imageId, kId);
        QCOMPARE(fake.requests().size(), 2);

        // Live, before the run started, tagged with the run's id and the image.
        QVERIFY(seen.beforeRunStarted);
        QVERIFY(!seen.lines.isEmpty());
        for (const QString &id : std::as_const(seen.runIds))
            QCOMPARE(id, r.runId);
        QCOMPARE(seen.images.count(kImage), seen.images.size());
        QVERIFY2(seen.lines.first().startsWith(QStringLiteral("Pulling %1 for task 'a' (pull policy: missing)").arg(kImage)),
                 qPrintable(seen.lines.first()));
        QVERIFY(seen.lines.contains(QStringLiteral("Status: Downloaded newer image for ") + kImage));

        // Kept with the run: the same lines.
        const QString log = QString::fromUtf8(readFile(runfiles::pullLogPath(r.runDir)));
        QCOMPARE(log, seen.lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
        QVERIFY(log.contains(QStringLiteral("Pulled %1 (%2)").arg(kImage, kId)));
    }

    void presentImageIsNotPulled()
    {
        FakeRuntime fake;
        fake.setImages({{kImage, kId}});
        fake.setRegistry({{kImage, kId}});
        RunController rc(&fake, nullptr);
        Lines seen;
        record(rc, seen);
        RunOptions opt;
        opt.workspace = newWorkspace();
        const RunResult r = rc.runToCompletion(plan(kImage, opt.workspace), opt);
        QCOMPARE(r.outcome, RunOutcome::Succeeded);
        QVERIFY(fake.pulls().isEmpty());
        QVERIFY(seen.lines.isEmpty());
        QVERIFY(!QFileInfo::exists(runfiles::pullLogPath(r.runDir)));
    }

    void neverRefusesMissingImage()
    {
        FakeRuntime fake;
        fake.setRegistry({{kImage, kId}});
        RunController rc(&fake, nullptr);
        RunOptions opt;
        opt.workspace = newWorkspace();
        opt.pull = PullPolicy::Never;
        const auto started = rc.start(plan(kImage, opt.workspace), opt);
        QVERIFY(!started.ok());
        const QString msg = started.error().text();
        QCOMPARE(started.error().code, QStringLiteral("image-missing"));
        QVERIFY2(msg.contains(QStringLiteral("Task 'a' needs the image '%1'").arg(kImage)), qPrintable(msg));
        QVERIFY2(msg.contains(QStringLiteral("the pull policy is \"never\"")), qPrintable(msg));
        QVERIFY2(msg.contains(QStringLiteral("--pull missing")), qPrintable(msg));
        QVERIFY(fake.pulls().isEmpty());
        QVERIFY(fake.requests().isEmpty());
        QVERIFY(!QFileInfo::exists(runfiles::runsDir(opt.workspace)));
    }

    void alwaysPullsPresentImage()
    {
        FakeRuntime fake;
        fake.setImages({{kImage, QStringLiteral("sha256:old")}});
        fake.setRegistry({{kImage, kId}});
        RunController rc(&fake, nullptr);
        RunOptions opt;
        opt.workspace = newWorkspace();
        writeFile(workspaceSettingsPath(opt.workspace), R"({"containers": {"pull": "always"}})");
        const RunResult r = rc.runToCompletion(plan(kImage, opt.workspace), opt);
        QCOMPARE(r.outcome, RunOutcome::Succeeded);
        QCOMPARE(fake.pulls(), QStringList{kImage});
        QCOMPARE(r.step(QStringLiteral("b"))->imageId, kId); // the id after the pull
        QVERIFY(readFile(runfiles::pullLogPath(r.runDir)).contains("(pull policy: always)"));
    }

    void failedPullFailsStartWithEngineMessage()
    {
        FakeRuntime fake; // an empty registry
        RunController rc(&fake, nullptr);
        Lines seen;
        record(rc, seen);
        RunOptions opt;
        opt.workspace = newWorkspace();
        const auto started = rc.start(plan(kImage, opt.workspace), opt);
        QVERIFY(!started.ok());
        QCOMPARE(started.error().code, QStringLiteral("image-pull-failed"));
        const QString msg = started.error().message;
        QVERIFY2(msg.contains(QStringLiteral("Task 'a' needs the image '%1'").arg(kImage)), qPrintable(msg));
        QVERIFY2(msg.contains(QStringLiteral("Cannot pull the image '%1'").arg(kImage)), qPrintable(msg));
        QVERIFY2(msg.contains(QStringLiteral("pull access denied for registry.test/team/tool")), qPrintable(msg));
        QCOMPARE(fake.pulls(), QStringList{kImage});
        QVERIFY(fake.requests().isEmpty());
        // The live lines said it too; no run was left behind.
        QVERIFY(seen.lines.last().contains(QStringLiteral("pull access denied")));
        QVERIFY(!QFileInfo::exists(runfiles::runsDir(opt.workspace)));
    }

    void localBuildScriptNamedWhenImageCannotBePulled()
    {
        const QString ws = newWorkspace();
        const QString script = ws + QStringLiteral("/images/build-tool.sh");
        writeFile(ws + QStringLiteral("/images/other.sh"), "#!/bin/sh\n# mlwb-image: someone/else:1\n");
        writeFile(script, "#!/bin/sh\n# Builds it.\n# mlwb-image: " + kImage.toUtf8() + "\nexit 0\n");
        QCOMPARE(imageBuildHint(kImage, nullptr, {ws}), script);
        QVERIFY(imageBuildHint(QStringLiteral("someone/else:2"), nullptr, {ws}).isEmpty());

        for (PullPolicy policy : {PullPolicy::Missing, PullPolicy::Never, PullPolicy::Always}) {
            FakeRuntime fake;
            RunController rc(&fake, nullptr);
            RunOptions opt;
            opt.workspace = ws;
            opt.pull = policy;
            const auto started = rc.start(plan(kImage, QDir::tempPath()), opt);
            QVERIFY(!started.ok());
            QVERIFY2(started.error().message.contains(QStringLiteral("It is built on this machine by %1.").arg(script)),
                     qPrintable(started.error().message));
        }

        // The component's own annotation wins, shown as written.
        FakeRuntime fake;
        RunController rc(&fake, nullptr);
        RunOptions opt;
        opt.workspace = ws;
        const QVariantMap annotations{{QStringLiteral("mlwb.io/image-build"), QStringLiteral("tools/make-image.sh")}};
        const auto started = rc.start(plan(kImage, ws, annotations), opt);
        QVERIFY(!started.ok());
        QVERIFY2(started.error().message.contains(QStringLiteral("It is built on this machine by tools/make-image.sh.")),
                 qPrintable(started.error().message));
    }

    void exampleImagesNameTheirBuildScripts()
    {
        const QString examples = QStringLiteral(MLWB_SOURCE_DIR "/resources/examples");
        QCOMPARE(imageBuildHint(QStringLiteral("mlwb/sklearn:bookworm"), nullptr, {examples}),
                 examples + QStringLiteral("/images/build-sklearn-image.sh"));
        QCOMPARE(imageBuildHint(QStringLiteral("mlwb/busybox:latest"), nullptr, {examples}),
                 examples + QStringLiteral("/images/build-busybox-image.sh"));
        // The shipped palette's images come from Docker Hub: no local script.
        QVERIFY(imageBuildHint(QStringLiteral("busybox:1.36"), nullptr, {examples}).isEmpty());
    }

    void cancelDuringPullStopsIt()
    {
        FakeRuntime fake;
        fake.setRegistry({{kImage, kId}});
        fake.setPullBlocks(true); // goes on until the cancel check says stop
        RunController rc(&fake, nullptr);
        int polls = 0;
        rc.setCancelCheck([&polls] { return ++polls > 10; });
        RunOptions opt;
        opt.workspace = newWorkspace();
        const auto started = rc.start(plan(kImage, opt.workspace), opt);
        QVERIFY(!started.ok());
        QCOMPARE(started.error().code, QStringLiteral("cancelled"));
        QVERIFY2(started.error().message.contains(kImage), qPrintable(started.error().message));
        QCOMPARE(fake.pulls(), QStringList{kImage});
        QVERIFY(polls > 10);
        QVERIFY(fake.requests().isEmpty());
        QVERIFY(!rc.isRunning());
        QVERIFY(!QFileInfo::exists(runfiles::runsDir(opt.workspace)));
    }

    void processRunnerPullsNothing()
    {
        ProcessRuntime rt;
        QVERIFY(!rt.canPullImages());
        RunController rc(&rt, nullptr);
        Lines seen;
        record(rc, seen);
        RunOptions opt;
        opt.workspace = newWorkspace();
        opt.pull = PullPolicy::Always;
        const RunResult r = rc.runToCompletion(plan(kImage, opt.workspace), opt);
        QCOMPARE(r.outcome, RunOutcome::Succeeded);
        QVERIFY(seen.lines.isEmpty());
        QVERIFY(!QFileInfo::exists(runfiles::pullLogPath(r.runDir)));
    }

    void cliPullOption()
    {
        const QString cli = qEnvironmentVariable("MLWB_CLI");
        QVERIFY2(QFileInfo::exists(cli), "MLWB_CLI is not set to mlwb-cli");
        const QString ws = newWorkspace();
        const QString pipeline = ws + QStringLiteral("/p.pipeline.yaml");
        writeFile(pipeline, pipelineYaml({{QStringLiteral("a"), {}, {}, kImage}}));
        auto run = [&](const QStringList &extra) {
            QProcess p;
            p.start(cli, QStringList{QStringLiteral("run"), pipeline, QStringLiteral("--workspace"), ws,
                                     QStringLiteral("--runtime"), QStringLiteral("process")} + extra);
            p.waitForFinished(60000);
            return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
        };
        const auto bad = run({QStringLiteral("--pull"), QStringLiteral("sometimes")});
        QCOMPARE(bad.first, 2);
        QVERIFY2(bad.second.contains(QStringLiteral("--pull: 'sometimes' is not a pull policy: use never, missing or always")),
                 qPrintable(bad.second));
        for (const QString &policy : {QStringLiteral("never"), QStringLiteral("missing"), QStringLiteral("always")}) {
            const auto ok = run({QStringLiteral("--pull"), policy});
            QVERIFY2(ok.first == 0, qPrintable(policy + QLatin1Char(' ') + ok.second)); // nothing to pull
        }
    }
};

QTEST_GUILESS_MAIN(TstImagePull)
#include "tst_imagepull.moc"
