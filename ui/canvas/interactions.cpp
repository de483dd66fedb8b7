// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/canvas/interactions.h"

#include "core/model/pipelinedocument.h"
#include "ui/canvas/edgeitem.h"
#include "ui/canvas/nodeitem.h"
#include "ui/canvas/pipelinescene.h"
#include "ui/canvas/portitem.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsPathItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsView>
#include <QMimeData>
#include <QUrl>

namespace wb::ui {

// ---- NewEdgeInteraction ------------------------------------------------------------------

NewEdgeInteraction::NewEdgeInteraction(PipelineScene *scene, PortItem *start)
    : Interaction(scene)
    , m_start(start)
{
    const CanvasStyle &st = scene->canvasStyle();
    m_preview = scene->addPath(EdgeItem::curve(start->anchor(), start->anchor()),
                               QPen(st.typeColor(start->typeName()), 2, Qt::DashLine));
    m_preview->setZValue(10);
    m_label = scene->addSimpleText(QString(), st.portFont);
    m_label->setZValue(11);
    m_label->setBrush(st.incompatible);
    markCandidates();
    scene->setFeedback(tr("Drag to a compatible port (green) to connect."));
}

NewEdgeInteraction::~NewEdgeInteraction()
{
    for (PortItem *p : std::as_const(m_marked))
        p->setHighlight(PortItem::Highlight::None);
    delete m_preview;
    delete m_label;
}

void NewEdgeInteraction::markCandidates()
{
    // Large pipelines: only ports the user can see (checking all would cost a cycle test each).
    QList<QGraphicsItem *> items;
    if (m_scene->nodeCount() <= 400 || m_scene->views().isEmpty()) {
        items = m_scene->items();
    } else {
        QGraphicsView *v = m_scene->views().first();
        items = m_scene->items(v->mapToScene(v->viewport()->rect()).boundingRect());
    }
    for (QGraphicsItem *i : std::as_const(items)) {
        if (i->type() != PortItem::Type)
            continue;
        auto *p = static_cast<PortItem *>(i);
        if (p->isOutput() == m_start->isOutput())
            continue;
        p->setHighlight(check(p, nullptr) ? PortItem::Highlight::Compatible
                                          : PortItem::Highlight::Incompatible);
        m_marked.append(p);
    }
}

bool NewEdgeInteraction::check(PortItem *target, QString *reason) const
{
    if (target->isOutput() == m_start->isOutput()) {
        if (reason)
            *reason = tr("Connect an output to an input.");
        return false;
    }
    PortItem *out = m_start->isOutput() ? m_start : target;
    PortItem *in = m_start->isOutput() ? target : m_start;
    return m_scene->document()->canConnect(out->nodeId(), out->name(), in->nodeId(), in->name(),
                                           reason);
}

PortItem *NewEdgeInteraction::portNear(const QPointF &pos) const
{
    PortItem *best = nullptr;
    double bestDist = 1e9;
    const QRectF area(pos - QPointF(10, 10), QSizeF(20, 20));
    for (QGraphicsItem *i : m_scene->items(area)) {
        if (i->type() != PortItem::Type || i == m_start)
            continue;
        const QPointF d = static_cast<PortItem *>(i)->anchor() - pos;
        const double dist = d.x() * d.x() + d.y() * d.y();
        if (dist < bestDist) {
            bestDist = dist;
            best = static_cast<PortItem *>(i);
        }
    }
    return best;
}

bool NewEdgeInteraction::move(QGraphicsSceneMouseEvent *event)
{
    const QPointF pos = event->scenePos();
    PortItem *target = portNear(pos);
    QPointF end = target ? target->anchor() : pos;
    const QPointF a = m_start->isOutput() ? m_start->anchor() : end;
    const QPointF b = m_start->isOutput() ? end : m_start->anchor();
    m_preview->setPath(EdgeItem::curve(a, b));
    const CanvasStyle &st = m_scene->canvasStyle();
    if (!target) {
        m_label->setText(QString());
        QPen pen = m_preview->pen();
        pen.setColor(st.typeColor(m_start->typeName()));
        m_preview->setPen(pen);
        return true;
    }
    QString reason;
    const bool ok = check(target, &reason);
    QPen pen = m_preview->pen();
    pen.setColor(ok ? st.compatible : st.incompatible);
    m_preview->setPen(pen);
    m_label->setText(ok ? QString() : reason);
    m_label->setPos(pos + QPointF(14, 10));
    m_scene->setFeedback(ok ? tr("Release to connect %1 to %2.")
                                  .arg(m_start->name(), target->name())
                            : reason);
    return true;
}

bool NewEdgeInteraction::release(QGraphicsSceneMouseEvent *event)
{
    PortItem *target = portNear(event->scenePos());
    if (!target) {
        m_scene->setFeedback(QString());
        return true;
    }
    QString reason;
    if (!check(target, &reason)) {
        m_scene->setFeedback(tr("Not connected: %1").arg(reason));
        return true;
    }
    PortItem *out = m_start->isOutput() ? m_start : target;
    PortItem *in = m_start->isOutput() ? target : m_start;
    const model::NodeId outId = out->nodeId(), inId = in->nodeId();
    const QString outName = out->name(), inName = in->name();
    // The request refreshes the nodes, which recreates their ports: let go of them first.
    for (PortItem *p : std::as_const(m_marked))
        p->setHighlight(PortItem::Highlight::None);
    m_marked.clear();
    const Result<void> r = m_scene->document()->requestConnect(outId, outName, inId, inName);
    m_scene->setFeedback(r ? QString() : tr("Not connected: %1").arg(r.error().message));
    return true;
}

// ---- MoveInteraction ---------------------------------------------------------------------

MoveInteraction::MoveInteraction(PipelineScene *scene)
    : Interaction(scene)
{
    for (model::NodeId id : scene->selectedTaskIds())
        if (NodeItem *n = scene->nodeItem(id))
            m_start.insert(id, n->pos());
}

bool MoveInteraction::release(QGraphicsSceneMouseEvent *)
{
    QHash<model::NodeId, QPointF> moved;
    for (auto it = m_start.constBegin(); it != m_start.constEnd(); ++it) {
        NodeItem *n = m_scene->nodeItem(it.key());
        if (!n || n->pos() == it.value())
            continue;
        // Whole pixels keep files stable.
        moved.insert(it.key(), QPointF(qRound(n->pos().x()), qRound(n->pos().y())));
    }
    if (!moved.isEmpty()) {
        const Result<void> r = m_scene->document()->requestMoveTasks(moved);
        if (!r)
            m_scene->setFeedback(r.error().message);
    }
    return false;
}

// ---- RubberBandInteraction ---------------------------------------------------------------

RubberBandInteraction::RubberBandInteraction(PipelineScene *scene, const QPointF &origin, bool additive)
    : Interaction(scene)
    , m_origin(origin)
    , m_additive(additive)
{
    const CanvasStyle &st = scene->canvasStyle();
    QColor fill = st.selection;
    fill.setAlpha(40);
    QPen pen(st.selection, 1);
    pen.setCosmetic(true);
    m_rect = scene->addRect(QRectF(origin, origin), pen, fill);
    m_rect->setZValue(20);
    if (!additive)
        scene->clearSelection();
}

RubberBandInteraction::~RubberBandInteraction()
{
    delete m_rect;
}

bool RubberBandInteraction::move(QGraphicsSceneMouseEvent *event)
{
    const QRectF r = QRectF(m_origin, event->scenePos()).normalized();
    m_rect->setRect(r);
    QPainterPath path;
    path.addRect(r);
    m_rect->setVisible(false); // keep the band itself out of the hit test
    m_scene->setSelectionArea(path, m_additive ? Qt::AddToSelection : Qt::ReplaceSelection,
                              Qt::IntersectsItemShape);
    m_rect->setVisible(true);
    return true;
}

bool RubberBandInteraction::release(QGraphicsSceneMouseEvent *event)
{
    move(event);
    return true;
}

// ---- drops -------------------------------------------------------------------------------

namespace DropComponentInteraction {

static QStringList droppedFiles(const QMimeData *mime)
{
    QStringList files;
    if (mime->hasFormat(QLatin1String(kComponentMime)))
        files = QString::fromUtf8(mime->data(QLatin1String(kComponentMime))).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    else if (mime->hasUrls())
        for (const QUrl &u : mime->urls())
            if (u.isLocalFile())
                files.append(u.toLocalFile());
    return files;
}

static bool isPipelineFile(const QString &path)
{
    return path.endsWith(QLatin1String(".pipeline.yaml"), Qt::CaseInsensitive)
           || path.endsWith(QLatin1String(".pipeline.yml"), Qt::CaseInsensitive);
}

bool accepts(const QMimeData *mime)
{
    for (const QString &f : droppedFiles(mime))
        if (f.endsWith(QLatin1String(".yaml"), Qt::CaseInsensitive)
            || f.endsWith(QLatin1String(".yml"), Qt::CaseInsensitive))
            return true;
    return false;
}

QStringList drop(PipelineScene *scene, const QMimeData *mime, const QPointF &scenePos)
{
    QStringList pipelines;
    QStringList errors;
    QPointF pos = scenePos;
    for (const QString &f : droppedFiles(mime)) {
        if (isPipelineFile(f)) {
            pipelines.append(f);
            continue;
        }
        const Result<model::NodeId> r = scene->addComponentFromFile(f, pos);
        if (!r)
            errors.append(QCoreApplication::translate("wb::ui::DropComponentInteraction", "Cannot add %1: %2").arg(QFileInfo(f).fileName(), r.error().text()));
        pos += QPointF(30, 30);
    }
    scene->setFeedback(errors.join(QLatin1Char('\n')));
    return pipelines;
}

} // namespace DropComponentInteraction

} // namespace wb::ui
