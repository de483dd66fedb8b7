// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QColor>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHash>

namespace wb::ui {

/// A node of a read-only graph (run steps, lineage). Shapes tell node kinds apart.
struct GraphNodeSpec
{
    enum class Shape { RoundedRect, Box, Ellipse, Tag };
    QString id;
    Shape shape = Shape::Box;
    QString title;
    QString subtitle;
    QString caption; ///< small third line (state, duration)
    QColor fill = QColor(0xf4, 0xf6, 0xf8);
    QColor accent = QColor(0x60, 0x70, 0x80); ///< border and side stripe
    QString toolTip;
    bool expandable = false; ///< drawn with a "+" marker
};

struct GraphEdgeSpec
{
    QString from;
    QString to;
    bool dashed = false;
};

/// A pale fill matching an accent colour (state colours on node backgrounds).
QColor softFill(const QColor &accent);

/// Builds items for a graph laid out by wb::layout::layoutWithGraphviz (positions come from
/// the pure layout function; the scene only draws them).
class GraphScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit GraphScene(QObject *parent = nullptr);

    Result<void> setGraph(const QList<GraphNodeSpec> &nodes, const QList<GraphEdgeSpec> &edges, bool leftToRight = true);
    int nodeCount() const { return int(m_nodes.size()); }
    int edgeCount() const { return m_edgeCount; }
    QStringList nodeIds() const { return m_nodes.keys(); }
    QGraphicsItem *nodeItem(const QString &id) const { return m_nodes.value(id); }
    GraphNodeSpec nodeSpec(const QString &id) const { return m_specs.value(id); }
    /// Emits nodeActivated as a double-click on the node would.
    void activateNode(const QString &id) { emit nodeActivated(id); }

signals:
    void nodeActivated(const QString &id);
    void nodeSelected(const QString &id);

protected:
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void onSelectionChanged();

    QHash<QString, QGraphicsItem *> m_nodes;
    QHash<QString, GraphNodeSpec> m_specs;
    int m_edgeCount = 0;
};

/// Zoom (Ctrl+wheel or wheel), pan by dragging, fit on demand.
class GraphView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit GraphView(QWidget *parent = nullptr);
    void fitAll();

protected:
    void wheelEvent(QWheelEvent *event) override;
};

} // namespace wb::ui
