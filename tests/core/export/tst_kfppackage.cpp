// SPDX-License-Identifier: GPL-3.0-or-later
#include "irchecks.h"
#include "../bundle/zipcraft.h"

#include "core/bundle/checksums.h"
#include "core/bundle/kfpircompiler.h"
#include "core/bundle/kfpirimporter.h"
#include "core/bundle/packageexporter.h"
#include "core/bundle/packageimporter.h"
#include "core/bundle/safezipreader.h"
#include "core/bundle/zipwriter.h"
#include "core/base/fileio.h"
#include "core/manifest/pipelinefile.h"

#include <QDirIterator>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace wb;
using namespace wb::bundle;

namespace {

const QString kData = QStringLiteral(MLWB_SOURCE_DIR "/tests/data/export");
const QString kExamples = QStringLiteral(MLWB_SOURCE_DIR "/resources/examples");

QStringList codes(const Diagnostics &ds)
{
    QStringList out;
    for (const Diagnostic &d : ds)
        out << d.code;
    return out;
}

QStringList filesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

const model::Task *task(const model::PipelineSnapshot &s, const QString &name)
{
    for (const model::Task &t : s.tasks)
        if (t.name == name)
            return &t;
    return nullptr;
}

QStringList taskNames(const model::PipelineSnapshot &s)
{
    QStringList out;
    for (const model::Task &t : s.tasks)
        out << t.name;
    out.sort();
    return out;
}

} // namespace

class TstKfpPackage : public QObject
{
    Q_OBJECT
private slots:
    void packageLayout();
    void roundTrip_data();
    void roundTrip();
    void externalReferencesRoundTrip();
    void validatorAcceptsPackages_data();
    void validatorAcceptsPackages();
    void tooLarge();
    void checksumMismatchWritesNothing();
    void maliciousZipWritesNothingOutside();
    void refusesToOverwrite();
    void importAddNumbers();
    void importCondition();
    void importAfter();
    void importConcat();
    void importFirstEntryZip();
    void importedIrExportsAgain();
    void cli();
};

void TstKfpPackage::packageLayout()
{
    Result<PipelinePackage> p = buildPipelinePackage(kExamples + "/churn.pipeline.yaml");
    QVERIFY2(p, qPrintable(p ? QString() : p.error().text()));
    QStringList names;
    for (const ZipEntry &e : p->entries)
        names << e.name;
    QCOMPARE(names.first(), QStringLiteral("pipeline.yaml"));
    QCOMPARE(names.last(), QStringLiteral("mlwb/SHA256SUMS"));
    for (const char *n : {"mlwb/README.md", "mlwb/churn.pipeline.yaml", "mlwb/components/load_csv/component.yaml",
                          "mlwb/components/train_classifier/component.yaml", "mlwb/data/churn.dataset.yaml"})
        QVERIFY2(names.contains(QLatin1String(n)), n);
    QVERIFY(!names.contains("mlwb/data/churn.csv")); // manifests only, not the data
    // The native manifest is stored byte for byte.
    QFile native(kExamples + "/churn.pipeline.yaml");
    QVERIFY(native.open(QIODevice::ReadOnly));
    QCOMPARE(p->entries.at(names.indexOf("mlwb/churn.pipeline.yaml")).data, native.readAll());
    // SHA256SUMS covers every other member; the archive reads back through SafeZipReader.
    Result<ZipEntries> back = readZipEntriesFromBytes(p->zip);
    QVERIFY(back);
    QCOMPARE(back->size(), p->entries.size());
    ZipEntries others = back.value();
    others.removeLast();
    QVERIFY(verifySha256Sums(back->last().data, others));
    QCOMPARE(makeSha256Sums(others).count('\n'), qsizetype(others.size()));
    // The dataset became an importer with a URI parameter, documented in the README.
    const QByteArray readme = p->entries.at(names.indexOf("mlwb/README.md")).data;
    QVERIFY(readme.contains("dataset_churn_uri"));
    QVERIFY(codes(p->diagnostics).contains("dataset-uri"));
    QVERIFY(irchecks::structuralProblems(p->ir).isEmpty());
}

void TstKfpPackage::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("everything") << kData + "/everything.pipeline.yaml";
    QTest::newRow("diamond") << kData + "/diamond.pipeline.yaml";
    QTest::newRow("hello") << kExamples + "/hello.pipeline.yaml";
    QTest::newRow("churn") << kExamples + "/churn.pipeline.yaml";
}

void TstKfpPackage::roundTrip()
{
    QFETCH(QString, file);
    QTemporaryDir tmp;
    Result<PipelinePackage> first = exportPipelinePackage(file, tmp.filePath("a.zip"));
    QVERIFY2(first, qPrintable(first ? QString() : first.error().text()));
    Result<ImportedPackage> imported = importPipelinePackage(tmp.filePath("a.zip"), tmp.filePath("imported"));
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().text()));
    QVERIFY(imported->native);
    QVERIFY(!hasErrors(imported->diagnostics));
    QCOMPARE(QFileInfo(imported->pipelinePath).fileName(), QFileInfo(file).fileName());
    // The imported pipeline is the same pipeline.
    Result<manifest::LoadedPipeline> a = manifest::readPipelineFile(file);
    Result<manifest::LoadedPipeline> b = manifest::readPipelineFile(imported->pipelinePath);
    QVERIFY(a && b);
    QCOMPARE(manifest::writePipeline(b->snapshot), manifest::writePipeline(a->snapshot));
    QCOMPARE(b->snapshot.tasks.size(), a->snapshot.tasks.size());
    for (const model::Task &t : a->snapshot.tasks)
        QVERIFY(task(b->snapshot, t.name) && !task(b->snapshot, t.name)->isMissing());
    Result<PipelinePackage> second = exportPipelinePackage(imported->pipelinePath, tmp.filePath("b.zip"));
    QVERIFY2(second, qPrintable(second ? QString() : second.error().text()));
    QCOMPARE(second->zip, first->zip);
    QFile fa(tmp.filePath("a.zip")), fb(tmp.filePath("b.zip"));
    QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
    QCOMPARE(fa.readAll(), fb.readAll());
}

namespace {

void writeText(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
}

QByteArray component(const QByteArray &name, const QByteArray &image)
{
    return "name: " + name + "\n"
           "inputs:\n- {name: data, type: CSV}\n"
           "outputs:\n- {name: out, type: CSV}\n"
           "implementation:\n  container:\n    image: " + image + "\n"
           "    command: [sh, -ec, 'cp \"$0\" \"$1\"', {inputPath: data}, {outputPath: out}]\n";
}

} // namespace

// Components and a dataset manifest that live outside the pipeline's folder are stored under
// mlwb/external/ and the stored manifest points there; the imported copy opens, resolves and
// exports to the same bytes.
void TstKfpPackage::externalReferencesRoundTrip()
{
    QTemporaryDir tmp;
    const QString lib = tmp.filePath("lib");
    writeText(lib + "/a/component.yaml", component("Copy A", "busybox:1.36"));
    writeText(lib + "/b/component.yaml", component("Copy B", "alpine:3.19")); // same file name
    writeText(lib + "/data/ext.dataset.yaml", "name: ext\npath: ext.csv\nformat: csv\n");
    writeText(lib + "/data/ext.csv", "a,b\n1,2\n");
    const QString project = tmp.filePath("work/project");
    writeText(project + "/components/local.yaml", component("Copy local", "busybox:1.36"));
    auto digest = [](const QString &path) { return sha256OfFile(path).value().toUtf8(); };
    const QByteArray pipeline =
        "name: External refs\n"
        "implementation:\n  graph:\n    tasks:\n"
        "      first:\n"
        "        componentRef: {name: Copy A, url: ../../lib/a/component.yaml, digest: " + digest(lib + "/a/component.yaml") + "}\n"
        "        arguments:\n          data: {dataset: {manifest: ../../lib/data/ext.dataset.yaml}}\n"
        "      second:\n"
        "        componentRef: {name: Copy B, url: ../../lib/b/component.yaml, digest: " + digest(lib + "/b/component.yaml") + "}\n"
        "        arguments:\n          data: {taskOutput: {taskId: first, outputName: out}}\n"
        "      third:\n"
        "        componentRef: {name: Copy A, url: ../../lib/a/component.yaml, digest: " + digest(lib + "/a/component.yaml") + "}\n"
        "        arguments:\n          data: {taskOutput: {taskId: second, outputName: out}}\n"
        "      fourth:\n"
        "        componentRef: {name: Copy local, url: components/local.yaml, digest: " + digest(project + "/components/local.yaml") + "}\n"
        "        arguments:\n          data: {taskOutput: {taskId: third, outputName: out}}\n";
    writeText(project + "/ext.pipeline.yaml", pipeline);
    Result<manifest::LoadedPipeline> original = manifest::readPipelineFile(project + "/ext.pipeline.yaml");
    QVERIFY2(original && !hasErrors(original->diagnostics), "the test pipeline itself must load");

    Result<PipelinePackage> first = exportPipelinePackage(project + "/ext.pipeline.yaml", tmp.filePath("a.zip"));
    QVERIFY2(first, qPrintable(first ? QString() : first.error().text()));
    QStringList names;
    for (const ZipEntry &e : first->entries)
        names << e.name;
    // Every outside file once, under mlwb/external/, without clashing names; inside files in place.
    const QStringList external = names.filter(QRegularExpression("^mlwb/external/"));
    QCOMPARE(external.size(), 3);
    QVERIFY2(names.contains("mlwb/components/local.yaml"), qPrintable(names.join(", ")));
    for (const QString &n : names)
        QVERIFY2(!n.contains(".."), qPrintable(n));
    // The stored manifest points into the package.
    const QByteArray stored = first->entries.at(names.indexOf("mlwb/ext.pipeline.yaml")).data;
    QVERIFY2(!stored.contains("../"), stored.constData());
    Result<manifest::LoadedPipeline> storedPipeline = manifest::readPipeline(stored, "ext.pipeline.yaml", QString());
    QVERIFY(storedPipeline);
    for (const model::Task &t : storedPipeline->snapshot.tasks)
        if (t.name != "fourth")
            QVERIFY2(external.contains("mlwb/" + t.ref.url), qPrintable(t.ref.url));

    // Import somewhere else entirely: the pipeline opens and every component resolves.
    const QString into = tmp.filePath("elsewhere/imported");
    Result<ImportedPackage> imported = importPipelinePackage(tmp.filePath("a.zip"), into);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().text()));
    QVERIFY(imported->native);
    QVERIFY2(!hasErrors(imported->diagnostics), qPrintable(imported->diagnostics.isEmpty() ? QString() : imported->diagnostics.first().toText()));
    Result<manifest::LoadedPipeline> opened = manifest::readPipelineFile(imported->pipelinePath);
    QVERIFY(opened);
    for (const Diagnostic &d : opened->diagnostics)
        QVERIFY2(d.severity != Diagnostic::Severity::Error && !d.code.contains("digest"), qPrintable(d.toText()));
    QCOMPARE(taskNames(opened->snapshot), (QStringList{"first", "fourth", "second", "third"}));
    for (const model::Task &t : opened->snapshot.tasks) {
        QVERIFY2(!t.isMissing(), qPrintable(t.name));
        QCOMPARE(t.spec->name, task(original->snapshot, t.name)->spec->name);
        QCOMPARE(t.spec->container.image, task(original->snapshot, t.name)->spec->container.image);
    }
    QCOMPARE(task(opened->snapshot, "first")->argument("data")->kind, model::ArgumentValue::Kind::Dataset);
    QVERIFY(QFileInfo::exists(QDir(into).filePath(task(opened->snapshot, "first")->argument("data")->manifest)));

    // export -> import -> export: the same bytes, the IR included.
    Result<PipelinePackage> second = exportPipelinePackage(imported->pipelinePath, tmp.filePath("b.zip"));
    QVERIFY2(second, qPrintable(second ? QString() : second.error().text()));
    QCOMPARE(second->entries.size(), first->entries.size());
    for (qsizetype i = 0; i < first->entries.size(); ++i) {
        QCOMPARE(second->entries.at(i).name, first->entries.at(i).name);
        QVERIFY2(second->entries.at(i).data == first->entries.at(i).data, qPrintable(first->entries.at(i).name + " differs"));
    }
    QCOMPARE(second->zip, first->zip);
    // The IR names the dataset as the imported copy does (one importer, no path outside).
    const QByteArray ir = first->entries.first().data;
    QVERIFY2(!ir.contains("../"), ir.constData());
}

void TstKfpPackage::validatorAcceptsPackages_data()
{
    roundTrip_data();
}

void TstKfpPackage::validatorAcceptsPackages()
{
    QFETCH(QString, file);
    const QString validator = irchecks::kfpValidator();
    if (validator.isEmpty())
        QSKIP("../shared/tools/kfp-validator is not present (structural checks run in tst_kfpircompiler)");
    QTemporaryDir tmp;
    Result<PipelinePackage> p = exportPipelinePackage(file, tmp.filePath("p.zip"));
    QVERIFY2(p, qPrintable(p ? QString() : p.error().text()));
    const QString problems = irchecks::runChecker(validator, tmp.filePath("p.zip"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TstKfpPackage::tooLarge()
{
    QTemporaryDir tmp;
    QDir(tmp.path()).mkpath("data");
    QFile src(kData + "/diamond.pipeline.yaml");
    QVERIFY(src.open(QIODevice::ReadOnly));
    QByteArray yaml = src.readAll();
    // Two incompressible 17 MiB "dataset manifests" bound to an inline task: > 32 MiB zipped.
    yaml.replace("      split:\n", "      big:\n        componentRef: {spec: {name: Big, inputs: [{name: a}, {name: b}], "
                                   "implementation: {container: {image: x, command: [cat, {inputPath: a}, {inputPath: b}]}}}}\n"
                                   "        arguments: {a: {dataset: {manifest: data/a.dataset.yaml}}, b: {dataset: {manifest: data/b.dataset.yaml}}}\n"
                                   "      split:\n");
    QFile out(tmp.filePath("big.pipeline.yaml"));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(yaml);
    out.close();
    for (const char *n : {"data/a.dataset.yaml", "data/b.dataset.yaml"}) {
        QByteArray noise(17 << 20, Qt::Uninitialized);
        QRandomGenerator rng(42);
        rng.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
        QFile f(tmp.filePath(n));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(noise);
    }
    Result<PipelinePackage> p = exportPipelinePackage(tmp.filePath("big.pipeline.yaml"), tmp.filePath("big.zip"));
    QVERIFY(!p);
    QCOMPARE(p.error().code, QStringLiteral("package-too-large"));
    QVERIFY(!QFile::exists(tmp.filePath("big.zip")));
}

void TstKfpPackage::checksumMismatchWritesNothing()
{
    QTemporaryDir tmp;
    Result<PipelinePackage> p = buildPipelinePackage(kData + "/everything.pipeline.yaml");
    QVERIFY(p);
    ZipEntries tampered = p->entries;
    for (ZipEntry &e : tampered)
        if (e.name == "mlwb/components/consume.yaml")
            e.data.replace("busybox:1.36", "evil/image:1.0");
    QVERIFY(ZipWriter().writeFile(tmp.filePath("t.zip"), tampered));
    Result<ImportedPackage> r = importPipelinePackage(tmp.filePath("t.zip"), tmp.filePath("into"));
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("package-checksum"));
    QVERIFY(r.error().message.contains("consume.yaml"));
    QVERIFY(filesUnder(tmp.filePath("into")).isEmpty());
}

void TstKfpPackage::maliciousZipWritesNothingOutside()
{
    QTemporaryDir tmp;
    QDir(tmp.path()).mkpath("box/into");
    const QList<crafted::Member> members{{"mlwb/x.pipeline.yaml", "name: x\n"},
                                         {"mlwb/../../escaped.yaml", "pwned\n"},
                                         {"../../escaped2.yaml", "pwned\n"},
                                         {"mlwb/SHA256SUMS", ""}};
    QFile f(tmp.filePath("box/evil.zip"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(crafted::build(members));
    f.close();
    const QStringList before = filesUnder(tmp.path());
    Result<ImportedPackage> r = importPipelinePackage(tmp.filePath("box/evil.zip"), tmp.filePath("box/into"));
    QVERIFY(!r);
    QCOMPARE(filesUnder(tmp.path()), before);
    QVERIFY(!QFile::exists(tmp.filePath("escaped.yaml")));
    // A symlink member is refused as well.
    crafted::Member link{"mlwb/link.yaml", "/etc/passwd"};
    link.unixMode = 0120777;
    QFile g(tmp.filePath("box/link.zip"));
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write(crafted::build({{"pipeline.yaml", "x: 1\n"}, link}));
    g.close();
    QVERIFY(!importPipelinePackage(tmp.filePath("box/link.zip"), tmp.filePath("box/into")));
    QCOMPARE(filesUnder(tmp.path()), before + QStringList{"box/link.zip"});
}

void TstKfpPackage::refusesToOverwrite()
{
    QTemporaryDir tmp;
    QVERIFY(exportPipelinePackage(kData + "/diamond.pipeline.yaml", tmp.filePath("d.zip")));
    QVERIFY(importPipelinePackage(tmp.filePath("d.zip"), tmp.filePath("into")));
    Result<ImportedPackage> again = importPipelinePackage(tmp.filePath("d.zip"), tmp.filePath("into"));
    QVERIFY(!again);
    QCOMPARE(again.error().code, QStringLiteral("import-exists"));
}

void TstKfpPackage::importAddNumbers()
{
    QTemporaryDir tmp;
    Result<ImportedPackage> r = importPipelinePackage(kData + "/add_numbers.yaml", tmp.path());
    QVERIFY2(r, qPrintable(r ? QString() : r.error().text()));
    QCOMPARE(QFileInfo(r->pipelinePath).fileName(), QStringLiteral("add-numbers.pipeline.yaml"));
    QVERIFY(codes(r->diagnostics).contains("v2-placeholder")); // {{$}}
    Result<manifest::LoadedPipeline> p = manifest::readPipelineFile(r->pipelinePath);
    QVERIFY(p);
    QVERIFY(!hasErrors(p->diagnostics));
    const model::PipelineSnapshot &s = p->snapshot;
    QCOMPARE(taskNames(s), QStringList{"add-numbers"});
    QCOMPARE(s.info.parameters.size(), 2);
    QCOMPARE(s.info.parameters.at(0).type.name, QStringLiteral("Integer"));
    const model::Task *t = task(s, "add-numbers");
    QCOMPARE(t->argument("a")->kind, model::ArgumentValue::Kind::Parameter);
    QCOMPARE(t->argument("b")->parameter, QStringLiteral("b"));
    QVERIFY(t->options.cache);
    bool executorInput = false;
    for (const model::CommandItem &c : t->spec->container.args)
        executorInput = executorInput || c.kind == model::CommandItem::Kind::ExecutorInput;
    QVERIFY(executorInput);
    QCOMPARE(s.info.outputs.size(), 1);
    QCOMPARE(s.info.outputs.at(0).task, QStringLiteral("add-numbers"));
}

void TstKfpPackage::importCondition()
{
    QFile f(kData + "/pipeline_with_condition.yaml");
    QVERIFY(f.open(QIODevice::ReadOnly));
    Result<IrImport> r = importKfpIrYaml(f.readAll(), "pipeline_with_condition.yaml");
    QVERIFY(r);
    const model::PipelineSnapshot &s = r->snapshot;
    QCOMPARE(taskNames(s), (QStringList{"flip-coin-op", "flip-coin-op-2", "print-op", "print-op-2", "print-op-3"}));
    const QStringList warnings = codes(r->diagnostics);
    QVERIFY2(warnings.contains("flattened-group") && warnings.contains("v2-placeholder"), qPrintable(warnings.join(',')));
    const model::Task *p2 = task(s, "print-op-2");
    QVERIFY(p2->options.condition);
    QCOMPARE(p2->options.condition->task, QStringLiteral("flip-coin-op"));
    QCOMPARE(p2->options.condition->output, QStringLiteral("Output"));
    QCOMPARE(p2->options.condition->value, QStringLiteral("heads"));
    QCOMPARE(p2->argument("msg")->task, QStringLiteral("flip-coin-op-2"));
    const model::Task *p3 = task(s, "print-op-3");
    QCOMPARE(p3->argument("msg")->kind, model::ArgumentValue::Kind::Parameter);
    QCOMPARE(p3->argument("msg")->parameter, QStringLiteral("text"));
    QVERIFY(p3->options.condition);
    QVERIFY(!task(s, "flip-coin-op")->options.cache); // cachingOptions: {}
    QVERIFY(!task(s, "flip-coin-op-2")->spec->input("pipelinechannel--text"));
    QCOMPARE(s.info.parameters.at(0).defaultValue.toString(), QStringLiteral("condition test"));
}

void TstKfpPackage::importAfter()
{
    QFile f(kData + "/pipeline_with_after.yaml");
    QVERIFY(f.open(QIODevice::ReadOnly));
    Result<IrImport> r = importKfpIrYaml(f.readAll(), "pipeline_with_after.yaml");
    QVERIFY(r);
    QVERIFY(r->diagnostics.isEmpty());
    const model::Task *t3 = task(r->snapshot, "print-text-3");
    QCOMPARE(t3->after, (QStringList{"print-text", "print-text-2"}));
    QCOMPARE(t3->argument("text")->constant.toString(), QStringLiteral("3rd task"));
    QCOMPARE(task(r->snapshot, "print-text")->after, QStringList());
    QCOMPARE(t3->spec->container.command.back().kind, model::CommandItem::Kind::InputValue);
}

void TstKfpPackage::importConcat()
{
    QFile f(kData + "/container_with_concat_placeholder.yaml");
    QVERIFY(f.open(QIODevice::ReadOnly));
    Result<IrImport> r = importKfpIrYaml(f.readAll(), "c.yaml");
    QVERIFY(r);
    const model::ComponentSpec &spec = *r->snapshot.tasks.at(0).spec;
    const model::CommandItem &concat = spec.container.command.at(1);
    QCOMPARE(concat.kind, model::CommandItem::Kind::Concat);
    QCOMPARE(concat.parts.size(), size_t(3));
    QCOMPARE(concat.parts[1].kind, model::CommandItem::Kind::InputValue);
    QCOMPARE(concat.parts[2].kind, model::CommandItem::Kind::OutputUri);
    QCOMPARE(spec.container.args.at(1).kind, model::CommandItem::Kind::OutputPath);
    QCOMPARE(spec.output("text2")->type.name, QStringLiteral("Dataset"));
    QCOMPARE(r->snapshot.info.outputs.size(), 2);
}

void TstKfpPackage::importFirstEntryZip()
{
    QTemporaryDir tmp;
    Result<ImportedPackage> r = importPipelinePackage(kData + "/arguments_parameters.zip", tmp.path());
    QVERIFY2(r, qPrintable(r ? QString() : r.error().text()));
    QVERIFY(!r->native);
    Result<manifest::LoadedPipeline> p = manifest::readPipelineFile(r->pipelinePath);
    QVERIFY(p);
    QCOMPARE(taskNames(p->snapshot), QStringList{"echo"});
    const model::CommandItem &arg = task(p->snapshot, "echo")->spec->container.args.at(0);
    QCOMPARE(arg.kind, model::CommandItem::Kind::Concat); // '{{p1}}-{{p2}}'
    QCOMPARE(p->snapshot.info.parameters.at(0).defaultValue.toString(), QStringLiteral("hello"));
}

void TstKfpPackage::importedIrExportsAgain()
{
    // IR -> mlwb pipeline -> IR keeps the tasks, their edges and the parameters.
    for (const QString &name : {QStringLiteral("pipeline_with_after.yaml"), QStringLiteral("container_with_concat_placeholder.yaml")}) {
        QTemporaryDir tmp;
        Result<ImportedPackage> r = importPipelinePackage(kData + "/" + name, tmp.path());
        QVERIFY(r);
        Result<PipelinePackage> p = compilePipelineFile(r->pipelinePath);
        QVERIFY2(p, qPrintable(p ? QString() : p.error().text()));
        QCOMPARE(irchecks::structuralProblems(p->ir), QStringList());
        QFile f(kData + "/" + name);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QVariantMap original = parseIrDocuments(f.readAll(), name).value().first().toMap();
        const QVariantMap a = original.value("root").toMap().value("dag").toMap().value("tasks").toMap();
        const QVariantMap b = p->ir.value("root").toMap().value("dag").toMap().value("tasks").toMap();
        QCOMPARE(b.keys(), a.keys());
        for (const QString &t : a.keys())
            QCOMPARE(b.value(t).toMap().value("dependentTasks"), a.value(t).toMap().value("dependentTasks"));
        QCOMPARE(p->ir.value("root").toMap().value("inputDefinitions"), original.value("root").toMap().value("inputDefinitions"));
        const QVariantMap execA = original.value("deploymentSpec").toMap().value("executors").toMap();
        const QVariantMap execB = p->ir.value("deploymentSpec").toMap().value("executors").toMap();
        QCOMPARE(execB.first().toMap().value("container").toMap().value("command"),
                 execA.first().toMap().value("container").toMap().value("command"));
    }
}

void TstKfpPackage::cli()
{
    const QString cli = qEnvironmentVariable("MLWB_CLI");
    if (cli.isEmpty() || !QFileInfo(cli).isExecutable())
        QSKIP("MLWB_CLI is not set (run through ctest)");
    QTemporaryDir tmp;
    auto run = [&](const QStringList &args, QString *out = nullptr, QString *err = nullptr) {
        QProcess p;
        p.start(cli, args);
        p.waitForFinished(120000);
        if (out)
            *out = QString::fromUtf8(p.readAllStandardOutput());
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    };
    QString out, err;
    QCOMPARE(run({"export", kData + "/diamond.pipeline.yaml", "--zip", tmp.filePath("d.zip")}, &out, &err), 0);
    QCOMPARE(run({"export", kData + "/diamond.pipeline.yaml", "--ir", tmp.filePath("d.yaml")}), 0);
    QCOMPARE(run({"export", kData + "/diamond.pipeline.yaml"}), 2);
    QCOMPARE(run({"export", kData + "/nowhere.pipeline.yaml", "--ir", tmp.filePath("n.yaml")}), 1);
    // The IR inside the zip is the --ir output.
    Result<ZipEntries> zip = readZipEntries(tmp.filePath("d.zip"));
    QVERIFY(zip);
    QFile ir(tmp.filePath("d.yaml"));
    QVERIFY(ir.open(QIODevice::ReadOnly));
    QCOMPARE(zip->first().data, ir.readAll());
    // import prints the pipeline path; warnings go to stderr with exit 0.
    QCOMPARE(run({"import", tmp.filePath("d.zip"), "--into", tmp.filePath("imp")}, &out), 0);
    QCOMPARE(out.trimmed(), tmp.filePath("imp/diamond.pipeline.yaml"));
    QCOMPARE(run({"import", kData + "/add_numbers.yaml", "--into", tmp.filePath("add")}, &out, &err), 0);
    QVERIFY(err.contains("v2-placeholder"));
    QVERIFY(QFile::exists(out.trimmed()));
    QCOMPARE(run({"import", kData + "/add_numbers.yaml"}), 2);
    // Argo through the plugin.
    const int argo = run({"export", kData + "/diamond.pipeline.yaml", "--argo", tmp.filePath("w.yaml")}, &out, &err);
    QVERIFY2(argo == 0, qPrintable(err));
    QFile w(tmp.filePath("w.yaml"));
    QVERIFY(w.open(QIODevice::ReadOnly));
    QVERIFY(w.readAll().contains("kind: Workflow"));
    // The example with a dataset: the importer becomes a workflow input artifact and the user
    // is told what to upload (not the Kubeflow-only advice about the URI parameter).
    QCOMPARE(run({"export", kExamples + "/churn.pipeline.yaml", "--argo", tmp.filePath("churn.yaml")}, &out, &err), 0);
    QVERIFY2(err.contains("[argo-upload-dataset]") && err.contains("churn-model-selection/data/churn.csv")
                 && !err.contains("[dataset-uri]"),
             qPrintable(err));
    QFile c(tmp.filePath("churn.yaml"));
    QVERIFY(c.open(QIODevice::ReadOnly));
    QVERIFY(c.readAll().contains("from: \"{{inputs.artifacts.importer-churn}}\""));
    const QString checker = QStringLiteral(MLWB_SHARED_DIR "/tools/check-argo-workflow");
    if (!QFileInfo(checker).isExecutable())
        QSKIP("../shared/tools/check-argo-workflow is not present; the Workflows were written");
    for (const char *file : {"w.yaml", "churn.yaml"}) {
        const QString problems = irchecks::runChecker(checker, tmp.filePath(file));
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }
}

QTEST_GUILESS_MAIN(TstKfpPackage)
#include "tst_kfppackage.moc"
