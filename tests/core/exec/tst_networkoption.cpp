// SPDX-License-Identifier: GPL-3.0-or-later
// The per-task network option without an engine: the annotation in the pipeline file, the
// component's default, the request the executor builds (Hardening::networkNone) and how the
// Docker runtime renders it, the step log's note, and the process runner's note that it cannot
// restrict the network.
#include "core/exec/containerlimits.h"
#include "core/exec/dockercliruntime.h"
#include "core/exec/executionplan.h"
#include "core/exec/fakeruntime.h"
#include "core/exec/processruntime.h"
#include "core/exec/runcontroller.h"
#include "core/exec/runworkspace.h"
#include "core/manifest/componentreader.h"
#include "core/manifest/pipelinefile.h"
#include "core/model/modelmapper.h"

#include "../executor/pipelinebuilder.h"
#include "runrecorder.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;
using namespace wb::exec;

namespace {

/// Gives task `name` a component whose metadata says mlwb.io/network: `value`.
void setComponentNetwork(model::PipelineSnapshot &s, const QString &name, const QVariant &value)
{
    model::Task *t = taskOf(s, name);
    QVERIFY(t && t->spec);
    auto spec = std::make_shared<model::ComponentSpec>(*t->spec);
    QVariantMap annotations = spec->metadata.value(QStringLiteral("annotations")).toMap();
    annotations.insert(QStringLiteral("mlwb.io/network"), value);
    spec->metadata.insert(QStringLiteral("annotations"), annotations);
    t->spec = spec;
}

QString valueAfter(const QStringList &a, const QString &flag)
{
    const qsizetype i = a.indexOf(flag);
    return i >= 0 && i + 1 < a.size() ? a.at(i + 1) : QString();
}

} // namespace

class TstNetworkOption : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    struct Ran
    {
        ContainerRequest request;
        QStringList system; ///< System lines the controller reported for the step
        QString log;        ///< the attempt's log file
    };

    /// Runs the one-task pipeline `s` (task "a") through the controller with a fake runtime.
    Ran run(const model::PipelineSnapshot &s)
    {
        PlanOptions po;
        po.baseDir = QStringLiteral("/tmp");
        auto plan = PlanCompiler::compile(s, po);
        if (!plan.ok())
            qWarning("%s", qPrintable(plan.error().text()));
        FakeRuntime fake;
        fake.setImages({{QStringLiteral("img"), QStringLiteral("sha256:fakeimage")}});
        RunController rc(&fake, nullptr);
        Ran ran;
        connect(&rc, &RunController::logLine, this,
                [&ran](const QString &, const QString &, int, OutputStream stream, const QString &line) {
                    if (stream == OutputStream::System)
                        ran.system.append(line);
                });
        RunOptions opt;
        opt.workspace = m_dir.filePath(QStringLiteral("ws%1").arg(++m_n));
        opt.useCache = false;
        const RunResult r = rc.runToCompletion(std::make_shared<const ExecutionPlan>(*plan), opt);
        if (r.outcome != RunOutcome::Succeeded)
            qWarning("run: %s", qPrintable(r.error));
        if (!fake.requests().isEmpty())
            ran.request = fake.requests().first();
        QFile log(runfiles::logPath(r.runDir, QStringLiteral("a"), 1));
        if (log.open(QIODevice::ReadOnly))
            ran.log = QString::fromUtf8(log.readAll());
        return ran;
    }

    static model::PipelineSnapshot oneTask() { return buildPipeline({{QStringLiteral("a"), {}, {}}}); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void defaultIsNetworkNone()
    {
        QVERIFY(ContainerRequest{}.hardening.networkNone);
        const model::PipelineSnapshot s = oneTask();
        QCOMPARE(effectiveNetwork(s.tasks.first().options, s.tasks.first().spec.get()),
                 (NetworkChoice{false, NetworkChoice::Source::Default}));
        const Ran ran = run(s);
        QVERIFY(ran.request.hardening.networkNone);
        const QStringList a = DockerCliRuntime::runArguments(ran.request);
        QCOMPARE(valueAfter(a, QStringLiteral("--network")), QStringLiteral("none"));
        QCOMPARE(a.count(QStringLiteral("--network")), 1);
        for (const QString &l : ran.system)
            QVERIFY2(!l.startsWith(QStringLiteral("network:")), qPrintable(l));
        QVERIFY2(!ran.log.contains(QStringLiteral("network: on")), qPrintable(ran.log));
    }

    void taskOptionDropsNetworkNoneAndIsLogged()
    {
        model::PipelineSnapshot s = oneTask();
        taskOf(s, QStringLiteral("a"))->options.network = true;
        const Ran ran = run(s);
        QVERIFY(!ran.request.hardening.networkNone);
        const QStringList a = DockerCliRuntime::runArguments(ran.request);
        QVERIFY2(!a.contains(QStringLiteral("--network")), qPrintable(a.join(QLatin1Char(' '))));
        QVERIFY(!DockerCliRuntime().renderCommand(ran.request).contains(QStringLiteral("--network none")));
        // The other hardening stays.
        QCOMPARE(valueAfter(a, QStringLiteral("--cap-drop")), QStringLiteral("ALL"));
        QCOMPARE(valueAfter(a, QStringLiteral("--security-opt")), QStringLiteral("no-new-privileges"));
        QCOMPARE(ran.system.count(QStringLiteral("network: on (task option)")), 1);
        QVERIFY2(ran.log.startsWith(QStringLiteral("[sys] network: on (task option)\n")), qPrintable(ran.log));
    }

    void componentDefaultInherited()
    {
        model::PipelineSnapshot s = oneTask();
        setComponentNetwork(s, QStringLiteral("a"), QStringLiteral("true"));
        const model::Task &t = *taskOf(s, QStringLiteral("a"));
        QCOMPARE(componentNetworkDefault(*t.spec), std::optional<bool>(true));
        QCOMPARE(effectiveNetwork(t.options, t.spec.get()), (NetworkChoice{true, NetworkChoice::Source::Component}));
        const Ran ran = run(s);
        QVERIFY(!ran.request.hardening.networkNone);
        QVERIFY(!DockerCliRuntime::runArguments(ran.request).contains(QStringLiteral("--network")));
        QCOMPARE(ran.system.count(QStringLiteral("network: on (component default)")), 1);
        QVERIFY(ran.log.contains(QStringLiteral("[sys] network: on (component default)\n")));

        // A YAML boolean reads the same as the string.
        setComponentNetwork(s, QStringLiteral("a"), true);
        QCOMPARE(componentNetworkDefault(*taskOf(s, QStringLiteral("a"))->spec), std::optional<bool>(true));
    }

    void taskOverrideOffWins()
    {
        model::PipelineSnapshot s = oneTask();
        setComponentNetwork(s, QStringLiteral("a"), QStringLiteral("true"));
        taskOf(s, QStringLiteral("a"))->options.network = false;
        const model::Task &t = *taskOf(s, QStringLiteral("a"));
        QCOMPARE(effectiveNetwork(t.options, t.spec.get()), (NetworkChoice{false, NetworkChoice::Source::Task}));
        const Ran ran = run(s);
        QVERIFY(ran.request.hardening.networkNone);
        QCOMPARE(valueAfter(DockerCliRuntime::runArguments(ran.request), QStringLiteral("--network")),
                 QStringLiteral("none"));
        QVERIFY(!ran.log.contains(QStringLiteral("network: on")));
    }

    void annotationRoundTrip()
    {
        const QByteArray yaml = "name: P\nimplementation:\n  graph:\n    tasks:\n"
                                "      net-on:\n        componentRef: {spec: {name: c, implementation: {container: {image: img}}}}\n"
                                "        annotations: {mlwb.io/network: 'true'}\n"
                                "      net-off:\n        componentRef: {spec: {name: c, implementation: {container: {image: img}}}}\n"
                                "        annotations: {mlwb.io/network: 'false'}\n"
                                "      unset:\n        componentRef: {spec: {name: c, implementation: {container: {image: img}}}}\n"
                                "      odd:\n        componentRef: {spec: {name: c, implementation: {container: {image: img}}}}\n"
                                "        annotations: {mlwb.io/network: maybe}\n";
        auto loaded = manifest::readPipeline(yaml, QStringLiteral("p.pipeline.yaml"), QStringLiteral("/tmp"));
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().text()));
        model::PipelineSnapshot &s = loaded->snapshot;
        QCOMPARE(taskOf(s, QStringLiteral("net-on"))->options.network, std::optional<bool>(true));
        QCOMPARE(taskOf(s, QStringLiteral("net-off"))->options.network, std::optional<bool>(false));
        QCOMPARE(taskOf(s, QStringLiteral("unset"))->options.network, std::nullopt);
        // Not a value we understand: not an option, kept verbatim.
        QCOMPARE(taskOf(s, QStringLiteral("odd"))->options.network, std::nullopt);
        QCOMPARE(taskOf(s, QStringLiteral("odd"))->extraAnnotations.value(QStringLiteral("mlwb.io/network")).toString(),
                 QStringLiteral("maybe"));

        const model::ComponentSpec back = model::ModelMapper::fromSnapshot(s);
        QMap<QString, QVariantMap> annotations;
        for (const model::TaskSpec &ts : back.graph.tasks)
            annotations.insert(ts.id, ts.annotations);
        QCOMPARE(annotations.value(QStringLiteral("net-on")).value(QStringLiteral("mlwb.io/network")).toString(),
                 QStringLiteral("true"));
        QCOMPARE(annotations.value(QStringLiteral("net-off")).value(QStringLiteral("mlwb.io/network")).toString(),
                 QStringLiteral("false"));
        QVERIFY(!annotations.value(QStringLiteral("unset")).contains(QStringLiteral("mlwb.io/network")));
        QCOMPARE(annotations.value(QStringLiteral("odd")).value(QStringLiteral("mlwb.io/network")).toString(),
                 QStringLiteral("maybe"));
    }

    void shippedDownloadComponentAsksForNetwork()
    {
        const QString dir = QStringLiteral(MLWB_SOURCE_DIR "/resources/components");
        auto download = manifest::readComponentFile(dir + QStringLiteral("/files/download.yaml"));
        QVERIFY2(download.ok(), download.ok() ? "" : qPrintable(download.error().text()));
        QCOMPARE(componentNetworkDefault(*download), std::optional<bool>(true));
        // Every other shipped component runs without network.
        QDirIterator it(dir, {QStringLiteral("*.yaml")}, QDir::Files, QDirIterator::Subdirectories);
        int others = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(QLatin1String("/files/download.yaml")))
                continue;
            auto spec = manifest::readComponentFile(path);
            QVERIFY2(spec.ok(), qPrintable(path));
            QVERIFY2(!effectiveNetwork({}, &*spec).on, qPrintable(path));
            ++others;
        }
        QVERIFY(others >= 4);
    }

    void processRunnerSaysItCannotRestrictNetwork()
    {
        ProcessRuntime rt;
        RunRecorder rec(&rt);
        ContainerRequest r;
        r.taskName = QStringLiteral("t");
        r.command = {QStringLiteral("true")};
        const RunHandle h = rt.start(r);
        QVERIFY(rec.waitFinished(h));
        const QByteArray note = ProcessRuntime::networkNotRestrictedNote().toUtf8();
        QVERIFY(note.contains("network access cannot be restricted"));
        QCOMPARE(rec.record(h).system.count(note), 1);

        // Network access asked for: nothing to restrict, nothing said.
        ContainerRequest open = r;
        open.hardening.networkNone = false;
        const RunHandle h2 = rt.start(open);
        QVERIFY(rec.waitFinished(h2));
        QCOMPARE(rec.record(h2).system.count(note), 0);
    }
};

QTEST_GUILESS_MAIN(TstNetworkOption)
#include "tst_networkoption.moc"
