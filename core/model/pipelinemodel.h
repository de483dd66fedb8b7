// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/pipelinetypes.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace wb::model {

class PipelineDocument;

/// The pipeline graph and nothing else (no undo, no files, no run state).
///
/// Invariants: task names are unique (the document enforces it; a loaded file may break it
/// case-insensitively, which the validator reports); tasks keep their document order (saving
/// is deterministic); edges are *derived*: a TaskOutput argument, an `after` entry or a run
/// condition that names an existing task gives an edge, a reference to a missing task gives
/// none (the validator reports it). Edges are recomputed after each structural mutation and
/// the difference is signalled as edgeAdded/edgeRemoved.
///
/// Mutators are private: only PipelineDocument changes the model, so every change is undoable.
class PipelineModel : public QObject
{
    Q_OBJECT
public:
    explicit PipelineModel(QObject *parent = nullptr);
    ~PipelineModel() override;

    /// Task ids in document order.
    const QList<NodeId> &taskIds() const { return m_order; }
    int taskCount() const { return int(m_order.size()); }
    bool contains(NodeId id) const { return m_tasks.contains(id); }
    /// The task; Q_ASSERTs that it exists.
    const Task &task(NodeId id) const;
    const Task *findTask(NodeId id) const;
    /// Exact name lookup; invalid NodeId when there is none.
    NodeId taskByName(const QString &name) const;
    QList<Task> tasks() const;

    const PipelineInfo &info() const { return m_info; }
    const QList<InputSpec> &parameters() const { return m_info.parameters; }
    const InputSpec *parameter(const QString &name) const;
    const QList<PipelineOutput> &outputs() const { return m_info.outputs; }

    const QList<Edge> &edges() const { return m_edges; }
    QList<Edge> inEdges(NodeId id) const { return m_in.value(id); }
    QList<Edge> outEdges(NodeId id) const { return m_out.value(id); }

    /// Everything as plain values (ModelMapper::fromModel, undo tests).
    PipelineSnapshot snapshot() const;

signals:
    void taskAdded(wb::model::NodeId id);
    void taskRemoved(wb::model::NodeId id);
    /// Name, arguments, options, dependencies or component changed (not position).
    void taskChanged(wb::model::NodeId id);
    void edgeAdded(const wb::model::Edge &edge);
    void edgeRemoved(const wb::model::Edge &edge);
    void positionsChanged(const QList<wb::model::NodeId> &ids);
    void parametersChanged();
    void outputsChanged();
    void infoChanged();
    void modelReset();

private:
    friend class PipelineDocument;

    NodeId allocateId() { return NodeId{m_nextId++}; }
    /// Replaces everything; tasks without a valid id get one. Emits modelReset.
    void reset(const PipelineSnapshot &snapshot);
    /// Inserts `task` (its id must be valid and unused) at document index `index` (-1 = end).
    void insertTask(const Task &task, int index);
    /// Removes and returns the task with its document index.
    QPair<Task, int> removeTask(NodeId id);
    /// Replaces a task's data (same id). Position changes here emit positionsChanged.
    void setTask(const Task &task);
    /// Replaces several tasks at once; edges are recomputed once (a rename plus the rewritten
    /// references emits no edge churn).
    void setTasks(const QList<Task> &tasks);
    void setPositions(const QHash<NodeId, QPointF> &positions);
    void setParameters(const QList<InputSpec> &parameters);
    void setOutputs(const QList<PipelineOutput> &outputs);
    void setNameAndDescription(const QString &name, const QString &description);
    /// Relative references now resolve against `toDir` instead of `fromDir`: rewrites every task
    /// (taskChanged for those that changed). Tasks that arrive later with an older generation
    /// (undo/redo closures, fragments copied before) are rewritten on arrival as well.
    void rebaseReferences(const QString &fromDir, const QString &toDir);
    /// Brings a task that enters the model up to the current reference generation.
    Task normalized(Task task) const;

    void rebuildNameIndex();
    /// Recomputes edges; emits the difference when `notify`.
    void updateEdges(bool notify);

    PipelineInfo m_info;
    QHash<NodeId, Task> m_tasks;
    QList<NodeId> m_order;
    QHash<QString, NodeId> m_byName;
    QList<Edge> m_edges;
    QHash<NodeId, QList<Edge>> m_in;
    QHash<NodeId, QList<Edge>> m_out;
    quint32 m_nextId = 1;
    struct Rebase { QString from, to; };
    QList<Rebase> m_rebases; ///< generation g tasks need m_rebases[g..] applied
};

} // namespace wb::model
