// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/diagnostic.h"
#include "core/base/result.h"
#include "core/model/pipelinetypes.h"

#include <QByteArray>
#include <QVariantMap>

namespace wb::bundle {

struct IrImport
{
    model::PipelineSnapshot snapshot; ///< tasks carry inline v1 component specs
    Diagnostics diagnostics;          ///< warnings: every part that could not be represented
};

/// Turns a KFP v2 pipeline IR into a pipeline the editor shows (the reverse of compileKfpIr):
/// container executors -> inline v1 component specs (v2 placeholders -> v1 placeholders);
/// DAG tasks -> tasks with arguments; dependentTasks not implied by data edges -> "after";
/// cachingOptions / retryPolicy / container resources -> task options; triggerPolicy
/// comparisons -> run conditions; root inputDefinitions -> pipeline parameters; dag outputs ->
/// pipeline outputs. Not representable, kept as far as possible and reported as warnings:
/// sub-DAGs (condition groups, ParallelFor, exit handlers: their tasks are flattened into the
/// pipeline), iterators, importer/resolver tasks (left out), {{$}} executor input (kept as
/// {executorInput}), .metadata placeholders (kept as text), task final status inputs, a
/// PlatformSpec document, retry backoff factors.
Result<IrImport> importKfpIr(const QVariantMap &ir);

/// Parses pipeline.yaml text (the SDK's comment header, an optional second PlatformSpec
/// document) and imports it. Errors when no document has pipelineInfo/root.
Result<IrImport> importKfpIrYaml(const QByteArray &yaml, const QString &sourceName);

/// The YAML documents of a pipeline.yaml as data (yaml-cpp stays in wb_manifest).
Result<QVariantList> parseIrDocuments(const QByteArray &yaml, const QString &sourceName);

} // namespace wb::bundle
