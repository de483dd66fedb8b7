// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QString>

namespace wb::layout {

/// A graph to lay out: plain values, no model or scene. Node ids are task names.
struct LayoutNode
{
    QString id;
    double width = 180;  ///< screen pixels (real node size from the canvas)
    double height = 80;
};

struct LayoutEdge
{
    QString from;
    QString to;
};

struct LayoutGraph
{
    QList<LayoutNode> nodes;
    QList<LayoutEdge> edges;
    bool leftToRight = true;   ///< rankdir=LR (default) or TB
    double nodeSeparation = 40; ///< pixels between nodes of one rank
    double rankSeparation = 80; ///< pixels between ranks
};

struct LayoutResult
{
    QHash<QString, QPointF> positions;   ///< top-left corner of each node, screen coordinates (y down)
    QHash<QString, QPolygonF> edgePaths; ///< "from->to" -> spline control points, screen coordinates
    QRectF bounds;                       ///< bounding box of everything
};

/// Lays out with Graphviz `dot` (cgraph + gvc). Pure: graph in, positions out. Converts points to
/// pixels and flips Graphviz's upward y axis. Fails with a message, never crashes.
Result<LayoutResult> layoutWithGraphviz(const LayoutGraph &graph);

} // namespace wb::layout
