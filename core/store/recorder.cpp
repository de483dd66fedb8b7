// SPDX-License-Identifier: GPL-3.0-or-later
// MetadataStore: the run recorder used by the executor (beginRun / recordStep / finishRun).
#include "core/store/metadatastore.h"

#include "core/base/tr.h"
#include "core/store/metadatastore_p.h"
#include "core/store/runmetrics.h"

#include <QDateTime>

#include <algorithm>

namespace wb::store {

using namespace Internal;

Result<QString> MetadataStore::Private::uniqueContextName(qint64 typeId, const QString &base)
{
    QString name = base;
    for (int i = 2;; ++i) {
        {
            auto s = db.cached("SELECT 1 FROM `Context` WHERE type_id = ? AND name = ?");
            if (!s)
                return s.error();
            s->bindInt(1, typeId);
            s->bindText(2, name);
            if (!s->next())
                return name;
        }
        name = base + QLatin1Char('-') + QString::number(i);
    }
}

namespace {

Result<qint64> findOrCreateContext(MetadataStore &store, const QString &type, const QString &name, qint64 ms)
{
    auto existing = store.contextByName(type, name);
    if (!existing)
        return existing.error();
    if (*existing)
        return (*existing)->id;
    ContextInfo c;
    c.typeName = type;
    c.name = name;
    c.createMs = ms;
    c.customProperties.insert(QStringLiteral("display_name"), name);
    return store.putContext(c);
}

struct RunRow
{
    qint64 typeId = 0;
    QString name;
};

Result<RunRow> runRow(Internal::SqliteDb &db, qint64 runId)
{
    auto sel = db.cached("SELECT C.type_id, C.name FROM `Context` C JOIN `Type` T ON T.id = C.type_id "
                         "WHERE C.id = ? AND T.name = 'system.PipelineRun'");
    if (!sel)
        return sel.error();
    sel->bindInt(1, runId);
    if (!sel->next())
        return makeError(QStringLiteral("store.notfound"), Tr::tr("There is no run with id %1 in the store").arg(runId));
    return RunRow{sel->columnInt(0), sel->columnText(1)};
}

} // namespace

Result<qint64> MetadataStore::beginRun(const RunInfo &info)
{
    qint64 runId = 0;
    WB_TRY(transaction([&]() -> Result<void> {
        const qint64 start = info.startMs ? info.startMs : nowMs();
        qint64 pipelineId = 0;
        if (!info.pipelineName.isEmpty()) {
            auto p = findOrCreateContext(*this, Names::pipelineType, info.pipelineName, start);
            if (!p)
                return p.error();
            pipelineId = *p;
        }
        auto exp = findOrCreateContext(*this, Names::experimentType,
                                       info.experiment.isEmpty() ? Names::defaultExperiment : info.experiment, start);
        if (!exp)
            return exp.error();
        auto runType = d->typeId(Names::runType, TypeKind::Context, true);
        if (!runType)
            return runType.error();
        QString base = info.runName;
        if (base.isEmpty()) {
            base = (info.pipelineName.isEmpty() ? QStringLiteral("run") : info.pipelineName) + QLatin1Char('-')
                   + QDateTime::fromMSecsSinceEpoch(start).toString(QStringLiteral("yyyyMMdd-HHmmss"));
        }
        auto name = d->uniqueContextName(*runType, base);
        if (!name)
            return name.error();

        ContextInfo run;
        run.typeId = *runType;
        run.name = *name;
        run.createMs = start;
        run.customProperties.insert(QStringLiteral("display_name"), *name);
        run.customProperties.insert(QStringLiteral("state"), runStateName(RunState::Running));
        // Marks the run as ours: its metrics are reported as "<task>.<metric>".
        run.customProperties.insert(Names::recordedBy, Names::mlwbRecorder);
        if (!info.runMetrics.isEmpty())
            run.customProperties.insert(Names::runMetrics, info.runMetrics);
        if (!info.runMetricOutputs.isEmpty()) {
            QVariantList outputs;
            for (const TaskOutputRef &o : info.runMetricOutputs)
                outputs << QVariantMap{{QStringLiteral("task"), o.task}, {QStringLiteral("output"), o.output}};
            run.customProperties.insert(Names::runMetricOutputs, outputs);
        }
        if (!info.pipelineName.isEmpty())
            run.customProperties.insert(QStringLiteral("pipeline_name"), info.pipelineName);
        if (!info.gitCommit.isEmpty()) {
            run.customProperties.insert(QStringLiteral("git_commit"), info.gitCommit);
            run.customProperties.insert(QStringLiteral("git_dirty"), info.gitDirty);
        }
        if (!info.datasetManifestHashes.isEmpty()) {
            QVariantMap hashes;
            for (auto it = info.datasetManifestHashes.constBegin(); it != info.datasetManifestHashes.constEnd(); ++it)
                hashes.insert(it.key(), it.value());
            run.customProperties.insert(QStringLiteral("dataset_manifest_hashes"), hashes);
        }
        for (auto it = info.parameters.constBegin(); it != info.parameters.constEnd(); ++it)
            run.customProperties.insert(Names::paramPrefix + it.key(), it.value());
        auto id = putContext(run);
        if (!id)
            return id.error();
        runId = *id;
        if (pipelineId)
            WB_TRY(putParentContext(runId, pipelineId));
        return putParentContext(runId, *exp);
    }));
    return runId;
}

Result<qint64> MetadataStore::recordStep(qint64 runId, const StepRecord &step)
{
    qint64 executionId = 0;
    WB_TRY(transaction([&]() -> Result<void> {
        auto run = runRow(d->db, runId);
        if (!run)
            return run.error();
        if (step.taskName.isEmpty())
            return makeError(QStringLiteral("store.invalid"), Tr::tr("A step needs a task name"));
        auto execType = d->typeId(Names::containerExecution, TypeKind::Execution, true);
        if (!execType)
            return execType.error();
        const QString execName = run->name + QLatin1Char('/') + step.taskName;
        {
            auto sel = d->db.cached("SELECT id FROM `Execution` WHERE type_id = ? AND name = ?");
            if (!sel)
                return sel.error();
            sel->bindInt(1, *execType);
            sel->bindText(2, execName);
            if (sel->next())
                executionId = sel->columnInt(0);
        }
        const qint64 start = step.startMs ? step.startMs : nowMs();
        ExecutionInfo e;
        e.id = executionId;
        e.typeId = *execType;
        e.name = execName;
        e.state = int(step.cached ? ExecutionState::Cached : step.state);
        e.createMs = start;
        e.updateMs = step.endMs ? step.endMs : start;
        auto &cp = e.customProperties;
        cp.insert(QStringLiteral("display_name"), step.taskName);
        cp.insert(QStringLiteral("task_name"), step.taskName);
        if (!step.imageId.isEmpty())
            cp.insert(QStringLiteral("image_id"), step.imageId);
        if (!step.resolvedCommand.isEmpty())
            cp.insert(QStringLiteral("resolved_command"), step.resolvedCommand);
        if (step.exitCode)
            cp.insert(QStringLiteral("exit_code"), qint64(*step.exitCode));
        if (!step.logPath.isEmpty())
            cp.insert(QStringLiteral("log_path"), step.logPath);
        if (!step.cacheKey.isEmpty())
            cp.insert(QStringLiteral("cache_fingerprint"), step.cacheKey);
        if (step.cachedExecutionId)
            cp.insert(QStringLiteral("cached_execution_id"), QString::number(step.cachedExecutionId));
        if (step.endMs)
            cp.insert(QStringLiteral("end_time"), step.endMs);
        if (!step.reason.isEmpty())
            cp.insert(QStringLiteral("reason"), step.reason);
        if (!step.stepState.isEmpty())
            cp.insert(QStringLiteral("mlwb_state"), step.stepState);
        if (!step.dependsOn.isEmpty())
            cp.insert(QStringLiteral("depends_on"), step.dependsOn.join(QLatin1Char(',')));
        auto id = putExecution(e);
        if (!id)
            return id.error();
        executionId = *id;
        WB_TRY(putAssociation(runId, executionId));
        auto parents = parentContexts(runId);
        if (!parents)
            return parents.error();
        for (qint64 parent : *parents)
            WB_TRY(putAssociation(parent, executionId)); // KFP associates with pipeline and run

        const bool done = e.state == int(ExecutionState::Complete) || e.state == int(ExecutionState::Cached);
        auto link = [&](const ArtifactRef &ref, EventType type) -> Result<void> {
            auto typeId = d->typeId(ref.type.isEmpty() ? Names::artifactType : ref.type, TypeKind::Artifact, true);
            if (!typeId)
                return typeId.error();
            auto found = d->findArtifactByUri(*typeId, ref.uri);
            if (!found)
                return found.error();
            ArtifactInfo a;
            a.id = *found;
            a.typeId = *typeId;
            a.uri = ref.uri;
            a.state = int(type == EventType::Input || done ? ArtifactState::Live : ArtifactState::Pending);
            a.customProperties = ref.customProperties;
            if (!a.id && !ref.name.isEmpty())
                a.customProperties.insert(QStringLiteral("display_name"), ref.name);
            a.createMs = e.updateMs;
            auto artifactId = putArtifact(a);
            if (!artifactId)
                return artifactId.error();
            WB_TRY(putAttribution(runId, *artifactId));
            EventInfo ev;
            ev.artifactId = *artifactId;
            ev.executionId = executionId;
            ev.type = int(type);
            ev.timeMs = type == EventType::Input ? start : e.updateMs;
            if (!ref.name.isEmpty())
                ev.path << ref.name;
            return putEvent(ev).ok() ? Result<void>() : Result<void>(makeError(QStringLiteral("store.sqlite"),
                                                                               Tr::tr("Cannot record an event")));
        };
        for (const ArtifactRef &ref : step.inputs)
            WB_TRY(link(ref, EventType::Input));
        for (const ArtifactRef &ref : step.outputs)
            WB_TRY(link(ref, EventType::Output));
        WB_TRY(d->addOutputRunMetrics(runId, step));
        return d->touchContext(runId, e.updateMs);
    }));
    return executionId;
}

// A Metrics output bound to a pipeline output of type Metrics: its metrics join the run's
// `run_metrics` (after the names the annotation gave, without repeats).
Result<void> MetadataStore::Private::addOutputRunMetrics(qint64 runId, const StepRecord &step)
{
    const bool anyMetrics = std::any_of(step.outputs.cbegin(), step.outputs.cend(), [](const ArtifactRef &o) {
        return o.type == Names::metricsType && !o.customProperties.isEmpty();
    });
    if (!anyMetrics)
        return {};
    QHash<qint64, Properties> custom;
    WB_TRY(readProperties(NodeKind::Context, {runId}, nullptr, &custom));
    const Properties &run = custom[runId];
    const QVariantList bound = run.value(Names::runMetricOutputs).toMap().value(QStringLiteral("list")).toList();
    if (bound.isEmpty())
        return {};
    const QStringList before = stringListProperty(run.value(Names::runMetrics));
    QStringList names = before;
    for (const ArtifactRef &o : step.outputs) {
        if (o.type != Names::metricsType)
            continue;
        const bool isBound = std::any_of(bound.cbegin(), bound.cend(), [&](const QVariant &b) {
            const QVariantMap m = b.toMap();
            return m.value(QStringLiteral("task")).toString() == step.taskName
                   && m.value(QStringLiteral("output")).toString() == o.name;
        });
        if (!isBound)
            continue;
        for (auto it = o.customProperties.constBegin(); it != o.customProperties.constEnd(); ++it) {
            const int type = it.value().typeId();
            const bool number = type == QMetaType::Double || type == QMetaType::Float || type == QMetaType::Int
                                || type == QMetaType::LongLong || type == QMetaType::UInt || type == QMetaType::ULongLong;
            const QString name = RunMetrics::qualifiedName(step.taskName, it.key());
            if (number && !names.contains(name))
                names << name;
        }
    }
    if (names == before)
        return {};
    return writeProperty(NodeKind::Context, runId, Names::runMetrics, names, true);
}

Result<void> MetadataStore::finishRun(qint64 runId, RunState state, qint64 endMs, const QString &reason)
{
    return transaction([&]() -> Result<void> {
        WB_TRY(runRow(d->db, runId));
        const qint64 end = endMs ? endMs : nowMs();
        WB_TRY(d->writeProperty(NodeKind::Context, runId, QStringLiteral("state"), runStateName(state), true));
        if (!reason.isEmpty())
            WB_TRY(d->writeProperty(NodeKind::Context, runId, QStringLiteral("reason"), reason, true));
        WB_TRY(d->writeProperty(NodeKind::Context, runId, QStringLiteral("end_time"), end, true));
        return d->touchContext(runId, end);
    });
}

Result<int> MetadataStore::markInterruptedRuns()
{
    int count = 0;
    WB_TRY(transaction([&]() -> Result<void> {
        auto sel = d->db.prepare(QStringLiteral(
            "SELECT context_id FROM `ContextProperty` WHERE name = 'state' AND is_custom_property = 1 "
            "AND string_value IN ('RUNNING', 'NEW')"));
        if (!sel)
            return sel.error();
        QList<qint64> runs;
        while (sel->next())
            runs << sel->columnInt(0);
        if (sel->hasError())
            return sel->error();
        const qint64 now = nowMs();
        for (qint64 runId : std::as_const(runs)) {
            WB_TRY(d->writeProperty(NodeKind::Context, runId, QStringLiteral("state"),
                                    runStateName(RunState::Interrupted), true));
            auto execs = d->db.prepare(QStringLiteral(
                "SELECT E.id FROM `Execution` E JOIN `Association` A ON A.execution_id = E.id "
                "WHERE A.context_id = %1 AND E.last_known_state IN (1, 2)").arg(runId));
            if (!execs)
                return execs.error();
            QList<qint64> running;
            while (execs->next())
                running << execs->columnInt(0);
            for (qint64 id : std::as_const(running)) {
                WB_TRY(d->db.execute(QStringLiteral("UPDATE `Execution` SET last_known_state = 4, "
                                                    "last_update_time_since_epoch = %1 WHERE id = %2").arg(now).arg(id)));
                WB_TRY(d->writeProperty(NodeKind::Execution, id, QStringLiteral("interrupted"), qint64(1), true));
            }
            WB_TRY(d->touchContext(runId, now));
        }
        count = int(runs.size());
        return {};
    }));
    return count;
}

Result<void> MetadataStore::appendMetricHistory(qint64 runId, const QString &key, const QList<MetricPoint> &points)
{
    return transaction([&]() -> Result<void> {
        for (const MetricPoint &p : points) {
            auto ins = d->db.cached("INSERT INTO mlwb_metric_history(context_id, key, step, timestamp_ms, value, is_nan) "
                                    "VALUES(?, ?, ?, ?, ?, ?)");
            if (!ins)
                return ins.error();
            ins->bindInt(1, runId);
            ins->bindText(2, key);
            ins->bindInt(3, p.step);
            ins->bindInt(4, p.timestampMs);
            if (p.isNan)
                ins->bindNull(5);
            else
                ins->bindDouble(5, p.value);
            ins->bindInt(6, p.isNan ? 1 : 0);
            WB_TRY(ins->exec());
        }
        return {};
    });
}

Result<void> MetadataStore::setArchived(qint64 runId, bool archived)
{
    return transaction([&]() -> Result<void> {
        auto ins = d->db.cached(archived ? "INSERT OR REPLACE INTO mlwb_run_archive(context_id, archived_ms) VALUES(?, ?)"
                                         : "DELETE FROM mlwb_run_archive WHERE context_id = ? AND ? IS NOT NULL");
        if (!ins)
            return ins.error();
        ins->bindInt(1, runId);
        ins->bindInt(2, nowMs());
        return ins->exec();
    });
}

} // namespace wb::store
