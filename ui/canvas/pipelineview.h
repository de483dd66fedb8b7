// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>

namespace wb::ui {

class PipelineScene;

/// The canvas view: zoom (wheel at the cursor, keyboard), pan (middle button, or Space + drag),
/// drops (palette components, component files, pipeline files).
class PipelineView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit PipelineView(QWidget *parent = nullptr);

    PipelineScene *pipelineScene() const;
    double zoom() const { return transform().m11(); }
    void setZoom(double factor);
    void zoomIn();
    void zoomOut();
    void resetZoom();
    /// Fits every task into the view (never zooms in beyond 100 %).
    void fitToContents();
    void centerOnTask(const QString &taskName);
    /// Number of paint events of the viewport (benchmarks and tests wait on it).
    int paintCount() const { return m_paintCount; }

signals:
    void openPipelineRequested(const QString &path);
    void zoomChanged(double factor);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void zoomBy(double factor, const QPointF &viewportAnchor);

    bool m_spaceDown = false;
    bool m_panning = false;
    QPoint m_panOrigin;
    int m_paintCount = 0;
};

} // namespace wb::ui
