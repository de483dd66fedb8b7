// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/metadatastore.h"
#include "core/store/structcodec.h"

#include "storetestutil.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace wb::store;
using storetest::RawDb;

class TstMetadataStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString freshPath(const QString &name) { return m_dir.filePath(name + QStringLiteral("/.mlwb/metadata.sqlite")); }

    // A three-step pipeline: ingest -> train -> evaluate.
    qint64 recordPipeline(MetadataStore &s, const QString &run, const QString &experiment, double lr, double acc)
    {
        RunInfo info;
        info.pipelineName = QStringLiteral("demo");
        info.runName = run;
        info.experiment = experiment;
        info.parameters = {{QStringLiteral("lr"), lr}, {QStringLiteral("epochs"), 3}, {QStringLiteral("opt"), QStringLiteral("adam")}};
        info.gitCommit = QStringLiteral("abc123");
        info.datasetManifestHashes = {{QStringLiteral("data/train.csv"), QStringLiteral("ff00")}};
        auto id = s.beginRun(info);
        if (!id)
            return 0;
        const QString root = QStringLiteral("/ws/runs/") + run;
        StepRecord ingest;
        ingest.taskName = QStringLiteral("ingest");
        ingest.inputs = {{QStringLiteral("/ws/data/raw.csv"), QStringLiteral("system.Dataset"), QStringLiteral("raw"), {}}};
        ingest.outputs = {{root + QStringLiteral("/ingest/data"), QStringLiteral("system.Dataset"), QStringLiteral("data"), {}}};
        ingest.imageId = QStringLiteral("sha256:1111");
        ingest.resolvedCommand = {QStringLiteral("python"), QStringLiteral("ingest.py")};
        ingest.exitCode = 0;
        ingest.logPath = root + QStringLiteral("/ingest/log.txt");
        ingest.cacheKey = QStringLiteral("k1");
        ingest.startMs = 1000;
        ingest.endMs = 2000;
        StepRecord train;
        train.taskName = QStringLiteral("train");
        train.inputs = {{root + QStringLiteral("/ingest/data"), QStringLiteral("system.Dataset"), QStringLiteral("data"), {}}};
        train.outputs = {{root + QStringLiteral("/train/model"), QStringLiteral("system.Model"), QStringLiteral("model"), {}}};
        train.startMs = 2000;
        train.endMs = 5000;
        StepRecord eval;
        eval.taskName = QStringLiteral("evaluate");
        eval.inputs = {{root + QStringLiteral("/train/model"), QStringLiteral("system.Model"), QStringLiteral("model"), {}},
                       {root + QStringLiteral("/ingest/data"), QStringLiteral("system.Dataset"), QStringLiteral("data"), {}}};
        eval.outputs = {{root + QStringLiteral("/evaluate/metrics"), QStringLiteral("system.Metrics"), QStringLiteral("metrics"),
                         {{QStringLiteral("accuracy"), acc}}}};
        eval.startMs = 5000;
        eval.endMs = 6000;
        for (const StepRecord &st : {ingest, train, eval}) {
            if (!s.recordStep(*id, st))
                return 0;
        }
        if (!s.finishRun(*id, RunState::Complete, 7000))
            return 0;
        return *id;
    }

    qint64 artifactIdByUri(const QString &path, const QString &uri)
    {
        RawDb raw(path);
        return raw.value(QStringLiteral("SELECT id FROM Artifact WHERE uri = '%1'").arg(uri)).toLongLong();
    }

private slots:
    void schema()
    {
        const QString path = freshPath(QStringLiteral("schema"));
        {
            MetadataStore s;
            auto r = s.open(path);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
        }
        RawDb raw(path);
        const QStringList mlmdTables{"Type", "ParentType", "TypeProperty", "Artifact", "ArtifactProperty", "Execution",
                                     "ExecutionProperty", "Context", "ContextProperty", "ParentContext", "Event",
                                     "EventPath", "MLMDEnv", "Association", "Attribution"};
        const QString inList = QLatin1String("('") + mlmdTables.join(QLatin1String("','")) + QLatin1String("')");
        QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type='table' AND name IN %1").arg(inList)), QStringLiteral("15"));
        // Everything that is not MLMD's is ours and says so by its name.
        QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type='table' AND name NOT IN %1 "
                                          "AND name NOT LIKE 'mlwb_%' AND name <> 'sqlite_sequence'").arg(inList)), QStringLiteral("0"));
        QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type='index' AND tbl_name IN %1").arg(inList)), QStringLiteral("40"));
        for (const char *idx : {"idx_artifact_uri", "idx_event_execution_id", "idx_eventpath_event_id", "idx_type_name",
                                "idx_artifact_property_int", "idx_context_property_string", "idx_parentcontext_parent_context_id",
                                "idx_execution_external_id", "idx_context_last_update_time_since_epoch"})
            QVERIFY2(!raw.value(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type='index' AND name='%1'").arg(QLatin1String(idx))).isEmpty(), idx);
        QCOMPARE(raw.value(QStringLiteral("SELECT sql LIKE '%WHERE `double_value` IS NOT NULL%' FROM sqlite_master WHERE name='idx_execution_property_double'")), QStringLiteral("1"));
        QCOMPARE(raw.rows(QStringLiteral("SELECT schema_version FROM MLMDEnv")), QStringList{QStringLiteral("10")});
        QCOMPARE(raw.rows(QStringLiteral("SELECT id || ':' || name || ':' || type_kind FROM Type ORDER BY id")),
                 (QStringList{"1|mlmd.Dataset|1", "2|mlmd.Model|1", "3|mlmd.Metrics|1", "4|mlmd.Statistics|1",
                              "5|mlmd.Train|0", "6|mlmd.Transform|0", "7|mlmd.Process|0", "8|mlmd.Evaluate|0", "9|mlmd.Deploy|0"})
                     .replaceInStrings(QStringLiteral("|"), QStringLiteral(":")));
        QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        QCOMPARE(raw.value(QStringLiteral("SELECT value FROM mlwb_meta WHERE key='schema_version'")), QStringLiteral("1"));
        // Column names/types exactly as MLMD declares them.
        QCOMPARE(raw.rows(QStringLiteral("SELECT name || ' ' || type || ' ' || \"notnull\" FROM pragma_table_info('ArtifactProperty')")),
                 (QStringList{"artifact_id INT 1", "name VARCHAR(255) 1", "is_custom_property TINYINT(1) 1", "int_value INT 0",
                              "double_value DOUBLE 0", "string_value TEXT 0", "byte_value BLOB 0", "proto_value BLOB 0",
                              "bool_value BOOLEAN 0"}));
        QCOMPARE(raw.rows(QStringLiteral("SELECT name FROM pragma_table_info('Context')")),
                 (QStringList{"id", "type_id", "name", "external_id", "create_time_since_epoch", "last_update_time_since_epoch"}));

        // Reopening does not duplicate anything (schema check + own migration is idempotent).
        MetadataStore again;
        QVERIFY(again.open(path).ok());
        QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM Type")), QStringLiteral("9"));
    }

    void recordAndReadBack()
    {
        const QString path = freshPath(QStringLiteral("record"));
        MetadataStore s;
        QVERIFY(s.open(path).ok());
        const qint64 run = recordPipeline(s, QStringLiteral("r1"), QStringLiteral("exp-a"), 0.01, 0.9);
        QVERIFY(run > 0);

        auto detail = s.runDetail(run);
        QVERIFY(detail.ok());
        QCOMPARE(detail->summary.name, QStringLiteral("r1"));
        QCOMPARE(detail->summary.state, RunState::Complete);
        QCOMPARE(detail->summary.experiment, QStringLiteral("exp-a"));
        QCOMPARE(detail->summary.pipeline, QStringLiteral("demo"));
        QCOMPARE(detail->summary.endMs, qint64(7000));
        QCOMPARE(detail->summary.params.value(QStringLiteral("lr")).toDouble(), 0.01);
        QCOMPARE(detail->summary.params.value(QStringLiteral("epochs")).toLongLong(), 3);
        QCOMPARE(detail->summary.metrics.value(QStringLiteral("evaluate.accuracy")).toDouble(), 0.9); // named after its step
        QCOMPARE(detail->steps.size(), 3);
        const StepDetail &ingest = detail->steps[0];
        QCOMPARE(ingest.execution.displayName(), QStringLiteral("ingest"));
        QCOMPARE(ingest.execution.state, int(ExecutionState::Complete));
        QCOMPARE(ingest.execution.createMs, qint64(1000));
        QCOMPARE(ingest.execution.updateMs, qint64(2000));
        QCOMPARE(ingest.execution.customProperties.value(QStringLiteral("image_id")).toString(), QStringLiteral("sha256:1111"));
        QCOMPARE(ingest.execution.customProperties.value(QStringLiteral("exit_code")).toLongLong(), 0);
        QCOMPARE(ingest.execution.customProperties.value(QStringLiteral("cache_fingerprint")).toString(), QStringLiteral("k1"));
        QCOMPARE(ingest.execution.customProperties.value(QStringLiteral("resolved_command")).toMap().value(QStringLiteral("list")).toStringList(),
                 (QStringList{"python", "ingest.py"}));
        QCOMPARE(ingest.inputNames, QStringList{QStringLiteral("raw")});
        QCOMPARE(ingest.outputs.size(), 1);
        QCOMPARE(ingest.outputs[0].typeName, QStringLiteral("system.Dataset"));
        QCOMPARE(detail->steps[2].inputs.size(), 2);
        QCOMPARE(detail->runProperties.value(QStringLiteral("dataset_manifest_hashes")).toMap().value(QStringLiteral("data/train.csv")).toString(),
                 QStringLiteral("ff00"));
        QCOMPARE(detail->runProperties.value(QStringLiteral("git_commit")).toString(), QStringLiteral("abc123"));

        // On disk, as MLMD writes it.
        RawDb raw(path);
        QCOMPARE(raw.value(QStringLiteral("SELECT type_kind FROM Type WHERE name='system.PipelineRun'")), QStringLiteral("2"));
        QCOMPARE(raw.value(QStringLiteral("SELECT type_kind FROM Type WHERE name='system.ContainerExecution'")), QStringLiteral("0"));
        QCOMPARE(raw.value(QStringLiteral("SELECT type_kind FROM Type WHERE name='system.Model'")), QStringLiteral("1"));
        QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM ExecutionProperty WHERE is_custom_property <> 1")), QStringLiteral("0"));
        QCOMPARE(raw.value(QStringLiteral("SELECT string_value FROM ExecutionProperty WHERE name='task_name' AND execution_id=(SELECT MIN(id) FROM Execution)")),
                 QStringLiteral("ingest"));
        QCOMPARE(raw.value(QStringLiteral("SELECT double_value FROM ArtifactProperty WHERE name='accuracy'")), QStringLiteral("0.9"));
        QVERIFY(raw.value(QStringLiteral("SELECT string_value FROM ContextProperty WHERE name='dataset_manifest_hashes'")).startsWith(QStringLiteral("mlmd-struct::")));
        QCOMPARE(raw.value(QStringLiteral("SELECT bool_value FROM ContextProperty WHERE name='git_dirty'")), QStringLiteral("0"));
        QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM Event WHERE type=3")), QStringLiteral("4"));
        QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM Event WHERE type=4")), QStringLiteral("3"));
        QCOMPARE(raw.value(QStringLiteral("SELECT is_index_step || step_key FROM EventPath LIMIT 1")), QStringLiteral("0raw"));
        // run is a child of the pipeline and of the experiment; steps associated with both run and pipeline
        QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM ParentContext WHERE context_id=%1").arg(run)), QStringLiteral("2"));
        QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM Association")), QStringLiteral("9"));
        // The intermediate dataset is one artifact shared by producer and consumers.
        QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM Artifact WHERE uri LIKE '%ingest/data'")), QStringLiteral("1"));
        QVERIFY(raw.value(QStringLiteral("SELECT create_time_since_epoch FROM Context WHERE id=%1").arg(run)).toLongLong() > 1000000000000LL
                || raw.value(QStringLiteral("SELECT create_time_since_epoch FROM Context WHERE id=%1").arg(run)).toLongLong() > 0);

        // recordStep again for the same task updates, not duplicates.
        StepRecord again;
        again.taskName = QStringLiteral("train");
        again.state = ExecutionState::Failed;
        again.exitCode = 3;
        QVERIFY(s.recordStep(run, again).ok());
        QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM Execution")), QStringLiteral("3"));
        QCOMPARE(raw.value(QStringLiteral("SELECT last_known_state FROM Execution WHERE name='r1/train'")), QStringLiteral("4"));

        // A step that fails in the middle leaves nothing behind (one transaction).
        const QString before = raw.value(QStringLiteral("SELECT COUNT(*) FROM Artifact"));
        StepRecord bad;
        bad.taskName = QStringLiteral("x");
        QVERIFY(!s.recordStep(999999, bad).ok());
        QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM Artifact")), before);
        QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM Execution")), QStringLiteral("3"));
    }

    void recordStepIsFast()
    {
        MetadataStore s;
        QVERIFY(s.open(freshPath(QStringLiteral("fast"))).ok());
        auto run = s.beginRun(RunInfo{QStringLiteral("p"), {}, {}, {}, {}, false, {}, 0});
        QVERIFY(run.ok());
        QList<qint64> times;
        for (int i = 0; i < 50; ++i) {
            StepRecord st;
            st.taskName = QStringLiteral("t%1").arg(i);
            st.inputs = {{QStringLiteral("/in/%1").arg(i), QStringLiteral("system.Dataset"), QStringLiteral("in"), {}}};
            st.outputs = {{QStringLiteral("/out/%1").arg(i), QStringLiteral("system.Model"), QStringLiteral("out"), {}}};
            QElapsedTimer t;
            t.start();
            QVERIFY(s.recordStep(*run, st).ok());
            times << t.nsecsElapsed();
        }
        std::sort(times.begin(), times.end());
        qInfo() << "recordStep median" << times[times.size() / 2] / 1e6 << "ms";
        QVERIFY(times[times.size() / 2] < 20'000'000); // generous here; the benchmark checks 2 ms
    }

    void lineage()
    {
        const QString path = freshPath(QStringLiteral("lineage"));
        MetadataStore s;
        QVERIFY(s.open(path).ok());
        QVERIFY(recordPipeline(s, QStringLiteral("r1"), {}, 0.1, 0.8) > 0);
        const qint64 metrics = artifactIdByUri(path, QStringLiteral("/ws/runs/r1/evaluate/metrics"));
        const qint64 raw = artifactIdByUri(path, QStringLiteral("/ws/data/raw.csv"));
        const qint64 model = artifactIdByUri(path, QStringLiteral("/ws/runs/r1/train/model"));
        QVERIFY(metrics && raw && model);

        auto ids = [](const LineageGraph &g) {
            QSet<QString> out;
            for (const LineageNode &n : g.nodes)
                out.insert(n.id);
            return out;
        };
        auto up1 = s.lineage(metrics, LineageDirection::Upstream, 1);
        QVERIFY(up1.ok());
        // evaluate + its inputs model and data
        QCOMPARE(up1->nodes.size(), 4);
        QVERIFY(ids(*up1).contains(QStringLiteral("artifact:%1").arg(model)));
        auto up3 = s.lineage(metrics, LineageDirection::Upstream, 3);
        QVERIFY(up3.ok());
        QVERIFY(ids(*up3).contains(QStringLiteral("artifact:%1").arg(raw)));
        QCOMPARE(up3->nodes.size(), 7); // 3 executions + raw, data, model, metrics
        for (const LineageNode &n : up3->nodes) {
            if (n.kind == NodeKind::Execution)
                QCOMPARE(n.type, QStringLiteral("system.ContainerExecution"));
            if (n.dbId == model && n.kind == NodeKind::Artifact) {
                QCOMPARE(n.type, QStringLiteral("system.Model"));
                QCOMPARE(n.name, QStringLiteral("model"));
            }
        }
        bool sawOutputEdge = false;
        for (const LineageEdge &e : up3->edges) {
            if (e.to == QStringLiteral("artifact:%1").arg(metrics)) {
                QCOMPARE(e.event, QStringLiteral("OUTPUT"));
                QVERIFY(e.from.startsWith(QStringLiteral("execution:")));
                sawOutputEdge = true;
            }
        }
        QVERIFY(sawOutputEdge);
        auto down = s.lineage(raw, LineageDirection::Downstream, 3);
        QVERIFY(down.ok());
        QVERIFY(ids(*down).contains(QStringLiteral("artifact:%1").arg(metrics)));
        auto down1 = s.lineage(raw, LineageDirection::Downstream, 1);
        QVERIFY(!ids(*down1).contains(QStringLiteral("artifact:%1").arg(metrics)));
        auto both = s.lineage(model, LineageDirection::Both, 1);
        QVERIFY(ids(*both).contains(QStringLiteral("artifact:%1").arg(metrics)));
        QVERIFY(ids(*both).contains(QStringLiteral("artifact:%1").arg(artifactIdByUri(path, QStringLiteral("/ws/runs/r1/ingest/data")))));
        QVERIFY(!ids(*both).contains(QStringLiteral("artifact:%1").arg(raw)));
        QVERIFY(!s.lineage(424242, LineageDirection::Both, 2).ok());
    }

    void pagingFilterSort()
    {
        const QString path = freshPath(QStringLiteral("paging"));
        MetadataStore s;
        QVERIFY(s.open(path).ok());
        const int n = 600;
        QVERIFY(s.transaction([&]() -> wb::Result<void> {
            for (int i = 0; i < n; ++i) {
                RunInfo info;
                info.pipelineName = QStringLiteral("p");
                info.runName = QStringLiteral("run-%1").arg(i, 4, 10, QLatin1Char('0'));
                info.experiment = i % 2 ? QStringLiteral("odd") : QStringLiteral("even");
                info.parameters = {{QStringLiteral("lr"), i / 1000.0}};
                info.startMs = 1'700'000'000'000LL + (i % 100) * 1000; // duplicate start times on purpose
                auto id = s.beginRun(info);
                if (!id)
                    return id.error();
                if (i % 3 == 0)
                    WB_TRY(s.finishRun(*id, RunState::Failed, info.startMs + 10));
            }
            return {};
        }).ok());
        QCOMPARE(*s.countRuns(), qint64(n));

        // Keyset paging over equal sort keys: every run exactly once, in order.
        QSet<qint64> seen;
        PageRequest page;
        page.limit = 256;
        qint64 lastStart = std::numeric_limits<qint64>::max();
        int pages = 0;
        for (;;) {
            auto p = s.listRuns({}, {}, page);
            QVERIFY(p.ok());
            ++pages;
            for (const RunSummary &r : p->runs) {
                QVERIFY(!seen.contains(r.id));
                seen.insert(r.id);
                QVERIFY(r.startMs <= lastStart);
                lastStart = r.startMs;
            }
            if (!p->next.valid)
                break;
            page.after = p->next;
        }
        QCOMPARE(seen.size(), n);
        QCOMPARE(pages, 3);

        RunSort byName{RunSort::Field::Name, false};
        auto first = s.listRuns({}, byName, PageRequest{{}, 5});
        QCOMPARE(first->runs.first().name, QStringLiteral("run-0000"));
        auto second = s.listRuns({}, byName, PageRequest{first->next, 5});
        QCOMPARE(second->runs.first().name, QStringLiteral("run-0005"));

        RunFilter failed;
        failed.state = RunState::Failed;
        QCOMPARE(*s.countRuns(failed), qint64(200));
        RunFilter odd;
        odd.experiment = QStringLiteral("odd");
        QCOMPARE(*s.countRuns(odd), qint64(300));
        auto oddPage = s.listRuns(odd, {}, PageRequest{{}, 10});
        for (const RunSummary &r : oddPage->runs)
            QCOMPARE(r.experiment, QStringLiteral("odd"));
        RunFilter text;
        text.text = QStringLiteral("run-059");
        QCOMPARE(*s.countRuns(text), qint64(10));
        RunFilter cond;
        cond.conditions << RunCondition{RunCondition::Subject::Param, QStringLiteral("lr"), RunCondition::Op::Ge, 0.5};
        QCOMPARE(*s.countRuns(cond), qint64(100));
        RunFilter dates;
        dates.fromMs = 1'700'000'000'000LL + 90 * 1000;
        QCOMPARE(*s.countRuns(dates), qint64(60));

        // Metric condition over system.Metrics artifacts.
        auto metricRun = s.listRuns(text, {}, PageRequest{{}, 1});
        const qint64 target = metricRun->runs.first().id;
        StepRecord ev;
        ev.taskName = QStringLiteral("eval");
        ev.outputs = {{QStringLiteral("/m"), QStringLiteral("system.Metrics"), QStringLiteral("metrics"), {{QStringLiteral("acc"), 0.97}}}};
        QVERIFY(s.recordStep(target, ev).ok());
        RunFilter metric;
        metric.conditions << RunCondition{RunCondition::Subject::Metric, QStringLiteral("eval.acc"), RunCondition::Op::Gt, 0.95};
        auto mp = s.listRuns(metric);
        QCOMPARE(mp->runs.size(), 1);
        QCOMPARE(mp->runs.first().id, target);
        QCOMPARE(mp->runs.first().metrics.value(QStringLiteral("eval.acc")).toDouble(), 0.97);

        // Archive / restore.
        QVERIFY(s.setArchived(target, true).ok());
        QCOMPARE(*s.countRuns(), qint64(n - 1));
        RunFilter onlyArchived;
        onlyArchived.archived = RunFilter::Archived::Only;
        auto ap = s.listRuns(onlyArchived);
        QCOMPARE(ap->runs.size(), 1);
        QVERIFY(ap->runs.first().archived);
        QVERIFY(s.setArchived(target, false).ok());
        QCOMPARE(*s.countRuns(), qint64(n));
    }

    void interruptedRuns()
    {
        MetadataStore s;
        QVERIFY(s.open(freshPath(QStringLiteral("interrupted"))).ok());
        auto a = s.beginRun(RunInfo{QStringLiteral("p"), QStringLiteral("a"), {}, {}, {}, false, {}, 0});
        auto b = s.beginRun(RunInfo{QStringLiteral("p"), QStringLiteral("b"), {}, {}, {}, false, {}, 0});
        StepRecord st;
        st.taskName = QStringLiteral("t");
        st.state = ExecutionState::Running;
        QVERIFY(s.recordStep(*a, st).ok());
        QVERIFY(s.finishRun(*b, RunState::Complete).ok());
        auto marked = s.markInterruptedRuns();
        QVERIFY(marked.ok());
        QCOMPARE(*marked, 1);
        auto da = s.runDetail(*a);
        QCOMPARE(da->summary.state, RunState::Interrupted);
        QCOMPARE(da->steps.first().execution.state, int(ExecutionState::Failed));
        QCOMPARE(s.runDetail(*b)->summary.state, RunState::Complete);
    }

    void statsAndGeneric()
    {
        MetadataStore s;
        QVERIFY(s.open(freshPath(QStringLiteral("stats"))).ok());
        QVERIFY(recordPipeline(s, QStringLiteral("r"), {}, 0.1, 0.5) > 0);
        auto st = s.stats();
        QVERIFY(st.ok());
        QCOMPARE(st->executions, qint64(3));
        QCOMPARE(st->artifacts, qint64(4));
        QCOMPARE(st->events, qint64(7));
        QCOMPARE(st->contexts, qint64(3)); // pipeline, experiment Default, run
        QCOMPARE(st->typeCounts.value(QStringLiteral("system.ContainerExecution")), qint64(3));
        QCOMPARE(st->typeKinds.value(QStringLiteral("system.PipelineRun")), QStringLiteral("context"));
        QCOMPARE(st->typeCounts.value(QStringLiteral("mlmd.Dataset")), qint64(0));
        auto types = s.types();
        for (const TypeInfo &t : *types)
            QVERIFY(!t.name.startsWith(QStringLiteral("mlmd.")));
        auto ctxs = s.contexts(QStringLiteral("system.Pipeline"));
        QCOMPARE(ctxs->size(), 1);
        QCOMPARE(ctxs->first().name, QStringLiteral("demo"));
    }

    void structCodec()
    {
        QVariantMap m{{QStringLiteral("a"), 1.5}, {QStringLiteral("s"), QStringLiteral("x")}, {QStringLiteral("b"), true},
                      {QStringLiteral("l"), QVariantList{1.0, QStringLiteral("y")}},
                      {QStringLiteral("n"), QVariantMap{{QStringLiteral("k"), 2.0}}}};
        const QString enc = StructCodec::encodeString(m);
        QVERIFY(enc.startsWith(QStringLiteral("mlmd-struct::")));
        auto dec = StructCodec::decodeString(enc);
        QVERIFY(dec.ok());
        QCOMPARE(dec->value(QStringLiteral("a")).toDouble(), 1.5);
        QCOMPARE(dec->value(QStringLiteral("s")).toString(), QStringLiteral("x"));
        QCOMPARE(dec->value(QStringLiteral("b")).toBool(), true);
        QCOMPARE(dec->value(QStringLiteral("l")).toList().size(), 2);
        QCOMPARE(dec->value(QStringLiteral("n")).toMap().value(QStringLiteral("k")).toDouble(), 2.0);
        // Bytes as protobuf (python: struct_pb2.Struct(fields={"x": Value(number_value=1)})) serializes them:
        // 0a 0e 0a 01 78 12 09 11 00 00 00 00 00 00 f0 3f
        const QByteArray pb = QByteArray::fromHex("0a0e0a0178120911000000000000f03f");
        auto known = StructCodec::decodeStruct(pb);
        QVERIFY(known.ok());
        QCOMPARE(known->value(QStringLiteral("x")).toDouble(), 1.0);
        QCOMPARE(StructCodec::encodeStruct({{QStringLiteral("x"), 1.0}}), pb);
        QVERIFY(!StructCodec::decodeStruct(QByteArray::fromHex("0a0c0a01")).ok());
        QVERIFY(!StructCodec::decodeString(QStringLiteral("mlmd-struct::@@@")).ok());
    }
};

QTEST_GUILESS_MAIN(TstMetadataStore)
#include "tst_metadatastore.moc"
