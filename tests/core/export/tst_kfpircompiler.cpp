// SPDX-License-Identifier: GPL-3.0-or-later
#include "irchecks.h"

#include "core/bundle/kfpircompiler.h"
#include "core/bundle/kfpircompiler_p.h"
#include "core/bundle/kfpirimporter.h"
#include "core/bundle/v2placeholders.h"
#include "core/manifest/componentreader.h"
#include "core/manifest/pipelinefile.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace wb;
using namespace wb::bundle;

namespace {

const QString kData = QStringLiteral(MLWB_SOURCE_DIR "/tests/data/export");

QVariantMap at(const QVariantMap &m, const QString &path)
{
    QVariantMap cur = m;
    for (const QString &k : path.split('/'))
        cur = cur.value(k).toMap();
    return cur;
}

QStringList codes(const Diagnostics &ds)
{
    QStringList out;
    for (const Diagnostic &d : ds)
        out << d.code;
    return out;
}

Result<CompiledIr> compileFile(const QString &path)
{
    Result<manifest::LoadedPipeline> p = manifest::readPipelineFile(path);
    if (!p)
        return p.error();
    return compileKfpIr(p->snapshot, KfpIrOptions{QFileInfo(path).absolutePath(), QStringLiteral("mlwb-test")});
}

} // namespace

class TstKfpIrCompiler : public QObject
{
    Q_OBJECT
private slots:
    void placeholders_data();
    void placeholders();
    void placeholderErrors();
    void everything();
    void structureOfExamples_data();
    void structureOfExamples();
    void deterministicAndReadable();
    void refusals_data();
    void refusals();
};

void TstKfpIrCompiler::placeholders_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("value") << "[{inputValue: p}]" << QStringList{"{{$.inputs.parameters['p']}}"};
    QTest::newRow("path") << "[{inputPath: a}]" << QStringList{"{{$.inputs.artifacts['a'].path}}"};
    QTest::newRow("uri") << "[{inputUri: a}, {outputUri: o}]"
                         << QStringList{"{{$.inputs.artifacts['a'].uri}}", "{{$.outputs.artifacts['o'].uri}}"};
    QTest::newRow("out-artifact") << "[{outputPath: o}]" << QStringList{"{{$.outputs.artifacts['o'].path}}"};
    QTest::newRow("out-param") << "[{outputPath: q}]" << QStringList{"{{$.outputs.parameters['q'].output_file}}"};
    QTest::newRow("concat") << "[{concat: ['prefix-', {inputValue: p}, {outputUri: o}]}]"
                            << QStringList{"{\"Concat\": [\"prefix-\", \"{{$.inputs.parameters['p']}}\", \"{{$.outputs.artifacts['o'].uri}}\"]}"};
    QTest::newRow("ifpresent") << "[{if: {cond: {isPresent: p}, then: [{inputValue: p}], else: [bye]}}]"
                               << QStringList{"{\"IfPresent\": {\"InputName\": \"p\", \"Then\": [\"{{$.inputs.parameters['p']}}\"], \"Else\": [\"bye\"]}}"};
    QTest::newRow("ifpresent-no-else") << "[{if: {cond: {isPresent: p}, then: [--p, {concat: [a, {inputValue: p}]}]}}]"
                                       << QStringList{"{\"IfPresent\": {\"InputName\": \"p\", \"Then\": [\"--p\", {\"Concat\": [\"a\", \"{{$.inputs.parameters['p']}}\"]}]}}"};
    QTest::newRow("constant-if") << "[x, {if: {cond: 'false', then: [a], else: [b, c]}}]" << QStringList{"x", "b", "c"};
    QTest::newRow("executor-input") << "[--executor_input, {executorInput: null}]" << QStringList{"--executor_input", "{{$}}"};
    QTest::newRow("unicode") << "[{concat: ['é\"\\', {inputValue: p}]}]"
                             << QStringList{"{\"Concat\": [\"\\u00e9\\\"\\\\\", \"{{$.inputs.parameters['p']}}\"]}"};
}

void TstKfpIrCompiler::placeholders()
{
    QFETCH(QString, yaml);
    QFETCH(QStringList, expected);
    const QByteArray spec = "name: t\ninputs: [{name: p}, {name: a}]\noutputs: [{name: o}, {name: q}]\n"
                            "implementation: {container: {image: x, command: " + yaml.toUtf8() + "}}\n";
    Result<model::ComponentSpec> c = manifest::readComponentSpec(spec, "t.yaml");
    QVERIFY2(c, qPrintable(c ? QString() : c.error().text()));
    V2PlaceholderContext ctx;
    ctx.artifactInputs = {"a"};
    ctx.artifactOutputs = {"o"};
    Result<QStringList> v2 = V2Placeholders::toV2(c->container.command, ctx);
    QVERIFY(v2);
    QCOMPARE(v2.value(), expected);
    // And back: every string converts to the v1 item it came from (constant ifs are decided).
    if (QTest::currentDataTag() != QLatin1String("constant-if") && QTest::currentDataTag() != QLatin1String("unicode")) {
        QStringList unsupported;
        std::vector<model::CommandItem> back;
        for (const QString &s : v2.value())
            back.push_back(V2Placeholders::fromV2(s, &unsupported));
        QCOMPARE(back.size(), c->container.command.size());
        for (size_t i = 0; i < back.size(); ++i) {
            model::CommandItem want = c->container.command[i];
            want.hasElse = back[i].hasElse; // the v2 form has no empty else
            QVERIFY2(back[i] == want, qPrintable(QString("item %1 differs").arg(i)));
        }
    }
}

void TstKfpIrCompiler::placeholderErrors()
{
    using K = model::CommandItem::Kind;
    for (const K k : {K::InputMetadata, K::OutputMetadata, K::InputOutputPortName, K::IsPresent}) {
        Result<QStringList> r = V2Placeholders::toV2({model::CommandItem::placeholder(k, "x")}, {});
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("v2-placeholder"));
    }
    model::CommandItem cond;
    cond.kind = K::If;
    cond.cond.push_back(model::CommandItem::placeholder(K::InputValue, "x"));
    cond.thenItems.push_back(model::CommandItem::literal("a"));
    QVERIFY(!V2Placeholders::toV2({cond}, {}));
    // Text mixing literals and placeholders becomes a concat.
    QStringList unsupported;
    const model::CommandItem mixed = V2Placeholders::fromV2("{{$.inputs.parameters['a']}}-{{$.inputs.parameters['b']}}", &unsupported);
    QCOMPARE(mixed.kind, K::Concat);
    QCOMPARE(mixed.parts.size(), size_t(3));
    QVERIFY(unsupported.isEmpty());
    const model::CommandItem meta = V2Placeholders::fromV2("{{$.inputs.artifacts['a'].metadata}}", &unsupported);
    QCOMPARE(meta.kind, K::Literal);
    QCOMPARE(unsupported, QStringList{"{{$.inputs.artifacts['a'].metadata}}"});
}

void TstKfpIrCompiler::everything()
{
    Result<CompiledIr> r = compileFile(kData + "/everything.pipeline.yaml");
    QVERIFY2(r, qPrintable(r ? QString() : r.error().text()));
    const QVariantMap ir = r->ir;
    QCOMPARE(irchecks::structuralProblems(ir), QStringList());
    QCOMPARE(at(ir, "pipelineInfo").value("name").toString(), QStringLiteral("everything-export"));
    QCOMPARE(at(ir, "pipelineInfo").value("displayName").toString(), QStringLiteral("Everything Export"));
    QCOMPARE(ir.value("sdkVersion").toString(), QStringLiteral("mlwb-test"));
    QCOMPARE(ir.value("components").toMap().keys(),
             (QStringList{"comp-consume", "comp-final", "comp-importer-sample", "comp-producer"}));

    // Producer: every placeholder kind, env, resources.
    const QVariantMap prod = at(ir, "deploymentSpec/executors/exec-producer/container");
    QCOMPARE(prod.value("command").toStringList(),
             (QStringList{"sh", "-ec", "echo \"$@\"", "{{$.inputs.parameters['msg']}}", "{{$.inputs.parameters['n']}}",
                          "{{$.inputs.artifacts['data'].path}}"}));
    QCOMPARE(prod.value("args").toStringList(),
             (QStringList{"{\"Concat\": [\"--msg=\", \"{{$.inputs.parameters['msg']}}\", \"-\", \"{{$.inputs.parameters['n']}}\"]}",
                          "{\"IfPresent\": {\"InputName\": \"opt\", \"Then\": [\"--opt\", \"{{$.inputs.parameters['opt']}}\"], \"Else\": [\"--no-opt\"]}}",
                          "{{$.outputs.artifacts['out'].path}}", "{{$.outputs.parameters['verdict'].output_file}}",
                          "{{$.outputs.parameters['count'].output_file}}", "{{$.outputs.artifacts['model'].uri}}"}));
    QCOMPARE(prod.value("env").toList().value(0).toMap(), (QVariantMap{{"name", "MODE"}, {"value", "fast"}}));
    QCOMPARE(prod.value("resources").toMap(),
             (QVariantMap{{"resourceCpuLimit", "500m"}, {"resourceMemoryLimit", "1Gi"},
                          {"accelerator", QVariantMap{{"resourceType", "nvidia.com/gpu"}, {"resourceCount", "1"}}}}));
    const QVariantMap prodComp = at(ir, "components/comp-producer");
    QCOMPARE(at(prodComp, "inputDefinitions/parameters/n").value("parameterType").toString(), QStringLiteral("NUMBER_INTEGER"));
    QVERIFY(at(prodComp, "inputDefinitions/parameters/opt").value("isOptional").toBool());
    QCOMPARE(at(prodComp, "inputDefinitions/artifacts/data/artifactType").value("schemaTitle").toString(), QStringLiteral("system.Artifact"));
    QCOMPARE(at(prodComp, "outputDefinitions/artifacts/model/artifactType").value("schemaTitle").toString(), QStringLiteral("system.Model"));
    QCOMPARE(at(prodComp, "outputDefinitions/parameters/count").value("parameterType").toString(), QStringLiteral("NUMBER_INTEGER"));
    QVERIFY(at(prodComp, "outputDefinitions/artifacts").contains("out")); // Text read as a file downstream

    // Tasks: caching off, retries, dataset importer, condition, after, constants.
    const QVariantMap tasks = at(ir, "root/dag/tasks");
    QCOMPARE(tasks.keys(), (QStringList{"consume", "final", "importer-sample", "produce"}));
    const QVariantMap produce = tasks.value("produce").toMap();
    QVERIFY(produce.contains("cachingOptions"));
    QVERIFY(at(produce, "cachingOptions").isEmpty());
    QCOMPARE(at(produce, "retryPolicy"), (QVariantMap{{"maxRetryCount", 2}, {"backoffDuration", "10s"}}));
    QCOMPARE(produce.value("dependentTasks").toStringList(), QStringList{"importer-sample"});
    QCOMPARE(at(produce, "inputs/artifacts/data/taskOutputArtifact"),
             (QVariantMap{{"producerTask", "importer-sample"}, {"outputArtifactKey", "artifact"}}));
    QCOMPARE(at(produce, "inputs/parameters/msg").value("componentInputParameter").toString(), QStringLiteral("msg"));
    QCOMPARE(at(tasks.value("importer-sample").toMap(), "inputs/parameters/uri").value("componentInputParameter").toString(),
             QStringLiteral("dataset_sample_uri"));
    QCOMPARE(at(ir, "deploymentSpec/executors/exec-importer-sample/importer/artifactUri").value("runtimeParameter").toString(),
             QStringLiteral("uri"));

    const QVariantMap consume = tasks.value("consume").toMap();
    QCOMPARE(at(consume, "triggerPolicy").value("condition").toString(),
             QStringLiteral("inputs.parameter_values['pipelinechannel--produce-verdict'] == 'go'"));
    QCOMPARE(at(consume, "inputs/parameters/pipelinechannel--produce-verdict/taskOutputParameter"),
             (QVariantMap{{"producerTask", "produce"}, {"outputParameterKey", "verdict"}}));
    QVERIFY(at(ir, "components/comp-consume/inputDefinitions/parameters").contains("pipelinechannel--produce-verdict"));
    QCOMPARE(at(consume, "inputs/artifacts/text/taskOutputArtifact").value("producerTask").toString(), QStringLiteral("produce"));
    QCOMPARE(at(consume, "cachingOptions").value("enableCache").toBool(), true);
    QCOMPARE(at(ir, "deploymentSpec/executors/exec-consume/container").value("args").toStringList(),
             QStringList{"{\"IfPresent\": {\"InputName\": \"label\", \"Then\": [\"--label\", \"{{$.inputs.parameters['label']}}\"], \"Else\": [\"--no-label\"]}}"});

    const QVariantMap fin = tasks.value("final").toMap();
    QCOMPARE(fin.value("dependentTasks").toStringList(), (QStringList{"consume", "produce"}));
    QCOMPARE(at(fin, "inputs/parameters/ratio/runtimeValue").value("constant"), QVariant(0.25));
    QCOMPARE(at(fin, "inputs/parameters/note/runtimeValue").value("constant"), QVariant("plain text"));
    QCOMPARE(at(ir, "components/comp-final/inputDefinitions/parameters/note").value("parameterType").toString(), QStringLiteral("STRING"));
    QVERIFY(at(ir, "deploymentSpec/executors/exec-final/container").value("args").toStringList().endsWith("--always"));

    const QVariantMap params = at(ir, "root/inputDefinitions/parameters");
    QCOMPARE(at(params, "n").value("defaultValue"), QVariant(qlonglong(3)));
    QCOMPARE(at(params, "ratio").value("defaultValue"), QVariant(0.5));
    QCOMPARE(at(params, "flag").value("defaultValue"), QVariant(true));
    QCOMPARE(at(params, "cfg").value("defaultValue").toMap(), (QVariantMap{{"a", 1}}));
    QCOMPARE(at(params, "dataset_sample_uri").value("defaultValue").toString(), QStringLiteral("data/sample.csv"));
    QCOMPARE(at(ir, "root/dag/outputs/parameters/result/valueFromParameter"),
             (QVariantMap{{"producerSubtask", "final"}, {"outputParameterKey", "out"}}));
    QCOMPARE(at(ir, "root/outputDefinitions/artifacts/model/artifactType").value("schemaTitle").toString(), QStringLiteral("system.Model"));

    const QStringList warnings = codes(r->diagnostics);
    QVERIFY2(warnings.contains("dataset-uri") && warnings.contains("timeout-dropped"), qPrintable(warnings.join(',')));
}

void TstKfpIrCompiler::structureOfExamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("tasks");
    QTest::newRow("everything") << kData + "/everything.pipeline.yaml" << 4;
    QTest::newRow("hello") << QStringLiteral(MLWB_SOURCE_DIR "/resources/examples/hello.pipeline.yaml") << 4;
    QTest::newRow("churn") << QStringLiteral(MLWB_SOURCE_DIR "/resources/examples/churn.pipeline.yaml") << 11;
    QTest::newRow("diamond") << kData + "/diamond.pipeline.yaml" << 4;
}

void TstKfpIrCompiler::structureOfExamples()
{
    QFETCH(QString, file);
    QFETCH(int, tasks);
    Result<CompiledIr> r = compileFile(file);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().text()));
    QCOMPARE(irchecks::structuralProblems(r->ir), QStringList());
    QCOMPARE(at(r->ir, "root/dag/tasks").size(), tasks);
    // Every data edge agrees on both ends: an artifact input reads an artifact output.
    const QVariantMap comps = r->ir.value("components").toMap();
    const QVariantMap ts = at(r->ir, "root/dag/tasks");
    for (auto it = ts.cbegin(); it != ts.cend(); ++it) {
        const QVariantMap arts = at(it.value().toMap(), "inputs/artifacts");
        for (auto a = arts.cbegin(); a != arts.cend(); ++a) {
            const QVariantMap src = at(a.value().toMap(), "taskOutputArtifact");
            if (src.isEmpty())
                continue;
            const QString producerComp = at(ts.value(src.value("producerTask").toString()).toMap(), "componentRef").value("name").toString();
            QVERIFY2(at(comps.value(producerComp).toMap(), "outputDefinitions/artifacts").contains(src.value("outputArtifactKey").toString()),
                     qPrintable(it.key() + "/" + a.key()));
        }
    }
    QTemporaryDir tmp;
    const QString out = tmp.filePath("pipeline.yaml");
    QFile f(out);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kfpIrToYaml(r->ir));
    f.close();
    const QString validator = irchecks::kfpValidator();
    if (validator.isEmpty())
        QSKIP("../shared/tools/kfp-validator is not present; the structural checks above ran");
    const QString problems = irchecks::runChecker(validator, out);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TstKfpIrCompiler::deterministicAndReadable()
{
    Result<CompiledIr> a = compileFile(kData + "/everything.pipeline.yaml");
    Result<CompiledIr> b = compileFile(kData + "/everything.pipeline.yaml");
    QVERIFY(a && b);
    const QByteArray yaml = kfpIrToYaml(a->ir);
    QCOMPARE(yaml, kfpIrToYaml(b->ir));
    QVERIFY(yaml.startsWith("# PIPELINE DEFINITION\n# Name: everything-export\n"));
    // Keys come out sorted (the SDK's sort_keys=True) and the text parses back to the same data.
    QVERIFY(yaml.indexOf("\ncomponents:") < yaml.indexOf("\ndeploymentSpec:"));
    QVERIFY(yaml.indexOf("\npipelineInfo:") < yaml.indexOf("\nroot:"));
    QVERIFY(yaml.indexOf("\nroot:") < yaml.indexOf("\nschemaVersion:"));
    Result<QVariantList> docs = parseIrDocuments(yaml, "x.yaml");
    QVERIFY(docs);
    QCOMPARE(docs->size(), 1);
    QCOMPARE(QJsonDocument::fromVariant(docs->first()).toJson(QJsonDocument::Compact),
             QJsonDocument::fromVariant(a->ir).toJson(QJsonDocument::Compact));
}

void TstKfpIrCompiler::refusals_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("code");
    const QByteArray head = "name: bad\ninputs: [{name: p, type: String}]\nimplementation:\n  graph:\n    tasks:\n";
    const QByteArray fileReader =
        "        componentRef: {spec: {name: R, inputs: [{name: f}], implementation: {container: {image: x, command: [cat, {inputPath: f}]}}}}\n";
    const QByteArray writer =
        "      w:\n        componentRef: {spec: {name: W, outputs: [{name: o, type: String}], implementation: {container: {image: x, command: [a, {outputPath: o}]}}}}\n";
    QTest::newRow("constant-to-file") << head + "      r:\n" + fileReader + "        arguments: {f: hello}\n" << "constant-to-file";
    QTest::newRow("parameter-to-file") << head + "      r:\n" + fileReader + "        arguments: {f: {graphInput: {inputName: p}}}\n"
                                       << "parameter-to-file";
    QTest::newRow("value-and-file")
        << head + writer + "      r:\n" + fileReader + "        arguments: {f: {taskOutput: {taskId: w, outputName: o}}}\n"
               "      v:\n        componentRef: {spec: {name: V, inputs: [{name: s}], implementation: {container: {image: x, command: [echo, {inputValue: s}]}}}}\n"
               "        arguments: {s: {taskOutput: {taskId: w, outputName: o}}}\n"
        << "value-and-file";
    QTest::newRow("missing-component") << head + "      m:\n        componentRef: {name: M, url: nowhere.yaml}\n" << "missing-component";
    QTest::newRow("unbound") << head + "      r:\n" + fileReader << "unbound-input";
    QTest::newRow("metadata") << head + "      r:\n        componentRef: {spec: {name: R, inputs: [{name: f}], implementation: {container: {image: x, command: [{inputMetadata: f}]}}}}\n        arguments: {f: x}\n"
                              << "v2-placeholder";
}

void TstKfpIrCompiler::refusals()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, code);
    Result<manifest::LoadedPipeline> p = manifest::readPipeline(yaml, "bad.yaml", kData);
    QVERIFY2(p, qPrintable(p ? QString() : p.error().text()));
    detail::IrCompiler compiler(p->snapshot, KfpIrOptions{kData, {}});
    Result<CompiledIr> r = compiler.run();
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("export-failed"));
    QVERIFY2(codes(compiler.m_diagnostics).contains(code), qPrintable(codes(compiler.m_diagnostics).join(',')));
}

QTEST_GUILESS_MAIN(TstKfpIrCompiler)
#include "tst_kfpircompiler.moc"
