// SPDX-License-Identifier: GPL-3.0-or-later
// Metrics attributed to their step in the runs views: the Runs table's default metric columns
// are the pipelines' run metrics (with their values), other metrics stay reachable through the
// column menu, sorting and search use the step-qualified names, and the run detail and compare
// views show them (run metrics first).
#include "core/store/metadatastore.h"
#include "ui/runs/comparerunsview.h"
#include "ui/runs/rundetailview.h"
#include "ui/runs/runquery.h"
#include "ui/runs/runsview.h"
#include "ui/runs/runtablemodel.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace wb;
using namespace wb::store;
using namespace wb::ui;

namespace {

const QStringList kRunMetrics{QStringLiteral("select-best.value"), QStringLiteral("evaluate-logreg.roc_auc"),
                              QStringLiteral("evaluate-forest.roc_auc"), QStringLiteral("evaluate-gb.roc_auc")};

/// The churn shape: three evaluate steps writing the same names, select-best writing `value`.
qint64 recordChurn(MetadataStore &s, const QString &name, qint64 startMs, double logreg, double forest, double gb)
{
    RunInfo info;
    info.pipelineName = QStringLiteral("Churn model selection");
    info.runName = name;
    info.experiment = QStringLiteral("churn");
    info.startMs = startMs;
    info.runMetrics = kRunMetrics;
    const qint64 run = *s.beginRun(info);
    for (const auto &[task, auc] : {std::pair{QStringLiteral("evaluate-logreg"), logreg}, std::pair{QStringLiteral("evaluate-forest"), forest},
                                    std::pair{QStringLiteral("evaluate-gb"), gb}}) {
        StepRecord st;
        st.taskName = task;
        st.outputs = {{QLatin1Char('/') + name + QLatin1Char('/') + task, QStringLiteral("system.Metrics"), QStringLiteral("metrics"),
                       {{QStringLiteral("roc_auc"), auc}, {QStringLiteral("accuracy"), auc - 0.05}}}};
        (void)s.recordStep(run, st);
    }
    StepRecord select;
    select.taskName = QStringLiteral("select-best");
    select.outputs = {{QLatin1Char('/') + name + QStringLiteral("/summary"), QStringLiteral("system.Metrics"), QStringLiteral("summary"),
                       {{QStringLiteral("value"), std::max({logreg, forest, gb})}}}};
    (void)s.recordStep(run, select);
    (void)s.finishRun(run, RunState::Complete, startMs + 60'000);
    return run;
}

bool waitForPage(RunTableModel &model)
{
    const quint64 generation = model.generation();
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 20000) {
        if (model.generation() != generation)
            return false;
        if (!model.isLoading())
            return true;
        QTest::qWait(10);
    }
    return false;
}

QStringList rowNames(const RunTableModel &model)
{
    QStringList names;
    for (int r = 0; r < model.rowCount(); ++r)
        names << model.index(r, RunTableModel::NameColumn).data().toString();
    return names;
}

} // namespace

class TstRunMetricColumns : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    StoreSessionPtr m_session;
    qint64 m_good = 0, m_weak = 0, m_hello = 0;

    QList<RunDetail> details(const QList<qint64> &ids)
    {
        QList<RunDetail> out;
        for (qint64 id : ids)
            out << *m_session->with([&](MetadataStore &s) { return s.runDetail(id); });
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("runs.sqlite"));
        {
            MetadataStore s;
            QVERIFY(s.open(path).ok());
            // gradient boosting written last; logistic regression is the selected model
            m_good = recordChurn(s, QStringLiteral("churn-good"), 1'767'000'000'000LL, 0.8312, 0.8105, 0.8198);
            m_weak = recordChurn(s, QStringLiteral("churn-weak"), 1'767'000'100'000LL, 0.7500, 0.9300, 0.7000);
            // a pipeline that names no run metric: all its metrics are default columns
            m_hello = *s.beginRun(RunInfo{QStringLiteral("hello"), QStringLiteral("hello-1"), {}, {}, {}, false, {}, 1'767'000'200'000LL});
            StepRecord say;
            say.taskName = QStringLiteral("say");
            say.outputs = {{QStringLiteral("/hello/m"), QStringLiteral("system.Metrics"), QStringLiteral("metrics"), {{QStringLiteral("chars"), 12.0}}}};
            QVERIFY(s.recordStep(m_hello, say).ok());
            QVERIFY(s.finishRun(m_hello, RunState::Complete).ok());
        }
        auto session = openStoreSession(path, false);
        QVERIFY(session.ok());
        m_session = *session;
    }

    void tableShowsRunMetricColumnsWithValues()
    {
        RunTableModel model;
        model.setSession(m_session);
        QVERIFY(waitForPage(model));
        QCOMPARE(model.rowCount(), 3);
        // the metrics of the run naming none (the newest: its column came first) and the run
        // metrics, in the pipeline's order
        QCOMPARE(model.defaultMetrics(), QStringList{QStringLiteral("say.chars")} + kRunMetrics);
        QVERIFY(model.isRunMetric(QStringLiteral("select-best.value")));
        QVERIFY(!model.isRunMetric(QStringLiteral("say.chars")));
        // the other step metrics are columns too, just not default ones
        QVERIFY(model.metricColumn(QStringLiteral("evaluate-logreg.accuracy")) >= 0);
        QVERIFY(!model.isDefaultMetric(QStringLiteral("evaluate-logreg.accuracy")));
        QVERIFY(model.metricColumn(QStringLiteral("roc_auc")) < 0);
        QVERIFY(model.metricColumn(QStringLiteral("value")) < 0);

        const int good = model.rowOfRun(m_good), weak = model.rowOfRun(m_weak), hello = model.rowOfRun(m_hello);
        auto value = [&](int row, const QString &metric) {
            return model.index(row, model.metricColumn(metric)).data(RunTableModel::SortValueRole);
        };
        QCOMPARE(value(good, QStringLiteral("select-best.value")).toDouble(), 0.8312);
        QCOMPARE(value(good, QStringLiteral("evaluate-logreg.roc_auc")).toDouble(), 0.8312);
        QCOMPARE(value(good, QStringLiteral("evaluate-gb.roc_auc")).toDouble(), 0.8198);
        QCOMPARE(value(weak, QStringLiteral("select-best.value")).toDouble(), 0.93);
        QCOMPARE(value(weak, QStringLiteral("evaluate-forest.roc_auc")).toDouble(), 0.93);
        QCOMPARE(value(hello, QStringLiteral("say.chars")).toDouble(), 12.0);
        QVERIFY(!value(hello, QStringLiteral("select-best.value")).isValid());
        const int col = model.metricColumn(QStringLiteral("select-best.value"));
        QCOMPARE(model.headerData(col, Qt::Horizontal).toString(), QStringLiteral("select-best.value"));
        QCOMPARE(model.index(good, col).data().toString(), QStringLiteral("0.8312"));
        QVERIFY(model.headerData(col, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QStringLiteral("run metric")));
    }

    void viewShowsDefaultColumnsAndTheRestOnRequest()
    {
        RunsView view;
        view.resize(1200, 400);
        view.setSession(m_session);
        RunTableModel *model = view.model();
        QVERIFY(waitForPage(*model));
        QTableView *table = view.table();
        auto hidden = [&](const char *metric) { return table->isColumnHidden(model->metricColumn(QLatin1String(metric))); };
        for (const QString &m : kRunMetrics)
            QVERIFY2(!table->isColumnHidden(model->metricColumn(m)), qPrintable(m));
        QVERIFY(!hidden("say.chars"));
        QVERIFY(hidden("evaluate-logreg.accuracy"));
        QVERIFY(hidden("evaluate-gb.accuracy"));
        // the column menu's choices
        view.setMetricColumnShown(QStringLiteral("evaluate-logreg.accuracy"), true);
        QVERIFY(!hidden("evaluate-logreg.accuracy"));
        view.setMetricColumnShown(QStringLiteral("select-best.value"), false);
        QVERIFY(hidden("select-best.value"));
        // kept across a new search
        view.searchBox()->setText(QStringLiteral("churn"));
        QVERIFY(view.applySearch());
        QVERIFY(waitForPage(*model));
        QVERIFY(!hidden("evaluate-logreg.accuracy"));
        QVERIFY(hidden("select-best.value"));
        view.resetMetricColumns();
        QVERIFY(hidden("evaluate-logreg.accuracy"));
        QVERIFY(!hidden("select-best.value"));
        view.showAllMetricColumns();
        for (const QString &m : model->metricColumns())
            QVERIFY2(!table->isColumnHidden(model->metricColumn(m)), qPrintable(m));
    }

    void sortAndSearchByStepMetric()
    {
        RunsView view;
        view.setSession(m_session);
        RunTableModel *model = view.model();
        QVERIFY(waitForPage(*model));
        model->sort(model->metricColumn(QStringLiteral("evaluate-gb.roc_auc")), Qt::DescendingOrder);
        QVERIFY(waitForPage(*model));
        QCOMPARE(model->sortColumn(), model->metricColumn(QStringLiteral("evaluate-gb.roc_auc")));
        QCOMPARE(rowNames(*model), (QStringList{QStringLiteral("churn-good"), QStringLiteral("churn-weak"), QStringLiteral("hello-1")}));
        model->sort(model->metricColumn(QStringLiteral("evaluate-forest.roc_auc")), Qt::DescendingOrder);
        QVERIFY(waitForPage(*model));
        QCOMPARE(rowNames(*model), (QStringList{QStringLiteral("churn-weak"), QStringLiteral("churn-good"), QStringLiteral("hello-1")}));

        // the dotted name is one metric name, up to the operator
        auto parsed = RunQuery::parse(QStringLiteral("metric.evaluate-logreg.roc_auc>0.8"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->conditions.size(), 1);
        QCOMPARE(parsed->conditions.first().subject, RunCondition::Subject::Metric);
        QCOMPARE(parsed->conditions.first().name, QStringLiteral("evaluate-logreg.roc_auc"));
        QCOMPARE(parsed->conditions.first().op, RunCondition::Op::Gt);
        QCOMPARE(parsed->conditions.first().value.toDouble(), 0.8);
        view.searchBox()->setText(QStringLiteral("metric.evaluate-logreg.roc_auc>0.8"));
        QVERIFY(view.applySearch());
        QVERIFY(waitForPage(*model));
        QCOMPARE(rowNames(*model), QStringList{QStringLiteral("churn-good")});
        view.searchBox()->setText(QStringLiteral("metric.evaluate-gb.roc_auc>0.9"));
        QVERIFY(view.applySearch());
        QVERIFY(waitForPage(*model));
        QCOMPARE(model->rowCount(), 0);
        view.searchBox()->setText(QStringLiteral("metric.select-best.value>=0.9"));
        QVERIFY(view.applySearch());
        QVERIFY(waitForPage(*model));
        QCOMPARE(rowNames(*model), QStringList{QStringLiteral("churn-weak")});
    }

    void compareShowsStepQualifiedNames()
    {
        CompareRunsView view;
        view.setRuns(details({m_good, m_weak}));
        QStandardItemModel *m = view.valuesModel();
        QHash<QString, int> rowOf;
        int metricsHeader = -1;
        for (int r = 0; r < m->rowCount(); ++r) {
            rowOf.insert(m->item(r, 0)->text(), r);
            if (m->item(r, 0)->text() == QLatin1String("Metrics"))
                metricsHeader = r;
        }
        for (const char *key : {"evaluate-logreg.roc_auc", "evaluate-forest.roc_auc", "evaluate-gb.roc_auc", "select-best.value",
                                "evaluate-logreg.accuracy"})
            QVERIFY2(rowOf.contains(QLatin1String(key)), key);
        QVERIFY(!rowOf.contains(QStringLiteral("roc_auc")));
        QVERIFY(!rowOf.contains(QStringLiteral("value")));
        auto cell = [&](const char *key, int run) { return m->item(rowOf.value(QLatin1String(key)), 1 + run)->text(); };
        QCOMPARE(cell("evaluate-logreg.roc_auc", 0), QStringLiteral("0.8312"));
        QCOMPARE(cell("evaluate-gb.roc_auc", 0), QStringLiteral("0.8198"));
        QCOMPARE(cell("evaluate-logreg.roc_auc", 1), QStringLiteral("0.75"));
        QCOMPARE(cell("select-best.value", 1), QStringLiteral("0.93"));
        // the run metrics come first, in the pipeline's order, in bold
        QVERIFY(metricsHeader >= 0);
        for (int i = 0; i < kRunMetrics.size(); ++i) {
            QStandardItem *item = m->item(metricsHeader + 1 + i, 0);
            QCOMPARE(item->text(), kRunMetrics[i]);
            QVERIFY(item->font().bold());
        }
        QVERIFY(!m->item(rowOf.value(QStringLiteral("evaluate-logreg.accuracy")), 0)->font().bold());

        // charts: the qualified names as axes, the selected score as the default bar metric
        const RunComparison &cmp = view.comparison();
        QVERIFY(cmp.numericKeys().contains(QStringLiteral("metric.evaluate-logreg.roc_auc")));
        QCOMPARE(cmp.numericValue(QStringLiteral("metric.evaluate-logreg.roc_auc"), 0), 0.8312);
        QCOMPARE(cmp.numericValue(QStringLiteral("metric.evaluate-forest.roc_auc"), 1), 0.93);
        QCOMPARE(view.barMetric(), QStringLiteral("select-best.value"));
        view.setBarMetric(QStringLiteral("evaluate-gb.roc_auc"));
        QCOMPARE(view.barMetric(), QStringLiteral("evaluate-gb.roc_auc"));
    }

    void detailListsRunMetricsFirst()
    {
        RunDetailView view;
        view.setRun(details({m_good}).first());
        QStandardItemModel *m = view.metricsModel();
        QCOMPARE(m->rowCount(), 7); // 3 evaluate steps x 2 metrics + select-best.value, each once
        for (int i = 0; i < kRunMetrics.size(); ++i) {
            QCOMPARE(m->item(i, 0)->text(), kRunMetrics[i]);
            QVERIFY(m->item(i, 0)->font().bold());
        }
        QCOMPARE(m->item(0, 1)->text(), QStringLiteral("0.8312"));
        QCOMPARE(m->item(kRunMetrics.size(), 0)->text(), QStringLiteral("evaluate-forest.accuracy"));
    }
};

QTEST_MAIN(TstRunMetricColumns)
#include "tst_runmetriccolumns.moc"
