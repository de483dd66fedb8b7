// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/model/pipelinetypes.h"
#include "ui/canvas/canvasstyle.h"
#include "ui/canvas/nodeitem.h"

#include <QGraphicsScene>
#include <QHash>

#include <memory>

namespace wb::model {
class PipelineDocument;
}

namespace wb::ui {

class EdgeItem;
class Interaction;

/// The canvas scene: mirrors a PipelineDocument's model through its signals (QtNodes'
/// BasicGraphicsScene, Orange's set_scheme). Items hold ids; every edit goes to the document
/// as a request, and the model's signal updates the items. The only scene-local state is the
/// transient gesture (drag preview), handled by Interaction objects and committed on release.
/// The scene owns no undo stack.
class PipelineScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit PipelineScene(model::PipelineDocument *document, QObject *parent = nullptr);
    ~PipelineScene() override;

    model::PipelineDocument *document() const { return m_doc; }
    const CanvasStyle &canvasStyle() const { return m_style; }
    /// Recomputes colours from the application palette (theme change).
    void refreshStyle();

    NodeItem *nodeItem(model::NodeId id) const { return m_nodes.value(id); }
    NodeItem *nodeItemByName(const QString &taskName) const;
    QList<EdgeItem *> edgeItems() const;
    int nodeCount() const { return int(m_nodes.size()); }

    QList<model::NodeId> selectedTaskIds() const;
    QList<model::Edge> selectedEdges() const;
    void selectTasks(const QList<model::NodeId> &ids);
    /// Bounding rect of all nodes (scene coordinates), with a margin.
    QRectF contentsRect() const;

    /// Run-state badge for the executor; runtime only (never enters the model or file).
    void setTaskState(const QString &taskName, TaskRunState state, qint64 durationMs = -1,
                      const QString &reason = {});
    /// Same, with a state name: pending, running, succeeded/complete, failed, cached, skipped,
    /// cancelled (case-insensitive); anything else clears the badge.
    void setTaskState(const QString &taskName, const QString &state, qint64 durationMs = -1,
                      const QString &reason = {});
    void clearTaskStates();

    /// Folder that relative component urls are written against (the pipeline file's folder,
    /// else the workspace) and the workspace folder (components inside it are referenced by
    /// path; others are embedded inline so the pipeline stays self-contained).
    void setComponentBaseDirs(const QString &pipelineDir, const QString &workspaceDir);
    /// A componentRef for a component file, following the rule above.
    model::ComponentRef componentRefFor(const QString &absolutePath, const QByteArray &bytes,
                                        const model::ComponentSpecPtr &spec) const;
    /// A pasted reference with an absolute url: relative again when the file is inside the
    /// pipeline folder or workspace, else the spec is embedded.
    model::ComponentRef localizeRef(const model::ComponentRef &ref) const;
    /// Reads a component file and adds a task for it at `scenePos` (one undo step).
    Result<model::NodeId> addComponentFromFile(const QString &path, const QPointF &scenePos);

    /// Shows transient feedback (status bar text, label next to the cursor during a drag).
    void setFeedback(const QString &text);
    QString feedback() const { return m_feedback; }

    /// Called by NodeItem when it moved: drags the attached edges along.
    void nodeGeometryChanged(NodeItem *node);
    void updateEdgesOf(model::NodeId id);

signals:
    void feedbackChanged(const QString &text);
    /// A double click on a task (the main window focuses the properties panel).
    void taskActivated(wb::model::NodeId id);
    /// The colours changed (theme): views that cache a rendering redraw it.
    void styleChanged();
    /// Nodes or edges were added, removed, changed or moved (also during a drag). Cheaper to
    /// follow than QGraphicsScene::changed, whose mere connection slows every view down.
    void contentChanged();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    bool event(QEvent *event) override;

private:
    void rebuild();
    void addNode(model::NodeId id);
    void removeNode(model::NodeId id);
    void addEdge(const model::Edge &edge);
    void removeEdge(const model::Edge &edge);
    void onTaskChanged(model::NodeId id);
    void onPositionsChanged(const QList<model::NodeId> &ids);
    void updatePortConnections(model::NodeId id);
    bool isInsideBaseDirs(const QString &canonicalPath) const;
    QString relativeBase() const;

    model::PipelineDocument *m_doc;
    CanvasStyle m_style;
    QHash<model::NodeId, NodeItem *> m_nodes;
    QHash<model::Edge, EdgeItem *> m_edges;
    QHash<model::NodeId, QList<EdgeItem *>> m_edgesOfNode;
    std::unique_ptr<Interaction> m_interaction;
    QString m_feedback;
    QString m_pipelineDir;
    QString m_workspaceDir;
    bool m_applyingModel = false;
};

} // namespace wb::ui
