// SPDX-License-Identifier: GPL-3.0-or-later
// `mlwb-cli drift` contract: JSON Lines like reference_drift.py, readable table, HTML report,
// windows, exit codes and messages.
#include "driftcompare.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TstDriftCli : public QObject
{
    Q_OBJECT

    struct Out
    {
        int code;
        QByteArray out, err;
    };

    static Out cli(const QStringList &args)
    {
        QProcess p;
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
};

QTEST_GUILESS_MAIN(TstDriftCli)
#include "tst_driftcli.moc"
