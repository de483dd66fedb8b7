// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/diagnostic.h"
#include "core/base/result.h"

#include <QVariantMap>

namespace wb::argo {

/// Converts a KFP v2 pipeline IR (pipeline.yaml parsed into maps and lists) into an Argo
/// `kind: Workflow`:
/// - the root DAG (and every nested `dag` component) becomes a DAG template whose task
///   dependencies are dependentTasks plus every producer of a data edge;
/// - every container executor becomes a container template with inputs.parameters,
///   inputs.artifacts (at a path), outputs.parameters (valueFrom.path) and outputs.artifacts;
/// - task arguments use {{inputs.parameters.x}}, {{tasks.t.outputs.parameters.y}} and
///   artifacts `from: "{{tasks.t.outputs.artifacts.y}}"`;
/// - simple trigger conditions (comparisons of input parameters) become `when`;
/// - importer tasks (datasets) become no task at all: in the root DAG each one is a workflow
///   input artifact (spec.arguments.artifacts, named after the importer task) that consumers
///   read through `from: "{{inputs.artifacts.<name>}}"`; in a nested DAG the location is put
///   on the consuming task's argument. The location comes from the importer's URI (its constant
///   or the default of the pipeline parameter it reads): see argodatasets.h. Pipeline
///   parameters only importers read are dropped (changing them would change nothing).
/// Features that need the KFP launcher (executor input {{$}}, resolvers, exit handlers,
/// ParallelFor, complex CEL) are refused with a message naming the component or task.
/// `warnings` receives what the user must do before submitting (upload a local dataset...).
Result<QVariantMap> irToWorkflow(const QVariantMap &ir, Diagnostics *warnings = nullptr);

} // namespace wb::argo
