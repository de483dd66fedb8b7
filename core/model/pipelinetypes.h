// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/componentspec.h"
#include "core/model/nodeid.h"

#include <QList>
#include <QMetaType>
#include <QPair>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <optional>

namespace wb::model {

/// What an input of a task is bound to.
struct ArgumentValue
{
    enum class Kind {
        Constant,   ///< a literal value
        Parameter,  ///< a pipeline parameter (graphInput)
        TaskOutput, ///< an output of an upstream task (taskOutput) = a data edge
        Dataset,    ///< a dataset manifest reference (mlwb extension)
    };
    Kind kind = Kind::Constant;
    QVariant constant;   ///< Constant: the value as written (string, int, double, bool)
    QString parameter;   ///< Parameter: pipeline input name
    QString task;        ///< TaskOutput: upstream task *name*
    QString output;      ///< TaskOutput: upstream output name
    QString manifest;    ///< Dataset: relative path of the dataset manifest
    TypeSpec type;       ///< optional type written on graphInput/taskOutput in the file (kept)

    static ArgumentValue fromConstant(const QVariant &v);
    static ArgumentValue fromParameter(const QString &name);
    static ArgumentValue fromTaskOutput(const QString &task, const QString &output);
    static ArgumentValue fromDataset(const QString &manifest);
    bool operator==(const ArgumentValue &) const = default;
};

using Arguments = QList<QPair<QString, ArgumentValue>>; ///< input -> value, in file order

/// Run the task only when an upstream output compares true (maps to KFP isEnabled).
struct RunCondition
{
    QString task;      ///< upstream task name
    QString output;    ///< its output name
    QString op = QStringLiteral("=="); ///< one of == != < <= > >=
    QString value;     ///< right-hand side, as text
    static bool isValidOperator(const QString &op);
    bool operator==(const RunCondition &) const = default;
};

/// Per-task execution options. Defaults mean "not set" and are not written.
struct TaskOptions
{
    bool cache = true;
    int retries = 0;
    int retryBackoffSeconds = 0;
    int timeoutSeconds = 0;   ///< 0 = none
    QString cpu;              ///< e.g. "2", "500m"; empty = default
    QString memory;           ///< e.g. "4Gi"; empty = default
    int gpu = 0;
    /// Network access of the step's container (annotation mlwb.io/network "true"/"false").
    /// Unset: the component's default (its metadata annotation mlwb.io/network), else off.
    std::optional<bool> network;
    std::optional<RunCondition> condition;
    bool operator==(const TaskOptions &) const = default;
};

/// One task of a pipeline. `spec` null = missing component: the reference (`ref`) and
/// everything else are kept so saving writes the task back unchanged.
struct Task
{
    NodeId id;
    QString name;                 ///< unique in the pipeline (the key in graph.tasks)
    ComponentRef ref;             ///< how the file refers to the component (inline spec or url+digest)
    ComponentSpecPtr spec;        ///< resolved spec; null = missing
    QString missingReason;        ///< why spec is null (translated)
    Arguments arguments;
    QStringList after;            ///< explicit dependencies: names of tasks this one runs after
    TaskOptions options;
    QPointF position;
    bool hasPosition = false;
    QVariantMap extraAnnotations;      ///< annotations we do not interpret (kept verbatim)
    QVariantMap extraExecutionOptions; ///< executionOptions parts we do not interpret
    QVariant extraIsEnabled;           ///< an isEnabled predicate we cannot map to a RunCondition
    /// Bookkeeping of PipelineModel::rebaseReferences (which folder the relative references are
    /// relative to); -1 = fresh. Not part of the task's value: operator== ignores it.
    int referenceGeneration = -1;

    bool isMissing() const { return !spec; }
    const ArgumentValue *argument(const QString &input) const;
    void setArgument(const QString &input, const ArgumentValue &value);
    bool clearArgument(const QString &input);
    /// Names of upstream tasks this task references (arguments, after, condition).
    QStringList referencedTasks() const;
    /// Replaces every reference to task `from` by `to`; returns whether anything changed.
    bool renameReferences(const QString &from, const QString &to);
    /// Drops every reference to `task` (arguments become unbound); returns whether anything changed.
    bool dropReferences(const QString &task);
};

bool operator==(const Task &a, const Task &b);
bool sameComponentRef(const ComponentRef &a, const ComponentRef &b);

/// A data edge (output -> input), an explicit "after" edge, or a run-condition edge.
struct Edge
{
    enum class Kind { Data, After, Condition };
    Kind kind = Kind::Data;
    NodeId from;
    QString output;   ///< Data/Condition: upstream output
    NodeId to;
    QString input;    ///< Data: downstream input
    bool operator==(const Edge &) const = default;
};
size_t qHash(const Edge &e, size_t seed = 0) noexcept;

/// A pipeline output (graph outputValues + the graph component's outputs).
struct PipelineOutput
{
    OutputSpec spec;
    QString task;     ///< empty = unbound
    QString output;
    TypeSpec argumentType; ///< type written on the taskOutput reference (kept)
    bool operator==(const PipelineOutput &) const = default;
};

/// Pipeline-level properties: the graph component's header.
struct PipelineInfo
{
    QString name;
    QString description;
    QVariantMap metadata;
    QList<InputSpec> parameters;     ///< pipeline parameters = the graph component's inputs
    QList<PipelineOutput> outputs;
    bool operator==(const PipelineInfo &) const = default;
};

/// A whole pipeline as plain values: what loading produces and what saving consumes.
struct PipelineSnapshot
{
    PipelineInfo info;
    QList<Task> tasks;   ///< in document order
    bool operator==(const PipelineSnapshot &) const = default;
};

/// Tasks copied for paste / duplicate (names are replaced on paste).
struct PipelineFragment
{
    QList<Task> tasks;
};

/// "Train model" -> "train-model": a task name proposal from a component name.
QString taskNameFromComponentName(const QString &componentName);
/// Empty when `name` can be a task name, else why not.
QString checkTaskName(const QString &name);

} // namespace wb::model
Q_DECLARE_METATYPE(wb::model::Edge)

namespace wb::model {
/// KFP type compatibility: equal names ignoring case, or either side untyped.
bool typesCompatible(const TypeSpec &a, const TypeSpec &b);
} // namespace wb::model
