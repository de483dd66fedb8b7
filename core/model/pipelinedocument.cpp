// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/pipelinedocument.h"

#include "core/base/tr.h"
#include "core/model/graphalgorithms.h"

namespace wb::model {

PipelineDocument::PipelineDocument(QObject *parent)
    : QObject(parent)
    , m_model(new PipelineModel(this))
    , m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { emit dirtyChanged(!clean); });
}

PipelineDocument::~PipelineDocument() = default;

void PipelineDocument::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged(path);
}

void PipelineDocument::resetContent(const PipelineSnapshot &snapshot)
{
    m_undo->clear();
    m_model->reset(snapshot);
    m_undo->setClean();
}

void PipelineDocument::rebaseReferences(const QString &fromDir, const QString &toDir)
{
    m_model->rebaseReferences(fromDir, toDir);
}

QString PipelineDocument::uniqueTaskName(const QString &preferred) const
{
    QSet<QString> taken;
    for (NodeId id : m_model->taskIds())
        taken.insert(m_model->task(id).name.toLower());
    const QString base = preferred.trimmed().isEmpty() ? QStringLiteral("task") : preferred.trimmed();
    if (!taken.contains(base.toLower()))
        return base;
    for (int i = 2;; ++i) {
        const QString candidate = base + QLatin1Char('-') + QString::number(i);
        if (!taken.contains(candidate.toLower()))
            return candidate;
    }
}

// ---- steps ---------------------------------------------------------------------------------

void PipelineDocument::addTaskStep(const Task &task, int index, Fun &undo, Fun &redo)
{
    const NodeId id = task.id;
    Fun op = [this, task, index] {
        m_model->insertTask(task, index);
        return true;
    };
    Fun rev = [this, id] {
        m_model->removeTask(id);
        return true;
    };
    op();
    pushBack(redo, op);
    pushFront(undo, rev);
}

void PipelineDocument::removeTaskStep(NodeId id, Fun &undo, Fun &redo)
{
    const auto [task, index] = m_model->removeTask(id);
    Fun op = [this, id] {
        m_model->removeTask(id);
        return true;
    };
    Fun rev = [this, task = task, index = index] {
        m_model->insertTask(task, index);
        return true;
    };
    pushBack(redo, op);
    pushFront(undo, rev);
}

void PipelineDocument::updateTaskStep(const Task &task, Fun &undo, Fun &redo)
{
    const Task old = m_model->task(task.id);
    if (old == task)
        return;
    Fun op = [this, task] {
        m_model->setTask(task);
        return true;
    };
    Fun rev = [this, old] {
        m_model->setTask(old);
        return true;
    };
    op();
    pushBack(redo, op);
    pushFront(undo, rev);
}

void PipelineDocument::updateTasksStep(const QList<Task> &tasks, Fun &undo, Fun &redo)
{
    QList<Task> old;
    for (const Task &t : tasks)
        old.append(m_model->task(t.id));
    Fun op = [this, tasks] {
        m_model->setTasks(tasks);
        return true;
    };
    Fun rev = [this, old] {
        m_model->setTasks(old);
        return true;
    };
    op();
    pushBack(redo, op);
    pushFront(undo, rev);
}

void PipelineDocument::moveStep(const QHash<NodeId, QPointF> &positions, Fun &undo, Fun &redo)
{
    QHash<NodeId, QPointF> oldPositions;
    QList<NodeId> hadNoPosition;
    for (auto it = positions.constBegin(); it != positions.constEnd(); ++it) {
        const Task &t = m_model->task(it.key());
        oldPositions.insert(it.key(), t.position);
        if (!t.hasPosition)
            hadNoPosition.append(it.key());
    }
    Fun op = [this, positions] {
        m_model->setPositions(positions);
        return true;
    };
    Fun rev = [this, oldPositions, hadNoPosition] {
        m_model->setPositions(oldPositions);
        // Restore "no position" exactly, so saving after undo gives the original bytes.
        for (NodeId id : hadNoPosition) {
            Task t = m_model->task(id);
            t.hasPosition = false;
            m_model->setTask(t);
        }
        return true;
    };
    op();
    pushBack(redo, op);
    pushFront(undo, rev);
}

void PipelineDocument::infoStep(const PipelineInfo &info, Fun &undo, Fun &redo)
{
    const PipelineInfo old = m_model->info();
    auto apply = [this](const PipelineInfo &target) {
        const PipelineInfo &cur = m_model->info();
        if (cur.name != target.name || cur.description != target.description)
            m_model->setNameAndDescription(target.name, target.description);
        if (cur.parameters != target.parameters)
            m_model->setParameters(target.parameters);
        if (cur.outputs != target.outputs)
            m_model->setOutputs(target.outputs);
        return true;
    };
    Fun op = [apply, info] { return apply(info); };
    Fun rev = [apply, old] { return apply(old); };
    op();
    pushBack(redo, op);
    pushFront(undo, rev);
}

void PipelineDocument::push(const Fun &undo, const Fun &redo, const QString &text)
{
    m_undo->push(new FunctionalUndoCommand(undo, redo, text));
}

Result<const Task *> PipelineDocument::existing(NodeId id) const
{
    if (const Task *t = m_model->findTask(id))
        return t;
    return makeError(QStringLiteral("unknown-task"), tr("The task no longer exists."));
}

// ---- tasks ---------------------------------------------------------------------------------

Result<NodeId> PipelineDocument::requestAddTask(const ComponentRef &ref,
                                                const ComponentSpecPtr &spec,
                                                const QPointF &position,
                                                const QString &preferredName)
{
    QString base = preferredName;
    if (base.isEmpty())
        base = taskNameFromComponentName(spec ? spec->name : ref.name);
    const QString problem = checkTaskName(base);
    if (!problem.isEmpty())
        return makeError(QStringLiteral("invalid-name"), problem);
    Task t;
    t.id = m_model->allocateId();
    t.name = uniqueTaskName(base);
    t.ref = ref;
    t.spec = spec ? spec : ref.spec;
    if (!t.spec)
        t.missingReason = tr("The component is not available.");
    t.position = position;
    t.hasPosition = true;
    Fun undo = noOp(), redo = noOp();
    addTaskStep(t, -1, undo, redo);
    push(undo, redo, tr("Add task %1").arg(t.name));
    return t.id;
}

Result<void> PipelineDocument::requestRemoveTasks(const QList<NodeId> &ids)
{
    QSet<NodeId> doomed;
    QSet<QString> names;
    for (NodeId id : ids) {
        WB_TRY(existing(id));
        doomed.insert(id);
        names.insert(m_model->task(id).name);
    }
    if (doomed.isEmpty())
        return {};
    Fun undo = noOp(), redo = noOp();
    for (NodeId id : m_model->taskIds()) {
        if (doomed.contains(id))
            continue;
        Task t = m_model->task(id);
        bool changed = false;
        for (const QString &n : std::as_const(names))
            changed = t.dropReferences(n) || changed;
        if (changed)
            updateTaskStep(t, undo, redo);
    }
    PipelineInfo info = m_model->info();
    for (PipelineOutput &o : info.outputs) {
        if (names.contains(o.task)) {
            o.task.clear();
            o.output.clear();
        }
    }
    if (info != m_model->info())
        infoStep(info, undo, redo);
    // Highest index first, so undo re-inserts at the original indexes.
    QList<NodeId> order = m_model->taskIds();
    for (auto it = order.crbegin(); it != order.crend(); ++it)
        if (doomed.contains(*it))
            removeTaskStep(*it, undo, redo);
    push(undo, redo, doomed.size() == 1 ? tr("Remove task") : tr("Remove %n tasks", nullptr, int(doomed.size())));
    return {};
}

Result<void> PipelineDocument::requestRenameTask(NodeId id, const QString &newName)
{
    WB_TRY(existing(id));
    const QString oldName = m_model->task(id).name;
    if (newName == oldName)
        return {};
    const QString problem = checkTaskName(newName);
    if (!problem.isEmpty())
        return makeError(QStringLiteral("invalid-name"), problem);
    for (NodeId other : m_model->taskIds())
        if (other != id && m_model->task(other).name.compare(newName, Qt::CaseInsensitive) == 0)
            return makeError(QStringLiteral("duplicate-task-name"),
                             tr("A task named \"%1\" already exists.").arg(newName));
    Fun undo = noOp(), redo = noOp();
    QList<Task> changed;
    for (NodeId other : m_model->taskIds()) {
        Task t = m_model->task(other);
        const bool refs = t.renameReferences(oldName, newName); // a broken self reference follows too
        if (other == id)
            t.name = newName;
        if (refs || other == id)
            changed.append(t);
    }
    updateTasksStep(changed, undo, redo);
    PipelineInfo info = m_model->info();
    for (PipelineOutput &o : info.outputs)
        if (o.task == oldName)
            o.task = newName;
    if (info != m_model->info())
        infoStep(info, undo, redo);
    push(undo, redo, tr("Rename task %1 to %2").arg(oldName, newName));
    return {};
}

Result<void> PipelineDocument::requestSetTaskOptions(NodeId id, const TaskOptions &options)
{
    WB_TRY(existing(id));
    if (options.retries < 0 || options.retryBackoffSeconds < 0 || options.timeoutSeconds < 0
        || options.gpu < 0)
        return makeError(QStringLiteral("invalid-option"),
                         tr("Retries, back-off, timeout and GPU count cannot be negative."));
    Task t = m_model->task(id);
    if (options.condition)
        WB_TRY(checkCondition(t, *options.condition));
    t.options = options;
    if (options.condition)
        t.extraIsEnabled = QVariant(); // the new condition replaces an unmapped predicate
    Fun undo = noOp(), redo = noOp();
    updateTaskStep(t, undo, redo);
    push(undo, redo, tr("Change options of %1").arg(t.name));
    return {};
}

Result<void> PipelineDocument::checkCondition(const Task &task, const RunCondition &c) const
{
    if (!RunCondition::isValidOperator(c.op))
        return makeError(QStringLiteral("invalid-option"), tr("Unknown comparison \"%1\".").arg(c.op));
    const NodeId from = m_model->taskByName(c.task);
    if (!from.isValid())
        return makeError(QStringLiteral("unknown-task"), tr("There is no task \"%1\".").arg(c.task));
    const Task &up = m_model->task(from);
    if (up.spec && !up.spec->output(c.output))
        return makeError(QStringLiteral("unknown-port"),
                         tr("Task \"%1\" has no output \"%2\".").arg(c.task, c.output));
    const bool existingEdge = task.referencedTasks().contains(c.task);
    if (!existingEdge && graph::wouldCreateCycle(*m_model, from, task.id))
        return makeError(QStringLiteral("would-cycle"),
                         tr("A condition on \"%1\" would make a cycle.").arg(c.task));
    return {};
}

Result<void> PipelineDocument::requestAddDependency(NodeId task, NodeId after)
{
    WB_TRY(existing(task));
    WB_TRY(existing(after));
    if (task == after)
        return makeError(QStringLiteral("self-loop"), tr("A task cannot run after itself."));
    Task t = m_model->task(task);
    const QString afterName = m_model->task(after).name;
    if (t.after.contains(afterName))
        return makeError(QStringLiteral("duplicate"), tr("The dependency already exists."));
    if (graph::wouldCreateCycle(*m_model, after, task))
        return makeError(QStringLiteral("would-cycle"),
                         tr("\"%1\" cannot run after \"%2\": that would make a cycle.").arg(t.name, afterName));
    t.after.append(afterName);
    Fun undo = noOp(), redo = noOp();
    updateTaskStep(t, undo, redo);
    push(undo, redo, tr("Run %1 after %2").arg(t.name, afterName));
    return {};
}

Result<void> PipelineDocument::requestRemoveDependency(NodeId task, NodeId after)
{
    WB_TRY(existing(task));
    WB_TRY(existing(after));
    Task t = m_model->task(task);
    if (t.after.removeAll(m_model->task(after).name) == 0)
        return makeError(QStringLiteral("unknown-edge"), tr("There is no such dependency."));
    Fun undo = noOp(), redo = noOp();
    updateTaskStep(t, undo, redo);
    push(undo, redo, tr("Remove dependency of %1").arg(t.name));
    return {};
}

} // namespace wb::model
