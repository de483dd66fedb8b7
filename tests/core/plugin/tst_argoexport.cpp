// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bundle/packageexporter.h"
#include "core/plugin/ipackageexporter.h"
#include "core/plugin/pluginexport.h"
#include "core/plugin/pluginmanager.h"
#include "yamlvariant.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace wb::plugin;

class TstArgoExport : public QObject
{
    Q_OBJECT
private:
    PluginManager m_manager;
    IPackageExporter *m_argo = nullptr;
    QTemporaryDir m_out;

    static QVariantMap load(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        const auto v = wb::argo::parseYaml(f.readAll());
        if (!v.ok())
            qFatal("%s", qPrintable(v.error().text()));
        return v->toMap();
    }
    QVariantMap exportFixture(const QString &name, QByteArray *yaml = nullptr)
    {
        const auto out = m_argo->exportPipeline(load(QStringLiteral(MLWB_SOURCE_DIR "/tests/data/bundle/") + name));
        if (!out.ok())
            qFatal("%s", qPrintable(out.error().text()));
        if (yaml)
            *yaml = out->data;
        return wb::argo::parseYaml(out->data)->toMap();
    }
    static QVariantMap byName(const QVariant &list, const QString &name)
    {
        for (const QVariant &v : list.toList())
            if (v.toMap().value("name") == name)
                return v.toMap();
        return {};
    }
    static QVariantMap templ(const QVariantMap &wf, const QString &name)
    {
        return byName(wf["spec"].toMap()["templates"], name);
    }
    static QString checker() { return QStringLiteral(MLWB_SHARED_DIR "/tools/check-argo-workflow"); }
    static QString churn() { return QStringLiteral(MLWB_SOURCE_DIR "/resources/examples/churn.pipeline.yaml"); }
    static QVariantMap churnIr()
    {
        const auto compiled = wb::bundle::compilePipelineFile(churn());
        if (!compiled.ok())
            qFatal("%s", qPrintable(compiled.error().text()));
        return compiled->ir;
    }
    // The churn IR with the dataset parameter's default (the importer's URI) replaced.
    static QVariantMap churnIrWithUri(const QVariant &uri)
    {
        QVariantMap ir = churnIr();
        QVariantMap root = ir["root"].toMap();
        QVariantMap defs = root["inputDefinitions"].toMap();
        QVariantMap params = defs["parameters"].toMap();
        QVariantMap p = params["dataset_churn_uri"].toMap();
        if (uri.isValid())
            p["defaultValue"] = uri;
        else
            p.remove("defaultValue");
        params["dataset_churn_uri"] = p;
        defs["parameters"] = params;
        root["inputDefinitions"] = defs;
        ir["root"] = root;
        return ir;
    }
    static QStringList codes(const wb::Diagnostics &ds)
    {
        QStringList out;
        for (const wb::Diagnostic &d : ds)
            out << d.code;
        return out;
    }
    QString writeOut(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_out.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(bytes);
        return path;
    }
    // Runs Argo's JSON schema + DAG checks; returns the tool's output on failure.
    static QString validate(const QStringList &files)
    {
        QProcess p;
        p.start(checker(), files);
        if (!p.waitForFinished(120000))
            return QStringLiteral("check-argo-workflow did not finish");
        const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return p.exitCode() == 0 ? QString() : out;
    }

private slots:
    void initTestCase()
    {
        // MLWB_KEEP_TEST_OUTPUT=1 keeps the exported workflows for a look.
        m_out.setAutoRemove(qEnvironmentVariableIsEmpty("MLWB_KEEP_TEST_OUTPUT"));
        qInfo() << "output folder:" << m_out.path();
        m_manager.setSearchPaths({QStringLiteral(MLWB_BINARY_DIR "/plugins")});
        m_manager.loadPlugins();
        for (IPackageExporter *e : m_manager.objects<IPackageExporter>())
            if (e->id() == QLatin1String("argo-workflow"))
                m_argo = e;
        QVERIFY2(m_argo, qPrintable(m_manager.report()));
        QCOMPARE(m_argo->fileSuffix(), QStringLiteral("argo.yaml"));
        QVERIFY(m_manager.loadedPlugins().first().provides.contains("exporter:argo-workflow"));
    }

    void convertsArtifactPassing()
    {
        QByteArray yaml;
        const QVariantMap wf = exportFixture("two_step_pipeline_containerized.yaml", &yaml);
        QCOMPARE(wf["apiVersion"].toString(), QStringLiteral("argoproj.io/v1alpha1"));
        QCOMPARE(wf["kind"].toString(), QStringLiteral("Workflow"));
        QCOMPARE(wf["metadata"].toMap()["generateName"].toString(), QStringLiteral("containerized-two-step-pipeline-"));
        const QVariantMap spec = wf["spec"].toMap();
        const QString entry = spec["entrypoint"].toString();
        QCOMPARE(byName(spec["arguments"].toMap()["parameters"], "text")["value"].toString(),
                 QStringLiteral("Hello KFP Containerized!"));
        const QVariantList tasks = templ(wf, entry)["dag"].toMap()["tasks"].toList();
        QCOMPARE(tasks.size(), 2);
        const QVariantMap c1 = byName(tasks, "component1"), c2 = byName(tasks, "component2");
        QCOMPARE(byName(c1["arguments"].toMap()["parameters"], "text")["value"].toString(),
                 QStringLiteral("{{inputs.parameters.text}}"));
        QCOMPARE(c2["dependencies"].toStringList(), QStringList{"component1"});
        QCOMPARE(byName(c2["arguments"].toMap()["artifacts"], "input_gcs")["from"].toString(),
                 QStringLiteral("{{tasks.component1.outputs.artifacts.output_gcs}}"));
        // Producer writes where Argo collects; consumer reads where Argo puts the artifact.
        const QVariantMap t1 = templ(wf, c1["template"].toString());
        const QString outPath = byName(t1["outputs"].toMap()["artifacts"], "output_gcs")["path"].toString();
        QCOMPARE(t1["container"].toMap()["args"].toStringList(),
                 (QStringList{"{{inputs.parameters.text}}", outPath}));
        const QVariantMap t2 = templ(wf, c2["template"].toString());
        const QString inPath = byName(t2["inputs"].toMap()["artifacts"], "input_gcs")["path"].toString();
        QVERIFY(!inPath.isEmpty());
        QCOMPARE(t2["container"].toMap()["args"].toStringList(), QStringList{inPath});
        QCOMPARE(t2["container"].toMap()["image"].toString(), QStringLiteral("alpine"));
        // Deterministic output.
        QByteArray again;
        exportFixture("two_step_pipeline_containerized.yaml", &again);
        QCOMPARE(again, yaml);
    }

    void convertsDependenciesAndConstants()
    {
        const QVariantMap wf = exportFixture("pipeline_with_after.yaml");
        const QVariantList tasks = templ(wf, wf["spec"].toMap()["entrypoint"].toString())["dag"].toMap()["tasks"].toList();
        QCOMPARE(byName(tasks, "print-text")["dependencies"].toStringList(), QStringList());
        QCOMPARE(byName(tasks, "print-text-3")["dependencies"].toStringList(),
                 (QStringList{"print-text", "print-text-2"}));
        QCOMPARE(byName(byName(tasks, "print-text-2")["arguments"].toMap()["parameters"], "text")["value"].toString(),
                 QStringLiteral("2nd task"));
        const QVariantMap t = templ(wf, byName(tasks, "print-text")["template"].toString());
        QCOMPARE(t["container"].toMap()["command"].toList().last().toString(), QStringLiteral("{{inputs.parameters.text}}"));
    }

    void resolvesIfPresentAndOutputs()
    {
        const QVariantMap wf = exportFixture("container_with_if_placeholder.yaml");
        const QVariantMap root = templ(wf, wf["spec"].toMap()["entrypoint"].toString());
        const QVariantMap task = byName(root["dag"].toMap()["tasks"], "container-with-if-placeholder");
        // The pipeline and its component share a name: template names stay unique.
        QVERIFY(task["template"].toString() != root["name"].toString());
        const QVariantMap t = templ(wf, task["template"].toString());
        const QStringList command = t["container"].toMap()["command"].toStringList();
        // optional_input has a default, so the Then branch applies.
        QCOMPARE(command.mid(0, 2), (QStringList{"my_program", "{{inputs.parameters.optional_input}}"}));
        QVERIFY(!command.contains("bye"));
        QCOMPARE(byName(t["inputs"].toMap()["parameters"], "optional_input")["default"].toString(), QStringLiteral("default"));
        const QString paramPath = byName(t["outputs"].toMap()["parameters"], "output_path")["valueFrom"].toMap()["path"].toString();
        QCOMPARE(t["container"].toMap()["args"].toStringList(), (QStringList{"--output_path", paramPath}));
        // The root DAG re-exports the task's outputs.
        QCOMPARE(byName(root["outputs"].toMap()["parameters"], "output_path")["valueFrom"].toMap()["parameter"].toString(),
                 QStringLiteral("{{tasks.container-with-if-placeholder.outputs.parameters.output_path}}"));
    }

    void convertsNestedDagsAndConditions()
    {
        const QVariantMap wf = exportFixture("nested_condition.yaml");
        QCOMPARE(wf["metadata"].toMap()["generateName"].toString(), QStringLiteral("nested-condition-"));
        const QVariantList tasks = templ(wf, wf["spec"].toMap()["entrypoint"].toString())["dag"].toMap()["tasks"].toList();
        const QVariantMap cond = byName(tasks, "condition-1");
        QCOMPARE(cond["when"].toString(), QStringLiteral("'{{tasks.flip.outputs.parameters.Output}}' == 'heads'"));
        QCOMPARE(cond["dependencies"].toStringList(), QStringList{"flip"});
        QCOMPARE(byName(cond["arguments"].toMap()["artifacts"], "pipelinechannel--flip-log")["from"].toString(),
                 QStringLiteral("{{tasks.flip.outputs.artifacts.log}}"));
        const QVariantMap group = templ(wf, cond["template"].toString());
        const QVariantMap show = byName(group["dag"].toMap()["tasks"], "show");
        QCOMPARE(byName(show["arguments"].toMap()["artifacts"], "log")["from"].toString(),
                 QStringLiteral("{{inputs.artifacts.pipelinechannel--flip-log}}"));
        QCOMPARE(byName(show["arguments"].toMap()["parameters"], "times")["value"].toString(), QStringLiteral("3"));
        QCOMPARE(show["retryStrategy"].toMap()["limit"].toString(), QStringLiteral("2"));
        const QVariantMap flip = templ(wf, "flip");
        QCOMPARE(flip["container"].toMap()["resources"].toMap()["limits"].toMap()["cpu"].toString(), QStringLiteral("500m"));
        QCOMPARE(byName(templ(wf, "show")["container"].toMap()["env"], "MODE")["value"].toString(), QStringLiteral("test"));
    }

    // The example pipeline binds a dataset (a KFP importer task): it becomes a workflow input
    // artifact in the default artifact repository that the first task reads.
    void exportsChurnWithDatasetArtifact()
    {
        const QVariantMap ir = churnIr();
        QVERIFY(ir["root"].toMap()["dag"].toMap()["tasks"].toMap().contains("importer-churn"));
        const auto out = m_argo->exportPipeline(ir);
        QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.error().text()));
        const QVariantMap wf = wb::argo::parseYaml(out->data)->toMap();
        const QVariantMap spec = wf["spec"].toMap();
        const QVariantMap arg = byName(spec["arguments"].toMap()["artifacts"], "importer-churn");
        QCOMPARE(arg["s3"].toMap(), (QVariantMap{{"key", "churn-model-selection/data/churn.csv"}}));
        // The URI parameter only fed the importer: it is gone from the workflow.
        QVERIFY(byName(spec["arguments"].toMap()["parameters"], "dataset_churn_uri").isEmpty());
        QVERIFY(!byName(spec["arguments"].toMap()["parameters"], "seed").isEmpty());
        const QVariantMap root = templ(wf, spec["entrypoint"].toString());
        QVERIFY(!byName(root["inputs"].toMap()["artifacts"], "importer-churn").isEmpty());
        QVERIFY(byName(root["inputs"].toMap()["parameters"], "dataset_churn_uri").isEmpty());
        const QVariantList tasks = root["dag"].toMap()["tasks"].toList();
        QCOMPARE(tasks.size(), 10); // the 10 container tasks; the importer is no pod
        QVERIFY(byName(tasks, "importer-churn").isEmpty());
        const QVariantMap load = byName(tasks, "load-data");
        QCOMPARE(byName(load["arguments"].toMap()["artifacts"], "data")["from"].toString(),
                 QStringLiteral("{{inputs.artifacts.importer-churn}}"));
        QVERIFY(load["dependencies"].toStringList().isEmpty());
        // The container reads the artifact where Argo puts it.
        const QVariantMap t = templ(wf, load["template"].toString());
        const QString path = byName(t["inputs"].toMap()["artifacts"], "data")["path"].toString();
        QVERIFY(!path.isEmpty());
        QVERIFY(t["container"].toMap()["command"].toStringList().contains(path)
                || t["container"].toMap()["args"].toStringList().contains(path));
        for (const QVariant &tm : spec["templates"].toList())
            QVERIFY(!tm.toMap()["name"].toString().contains("importer"));
        // The user is told what to upload where.
        QCOMPARE(codes(out->warnings), QStringList{"argo-upload-dataset"});
        const QString warning = out->warnings.first().message;
        QVERIFY2(warning.contains("data/churn.csv") && warning.contains("churn-model-selection/data/churn.csv")
                     && warning.contains("default artifact repository"),
                 qPrintable(warning));
        QCOMPARE(out->warnings.first().task, QStringLiteral("importer-churn"));
        if (!QFileInfo::exists(checker()))
            QSKIP("../shared/tools/check-argo-workflow is not present: schema check skipped");
        const QString problems = validate({writeOut("churn.argo.yaml", out->data)});
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void remoteDatasetLocations_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QVariantMap>("location");
        QTest::addColumn<QString>("warning");
        QTest::newRow("s3") << "s3://bucket/data/churn.csv" << "s3"
                            << QVariantMap{{"endpoint", "s3.amazonaws.com"}, {"bucket", "bucket"}, {"key", "data/churn.csv"}} << "";
        QTest::newRow("gs") << "gs://b/x/y.csv" << "gcs" << QVariantMap{{"bucket", "b"}, {"key", "x/y.csv"}} << "";
        QTest::newRow("https") << "https://example.org/churn.csv" << "http"
                               << QVariantMap{{"url", "https://example.org/churn.csv"}} << "";
        QTest::newRow("oss") << "oss://b/k.csv" << "oss" << QVariantMap{{"bucket", "b"}, {"key", "k.csv"}}
                             << "argo-dataset-endpoint";
        QTest::newRow("minio") << "minio://mlpipeline/k.csv" << "s3" << QVariantMap{{"bucket", "mlpipeline"}, {"key", "k.csv"}}
                               << "argo-dataset-endpoint";
        QTest::newRow("file://") << "file:///srv/data/churn.csv" << "s3"
                                 << QVariantMap{{"key", "churn-model-selection/srv/data/churn.csv"}} << "argo-upload-dataset";
        QTest::newRow("no ../ in keys") << "../shared/churn.csv" << "s3"
                                        << QVariantMap{{"key", "churn-model-selection/shared/churn.csv"}} << "argo-upload-dataset";
    }
    void remoteDatasetLocations()
    {
        QFETCH(QString, uri);
        QFETCH(QString, kind);
        QFETCH(QVariantMap, location);
        QFETCH(QString, warning);
        const auto out = m_argo->exportPipeline(churnIrWithUri(uri));
        QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.error().text()));
        const QVariantMap wf = wb::argo::parseYaml(out->data)->toMap();
        const QVariantMap arg = byName(wf["spec"].toMap()["arguments"].toMap()["artifacts"], "importer-churn");
        QStringList expectedKeys{kind, "name"};
        expectedKeys.sort();
        QCOMPARE(arg.keys(), expectedKeys);
        QCOMPARE(arg[kind].toMap(), location);
        QCOMPARE(codes(out->warnings), warning.isEmpty() ? QStringList() : QStringList{warning});
        if (!QFileInfo::exists(checker()))
            return;
        const QString problems = validate({writeOut(QStringLiteral("churn-%1.argo.yaml").arg(QTest::currentDataTag()).replace(' ', '_').replace('/', '_'), out->data)});
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void refusesUnusableDatasetUris_data()
    {
        QTest::addColumn<QVariant>("uri");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown scheme") << QVariant("ftp://host/x.csv") << "argo-unsupported" << "ftp://";
        QTest::newRow("no key") << QVariant("s3://bucket") << "argo-importer-uri" << "s3://bucket/key";
        QTest::newRow("no default") << QVariant() << "argo-importer-uri" << "dataset_churn_uri";
        QTest::newRow("empty") << QVariant("") << "argo-importer-uri" << "importer-churn";
    }
    void refusesUnusableDatasetUris()
    {
        QFETCH(QVariant, uri);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        const auto out = m_argo->exportPipeline(churnIrWithUri(uri));
        QVERIFY(!out.ok());
        QCOMPARE(out.error().code, code);
        QVERIFY2(out.error().message.contains(mentions), qPrintable(out.error().message));
    }

    void nestedImporterPutsLocationOnTheTask()
    {
        // A foreign IR whose importer sits in a nested DAG with a constant URI.
        QVariantMap ir = load(QStringLiteral(MLWB_SOURCE_DIR "/tests/data/bundle/nested_condition.yaml"));
        QVariantMap components = ir["components"].toMap();
        QVariantMap group = components["comp-condition-1"].toMap();
        QVariantMap dag = group["dag"].toMap();
        QVariantMap tasks = dag["tasks"].toMap();
        QVariantMap show = tasks["show"].toMap();
        QVariantMap inputs = show["inputs"].toMap();
        QVariantMap artifacts = inputs["artifacts"].toMap();
        artifacts["log"] = QVariantMap{{"taskOutputArtifact", QVariantMap{{"producerTask", "imp"}, {"outputArtifactKey", "artifact"}}}};
        inputs["artifacts"] = artifacts;
        show["inputs"] = inputs;
        show["dependentTasks"] = QStringList{"imp"};
        tasks["show"] = show;
        tasks["imp"] = QVariantMap{{"componentRef", QVariantMap{{"name", "comp-imp"}}}, {"taskInfo", QVariantMap{{"name", "imp"}}}};
        dag["tasks"] = tasks;
        group["dag"] = dag;
        components["comp-condition-1"] = group;
        components["comp-imp"] = QVariantMap{{"executorLabel", "exec-imp"}};
        ir["components"] = components;
        QVariantMap deployment = ir["deploymentSpec"].toMap();
        QVariantMap executors = deployment["executors"].toMap();
        executors["exec-imp"] = QVariantMap{{"importer", QVariantMap{{"artifactUri", QVariantMap{{"constant", "gs://b/log.txt"}}}}}};
        deployment["executors"] = executors;
        ir["deploymentSpec"] = deployment;
        const auto out = m_argo->exportPipeline(ir);
        QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.error().text()));
        const QVariantMap wf = wb::argo::parseYaml(out->data)->toMap();
        const QVariantMap root = templ(wf, wf["spec"].toMap()["entrypoint"].toString());
        const QVariantMap cond = byName(root["dag"].toMap()["tasks"], "condition-1");
        const QVariantList groupTasks = templ(wf, cond["template"].toString())["dag"].toMap()["tasks"].toList();
        QVERIFY(byName(groupTasks, "imp").isEmpty());
        const QVariantMap showTask = byName(groupTasks, "show");
        QCOMPARE(byName(showTask["arguments"].toMap()["artifacts"], "log")["gcs"].toMap(),
                 (QVariantMap{{"bucket", "b"}, {"key", "log.txt"}}));
        QVERIFY(!showTask["dependencies"].toStringList().contains("imp"));
        QVERIFY(wf["spec"].toMap()["arguments"].toMap()["artifacts"].toList().isEmpty());
        if (!QFileInfo::exists(checker()))
            return;
        const QString problems = validate({writeOut("nested-importer.argo.yaml", out->data)});
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void exportPipelineWithKeepsOnlyApplicableWarnings()
    {
        const auto out = wb::plugin::exportPipelineWith(*m_argo, churn());
        QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.error().text()));
        // The compiler's "set the Kubeflow parameter" advice does not apply to Argo.
        QCOMPARE(codes(out->warnings), QStringList{"argo-upload-dataset"});
        QVERIFY(out->data.contains("kind: Workflow"));
        const auto missing = wb::plugin::exportPipelineWith(*m_argo, QStringLiteral("/nonexistent/x.pipeline.yaml"));
        QVERIFY(!missing.ok());
    }

    void refusesWhatArgoCannotExpress()
    {
        QVariantMap ir = load(QStringLiteral(MLWB_SOURCE_DIR "/tests/data/bundle/two_step_pipeline_containerized.yaml"));
        QVariantMap deployment = ir["deploymentSpec"].toMap();
        QVariantMap executors = deployment["executors"].toMap();
        QVariantMap exec = executors["exec-component2"].toMap();
        QVariantMap container = exec["container"].toMap();
        container["args"] = QStringList{"--executor_input", "{{$}}"};
        exec["container"] = container;
        executors["exec-component2"] = exec;
        deployment["executors"] = executors;
        ir["deploymentSpec"] = deployment;
        const auto r = m_argo->exportPipeline(ir);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("argo-unsupported"));
        QVERIFY2(r.error().message.contains("comp-component2") && r.error().message.contains("{{$}}"),
                 qPrintable(r.error().message));
        const auto notIr = m_argo->exportPipeline({{"kind", "Workflow"}});
        QVERIFY(!notIr.ok());
        QCOMPARE(notIr.error().code, QStringLiteral("argo-invalid-ir"));
    }

    void passesArgoSchemaChecks()
    {
        if (!QFileInfo::exists(checker()))
            QSKIP("../shared/tools/check-argo-workflow is not present (a fresh clone): schema check skipped");
        QStringList files;
        for (const QString &name : QDir(QStringLiteral(MLWB_SOURCE_DIR "/tests/data/bundle")).entryList({"*.yaml"})) {
            QByteArray yaml;
            exportFixture(name, &yaml);
            const QString path = m_out.filePath(name);
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(yaml);
            files << path;
        }
        QCOMPARE(files.size(), 4);
        const QString problems = validate(files);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void sharedIrFixtures()
    {
        const QDir dir(QStringLiteral(MLWB_SHARED_DIR "/fixtures/kfp/ir"));
        if (!dir.exists() || !QFileInfo::exists(checker()))
            QSKIP("../shared/fixtures/kfp/ir is not present (a fresh clone)");
        QStringList converted, refused;
        for (const QString &name : dir.entryList({"*.yaml"})) {
            const auto out = m_argo->exportPipeline(load(dir.filePath(name)));
            if (!out.ok()) {
                // Only a clean "cannot express" is acceptable, never a crash or bad output.
                QCOMPARE(out.error().code, QStringLiteral("argo-unsupported"));
                refused << name + QStringLiteral(": ") + out.error().message;
                continue;
            }
            const QString path = m_out.filePath(QStringLiteral("shared-") + name);
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(out->data);
            converted << path;
        }
        qInfo().noquote() << "converted:" << converted.size() << "refused:\n  " + refused.join("\n  ");
        // The container-only fixtures must convert.
        QCOMPARE(converted.size(), 4);
        const QString problems = validate(converted);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }
};

QTEST_GUILESS_MAIN(TstArgoExport)
#include "tst_argoexport.moc"
