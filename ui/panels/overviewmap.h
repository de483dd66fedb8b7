// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>

class QTimer;

namespace wb::ui {

/// A minimap of the canvas: the whole pipeline scaled down, with the main view's visible area
/// as a frame. Clicking or dragging moves the main view there.
class OverviewMap : public QGraphicsView
{
    Q_OBJECT
public:
    explicit OverviewMap(QWidget *parent = nullptr);
    /// Shows `main`'s scene and follows its scrolling and zooming.
    void setMainView(QGraphicsView *main);

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *) override {}

private:
    void refit();

    QGraphicsView *m_main = nullptr;
    QTimer *m_refit;
};

} // namespace wb::ui
