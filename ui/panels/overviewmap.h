// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPixmap>
#include <QTransform>
#include <QWidget>

class QGraphicsView;
class QTimer;

namespace wb::ui {

class PipelineScene;

/// A minimap of the canvas: the whole pipeline scaled down, with the main view's visible area
/// as a frame. Clicking or dragging moves the main view there.
///
/// The map is drawn from the scene's nodes and edges into a cached pixmap (blocks and
/// one-pixel lines, not the items' own paint code) and redrawn shortly after the pipeline
/// changes; scrolling or zooming the canvas only moves the frame. It does not listen to
/// QGraphicsScene::changed, which would switch every view of the scene to the slow update path.
class OverviewMap : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewMap(QWidget *parent = nullptr);
    /// Shows `main`'s scene (a PipelineScene) and follows its scrolling and zooming.
    void setMainView(QGraphicsView *main);
    /// How often the map was redrawn (tests and benchmarks).
    int renderCount() const { return m_renders; }
    /// Scene -> widget coordinates of the current map.
    QTransform sceneToMap() const { return m_toMap; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRender();
    void render();
    void centerMainOn(const QPointF &widgetPos);

    QGraphicsView *m_main = nullptr;
    PipelineScene *m_scene = nullptr;
    QTimer *m_timer;
    QPixmap m_pixmap;
    QTransform m_toMap;
    QRectF m_content; ///< the pipeline's extent in widget coordinates
    int m_renders = 0;
};

} // namespace wb::ui
