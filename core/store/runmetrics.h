// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

/// Run metrics: the metrics a pipeline names as the figures of its runs (the Runs table shows
/// them as its metric columns). A pipeline names them with an annotation in its metadata,
///
///     metadata:
///       annotations: {mlwb.io/run-metrics: 'select-best.value, evaluate-logreg.roc_auc'}
///
/// and/or with pipeline outputs of type Metrics (RunInfo::runMetricOutputs). Names are the
/// names the store reports for runs recorded by mlwb: "<task>.<metric>".
namespace wb::store::RunMetrics {

inline const QString annotation = QStringLiteral("mlwb.io/run-metrics");

/// "a.x, b.y" (commas and/or line breaks) or a YAML list -> {"a.x", "b.y"}: trimmed, empty
/// entries and repeats dropped, order kept.
QStringList parse(const QVariant &value);
/// The annotation's names from a component's `metadata` ({annotations: {...}}).
QStringList fromMetadata(const QVariantMap &metadata);
/// "<task>.<metric>": how the store names a metric of a run recorded by mlwb.
QString qualifiedName(const QString &task, const QString &metric);

} // namespace wb::store::RunMetrics
