// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/metadatastore.h"
#include "core/store/sqlitedb.h"

#include <QHash>

namespace wb::store {

/// Names KFP v2 uses (backend/src/v2/metadata/client.go); experiments are our addition.
namespace Names {
inline const QString pipelineType = QStringLiteral("system.Pipeline");
inline const QString runType = QStringLiteral("system.PipelineRun");
inline const QString experimentType = QStringLiteral("system.Experiment");
inline const QString containerExecution = QStringLiteral("system.ContainerExecution");
inline const QString metricsType = QStringLiteral("system.Metrics");
inline const QString datasetType = QStringLiteral("system.Dataset");
inline const QString modelType = QStringLiteral("system.Model");
inline const QString artifactType = QStringLiteral("system.Artifact");
inline const QString paramPrefix = QStringLiteral("param.");
inline const QString tagPrefix = QStringLiteral("tag.");
inline const QString defaultExperiment = QStringLiteral("Default");
/// Run-context custom properties about metric names (see MetadataStore's data model).
inline const QString recordedBy = QStringLiteral("recorded_by");
inline const QString mlwbRecorder = QStringLiteral("mlwb");
inline const QString runMetrics = QStringLiteral("run_metrics");
inline const QString runMetricOutputs = QStringLiteral("run_metric_outputs");
inline const QString mlflowRunId = QStringLiteral("mlflow.run_id");
} // namespace Names

/// Whether a run's metrics are named "<task>.<metric>", from its context's custom properties.
/// The SQL twin is in runqueries.cpp (qualifiedRunSql): keep the two in step.
bool qualifiesMetricNames(const Properties &runCustomProperties);
/// A string-list property as written by writeProperty (struct {"list": [...]}) or a plain
/// comma-separated string.
QStringList stringListProperty(const QVariant &value);

class MetadataStore::Private
{
public:
    Internal::SqliteDb db;
    QString path;
    bool readOnly = false;
    bool hasOwnTables = false;
    int txDepth = 0;
    QHash<QString, qint64> typeCache; ///< "kind:name" -> id

    Result<void> checkWritable() const;
    Result<qint64> typeId(const QString &name, TypeKind kind, bool create);
    /// Upserts one property row (exactly one value column set, MLMD style).
    Result<void> writeProperty(NodeKind kind, qint64 id, const QString &name, const QVariant &value, bool custom);
    Result<void> writeProperties(NodeKind kind, qint64 id, const Properties &props, bool custom);
    /// Reads properties of many nodes: id -> (custom?, name -> value).
    Result<void> readProperties(NodeKind kind, const QList<qint64> &ids,
                                QHash<qint64, Properties> *props, QHash<qint64, Properties> *custom);
    /// Context ids of run-like types (system.PipelineRun, pipeline_run, run, KfpRun).
    QList<qint64> runTypeIds();
    QString typeNameOf(qint64 typeId);
    Result<qint64> findArtifactByUri(qint64 typeId, const QString &uri);
    Result<QString> uniqueContextName(qint64 typeId, const QString &base);
    Result<void> touchContext(qint64 id, qint64 ms);
    Result<void> addOutputRunMetrics(qint64 runId, const StepRecord &step);
};

/// Decodes a property row's value columns in MLMD's reader order (int, double, string,
/// proto, bool); struct strings become QVariantMap.
QVariant propertyValue(const Internal::Statement &stmt, int firstValueColumn);
qint64 nowMs();
QString idList(const QList<qint64> &ids);

} // namespace wb::store
