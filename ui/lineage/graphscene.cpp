// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lineage/graphscene.h"

#include "core/layout/layoutgraph.h"

#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <cmath>

namespace wb::ui {

namespace {

const QString kDataId = QStringLiteral("graphNodeId");

class GraphNodeItem : public QGraphicsItem
{
public:
    GraphNodeItem(const GraphNodeSpec &spec, QSizeF size) : m_spec(spec), m_size(size)
    {
        setFlag(ItemIsSelectable);
        setToolTip(spec.toolTip);
        setData(0, spec.id);
        setCursor(Qt::PointingHandCursor);
    }
    QRectF boundingRect() const override { return QRectF(QPointF(), m_size).adjusted(-2, -2, 2, 2); }

    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        p->setRenderHint(QPainter::Antialiasing);
        const QRectF r(QPointF(), m_size);
        QPen pen(isSelected() ? QColor(0x1e, 0x6f, 0xd9) : m_spec.accent, isSelected() ? 2.5 : 1.4);
        p->setPen(pen);
        p->setBrush(m_spec.fill);
        QPainterPath shape;
        switch (m_spec.shape) {
        case GraphNodeSpec::Shape::RoundedRect: shape.addRoundedRect(r, 12, 12); break;
        case GraphNodeSpec::Shape::Box: shape.addRect(r); break;
        case GraphNodeSpec::Shape::Ellipse: shape.addEllipse(r); break;
        case GraphNodeSpec::Shape::Tag: {
            const double h = r.height() / 2;
            shape.moveTo(r.left() + h, r.top());
            shape.lineTo(r.right(), r.top());
            shape.lineTo(r.right(), r.bottom());
            shape.lineTo(r.left() + h, r.bottom());
            shape.lineTo(r.left(), r.center().y());
            shape.closeSubpath();
            break;
        }
        }
        p->drawPath(shape);
        if (m_spec.shape == GraphNodeSpec::Shape::Box) { // state stripe on executions
            p->fillRect(QRectF(r.left() + 1, r.top() + 1, 6, r.height() - 2), m_spec.accent);
        }
        const double left = m_spec.shape == GraphNodeSpec::Shape::Ellipse ? r.width() * 0.12
                            : m_spec.shape == GraphNodeSpec::Shape::Tag   ? r.height() / 2 + 2
                                                                          : 12;
        const QRectF text = r.adjusted(left, 4, -8, -4);
        QFont bold = p->font();
        bold.setBold(true);
        QFont small = p->font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        const QFontMetricsF fm(bold), sm(small);
        const int lines = 1 + !m_spec.subtitle.isEmpty() + !m_spec.caption.isEmpty();
        double y = r.center().y() - (fm.height() + (lines - 1) * sm.height()) / 2;
        p->setPen(QColor(0x20, 0x24, 0x2a));
        p->setFont(bold);
        p->drawText(QRectF(text.left(), y, text.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                    fm.elidedText(m_spec.title, Qt::ElideMiddle, text.width()));
        y += fm.height();
        p->setFont(small);
        p->setPen(QColor(0x55, 0x5d, 0x66));
        for (const QString &line : {m_spec.subtitle, m_spec.caption}) {
            if (line.isEmpty())
                continue;
            p->drawText(QRectF(text.left(), y, text.width(), sm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                        sm.elidedText(line, Qt::ElideMiddle, text.width()));
            y += sm.height();
        }
        if (m_spec.expandable) {
            p->setPen(QPen(m_spec.accent, 1.2));
            p->setBrush(Qt::white);
            const QRectF plus(r.right() - 14, r.top() + 2, 12, 12);
            p->drawEllipse(plus);
            p->drawLine(QPointF(plus.left() + 3, plus.center().y()), QPointF(plus.right() - 3, plus.center().y()));
            p->drawLine(QPointF(plus.center().x(), plus.top() + 3), QPointF(plus.center().x(), plus.bottom() - 3));
        }
    }

private:
    GraphNodeSpec m_spec;
    QSizeF m_size;
};

QSizeF nodeSize(const GraphNodeSpec &spec, const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    QFont small = font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetricsF fm(bold), sm(small);
    double w = std::max({fm.horizontalAdvance(spec.title), sm.horizontalAdvance(spec.subtitle), sm.horizontalAdvance(spec.caption)});
    w = std::clamp(w + 32, 110.0, 260.0);
    const int lines = 1 + !spec.subtitle.isEmpty() + !spec.caption.isEmpty();
    double h = fm.height() + (lines - 1) * sm.height() + 14;
    if (spec.shape == GraphNodeSpec::Shape::Ellipse) {
        w *= 1.25;
        h += 10;
    }
    return QSizeF(std::ceil(w), std::ceil(std::max(h, 34.0)));
}

QPainterPath edgePath(const QPolygonF &pts)
{
    QPainterPath path;
    if (pts.isEmpty())
        return path;
    path.moveTo(pts.first());
    // Graphviz B-spline control points (3k+1), possibly followed by the arrow tip.
    const int spline = (pts.size() - 1) % 3 == 0 ? int(pts.size()) : (pts.size() - 2) % 3 == 0 ? int(pts.size()) - 1 : 0;
    if (spline >= 4) {
        for (int i = 1; i + 2 < spline; i += 3)
            path.cubicTo(pts[i], pts[i + 1], pts[i + 2]);
        if (spline < pts.size())
            path.lineTo(pts.last());
    } else {
        for (int i = 1; i < pts.size(); ++i)
            path.lineTo(pts[i]);
    }
    return path;
}

// Where the segment from the centre of `r` towards `outside` leaves the rectangle.
QPointF borderPoint(const QRectF &r, QPointF outside)
{
    const QPointF c = r.center();
    const QPointF d = outside - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const double sx = qFuzzyIsNull(d.x()) ? 1e9 : (r.width() / 2) / std::abs(d.x());
    const double sy = qFuzzyIsNull(d.y()) ? 1e9 : (r.height() / 2) / std::abs(d.y());
    return c + d * std::min({sx, sy, 1.0});
}

} // namespace

QColor softFill(const QColor &accent)
{
    return QColor::fromRgbF(0.84 + 0.16 * accent.redF(), 0.84 + 0.16 * accent.greenF(), 0.84 + 0.16 * accent.blueF());
}

GraphScene::GraphScene(QObject *parent) : QGraphicsScene(parent)
{
    connect(this, &QGraphicsScene::selectionChanged, this, &GraphScene::onSelectionChanged);
}

Result<void> GraphScene::setGraph(const QList<GraphNodeSpec> &nodes, const QList<GraphEdgeSpec> &edges, bool leftToRight)
{
    clear();
    m_nodes.clear();
    m_specs.clear();
    m_edgeCount = 0;
    layout::LayoutGraph graph;
    graph.leftToRight = leftToRight;
    graph.nodeSeparation = 24;
    graph.rankSeparation = 56;
    QHash<QString, QSizeF> sizes;
    for (const GraphNodeSpec &n : nodes) {
        if (sizes.contains(n.id))
            continue;
        const QSizeF size = nodeSize(n, font());
        sizes.insert(n.id, size);
        m_specs.insert(n.id, n);
        graph.nodes << layout::LayoutNode{n.id, size.width(), size.height()};
    }
    QList<GraphEdgeSpec> kept;
    for (const GraphEdgeSpec &e : edges) {
        if (sizes.contains(e.from) && sizes.contains(e.to) && e.from != e.to) {
            kept << e;
            graph.edges << layout::LayoutEdge{e.from, e.to};
        }
    }
    layout::LayoutResult placed;
    if (!graph.nodes.isEmpty()) {
        auto result = layout::layoutWithGraphviz(graph);
        if (!result)
            return result.error();
        placed = *result;
    }
    for (const GraphNodeSpec &n : std::as_const(m_specs)) {
        auto *item = new GraphNodeItem(n, sizes.value(n.id));
        item->setPos(placed.positions.value(n.id));
        item->setZValue(1);
        addItem(item);
        m_nodes.insert(n.id, item);
    }
    for (const GraphEdgeSpec &e : std::as_const(kept)) {
        const QRectF a(placed.positions.value(e.from), sizes.value(e.from));
        const QRectF b(placed.positions.value(e.to), sizes.value(e.to));
        QPolygonF pts = placed.edgePaths.value(e.from + QStringLiteral("->") + e.to);
        if (pts.size() < 2)
            pts = QPolygonF{borderPoint(a, b.center()), borderPoint(b, a.center())};
        QPainterPath path = edgePath(pts);
        const QPointF tip = pts.last();
        const QPointF from = pts.size() >= 2 ? pts[pts.size() - 2] : a.center();
        QPen pen(QColor(0x7a, 0x84, 0x90), 1.3);
        if (e.dashed)
            pen.setStyle(Qt::DashLine);
        auto *line = addPath(path, pen);
        line->setZValue(0);
        const double angle = std::atan2(tip.y() - from.y(), tip.x() - from.x());
        QPolygonF head;
        head << tip << tip - QPointF(std::cos(angle - 0.4), std::sin(angle - 0.4)) * 9
             << tip - QPointF(std::cos(angle + 0.4), std::sin(angle + 0.4)) * 9;
        addPolygon(head, QPen(pen.color()), pen.color())->setZValue(0);
        ++m_edgeCount;
    }
    setSceneRect(itemsBoundingRect().adjusted(-20, -20, 20, 20));
    return {};
}

void GraphScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    for (QGraphicsItem *item : items(event->scenePos())) {
        const QString id = item->data(0).toString();
        if (!id.isEmpty()) {
            emit nodeActivated(id);
            event->accept();
            return;
        }
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

void GraphScene::onSelectionChanged()
{
    const QList<QGraphicsItem *> sel = selectedItems();
    if (!sel.isEmpty())
        emit nodeSelected(sel.first()->data(0).toString());
}

GraphView::GraphView(QWidget *parent) : QGraphicsView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setBackgroundBrush(QColor(0xfb, 0xfc, 0xfd));
}

void GraphView::fitAll()
{
    // A hidden view has no real size yet: fitting now would shrink the graph to a dot.
    if (!scene() || !isVisible() || viewport()->width() < 50 || viewport()->height() < 50)
        return;
    resetTransform();
    const QRectF r = scene()->sceneRect();
    if (r.width() > viewport()->width() || r.height() > viewport()->height())
        fitInView(r, Qt::KeepAspectRatio);
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    const double factor = std::pow(1.0015, event->angleDelta().y());
    scale(factor, factor);
    event->accept();
}

} // namespace wb::ui
