// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/drift/driftview.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;

class TstDriftView : public QObject
{
    Q_OBJECT
    static QString data(const char *f) { return QStringLiteral(MLWB_SOURCE_DIR "/tests/data/drift/") + QLatin1String(f); }

private slots:
    void tableAndChart()
    {
        ui::DriftView view;
        QSignalSpy done(&view, &ui::DriftView::finished);
        drift::DriftOptions o;
        o.categorical = {"rating"};
        view.compareFiles(data("small_ref.csv"), data("small_cur.csv"), o);
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().first().toBool(), true);
        QTableWidget *t = view.featureTable();
        QCOMPARE(t->rowCount(), 7);
        // drifted rows first, red; then green
        bool seenOk = false;
        for (int r = 0; r < t->rowCount(); ++r) {
            const bool drift = t->item(r, 5)->text() == "drift";
            QVERIFY(!(drift && seenOk));
            seenOk = seenOk || !drift;
            QCOMPARE(t->item(r, 5)->background().color(), drift ? QColor(0xf4, 0xa6, 0xa6) : QColor(0xb7, 0xe4, 0xb7));
        }
        QVERIFY(t->item(0, 5)->text() == "drift");
        // chart of the first row: two bar sets with one value per bin/category
        const auto &rep = view.reports().back();
        const QString first = t->item(0, 0)->text();
        size_t bins = 0;
        for (const auto &c : rep.columns)
            if (c.column == first)
                bins = c.refShare.size();
        auto series = view.distributionChart()->chart()->series();
        QCOMPARE(series.size(), 1);
        auto *bars = qobject_cast<QBarSeries *>(series.first());
        QVERIFY(bars);
        QCOMPARE(bars->count(), 2);
        QCOMPARE(size_t(bars->barSets()[0]->count()), bins);
        // age has 10 decile bins
        for (int r = 0; r < t->rowCount(); ++r)
            if (t->item(r, 0)->text() == "age") {
                view.showFeature(r);
                QCOMPARE(qobject_cast<QBarSeries *>(view.distributionChart()->chart()->series().first())->barSets()[0]->count(), 10);
            }
        QTemporaryDir dir;
        QVERIFY(view.exportChart(dir.filePath("c.svg")).ok());
        QVERIFY(view.exportChart(dir.filePath("c.png")).ok());
        QVERIFY(view.exportHtml(dir.filePath("r.html")).ok());
        QVERIFY(QFileInfo(dir.filePath("c.svg")).size() > 100);
        QVERIFY(QFileInfo(dir.filePath("c.png")).size() > 100);
    }

    void windowsTimelineHeatmap()
    {
        ui::DriftView view;
        QSignalSpy done(&view, &ui::DriftView::finished);
        view.compareWindows(data("small_ref.csv"), "score", drift::WindowSpec{drift::WindowSpec::Kind::Count, 4});
        QVERIFY(done.wait(30000));
        QCOMPARE(view.heatmap()->columnCount(), 3);
        QCOMPARE(view.heatmap()->rowCount(), 6);
        const auto series = view.timelineChart()->chart()->series();
        QCOMPARE(series.size(), 7); // 6 features + threshold
        QCOMPARE(qobject_cast<QLineSeries *>(series.first())->count(), 3);
        QVERIFY(!view.recommendation().isEmpty());
    }

    void cancelWorks()
    {
        // a file large enough that reading takes a while; cancel right after starting
        QTemporaryDir dir;
        QFile f(dir.filePath("big.csv"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a,b\n");
        QByteArray chunk;
        for (int i = 0; i < 100000; ++i)
            chunk += QByteArray::number(i) + ",x" + QByteArray::number(i % 13) + "\n";
        for (int k = 0; k < 20; ++k)
            f.write(chunk);
        f.close();
        ui::DriftView view;
        QSignalSpy done(&view, &ui::DriftView::finished);
        view.compareFiles(f.fileName(), f.fileName());
        view.cancel();
        QVERIFY(done.wait(60000));
        QCOMPARE(done.first().first().toBool(), false);
        QCOMPARE(view.lastError(), QStringLiteral("Cancelled"));
    }
};

QTEST_MAIN(TstDriftView)
#include "tst_driftview.moc"
