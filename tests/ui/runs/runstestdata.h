// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Stores for the runs/lineage UI tests: a big one written with raw sqlite3 (100k runs in one
// transaction, like tests/benchmarks/store) and a small one recorded through the store API.
#include "core/store/metadatastore.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <sqlite3.h>

namespace runstest {

using namespace wb::store;

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

inline qint64 scalar(sqlite3 *db, const char *sql)
{
    Stmt st(db, sql);
    return sqlite3_step(st.s) == SQLITE_ROW ? sqlite3_column_int64(st.s, 0) : -1;
}

constexpr qint64 kT0 = 1'700'000'000'000LL;

/// `runs` runs "run-<i>" started at kT0 + i minutes; every 7th FAILED; param.lr = (i % 100) / 1000,
/// param.optimizer adam|sgd; one system.Metrics artifact with accuracy = (i % 1000) / 1000.
inline bool generateRuns(const QString &path, int runs)
{
    {
        MetadataStore s;
        if (!s.open(path))
            return false;
        (void)s.putType(QStringLiteral("system.Metrics"), TypeKind::Artifact);
        (void)s.putType(QStringLiteral("system.PipelineRun"), TypeKind::Context);
        (void)s.putType(QStringLiteral("system.Experiment"), TypeKind::Context);
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    sqlite3_exec(db, "PRAGMA synchronous=OFF; BEGIN", nullptr, nullptr, nullptr);
    const qint64 metricsType = scalar(db, "SELECT id FROM Type WHERE name='system.Metrics'");
    const qint64 runType = scalar(db, "SELECT id FROM Type WHERE name='system.PipelineRun'");
    const qint64 expType = scalar(db, "SELECT id FROM Type WHERE name='system.Experiment'");
    {
        Stmt ctx(db, "INSERT INTO Context(type_id, name, create_time_since_epoch, last_update_time_since_epoch) VALUES(?,?,?,?)");
        Stmt cprop(db, "INSERT INTO ContextProperty(context_id, name, is_custom_property, string_value) VALUES(?,?,1,?)");
        Stmt iprop(db, "INSERT INTO ContextProperty(context_id, name, is_custom_property, int_value) VALUES(?,?,1,?)");
        Stmt parent(db, "INSERT INTO ParentContext(context_id, parent_context_id) VALUES(?,?)");
        Stmt attr(db, "INSERT INTO Attribution(context_id, artifact_id) VALUES(?,?)");
        Stmt art(db, "INSERT INTO Artifact(type_id, uri, state, create_time_since_epoch, last_update_time_since_epoch) VALUES(?,?,2,?,?)");
        Stmt aprop(db, "INSERT INTO ArtifactProperty(artifact_id, name, is_custom_property, double_value) VALUES(?,?,1,?)");
        ctx.i(1, expType).t(2, "bench").i(3, 0).i(4, 0).run();
        const qint64 expId = sqlite3_last_insert_rowid(db);
        for (int r = 0; r < runs; ++r) {
            const qint64 start = kT0 + qint64(r) * 60'000;
            const QByteArray name = QByteArray("run-") + QByteArray::number(r);
            ctx.i(1, runType).t(2, name).i(3, start).i(4, start + 50'000).run();
            const qint64 runId = sqlite3_last_insert_rowid(db);
            cprop.i(1, runId).t(2, "display_name").t(3, name).run();
            cprop.i(1, runId).t(2, "state").t(3, r % 7 ? "COMPLETE" : "FAILED").run();
            cprop.i(1, runId).t(2, "param.lr").t(3, QByteArray::number((r % 100) / 1000.0)).run();
            cprop.i(1, runId).t(2, "param.optimizer").t(3, r % 2 ? "adam" : "sgd").run();
            iprop.i(1, runId).t(2, "end_time").i(3, start + 50'000).run();
            parent.i(1, runId).i(2, expId).run();
            art.i(1, metricsType).t(2, "/ws/" + name + "/metrics").i(3, start).i(4, start).run();
            const qint64 aid = sqlite3_last_insert_rowid(db);
            aprop.i(1, aid).t(2, "accuracy").d(3, (r % 1000) / 1000.0).run();
            attr.i(1, runId).i(2, aid).run();
        }
    }
    const bool ok = sqlite3_exec(db, "COMMIT; PRAGMA wal_checkpoint(TRUNCATE);", nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

struct SmallStore
{
    qint64 runA = 0, runB = 0, runC = 0;
    qint64 data = 0, model = 0, metrics = 0, report = 0; ///< artifacts of run A
};

inline void writeText(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
}

/// Three runs of a 3-step pipeline ingest -> train -> eval (eval also reads the data) through
/// the recorder; they differ in lr, accuracy, the train command (C), the eval task (absent in
/// B) and the dataset manifest (C). Files under `dir`.
inline SmallStore recordSmallStore(MetadataStore &s, const QString &dir)
{
    SmallStore out;
    QStringList csv{QStringLiteral("id,age,churn")};
    for (int i = 0; i < 300; ++i)
        csv << QStringLiteral("%1,%2,%3").arg(i).arg(20 + i % 50).arg(i % 3 == 0);
    writeText(dir + QStringLiteral("/data/churn.csv"), csv.join(QLatin1Char('\n')).toUtf8() + '\n');
    auto one = [&](const QString &name, double lr, double acc, const QString &trainCmd, bool withEval, const QString &manifest) {
        RunInfo info;
        info.pipelineName = QStringLiteral("churn");
        info.runName = name;
        info.experiment = QStringLiteral("churn-exp");
        info.parameters = {{QStringLiteral("lr"), lr}, {QStringLiteral("epochs"), 10}};
        info.gitCommit = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
        info.datasetManifestHashes = {{QStringLiteral("data/churn.csv"), manifest}};
        info.startMs = 1'767'000'000'000LL;
        const qint64 run = *s.beginRun(info);
        const QString w = dir + QLatin1Char('/') + name;
        const QString log = w + QStringLiteral("/train.log");
        writeText(log, "epoch 1 loss 0.7\nepoch 2 loss 0.5\ndone\n");
        const QString dataUri = dir + QStringLiteral("/data/churn.csv");
        StepRecord ingest;
        ingest.taskName = QStringLiteral("ingest");
        ingest.imageId = QStringLiteral("python:3.11");
        ingest.resolvedCommand = {QStringLiteral("python"), QStringLiteral("ingest.py")};
        ingest.outputs = {ArtifactRef{dataUri, QStringLiteral("system.Dataset"), QStringLiteral("data"), {}}};
        ingest.startMs = info.startMs;
        ingest.endMs = info.startMs + 2000;
        (void)s.recordStep(run, ingest);
        StepRecord train;
        train.taskName = QStringLiteral("train");
        train.imageId = QStringLiteral("sklearn:1.4");
        train.resolvedCommand = {QStringLiteral("python"), trainCmd};
        train.cacheKey = QStringLiteral("k-") + trainCmd;
        train.logPath = log;
        train.inputs = {ArtifactRef{dataUri, QStringLiteral("system.Dataset"), QStringLiteral("data"), {}}};
        train.outputs = {ArtifactRef{w + QStringLiteral("/model.pkl"), QStringLiteral("system.Model"), QStringLiteral("model"), {}},
                         ArtifactRef{w + QStringLiteral("/metrics.json"), QStringLiteral("system.Metrics"), QStringLiteral("metrics"),
                                     {{QStringLiteral("accuracy"), acc}, {QStringLiteral("auc"), 0.8}}}};
        train.startMs = info.startMs + 2000;
        train.endMs = info.startMs + 9000;
        (void)s.recordStep(run, train);
        if (withEval) {
            StepRecord eval;
            eval.taskName = QStringLiteral("eval");
            eval.imageId = QStringLiteral("sklearn:1.4");
            eval.resolvedCommand = {QStringLiteral("python"), QStringLiteral("eval.py")};
            eval.inputs = {ArtifactRef{w + QStringLiteral("/model.pkl"), QStringLiteral("system.Model"), QStringLiteral("model"), {}},
                           ArtifactRef{dataUri, QStringLiteral("system.Dataset"), QStringLiteral("data"), {}}};
            eval.outputs = {ArtifactRef{w + QStringLiteral("/report.txt"), QStringLiteral("system.Artifact"), QStringLiteral("report"), {}}};
            eval.startMs = info.startMs + 9000;
            eval.endMs = info.startMs + 10000;
            (void)s.recordStep(run, eval);
        }
        (void)s.finishRun(run, RunState::Complete, info.startMs + 10000);
        return run;
    };
    out.runA = one(QStringLiteral("run-a"), 0.1, 0.91, QStringLiteral("train.py"), true, QStringLiteral("aaaa1111"));
    out.runB = one(QStringLiteral("run-b"), 0.01, 0.87, QStringLiteral("train.py"), false, QStringLiteral("aaaa1111"));
    out.runC = one(QStringLiteral("run-c"), 0.1, 0.91, QStringLiteral("train_v2.py"), true, QStringLiteral("bbbb2222"));
    auto detail = s.runDetail(out.runA);
    for (const StepDetail &step : detail->steps) {
        for (const ArtifactInfo &a : step.outputs) {
            if (a.uri.endsWith(QLatin1String("churn.csv")))
                out.data = a.id;
            else if (a.uri.endsWith(QLatin1String("model.pkl")))
                out.model = a.id;
            else if (a.uri.endsWith(QLatin1String("metrics.json")))
                out.metrics = a.id;
            else if (a.uri.endsWith(QLatin1String("report.txt")))
                out.report = a.id;
        }
    }
    return out;
}

} // namespace runstest
