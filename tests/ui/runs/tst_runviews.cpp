// SPDX-License-Identifier: GPL-3.0-or-later
// Run detail, compare, lineage and artifact preview over a small recorded store, and the
// MetadataBrowser API (open read-only, showRun, showLineage, MLflow import).
#include "runstestdata.h"

#include "ui/lineage/graphscene.h"
#include "ui/lineage/lineageview.h"
#include "ui/runs/artifactpreview.h"
#include "ui/runs/comparerunsview.h"
#include "ui/runs/metadatabrowser.h"
#include "ui/runs/rundetailview.h"
#include "ui/runs/runsview.h"
#include "ui/runs/runtablemodel.h"

#include <QAction>
#include <QGraphicsItem>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace wb;
using namespace wb::store;
using namespace wb::ui;

class TstRunViews : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void runDetailGraphAndLog();
    void comparesValues();
    void comparesTasksAndDatasets();
    void lineageCountsAndExpand();
    void previewCsvHead();
    void previewJsonAndText();
    void browserOpensReadOnly();
    void browserImportsMlflow();

private:
    QList<RunDetail> details(const QList<qint64> &ids);
    QTemporaryDir m_dir;
    QString m_path;
    runstest::SmallStore m_ids;
    StoreSessionPtr m_session;
};

void TstRunViews::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("small.sqlite"));
    {
        MetadataStore s;
        QVERIFY(s.open(m_path).ok());
        m_ids = runstest::recordSmallStore(s, m_dir.path());
    }
    QVERIFY(m_ids.model > 0 && m_ids.data > 0 && m_ids.metrics > 0 && m_ids.report > 0);
    auto session = openStoreSession(m_path, false);
    QVERIFY(session.ok());
    m_session = *session;
}

QList<RunDetail> TstRunViews::details(const QList<qint64> &ids)
{
    QList<RunDetail> out;
    for (qint64 id : ids)
        out << *m_session->with([&](MetadataStore &s) { return s.runDetail(id); });
    return out;
}

void TstRunViews::runDetailGraphAndLog()
{
    RunDetailView view;
    view.setRun(details({m_ids.runA}).first());
    // ingest -> train -> eval, and ingest -> eval (eval reads the data too)
    QCOMPARE(view.graphScene()->nodeCount(), 3);
    QCOMPARE(view.graphScene()->edgeCount(), 3);
    const QStringList ids = view.graphScene()->nodeIds();
    QVERIFY(std::all_of(ids.begin(), ids.end(), [](const QString &id) { return id.startsWith(QLatin1String("execution:")); }));
    // laid out left to right: train right of ingest
    QString ingest, train;
    for (const QString &id : ids) {
        const GraphNodeSpec spec = view.graphScene()->nodeSpec(id);
        QVERIFY(spec.caption.startsWith(QStringLiteral("Complete")));
        if (spec.title == QLatin1String("ingest"))
            ingest = id;
        if (spec.title == QLatin1String("train")) {
            train = id;
            QVERIFY2(spec.caption.contains(QStringLiteral("7.0 s")), qPrintable(spec.caption)); // duration
        }
    }
    QVERIFY(view.graphScene()->nodeItem(train)->pos().x() > view.graphScene()->nodeItem(ingest)->pos().x());
    QCOMPARE(view.paramsModel()->rowCount(), 2);
    QCOMPARE(view.metricsModel()->rowCount(), 2); // train.accuracy, train.auc
    QCOMPARE(view.artifactList()->topLevelItemCount(), 4); // data, model, metrics, report
    // double-click on the train step shows its log file
    view.graphScene()->activateNode(train);
    QVERIFY(view.logView()->toPlainText().contains(QStringLiteral("epoch 2 loss 0.5")));
    view.showLog(ingest.section(QLatin1Char(':'), 1).toLongLong());
    QVERIFY(view.logView()->toPlainText().contains(QStringLiteral("no log file")));
    // an artifact of the run previews
    QVERIFY(view.previewArtifact(m_ids.data));
    QCOMPARE(view.preview()->kind(), ArtifactPreview::Kind::Table);
}

void TstRunViews::comparesValues()
{
    CompareRunsView view;
    view.setRuns(details({m_ids.runA, m_ids.runB}));
    QStandardItemModel *m = view.valuesModel();
    QCOMPARE(m->columnCount(), 3); // name, run-a, run-b
    QHash<QString, int> rowOf;
    for (int r = 0; r < m->rowCount(); ++r)
        rowOf.insert(m->item(r, 0)->text(), r);
    for (const char *key : {"lr", "epochs", "train.accuracy", "train.auc"})
        QVERIFY2(rowOf.contains(QLatin1String(key)), key);
    auto differs = [&](const char *key) { return m->item(rowOf.value(QLatin1String(key)), 1)->data(CompareRunsView::DiffersRole).toBool(); };
    QVERIFY(differs("lr"));
    QVERIFY(differs("train.accuracy"));
    QVERIFY(!differs("epochs"));
    QVERIFY(!differs("train.auc"));
    // highlighted = has a background; equal rows have none
    QVERIFY(m->item(rowOf.value(QStringLiteral("lr")), 2)->background() != QBrush());
    QCOMPARE(m->item(rowOf.value(QStringLiteral("epochs")), 2)->background(), QBrush());
    QCOMPARE(m->item(rowOf.value(QStringLiteral("lr")), 1)->text(), QStringLiteral("0.1"));
    QCOMPARE(m->item(rowOf.value(QStringLiteral("lr")), 2)->text(), QStringLiteral("0.01"));

    view.show();
    QCOMPARE(view.visibleValueRows(), 4);
    view.setOnlyDifferences(true);
    QCOMPARE(view.visibleValueRows(), 2);
    QVERIFY(view.valuesView()->isRowHidden(rowOf.value(QStringLiteral("epochs"))));
    QVERIFY(!view.valuesView()->isRowHidden(rowOf.value(QStringLiteral("lr"))));
    view.setOnlyDifferences(false);
    QCOMPARE(view.visibleValueRows(), 4);

    // charts: numeric keys and values per run
    const RunComparison &cmp = view.comparison();
    QVERIFY(cmp.numericKeys().contains(QStringLiteral("param.lr")));
    QVERIFY(cmp.numericKeys().contains(QStringLiteral("metric.train.accuracy")));
    QCOMPARE(cmp.numericValue(QStringLiteral("metric.train.accuracy"), 1), 0.87);
    view.setScatterAxes(QStringLiteral("param.lr"), QStringLiteral("metric.train.accuracy"));
    view.setBarMetric(QStringLiteral("train.accuracy"));
}

void TstRunViews::comparesTasksAndDatasets()
{
    CompareRunsView view;
    view.setRuns(details({m_ids.runA, m_ids.runB, m_ids.runC}));
    const RunComparison &cmp = view.comparison();
    QHash<QString, TaskCompareRow> tasks;
    for (const TaskCompareRow &t : cmp.tasks)
        tasks.insert(t.task, t);
    QCOMPARE(tasks.size(), 3);
    QVERIFY(!tasks.value(QStringLiteral("ingest")).differs());
    QVERIFY(tasks.value(QStringLiteral("train")).differs());
    QVERIFY(tasks.value(QStringLiteral("train")).reasons.contains(QStringLiteral("command")));
    QVERIFY(tasks.value(QStringLiteral("train")).reasons.contains(QStringLiteral("cache key")));
    QVERIFY(!tasks.value(QStringLiteral("train")).reasons.contains(QStringLiteral("image")));
    QCOMPARE(tasks.value(QStringLiteral("eval")).present, (QList<bool>{true, false, true}));
    QCOMPARE(tasks.value(QStringLiteral("eval")).reasons, QStringList{QStringLiteral("absent in run-b")});
    QCOMPARE(view.tasksModel()->rowCount(), 3);
    // datasets: the manifest of data/churn.csv differs in run-c; same git commit
    QCOMPARE(cmp.datasets.size(), 1);
    QCOMPARE(cmp.datasets.first().key, QStringLiteral("data/churn.csv"));
    QVERIFY(cmp.datasets.first().differs);
    QCOMPARE(cmp.datasets.first().values.at(2).toString(), QStringLiteral("bbbb2222"));
    QCOMPARE(cmp.gitCommits.size(), 1);
    QVERIFY(!cmp.gitCommits.first().differs);
    QCOMPARE(view.datasetsModel()->rowCount(), 2);
}

void TstRunViews::lineageCountsAndExpand()
{
    LineageView view;
    view.setSession(m_session);
    QVERIFY(view.showArtifact(m_ids.model, 1).ok());
    // model <- train <- data ; model -> eval -> report ; train, eval -> run-a context;
    // run-a <- git commit, dataset manifest
    QCOMPARE(view.nodeCount(), 8);
    QCOMPARE(view.edgeCount(), 8);
    QCOMPARE(view.scene()->nodeCount(), 8);
    QCOMPARE(view.scene()->edgeCount(), 8);
    for (const QString &id : {QStringLiteral("artifact:%1").arg(m_ids.model), QStringLiteral("artifact:%1").arg(m_ids.data),
                              QStringLiteral("artifact:%1").arg(m_ids.report), QStringLiteral("context:%1").arg(m_ids.runA),
                              QStringLiteral("git:0123456789abcdef0123456789abcdef01234567"), QStringLiteral("manifest:aaaa1111")})
        QVERIFY2(view.hasNode(id), qPrintable(id));
    QVERIFY(!view.hasNode(QStringLiteral("artifact:%1").arg(m_ids.metrics)));
    // shapes by kind
    QCOMPARE(view.scene()->nodeSpec(QStringLiteral("artifact:%1").arg(m_ids.model)).shape, GraphNodeSpec::Shape::RoundedRect);
    QCOMPARE(view.scene()->nodeSpec(QStringLiteral("context:%1").arg(m_ids.runA)).shape, GraphNodeSpec::Shape::Ellipse);
    QString train;
    for (const QString &id : view.nodeIds()) {
        if (id.startsWith(QLatin1String("execution:")) && view.scene()->nodeSpec(id).title == QLatin1String("train"))
            train = id;
    }
    QVERIFY(!train.isEmpty());
    QCOMPARE(view.scene()->nodeSpec(train).shape, GraphNodeSpec::Shape::Box);

    // double-click train: its other output (metrics) appears
    view.scene()->activateNode(train);
    QCOMPARE(view.nodeCount(), 9);
    QCOMPARE(view.edgeCount(), 9);
    QVERIFY(view.hasNode(QStringLiteral("artifact:%1").arg(m_ids.metrics)));
    QCOMPARE(view.scene()->nodeCount(), 9);

    // expand the run context: its third step (ingest) appears, linked to the context
    QVERIFY(view.expandNode(QStringLiteral("context:%1").arg(m_ids.runA)).ok());
    QCOMPARE(view.nodeCount(), 10);
    QCOMPARE(view.edgeCount(), 10);

    // expand the dataset: its producers and consumers in the other runs appear
    QVERIFY(view.expandNode(QStringLiteral("artifact:%1").arg(m_ids.data)).ok());
    QVERIFY(view.hasNode(QStringLiteral("context:%1").arg(m_ids.runB)));
    QVERIFY(view.hasNode(QStringLiteral("context:%1").arg(m_ids.runC)));
    QVERIFY(view.hasNode(QStringLiteral("manifest:bbbb2222")));
    QVERIFY(view.nodeCount() > 10);
    QCOMPARE(view.scene()->nodeCount(), view.nodeCount());
    QVERIFY(!view.expandNode(QStringLiteral("artifact:999999")).ok());
}

void TstRunViews::previewCsvHead()
{
    ArtifactInfo a;
    a.uri = m_dir.filePath(QStringLiteral("data/churn.csv"));
    a.typeName = QStringLiteral("system.Dataset");
    ArtifactPreview preview;
    preview.showArtifact(a);
    QCOMPARE(preview.kind(), ArtifactPreview::Kind::Table);
    QStandardItemModel *m = preview.tableModel();
    QCOMPARE(m->columnCount(), 3);
    QCOMPARE(m->horizontalHeaderItem(0)->text(), QStringLiteral("id"));
    QCOMPARE(m->horizontalHeaderItem(2)->text(), QStringLiteral("churn"));
    QCOMPARE(m->rowCount(), ArtifactPreview::kMaxRows); // head only: 300 rows in the file
    QCOMPARE(m->item(0, 0)->text(), QStringLiteral("0"));
    QCOMPARE(m->item(1, 1)->text(), QStringLiteral("21"));
    // file:// URIs work the same
    a.uri = QUrl::fromLocalFile(a.uri).toString();
    preview.showArtifact(a);
    QCOMPARE(preview.kind(), ArtifactPreview::Kind::Table);
}

void TstRunViews::previewJsonAndText()
{
    ArtifactPreview preview;
    runstest::writeText(m_dir.filePath(QStringLiteral("m.json")), R"({"metrics":[{"name":"auc","numberValue":0.93}]})");
    preview.showFile(m_dir.filePath(QStringLiteral("m.json")));
    QCOMPARE(preview.kind(), ArtifactPreview::Kind::Table);
    QCOMPARE(preview.tableModel()->item(0, 0)->text(), QStringLiteral("auc"));
    QCOMPARE(preview.tableModel()->item(0, 1)->text(), QStringLiteral("0.93"));
    runstest::writeText(m_dir.filePath(QStringLiteral("notes.txt")), "hello\nworld\n");
    preview.showFile(m_dir.filePath(QStringLiteral("notes.txt")));
    QCOMPARE(preview.kind(), ArtifactPreview::Kind::Text);
    QCOMPARE(preview.text(), QStringLiteral("hello\nworld\n"));
    QImage img(8, 8, QImage::Format_RGB32);
    img.fill(Qt::red);
    QVERIFY(img.save(m_dir.filePath(QStringLiteral("plot.png"))));
    preview.showFile(m_dir.filePath(QStringLiteral("plot.png")));
    QCOMPARE(preview.kind(), ArtifactPreview::Kind::Image);
    // metrics artifact without a file: its properties
    ArtifactInfo metrics;
    metrics.uri = QStringLiteral("gs://bucket/metrics");
    metrics.typeName = QStringLiteral("system.Metrics");
    metrics.customProperties.insert(QStringLiteral("accuracy"), 0.9);
    preview.showArtifact(metrics);
    QCOMPARE(preview.kind(), ArtifactPreview::Kind::Table);
    QCOMPARE(preview.tableModel()->item(0, 0)->text(), QStringLiteral("accuracy"));
    ArtifactInfo remote;
    remote.uri = QStringLiteral("s3://bucket/model");
    preview.showArtifact(remote);
    QCOMPARE(preview.kind(), ArtifactPreview::Kind::Message);
    QVERIFY(preview.message().contains(QStringLiteral("s3://bucket/model")));
}

void TstRunViews::browserOpensReadOnly()
{
    const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
    QVERIFY(QFile::copy(m_path, copy));
    const QByteArray before = [&] { QFile f(copy); f.open(QIODevice::ReadOnly); return f.readAll(); }();
    {
        MetadataBrowser browser;
        QVERIFY(browser.openStore(copy, true).ok());
        QVERIFY(browser.session()->isReadOnly());
        QTRY_COMPARE(browser.runsView()->model()->rowCount(), 3);
        QVERIFY(browser.showRun(m_ids.runA).ok());
        QCOMPARE(browser.runDetailView()->graphScene()->nodeCount(), 3);
        QVERIFY(browser.showLineage(m_ids.model).ok());
        QCOMPARE(browser.tabs()->currentWidget(), browser.lineageView());
        QVERIFY(browser.compareRuns({m_ids.runA, m_ids.runC}).ok());
        QCOMPARE(browser.tabs()->currentWidget(), browser.compareView());
        // archiving is refused on a read-only store
        auto refused = browser.runsView()->model()->setArchived({m_ids.runA}, true);
        QVERIFY(!refused.ok());
        QVERIFY(!browser.importMlflowAction()->isEnabled());
        QVERIFY(!browser.openStore(m_dir.filePath(QStringLiteral("data/churn.csv")), true).ok());
    }
    QFile f(copy);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll() == before);
    QVERIFY(!QFile::exists(copy + QStringLiteral("-wal")));
}

void TstRunViews::browserImportsMlflow()
{
    const QString mlflow = QStringLiteral(MLWB_SHARED_DIR "/fixtures/mlflow/mlflow-0dinho.db");
    if (!QFile::exists(mlflow))
        QSKIP("the shared MLflow fixture is not available (../shared/fixtures/mlflow)");
    MetadataBrowser browser;
    QVERIFY(browser.openStore(m_dir.filePath(QStringLiteral("import.sqlite")), false).ok());
    QSignalSpy done(&browser, &MetadataBrowser::importFinished);
    auto future = browser.importMlflow(mlflow);
    QVERIFY(browser.isImporting());
    QVERIFY(!browser.tabs()->isEnabled());
    QVERIFY(done.wait(60000));
    QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
    QVERIFY(!browser.isImporting());
    QVERIFY(browser.tabs()->isEnabled());
    QTRY_VERIFY(browser.runsView()->model()->rowCount() > 0);
    // a bad file reports an error and re-enables the browser
    QSignalSpy failed(&browser, &MetadataBrowser::importFinished);
    auto bad = browser.importMlflow(m_dir.filePath(QStringLiteral("notes.txt")));
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 30000);
    QVERIFY(bad.isFinished());
    QVERIFY(!bad.result().ok());
    QVERIFY(!failed.first().at(0).toBool());
    QVERIFY(browser.tabs()->isEnabled());
}

QTEST_MAIN(TstRunViews)
#include "tst_runviews.moc"
