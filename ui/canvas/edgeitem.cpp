// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/canvas/edgeitem.h"

#include "ui/canvas/nodeitem.h"
#include "ui/canvas/pipelinescene.h"
#include "ui/canvas/portitem.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace wb::ui {

EdgeItem::EdgeItem(PipelineScene *scene, const model::Edge &edge)
    : m_scene(scene)
    , m_edge(edge)
{
    setFlags(ItemIsSelectable);
    setZValue(-1);
    setAcceptHoverEvents(false);
}

QPainterPath EdgeItem::curve(const QPointF &from, const QPointF &to)
{
    const double dx = std::max(40.0, std::abs(to.x() - from.x()) * 0.5);
    QPainterPath p(from);
    p.cubicTo(from + QPointF(dx, 0), to - QPointF(dx, 0), to);
    return p;
}

void EdgeItem::updatePath()
{
    NodeItem *from = m_scene->nodeItem(m_edge.from);
    NodeItem *to = m_scene->nodeItem(m_edge.to);
    if (!from || !to)
        return;
    QPointF a = from->sideAnchor(true);
    QPointF b = to->sideAnchor(false);
    const QString oldType = m_typeName;
    m_typeName.clear();
    if (m_edge.kind != model::Edge::Kind::After && !m_edge.output.isEmpty()) {
        if (PortItem *p = from->port(m_edge.output, true)) {
            a = p->anchor();
            m_typeName = p->typeName();
        }
    }
    if (m_edge.kind == model::Edge::Kind::Data) {
        if (PortItem *p = to->port(m_edge.input, false))
            b = p->anchor();
    }
    prepareGeometryChange();
    m_path = curve(a, b);
    m_shape = QPainterPath();
    if (!m_color.isValid() || m_typeName != oldType)
        refreshStyle();
}

void EdgeItem::refreshStyle()
{
    const CanvasStyle &st = m_scene->canvasStyle();
    const QColor c = m_typeName.isEmpty() ? st.edge : st.typeColor(m_typeName);
    if (c != m_color) {
        m_color = c;
        update();
    }
}

QRectF EdgeItem::boundingRect() const
{
    return m_path.controlPointRect().adjusted(-4, -4, 4, 4);
}

QPainterPath EdgeItem::shape() const
{
    if (m_shape.isEmpty() && !m_path.isEmpty()) {
        QPainterPathStroker stroker;
        stroker.setWidth(10);
        m_shape = stroker.createStroke(m_path);
    }
    return m_shape;
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const CanvasStyle &st = m_scene->canvasStyle();
    const bool selected = isSelected();
    QPen pen(selected ? st.selection : m_color, selected ? 3.0 : 1.8);
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod * pen.widthF() < 1.0) {
        // Thinner than a device pixel (zoomed out): a one-pixel cosmetic pen looks the same and
        // takes the rasterizer's fast path instead of stroking the curve's outline.
        pen.setWidth(selected ? 2 : 1);
        pen.setCosmetic(true);
    } else {
        pen.setCapStyle(Qt::RoundCap);
    }
    if (m_edge.kind == model::Edge::Kind::After)
        pen.setStyle(Qt::DashLine);
    else if (m_edge.kind == model::Edge::Kind::Condition)
        pen.setStyle(Qt::DotLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
}

} // namespace wb::ui
