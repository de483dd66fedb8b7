// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/nodeid.h"

#include <QCoreApplication>
#include <QFont>
#include <QGraphicsItem>
#include <QHash>
#include <QList>

namespace wb::ui {

class PortItem;
class PipelineScene;

/// Run state shown as a badge on a node. Runtime only: never stored in the model or file.
enum class TaskRunState { None, Pending, Running, Succeeded, Failed, Cached, Skipped, NotRun, Cancelled };

/// A task on the canvas. Holds its NodeId; everything shown is read from the model in
/// refresh() (called by the scene on taskChanged) and cached as display strings, so paint()
/// neither allocates nor looks anything up.
class NodeItem : public QGraphicsItem
{
    // The context lupdate records for this class's strings (not a QObject).
    Q_DECLARE_TR_FUNCTIONS(wb::ui::NodeItem)

public:
    enum { Type = UserType + 1 };

    NodeItem(PipelineScene *scene, model::NodeId id);

    int type() const override { return Type; }
    model::NodeId nodeId() const { return m_id; }
    PipelineScene *pipelineScene() const { return m_scene; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// Re-reads the task (name, component, ports) from the model.
    void refresh();
    /// Body rectangle in item coordinates (without the selection margin).
    QRectF bodyRect() const { return QRectF(0, 0, m_width, m_height); }
    QSizeF size() const { return QSizeF(m_width, m_height); }
    PortItem *port(const QString &name, bool output) const;
    const QList<PortItem *> &inputs() const { return m_inputs; }
    const QList<PortItem *> &outputs() const { return m_outputs; }
    /// Scene position where a non-data (after / condition) edge attaches.
    QPointF sideAnchor(bool output) const;
    bool isMissing() const { return m_missing; }
    QString taskName() const { return m_taskName; }

    /// Shown as a badge (or, zoomed out, the node's fill and a ring); `reason` (why it failed,
    /// was skipped or not run) joins the tooltip.
    void setRunState(TaskRunState state, qint64 durationMs, const QString &reason = {});
    QString runReason() const { return m_runReason; }
    static QColor runStateColour(TaskRunState state);
    TaskRunState runState() const { return m_runState; }
    QString runBadgeText() const { return m_badgeText; }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    void paintBadge(QPainter *painter);
    void paintStateRing(QPainter *painter, const QColor &colour, double lod);
    void updateToolTip();
    static QColor blend(const QColor &a, const QColor &b, double t);
    /// The task name in a font that is readable at `lod` (elided once per font size).
    void paintZoomedOutLabel(QPainter *painter, double lod);

    PipelineScene *m_scene;
    model::NodeId m_id;
    double m_width;
    double m_height;
    QString m_taskName;
    QString m_componentName;
    QString m_title;     ///< elided component name
    QString m_subtitle;  ///< elided task name
    bool m_missing = false;
    bool m_hover = false;
    QList<PortItem *> m_inputs;
    QList<PortItem *> m_outputs;
    QStringList m_inputLabels;
    QStringList m_outputLabels;
    TaskRunState m_runState = TaskRunState::None;
    QString m_badgeText;
    QString m_runReason;
    QString m_baseToolTip; ///< task, component and description; the run state is added to it
    double m_badgeWidth = 0; ///< measured once per state change, not per paint
    QFont m_zoomFont;        ///< zoomed-out label: font and elided text for m_zoomPixels
    QString m_zoomLabel;
    int m_zoomPixels = 0;
};

} // namespace wb::ui
