// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/canvas/nodeitem.h"

#include "core/model/pipelinedocument.h"
#include "ui/canvas/pipelinescene.h"
#include "ui/canvas/portitem.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace wb::ui {

using model::Task;

NodeItem::NodeItem(PipelineScene *scene, model::NodeId id)
    : m_scene(scene)
    , m_id(id)
    , m_width(CanvasStyle::nodeWidth)
    , m_height(CanvasStyle::headerHeight)
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
}

QRectF NodeItem::boundingRect() const
{
    return QRectF(-4, -12, m_width + 8, m_height + 16);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath p;
    p.addRoundedRect(bodyRect(), CanvasStyle::cornerRadius, CanvasStyle::cornerRadius);
    return p;
}

PortItem *NodeItem::port(const QString &name, bool output) const
{
    for (PortItem *p : output ? m_outputs : m_inputs)
        if (p->name() == name)
            return p;
    return nullptr;
}

QPointF NodeItem::sideAnchor(bool output) const
{
    return mapToScene(QPointF(output ? m_width : 0, CanvasStyle::headerHeight / 2));
}

void NodeItem::refresh()
{
    const model::PipelineModel &m = m_scene->document()->model();
    const Task *t = m.findTask(m_id);
    if (!t)
        return;
    prepareGeometryChange();
    m_taskName = t->name;
    m_missing = t->isMissing();
    m_componentName = t->spec ? t->spec->name : t->ref.name;
    if (m_componentName.isEmpty())
        m_componentName = t->ref.url.isEmpty() ? tr("(unnamed component)") : t->ref.url;

    struct PortDef { QString name, type, description; };
    QList<PortDef> ins, outs;
    if (t->spec) {
        for (const auto &i : t->spec->inputs)
            ins.append({i.name, i.type.name, i.description});
        for (const auto &o : t->spec->outputs)
            outs.append({o.name, o.type.name, o.description});
    } else {
        // Missing component: show what the file still tells us so edges stay visible.
        for (const auto &a : t->arguments)
            ins.append({a.first, a.second.type.name, {}});
        QStringList seen;
        for (const model::Edge &e : m.outEdges(m_id))
            if (!e.output.isEmpty() && !seen.contains(e.output)) {
                seen.append(e.output);
                outs.append({e.output, {}, {}});
            }
    }

    qDeleteAll(m_inputs);
    qDeleteAll(m_outputs);
    m_inputs.clear();
    m_outputs.clear();
    m_inputLabels.clear();
    m_outputLabels.clear();
    const int rows = int(std::max(ins.size(), outs.size()));
    m_height = CanvasStyle::headerHeight + rows * CanvasStyle::portRowHeight + (rows ? 8 : 0);
    const CanvasStyle &st = m_scene->canvasStyle();
    const QFontMetricsF pfm(st.portFont);
    const double labelWidth = m_width / 2 - 14;
    auto makePorts = [&](const QList<PortDef> &defs, bool output) {
        for (int i = 0; i < defs.size(); ++i) {
            const PortDef &d = defs.at(i);
            auto *p = new PortItem(this, d.name, output, d.type);
            p->setPos(output ? m_width : 0,
                      CanvasStyle::headerHeight + 4 + (i + 0.5) * CanvasStyle::portRowHeight);
            QString tip = QStringLiteral("<b>%1</b>: %2").arg(d.name.toHtmlEscaped(),
                          d.type.isEmpty() ? tr("untyped") : d.type.toHtmlEscaped());
            if (!d.description.isEmpty())
                tip += QStringLiteral("<br>") + d.description.toHtmlEscaped();
            p->setToolTip(tip);
            (output ? m_outputs : m_inputs).append(p);
            (output ? m_outputLabels : m_inputLabels)
                .append(pfm.elidedText(d.name, Qt::ElideRight, labelWidth));
        }
    };
    makePorts(ins, false);
    makePorts(outs, true);

    const QFontMetricsF tfm(st.titleFont);
    const QFontMetricsF sfm(st.subFont);
    m_title = tfm.elidedText(m_componentName, Qt::ElideRight, m_width - 34);
    m_subtitle = sfm.elidedText(m_taskName, Qt::ElideMiddle, m_width - 20);
    m_zoomPixels = 0; // the name or the font may have changed
    QString tip = QStringLiteral("<b>%1</b> (%2)").arg(m_taskName.toHtmlEscaped(),
                                                        m_componentName.toHtmlEscaped());
    if (t->spec && !t->spec->description.isEmpty())
        tip += QStringLiteral("<br>") + t->spec->description.left(400).toHtmlEscaped();
    if (m_missing)
        tip += QStringLiteral("<br><font color=\"#d93f3f\">%1</font>")
                   .arg(tr("Missing component: %1").arg(t->missingReason).toHtmlEscaped());
    m_baseToolTip = tip;
    updateToolTip();
    update();
}

void NodeItem::updateToolTip()
{
    QString tip = m_baseToolTip;
    if (!m_badgeText.isEmpty())
        tip += QStringLiteral("<br><b>%1</b>").arg(m_badgeText.toHtmlEscaped());
    if (!m_runReason.isEmpty())
        tip += QStringLiteral("<br>%1").arg(m_runReason.left(600).toHtmlEscaped());
    setToolTip(tip);
}

QColor NodeItem::runStateColour(TaskRunState state)
{
    switch (state) {
    case TaskRunState::Running: return QColor(0x2f, 0x80, 0xed);
    case TaskRunState::Succeeded: return QColor(0x27, 0xa0, 0x4f);
    case TaskRunState::Failed: return QColor(0xd9, 0x3f, 0x3f);
    case TaskRunState::Cached: return QColor(0x7b, 0x61, 0xff);
    case TaskRunState::None: return {};
    default: return QColor(0x80, 0x80, 0x80);
    }
}

void NodeItem::setRunState(TaskRunState state, qint64 durationMs, const QString &reason)
{
    m_runState = state;
    m_runReason = reason;
    QString text;
    switch (state) {
    case TaskRunState::None: break;
    case TaskRunState::Pending: text = tr("Pending"); break;
    case TaskRunState::Running: text = tr("Running"); break;
    case TaskRunState::Succeeded: text = tr("Succeeded"); break;
    case TaskRunState::Failed: text = tr("Failed"); break;
    case TaskRunState::Cached: text = tr("Cached"); break;
    case TaskRunState::Skipped: text = tr("Skipped"); break;
    case TaskRunState::NotRun: text = tr("Not run"); break;
    case TaskRunState::Cancelled: text = tr("Cancelled"); break;
    }
    if (!text.isEmpty() && durationMs >= 0)
        text += QStringLiteral(" · ") + (durationMs < 1000
                    ? tr("%1 ms").arg(durationMs)
                    : tr("%1 s").arg(QString::number(durationMs / 1000.0, 'f', 1)));
    m_badgeText = text;
    m_badgeWidth = text.isEmpty() ? 0 : QFontMetricsF(m_scene->canvasStyle().portFont).horizontalAdvance(text) + 12;
    updateToolTip();
    update();
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged)
        m_scene->nodeGeometryChanged(this);
    return QGraphicsItem::itemChange(change, value);
}

void NodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hover = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hover = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const CanvasStyle &st = m_scene->canvasStyle();
    const QRectF body = bodyRect();
    const double r = CanvasStyle::cornerRadius;
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    QColor border = m_missing ? st.missing : st.nodeBorder;
    if (isSelected())
        border = st.selection;
    QPen pen(border, isSelected() ? 2.2 : (m_hover ? 1.6 : 1.0));
    pen.setCosmetic(true);
    if (m_missing)
        pen.setStyle(Qt::DashLine);

    // Too small for the badge's text: the run state becomes the node's fill and a ring.
    const QColor stateColour = runStateColour(m_runState);
    if (lod < CanvasStyle::minLodShapes) {
        // Far away (overview, zoomed out): a plain block is all that is readable.
        painter->setPen(pen);
        painter->setBrush(isSelected() ? st.selection : stateColour.isValid() ? stateColour : st.nodeHeader);
        painter->drawRect(body);
        return;
    }
    const QColor headerColor = m_missing ? st.missing.lighter(st.dark ? 60 : 175) : st.nodeHeader;
    if (lod < CanvasStyle::minLodText) {
        // Zoomed out: one tone and the task name; an empty header band would look like a tab.
        painter->setPen(pen);
        painter->setBrush(stateColour.isValid() ? blend(headerColor, stateColour, 0.45) : headerColor);
        painter->drawRoundedRect(body, r, r);
        paintZoomedOutLabel(painter, lod);
        if (stateColour.isValid())
            paintStateRing(painter, stateColour, lod);
        return;
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(st.nodeBody);
    painter->drawRoundedRect(body, r, r);
    QPainterPath header;
    header.setFillRule(Qt::WindingFill);
    header.addRoundedRect(QRectF(0, 0, m_width, CanvasStyle::headerHeight), r, r);
    header.addRect(QRectF(0, CanvasStyle::headerHeight - r, m_width, r));
    painter->setBrush(headerColor);
    painter->drawPath(header);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(body, r, r);
    painter->setPen(st.nodeText);
    painter->setFont(st.titleFont);
    painter->drawText(QRectF(10, 4, m_width - 34, 19), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    painter->setFont(st.subFont);
    painter->setPen(st.nodeSubText);
    painter->drawText(QRectF(10, 21, m_width - 20, 17), Qt::AlignLeft | Qt::AlignVCenter, m_subtitle);
    if (m_missing) {
        // The "missing component" flag: a warning triangle in the header.
        const QPointF c(m_width - 16, 14);
        QPolygonF tri({c + QPointF(0, -8), c + QPointF(8, 6), c + QPointF(-8, 6)});
        painter->setPen(Qt::NoPen);
        painter->setBrush(st.missing);
        painter->drawPolygon(tri);
        painter->setPen(Qt::white);
        painter->setFont(st.portFont);
        painter->drawText(QRectF(c.x() - 6, c.y() - 6, 12, 12), Qt::AlignCenter, QStringLiteral("!"));
    }
    painter->setFont(st.portFont);
    painter->setPen(st.nodeText);
    const double half = m_width / 2 - 14;
    for (int i = 0; i < m_inputLabels.size(); ++i)
        painter->drawText(QRectF(12, m_inputs.at(i)->y() - 9, half, 18),
                          Qt::AlignLeft | Qt::AlignVCenter, m_inputLabels.at(i));
    for (int i = 0; i < m_outputLabels.size(); ++i)
        painter->drawText(QRectF(m_width - 12 - half, m_outputs.at(i)->y() - 9, half, 18),
                          Qt::AlignRight | Qt::AlignVCenter, m_outputLabels.at(i));
    if (!m_badgeText.isEmpty())
        paintBadge(painter);
}

void NodeItem::paintZoomedOutLabel(QPainter *painter, double lod)
{
    // Whole scene pixels: zooming changes the font a few times, not on every wheel step.
    const int pixels = std::max(8, qRound(CanvasStyle::zoomedOutLabelPixels / lod));
    if (pixels != m_zoomPixels) {
        m_zoomPixels = pixels;
        m_zoomFont = m_scene->canvasStyle().titleFont;
        m_zoomFont.setPixelSize(pixels);
        // A long name shrinks (down to 60 %) before it is elided.
        const double available = m_width - 12;
        const double width = QFontMetricsF(m_zoomFont).horizontalAdvance(m_taskName);
        if (width > available)
            m_zoomFont.setPixelSize(std::max(qRound(pixels * 0.6), int(pixels * available / width)));
        m_zoomLabel = QFontMetricsF(m_zoomFont).elidedText(m_taskName, Qt::ElideRight, available);
    }
    const CanvasStyle &st = m_scene->canvasStyle();
    painter->setFont(m_zoomFont);
    painter->setPen(m_missing ? st.missing : st.nodeText);
    painter->drawText(bodyRect().adjusted(6, 0, -6, 0), Qt::AlignCenter, m_zoomLabel);
}

QColor NodeItem::blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

void NodeItem::paintStateRing(QPainter *painter, const QColor &colour, double lod)
{
    // A ring in the top-right corner, a constant ~14 device pixels wide: full when the step
    // is final, three quarters while it runs.
    const double d = 14 / lod;
    const QRectF ring(m_width - d * 0.9, -d * 0.35, d, d);
    QPen pen(colour, 3 / lod);
    painter->setPen(pen);
    painter->setBrush(m_runState == TaskRunState::Running ? Qt::NoBrush : QBrush(colour.lighter(130)));
    if (m_runState == TaskRunState::Running)
        painter->drawArc(ring, 90 * 16, -270 * 16);
    else
        painter->drawEllipse(ring);
}

void NodeItem::paintBadge(QPainter *painter)
{
    const CanvasStyle &st = m_scene->canvasStyle();
    const QColor c = runStateColour(m_runState);
    painter->setFont(st.portFont);
    const double w = m_badgeWidth;
    const QRectF pill(m_width - w - 6, -10, w, 16);
    painter->setPen(Qt::NoPen);
    painter->setBrush(c);
    painter->drawRoundedRect(pill, 8, 8);
    painter->setPen(Qt::white);
    painter->drawText(pill, Qt::AlignCenter, m_badgeText);
}

} // namespace wb::ui
