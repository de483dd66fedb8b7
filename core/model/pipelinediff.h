// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/pipelinetypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace wb::model {

/// One changed field of a task or of the pipeline header, with both values as text.
struct FieldChange
{
    /// "component.ref", "component.digest", "component.spec", "arguments.<input>",
    /// "options.<name>" (cache, retries, retryBackoffSeconds, timeoutSeconds, cpu, memory,
    /// gpu, extra), "condition", "after", "annotations", "position".
    QString field;
    QString before; ///< empty when the field was not set
    QString after;
};

struct TaskChange
{
    QString task;
    QList<FieldChange> fields;
    QStringList fieldNames() const;
};

/// The difference between two versions of a pipeline, by task name (names are the keys in
/// the file, so a rename is a removal plus an addition). Edges are "from.output->to.input"
/// (data), "from->to (after)" and "from.output->to (condition)".
struct PipelineDiff
{
    QStringList added;   ///< task names, in the new version's order
    QStringList removed; ///< in the old version's order
    QList<TaskChange> changed;
    QStringList edgesAdded;
    QStringList edgesRemoved;
    QStringList parametersAdded;
    QStringList parametersRemoved;
    QList<FieldChange> parametersChanged; ///< field = parameter name; before/after = its summary
    QStringList outputsAdded;
    QStringList outputsRemoved;
    QList<FieldChange> outputsChanged;
    QList<FieldChange> header;            ///< "name", "description", "metadata"

    bool isEmpty() const;
    const TaskChange *change(const QString &task) const;
    /// The same diff without "position" fields (tasks that only moved disappear).
    PipelineDiff withoutPositions() const;
    /// {"added","removed","changed":[{"task","fields":[names],"details":[{field,before,after}]}],
    ///  "edgesAdded","edgesRemoved","parameters":{"added","removed","changed"},
    ///  "outputs":{...},"header":[...]}
    QJsonObject toJson() const;
    /// Human-readable multi-line summary (translated).
    QString toText() const;
};

/// Compares two versions: `before` = old, `after` = new.
PipelineDiff diffPipelines(const PipelineSnapshot &before, const PipelineSnapshot &after);

/// Every edge of a snapshot in the string forms PipelineDiff uses.
QStringList edgeStrings(const PipelineSnapshot &pipeline);
/// An argument value as the diff shows it: constants as written, "{param}" for a parameter,
/// "task.output" for an upstream output, "dataset:path" for a dataset manifest.
QString argumentText(const ArgumentValue &value);

} // namespace wb::model
