// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panels/overviewmap.h"

#include "core/model/pipelinedocument.h"
#include "ui/canvas/edgeitem.h"
#include "ui/canvas/pipelinescene.h"

#include <QGraphicsView>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>

namespace wb::ui {

OverviewMap::OverviewMap(QWidget *parent)
    : QWidget(parent)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("overviewMap"));
    setMinimumHeight(120);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_timer->setSingleShot(true);
    m_timer->setInterval(150);
    connect(m_timer, &QTimer::timeout, this, &OverviewMap::render);
    setToolTip(tr("Click or drag to move the canvas view"));
}

void OverviewMap::setMainView(QGraphicsView *main)
{
    m_main = main;
    m_scene = qobject_cast<PipelineScene *>(main->scene());
    auto follow = [this] { update(); };
    connect(main->horizontalScrollBar(), &QScrollBar::valueChanged, this, follow);
    connect(main->verticalScrollBar(), &QScrollBar::valueChanged, this, follow);
    connect(main->horizontalScrollBar(), &QScrollBar::rangeChanged, this, follow);
    connect(main->verticalScrollBar(), &QScrollBar::rangeChanged, this, follow);
    if (m_scene) {
        connect(m_scene, &PipelineScene::contentChanged, this, &OverviewMap::scheduleRender);
        connect(m_scene, &PipelineScene::styleChanged, this, &OverviewMap::scheduleRender);
        connect(m_scene, &QGraphicsScene::selectionChanged, this, &OverviewMap::scheduleRender);
    }
    render();
}

void OverviewMap::scheduleRender()
{
    // At most one redraw per interval, also while a node is being dragged; none while hidden
    // (showEvent catches up).
    if (isVisible() && !m_timer->isActive())
        m_timer->start();
}

void OverviewMap::render()
{
    m_timer->stop();
    ++m_renders;
    const qreal dpr = devicePixelRatioF();
    m_pixmap = QPixmap((QSizeF(size()) * dpr).toSize());
    m_pixmap.setDevicePixelRatio(dpr);
    const CanvasStyle style = m_scene ? m_scene->canvasStyle() : CanvasStyle::fromPalette(palette());
    m_pixmap.fill(style.background);
    m_toMap = QTransform();
    if (!m_scene || m_pixmap.isNull()) {
        update();
        return;
    }
    const QRectF source = m_scene->contentsRect();
    const QRectF target = QRectF(rect()).adjusted(4, 4, -4, -4);
    const double scale = std::min(target.width() / source.width(), target.height() / source.height());
    if (scale <= 0) {
        update();
        return;
    }
    // Centred, aspect kept.
    m_toMap = QTransform::fromTranslate(target.center().x(), target.center().y())
                  .scale(scale, scale)
                  .translate(-source.center().x(), -source.center().y());
    m_content = m_toMap.mapRect(source);
    QPainter p(&m_pixmap);
    p.setTransform(m_toMap);
    const QList<EdgeItem *> edges = m_scene->edgeItems();
    // Thousands of thin lines: antialiasing only while it is cheap.
    p.setRenderHint(QPainter::Antialiasing, edges.size() < 400);
    QPen edgePen(style.edge, 0); // cosmetic
    for (EdgeItem *e : edges) {
        edgePen.setColor(e->color());
        p.setPen(edgePen);
        p.drawPath(e->path());
    }
    p.setRenderHint(QPainter::Antialiasing, false);
    QPen border(style.nodeBorder, 0);
    for (model::NodeId id : m_scene->document()->model().taskIds()) {
        const NodeItem *n = m_scene->nodeItem(id);
        if (!n)
            continue;
        const bool selected = n->isSelected();
        border.setColor(selected ? style.selection : n->isMissing() ? style.missing : style.nodeBorder);
        p.setPen(border);
        p.setBrush(selected ? style.selection : style.nodeHeader);
        p.drawRect(n->mapRectToScene(n->bodyRect()));
    }
    p.end();
    update();
}

void OverviewMap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.drawPixmap(0, 0, m_pixmap);
    if (!m_main || m_toMap.isIdentity())
        return;
    const QRectF visible = m_main->mapToScene(m_main->viewport()->rect()).boundingRect();
    const QRectF frame = m_toMap.mapRect(visible).intersected(QRectF(rect()).adjusted(0, 0, -1, -1));
    QColor c = palette().color(QPalette::Highlight);
    p.setPen(QPen(c, 1));
    c.setAlpha(36);
    // Everything in view: an outline only, a tint over the whole map would just wash it out.
    p.setBrush(frame.contains(m_content) ? QBrush(Qt::NoBrush) : QBrush(c));
    p.drawRect(frame);
}

void OverviewMap::centerMainOn(const QPointF &widgetPos)
{
    bool invertible = false;
    const QTransform back = m_toMap.inverted(&invertible);
    if (m_main && invertible)
        m_main->centerOn(back.map(widgetPos));
}

void OverviewMap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        centerMainOn(event->position());
}

void OverviewMap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        centerMainOn(event->position());
}

void OverviewMap::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    render();
}

void OverviewMap::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    render();
}

void OverviewMap::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        scheduleRender();
    QWidget::changeEvent(event);
}

} // namespace wb::ui
