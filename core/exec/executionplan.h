// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/model/componentspec.h"
#include "core/model/pipelinetypes.h"
#include "core/store/storetypes.h"

#include <QMetaType>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace wb::exec {

/// Where the value of one input of a step comes from.
struct PlanInput
{
    enum class Kind {
        Value,        ///< a constant or pipeline parameter, already a string
        TaskOutput,   ///< the file an upstream step writes
        DatasetFile,  ///< the data file (or folder) a dataset manifest names
    };
    QString name;
    Kind kind = Kind::Value;
    QString value;        ///< Value
    QString task;         ///< TaskOutput: upstream task
    QString output;       ///< TaskOutput: upstream output
    QString hostPath;     ///< DatasetFile: absolute path of the data
    QString manifestPath; ///< DatasetFile: absolute path of the manifest
    QString typeName;     ///< the input's KFP type name (artifact type mapping)
    bool usedAsValue = false; ///< {inputValue} somewhere: the file content becomes the value
};

struct PlanOutput
{
    QString name;
    QString typeName;
};

/// One task of the run, with everything needed to start it. Values only: the spec is shared
/// as shared_ptr<const>, so editing the document never reaches a compiled plan.
struct PlanStep
{
    QString task;
    QString componentName;
    QString componentDigest; ///< sha256 of the canonical component spec (cache key part)
    model::ComponentSpecPtr spec;
    QString image;
    QList<PlanInput> inputs;
    QList<PlanOutput> outputs;
    QStringList dependsOn;   ///< upstream tasks (data, after, condition), sorted
    model::TaskOptions options;

    const PlanInput *input(const QString &name) const;
};

/// An immutable snapshot of a pipeline prepared for one run: steps in topological order.
struct ExecutionPlan
{
    QString pipelineName;
    QString pipelineFile;   ///< may be empty (plan compiled from an in-memory model)
    QString baseDir;        ///< folder relative component/dataset paths are resolved against
    QMap<QString, QString> parameters;            ///< every pipeline parameter's value
    QMap<QString, QString> datasetManifestHashes; ///< manifest path (relative) -> sha256
    QList<PlanStep> steps;
    /// Run metrics the pipeline names ("<task>.<metric>", annotation `mlwb.io/run-metrics`) and
    /// the task outputs bound to its pipeline outputs of type Metrics (store::RunInfo).
    QStringList runMetrics;
    QList<store::TaskOutputRef> runMetricOutputs;

    const PlanStep *step(const QString &task) const;
    int indexOf(const QString &task) const;
    /// Tasks depending on `task`, transitively (not including it).
    QSet<QString> downstreamOf(const QString &task) const;
    /// Tasks `task` depends on, transitively (not including it).
    QSet<QString> upstreamOf(const QString &task) const;
};

using ExecutionPlanPtr = std::shared_ptr<const ExecutionPlan>;

struct PlanOptions
{
    QString baseDir;       ///< the pipeline file's folder
    QString pipelineFile;
    QMap<QString, QString> parameters; ///< NAME=VALUE from the user; others take defaults
};

/// Compiles a pipeline snapshot into an ExecutionPlan. Every problem that can be found
/// before anything starts is an error here (code "plan-invalid", all problems in the
/// detail): missing components, graph components, unknown or missing parameters, bindings
/// to unknown tasks/outputs, cycles, dataset manifests that cannot be read, command lines
/// that cannot be resolved (trial resolution with placeholder values).
class PlanCompiler
{
public:
    static Result<ExecutionPlan> compile(const model::PipelineSnapshot &pipeline,
                                         const PlanOptions &options);

    /// KFP v1 serialisation of a constant (booleans as True/False).
    static QString valueToString(const QVariant &value);
    /// sha256 of the component's canonical YAML.
    static QString componentDigest(const model::ComponentSpec &spec);
    /// "Model" -> "system.Model", "CSV" -> "system.Dataset", unknown -> "system.Artifact".
    static QString artifactTypeFor(const QString &kfpTypeName);
    /// Inputs the spec uses through {inputValue} (anywhere in command, args, env, if, concat).
    static QSet<QString> inputsUsedAsValue(const model::ComponentSpec &spec);
};

} // namespace wb::exec

Q_DECLARE_METATYPE(wb::exec::ExecutionPlanPtr)
