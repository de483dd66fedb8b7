// SPDX-License-Identifier: GPL-3.0-or-later
// `mlwb-cli drift` contract: JSON Lines like reference_drift.py, readable table, HTML report,
// windows, exit codes and messages.
#include "core/store/metadatastore.h"
#include "core/vcs/datasetmanifest.h"
#include "core/vcs/dvcformat.h"
#include "driftcompare.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

class TstDriftCli : public QObject
{
    Q_OBJECT

    struct Out
    {
        int code;
        QByteArray out, err;
    };

    static Out cli(const QStringList &args, const QString &workDir = {})
    {
        QProcess p;
        if (!workDir.isEmpty())
            p.setWorkingDirectory(workDir);
        p.start(qEnvironmentVariable("MLWB_CLI"), QStringList{"drift"} + args);
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }
    static QString data(const char *f) { return QStringLiteral(MLWB_SOURCE_DIR "/tests/data/drift/") + QLatin1String(f); }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("MLWB_CLI").isEmpty())
            QSKIP("MLWB_CLI is not set (run through ctest)");
    }

    void jsonMatchesReference()
    {
        const Out o = cli({data("small_ref.csv"), data("small_cur.csv"), "--json", "--categorical", "rating"});
        QCOMPARE(o.code, 0);
        QFile f(data("small_expected.jsonl"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList bad = drifttest::compareReports(o.out, f.readAll());
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join('\n')));
        const auto lines = drifttest::parseLines(o.out);
        QCOMPARE(lines.size(), 8);
        for (const char *k : {"column", "type", "n_ref", "n_cur", "n_missing_ref", "n_missing_cur", "psi", "kl_ref_cur",
                              "js_distance_base2", "hellinger", "tvd", "l_infinity", "drift"})
            QVERIFY2(lines[0].contains(k), k);
        QVERIFY(lines[0].contains("ks_statistic") && lines[0].contains("wasserstein_normed"));
        QVERIFY(lines[2].contains("chi2_contingency"));
        QVERIFY(lines.last().contains("dataset"));
    }

    void tableAndHtml()
    {
        QTemporaryDir dir;
        const QString html = dir.filePath("r.html");
        const Out o = cli({data("small_ref.csv"), data("small_cur.csv"), "--categorical", "rating", "--html", html});
        QCOMPARE(o.code, 0);
        const QStringList rows = QString::fromUtf8(o.out).split('\n', Qt::SkipEmptyParts);
        QVERIFY(rows.size() >= 9);
        QVERIFY(rows[0].startsWith("column"));
        // drifted columns first
        bool seenOk = false;
        for (int i = 1; i < 8; ++i) {
            const bool drift = rows[i].endsWith("DRIFT");
            QVERIFY2(!(drift && seenOk), "table is not sorted by drift");
            seenOk = seenOk || !drift;
        }
        QVERIFY(rows.last().startsWith("dataset:"));
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray page = f.readAll();
        QCOMPARE(page.count("<svg"), 7);
        QVERIFY(page.contains("class=\"drift\""));
        QVERIFY(!page.contains("<script"));
    }

    void windows()
    {
        const Out o = cli({data("small_ref.csv"), "--split-by", "score", "--windows", "3", "--json"});
        QCOMPARE(o.code, 0);
        const auto lines = drifttest::parseLines(o.out);
        int datasets = 0;
        for (const auto &l : lines)
            datasets += l.contains("dataset");
        QCOMPARE(datasets, 2); // w2 and w3 against w1
        QCOMPARE(lines[0].value("window").toString(), QStringLiteral("w2"));
    }

    void errors()
    {
        Out o = cli({data("small_ref.csv"), data("missing.csv")});
        QCOMPARE(o.code, 1);
        QVERIFY(o.err.contains("does not exist"));
        o = cli({data("small_ref.csv")});
        QCOMPARE(o.code, 2);
        o = cli({data("small_ref.csv"), data("small_cur.csv"), "--method", "magic"});
        QCOMPARE(o.code, 2);
        o = cli({data("small_ref.csv"), data("small_cur.csv"), "--exclude", "nosuchcolumn"});
        QCOMPARE(o.code, 1);
        QVERIFY(o.err.contains("nosuchcolumn"));
        o = cli({data("small_ref.csv"), data("small_cur.csv"), "--numerical", "city"});
        QCOMPARE(o.code, 0);
        QVERIFY2(o.err.contains("treated as numerical") && o.err.contains("line"), o.err.constData());
    }

    // dataset manifests and .dvc files stand for the CSV they name
    void datasetDescriptions()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(data("small_ref.csv"), dir.filePath("ref.csv")));
        QVERIFY(QFile::copy(data("small_cur.csv"), dir.filePath("cur.csv")));
        wb::vcs::DatasetManifest m;
        m.path = QStringLiteral("ref.csv");
        m.md5 = QStringLiteral("0123456789abcdef0123456789abcdef");
        m.size = 1;
        QFile mf(dir.filePath("ref.csv.dataset.yaml"));
        QVERIFY(mf.open(QIODevice::WriteOnly));
        mf.write(wb::vcs::writeDatasetManifest(m));
        mf.close();
        wb::vcs::DvcOut d;
        d.md5 = m.md5;
        d.path = QStringLiteral("cur.csv");
        QFile df(dir.filePath("cur.csv.dvc"));
        QVERIFY(df.open(QIODevice::WriteOnly));
        df.write(wb::vcs::writeDvcFile(d));
        df.close();
        const Out direct = cli({data("small_ref.csv"), data("small_cur.csv"), "--json"});
        const Out viaDescriptions = cli({dir.filePath("ref.csv.dataset.yaml"), dir.filePath("cur.csv.dvc"), "--json"});
        QCOMPARE(viaDescriptions.code, 0);
        QCOMPARE(drifttest::parseLines(viaDescriptions.out).size(), drifttest::parseLines(direct.out).size());
        QVERIFY(drifttest::compareReports(viaDescriptions.out, direct.out).isEmpty());
        // the data is missing (not pulled): exit 1 with a message naming it
        QVERIFY(QFile::remove(dir.filePath("cur.csv")));
        const Out missing = cli({dir.filePath("ref.csv.dataset.yaml"), dir.filePath("cur.csv.dvc")});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains("cur.csv") && missing.err.contains("not there"), missing.err.constData());
    }

    // --store-run keeps the report as an artifact of a run; unknown runs are refused up front
    void storeRun()
    {
        QTemporaryDir ws;
        {
            wb::store::MetadataStore db;
            QVERIFY(db.open(wb::store::MetadataStore::defaultPath(ws.path())).ok());
            wb::store::RunInfo info;
            info.runName = QStringLiteral("20240601-101500-3fa2");
            QVERIFY(db.beginRun(info).ok());
        }
        Out o = cli({data("small_ref.csv"), data("small_cur.csv"), "--json", "--store-run", "20240601-101500-3fa2", "--workspace", ws.path()});
        QVERIFY2(o.code == 0, o.err.constData());
        QCOMPARE(drifttest::parseLines(o.out).size(), 8); // stdout stays JSON Lines only
        QVERIFY(o.err.contains("stored the drift report"));
        const QString folder = ws.filePath(".mlwb/runs/20240601-101500-3fa2/drift-report");
        QVERIFY(QFileInfo::exists(folder + "/drift-report.html"));
        QVERIFY(QFileInfo::exists(folder + "/drift.jsonl"));
        {
            wb::store::MetadataStore db;
            QVERIFY(db.open(wb::store::MetadataStore::defaultPath(ws.path()), wb::store::MetadataStore::Mode::ReadOnly).ok());
            auto run = db.contextByName("system.PipelineRun", "20240601-101500-3fa2");
            QVERIFY(run.ok() && *run);
            auto arts = db.artifactsOfContext((*run)->id);
            QVERIFY(arts.ok());
            QStringList types;
            for (const auto &a : *arts)
                types << a.typeName;
            QVERIFY2(types.contains("system.HTML") && types.contains("system.Metrics"), qPrintable(types.join(',')));
        }
        // the workspace defaults to the current folder
        o = cli({data("small_ref.csv"), data("small_cur.csv"), "--store-run", "20240601-101500-3fa2"}, ws.path());
        QCOMPARE(o.code, 0);
        QVERIFY(o.out.contains("stored the drift report"));
        o = cli({data("small_ref.csv"), data("small_cur.csv"), "--json", "--store-run", "nosuchrun", "--workspace", ws.path()});
        QCOMPARE(o.code, 1);
        QVERIFY2(o.err.contains("nosuchrun") && o.err.contains("20240601-101500-3fa2"), o.err.constData());
        QVERIFY(o.out.isEmpty()); // refused before comparing
    }

    // two dataset artifacts of the store (the lineage view's "compare")
    void artifacts()
    {
        QTemporaryDir ws;
        const QString db = wb::store::MetadataStore::defaultPath(ws.path());
        qint64 ref = 0, cur = 0, remote = 0;
        {
            wb::store::MetadataStore s;
            QVERIFY(s.open(db).ok());
            wb::store::ArtifactInfo a;
            a.typeName = QStringLiteral("system.Dataset");
            a.uri = QUrl::fromLocalFile(data("small_ref.csv")).toString();
            ref = *s.putArtifact(a);
            a.uri = data("small_cur.csv"); // a plain path works too
            cur = *s.putArtifact(a);
            a.uri = QStringLiteral("minio://bucket/cur.csv");
            remote = *s.putArtifact(a);
        }
        const Out direct = cli({data("small_ref.csv"), data("small_cur.csv"), "--json"});
        Out o = cli({"--ref-artifact", QString::number(ref), "--cur-artifact", QString::number(cur), "--store", db, "--json"});
        QVERIFY2(o.code == 0, o.err.constData());
        QVERIFY(drifttest::compareReports(o.out, direct.out).isEmpty());
        QCOMPARE(drifttest::parseLines(o.out).size(), 8);
        // --store defaults to the workspace's
        o = cli({"--ref-artifact", QString::number(ref), "--cur-artifact", QString::number(cur), "--workspace", ws.path(), "--json"});
        QCOMPARE(o.code, 0);
        // one artifact and one file
        o = cli({"--ref-artifact", QString::number(ref), data("small_cur.csv"), "--store", db, "--json"});
        QCOMPARE(o.code, 0);
        o = cli({"--ref-artifact", QString::number(ref), "--cur-artifact", "4242", "--store", db});
        QCOMPARE(o.code, 1);
        QVERIFY2(o.err.contains("4242"), o.err.constData());
        o = cli({"--ref-artifact", QString::number(ref), "--cur-artifact", QString::number(remote), "--store", db});
        QCOMPARE(o.code, 1);
        QVERIFY(o.err.contains("minio://bucket/cur.csv"));
        o = cli({"--ref-artifact", "abc", "--cur-artifact", QString::number(cur), "--store", db});
        QCOMPARE(o.code, 2);
        o = cli({"--ref-artifact", QString::number(ref), "--store", db});
        QCOMPARE(o.code, 2);
    }
};

QTEST_GUILESS_MAIN(TstDriftCli)
#include "tst_driftcli.moc"
