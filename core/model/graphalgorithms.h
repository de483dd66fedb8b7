// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/model/nodeid.h"

#include <QList>
#include <QSet>

namespace wb::model {

class PipelineModel;

/// Graph queries over a PipelineModel's derived edges (data, after and condition edges).
namespace graph {

/// Tasks in an order where every task comes after its upstream tasks (ties: document order).
/// Fails with code "cycle" naming the tasks of a cycle.
Result<QList<NodeId>> topologicalOrder(const PipelineModel &model);
/// Every cycle as a strongly connected component with more than one task (or a self loop),
/// each in document order; components in document order of their first task.
QList<QList<NodeId>> cycles(const PipelineModel &model);
/// All tasks `id` depends on, transitively (not including `id`).
QSet<NodeId> upstream(const PipelineModel &model, NodeId id);
/// All tasks that depend on `id`, transitively (not including `id`).
QSet<NodeId> downstream(const PipelineModel &model, NodeId id);
/// Whether an edge from -> to would close a cycle (including from == to).
bool wouldCreateCycle(const PipelineModel &model, NodeId from, NodeId to);

} // namespace graph
} // namespace wb::model
