// SPDX-License-Identifier: GPL-3.0-or-later
// Drift inputs given as dataset descriptions: a NAME.dataset.yaml manifest or a DVC .dvc file
// stands for the data file it names (relative to itself); missing data, folders, remote URIs
// and ambiguous .dvc files are refused with a message that says what to do.
#include "core/drift/csvreader.h"
#include "core/vcs/datasetmanifest.h"
#include "core/vcs/datasetpath.h"
#include "core/vcs/dvcformat.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;

class TstDriftInputs : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString p = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(p).absolutePath());
        QFile f(p);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return p;
    }
    QString manifest(const QString &name, const QString &dataPath, const QString &md5 = QStringLiteral("0123456789abcdef0123456789abcdef"))
    {
        vcs::DatasetManifest m;
        m.path = dataPath;
        m.md5 = md5;
        m.size = 10;
        return write(name, vcs::writeDatasetManifest(m));
    }
    QString dvc(const QString &name, const QString &path)
    {
        vcs::DvcOut o;
        o.md5 = QStringLiteral("0123456789abcdef0123456789abcdef");
        o.size = 10;
        o.hash = QStringLiteral("md5");
        o.path = path;
        return write(name, vcs::writeDvcFile(o));
    }

private slots:
    void initTestCase()
    {
        write(QStringLiteral("data/train.csv"), "a,b\n1,x\n2,y\n");
        QDir().mkpath(m_dir.filePath(QStringLiteral("data/images")));
    }

    void plainFilesPassThrough()
    {
        const QString csv = m_dir.filePath(QStringLiteral("data/train.csv"));
        QCOMPARE(*vcs::resolveDatasetFile(csv), csv);
        QVERIFY(!vcs::isDatasetDescription(csv));
    }

    void manifestNamesItsData()
    {
        const QString m = manifest(QStringLiteral("data/train.csv.dataset.yaml"), QStringLiteral("train.csv"));
        QVERIFY(vcs::isDatasetDescription(m));
        auto file = vcs::resolveDatasetFile(m);
        QVERIFY2(file.ok(), file.ok() ? "" : qPrintable(file.error().text()));
        QCOMPARE(*file, QDir::cleanPath(m_dir.filePath(QStringLiteral("data/train.csv"))));
        // a manifest elsewhere, pointing up and across
        const QString up = manifest(QStringLiteral("manifests/train.dataset.yaml"), QStringLiteral("../data/train.csv"));
        QCOMPARE(*vcs::resolveDatasetFile(up), *file);
        auto table = drift::readCsv(*file);
        QVERIFY(table.ok());
        QCOMPARE(table->rows, 2);
    }

    void dvcNamesItsData()
    {
        const QString d = dvc(QStringLiteral("data/train.csv.dvc"), QStringLiteral("train.csv"));
        auto file = vcs::resolveDatasetFile(d);
        QVERIFY2(file.ok(), file.ok() ? "" : qPrintable(file.error().text()));
        QCOMPARE(*file, QDir::cleanPath(m_dir.filePath(QStringLiteral("data/train.csv"))));
    }

    void missingData()
    {
        auto r = vcs::resolveDatasetFile(manifest(QStringLiteral("data/gone.dataset.yaml"), QStringLiteral("gone.csv")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("dataset.missing"));
        QVERIFY(r.error().text().contains(QStringLiteral("gone.csv")));
        QVERIFY(r.error().text().contains(QStringLiteral("dvc pull")));
        r = vcs::resolveDatasetFile(dvc(QStringLiteral("data/gone.csv.dvc"), QStringLiteral("gone.csv")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("dataset.missing"));
        r = vcs::resolveDatasetFile(m_dir.filePath(QStringLiteral("nothing.dataset.yaml")));
        QVERIFY(!r.ok());
        QVERIFY(r.error().text().contains(QStringLiteral("does not exist")));
    }

    void folderRemoteAndAmbiguous()
    {
        auto r = vcs::resolveDatasetFile(manifest(QStringLiteral("data/images.dataset.yaml"), QStringLiteral("images"),
                                                  QStringLiteral("0123456789abcdef0123456789abcdef.dir")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("dataset.folder"));
        QVERIFY(r.error().text().contains(QStringLiteral("folder")));
        r = vcs::resolveDatasetFile(dvc(QStringLiteral("data/images.dvc"), QStringLiteral("images")));
        QCOMPARE(r.error().code, QStringLiteral("dataset.folder"));
        r = vcs::resolveDatasetFile(manifest(QStringLiteral("remote.dataset.yaml"), QStringLiteral("s3://bucket/train.csv")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("dataset.remote"));
        r = vcs::resolveDatasetFile(write(QStringLiteral("data/two.dvc"),
                                          "outs:\n- md5: 0123456789abcdef0123456789abcdef\n  path: train.csv\n"
                                          "- md5: 0123456789abcdef0123456789abcdef\n  path: images\n"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("dataset.outs"));
        r = vcs::resolveDatasetFile(write(QStringLiteral("data/broken.dataset.yaml"), "path: [unclosed\n"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().text().contains(QStringLiteral("broken.dataset.yaml")));
    }
};

QTEST_GUILESS_MAIN(TstDriftInputs)
#include "tst_driftinputs.moc"
