// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/layout/layoutgraph.h"
#include "core/model/nodeid.h"

#include <QHash>
#include <QSizeF>

namespace wb::model {

class PipelineModel;

/// The layout input for a pipeline: one node per task (id = task name; size from `sizes`, else
/// `defaultSize`), one edge per connected task pair (parallel edges merged), left to right.
/// Feed it to wb::layout::layoutWithGraphviz and the result to
/// PipelineDocument::requestApplyLayout (the model does not link the layout engine).
wb::layout::LayoutGraph toLayoutGraph(const PipelineModel &model,
                                      const QHash<NodeId, QSizeF> &sizes = {},
                                      const QSizeF &defaultSize = QSizeF(180, 80));

} // namespace wb::model
