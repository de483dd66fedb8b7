// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/fileio.h"
#include "core/vcs/datasetcompare.h"
#include "core/vcs/datasetmanifest.h"
#include "core/vcs/datasetscan.h"
#include "core/vcs/dvcformat.h"
#include "core/vcs/gitrepository.h"
#include "core/vcs/md5hash.h"
#include "vcstesthelpers.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest>

using namespace wb::vcs;
using namespace wb::vcs::test;

static const QString kData = QStringLiteral(MLWB_SOURCE_DIR "/tests/data/vcs");

static const ColumnProfile *column(const TableProfile &t, const QString &name)
{
    for (const ColumnProfile &c : t.columns)
        if (c.name == name)
            return &c;
    return nullptr;
}

class TestDatasetManifest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

private slots:
    void initTestCase() { isolateGitConfig(m_home.path()); }

    void md5OfFileIsPlainMd5OfBytes()
    {
        auto d = md5OfFile(kData + "/images/a.txt");
        QVERIFY(d.ok());
        QCOMPARE(d->md5, QString("b1946ac92492d2347c6235b4d2611184")); // md5sum of "hello\n"
        QCOMPARE(d->size, qint64(6));
        // CRLF text is hashed as bytes (DVC 3 has no dos2unix step)
        QTemporaryDir tmp;
        QByteArray big;
        for (int i = 0; i < 300000; ++i)
            big += "line " + QByteArray::number(i) + "\r\n";
        writeText(tmp.path() + "/crlf.txt", big);
        QCOMPARE(md5OfFile(tmp.path() + "/crlf.txt")->md5,
                 QString::fromLatin1(QCryptographicHash::hash(big, QCryptographicHash::Md5).toHex()));
        QCOMPARE(md5OfFile(tmp.path() + "/none").error().code, QString("unreadable"));
    }

    void dvcDirHashMatchesHandComputedValue()
    {
        // Reference: tests/data/vcs/README.md (DVC's Tree.as_bytes: json.dumps(sorted, sort_keys=True)).
        const QByteArray expectedJson =
            "[{\"md5\": \"9dd4e461268c8034f5c8564e155c67a6\", \"relpath\": \".hidden\"}, "
            "{\"md5\": \"b1946ac92492d2347c6235b4d2611184\", \"relpath\": \"a.txt\"}, "
            "{\"md5\": \"591785b794601e212b260e25925636fd\", \"relpath\": \"sub/b.txt\"}]";
        QList<DvcDirEntry> entries{{"sub/b.txt", "591785b794601e212b260e25925636fd"},
                                   {"a.txt", "b1946ac92492d2347c6235b4d2611184"},
                                   {".hidden", "9dd4e461268c8034f5c8564e155c67a6"}};
        QCOMPARE(dvcDirJson(entries), expectedJson);
        QCOMPARE(dvcDirMd5(entries), QString("e25a6dd07ad860eacb625d3c20a08ceb.dir"));
        auto d = digestData(kData + "/images");
        QVERIFY(d.ok());
        QCOMPARE(d->md5, QString("e25a6dd07ad860eacb625d3c20a08ceb.dir"));
        QCOMPARE(d->size, qint64(13));
        QCOMPARE(d->nfiles, qint64(3));
        // Python's ensure_ascii escaping (json.dumps output, checked with python3)
        QCOMPARE(dvcDirJson({{QString::fromUtf8("dätä/ü\"x.txt"), "0"}}),
                 QByteArray("[{\"md5\": \"0\", \"relpath\": \"d\\u00e4t\\u00e4/\\u00fc\\\"x.txt\"}]"));
    }

    void dvcFileWriteAndRead()
    {
        const QByteArray written = writeDvcFile({"e25a6dd07ad860eacb625d3c20a08ceb.dir", 13, 3, "md5", "images"});
        QCOMPARE(written, readText(kData + "/dvc3.dvc"));
        QCOMPARE(writeDvcFile({"b1946ac92492d2347c6235b4d2611184", 6, -1, "md5", "a.txt"}),
                 QByteArray("outs:\n- md5: b1946ac92492d2347c6235b4d2611184\n  size: 6\n  hash: md5\n  path: a.txt\n"));
        auto outs = readDvcFile(readText(kData + "/dvc3.dvc"), "dvc3.dvc");
        QVERIFY(outs.ok());
        QCOMPARE(outs->size(), 1);
        QCOMPARE(outs->first().md5, QString("e25a6dd07ad860eacb625d3c20a08ceb.dir"));
        QCOMPARE(outs->first().nfiles, qint64(3));
        QCOMPARE(outs->first().path, QString("images"));
        QVERIFY(outs->first().isDir());
        auto bad = readDvcFile("outs:\n- md5: [\n", "bad.dvc");
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.startsWith("bad.dvc:"), qPrintable(why(bad)));
    }

    void profileInfersTypesAndStatistics()
    {
        auto t = profileTable(kData + "/table.csv");
        QVERIFY2(t.ok(), qPrintable(why(t)));
        QCOMPARE(t->rows, qint64(4));
        QCOMPARE(t->delimiter, QString("comma"));
        QVERIFY(!t->gzip);
        QCOMPARE(t->columns.size(), 6);
        QCOMPARE(column(*t, "id")->type, ColumnType::Integer);
        QCOMPARE(*column(*t, "id")->min, 1.0);
        QCOMPARE(*column(*t, "id")->max, 4.0);
        QCOMPARE(*column(*t, "id")->mean, 2.5);
        const ColumnProfile *price = column(*t, "price");
        QCOMPARE(price->type, ColumnType::Float);
        QCOMPARE(price->missing, qint64(1));
        QCOMPARE(*price->mean, 10.0 / 3.0);
        QCOMPARE(column(*t, "active")->type, ColumnType::Bool);
        const ColumnProfile *when = column(*t, "when");
        QCOMPARE(when->type, ColumnType::Datetime);
        QCOMPARE(when->minText, QString("2023-12-31"));
        QCOMPARE(when->maxText, QString("2024-02-01T10:00:00"));
        const ColumnProfile *name = column(*t, "name");
        QCOMPARE(name->type, ColumnType::String);
        QCOMPARE(name->top, QString("alpha"));
        QCOMPARE(name->distinct, qint64(3)); // alpha, "beta, with comma", "multi\nline"
        QCOMPARE(column(*t, "note")->missing, qint64(2));

        auto semi = profileTable(kData + "/semicolon.csv");
        QCOMPARE(semi->delimiter, QString("semicolon"));
        QCOMPARE(semi->columns.size(), 2);
        QCOMPARE(semi->rows, qint64(2));

        QTemporaryDir tmp;
        QFile::copy(kData + "/table.csv", tmp.path() + "/t.csv");
        QProcess gz;
        gz.start("gzip", {tmp.path() + "/t.csv"});
        QVERIFY(gz.waitForFinished() && gz.exitCode() == 0);
        auto zipped = profileTable(tmp.path() + "/t.csv.gz");
        QVERIFY(zipped.ok());
        QVERIFY(zipped->gzip);
        QCOMPARE(zipped->rows, qint64(4));
        QCOMPARE(zipped->columns.size(), 6);
    }

    void manifestRoundTripIsDeterministic()
    {
        auto m = scanDataset(kData + "/table.csv", kData);
        QVERIFY(m.ok());
        m->description = "A small table: with a colon";
        m->source = "https://example.com/table.csv";
        const QByteArray yaml = writeDatasetManifest(*m);
        QCOMPARE(writeDatasetManifest(*m), yaml);
        QVERIFY(yaml.startsWith("kind: dataset\nversion: 1\npath: table.csv\ndescription: "));
        QVERIFY(yaml.indexOf("\nmd5:") < yaml.indexOf("\nsize:"));
        QVERIFY(yaml.indexOf("\nsize:") < yaml.indexOf("\ntable:"));
        auto back = readDatasetManifest(yaml, "t.dataset.yaml");
        QVERIFY2(back.ok(), qPrintable(why(back)));
        QCOMPARE(writeDatasetManifest(*back), yaml);
        QCOMPARE(back->md5, md5OfFile(kData + "/table.csv")->md5);
        QCOMPARE(back->table->rows, qint64(4));
        QCOMPARE(back->table->columns[1].mean, m->table->columns[1].mean);
        QCOMPARE(back->description, m->description);
        QCOMPARE(manifestContentHash(yaml),
                 QString::fromLatin1(QCryptographicHash::hash(yaml, QCryptographicHash::Sha256).toHex()));
    }

    void manifestErrors()
    {
        const QByteArray conflicted = "kind: dataset\npath: a.csv\n<<<<<<< HEAD\nmd5: aaa\n=======\nmd5: bbb\n>>>>>>> other\n";
        auto c = readDatasetManifest(conflicted, "a.csv.dataset.yaml");
        QCOMPARE(c.error().code, QString("merge-conflict"));
        QVERIFY2(c.error().message.contains("merge conflict in a.csv.dataset.yaml, line 3"), qPrintable(why(c)));
        auto syntax = readDatasetManifest("path: a\nmd5: [unclosed\n", "x.dataset.yaml");
        QCOMPARE(syntax.error().code, QString("yaml-syntax"));
        QVERIFY2(syntax.error().message.startsWith("x.dataset.yaml:"), qPrintable(why(syntax)));
        auto missingKey = readDatasetManifest("path: a\n", "y.dataset.yaml");
        QCOMPARE(missingKey.error().code, QString("invalid-manifest"));
        QVERIFY(missingKey.error().message.contains("'md5'"));
        auto badType = readDatasetManifest("path: a\nmd5: x\ntable:\n  columns:\n    - name: c\n      type: complex\n",
                                           "z.dataset.yaml");
        QVERIFY2(badType.error().message.startsWith("z.dataset.yaml:6:"), qPrintable(why(badType)));
    }

    void verifyUnchangedChangedMissing()
    {
        QTemporaryDir tmp;
        QFile::copy(kData + "/table.csv", tmp.path() + "/t.csv");
        QFile::setPermissions(tmp.path() + "/t.csv", QFile::ReadOwner | QFile::WriteOwner);
        auto added = addDataset(tmp.path() + "/t.csv", {}, nullptr);
        QVERIFY(added.ok());
        const QString manifestPath = tmp.path() + "/t.csv.dataset.yaml";
        QCOMPARE(added->manifestPath, manifestPath);
        auto m = loadDatasetManifest(manifestPath);
        QVERIFY(m.ok());
        QCOMPARE(verifyDataset(*m, manifestPath)->status, VerifyStatus::Unchanged);

        writeText(tmp.path() + "/t.csv", readText(tmp.path() + "/t.csv") + "5,1.0,false,2024-03-01,gamma,z\n");
        auto changed = verifyDataset(*m, manifestPath);
        QCOMPARE(changed->status, VerifyStatus::Changed);
        QCOMPARE(changed->diff.changedFields(), QStringList({"md5", "size", "rows"}));
        QCOMPARE(*changed->diff.rowsTo, qint64(5));

        QFile::remove(tmp.path() + "/t.csv");
        auto missing = verifyDataset(*m, manifestPath);
        QCOMPARE(missing->status, VerifyStatus::Missing);
        QCOMPARE(missing->toJson().value("status").toString(), QString("missing"));
    }

    void diffReportsColumnChanges()
    {
        QTemporaryDir tmp;
        writeText(tmp.path() + "/a.csv", "id,x,y\n1,1,a\n2,,b\n");
        writeText(tmp.path() + "/b.csv", "id,x,z\n1,a,q\n2,b,r\n3,c,s\n");
        auto a = scanDataset(tmp.path() + "/a.csv", tmp.path());
        auto b = scanDataset(tmp.path() + "/b.csv", tmp.path());
        const DatasetDiff d = diffDatasets(*a, *b);
        QVERIFY(d.hashChanged());
        QCOMPARE(*d.rowsFrom, qint64(2));
        QCOMPARE(*d.rowsTo, qint64(3));
        QCOMPARE(d.columnsAdded, QStringList({"z"}));
        QCOMPARE(d.columnsRemoved, QStringList({"y"}));
        QCOMPARE(d.columnsRetyped.size(), 1);
        QCOMPARE(d.columnsRetyped[0].name, QString("x"));
        QCOMPARE(d.columnsRetyped[0].from, QString("integer"));
        QCOMPARE(d.columnsRetyped[0].to, QString("string"));
        QCOMPARE(d.missingChanged.size(), 1);
        QCOMPARE(d.missingChanged[0].from, qint64(1));
        QCOMPARE(d.missingChanged[0].to, qint64(0));
        QVERIFY(diffDatasets(*a, *a).isEmpty());
        const QJsonObject j = d.toJson();
        QCOMPARE(j["rows"].toObject()["to"].toInt(), 3);
        QCOMPARE(j["columns_added"].toArray().first().toString(), QString("z"));
    }

    void addInRepositoryIgnoresDataAndListsDatasets()
    {
        QTemporaryDir tmp;
        auto repo = GitRepository::init(tmp.path());
        QVERIFY(repo.ok());
        QDir().mkpath(tmp.path() + "/raw");
        QFile::copy(kData + "/table.csv", tmp.path() + "/raw/t.csv");
        auto added = addDataset(tmp.path() + "/raw/t.csv", {"desc", "src", true}, &repo.value());
        QVERIFY2(added.ok(), qPrintable(why(added)));
        QCOMPARE(added->ignoredEntry, QString("/raw/t.csv"));
        QVERIFY(repo->isIgnored("raw/t.csv"));
        QVERIFY(!repo->isIgnored("raw/t.csv.dataset.yaml"));
        QCOMPARE(readText(tmp.path() + "/raw/t.csv.dvc"),
                 "outs:\n- md5: " + md5OfFile(tmp.path() + "/raw/t.csv")->md5.toLatin1() + "\n  size: "
                     + QByteArray::number(QFileInfo(tmp.path() + "/raw/t.csv").size()) + "\n  hash: md5\n  path: t.csv\n");
        QStringList paths;
        const QList<FileStatus> statuses = repo->status().value();
        for (const FileStatus &f : statuses)
            paths << f.path;
        QCOMPARE(paths, QStringList({".gitignore", "raw/t.csv.dataset.yaml", "raw/t.csv.dvc"}));
        // adding again does not list the data twice
        QVERIFY(addDataset(tmp.path() + "/raw/t.csv", {}, &repo.value())->ignoredEntry.isEmpty());

        // a folder under data/ is ignored by the default rule, and an existing .dvc file is listed
        QDir().mkpath(tmp.path() + "/data");
        QFile::copy(kData + "/dvc3.dvc", tmp.path() + "/data/images.dvc");
        writeText(tmp.path() + "/broken.dataset.yaml", "path: [\n");
        const QList<DatasetEntry> list = listDatasets(tmp.path());
        QCOMPARE(list.size(), 4);
        QCOMPARE(list[0].file, QString("broken.dataset.yaml"));
        QVERIFY(!list[0].error.isEmpty());
        QCOMPARE(list[1].file, QString("data/images.dvc"));
        QCOMPARE(list[1].kind, QString("dvc"));
        QCOMPARE(list[1].path, QString("data/images"));
        QCOMPARE(list[1].nfiles, qint64(3));
        QCOMPARE(list[2].path, QString("raw/t.csv"));
        QCOMPARE(list[2].kind, QString("mlwb"));
        QCOMPARE(list[3].kind, QString("dvc"));
    }
};

QTEST_GUILESS_MAIN(TestDatasetManifest)
#include "tst_datasetmanifest.moc"
