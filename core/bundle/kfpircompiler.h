// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/diagnostic.h"
#include "core/base/result.h"
#include "core/model/pipelinetypes.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVariantMap>

namespace wb::bundle {

struct KfpIrOptions
{
    /// Folder of the pipeline file: dataset manifests (`dataset: {manifest: ...}`) are read
    /// relative to it. Empty = dataset defaults cannot be looked up (a warning).
    QString pipelineDir;
    /// sdkVersion written into the IR; default "mlwb-<version>".
    QString sdkVersion;
    /// Dataset manifests to read from somewhere else than pipelineDir/<manifest>, keyed by the
    /// manifest path the snapshot names (a package compiles its rewritten manifest, whose
    /// paths point into the package, while the files are still at their original place).
    QHash<QString, QString> datasetFiles;
};

struct CompiledIr
{
    /// The PipelineSpec in its proto3-JSON form. QVariantMap keeps keys sorted, which is the
    /// order the KFP SDK writes (yaml.dump(sort_keys=True)); lists keep their order.
    QVariantMap ir;
    Diagnostics diagnostics; ///< warnings (things KFP v2 cannot express and were left out)
};

/// Compiles a pipeline to the KFP v2 IR (shared/formats/kfp.md (b)), like the v2 SDK compiles
/// a pipeline built from v1 component.yaml files:
/// - one `comp-<name>` + `exec-<name>` per distinct component (identical ones shared; a
///   task-specific part such as resources or a condition input makes a variant `-2`, `-3`);
/// - an input is an artifact when the command reads it as a file (inputPath/inputUri), else a
///   parameter (its v1 type mapped, untyped -> STRING); an output is a parameter when every
///   consumer reads it as a value (or nobody reads it and its type is a parameter type), else
///   an artifact, so both ends of every data edge agree;
/// - task arguments -> componentInputParameter / taskOutputParameter / runtimeValue.constant /
///   taskOutputArtifact; dependentTasks = data producers + "after" + condition source, sorted;
/// - a run condition -> triggerPolicy.condition in CEL over a `pipelinechannel--<task>-<output>`
///   input the task receives (declared in its component), as the SDK writes for dsl.If;
/// - dataset-bound file inputs -> one importer task per dataset manifest whose URI is a root
///   parameter `dataset_<name>_uri` (default: the manifest's path; set it at run time when
///   that is a local path - a warning says so);
/// - caching off -> `cachingOptions: {}`, retries -> retryPolicy, cpu/memory/gpu -> container
///   resources; a timeout has no IR field (warning).
/// Errors (all collected into one Error): missing or graph components, a constant or pipeline
/// parameter bound to a file input, an output read both as a value and as a file, unknown
/// references, required inputs without a value.
Result<CompiledIr> compileKfpIr(const model::PipelineSnapshot &snapshot, const KfpIrOptions &options = {});

/// The IR as YAML text, deterministic: a `# PIPELINE DEFINITION` comment header, then keys
/// sorted alphabetically at every level.
QByteArray kfpIrToYaml(const QVariantMap &ir);

/// The pipelineInfo.name for a pipeline name ("Churn model selection" -> "churn-model-selection").
QString kfpPipelineName(const QString &name);

} // namespace wb::bundle
