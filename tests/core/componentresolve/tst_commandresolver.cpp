// SPDX-License-Identifier: GPL-3.0-or-later
// KFP v1 command-line resolution; expected argv written by hand from _resolve_command_line_and_paths.
#include "core/manifest/componentreader.h"
#include "core/model/commandresolver.h"

#include <QTest>

using namespace wb;
using model::ResolveInput;

namespace {

model::ComponentSpec parse(const QByteArray &yaml)
{
    auto r = manifest::readComponentSpec(yaml, QStringLiteral("test.yaml"));
    if (!r)
        qFatal("cannot parse: %s", qPrintable(r.error().text()));
    return r.value();
}

model::ComponentSpec load(const QString &name)
{
    auto r = manifest::readComponentFile(QStringLiteral(MLWB_SOURCE_DIR "/tests/data/components/") + name);
    if (!r)
        qFatal("cannot load %s: %s", qPrintable(name), qPrintable(r.error().text()));
    return r.value();
}

const QByteArray kAll = R"(
name: Everything
inputs:
- {name: req}
- {name: opt, optional: true}
- {name: def, type: Integer, default: 5}
- {name: flag, type: Boolean, default: true}
- {name: file in, optional: true}
outputs:
- {name: out put}
- {name: fixed}
implementation:
  container:
    image: img:1
    command: [run, {inputValue: req}, {inputValue: opt}, {inputValue: def}, {inputValue: flag}]
    args:
    - {concat: [--opt=, {inputValue: opt}, ';']}
    - {concat: [--req=, {inputValue: req}, {if: {cond: {isPresent: opt}, then: [+, {inputValue: opt}]}}]}
    - {if: {cond: {isPresent: opt}, then: [--has-opt], else: [--no-opt]}}
    - {if: {cond: {inputValue: flag}, then: flag-on, else: flag-off}}
    - {if: {cond: true, then: [a, b]}}
    - {if: {cond: 'false', then: [never]}}
    - {if: {cond: {isPresent: opt}, then: [never]}}
    - {isPresent: file in}
    - {inputPath: file in}
    - {outputPath: out put}
    - {inputUri: file in}
    - {outputUri: out put}
    env:
      E1: {inputValue: req}
      E2: {concat: [x, {inputValue: def}]}
      E3: {inputValue: opt}
    fileOutputs: {fixed: /out/fixed.txt}
)";

} // namespace

class TestCommandResolver : public QObject
{
    Q_OBJECT
private slots:
    void sanitize()
    {
        QCOMPARE(model::sanitizeFileName("Output data"), QStringLiteral("Output_data"));
        QCOMPARE(model::sanitizeFileName("a  b/c"), QStringLiteral("a_b_c"));
        QCOMPARE(model::sanitizeFileName("MLPipeline UI metadata"), QStringLiteral("MLPipeline_UI_metadata"));
        QCOMPARE(model::sanitizeFileName("ok-name_1.2"), QStringLiteral("ok-name_1.2"));
        QCOMPARE(model::sanitizeFileName("x!!y"), QStringLiteral("x_y"));
        QCOMPARE(model::sanitizeFileName(QString::fromUtf8("caf\xc3\xa9")), QStringLiteral("caf_"));
        QCOMPARE(model::ioPath("/tmp/inputs/", "file in"), QStringLiteral("/tmp/inputs/file_in/data"));
    }

    void everyPlaceholderMinimalArguments()
    {
        const auto spec = parse(kAll);
        auto r = model::resolveCommand(spec, ResolveInput{{{"req", "R"}}, {}});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
        QCOMPARE(r->image, QStringLiteral("img:1"));
        // opt absent & optional -> dropped; defaults fill def/flag (bool default -> "True").
        QCOMPARE(r->command, QStringList({"run", "R", "5", "True"}));
        QCOMPARE(r->args, QStringList({"--opt=;", "--req=R", "--no-opt", "flag-on", "a", "b", "False",
                                       "/tmp/outputs/out_put/data", "/tmp/outputs/out_put/data"}));
        QCOMPARE(r->env, (QList<QPair<QString, QString>>{{"E1", "R"}, {"E2", "x5"}}));
        QVERIFY(r->inputPaths.isEmpty());
        // outputPath always produces a path; fileOutputs keep their fixed path.
        QCOMPARE(r->outputPaths, (QMap<QString, QString>{{"out put", "/tmp/outputs/out_put/data"}, {"fixed", "/out/fixed.txt"}}));
    }

    void everyPlaceholderAllArguments()
    {
        const auto spec = parse(kAll);
        ResolveInput in{{{"req", "R"}, {"opt", "O"}, {"def", "7"}, {"flag", "false"}}, {"file in"}};
        model::ResolveOptions opt;
        opt.inputsRoot = "/work/in";
        opt.outputsRoot = "/work/out/";
        auto r = model::resolveCommand(spec, in, opt);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
        QCOMPARE(r->command, QStringList({"run", "R", "O", "7", "false"}));
        QCOMPARE(r->args, QStringList({"--opt=O;", "--req=R+O", "--has-opt", "flag-off", "a", "b", "never", "True",
                                       "/work/in/file_in/data", "/work/out/out_put/data",
                                       "/work/in/file_in/data", "/work/out/out_put/data"}));
        QCOMPARE(r->env.size(), 3);
        QCOMPARE(r->env[2], (QPair<QString, QString>{"E3", "O"}));
        QCOMPARE(r->inputPaths, (QMap<QString, QString>{{"file in", "/work/in/file_in/data"}}));
    }

    void requiredMissing()
    {
        auto r = model::resolveCommand(parse(kAll), ResolveInput{});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("missing-argument"));
        QVERIFY2(r.error().message.contains("'req'"), qPrintable(r.error().message));
        auto path = model::resolveCommand(
            parse("name: p\ninputs: [{name: f}]\nimplementation: {container: {image: i, args: [{inputPath: f}]}}\n"), {});
        QVERIFY(!path.ok());
        QVERIFY(path.error().message.contains("'f'"));
    }

    void misuse()
    {
        const auto spec = parse(kAll);
        auto unknown = model::resolveCommand(spec, ResolveInput{{{"req", "R"}, {"typo", "1"}}, {}});
        QCOMPARE(unknown.error().code, QStringLiteral("unknown-input"));
        // A file-only argument consumed by value cannot be resolved without its content.
        auto byFile = model::resolveCommand(spec, ResolveInput{{}, {"req"}});
        QCOMPARE(byFile.error().code, QStringLiteral("value-needed"));
        auto graph = model::resolveCommand(load("diamond.pipeline.yaml"), {});
        QCOMPARE(graph.error().code, QStringLiteral("not-a-container"));
        auto v2 = model::resolveCommand(parse("name: v\nimplementation: {container: {image: i, args: [{executorInput: null}]}}\n"), {});
        QCOMPARE(v2.error().code, QStringLiteral("unsupported-placeholder"));
        auto conflict = model::resolveCommand(
            parse("name: c\noutputs: [{name: o}]\nimplementation: {container: {image: i, args: [{outputPath: o}], fileOutputs: {o: /x}}}\n"), {});
        QCOMPARE(conflict.error().code, QStringLiteral("conflicting-output"));
    }

    void strtobool_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected"); // "then", "else" or "error"
        for (const char *t : {"y", "Yes", "t", "TRUE", "on", "1", "True"})
            QTest::newRow(t) << t << "then";
        for (const char *f : {"n", "NO", "f", "false", "Off", "0", "False", ""})
            QTest::newRow(*f ? f : "empty") << f << "else";
        for (const char *bad : {"maybe", "2", "truthy"})
            QTest::newRow(bad) << bad << "error";
    }

    void strtobool()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const auto spec = parse("name: b\ninputs: [{name: c}]\nimplementation: {container: {image: i, "
                                "args: [{if: {cond: {inputValue: c}, then: [then], else: else}}]}}\n");
        auto r = model::resolveCommand(spec, ResolveInput{{{"c", value}}, {}});
        if (expected == "error") {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, QStringLiteral("bad-condition"));
            QVERIFY(r.error().message.contains(value));
        } else {
            QVERIFY(r.ok());
            QCOMPARE(r->args, QStringList{expected});
        }
    }

    void ifPlaceholderFixture()
    {
        const auto spec = load("test-if-placeholder.yaml");
        auto r = model::resolveCommand(spec, ResolveInput{{{"required_input", "A"}}, {}});
        QVERIFY(r.ok());
        QVERIFY(r->command.isEmpty());
        QCOMPARE(r->args, QStringList({"--arg0", "A", "--arg3", "default value"}));
        r = model::resolveCommand(spec, ResolveInput{{{"required_input", "A"}, {"optional_input_1", "B"}, {"optional_input_2", "C"}}, {}});
        QCOMPARE(r->args, QStringList({"--arg0", "A", "--arg1", "B", "--arg2", "C"}));
        r = model::resolveCommand(spec, ResolveInput{{{"optional_input_1", "B"}}, {}});
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains("required_input"));
    }

    void concatPlaceholderFixture()
    {
        auto r = model::resolveCommand(load("test-concat-placeholder.yaml"), ResolveInput{{{"input_prefix", "pre-"}}, {}});
        QVERIFY(r.ok());
        QCOMPARE(r->image, QStringLiteral("gcr.io/my-project/my-image"));
        QCOMPARE(r->args, QStringList({"--arg0", "pre-some value"}));
    }

    void papermillScalarBranches()
    {
        const auto spec = load("papermill-notebook.yaml");
        auto r = model::resolveCommand(spec, ResolveInput{{}, {"Notebook"}});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
        // Defaults count as passed (isPresent true): Packages to install -> its default ''.
        QCOMPARE(r->command.mid(3), QStringList({"/tmp/inputs/Notebook/data", "/tmp/outputs/Notebook/data", "{}", "", "",
                                                 "/tmp/outputs/Output_data/data"}));
        model::ResolveOptions noDefaults;
        noDefaults.applyDefaults = false;
        r = model::resolveCommand(spec, ResolveInput{{{"Parameters", "{\"a\": 1}"}}, {"Notebook", "Input data"}}, noDefaults);
        QVERIFY(r.ok());
        QCOMPARE(r->command.mid(5), QStringList({"{\"a\": 1}", "{}", "/tmp/inputs/Input_data/data", "/tmp/outputs/Output_data/data"}));
        QCOMPARE(r->inputPaths.value("Input data"), QStringLiteral("/tmp/inputs/Input_data/data"));
    }

    void pytorchIntDefault()
    {
        auto r = model::resolveCommand(load("pytorch-launcher.yaml"), ResolveInput{{{"name", "job"}, {"backoff_limit", "3"}}, {}});
        QVERIFY(r.ok());
        QCOMPARE(r->command, QStringList({"python", "/ml/launch_pytorchjob.py"}));
        QCOMPARE(r->args, QStringList({"--name", "job", "--namespace", "kubeflow", "--version", "v1", "--masterSpec", "{}",
                                       "--workerSpec", "{}", "--jobTimeoutMinutes", "1440", "--deleteAfterDone", "True",
                                       "--cleanPodPolicy", "Running", "--backoffLimit", "3"}));
    }
};

QTEST_GUILESS_MAIN(TestCommandResolver)
#include "tst_commandresolver.moc"
