// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/pipelinetypes.h"

#include <QColor>
#include <QGraphicsItem>
#include <QPainterPath>

namespace wb::ui {

class PipelineScene;

/// A connection on the canvas. Holds the model Edge (ids + port names); its path follows
/// the two nodes (the scene calls updatePath when a node moves or changes).
class EdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };

    EdgeItem(PipelineScene *scene, const model::Edge &edge);

    int type() const override { return Type; }
    const model::Edge &edge() const { return m_edge; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// Recomputes the curve from the current port positions.
    void updatePath();
    /// Re-reads the colour from the scene's style (theme change).
    void refreshStyle();
    const QPainterPath &path() const { return m_path; }
    const QColor &color() const { return m_color; }
    /// A cubic "S" curve between two points, as used for edges and the drag preview.
    static QPainterPath curve(const QPointF &from, const QPointF &to);

private:
    PipelineScene *m_scene;
    model::Edge m_edge;
    QPainterPath m_path;
    mutable QPainterPath m_shape;
    QString m_typeName;
    QColor m_color; ///< cached: paint() must not hash strings
};

} // namespace wb::ui
