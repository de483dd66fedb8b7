// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/nodeid.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointF>

class QGraphicsPathItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QGraphicsSceneMouseEvent;
class QMimeData;

namespace wb::ui {

class PipelineScene;
class PortItem;

/// One mouse gesture on the canvas (Orange's UserInteraction). The scene hands mouse events
/// to the active interaction first; a handler returning false lets the scene's default
/// behaviour (selection, item move) run as well. The gesture is committed once, on release.
class Interaction
{
public:
    explicit Interaction(PipelineScene *scene) : m_scene(scene) {}
    virtual ~Interaction() = default;
    virtual bool move(QGraphicsSceneMouseEvent *event) = 0;
    /// Commits the gesture; the scene deletes the interaction afterwards.
    virtual bool release(QGraphicsSceneMouseEvent *event) = 0;

protected:
    PipelineScene *m_scene;
};

/// Drag from a port to a port of the other direction. Candidate ports light up (compatible)
/// or fade (incompatible); hovering one shows canConnect's reason next to the cursor.
class NewEdgeInteraction : public Interaction
{
    // The context lupdate records for this class's strings (not a QObject).
    Q_DECLARE_TR_FUNCTIONS(wb::ui::NewEdgeInteraction)

public:
    NewEdgeInteraction(PipelineScene *scene, PortItem *start);
    ~NewEdgeInteraction() override;
    bool move(QGraphicsSceneMouseEvent *event) override;
    bool release(QGraphicsSceneMouseEvent *event) override;

private:
    PortItem *portNear(const QPointF &scenePos) const;
    /// Checks start->target in model terms; fills `reason` when refused.
    bool check(PortItem *target, QString *reason) const;
    void markCandidates();

    PortItem *m_start;
    QGraphicsPathItem *m_preview;
    QGraphicsSimpleTextItem *m_label;
    QList<PortItem *> m_marked;
};

/// Press on a node, drag, release: ONE requestMoveTasks for the whole selection.
class MoveInteraction : public Interaction
{
public:
    explicit MoveInteraction(PipelineScene *scene);
    bool move(QGraphicsSceneMouseEvent *) override { return false; }
    bool release(QGraphicsSceneMouseEvent *event) override;

private:
    QHash<model::NodeId, QPointF> m_start;
};

/// Press on empty canvas and drag: selects the nodes and edges inside the rectangle
/// (Ctrl/Shift adds to the selection).
class RubberBandInteraction : public Interaction
{
public:
    RubberBandInteraction(PipelineScene *scene, const QPointF &origin, bool additive);
    ~RubberBandInteraction() override;
    bool move(QGraphicsSceneMouseEvent *event) override;
    bool release(QGraphicsSceneMouseEvent *event) override;

private:
    QPointF m_origin;
    bool m_additive;
    QGraphicsRectItem *m_rect;
};

/// Drops onto the canvas: components from the palette (their file path) or component files
/// from the file manager become tasks; pipeline files are returned to be opened.
namespace DropComponentInteraction {
/// The MIME type the palette uses: newline-separated absolute component file paths.
inline constexpr char kComponentMime[] = "application/x-mlwb-component";
bool accepts(const QMimeData *mime);
/// Adds the components; returns the pipeline files among the dropped files.
QStringList drop(PipelineScene *scene, const QMimeData *mime, const QPointF &scenePos);
} // namespace DropComponentInteraction

} // namespace wb::ui
