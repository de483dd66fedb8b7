// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
/// - simple trigger conditions (comparisons of input parameters) become `when`.
/// Features that need the KFP launcher (executor input {{$}}, importers, exit handlers,
/// ParallelFor, complex CEL) are refused with a message naming the component or task.
Result<QVariantMap> irToWorkflow(const QVariantMap &ir);

} // namespace wb::argo
