// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panels/overviewmap.h"

#include "ui/canvas/pipelinescene.h"

#include <QMouseEvent>
#include <QScrollBar>
#include <QTimer>

namespace wb::ui {

OverviewMap::OverviewMap(QWidget *parent)
    : QGraphicsView(parent)
    , m_refit(new QTimer(this))
{
    setObjectName(QStringLiteral("overviewMap"));
    setInteractive(false);
    setRenderHints(QPainter::Antialiasing);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setFrameShape(QFrame::NoFrame);
    setMinimumHeight(120);
    m_refit->setSingleShot(true);
    m_refit->setInterval(200);
    connect(m_refit, &QTimer::timeout, this, &OverviewMap::refit);
    setToolTip(tr("Click or drag to move the canvas view"));
}

void OverviewMap::setMainView(QGraphicsView *main)
{
    m_main = main;
    setScene(main->scene());
    auto follow = [this] { viewport()->update(); };
    connect(main->horizontalScrollBar(), &QScrollBar::valueChanged, this, follow);
    connect(main->verticalScrollBar(), &QScrollBar::valueChanged, this, follow);
    if (main->scene())
        connect(main->scene(), &QGraphicsScene::changed, m_refit, [this] {
            if (!m_refit->isActive())
                m_refit->start();
        });
    refit();
}

void OverviewMap::refit()
{
    if (auto *s = qobject_cast<PipelineScene *>(scene()))
        fitInView(s->contentsRect(), Qt::KeepAspectRatio);
    viewport()->update();
}

void OverviewMap::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    refit();
}

void OverviewMap::drawForeground(QPainter *painter, const QRectF &)
{
    if (!m_main)
        return;
    const QRectF visible = m_main->mapToScene(m_main->viewport()->rect()).boundingRect();
    QColor c = palette().color(QPalette::Highlight);
    QPen pen(c, 0);
    painter->setPen(pen);
    c.setAlpha(30);
    painter->setBrush(c);
    painter->drawRect(visible);
}

void OverviewMap::mousePressEvent(QMouseEvent *event)
{
    if (m_main)
        m_main->centerOn(mapToScene(event->pos()));
}

void OverviewMap::mouseMoveEvent(QMouseEvent *event)
{
    if (m_main && (event->buttons() & Qt::LeftButton))
        m_main->centerOn(mapToScene(event->pos()));
}

} // namespace wb::ui
