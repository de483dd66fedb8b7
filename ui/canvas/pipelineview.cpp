// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/canvas/pipelineview.h"

#include "ui/canvas/interactions.h"
#include "ui/canvas/nodeitem.h"
#include "ui/canvas/pipelinescene.h"

#include <QDragEnterEvent>
#include <QMimeData>
#include <QScrollBar>
#include <QWheelEvent>

namespace wb::ui {

static constexpr double kMinZoom = 0.05;
static constexpr double kMaxZoom = 4.0;

PipelineView::PipelineView(QWidget *parent)
    : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("pipelineView"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    // No item caches: DeviceCoordinateCache blurs on fractional High-DPI scales, is rebuilt on
    // every zoom step and would hold ~100 KB per node at 100 %; level-of-detail drawing is
    // cheaper. Items set every painter state they use (pen, brush, font), so the per-item
    // save/restore — thousands of times per full repaint — is skipped; their bounding rects
    // include the antialiasing margin.
    setCacheMode(QGraphicsView::CacheNone);
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState | QGraphicsView::DontAdjustForAntialiasing);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setDragMode(QGraphicsView::NoDrag);
    setAcceptDrops(true);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
}

PipelineScene *PipelineView::pipelineScene() const
{
    return static_cast<PipelineScene *>(scene());
}

void PipelineView::setZoom(double factor)
{
    factor = std::clamp(factor, kMinZoom, kMaxZoom);
    const QPointF center = mapToScene(viewport()->rect().center());
    setTransform(QTransform::fromScale(factor, factor));
    centerOn(center);
    emit zoomChanged(factor);
}

void PipelineView::zoomBy(double factor, const QPointF &viewportAnchor)
{
    const double target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    const QPointF before = mapToScene(viewportAnchor.toPoint());
    setTransform(QTransform::fromScale(target, target));
    const QPointF after = mapToScene(viewportAnchor.toPoint());
    const QPointF delta = (after - before) * target;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() - qRound(delta.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() - qRound(delta.y()));
    emit zoomChanged(target);
}

void PipelineView::zoomIn()
{
    zoomBy(1.25, viewport()->rect().center());
}

void PipelineView::zoomOut()
{
    zoomBy(1 / 1.25, viewport()->rect().center());
}

void PipelineView::resetZoom()
{
    setZoom(1.0);
}

void PipelineView::fitToContents()
{
    if (!pipelineScene())
        return;
    const QRectF r = pipelineScene()->contentsRect();
    // Let the user scroll a bit beyond the content.
    setSceneRect(r.adjusted(-r.width(), -r.height(), r.width(), r.height()));
    fitInView(r, Qt::KeepAspectRatio);
    if (zoom() > 1.0)
        setZoom(1.0);
    else if (zoom() < kMinZoom)
        setZoom(kMinZoom);
    centerOn(r.center());
    emit zoomChanged(zoom());
}

void PipelineView::centerOnTask(const QString &taskName)
{
    if (NodeItem *n = pipelineScene() ? pipelineScene()->nodeItemByName(taskName) : nullptr)
        centerOn(n);
}

void PipelineView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & (Qt::ShiftModifier | Qt::AltModifier)) {
        QGraphicsView::wheelEvent(event); // scroll
        return;
    }
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    zoomBy(std::pow(1.15, steps), event->position());
    event->accept();
}

void PipelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (m_spaceDown && event->button() == Qt::LeftButton)) {
        m_panning = true;
        m_panOrigin = event->pos();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void PipelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint d = event->pos() - m_panOrigin;
        m_panOrigin = event->pos();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void PipelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        viewport()->setCursor(m_spaceDown ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void PipelineView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceDown = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void PipelineView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceDown = false;
        viewport()->setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void PipelineView::dragEnterEvent(QDragEnterEvent *event)
{
    if (DropComponentInteraction::accepts(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void PipelineView::dragMoveEvent(QDragMoveEvent *event)
{
    if (DropComponentInteraction::accepts(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void PipelineView::dropEvent(QDropEvent *event)
{
    if (!pipelineScene() || !DropComponentInteraction::accepts(event->mimeData())) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    const QPointF pos = mapToScene(event->position().toPoint());
    const QStringList pipelines = DropComponentInteraction::drop(pipelineScene(), event->mimeData(), pos);
    if (!pipelines.isEmpty())
        emit openPipelineRequested(pipelines.first());
}

bool PipelineView::viewportEvent(QEvent *event)
{
    const bool r = QGraphicsView::viewportEvent(event);
    if (event->type() == QEvent::Paint)
        ++m_paintCount;
    return r;
}

} // namespace wb::ui
