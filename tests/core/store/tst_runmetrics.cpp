// SPDX-License-Identifier: GPL-3.0-or-later
// Metric names per step: runs recorded by mlwb report "<task>.<metric>" (summary, detail,
// search, sort), MLflow imports and foreign stores keep their names, stores written before
// the change are qualified on read, and a pipeline's run metrics end up on its runs.
#include "core/manifest/pipelinefile.h"
#include "core/store/metadatastore.h"
#include "core/store/mlflowimporter.h"
#include "core/store/runmetrics.h"

#include "storetestutil.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace wb;
using namespace wb::store;
using storetest::RawDb;

namespace {

const QString kChurn = QStringLiteral(MLWB_SOURCE_DIR "/resources/examples/churn.pipeline.yaml");

struct Scores
{
    double logreg = 0, forest = 0, gb = 0;
};

Properties evaluation(double rocAuc, double accuracy)
{
    return {{QStringLiteral("roc_auc"), rocAuc}, {QStringLiteral("accuracy"), accuracy}, {QStringLiteral("test_rows"), 500.0}};
}

/// The churn shape: three evaluate steps writing the same metric names, then select-best
/// reading the three metrics artifacts and writing the winner's score as `value`.
qint64 recordChurnRun(MetadataStore &s, const QString &name, const Scores &sc, const RunInfo &base = {})
{
    RunInfo info = base;
    info.pipelineName = QStringLiteral("Churn model selection");
    info.runName = name;
    info.parameters = {{QStringLiteral("seed"), 42}};
    auto run = s.beginRun(info);
    if (!run)
        return 0;
    const QString root = QStringLiteral("/ws/.mlwb/runs/") + name;
    QList<ArtifactRef> metricsOut;
    const QList<std::pair<QString, double>> evals{{QStringLiteral("evaluate-logreg"), sc.logreg},
                                                  {QStringLiteral("evaluate-forest"), sc.forest},
                                                  {QStringLiteral("evaluate-gb"), sc.gb}};
    for (const auto &[task, auc] : evals) {
        StepRecord st;
        st.taskName = task;
        st.inputs = {{root + QStringLiteral("/split/test"), QStringLiteral("system.Dataset"), QStringLiteral("test"), {}}};
        st.outputs = {{root + QLatin1Char('/') + task + QStringLiteral("/metrics"), QStringLiteral("system.Metrics"),
                       QStringLiteral("metrics"), evaluation(auc, auc - 0.05)}};
        if (!s.recordStep(*run, st))
            return 0;
        metricsOut << st.outputs;
    }
    StepRecord select;
    select.taskName = QStringLiteral("select-best");
    for (int i = 0; i < metricsOut.size(); ++i) {
        ArtifactRef in = metricsOut[i];
        in.name = QStringLiteral("metrics_%1").arg(i + 1);
        select.inputs << in;
    }
    const double best = std::max({sc.logreg, sc.forest, sc.gb});
    select.outputs = {{root + QStringLiteral("/select-best/summary"), QStringLiteral("system.Metrics"), QStringLiteral("summary"),
                       {{QStringLiteral("value"), best}}}};
    if (!s.recordStep(*run, select))
        return 0;
    if (!s.finishRun(*run, RunState::Complete))
        return 0;
    return *run;
}

RunSummary summaryOf(MetadataStore &s, qint64 runId)
{
    RunFilter all;
    all.archived = RunFilter::Archived::Include;
    auto page = s.listRuns(all, {}, PageRequest{{}, 1000});
    if (page) {
        for (const RunSummary &r : page->runs) {
            if (r.id == runId)
                return r;
        }
    }
    return {};
}

QList<qint64> idsOf(const Result<RunPage> &page)
{
    QList<qint64> ids;
    if (page) {
        for (const RunSummary &r : page->runs)
            ids << r.id;
    }
    return ids;
}

RunFilter metricFilter(const QString &name, RunCondition::Op op, double value)
{
    RunFilter f;
    f.conditions << RunCondition{RunCondition::Subject::Metric, name, op, value};
    return f;
}

QString schemaSql(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TstRunMetrics : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;
    QString newStorePath() { return m_dir.filePath(QStringLiteral("store%1.sqlite").arg(++m_stores)); }

private slots:
    void threeEvaluateStepsGiveThreeQualifiedMetrics()
    {
        MetadataStore s;
        QVERIFY(s.open(newStorePath()).ok());
        // the user's report: gradient boosting written last, logistic regression selected
        const qint64 run = recordChurnRun(s, QStringLiteral("churn-1"), {0.8312, 0.8105, 0.8198});
        QVERIFY(run);
        const RunSummary sum = summaryOf(s, run);
        QCOMPARE(sum.metrics.value(QStringLiteral("evaluate-logreg.roc_auc")).toDouble(), 0.8312);
        QCOMPARE(sum.metrics.value(QStringLiteral("evaluate-forest.roc_auc")).toDouble(), 0.8105);
        QCOMPARE(sum.metrics.value(QStringLiteral("evaluate-gb.roc_auc")).toDouble(), 0.8198);
        QCOMPARE(sum.metrics.value(QStringLiteral("evaluate-logreg.accuracy")).toDouble(), 0.8312 - 0.05);
        QCOMPARE(sum.metrics.value(QStringLiteral("select-best.value")).toDouble(), 0.8312);
        // 3 steps x 3 metrics + the selected score; no unqualified leftovers
        QCOMPARE(sum.metrics.size(), 10);
        QVERIFY(!sum.metrics.contains(QStringLiteral("roc_auc")));
        QVERIFY(!sum.metrics.contains(QStringLiteral("value")));

        auto detail = s.runDetail(run);
        QVERIFY(detail.ok());
        QCOMPARE(detail->summary.metrics, sum.metrics);
        // the artifacts keep the names the step wrote (what KFP and ml-metadata readers see)
        for (const StepDetail &step : detail->steps) {
            if (step.execution.customProperties.value(QStringLiteral("task_name")) == QStringLiteral("evaluate-gb")) {
                QCOMPARE(step.outputs.size(), 1);
                QCOMPARE(step.outputs.first().customProperties.value(QStringLiteral("roc_auc")).toDouble(), 0.8198);
            }
        }
        RawDb raw(s.path(), true);
        QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM ArtifactProperty WHERE name LIKE '%.%'")), QStringLiteral("0"));
        QCOMPARE(raw.value(QStringLiteral("SELECT string_value FROM ContextProperty WHERE context_id = %1 AND name = 'recorded_by'")
                               .arg(run)),
                 QStringLiteral("mlwb"));
    }

    void searchByQualifiedMetric()
    {
        MetadataStore s;
        QVERIFY(s.open(newStorePath()).ok());
        const qint64 good = recordChurnRun(s, QStringLiteral("good"), {0.8312, 0.8105, 0.8198});
        const qint64 weak = recordChurnRun(s, QStringLiteral("weak"), {0.7500, 0.9300, 0.7000});
        QVERIFY(good && weak);

        const RunFilter logreg = metricFilter(QStringLiteral("evaluate-logreg.roc_auc"), RunCondition::Op::Gt, 0.8);
        QCOMPARE(idsOf(s.listRuns(logreg)), QList<qint64>{good});
        QCOMPARE(*s.countRuns(logreg), qint64(1));
        // gradient boosting never reached 0.9; the forest of `weak` did, under its own name
        QVERIFY(idsOf(s.listRuns(metricFilter(QStringLiteral("evaluate-gb.roc_auc"), RunCondition::Op::Gt, 0.9))).isEmpty());
        QCOMPARE(idsOf(s.listRuns(metricFilter(QStringLiteral("evaluate-forest.roc_auc"), RunCondition::Op::Gt, 0.9))),
                 QList<qint64>{weak});
        QCOMPARE(idsOf(s.listRuns(metricFilter(QStringLiteral("select-best.value"), RunCondition::Op::Ge, 0.93))),
                 QList<qint64>{weak});
        QCOMPARE(idsOf(s.listRuns(metricFilter(QStringLiteral("evaluate-gb.roc_auc"), RunCondition::Op::Eq, 0.8198))),
                 QList<qint64>{good});
        // the bare name is no metric of these runs any more
        QVERIFY(idsOf(s.listRuns(metricFilter(QStringLiteral("roc_auc"), RunCondition::Op::Gt, 0.0))).isEmpty());
        QVERIFY(idsOf(s.listRuns(metricFilter(QStringLiteral("other.roc_auc"), RunCondition::Op::Gt, 0.0))).isEmpty());
    }

    void sortByQualifiedMetric()
    {
        MetadataStore s;
        QVERIFY(s.open(newStorePath()).ok());
        // logreg scores rise with the run id, gradient boosting scores fall
        QList<qint64> runs;
        for (int i = 0; i < 5; ++i) {
            const qint64 id = recordChurnRun(s, QStringLiteral("r%1").arg(i), {0.70 + i * 0.02, 0.5, 0.90 - i * 0.03});
            QVERIFY(id);
            runs << id;
        }
        const qint64 unrelated = recordChurnRun(s, QStringLiteral("other"), {0.1, 0.1, 0.1});
        QVERIFY(unrelated);
        auto sorted = [&](const QString &key, bool descending) {
            QList<qint64> ids;
            PageRequest page{{}, 2}; // keyset paging across pages on the same expression
            for (;;) {
                auto p = s.listRuns({}, RunSort{RunSort::Field::Metric, descending, key}, page);
                if (!p)
                    return QList<qint64>{};
                ids += idsOf(p);
                if (!p->next.valid)
                    return ids;
                page.after = p->next;
            }
        };
        QList<qint64> byGbDesc{runs[0], runs[1], runs[2], runs[3], runs[4], unrelated};
        QCOMPARE(sorted(QStringLiteral("evaluate-gb.roc_auc"), true), byGbDesc);
        QList<qint64> byLogregDesc{runs[4], runs[3], runs[2], runs[1], runs[0], unrelated};
        QCOMPARE(sorted(QStringLiteral("evaluate-logreg.roc_auc"), true), byLogregDesc);
        QList<qint64> byLogregAsc{unrelated, runs[0], runs[1], runs[2], runs[3], runs[4]};
        QCOMPARE(sorted(QStringLiteral("evaluate-logreg.roc_auc"), false), byLogregAsc);
    }

    void mlflowImportKeepsItsNames()
    {
        // An MLflow run imported next to an mlwb run: its execution has a task_name (the run
        // name) but its metrics keep MLflow's keys; search and sort use them too.
        const QString mlflow = m_dir.filePath(QStringLiteral("mlflow.db"));
        {
            RawDb raw(mlflow);
            QVERIFY2(raw.exec(schemaSql(QStringLiteral(MLWB_SOURCE_DIR "/tests/data/store/mlflow_core_schema.sql"))),
                     qPrintable(raw.error()));
            QVERIFY2(raw.exec(QStringLiteral(
                         "INSERT INTO alembic_version VALUES('1b5f0d9ad7c1');"
                         "INSERT INTO experiments VALUES(0,'Default','mlflow-artifacts:/0','active',1700000000000,1700000000000,'default');"
                         "INSERT INTO runs VALUES('bbbb0000000000000000000000000001','sweep','UNKNOWN','','','me','FINISHED',"
                         "1700000001000,1700000002000,'','active','file:///tmp/mlruns/0/b1/artifacts',0,NULL);"
                         "INSERT INTO metrics VALUES('roc_auc',0.91,1700000001100,'bbbb0000000000000000000000000001',0,0);"
                         "INSERT INTO metrics VALUES('val.loss',0.25,1700000001100,'bbbb0000000000000000000000000001',0,0);")),
                     qPrintable(raw.error()));
        }
        MetadataStore s;
        QVERIFY(s.open(newStorePath()).ok());
        const qint64 ours = recordChurnRun(s, QStringLiteral("ours"), {0.8312, 0.8105, 0.8198});
        QVERIFY(ours);
        QVERIFY(MlflowImporter::importFile(s, mlflow).ok());
        auto imported = s.contextByName(QStringLiteral("system.PipelineRun"), QStringLiteral("bbbb0000000000000000000000000001"));
        QVERIFY(imported.ok() && imported->has_value());
        const qint64 theirs = (*imported)->id;
        const RunSummary sum = summaryOf(s, theirs);
        QCOMPARE(sum.metrics.keys(), (QStringList{QStringLiteral("roc_auc"), QStringLiteral("val.loss")}));
        QCOMPARE(sum.metrics.value(QStringLiteral("roc_auc")).toDouble(), 0.91);
        QCOMPARE(summaryOf(s, ours).metrics.value(QStringLiteral("evaluate-logreg.roc_auc")).toDouble(), 0.8312);
        QCOMPARE(idsOf(s.listRuns(metricFilter(QStringLiteral("roc_auc"), RunCondition::Op::Gt, 0.9))), QList<qint64>{theirs});
        QCOMPARE(idsOf(s.listRuns(metricFilter(QStringLiteral("val.loss"), RunCondition::Op::Lt, 0.3))), QList<qint64>{theirs});
        QCOMPARE(idsOf(s.listRuns(metricFilter(QStringLiteral("evaluate-logreg.roc_auc"), RunCondition::Op::Gt, 0.8))),
                 QList<qint64>{ours});
        auto byAuc = s.listRuns({}, RunSort{RunSort::Field::Metric, true, QStringLiteral("roc_auc")});
        QCOMPARE(idsOf(byAuc).value(0), theirs);
    }

    void mlflowFixtureKeepsItsNames()
    {
        const QString fixture = QStringLiteral(MLWB_SHARED_DIR "/fixtures/mlflow/mlflow-0dinho.db");
        if (!QFile::exists(fixture))
            QSKIP("../shared/fixtures/mlflow is not present next to this checkout");
        MetadataStore s;
        QVERIFY(s.open(newStorePath()).ok());
        QVERIFY(recordChurnRun(s, QStringLiteral("ours"), {0.8312, 0.8105, 0.8198}));
        QVERIFY(MlflowImporter::importFile(s, fixture).ok());
        RawDb src(QStringLiteral("file:") + fixture + QStringLiteral("?mode=ro"), true);
        const QStringList uuids = src.rows(QStringLiteral("SELECT DISTINCT run_uuid FROM metrics ORDER BY run_uuid"));
        QVERIFY(!uuids.isEmpty());
        for (const QString &uuid : uuids) {
            auto ctx = s.contextByName(QStringLiteral("system.PipelineRun"), uuid);
            QVERIFY(ctx.ok() && ctx->has_value());
            const QStringList keys = src.rows(QStringLiteral("SELECT DISTINCT key FROM metrics WHERE run_uuid = '%1' ORDER BY key").arg(uuid));
            QStringList listed = summaryOf(s, (*ctx)->id).metrics.keys();
            listed.sort();
            QCOMPARE(listed, keys);
        }
    }

    void foreignStoreKeepsItsNames()
    {
        // A KFP v2 store: run context without our properties, a ContainerExecution with a
        // task_name writing a system.Metrics artifact. Opened read-only, as the app does.
        const QString path = newStorePath();
        qint64 runId = 0;
        {
            MetadataStore w;
            QVERIFY(w.open(path).ok());
            ContextInfo run;
            run.typeName = QStringLiteral("system.PipelineRun");
            run.name = QStringLiteral("kfp-run-1");
            run.customProperties = {{QStringLiteral("namespace"), QStringLiteral("kubeflow")},
                                    {QStringLiteral("pipeline_root"), QStringLiteral("gs://root")}};
            runId = *w.putContext(run);
            ExecutionInfo e;
            e.typeName = QStringLiteral("system.ContainerExecution");
            e.state = int(ExecutionState::Complete);
            e.customProperties = {{QStringLiteral("task_name"), QStringLiteral("evaluate")},
                                  {QStringLiteral("display_name"), QStringLiteral("evaluate")}};
            const qint64 exec = *w.putExecution(e);
            QVERIFY(w.putAssociation(runId, exec).ok());
            ArtifactInfo m;
            m.typeName = QStringLiteral("system.Metrics");
            m.uri = QStringLiteral("gs://root/evaluate/metrics");
            m.customProperties = {{QStringLiteral("accuracy"), 0.88}};
            const qint64 art = *w.putArtifact(m);
            QVERIFY(w.putAttribution(runId, art).ok());
            QVERIFY(w.putEvent(EventInfo{0, art, exec, int(EventType::Output), 0, {QStringLiteral("metrics")}}).ok());
        }
        MetadataStore s;
        QVERIFY(s.open(path, MetadataStore::Mode::ReadOnly).ok());
        QCOMPARE(summaryOf(s, runId).metrics.keys(), QStringList{QStringLiteral("accuracy")});
        QCOMPARE(idsOf(s.listRuns(metricFilter(QStringLiteral("accuracy"), RunCondition::Op::Gt, 0.8))), QList<qint64>{runId});
        QVERIFY(idsOf(s.listRuns(metricFilter(QStringLiteral("evaluate.accuracy"), RunCondition::Op::Gt, 0.8))).isEmpty());
    }

    void olderStoreIsQualifiedOnRead()
    {
        // Before the change the recorder wrote no `recorded_by`: such runs are still ours.
        const QString path = newStorePath();
        qint64 run = 0, bare = 0;
        {
            MetadataStore w;
            QVERIFY(w.open(path).ok());
            run = recordChurnRun(w, QStringLiteral("old"), {0.8312, 0.8105, 0.8198});
            QVERIFY(run);
            // and a run whose metrics artifact has no producing execution in the run
            bare = *w.beginRun(RunInfo{QStringLiteral("p"), QStringLiteral("bare"), {}, {}, {}, false, {}, 0});
            ArtifactInfo m;
            m.typeName = QStringLiteral("system.Metrics");
            m.uri = QStringLiteral("/bare/metrics");
            m.customProperties = {{QStringLiteral("accuracy"), 0.5}};
            QVERIFY(w.putAttribution(bare, *w.putArtifact(m)).ok());
        }
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("DELETE FROM ContextProperty WHERE name = 'recorded_by'")));
        }
        MetadataStore s;
        QVERIFY(s.open(path, MetadataStore::Mode::ReadOnly).ok());
        const RunSummary sum = summaryOf(s, run);
        QCOMPARE(sum.metrics.value(QStringLiteral("evaluate-logreg.roc_auc")).toDouble(), 0.8312);
        QCOMPARE(sum.metrics.value(QStringLiteral("evaluate-gb.roc_auc")).toDouble(), 0.8198);
        QCOMPARE(sum.metrics.value(QStringLiteral("select-best.value")).toDouble(), 0.8312);
        QCOMPARE(summaryOf(s, bare).metrics.keys(), QStringList{QStringLiteral("accuracy")});
        QCOMPARE(idsOf(s.listRuns(metricFilter(QStringLiteral("evaluate-logreg.roc_auc"), RunCondition::Op::Gt, 0.8))),
                 QList<qint64>{run});
        QCOMPARE(idsOf(s.listRuns(metricFilter(QStringLiteral("accuracy"), RunCondition::Op::Eq, 0.5))), QList<qint64>{bare});
    }

    void annotationParsing()
    {
        QCOMPARE(RunMetrics::parse(QStringLiteral(" evaluate-logreg.roc_auc, select-best.value,,evaluate-logreg.roc_auc\nx.y ")),
                 (QStringList{QStringLiteral("evaluate-logreg.roc_auc"), QStringLiteral("select-best.value"), QStringLiteral("x.y")}));
        QCOMPARE(RunMetrics::parse(QVariantList{QStringLiteral("a.b"), QStringLiteral(" c.d ")}),
                 (QStringList{QStringLiteral("a.b"), QStringLiteral("c.d")}));
        QVERIFY(RunMetrics::parse(QString()).isEmpty());
        QVariantMap metadata{{QStringLiteral("annotations"), QVariantMap{{RunMetrics::annotation, QStringLiteral("t.m")}}}};
        QCOMPARE(RunMetrics::fromMetadata(metadata), QStringList{QStringLiteral("t.m")});
        QCOMPARE(RunMetrics::annotation, QStringLiteral("mlwb.io/run-metrics"));
    }

    void runMetricsFromThePipelineAnnotation()
    {
        // The churn example names its run metrics in an annotation.
        auto loaded = manifest::readPipelineFile(kChurn);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().text()));
        const QStringList named = RunMetrics::fromMetadata(loaded->snapshot.info.metadata);
        const QStringList expected{QStringLiteral("select-best.value"), QStringLiteral("evaluate-logreg.roc_auc"),
                                   QStringLiteral("evaluate-forest.roc_auc"), QStringLiteral("evaluate-boosting.roc_auc")};
        QCOMPARE(named, expected);
        // saving the pipeline (the editor) keeps the annotation
        auto reread = manifest::readPipeline(manifest::writePipeline(loaded->snapshot), kChurn, QFileInfo(kChurn).absolutePath());
        QVERIFY(reread.ok());
        QCOMPARE(RunMetrics::fromMetadata(reread->snapshot.info.metadata), expected);

        MetadataStore s;
        QVERIFY(s.open(newStorePath()).ok());
        RunInfo info;
        info.runMetrics = named;
        const qint64 run = recordChurnRun(s, QStringLiteral("annotated"), {0.8312, 0.8105, 0.8198}, info);
        QVERIFY(run);
        QCOMPARE(summaryOf(s, run).runMetrics, expected);
        QCOMPARE(s.runDetail(run)->summary.runMetrics, expected);
        QCOMPARE(summaryOf(s, run).metrics.value(QStringLiteral("select-best.value")).toDouble(), 0.8312);
        // a run of a pipeline that names none
        const qint64 plain = recordChurnRun(s, QStringLiteral("plain"), {0.8, 0.8, 0.8});
        QVERIFY(summaryOf(s, plain).runMetrics.isEmpty());
    }

    void runMetricsFromMetricsPipelineOutputs()
    {
        // Pipeline outputs of type Metrics: their metrics become run metrics as the step records
        // them, after the annotation's names and without repeats.
        auto loaded = manifest::readPipelineFile(kChurn);
        QVERIFY(loaded.ok());
        RunInfo info;
        for (const model::PipelineOutput &o : loaded->snapshot.info.outputs) {
            if (!o.task.isEmpty() && o.spec.type.name.compare(QLatin1String("Metrics"), Qt::CaseInsensitive) == 0)
                info.runMetricOutputs << TaskOutputRef{o.task, o.output};
        }
        QCOMPARE(info.runMetricOutputs, (QList<TaskOutputRef>{{QStringLiteral("select-best"), QStringLiteral("summary")}}));
        info.runMetrics = {QStringLiteral("evaluate-gb.roc_auc")};
        MetadataStore s;
        QVERIFY(s.open(newStorePath()).ok());
        const qint64 run = recordChurnRun(s, QStringLiteral("outputs"), {0.8312, 0.8105, 0.8198}, info);
        QVERIFY(run);
        QCOMPARE(summaryOf(s, run).runMetrics,
                 (QStringList{QStringLiteral("evaluate-gb.roc_auc"), QStringLiteral("select-best.value")}));
        // recording the step again (e.g. its final state) adds nothing twice
        StepRecord again;
        again.taskName = QStringLiteral("select-best");
        again.outputs = {{QStringLiteral("/ws/.mlwb/runs/outputs/select-best/summary"), QStringLiteral("system.Metrics"),
                          QStringLiteral("summary"), {{QStringLiteral("value"), 0.8312}}}};
        QVERIFY(s.recordStep(run, again).ok());
        QCOMPARE(summaryOf(s, run).runMetrics,
                 (QStringList{QStringLiteral("evaluate-gb.roc_auc"), QStringLiteral("select-best.value")}));
    }
};

QTEST_GUILESS_MAIN(TstRunMetrics)
#include "tst_runmetrics.moc"
