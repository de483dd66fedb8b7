// SPDX-License-Identifier: GPL-3.0-or-later
// Reading every field of KFP v1 component files, and read -> write -> read round trips.
#include "core/manifest/componentreader.h"
#include "core/manifest/componentwriter.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace wb;
using model::ArgumentSpec;
using model::CommandItem;
using model::ComponentSpec;

namespace {

QString dataDir() { return QStringLiteral(MLWB_SOURCE_DIR "/tests/data/components"); }
QString sharedComponents() { return QStringLiteral(MLWB_SHARED_DIR "/fixtures/kfp/components"); }

ComponentSpec load(const QString &path)
{
    auto r = manifest::readComponentFile(path);
    if (!r)
        qFatal("cannot load %s: %s", qPrintable(path), qPrintable(r.error().text()));
    return r.value();
}

ComponentSpec parse(const QByteArray &yaml)
{
    auto r = manifest::readComponentSpec(yaml, QStringLiteral("test.yaml"));
    if (!r)
        qFatal("cannot parse: %s", qPrintable(r.error().text()));
    return r.value();
}

} // namespace

class TestComponentReader : public QObject
{
    Q_OBJECT
private slots:
    void pytorchLauncherHasNoNameAndIntDefault()
    {
        const ComponentSpec s = load(dataDir() + "/pytorch-launcher.yaml");
        QVERIFY(s.name.isEmpty());
        QCOMPARE(s.description, QStringLiteral("Kubeflow PyTorchJob launcher"));
        QCOMPARE(s.inputs.size(), 11);
        const model::InputSpec *t = s.input("job_timeout_minutes");
        QVERIFY(t);
        QCOMPARE(t->defaultValue.typeId(), int(QMetaType::Int));
        QCOMPARE(t->defaultValue.toInt(), 1440);
        QCOMPARE(t->type.name, QStringLiteral("Integer"));
        // 'True' is quoted in the file: a string, not a bool.
        QCOMPARE(s.input("delete_after_done")->defaultValue, QVariant(QStringLiteral("True")));
        QCOMPARE(s.input("namespace")->defaultValue, QVariant(QStringLiteral("kubeflow")));
        QCOMPARE(s.input("master_spec")->defaultValue, QVariant(QStringLiteral("{}")));
        QVERIFY(!s.input("name")->hasDefault());
        QVERIFY(s.input("backoff_limit")->optional);
        QVERIFY(!s.input("name")->optional);
        QCOMPARE(s.input("name")->description, QStringLiteral("PyTorchJob name."));
        QCOMPARE(s.implementation, ComponentSpec::Implementation::Container);
        QCOMPARE(s.container.image, QStringLiteral("cascribner/kubeflow-pytorchjob-launcher:v1"));
        QCOMPARE(s.container.command.size(), size_t(2));
        QCOMPARE(s.container.command[1], CommandItem::literal("/ml/launch_pytorchjob.py"));
        QCOMPARE(s.container.args.size(), size_t(19));
        const CommandItem &lastIf = s.container.args.back();
        QCOMPARE(lastIf.kind, CommandItem::Kind::If);
        QCOMPARE(lastIf.cond.front(), CommandItem::placeholder(CommandItem::Kind::IsPresent, "ttl_seconds_after_finished"));
        QCOMPARE(lastIf.thenItems.size(), size_t(2));
        QVERIFY(!lastIf.hasElse);
    }

    void papermillScalarElse()
    {
        const ComponentSpec s = load(dataDir() + "/papermill-notebook.yaml");
        QCOMPARE(s.name, QStringLiteral("Run notebook using papermill"));
        QCOMPARE(s.inputs.size(), 4);
        QCOMPARE(s.inputs[2].name, QStringLiteral("Packages to install"));
        QCOMPARE(s.inputs[2].defaultValue, QVariant(QString()));
        QVERIFY(s.inputs[3].type.isUntyped());
        QVERIFY(s.inputs[3].optional);
        QCOMPARE(s.outputs.size(), 2);
        QCOMPARE(s.outputs[0].name, QStringLiteral("Notebook")); // same name as an input: allowed
        QCOMPARE(s.metadata.value("annotations").toMap().value("author").toString(),
                 QStringLiteral("Alexey Volkov <alexey.volkov@ark-kun.com>"));
        const auto &cmd = s.container.command;
        QCOMPARE(cmd.size(), size_t(9));
        QVERIFY(cmd[2].text.startsWith("input_notebook_path=\"$0\"\n"));
        const CommandItem &ifPkgs = cmd[6];
        QCOMPARE(ifPkgs.kind, CommandItem::Kind::If);
        QVERIFY(ifPkgs.hasElse);
        QVERIFY(ifPkgs.branchesWereScalar);
        QCOMPARE(ifPkgs.elseItems.size(), size_t(1));
        QCOMPARE(ifPkgs.elseItems[0], CommandItem::literal("{}"));
        QCOMPARE(cmd[7].elseItems[0], CommandItem::literal(""));
        QCOMPARE(cmd[7].thenItems[0], CommandItem::placeholder(CommandItem::Kind::InputPath, "Input data"));
    }

    void concatAndIfFixtures()
    {
        const ComponentSpec c = load(dataDir() + "/test-concat-placeholder.yaml");
        QCOMPARE(c.container.args.size(), size_t(2));
        QCOMPARE(c.container.args[1].kind, CommandItem::Kind::Concat);
        QCOMPARE(c.container.args[1].parts.size(), size_t(2));
        QCOMPARE(c.container.args[1].parts[1], CommandItem::literal("some value"));
        const ComponentSpec i = load(dataDir() + "/test-if-placeholder.yaml");
        QCOMPARE(i.inputs.size(), 3);
        QVERIFY(!i.inputs[0].optional);
        QCOMPARE(i.container.args[3].elseItems.size(), size_t(2));
        QVERIFY(!i.container.args[3].branchesWereScalar);
    }

    void graphComponent()
    {
        const ComponentSpec s = load(dataDir() + "/graph-xgboost-train-regression-and-metrics.yaml");
        QCOMPARE(s.implementation, ComponentSpec::Implementation::Graph);
        QCOMPARE(s.implementationName(), QStringLiteral("graph"));
        QCOMPARE(s.graph.tasks.size(), 5);
        const QStringList ids{"Xgboost train", "Xgboost predict", "Pandas Transform DataFrame in CSV format",
                              "Remove header", "Calculate regression metrics from csv"};
        for (int i = 0; i < ids.size(); ++i)
            QCOMPARE(s.graph.tasks[i].id, ids[i]); // file order
        const model::TaskSpec &predict = s.graph.tasks[1];
        QCOMPARE(predict.componentRef.digest, QStringLiteral("ecdfaf32cff15b6abc3d0dd80365ce00577f1a19a058fbe201f515431cea1357"));
        QVERIFY(predict.componentRef.url.endsWith("XGBoost/Predict/component.yaml"));
        QVERIFY(!predict.componentRef.specInline);
        QCOMPARE(predict.arguments.size(), 3);
        QCOMPARE(predict.arguments[0].first, QStringLiteral("data"));
        QCOMPARE(predict.arguments[0].second.kind, ArgumentSpec::Kind::GraphInput);
        QCOMPARE(predict.arguments[0].second.inputName, QStringLiteral("testing_data"));
        QCOMPARE(predict.arguments[1].second.kind, ArgumentSpec::Kind::TaskOutput);
        QCOMPARE(predict.arguments[1].second.taskId, QStringLiteral("Xgboost train"));
        QCOMPARE(predict.arguments[1].second.outputName, QStringLiteral("model"));
        QCOMPARE(predict.arguments[1].second.type.name, QStringLiteral("XGBoostModel"));
        const auto &transform = s.graph.tasks[2].arguments[1];
        QCOMPARE(transform.second.kind, ArgumentSpec::Kind::Constant);
        QCOMPARE(transform.second.constant, QVariant(QStringLiteral("df = df[[\"tips\"]]")));
        QCOMPARE(s.graph.outputValues.size(), 5);
        QCOMPARE(s.graph.outputValues[1].second.taskId, QStringLiteral("Calculate regression metrics from csv"));
        QCOMPARE(s.input("label_column")->defaultValue, QVariant(QStringLiteral("0")));
    }

    void diamondInlineSpecs()
    {
        const ComponentSpec s = load(dataDir() + "/diamond.pipeline.yaml");
        QCOMPARE(s.graph.tasks.size(), 4);
        const model::TaskSpec &compare = s.graph.tasks[3];
        QVERIFY(compare.componentRef.specInline);
        QVERIFY(compare.componentRef.spec);
        QCOMPARE(compare.componentRef.spec->name, QStringLiteral("Compare"));
        QCOMPARE(compare.componentRef.spec->container.command.size(), size_t(7));
        QCOMPARE(compare.arguments[1].second.taskId, QStringLiteral("count-unique"));
    }

    void everyFieldAndExtension()
    {
        const ComponentSpec s = parse(R"(
name: All fields
description: desc
metadata: {annotations: {category: tables, author: me}, labels: {a: b}}
inputs:
- {name: t, type: {GCSPath: {data_type: CSV}}, description: d, annotations: {x: 1}}
- {name: f, type: Float, default: 0.5}
- {name: b, type: Boolean, default: true}
- {name: s, default: '1440'}
- {name: n, default: null, optional: true}
outputs:
- {name: o, type: CSV, description: out, annotations: {y: z}}
- {name: legacy}
implementation:
  container:
    image: alpine
    command: [{inputUri: t}, {outputUri: o}, {executorInput: null}, {inputMetadata: t},
              {outputMetadata: null}, {inputOutputPortName: t}]
    env:
      B_VAR: {inputValue: s}
      A_VAR: plain
    fileOutputs: {legacy: /out/legacy.txt}
unknownKey: [ignored]
)");
        QCOMPARE(s.inputs[0].type.name, QStringLiteral("GCSPath"));
        QCOMPARE(s.inputs[0].type.raw.toMap().value("GCSPath").toMap().value("data_type"), QVariant("CSV"));
        QCOMPARE(s.inputs[0].annotations.value("x"), QVariant(1));
        QCOMPARE(s.inputs[1].defaultValue.typeId(), int(QMetaType::Double));
        QCOMPARE(s.inputs[2].defaultValue, QVariant(true));
        QCOMPARE(s.inputs[2].defaultAsString(), QStringLiteral("True"));
        QCOMPARE(s.inputs[3].defaultValue.typeId(), int(QMetaType::QString));
        QVERIFY(!s.inputs[4].hasDefault());
        QCOMPARE(s.outputs[0].annotations.value("y"), QVariant("z"));
        QCOMPARE(s.metadata.value("labels").toMap().value("a"), QVariant("b"));
        using K = CommandItem::Kind;
        const QList<K> kinds{K::InputUri, K::OutputUri, K::ExecutorInput, K::InputMetadata, K::OutputMetadata, K::InputOutputPortName};
        for (int i = 0; i < kinds.size(); ++i)
            QCOMPARE(s.container.command[size_t(i)].kind, kinds[i]);
        QCOMPARE(s.container.env.size(), 2);
        QCOMPARE(s.container.env[0].name, QStringLiteral("B_VAR")); // file order
        QCOMPARE(s.container.env[0].value, CommandItem::placeholder(K::InputValue, "s"));
        QCOMPARE(s.container.fileOutputs.value("legacy"), QVariant("/out/legacy.txt"));
        roundTrip(s);
    }

    void graphExtensions()
    {
        const ComponentSpec s = parse(R"(
name: g
inputs: [{name: p, type: Integer, default: 3}]
outputs: [{name: r}]
implementation:
  graph:
    tasks:
      load:
        componentRef: {name: Loader, tag: v1, url: components/load.yaml, digest: abc}
        arguments:
          data: {dataset: {manifest: data/penguins.dataset.yaml}}
          count: 7
          ratio: 0.25
          flag: false
          name: '007'
        isEnabled: {'==': {op1: {graphInput: {inputName: p}}, op2: '3'}}
        executionOptions: {retryStrategy: {maxRetries: 2}, cachingStrategy: {maxCacheStaleness: P30D}}
        annotations: {mlwb.position: '10,20'}
      use:
        componentRef: {url: components/use.yaml}
        arguments:
          x: {taskOutput: {taskId: load, outputName: out, type: CSV}}
          p: {graphInput: {inputName: p, type: Integer}}
    outputValues:
      r: {taskOutput: {taskId: use, outputName: res}}
)");
        const model::TaskSpec &load = s.graph.tasks[0];
        QCOMPARE(load.componentRef.name, QStringLiteral("Loader"));
        QCOMPARE(load.componentRef.tag, QStringLiteral("v1"));
        QCOMPARE(load.arguments[0].second.kind, ArgumentSpec::Kind::Dataset);
        QCOMPARE(load.arguments[0].second.manifest, QStringLiteral("data/penguins.dataset.yaml"));
        QCOMPARE(load.arguments[1].second.constant, QVariant(7));
        QCOMPARE(load.arguments[2].second.constant.typeId(), int(QMetaType::Double));
        QCOMPARE(load.arguments[3].second.constant, QVariant(false));
        QCOMPARE(load.arguments[4].second.constant, QVariant(QStringLiteral("007")));
        QVERIFY(load.isEnabled.toMap().contains("=="));
        QCOMPARE(load.executionOptions.value("retryStrategy").toMap().value("maxRetries"), QVariant(2));
        QCOMPARE(load.annotations.value("mlwb.position"), QVariant("10,20"));
        QCOMPARE(s.graph.tasks[1].arguments[1].second.type.name, QStringLiteral("Integer"));
        roundTrip(s);
        // Task and argument order follow the spec's lists, not alphabetical order.
        const QByteArray yaml = manifest::writeComponentSpec(s);
        QVERIFY(yaml.indexOf("load:") < yaml.indexOf("use:"));
        QVERIFY(yaml.indexOf("data:") < yaml.indexOf("count:"));
        QVERIFY(yaml.indexOf("componentRef:") < yaml.indexOf("arguments:"));
        QVERIFY(yaml.indexOf("arguments:") < yaml.indexOf("isEnabled:"));
        QVERIFY(yaml.indexOf("isEnabled:") < yaml.indexOf("executionOptions:"));
        QVERIFY(yaml.indexOf("executionOptions:") < yaml.indexOf("annotations:"));
    }

    void anchorsAndAliasesWork()
    {
        const ComponentSpec s = parse(R"(
name: anchors
inputs:
- &common {name: a, type: String, default: x}
outputs: [{name: o}]
implementation:
  container:
    image: &img alpine:3.19
    command: [&sh sh, -c, echo, *sh, *img]
)");
        QCOMPARE(s.inputs[0].defaultValue, QVariant("x"));
        QCOMPARE(s.container.command[3], CommandItem::literal("sh"));
        QCOMPARE(s.container.command[4], CommandItem::literal("alpine:3.19"));
    }

    void writerKeepsTypesAndQuotes()
    {
        const ComponentSpec s = load(dataDir() + "/pytorch-launcher.yaml");
        const QByteArray yaml = manifest::writeComponentSpec(s);
        QVERIFY2(yaml.contains("default: 1440"), yaml.constData());
        QVERIFY2(yaml.contains("default: 'True'"), yaml.constData());
        QVERIFY(yaml.startsWith("description:")); // no name written when there is none
        ComponentSpec t = parse("name: q\ninputs: [{name: a, default: '1.5'}, {name: b, default: 'yes'}, "
                                "{name: c, default: 'null'}, {name: d, default: ''}, {name: e, default: 2.0}]\n"
                                "implementation: {container: {image: x}}\n");
        const ComponentSpec back = parse(manifest::writeComponentSpec(t));
        QCOMPARE(back.inputs[0].defaultValue, QVariant("1.5"));
        QCOMPARE(back.inputs[1].defaultValue, QVariant("yes"));
        QCOMPARE(back.inputs[2].defaultValue, QVariant("null"));
        QCOMPARE(back.inputs[3].defaultValue, QVariant(""));
        QCOMPARE(back.inputs[4].defaultValue.typeId(), int(QMetaType::Double));
        QCOMPARE(back.inputs[4].defaultValue.toDouble(), 2.0);
    }

    void awkwardStringsRoundTrip()
    {
        ComponentSpec s;
        s.name = "weird: name # not a comment";
        s.description = "line1\n  indented\n\ttab\n\nend with spaces   \n      \n";
        s.implementation = ComponentSpec::Implementation::Container;
        s.container.image = "img";
        for (const QString &t : {QString("  leading"), QString("trailing "), QString("a\r\nb"), QString("'quote' \"dq\""),
                                 QString("- dash"), QString("{brace}"), QString("~"), QString("日本語"), QString("\x01ctl"),
                                 QString("ends\n\n\n"), QString("x\n  \n")})
            s.container.args.push_back(CommandItem::literal(t));
        roundTrip(s);
    }

    void fixturesRoundTrip_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &f : QDir(dataDir()).entryList({"*.yaml"}, QDir::Files))
            QTest::newRow(qPrintable("data/" + f)) << dataDir() + "/" + f;
        for (const QString &f : QDir(sharedComponents()).entryList({"*.yaml"}, QDir::Files))
            QTest::newRow(qPrintable("shared/" + f)) << sharedComponents() + "/" + f;
        const QString diamond = QStringLiteral(MLWB_SHARED_DIR "/fixtures/pipelines/diamond.pipeline.yaml");
        if (QFile::exists(diamond))
            QTest::newRow("shared/diamond.pipeline.yaml") << diamond;
    }

    void fixturesRoundTrip()
    {
        QFETCH(QString, path);
        roundTrip(load(path));
    }

    void sharedFixturesPresent()
    {
        if (!QDir(sharedComponents()).exists())
            QSKIP("../shared/fixtures/kfp/components is absent (fresh clone); the copies in tests/data are tested");
        QCOMPARE(QDir(sharedComponents()).entryList({"*.yaml"}, QDir::Files).size(), 12);
        const ComponentSpec train = load(sharedComponents() + "/xgboost-train.yaml");
        QCOMPARE(train.inputs.size(), 10);
        QCOMPARE(train.input("learning_rate")->defaultValue, QVariant("0.3"));
        QCOMPARE(train.outputs[1].type.name, QStringLiteral("XGBoostModelConfig"));
        const ComponentSpec web = load(sharedComponents() + "/web-download.yaml");
        QCOMPARE(web.inputs[1].name, QStringLiteral("curl options"));
        QCOMPARE(web.inputs[1].type.name, QStringLiteral("string"));
        QCOMPARE(web.container.command[3], CommandItem::placeholder(CommandItem::Kind::InputValue, "Url"));
        const ComponentSpec add = load(sharedComponents() + "/test-add.yaml");
        QCOMPARE(add.inputs[0].name, QStringLiteral("op-1"));
        QCOMPARE(add.description, QStringLiteral("Component to add two numbers\n"));
        const ComponentSpec folds = load(sharedComponents() + "/split-into-folds.yaml");
        QCOMPARE(folds.outputs.size(), 10);
        QCOMPARE(folds.input("number_of_folds")->defaultValue, QVariant("5"));
    }

private:
    void roundTrip(const ComponentSpec &s)
    {
        const QByteArray once = manifest::writeComponentSpec(s);
        auto back = manifest::readComponentSpec(once, QStringLiteral("written.yaml"));
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().text() + "\n" + QString::fromUtf8(once)));
        QVERIFY2(back.value() == s, once.constData());
        QCOMPARE(manifest::writeComponentSpec(back.value()), once);
    }
};

QTEST_GUILESS_MAIN(TestComponentReader)
#include "tst_componentreader.moc"
