// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/canvas/portitem.h"

#include "ui/canvas/nodeitem.h"
#include "ui/canvas/pipelinescene.h"

#include <QCursor>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace wb::ui {

PortItem::PortItem(NodeItem *node, const QString &name, bool isOutput, const QString &typeName)
    : QGraphicsItem(node)
    , m_node(node)
    , m_name(name)
    , m_typeName(typeName)
    , m_isOutput(isOutput)
{
    setAcceptHoverEvents(true);
    setCursor(Qt::CrossCursor);
    refreshStyle();
}

void PortItem::refreshStyle()
{
    m_color = m_node->pipelineScene()->canvasStyle().typeColor(m_typeName);
    update();
}

model::NodeId PortItem::nodeId() const
{
    return m_node->nodeId();
}

QRectF PortItem::boundingRect() const
{
    // Includes the compatible-highlight ring (radius + 2.5, pen 2.5) and its antialiasing.
    const double r = CanvasStyle::portRadius + 5;
    return QRectF(-r, -r, 2 * r, 2 * r);
}

QPainterPath PortItem::shape() const
{
    // Generous hit area: ports are small targets.
    QPainterPath p;
    const double r = CanvasStyle::portRadius + 4;
    p.addEllipse(QPointF(0, 0), r, r);
    return p;
}

void PortItem::setTypeName(const QString &typeName)
{
    m_typeName = typeName;
    refreshStyle();
}

void PortItem::setConnected(bool connected)
{
    if (m_connected == connected)
        return;
    m_connected = connected;
    update();
}

void PortItem::setHighlight(Highlight h)
{
    if (m_highlight == h)
        return;
    m_highlight = h;
    update();
}

void PortItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    // Below this zoom a port is a dot of two pixels: thousands of them cost more than the rest
    // of the canvas together and show nothing (the overview and zoom-to-fit are down there).
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < CanvasStyle::minLodPorts)
        return;
    const CanvasStyle &st = m_node->pipelineScene()->canvasStyle();
    const QColor &c = m_color;
    double r = CanvasStyle::portRadius;
    QPen pen(c, 1.6);
    pen.setCosmetic(false);
    if (m_highlight == Highlight::Compatible) {
        painter->setPen(QPen(st.compatible, 2.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(QPointF(0, 0), r + 2.5, r + 2.5);
    } else if (m_highlight == Highlight::Incompatible) {
        painter->setOpacity(0.35);
    }
    painter->setPen(pen);
    painter->setBrush(m_connected ? QBrush(c) : QBrush(st.nodeBody));
    painter->drawEllipse(QPointF(0, 0), r, r);
    if (m_highlight == Highlight::Incompatible)
        painter->setOpacity(1.0); // the view does not save painter state per item
}

} // namespace wb::ui
