// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/mlflowimporter.h"

#include "core/base/tr.h"
#include "core/store/metadatastore.h"
#include "core/store/metadatastore_p.h"
#include "core/store/sqlitedb.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

namespace wb::store {

using namespace Internal;

namespace {

struct Source
{
    SqliteDb db;
    QSet<QString> tables;

    QSet<QString> columns(const QString &table)
    {
        QSet<QString> cols;
        auto sel = db.prepare(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table));
        if (sel) {
            while (sel->next())
                cols.insert(sel->columnText(1));
        }
        return cols;
    }
};

RunState mapStatus(const QString &status)
{
    if (status == QLatin1String("RUNNING"))
        return RunState::Running;
    if (status == QLatin1String("FINISHED"))
        return RunState::Complete;
    if (status == QLatin1String("FAILED"))
        return RunState::Failed;
    if (status == QLatin1String("KILLED"))
        return RunState::Canceled;
    if (status == QLatin1String("SCHEDULED"))
        return RunState::New;
    return RunState::Unknown;
}

ExecutionState executionState(RunState s)
{
    switch (s) {
    case RunState::Running: return ExecutionState::Running;
    case RunState::Complete: return ExecutionState::Complete;
    case RunState::Failed: return ExecutionState::Failed;
    case RunState::Canceled: return ExecutionState::Canceled;
    case RunState::New: return ExecutionState::New;
    default: return ExecutionState::Unknown;
    }
}

struct RunRow
{
    QString uuid, name, status, lifecycle, artifactUri, user;
    qint64 start = 0, end = 0, experimentId = 0;
};

Error sourceError(const QString &path, const Error &e)
{
    Error out = e;
    out.message = Tr::tr("Cannot read the MLflow store %1: %2").arg(path, e.message);
    return out;
}

} // namespace

Result<ImportSummary> MlflowImporter::importFile(MetadataStore &store, const QString &mlflowPath)
{
    if (!QFileInfo::exists(mlflowPath))
        return makeError(QStringLiteral("mlflow.missing"), Tr::tr("The MLflow store %1 does not exist").arg(mlflowPath));
    Source src;
    // Read-only: an MLflow tracking store must never change because we looked at it.
    QFile f(mlflowPath);
    if (f.open(QIODevice::ReadOnly) && !f.read(16).startsWith(QByteArray("SQLite format 3")))
        return makeError(QStringLiteral("mlflow.notadb"),
                         Tr::tr("%1 is not an SQLite database (an MLflow store is a file such as mlflow.db)").arg(mlflowPath));
    f.close();
    const QString uri = QUrl::fromLocalFile(QFileInfo(mlflowPath).absoluteFilePath()).toString(QUrl::FullyEncoded)
                        + QStringLiteral("?mode=ro");
    if (auto r = src.db.open(uri, true, 2000); !r)
        return sourceError(mlflowPath, r.error());
    {
        auto sel = src.db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
        if (!sel)
            return sourceError(mlflowPath, sel.error());
        while (sel->next())
            src.tables.insert(sel->columnText(0));
        if (sel->hasError())
            return sourceError(mlflowPath, sel->error());
    }
    if (!src.tables.contains(QStringLiteral("experiments")) || !src.tables.contains(QStringLiteral("runs")))
        return makeError(QStringLiteral("mlflow.schema"),
                         Tr::tr("%1 is not an MLflow tracking store (no 'experiments' and 'runs' tables)").arg(mlflowPath));

    ImportSummary summary;
    auto *d = store.d_func();
    auto result = store.transaction([&]() -> Result<void> {
        // Experiments.
        QHash<qint64, qint64> experimentContext;
        {
            const QSet<QString> cols = src.columns(QStringLiteral("experiments"));
            auto col = [&](const char *name) {
                return cols.contains(QLatin1String(name)) ? QString::fromLatin1(name) : QStringLiteral("NULL");
            };
            auto sel = src.db.prepare(QStringLiteral("SELECT experiment_id, name, %1, %2, %3 FROM experiments ORDER BY experiment_id")
                                          .arg(col("artifact_location"), col("lifecycle_stage"), col("creation_time")));
            if (!sel)
                return sel.error();
            while (sel->next()) {
                const QString name = sel->columnText(1);
                auto existing = store.contextByName(Names::experimentType, name);
                if (!existing)
                    return existing.error();
                qint64 id = *existing ? (*existing)->id : 0;
                if (!id) {
                    ContextInfo c;
                    c.typeName = Names::experimentType;
                    c.name = name;
                    c.createMs = sel->columnInt(4);
                    c.customProperties.insert(QStringLiteral("display_name"), name);
                    c.customProperties.insert(QStringLiteral("mlflow.experiment_id"), sel->columnText(0));
                    if (!sel->columnIsNull(2))
                        c.customProperties.insert(QStringLiteral("artifact_location"), sel->columnText(2));
                    if (!sel->columnIsNull(3))
                        c.customProperties.insert(QStringLiteral("lifecycle_stage"), sel->columnText(3));
                    auto created = store.putContext(c);
                    if (!created)
                        return created.error();
                    id = *created;
                    ++summary.experiments;
                }
                experimentContext.insert(sel->columnInt(0), id);
            }
            if (sel->hasError())
                return sel->error();
        }

        // Runs.
        const QSet<QString> runCols = src.columns(QStringLiteral("runs"));
        auto rcol = [&](const char *name) {
            return runCols.contains(QLatin1String(name)) ? QString::fromLatin1(name) : QStringLiteral("NULL");
        };
        QList<RunRow> rows;
        {
            auto sel = src.db.prepare(QStringLiteral("SELECT run_uuid, %1, status, start_time, end_time, %2, %3, experiment_id, %4 "
                                                     "FROM runs ORDER BY start_time, run_uuid")
                                          .arg(rcol("name"), rcol("lifecycle_stage"), rcol("artifact_uri"), rcol("user_id")));
            if (!sel)
                return sel.error();
            while (sel->next()) {
                RunRow r;
                r.uuid = sel->columnText(0);
                r.name = sel->columnText(1);
                r.status = sel->columnText(2);
                r.start = sel->columnInt(3);
                r.end = sel->columnInt(4);
                r.lifecycle = sel->columnText(5);
                r.artifactUri = sel->columnText(6);
                r.experimentId = sel->columnInt(7);
                r.user = sel->columnText(8);
                rows << r;
            }
            if (sel->hasError())
                return sel->error();
        }
        auto keyValues = [&](const QString &table, const QString &uuid) -> Result<QList<QPair<QString, QString>>> {
            QList<QPair<QString, QString>> out;
            if (!src.tables.contains(table))
                return out;
            auto sel = src.db.prepare(QStringLiteral("SELECT key, value FROM \"%1\" WHERE run_uuid = ? ORDER BY key").arg(table));
            if (!sel)
                return sel.error();
            sel->bindText(1, uuid);
            while (sel->next())
                out << qMakePair(sel->columnText(0), sel->columnText(1));
            if (sel->hasError())
                return sel->error();
            return out;
        };
        QHash<QString, qint64> runContext;
        QHash<QString, QString> parentOf;
        QHash<QString, qint64> datasetArtifact;
        auto runTypeId = d->typeId(Names::runType, TypeKind::Context, true);
        if (!runTypeId)
            return runTypeId.error();
        for (const RunRow &r : std::as_const(rows)) {
            {
                auto existing = store.contextByName(Names::runType, r.uuid);
                if (!existing)
                    return existing.error();
                if (*existing) {
                    ++summary.skippedRuns;
                    runContext.insert(r.uuid, (*existing)->id);
                    continue;
                }
            }
            const RunState state = mapStatus(r.status);
            ContextInfo run;
            run.typeId = *runTypeId;
            run.name = r.uuid;
            run.createMs = r.start;
            run.updateMs = r.end ? r.end : r.start;
            auto &cp = run.customProperties;
            cp.insert(QStringLiteral("display_name"), r.name.isEmpty() ? r.uuid : r.name);
            cp.insert(QStringLiteral("state"), runStateName(state));
            cp.insert(QStringLiteral("mlflow.run_id"), r.uuid);
            if (r.end)
                cp.insert(QStringLiteral("end_time"), r.end);
            if (!r.lifecycle.isEmpty())
                cp.insert(QStringLiteral("lifecycle_stage"), r.lifecycle);
            if (!r.user.isEmpty())
                cp.insert(QStringLiteral("user"), r.user);
            auto params = keyValues(QStringLiteral("params"), r.uuid);
            if (!params)
                return params.error();
            for (const auto &[k, v] : std::as_const(*params))
                cp.insert(Names::paramPrefix + k, v);
            summary.params += int(params->size());
            auto tags = keyValues(QStringLiteral("tags"), r.uuid);
            if (!tags)
                return tags.error();
            for (const auto &[k, v] : std::as_const(*tags)) {
                cp.insert(Names::tagPrefix + k, v);
                if (k == QLatin1String("mlflow.source.git.commit"))
                    cp.insert(QStringLiteral("git_commit"), v);
                if (k == QLatin1String("mlflow.parentRunId"))
                    parentOf.insert(r.uuid, v);
            }
            summary.tags += int(tags->size());
            auto runId = store.putContext(run);
            if (!runId)
                return runId.error();
            runContext.insert(r.uuid, *runId);
            if (const qint64 exp = experimentContext.value(r.experimentId))
                WB_TRY(store.putParentContext(*runId, exp));

            ExecutionInfo exec;
            exec.typeName = QStringLiteral("mlflow.Run");
            exec.name = r.uuid;
            exec.state = int(executionState(state));
            exec.createMs = r.start;
            exec.updateMs = r.end ? r.end : r.start;
            exec.customProperties.insert(QStringLiteral("display_name"), r.name.isEmpty() ? r.uuid : r.name);
            exec.customProperties.insert(QStringLiteral("task_name"), r.name.isEmpty() ? r.uuid : r.name);
            auto execId = store.putExecution(exec);
            if (!execId)
                return execId.error();
            WB_TRY(store.putAssociation(*runId, *execId));

            // Metrics: full history into our table, latest values onto a system.Metrics artifact.
            if (src.tables.contains(QStringLiteral("metrics"))) {
                const bool hasStep = src.columns(QStringLiteral("metrics")).contains(QStringLiteral("step"));
                const bool hasNan = src.columns(QStringLiteral("metrics")).contains(QStringLiteral("is_nan"));
                auto sel = src.db.prepare(QStringLiteral("SELECT key, %1, timestamp, value, %2 FROM metrics WHERE run_uuid = ? "
                                                         "ORDER BY 1, 2, 3, 4")
                                              .arg(hasStep ? QStringLiteral("step") : QStringLiteral("0"),
                                                   hasNan ? QStringLiteral("is_nan") : QStringLiteral("0")));
                if (!sel)
                    return sel.error();
                sel->bindText(1, r.uuid);
                QMap<QString, QList<MetricPoint>> history;
                while (sel->next())
                    history[sel->columnText(0)] << MetricPoint{sel->columnInt(1), sel->columnInt(2), sel->columnDouble(3),
                                                               sel->columnInt(4) != 0};
                if (sel->hasError())
                    return sel->error();
                Properties latest;
                for (auto it = history.constBegin(); it != history.constEnd(); ++it) {
                    WB_TRY(store.appendMetricHistory(*runId, it.key(), it.value()));
                    summary.metricPoints += int(it.value().size());
                    // MLflow's latest_metrics rule: max (step, timestamp, value).
                    const MetricPoint *best = nullptr;
                    for (const MetricPoint &p : it.value()) {
                        if (!best || std::tie(p.step, p.timestampMs, p.value) > std::tie(best->step, best->timestampMs, best->value))
                            best = &p;
                    }
                    if (best)
                        latest.insert(it.key(), best->isNan ? QVariant(QStringLiteral("NaN")) : QVariant(best->value));
                }
                if (!latest.isEmpty()) {
                    ArtifactInfo m;
                    m.typeName = Names::metricsType;
                    m.uri = (r.artifactUri.isEmpty() ? QStringLiteral("mlflow:") + r.uuid : r.artifactUri) + QStringLiteral("#metrics");
                    m.state = int(ArtifactState::Live);
                    m.createMs = exec.updateMs;
                    m.customProperties = latest;
                    m.customProperties.insert(QStringLiteral("display_name"), QStringLiteral("metrics"));
                    auto mid = store.putArtifact(m);
                    if (!mid)
                        return mid.error();
                    WB_TRY(store.putAttribution(*runId, *mid));
                    auto ev = store.putEvent(EventInfo{0, *mid, *execId, int(EventType::Output), exec.updateMs, {QStringLiteral("metrics")}});
                    if (!ev)
                        return ev.error();
                }
            }

            // Dataset inputs (MLflow >= 2.4).
            if (src.tables.contains(QStringLiteral("inputs")) && src.tables.contains(QStringLiteral("datasets"))) {
                auto sel = src.db.prepare(QStringLiteral(
                    "SELECT d.dataset_uuid, d.name, d.digest, d.dataset_source_type, d.dataset_source, i.input_uuid "
                    "FROM inputs i JOIN datasets d ON d.dataset_uuid = i.source_id "
                    "WHERE i.source_type = 'DATASET' AND i.destination_type = 'RUN' AND i.destination_id = ?"));
                if (!sel)
                    return sel.error();
                sel->bindText(1, r.uuid);
                while (sel->next()) {
                    const QString datasetUuid = sel->columnText(0);
                    qint64 artifactId = datasetArtifact.value(datasetUuid);
                    if (!artifactId) {
                        const QJsonObject source = QJsonDocument::fromJson(sel->columnText(4).toUtf8()).object();
                        QString dsUri;
                        for (const char *key : {"uri", "path", "url", "table_name"}) {
                            if (source.contains(QLatin1String(key))) {
                                dsUri = source.value(QLatin1String(key)).toString();
                                break;
                            }
                        }
                        ArtifactInfo a;
                        a.typeName = Names::datasetType;
                        a.uri = dsUri.isEmpty() ? QStringLiteral("mlflow-dataset:") + datasetUuid : dsUri;
                        a.state = int(ArtifactState::Live);
                        a.createMs = r.start;
                        a.customProperties.insert(QStringLiteral("display_name"), sel->columnText(1));
                        a.customProperties.insert(QStringLiteral("digest"), sel->columnText(2));
                        a.customProperties.insert(QStringLiteral("source_type"), sel->columnText(3));
                        a.customProperties.insert(QStringLiteral("mlflow.dataset_uuid"), datasetUuid);
                        auto created = store.putArtifact(a);
                        if (!created)
                            return created.error();
                        artifactId = *created;
                        datasetArtifact.insert(datasetUuid, artifactId);
                        ++summary.datasets;
                    }
                    WB_TRY(store.putAttribution(*runId, artifactId));
                    auto ev = store.putEvent(EventInfo{0, artifactId, *execId, int(EventType::Input), r.start, {sel->columnText(1)}});
                    if (!ev)
                        return ev.error();
                }
                if (sel->hasError())
                    return sel->error();
            }
            ++summary.runs;
        }
        // Nested runs: the child run context gets the parent run context as a parent.
        for (auto it = parentOf.constBegin(); it != parentOf.constEnd(); ++it) {
            if (runContext.contains(it.value()))
                WB_TRY(store.putParentContext(runContext.value(it.key()), runContext.value(it.value())));
        }
        return {};
    });
    if (!result)
        return result.error();
    return summary;
}

} // namespace wb::store
