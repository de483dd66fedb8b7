// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/fileio.h"
#include "core/manifest/componentlibrary.h"
#include "core/model/commandresolver.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

const QByteArray kComponent = "name: A\ninputs: [{name: x}]\nimplementation: {container: {image: alpine, command: [echo, {inputValue: x}]}}\n";

} // namespace

class TestComponentLibrary : public QObject
{
    Q_OBJECT
private slots:
    void scanFolders()
    {
        QTemporaryDir dir;
        write(dir.filePath("top.yaml"), kComponent);
        write(dir.filePath("tables/sub/deep.yml"), kComponent + "# other bytes\n");
        write(dir.filePath("tables/tagged.yaml"),
              "name: T\nmetadata: {annotations: {category: Special}}\nimplementation: {container: {image: a}}\n");
        write(dir.filePath("data/penguins.dataset.yaml"), "kind: dataset\npath: penguins.csv\n"); // not a component
        write(dir.filePath("broken/bad.yaml"), "name: x\ninputs: abc\nimplementation: {container: {image: a}}\n");
        write(dir.filePath("broken/syntax.yaml"), "name: [\n");
        write(dir.filePath("notes.txt"), "not yaml");

        const auto lib = manifest::ComponentLibrary::scan({dir.path()});
        QStringList paths;
        for (const auto &e : lib.entries())
            paths << e.relativePath;
        QCOMPARE(paths, QStringList({"broken/bad.yaml", "broken/syntax.yaml", "tables/sub/deep.yml", "tables/tagged.yaml", "top.yaml"}));
        QCOMPARE(lib.errors().size(), 2);
        const auto *bad = lib.findByPath("broken/bad.yaml");
        QVERIFY(bad && !bad->ok() && bad->error);
        QVERIFY2(bad->error->message.contains(":2:9: expected a list for 'inputs'"), qPrintable(bad->error->message));

        const auto *deep = lib.findByPath("tables/sub/deep.yml");
        QVERIFY(deep && deep->ok());
        QCOMPARE(deep->category, QStringLiteral("tables/sub"));
        QCOMPARE(deep->spec->name, QStringLiteral("A"));
        QCOMPARE(deep->digest, sha256OfFile(dir.filePath("tables/sub/deep.yml")).value());
        QCOMPARE(lib.findByPath("top.yaml")->category, QString());
        QCOMPARE(lib.findByPath("tables/tagged.yaml")->category, QStringLiteral("Special"));

        const QString digest = lib.findByPath("top.yaml")->digest;
        QCOMPARE(lib.findByDigest(digest)->relativePath, QStringLiteral("top.yaml"));
        QCOMPARE(lib.findByDigest("sha256:" + digest.toUpper())->relativePath, QStringLiteral("top.yaml"));
        QVERIFY(!lib.findByDigest(QString(64, '0')));
        QVERIFY(!lib.findByPath("nope.yaml"));

        std::atomic_bool cancel{true};
        QVERIFY(manifest::ComponentLibrary::scan({dir.path()}, &cancel).entries().isEmpty());
        QVERIFY(manifest::ComponentLibrary::scan({dir.filePath("missing")}).entries().isEmpty());
    }

    void starterLibraryLoadsAndResolves()
    {
        const auto lib = manifest::ComponentLibrary::scan({QStringLiteral(MLWB_SOURCE_DIR "/resources/components")});
        QVERIFY(lib.errors().isEmpty());
        QVERIFY2(lib.entries().size() >= 4, qPrintable(QString::number(lib.entries().size())));
        for (const auto &e : lib.entries()) {
            QVERIFY2(!e.spec->name.isEmpty(), qPrintable(e.relativePath));
            QVERIFY2(!e.category.isEmpty(), qPrintable(e.relativePath));
            // Every input without a default given a value: the command line must resolve.
            model::ResolveInput in;
            for (const auto &i : e.spec->inputs)
                if (!i.hasDefault())
                    in.values.insert(i.name, "v");
            auto r = model::resolveCommand(*e.spec, in);
            QVERIFY2(r.ok(), qPrintable(e.relativePath + ": " + (r.ok() ? QString() : r.error().text())));
            QCOMPARE(r->outputPaths.size(), e.spec->outputs.size());
        }
        const auto *head = lib.findByPath("tables/csv-head.yaml");
        QVERIFY(head);
        auto r = model::resolveCommand(*head->spec, {{{"table", "x"}}, {}});
        QVERIFY(r.ok());
        QCOMPARE(r->command.mid(3), QStringList({"/tmp/inputs/table/data", "10", "/tmp/outputs/head/data"}));
    }
};

QTEST_GUILESS_MAIN(TestComponentLibrary)
#include "tst_componentlibrary.moc"
