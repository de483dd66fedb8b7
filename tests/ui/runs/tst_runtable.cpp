// SPDX-License-Identifier: GPL-3.0-or-later
// RunTableModel / RunsView over a generated store of 100k runs: first page, fetchMore paging,
// generation tokens, sorting (store-side, also by parameter and metric), search language,
// archive / restore.
#include "runstestdata.h"

#include "ui/runs/runquery.h"
#include "ui/runs/runsview.h"
#include "ui/runs/runtablemodel.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace wb;
using namespace wb::store;
using namespace wb::ui;

class TstRunTable : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void firstPageOfManyRuns();
    void viewShowsFirstPage();
    void fetchMoreAppends();
    void filterResetDropsStalePages();
    void sortOrders_data();
    void sortOrders();
    void unsortableColumnIgnored();
    void searchLanguage();
    void searchFiltersRows();
    void archiveAndRestore();

private:
    bool waitForPage(RunTableModel &model, quint64 generation, int timeoutMs = 20000);
    QTemporaryDir m_dir;
    QString m_path;
    StoreSessionPtr m_session;
    static constexpr int kRuns = 100'000;
};

// The page of `generation` has arrived (it may arrive before this is called: a continuation
// of an already finished future runs at once).
bool TstRunTable::waitForPage(RunTableModel &model, quint64 generation, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        if (model.generation() != generation)
            return false;
        if (!model.isLoading())
            return true;
        QTest::qWait(10);
    }
    return false;
}

void TstRunTable::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("runs.sqlite"));
    QElapsedTimer t;
    t.start();
    QVERIFY(runstest::generateRuns(m_path, kRuns));
    qInfo("generated %d runs in %lld ms", kRuns, t.elapsed());
    auto session = openStoreSession(m_path, false);
    QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().text()));
    m_session = *session;
}

void TstRunTable::firstPageOfManyRuns()
{
    RunTableModel model;
    QSignalSpy pages(&model, &RunTableModel::pageLoaded);
    QElapsedTimer t;
    t.start();
    model.setSession(m_session);
    QVERIFY(waitForPage(model, model.generation()));
    const qint64 wall = t.elapsed();
    const qint64 query = pages.constLast().at(2).toLongLong();
    qInfo("first page: %lld ms in the store, %lld ms until shown", query, wall);
    QCOMPARE(model.rowCount(), 256);
    QVERIFY(model.canFetchMore({}));
    // The time is a benchmark figure (tests/benchmarks/store), printed here, never asserted.
    // newest first: run-99999 ... run-99744
    QCOMPARE(model.index(0, RunTableModel::NameColumn).data().toString(), QStringLiteral("run-99999"));
    QCOMPARE(model.index(255, RunTableModel::NameColumn).data().toString(), QStringLiteral("run-99744"));
    // dynamic columns from the data: lr, optimizer, accuracy
    QVERIFY(model.paramColumn(QStringLiteral("lr")) >= RunTableModel::FixedColumnCount);
    QVERIFY(model.paramColumn(QStringLiteral("optimizer")) >= RunTableModel::FixedColumnCount);
    const int acc = model.metricColumn(QStringLiteral("accuracy"));
    QVERIFY(acc > model.paramColumn(QStringLiteral("lr")));
    QCOMPARE(model.headerData(acc, Qt::Horizontal).toString(), QStringLiteral("accuracy"));
    QCOMPARE(model.index(0, acc).data(RunTableModel::SortValueRole).toDouble(), 0.999);
    QCOMPARE(model.index(0, RunTableModel::StateColumn).data().toString(), QStringLiteral("Complete"));
    QCOMPARE(model.index(0, RunTableModel::ExperimentColumn).data().toString(), QStringLiteral("bench"));
}

void TstRunTable::viewShowsFirstPage()
{
    RunsView view;
    view.resize(1000, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setSession(m_session);
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 256, 20000);
    QTableView *table = view.table();
    QCOMPARE(table->model()->rowCount(), 256);
    const QModelIndex top = table->indexAt(QPoint(5, 5));
    QVERIFY(top.isValid());
    QCOMPARE(top.row(), 0);
    QVERIFY(table->visualRect(table->model()->index(10, 0)).intersects(table->viewport()->rect()));
    QTRY_VERIFY_WITH_TIMEOUT(view.statusText().contains(QStringLiteral("of 100000")), 20000);
    // Scrolling to the bottom makes the view fetch the next page by itself.
    table->scrollToBottom();
    QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowCount() >= 512, 20000);
}

void TstRunTable::fetchMoreAppends()
{
    RunTableModel model;
    model.setSession(m_session);
    QVERIFY(waitForPage(model, model.generation()));
    const quint64 gen = model.generation();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    model.fetchMore({}); // ignored while a page is in flight
    QVERIFY(waitForPage(model, gen));
    QTRY_COMPARE(model.rowCount(), 512);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 256);
    QCOMPARE(inserted.first().at(2).toInt(), 511);
    QCOMPARE(model.generation(), gen);
    QSet<qint64> ids;
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int r = 0; r < model.rowCount(); ++r) {
        ids.insert(model.runId(r));
        const qint64 start = model.run(r).startMs;
        QVERIFY(start <= previous);
        previous = start;
    }
    QCOMPARE(ids.size(), 512);
    QCOMPARE(model.index(256, RunTableModel::NameColumn).data().toString(), QStringLiteral("run-99743"));
}

void TstRunTable::filterResetDropsStalePages()
{
    RunTableModel model;
    model.setSession(m_session);
    const quint64 first = model.generation();
    RunFilter failed;
    failed.state = RunState::Failed;
    model.setFilter(failed); // new generation while the first page is still being read
    const quint64 second = model.generation();
    QVERIFY(second > first);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(waitForPage(model, second));
    QTRY_COMPARE(model.stalePagesDropped(), 1);
    QCOMPARE(model.rowCount(), 256);
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.run(r).state, RunState::Failed);
    // The failed runs are every 7th: 99995 is the newest.
    QCOMPARE(model.index(0, RunTableModel::NameColumn).data().toString(), QStringLiteral("run-99995"));
}

void TstRunTable::sortOrders_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<bool>("descending");
    QTest::newRow("name asc") << QStringLiteral("name") << false;
    QTest::newRow("start asc") << QStringLiteral("start") << false;
    QTest::newRow("param lr asc") << QStringLiteral("lr") << false;
    QTest::newRow("param lr desc") << QStringLiteral("lr") << true;
    QTest::newRow("metric accuracy desc") << QStringLiteral("accuracy") << true;
}

void TstRunTable::sortOrders()
{
    QFETCH(QString, column);
    QFETCH(bool, descending);
    RunTableModel model;
    model.setSession(m_session);
    QVERIFY(waitForPage(model, model.generation()));
    const int col = column == QLatin1String("name")   ? int(RunTableModel::NameColumn)
                    : column == QLatin1String("start") ? int(RunTableModel::StartColumn)
                    : column == QLatin1String("lr")    ? model.paramColumn(column)
                                                       : model.metricColumn(column);
    QVERIFY(col >= 0);
    QElapsedTimer t;
    t.start();
    model.sort(col, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    QVERIFY(waitForPage(model, model.generation()));
    const qint64 firstPage = t.elapsed();
    model.fetchMore({});
    QVERIFY(waitForPage(model, model.generation()));
    qInfo("%s: first page %lld ms, two pages %lld ms", qPrintable(column), firstPage, t.elapsed());
    QCOMPARE(model.rowCount(), 512);
    QCOMPARE(model.sortColumn(), col);
    QSet<qint64> ids;
    for (int r = 1; r < model.rowCount(); ++r) {
        ids.insert(model.runId(r));
        const QVariant a = model.index(r - 1, col).data(RunTableModel::SortValueRole);
        const QVariant b = model.index(r, col).data(RunTableModel::SortValueRole);
        const bool numeric = col != RunTableModel::NameColumn;
        const bool ordered = numeric ? (descending ? a.toDouble() >= b.toDouble() : a.toDouble() <= b.toDouble())
                                     : (descending ? a.toString() >= b.toString() : a.toString() <= b.toString());
        QVERIFY2(ordered, qPrintable(QStringLiteral("row %1: %2 then %3").arg(r).arg(a.toString(), b.toString())));
    }
    QCOMPARE(ids.size(), 511); // no row twice across the page boundary
    if (column == QLatin1String("lr") && !descending)
        QCOMPARE(model.index(0, col).data(RunTableModel::SortValueRole).toDouble(), 0.0);
    if (column == QLatin1String("accuracy"))
        QCOMPARE(model.index(0, col).data(RunTableModel::SortValueRole).toDouble(), 0.999);
    if (column == QLatin1String("start"))
        QCOMPARE(model.index(0, RunTableModel::NameColumn).data().toString(), QStringLiteral("run-0"));
}

void TstRunTable::unsortableColumnIgnored()
{
    RunTableModel model;
    model.setSession(m_session);
    QVERIFY(waitForPage(model, model.generation()));
    const quint64 gen = model.generation();
    QVERIFY(!model.isSortable(RunTableModel::StateColumn));
    model.sort(RunTableModel::StateColumn, Qt::AscendingOrder);
    QCOMPARE(model.generation(), gen);
    QCOMPARE(model.rowCount(), 256);
}

void TstRunTable::searchLanguage()
{
    auto f = RunQuery::parse(QStringLiteral("churn \"big run\" state:failed exp:bench param.lr>0.05 metric.accuracy>=0.8 "
                                            "param.optimizer~ad after:2026-01-01 before:2026-02-01"));
    QVERIFY2(f.ok(), qPrintable(f.ok() ? QString() : f.error().text()));
    QCOMPARE(f->text, QStringLiteral("churn big run"));
    QCOMPARE(f->state, std::optional<RunState>(RunState::Failed));
    QCOMPARE(f->experiment, QStringLiteral("bench"));
    QCOMPARE(f->conditions.size(), 3);
    QCOMPARE(f->conditions[0].subject, RunCondition::Subject::Param);
    QCOMPARE(f->conditions[0].name, QStringLiteral("lr"));
    QCOMPARE(f->conditions[0].op, RunCondition::Op::Gt);
    QCOMPARE(f->conditions[0].value.toString(), QStringLiteral("0.05"));
    QCOMPARE(f->conditions[1].subject, RunCondition::Subject::Metric);
    QCOMPARE(f->conditions[1].op, RunCondition::Op::Ge);
    QCOMPARE(f->conditions[2].op, RunCondition::Op::Contains);
    QCOMPARE(f->fromMs, QDate(2026, 1, 1).startOfDay().toMSecsSinceEpoch());
    QCOMPARE(f->toMs, QDate(2026, 2, 1).startOfDay().toMSecsSinceEpoch());
    QVERIFY(!RunQuery::parse(QStringLiteral("state:sleeping")).ok());
    QVERIFY(!RunQuery::parse(QStringLiteral("after:yesterday")).ok());
    QVERIFY(!RunQuery::parse(QStringLiteral("param.lr>")).ok());
}

void TstRunTable::searchFiltersRows()
{
    RunsView view;
    view.setSession(m_session);
    QVERIFY(waitForPage(*view.model(), view.model()->generation()));
    view.searchBox()->setText(QStringLiteral("param.lr>=0.098 metric.accuracy>0.9 state:complete"));
    QVERIFY(view.applySearch());
    QVERIFY(waitForPage(*view.model(), view.model()->generation()));
    RunTableModel *model = view.model();
    QVERIFY(model->rowCount() > 0);
    const int lr = model->paramColumn(QStringLiteral("lr")), acc = model->metricColumn(QStringLiteral("accuracy"));
    for (int r = 0; r < model->rowCount(); ++r) {
        QVERIFY(model->index(r, lr).data(RunTableModel::SortValueRole).toDouble() >= 0.098);
        QVERIFY(model->index(r, acc).data(RunTableModel::SortValueRole).toDouble() > 0.9);
        QCOMPARE(model->run(r).state, RunState::Complete);
    }
    // run i matches when i % 100 >= 98 and i % 1000 > 900 and i % 7 != 0
    QCOMPARE(model->index(0, RunTableModel::NameColumn).data().toString(), QStringLiteral("run-99999"));
    view.searchBox()->setText(QStringLiteral("state:nonsense"));
    QVERIFY(!view.applySearch());
    QVERIFY(view.statusText().contains(QStringLiteral("nonsense")));
}

void TstRunTable::archiveAndRestore()
{
    RunsView view;
    view.setSession(m_session);
    RunTableModel *model = view.model();
    QVERIFY(waitForPage(*model, model->generation()));
    const qint64 id = model->runId(0);
    const qint64 next = model->runId(1);
    auto total = m_session->with([](MetadataStore &s) { return s.countRuns(); });
    view.table()->selectRow(0);
    view.archiveSelected(true);
    QCOMPARE(model->rowOfRun(id), -1);
    QCOMPARE(model->runId(0), next);
    QCOMPARE(*m_session->with([](MetadataStore &s) { return s.countRuns(); }), *total - 1);

    // "show archived": the run is back, marked archived
    view.showArchivedBox()->setChecked(true);
    QVERIFY(waitForPage(*model, model->generation()));
    const int row = model->rowOfRun(id);
    QCOMPARE(row, 0);
    QVERIFY(model->index(row, 0).data(RunTableModel::ArchivedRole).toBool());
    QVERIFY(model->index(row, 0).data(Qt::FontRole).value<QFont>().italic());

    // restore
    view.table()->selectRow(row);
    view.archiveSelected(false);
    QVERIFY(!model->index(row, 0).data(RunTableModel::ArchivedRole).toBool());
    view.showArchivedBox()->setChecked(false);
    QVERIFY(waitForPage(*model, model->generation()));
    QCOMPARE(model->rowOfRun(id), 0);
    QCOMPARE(*m_session->with([](MetadataStore &s) { return s.countRuns(); }), *total);
}

QTEST_MAIN(TstRunTable)
#include "tst_runtable.moc"
