// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/nodeid.h"

#include <QColor>
#include <QGraphicsItem>

namespace wb::ui {

class NodeItem;

/// An input or output port of a node: a small typed circle. Holds the task id and the port
/// name only; its colour comes from the port's type (cached when the node refreshes).
class PortItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    enum class Highlight { None, Compatible, Incompatible };

    PortItem(NodeItem *node, const QString &name, bool isOutput, const QString &typeName);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    model::NodeId nodeId() const;
    NodeItem *node() const { return m_node; }
    const QString &name() const { return m_name; }
    bool isOutput() const { return m_isOutput; }
    const QString &typeName() const { return m_typeName; }
    void setTypeName(const QString &typeName);
    /// Re-reads the type colour from the scene's style (theme change).
    void refreshStyle();
    /// Connected ports are drawn filled.
    void setConnected(bool connected);
    void setHighlight(Highlight h);
    Highlight highlight() const { return m_highlight; }
    /// Scene position of the port's centre (where edges attach).
    QPointF anchor() const { return scenePos(); }

private:
    NodeItem *m_node;
    QString m_name;
    QString m_typeName;
    QColor m_color; ///< the type's colour, cached: paint() must not hash strings
    bool m_isOutput;
    bool m_connected = false;
    Highlight m_highlight = Highlight::None;
};

} // namespace wb::ui
