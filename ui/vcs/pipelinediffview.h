// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/pipelinediff.h"
#include "core/model/pipelinetypes.h"

#include <QColor>
#include <QHash>
#include <QWidget>

class QGraphicsScene;
class QGraphicsView;
class QTreeWidget;
class QLabel;

namespace wb::ui {

/// Read-only picture of a pipeline change: the new version's tasks laid out by Graphviz, with
/// added tasks green, removed ones (drawn from the old version) red, changed ones amber, new
/// edges highlighted and removed edges dashed red; a side list shows every changed field.
class PipelineDiffView : public QWidget
{
    Q_OBJECT
public:
    enum class TaskMark { Unchanged, Added, Removed, Changed, Moved };

    explicit PipelineDiffView(QWidget *parent = nullptr);

    void setPipelines(const model::PipelineSnapshot &before, const model::PipelineSnapshot &after,
                      const QString &beforeLabel = {}, const QString &afterLabel = {});

    const model::PipelineDiff &diff() const { return m_diff; }
    TaskMark markOf(const QString &task) const { return m_marks.value(task, TaskMark::Unchanged); }
    /// Fill colour of a task's box (tests check the colour coding).
    QColor colorOf(const QString &task) const;
    static QColor colorFor(TaskMark mark);
    QGraphicsScene *scene() const { return m_scene; }
    QTreeWidget *changeList() const { return m_list; }
    int highlightedEdgeCount() const { return m_highlightedEdges; }
    int removedEdgeCount() const { return m_removedEdges; }

private:
    void rebuildScene(const model::PipelineSnapshot &after);
    void rebuildList();

    model::PipelineDiff m_diff;
    QHash<QString, TaskMark> m_marks;
    QHash<QString, QColor> m_colors;
    int m_highlightedEdges = 0;
    int m_removedEdges = 0;
    QGraphicsScene *m_scene = nullptr;
    QGraphicsView *m_view = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_title = nullptr;
};

} // namespace wb::ui
