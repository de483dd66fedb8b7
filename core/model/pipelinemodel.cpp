// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/pipelinemodel.h"

#include "core/model/referencerebase.h"

namespace wb::model {

PipelineModel::PipelineModel(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<wb::model::NodeId>();
    qRegisterMetaType<wb::model::Edge>();
}

PipelineModel::~PipelineModel() = default;

const Task &PipelineModel::task(NodeId id) const
{
    auto it = m_tasks.constFind(id);
    Q_ASSERT(it != m_tasks.constEnd());
    return *it;
}

const Task *PipelineModel::findTask(NodeId id) const
{
    auto it = m_tasks.constFind(id);
    return it == m_tasks.constEnd() ? nullptr : &*it;
}

NodeId PipelineModel::taskByName(const QString &name) const
{
    return m_byName.value(name);
}

QList<Task> PipelineModel::tasks() const
{
    QList<Task> out;
    out.reserve(m_order.size());
    for (NodeId id : m_order)
        out.append(m_tasks.value(id));
    return out;
}

const InputSpec *PipelineModel::parameter(const QString &name) const
{
    for (const InputSpec &p : m_info.parameters)
        if (p.name == name)
            return &p;
    return nullptr;
}

PipelineSnapshot PipelineModel::snapshot() const
{
    return PipelineSnapshot{m_info, tasks()};
}

void PipelineModel::reset(const PipelineSnapshot &snapshot)
{
    m_info = snapshot.info;
    m_tasks.clear();
    m_order.clear();
    m_rebases.clear();
    for (Task t : snapshot.tasks) {
        t.referenceGeneration = 0;
        if (!t.id.isValid() || m_tasks.contains(t.id))
            t.id = allocateId();
        m_nextId = std::max(m_nextId, t.id.value + 1);
        m_order.append(t.id);
        m_tasks.insert(t.id, t);
    }
    rebuildNameIndex();
    updateEdges(false);
    emit modelReset();
}

Task PipelineModel::normalized(Task task) const
{
    const int current = int(m_rebases.size());
    if (task.referenceGeneration < 0 || task.referenceGeneration > current)
        task.referenceGeneration = current;
    for (; task.referenceGeneration < current; ++task.referenceGeneration) {
        const Rebase &r = m_rebases.at(task.referenceGeneration);
        rebaseTaskReferences(task, r.from, r.to);
    }
    return task;
}

void PipelineModel::rebaseReferences(const QString &fromDir, const QString &toDir)
{
    m_rebases.append(Rebase{fromDir, toDir});
    QList<NodeId> changed;
    for (NodeId id : std::as_const(m_order)) {
        Task &t = m_tasks[id];
        Task n = normalized(t);
        if (!(n == t))
            changed.append(id);
        t = std::move(n);
    }
    for (NodeId id : std::as_const(changed))
        emit taskChanged(id);
}

void PipelineModel::insertTask(const Task &incoming, int index)
{
    const Task task = normalized(incoming);
    Q_ASSERT(task.id.isValid() && !m_tasks.contains(task.id));
    m_nextId = std::max(m_nextId, task.id.value + 1);
    m_tasks.insert(task.id, task);
    if (index < 0 || index > m_order.size())
        m_order.append(task.id);
    else
        m_order.insert(index, task.id);
    m_byName.insert(task.name, task.id);
    emit taskAdded(task.id);
    updateEdges(true);
}

QPair<Task, int> PipelineModel::removeTask(NodeId id)
{
    Q_ASSERT(m_tasks.contains(id));
    const int index = int(m_order.indexOf(id));
    const Task t = m_tasks.take(id);
    m_order.removeAt(index);
    rebuildNameIndex();
    // Edges first, so views never hold an edge to a node that is gone.
    updateEdges(true);
    emit taskRemoved(id);
    return {t, index};
}

void PipelineModel::setTask(const Task &incoming)
{
    const Task task = normalized(incoming);
    auto it = m_tasks.find(task.id);
    Q_ASSERT(it != m_tasks.end());
    const bool moved = it->position != task.position || it->hasPosition != task.hasPosition;
    const bool renamed = it->name != task.name;
    Task old = *it;
    old.position = task.position;
    old.hasPosition = task.hasPosition;
    const bool otherChange = !(old == task);
    *it = task;
    if (renamed)
        rebuildNameIndex();
    if (otherChange) {
        updateEdges(true);
        emit taskChanged(task.id);
    }
    if (moved)
        emit positionsChanged({task.id});
}

void PipelineModel::setTasks(const QList<Task> &tasks)
{
    QList<NodeId> changed, moved;
    for (const Task &incoming : tasks) {
        const Task task = normalized(incoming);
        auto it = m_tasks.find(task.id);
        Q_ASSERT(it != m_tasks.end());
        Task old = *it;
        if (old.position != task.position || old.hasPosition != task.hasPosition)
            moved.append(task.id);
        old.position = task.position;
        old.hasPosition = task.hasPosition;
        if (!(old == task))
            changed.append(task.id);
        *it = task;
    }
    rebuildNameIndex();
    updateEdges(true);
    for (NodeId id : std::as_const(changed))
        emit taskChanged(id);
    if (!moved.isEmpty())
        emit positionsChanged(moved);
}

void PipelineModel::setPositions(const QHash<NodeId, QPointF> &positions)
{
    QList<NodeId> changed;
    for (auto it = positions.constBegin(); it != positions.constEnd(); ++it) {
        auto t = m_tasks.find(it.key());
        if (t == m_tasks.end())
            continue;
        if (t->position != it.value() || !t->hasPosition) {
            t->position = it.value();
            t->hasPosition = true;
            changed.append(it.key());
        }
    }
    std::sort(changed.begin(), changed.end());
    if (!changed.isEmpty())
        emit positionsChanged(changed);
}

void PipelineModel::setParameters(const QList<InputSpec> &parameters)
{
    m_info.parameters = parameters;
    emit parametersChanged();
}

void PipelineModel::setOutputs(const QList<PipelineOutput> &outputs)
{
    m_info.outputs = outputs;
    emit outputsChanged();
}

void PipelineModel::setNameAndDescription(const QString &name, const QString &description)
{
    m_info.name = name;
    m_info.description = description;
    emit infoChanged();
}

void PipelineModel::rebuildNameIndex()
{
    m_byName.clear();
    // Document order wins for (invalid) duplicates, so lookups are deterministic.
    for (auto it = m_order.crbegin(); it != m_order.crend(); ++it)
        m_byName.insert(m_tasks.value(*it).name, *it);
}

void PipelineModel::updateEdges(bool notify)
{
    QList<Edge> edges;
    for (NodeId id : std::as_const(m_order)) {
        const Task &t = m_tasks[id];
        for (const auto &arg : t.arguments) {
            if (arg.second.kind != ArgumentValue::Kind::TaskOutput)
                continue;
            const NodeId from = m_byName.value(arg.second.task);
            if (from.isValid())
                edges.append(Edge{Edge::Kind::Data, from, arg.second.output, id, arg.first});
        }
        for (const QString &a : t.after) {
            const NodeId from = m_byName.value(a);
            if (from.isValid())
                edges.append(Edge{Edge::Kind::After, from, {}, id, {}});
        }
        if (t.options.condition) {
            const NodeId from = m_byName.value(t.options.condition->task);
            if (from.isValid())
                edges.append(Edge{Edge::Kind::Condition, from, t.options.condition->output, id, {}});
        }
    }
    QList<Edge> removed, added;
    if (notify) {
        const QSet<Edge> before(m_edges.cbegin(), m_edges.cend());
        const QSet<Edge> after(edges.cbegin(), edges.cend());
        for (const Edge &e : std::as_const(m_edges))
            if (!after.contains(e))
                removed.append(e);
        for (const Edge &e : std::as_const(edges))
            if (!before.contains(e))
                added.append(e);
    }
    m_edges = edges;
    m_in.clear();
    m_out.clear();
    for (const Edge &e : std::as_const(m_edges)) {
        m_in[e.to].append(e);
        m_out[e.from].append(e);
    }
    for (const Edge &e : std::as_const(removed))
        emit edgeRemoved(e);
    for (const Edge &e : std::as_const(added))
        emit edgeAdded(e);
}

} // namespace wb::model
