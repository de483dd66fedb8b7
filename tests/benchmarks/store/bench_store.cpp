// SPDX-License-Identifier: GPL-3.0-or-later
// bench_store [--short] [--keep DIR]: builds a store of 100k executions / 300k artifacts /
// 1M events (10x smaller with --short), then measures upstream lineage (depth 3) against the
// raw recursive CTE on the same file, the first page of runs and recordStep.
// Targets (full mode, exit 1 when missed): lineage <= 2x raw and <= 20 ms, first page <= 50 ms,
// recordStep median <= 2 ms.
#include "core/store/metadatastore.h"

#include <QCoreApplication>
#include <QFile>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace wb::store;

namespace {

double medianMs(QList<qint64> ns)
{
    std::sort(ns.begin(), ns.end());
    return ns.isEmpty() ? 0 : ns[ns.size() / 2] / 1e6;
}

struct Stmt
{
    sqlite3_stmt *s = nullptr;
    Stmt(sqlite3 *db, const char *sql) { sqlite3_prepare_v2(db, sql, -1, &s, nullptr); }
    ~Stmt() { sqlite3_finalize(s); }
    Stmt &i(int idx, qint64 v) { sqlite3_bind_int64(s, idx, v); return *this; }
    Stmt &t(int idx, const QByteArray &v) { sqlite3_bind_text(s, idx, v.constData(), int(v.size()), SQLITE_TRANSIENT); return *this; }
    Stmt &d(int idx, double v) { sqlite3_bind_double(s, idx, v); return *this; }
    void run() { sqlite3_step(s); sqlite3_reset(s); }
};

qint64 scalar(sqlite3 *db, const char *sql)
{
    Stmt st(db, sql);
    return sqlite3_step(st.s) == SQLITE_ROW ? sqlite3_column_int64(st.s, 0) : -1;
}

// Runs of 10 steps; every step outputs 3 artifacts and (after the first) reads up to 9
// artifacts of earlier steps of its run: about 10 events per execution.
QList<qint64> generate(const QString &path, int executions)
{
    {
        MetadataStore s; // creates the schema and the types
        if (!s.open(path))
            return {};
        for (const char *t : {"system.Dataset", "system.Model", "system.Metrics"})
            (void)s.putType(QString::fromLatin1(t), TypeKind::Artifact);
        (void)s.putType(QStringLiteral("system.ContainerExecution"), TypeKind::Execution);
        (void)s.putType(QStringLiteral("system.PipelineRun"), TypeKind::Context);
        (void)s.putType(QStringLiteral("system.Experiment"), TypeKind::Context);
    }
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db, "PRAGMA synchronous=OFF; BEGIN", nullptr, nullptr, nullptr);
    const qint64 dsType = scalar(db, "SELECT id FROM Type WHERE name='system.Dataset'");
    const qint64 metricsType = scalar(db, "SELECT id FROM Type WHERE name='system.Metrics'");
    const qint64 execType = scalar(db, "SELECT id FROM Type WHERE name='system.ContainerExecution'");
    const qint64 runType = scalar(db, "SELECT id FROM Type WHERE name='system.PipelineRun'");
    const qint64 expType = scalar(db, "SELECT id FROM Type WHERE name='system.Experiment'");
    Stmt ctx(db, "INSERT INTO Context(type_id, name, create_time_since_epoch, last_update_time_since_epoch) VALUES(?,?,?,?)");
    Stmt cprop(db, "INSERT INTO ContextProperty(context_id, name, is_custom_property, string_value, double_value) VALUES(?,?,1,?,?)");
    Stmt parent(db, "INSERT INTO ParentContext(context_id, parent_context_id) VALUES(?,?)");
    Stmt exec(db, "INSERT INTO Execution(type_id, last_known_state, name, create_time_since_epoch, last_update_time_since_epoch) VALUES(?,3,?,?,?)");
    Stmt eprop(db, "INSERT INTO ExecutionProperty(execution_id, name, is_custom_property, string_value) VALUES(?,?,1,?)");
    Stmt assoc(db, "INSERT INTO Association(context_id, execution_id) VALUES(?,?)");
    Stmt attr(db, "INSERT INTO Attribution(context_id, artifact_id) VALUES(?,?)");
    Stmt art(db, "INSERT INTO Artifact(type_id, uri, state, create_time_since_epoch, last_update_time_since_epoch) VALUES(?,?,2,?,?)");
    Stmt aprop(db, "INSERT INTO ArtifactProperty(artifact_id, name, is_custom_property, double_value) VALUES(?,?,1,?)");
    Stmt event(db, "INSERT INTO Event(artifact_id, execution_id, type, milliseconds_since_epoch) VALUES(?,?,?,?)");
    Stmt path1(db, "INSERT INTO EventPath(event_id, is_index_step, step_key) VALUES(?,0,?)");

    ctx.i(1, expType).t(2, "bench").i(3, 0).i(4, 0).run();
    const qint64 expId = sqlite3_last_insert_rowid(db);
    QRandomGenerator rng(42);
    QList<qint64> leaves;
    const int steps = 10;
    const qint64 t0 = 1'700'000'000'000LL;
    for (int r = 0; r < executions / steps; ++r) {
        const qint64 start = t0 + qint64(r) * 60'000;
        ctx.i(1, runType).t(2, QByteArray("run-") + QByteArray::number(r)).i(3, start).i(4, start + 50'000).run();
        const qint64 runId = sqlite3_last_insert_rowid(db);
        cprop.i(1, runId).t(2, "display_name").t(3, QByteArray("run-") + QByteArray::number(r)).run();
        cprop.i(1, runId).t(2, "state").t(3, r % 7 ? "COMPLETE" : "FAILED").run();
        cprop.i(1, runId).t(2, "param.lr").t(3, QByteArray::number(rng.bounded(100) / 1000.0)).run();
        parent.i(1, runId).i(2, expId).run();
        QList<qint64> runArtifacts;
        for (int s = 0; s < steps; ++s) {
            const qint64 ms = start + s * 5000;
            exec.i(1, execType).t(2, QByteArray("run-") + QByteArray::number(r) + "/t" + QByteArray::number(s)).i(3, ms).i(4, ms + 4000).run();
            const qint64 execId = sqlite3_last_insert_rowid(db);
            eprop.i(1, execId).t(2, "task_name").t(3, "t" + QByteArray::number(s)).run();
            assoc.i(1, runId).i(2, execId).run();
            if (s > 0) {
                QList<qint64> inputs;
                const int want = std::min<int>(9, int(runArtifacts.size()));
                while (inputs.size() < want) {
                    // mostly the previous step's outputs, the rest from anywhere earlier
                    const qint64 a = inputs.size() < 3 ? runArtifacts[runArtifacts.size() - 1 - inputs.size()]
                                                       : runArtifacts[rng.bounded(int(runArtifacts.size()))];
                    if (!inputs.contains(a))
                        inputs << a;
                }
                for (qint64 a : inputs) {
                    event.i(1, a).i(2, execId).i(3, 3).i(4, ms).run();
                    path1.i(1, sqlite3_last_insert_rowid(db)).t(2, "in").run();
                }
            }
            for (int o = 0; o < 3; ++o) {
                const bool metrics = s == steps - 1 && o == 2;
                art.i(1, metrics ? metricsType : dsType).t(2, QByteArray("/ws/run-") + QByteArray::number(r) + "/t"
                                                             + QByteArray::number(s) + "/o" + QByteArray::number(o)).i(3, ms).i(4, ms).run();
                const qint64 aid = sqlite3_last_insert_rowid(db);
                if (metrics)
                    aprop.i(1, aid).t(2, "accuracy").d(3, rng.generateDouble()).run();
                attr.i(1, runId).i(2, aid).run();
                event.i(1, aid).i(2, execId).i(3, 4).i(4, ms + 4000).run();
                path1.i(1, sqlite3_last_insert_rowid(db)).t(2, "out").run();
                runArtifacts << aid;
            }
        }
        leaves << runArtifacts.last();
    }
    sqlite3_exec(db, "COMMIT; PRAGMA wal_checkpoint(TRUNCATE);", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return leaves;
}

const char *kRawCte =
    "WITH RECURSIVE up(aid, d) AS (SELECT ?1, 0 UNION "
    " SELECT ei.artifact_id, up.d + 1 FROM up "
    " JOIN Event eo ON eo.artifact_id = up.aid AND eo.type IN (1, 4, 6, 7) "
    " JOIN Event ei ON ei.execution_id = eo.execution_id AND ei.type IN (2, 3, 5) "
    " WHERE up.d < ?2) "
    "SELECT DISTINCT aid FROM up";

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool shortMode = app.arguments().contains(QStringLiteral("--short"));
    const int executions = shortMode ? 10'000 : 100'000;
    QTemporaryDir tmp;
    const qsizetype keepAt = app.arguments().indexOf(QStringLiteral("--keep"));
    const QString dir = keepAt > 0 && keepAt + 1 < app.arguments().size() ? app.arguments().at(keepAt + 1) : tmp.path();
    const QString path = dir + QStringLiteral("/bench.sqlite");
    QFile::remove(path);

    QElapsedTimer timer;
    timer.start();
    const QList<qint64> leaves = generate(path, executions);
    if (leaves.isEmpty()) {
        std::fprintf(stderr, "bench_store: could not build the store\n");
        return 2;
    }
    const double genS = timer.elapsed() / 1000.0;

    MetadataStore store;
    if (!store.open(path)) {
        std::fprintf(stderr, "bench_store: cannot open the generated store\n");
        return 2;
    }
    auto stats = store.stats();
    std::printf("store: %lld executions, %lld artifacts, %lld events, %lld contexts (built in %.1f s)\n",
                stats->executions, stats->artifacts, stats->events, stats->contexts, genS);

    // Lineage vs raw CTE on the same file, same leaves, interleaved.
    sqlite3 *raw = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *cte = nullptr;
    sqlite3_prepare_v2(raw, kRawCte, -1, &cte, nullptr);
    QList<qint64> ours, rawNs;
    qsizetype nodes = 0, rawRows = 0;
    const int samples = 100;
    for (int i = 0; i < samples; ++i) {
        const qint64 leaf = leaves[(i * 7919) % leaves.size()];
        timer.restart();
        auto g = store.lineage(leaf, LineageDirection::Upstream, 3);
        ours << timer.nsecsElapsed();
        nodes += g ? g->nodes.size() : 0;
        timer.restart();
        sqlite3_bind_int64(cte, 1, leaf);
        sqlite3_bind_int(cte, 2, 3);
        while (sqlite3_step(cte) == SQLITE_ROW)
            ++rawRows;
        sqlite3_reset(cte);
        rawNs << timer.nsecsElapsed();
    }
    sqlite3_finalize(cte);
    sqlite3_close(raw);
    const double lineageMs = medianMs(ours);
    const double rawMs = medianMs(rawNs);
    std::printf("lineage upstream depth 3: median %.3f ms (avg %lld nodes) | raw recursive CTE %.3f ms (avg %lld artifacts) "
                "| ratio %.2f  [targets <= 2x raw, <= 20 ms]\n",
                lineageMs, qint64(nodes / samples), rawMs, qint64(rawRows / samples), rawMs > 0 ? lineageMs / rawMs : 0);

    QList<qint64> pageNs;
    int pageRows = 0;
    for (int i = 0; i < 20; ++i) {
        timer.restart();
        auto page = store.listRuns({}, {}, PageRequest{{}, 256});
        pageNs << timer.nsecsElapsed();
        pageRows = page ? int(page->runs.size()) : -1;
    }
    const double pageMs = medianMs(pageNs);
    std::printf("first page of runs (256 rows, params + metrics): median %.3f ms (%d rows)  [target <= 50 ms]\n", pageMs, pageRows);

    auto run = store.beginRun(RunInfo{QStringLiteral("bench"), {}, {}, {{QStringLiteral("lr"), 0.1}}, {}, false, {}, 0});
    QList<qint64> stepNs;
    for (int i = 0; i < 200 && run; ++i) {
        StepRecord st;
        st.taskName = QStringLiteral("task-%1").arg(i);
        st.inputs = {{QStringLiteral("/ws/run-1/t9/o%1").arg(i % 3), QStringLiteral("system.Dataset"), QStringLiteral("in"), {}}};
        st.outputs = {{QStringLiteral("/ws/bench/%1/model").arg(i), QStringLiteral("system.Model"), QStringLiteral("model"), {}},
                      {QStringLiteral("/ws/bench/%1/metrics").arg(i), QStringLiteral("system.Metrics"), QStringLiteral("metrics"),
                       {{QStringLiteral("acc"), 0.5}}}};
        st.imageId = QStringLiteral("sha256:abc");
        st.resolvedCommand = {QStringLiteral("python"), QStringLiteral("train.py")};
        st.exitCode = 0;
        st.logPath = QStringLiteral("/ws/bench/%1/log").arg(i);
        st.cacheKey = QStringLiteral("key%1").arg(i);
        timer.restart();
        if (!store.recordStep(*run, st)) {
            std::fprintf(stderr, "bench_store: recordStep failed\n");
            return 2;
        }
        stepNs << timer.nsecsElapsed();
    }
    const double stepMs = medianMs(stepNs);
    std::printf("recordStep (1 execution, 3 artifacts, 3 events, 1 transaction): median %.3f ms over %lld  [target <= 2 ms]\n",
                stepMs, qint64(stepNs.size()));

    const bool ok = lineageMs <= 20 && lineageMs <= 2 * rawMs && pageMs <= 50 && stepMs <= 2;
    if (shortMode) {
        std::printf("short mode: figures only, targets not enforced (%s)\n", ok ? "all met" : "some missed");
        return 0;
    }
    std::printf("%s\n", ok ? "all targets met" : "TARGET MISSED");
    return ok ? 0 : 1;
}
