// SPDX-License-Identifier: GPL-3.0-or-later
// Our engine against reference_drift.py's golden outputs: the real datasets in ../shared (skipped
// when absent) and the project's own pair in tests/data/drift (always run).
#include "core/drift/csvreader.h"
#include "core/drift/driftengine.h"
#include "core/drift/reportjson.h"
#include "core/drift/windowsplit.h"
#include "driftcompare.h"

#include <QDir>
#include <QTest>

using namespace wb::drift;

class TstDriftAccuracy : public QObject
{
    Q_OBJECT

    static QByteArray run(const QString &ref, const QString &cur, const DriftOptions &o)
    {
        auto r = readCsv(ref);
        auto c = readCsv(cur);
        if (!r || !c) {
            qWarning() << (r ? c.error().text() : r.error().text());
            return {};
        }
        auto rep = computeDrift(*r, *c, o);
        if (!rep) {
            qWarning() << rep.error().text();
            return {};
        }
        return reportToJsonLines(*rep);
    }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static QString shared() { return QStringLiteral(MLWB_SHARED_DIR "/fixtures/drift"); }
    static QString own() { return QStringLiteral(MLWB_SOURCE_DIR "/tests/data/drift"); }

private slots:
    void sharedPairs_data()
    {
        QTest::addColumn<QString>("ref");
        QTest::addColumn<QString>("cur");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QStringList>("exclude");
        QTest::addColumn<QStringList>("categorical");
        for (const char *y : {"2008", "2009"})
            QTest::newRow(y) << "penguins_ref_2007.csv" << QStringLiteral("penguins_cur_%1.csv").arg(y)
                             << QStringLiteral("penguins_2007_vs_%1.jsonl").arg(y) << QStringList{"year"} << QStringList{};
        for (const char *p : {"2005_2007", "2008_2011", "2012_2015"})
            QTest::newRow(p) << "txhousing_ref_2000_2004.csv" << QStringLiteral("txhousing_cur_%1.csv").arg(p)
                             << QStringLiteral("txhousing_2000_2004_vs_%1.jsonl").arg(p) << QStringList{"year", "date"}
                             << QStringList{"month"};
    }

    void sharedPairs()
    {
        QFETCH(QString, ref);
        QFETCH(QString, cur);
        QFETCH(QString, expected);
        QFETCH(QStringList, exclude);
        QFETCH(QStringList, categorical);
        const QString exp = shared() + QStringLiteral("/expected/") + expected;
        if (!QFile::exists(exp))
            QSKIP("../shared/fixtures/drift is not present (fresh clone): shared accuracy pairs skipped");
        DriftOptions o;
        o.exclude = exclude;
        o.categorical = categorical;
        const QByteArray got = run(shared() + QLatin1Char('/') + ref, shared() + QLatin1Char('/') + cur, o);
        QVERIFY(!got.isEmpty());
        const QStringList bad = drifttest::compareReports(got, readAll(exp));
        QVERIFY2(bad.isEmpty(), qPrintable(bad.mid(0, 10).join(QLatin1Char('\n'))));
    }

    void ownPair()
    {
        // expected generated once with reference_drift.py, see tests/data/drift/README.md
        DriftOptions o;
        o.categorical = {"rating"};
        const QByteArray got = run(own() + "/small_ref.csv", own() + "/small_cur.csv", o);
        const QByteArray want = readAll(own() + "/small_expected.jsonl");
        QVERIFY(!want.isEmpty());
        const QStringList bad = drifttest::compareReports(got, want);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.mid(0, 10).join(QLatin1Char('\n'))));
        // the same figures from the gzip-compressed copy
        const QByteArray gz = run(own() + "/small_ref.csv", own() + "/small_cur.csv.gz", o);
        QCOMPARE(gz, got);
        // typing: bools and text are categorical, "rating" forced categorical
        for (const QJsonObject &c : drifttest::parseLines(got)) {
            const QString n = c.value("column").toString();
            if (n == "flag" || n == "city" || n == "colour" || n == "rating")
                QCOMPARE(c.value("type").toString(), QStringLiteral("categorical"));
            if (n == "age" || n == "income" || n == "score")
                QCOMPARE(c.value("type").toString(), QStringLiteral("numerical"));
            if (n == "colour") {
                QCOMPARE(c.value("new_categories").toArray(), QJsonArray{"white"});
                QCOMPARE(c.value("vanished_categories").toArray(), QJsonArray{"black"});
            }
            if (n == "income")
                QVERIFY(c.value("missing_rate_change").toDouble() > 0.1);
        }
    }

    void splitByYearMatchesPairFiles()
    {
        // one file split on its year column must give the same report as the pre-split files
        const QString all = shared() + "/penguins.csv";
        const QString exp = shared() + "/expected/penguins_2007_vs_2008.jsonl";
        if (!QFile::exists(all) || !QFile::exists(exp))
            QSKIP("../shared/fixtures/drift is not present: split check skipped");
        auto t = readCsv(all);
        QVERIFY(t);
        auto w = computeWindowedDrift(*t, "year", WindowSpec{}, {}, DriftOptions{});
        QVERIFY2(w, w ? "" : qPrintable(w.error().text()));
        QCOMPARE(w->referenceLabel, QStringLiteral("2007"));
        QCOMPARE(w->labels, (QStringList{"2007", "2008", "2009"}));
        QCOMPARE(int(w->windows.size()), 2);
        const QStringList bad = drifttest::compareReports(reportToJsonLines(w->windows[0]), readAll(exp));
        QVERIFY2(bad.isEmpty(), qPrintable(bad.mid(0, 10).join(QLatin1Char('\n'))));
    }

    void windowsKinds()
    {
        auto t = readCsv(own() + "/small_ref.csv");
        QVERIFY(t);
        auto q = computeWindowedDrift(*t, "score", WindowSpec{WindowSpec::Kind::Count, 4}, {}, DriftOptions{});
        QVERIFY2(q, q ? "" : qPrintable(q.error().text()));
        QCOMPARE(q->labels.size(), 4);
        QCOMPARE(q->rows, (std::vector<std::int64_t>{20, 20, 20, 20}));
        QVERIFY(!parseWindowSpec("fortnight"));
        QCOMPARE(parseWindowSpec("quarter")->kind, WindowSpec::Kind::Quarter);
        QVERIFY(!computeWindowedDrift(*t, "nope", WindowSpec{}, {}, DriftOptions{}));
    }

    void methodsAndThresholds()
    {
        DriftOptions o;
        o.categorical = {"rating"};
        o.method = DriftMethod::Psi;
        auto r = readCsv(own() + "/small_ref.csv");
        auto c = readCsv(own() + "/small_cur.csv");
        QVERIFY(r && c);
        auto rep = computeDrift(*r, *c, o);
        QVERIFY(rep);
        for (const ColumnDrift &col : rep->columns) {
            QCOMPARE(col.driftMethod, QStringLiteral("psi"));
            QCOMPARE(col.drift, col.binned.psi >= 0.1);
        }
        o.method = DriftMethod::Psi;
        o.threshold = 100;
        rep = computeDrift(*r, *c, o);
        QCOMPARE(rep->dataset.selectedDrifted, 0);
        QVERIFY(!rep->dataset.selectedDatasetDrift);
        o.categorical = {"age"};
        o.numerical = {"age"};
        QVERIFY(!computeDrift(*r, *c, o));
    }
};

QTEST_GUILESS_MAIN(TstDriftAccuracy)
#include "tst_driftaccuracy.moc"
