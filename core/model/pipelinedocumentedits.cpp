// SPDX-License-Identifier: GPL-3.0-or-later
// PipelineDocument, part 2: connections, arguments, geometry, pipeline-level edits.
#include "core/model/pipelinedocument.h"

#include "core/base/tr.h"
#include "core/model/graphalgorithms.h"

namespace wb::model {

// ---- connections and arguments -----------------------------------------------------------

Result<void> PipelineDocument::checkConnect(NodeId from, const QString &output, NodeId to,
                                            const QString &input) const
{
    const Task *up = m_model->findTask(from);
    const Task *down = m_model->findTask(to);
    if (!up || !down)
        return makeError(QStringLiteral("unknown-task"), tr("The task no longer exists."));
    if (from == to)
        return makeError(QStringLiteral("self-loop"), tr("A task cannot consume its own output."));
    const OutputSpec *out = up->spec ? up->spec->output(output) : nullptr;
    if (!out)
        return makeError(QStringLiteral("unknown-port"),
                         tr("Task \"%1\" has no output \"%2\".").arg(up->name, output));
    const InputSpec *in = down->spec ? down->spec->input(input) : nullptr;
    if (!in)
        return makeError(QStringLiteral("unknown-port"),
                         tr("Task \"%1\" has no input \"%2\".").arg(down->name, input));
    if (const ArgumentValue *bound = down->argument(input);
        bound && bound->kind != ArgumentValue::Kind::Constant)
        return makeError(QStringLiteral("input-already-bound"),
                         tr("Input \"%1\" of \"%2\" is already connected; disconnect it first.")
                             .arg(input, down->name));
    if (!typesCompatible(out->type, in->type))
        return makeError(QStringLiteral("type-mismatch"),
                         tr("Output \"%1\" is %2 but input \"%3\" expects %4.")
                             .arg(output, out->type.name, input, in->type.name));
    if (graph::wouldCreateCycle(*m_model, from, to))
        return makeError(QStringLiteral("would-cycle"),
                         tr("Connecting \"%1\" to \"%2\" would make a cycle.").arg(up->name, down->name));
    return {};
}

bool PipelineDocument::canConnect(NodeId from, const QString &output, NodeId to,
                                  const QString &input, QString *reason) const
{
    const Result<void> r = checkConnect(from, output, to, input);
    if (!r && reason)
        *reason = r.error().message;
    return r.ok();
}

Result<void> PipelineDocument::requestConnect(NodeId from, const QString &output, NodeId to,
                                              const QString &input)
{
    WB_TRY(checkConnect(from, output, to, input));
    Task t = m_model->task(to);
    t.setArgument(input, ArgumentValue::fromTaskOutput(m_model->task(from).name, output));
    Fun undo = noOp(), redo = noOp();
    updateTaskStep(t, undo, redo);
    push(undo, redo, tr("Connect %1 to %2").arg(m_model->task(from).name, t.name));
    return {};
}

Result<void> PipelineDocument::requestDisconnect(NodeId to, const QString &input)
{
    WB_TRY(existing(to));
    Task t = m_model->task(to);
    const ArgumentValue *bound = t.argument(input);
    if (!bound || bound->kind != ArgumentValue::Kind::TaskOutput)
        return makeError(QStringLiteral("unknown-edge"),
                         tr("Input \"%1\" of \"%2\" is not connected.").arg(input, t.name));
    t.clearArgument(input);
    Fun undo = noOp(), redo = noOp();
    updateTaskStep(t, undo, redo);
    push(undo, redo, tr("Disconnect %1").arg(t.name));
    return {};
}

Result<void> PipelineDocument::requestRemoveEdge(const Edge &edge)
{
    if (!m_model->edges().contains(edge))
        return makeError(QStringLiteral("unknown-edge"), tr("The connection no longer exists."));
    switch (edge.kind) {
    case Edge::Kind::Data:
        return requestDisconnect(edge.to, edge.input);
    case Edge::Kind::After:
        return requestRemoveDependency(edge.to, edge.from);
    case Edge::Kind::Condition: {
        TaskOptions o = m_model->task(edge.to).options;
        o.condition.reset();
        return requestSetTaskOptions(edge.to, o);
    }
    }
    return {};
}

Result<void> PipelineDocument::checkBinding(const Task &task, const QString &input,
                                            const ArgumentValue &value) const
{
    if (task.spec && !task.spec->input(input))
        return makeError(QStringLiteral("unknown-port"),
                         tr("Task \"%1\" has no input \"%2\".").arg(task.name, input));
    switch (value.kind) {
    case ArgumentValue::Kind::Constant:
        return {};
    case ArgumentValue::Kind::Dataset:
        if (value.manifest.isEmpty())
            return makeError(QStringLiteral("invalid-argument"), tr("The dataset reference is empty."));
        return {};
    case ArgumentValue::Kind::Parameter:
        if (!m_model->parameter(value.parameter))
            return makeError(QStringLiteral("unknown-parameter"),
                             tr("There is no pipeline parameter \"%1\".").arg(value.parameter));
        return {};
    case ArgumentValue::Kind::TaskOutput: {
        const NodeId from = m_model->taskByName(value.task);
        if (!from.isValid())
            return makeError(QStringLiteral("unknown-task"), tr("There is no task \"%1\".").arg(value.task));
        if (from == task.id)
            return makeError(QStringLiteral("self-loop"), tr("A task cannot consume its own output."));
        const Task &up = m_model->task(from);
        const OutputSpec *out = up.spec ? up.spec->output(value.output) : nullptr;
        if (!out)
            return makeError(QStringLiteral("unknown-port"),
                             tr("Task \"%1\" has no output \"%2\".").arg(up.name, value.output));
        const InputSpec *in = task.spec ? task.spec->input(input) : nullptr;
        if (in && !typesCompatible(out->type, in->type))
            return makeError(QStringLiteral("type-mismatch"),
                             tr("Output \"%1\" is %2 but input \"%3\" expects %4.")
                                 .arg(value.output, out->type.name, input, in->type.name));
        const bool alreadyUpstream = task.referencedTasks().contains(value.task);
        if (!alreadyUpstream && graph::wouldCreateCycle(*m_model, from, task.id))
            return makeError(QStringLiteral("would-cycle"),
                             tr("Connecting \"%1\" to \"%2\" would make a cycle.").arg(up.name, task.name));
        return {};
    }
    }
    return {};
}

Result<void> PipelineDocument::requestSetArgument(NodeId id, const QString &input, const ArgumentValue &value)
{
    WB_TRY(existing(id));
    Task t = m_model->task(id);
    WB_TRY(checkBinding(t, input, value));
    if (const ArgumentValue *cur = t.argument(input); cur && *cur == value)
        return {};
    t.setArgument(input, value);
    Fun undo = noOp(), redo = noOp();
    updateTaskStep(t, undo, redo);
    push(undo, redo, tr("Set %1 of %2").arg(input, t.name));
    return {};
}

Result<void> PipelineDocument::requestClearArgument(NodeId id, const QString &input)
{
    WB_TRY(existing(id));
    Task t = m_model->task(id);
    if (!t.clearArgument(input))
        return makeError(QStringLiteral("unknown-port"),
                         tr("Input \"%1\" of \"%2\" has no argument.").arg(input, t.name));
    Fun undo = noOp(), redo = noOp();
    updateTaskStep(t, undo, redo);
    push(undo, redo, tr("Clear %1 of %2").arg(input, t.name));
    return {};
}

// ---- geometry -------------------------------------------------------------------------------

Result<void> PipelineDocument::requestMoveTasks(const QHash<NodeId, QPointF> &positions)
{
    QHash<NodeId, QPointF> changed;
    for (auto it = positions.constBegin(); it != positions.constEnd(); ++it) {
        const Task *t = m_model->findTask(it.key());
        if (!t)
            return makeError(QStringLiteral("unknown-task"), tr("The task no longer exists."));
        if (!t->hasPosition || t->position != it.value())
            changed.insert(it.key(), it.value());
    }
    if (changed.isEmpty())
        return {};
    Fun undo = noOp(), redo = noOp();
    moveStep(changed, undo, redo);
    push(undo, redo, changed.size() == 1 ? tr("Move task") : tr("Move %n tasks", nullptr, int(changed.size())));
    return {};
}

Result<void> PipelineDocument::requestApplyLayout(const wb::layout::LayoutResult &layout)
{
    QHash<NodeId, QPointF> positions;
    for (auto it = layout.positions.constBegin(); it != layout.positions.constEnd(); ++it) {
        const NodeId id = m_model->taskByName(it.key());
        if (!id.isValid())
            return makeError(QStringLiteral("unknown-task"),
                             tr("The layout names a task that does not exist: %1.").arg(it.key()));
        // Whole pixels: stable files and no drift between layout runs.
        positions.insert(id, QPointF(qRound(it.value().x()), qRound(it.value().y())));
    }
    QHash<NodeId, QPointF> changed;
    for (auto it = positions.constBegin(); it != positions.constEnd(); ++it) {
        const Task &t = m_model->task(it.key());
        if (!t.hasPosition || t.position != it.value())
            changed.insert(it.key(), it.value());
    }
    if (changed.isEmpty())
        return {};
    Fun undo = noOp(), redo = noOp();
    moveStep(changed, undo, redo);
    push(undo, redo, tr("Arrange tasks"));
    return {};
}

// ---- pipeline-level ------------------------------------------------------------------------

Result<void> PipelineDocument::requestSetInfo(const QString &name, const QString &description)
{
    PipelineInfo info = m_model->info();
    if (info.name == name && info.description == description)
        return {};
    info.name = name;
    info.description = description;
    Fun undo = noOp(), redo = noOp();
    infoStep(info, undo, redo);
    push(undo, redo, tr("Change pipeline name or description"));
    return {};
}

Result<void> PipelineDocument::requestAddParameter(const InputSpec &parameter)
{
    if (parameter.name.trimmed().isEmpty())
        return makeError(QStringLiteral("invalid-name"), tr("A parameter needs a name."));
    if (m_model->parameter(parameter.name))
        return makeError(QStringLiteral("duplicate-parameter"),
                         tr("A parameter named \"%1\" already exists.").arg(parameter.name));
    PipelineInfo info = m_model->info();
    info.parameters.append(parameter);
    Fun undo = noOp(), redo = noOp();
    infoStep(info, undo, redo);
    push(undo, redo, tr("Add parameter %1").arg(parameter.name));
    return {};
}

Result<void> PipelineDocument::requestRemoveParameter(const QString &name)
{
    if (!m_model->parameter(name))
        return makeError(QStringLiteral("unknown-parameter"), tr("There is no parameter \"%1\".").arg(name));
    Fun undo = noOp(), redo = noOp();
    for (NodeId id : m_model->taskIds()) {
        Task t = m_model->task(id);
        bool changed = false;
        for (qsizetype i = t.arguments.size() - 1; i >= 0; --i) {
            const ArgumentValue &v = t.arguments.at(i).second;
            if (v.kind == ArgumentValue::Kind::Parameter && v.parameter == name) {
                t.arguments.removeAt(i);
                changed = true;
            }
        }
        if (changed)
            updateTaskStep(t, undo, redo);
    }
    PipelineInfo info = m_model->info();
    info.parameters.removeIf([&](const InputSpec &p) { return p.name == name; });
    infoStep(info, undo, redo);
    push(undo, redo, tr("Remove parameter %1").arg(name));
    return {};
}

Result<void> PipelineDocument::requestChangeParameter(const QString &name, const InputSpec &parameter)
{
    if (!m_model->parameter(name))
        return makeError(QStringLiteral("unknown-parameter"), tr("There is no parameter \"%1\".").arg(name));
    if (parameter.name.trimmed().isEmpty())
        return makeError(QStringLiteral("invalid-name"), tr("A parameter needs a name."));
    if (parameter.name != name && m_model->parameter(parameter.name))
        return makeError(QStringLiteral("duplicate-parameter"),
                         tr("A parameter named \"%1\" already exists.").arg(parameter.name));
    Fun undo = noOp(), redo = noOp();
    if (parameter.name != name) {
        for (NodeId id : m_model->taskIds()) {
            Task t = m_model->task(id);
            bool changed = false;
            for (auto &p : t.arguments) {
                if (p.second.kind == ArgumentValue::Kind::Parameter && p.second.parameter == name) {
                    p.second.parameter = parameter.name;
                    changed = true;
                }
            }
            if (changed)
                updateTaskStep(t, undo, redo);
        }
    }
    PipelineInfo info = m_model->info();
    for (InputSpec &p : info.parameters)
        if (p.name == name)
            p = parameter;
    if (info == m_model->info())
        return {};
    infoStep(info, undo, redo);
    push(undo, redo, tr("Change parameter %1").arg(name));
    return {};
}

Result<void> PipelineDocument::requestSetOutput(const PipelineOutput &output)
{
    if (output.spec.name.trimmed().isEmpty())
        return makeError(QStringLiteral("invalid-name"), tr("A pipeline output needs a name."));
    if (!output.task.isEmpty()) {
        const NodeId from = m_model->taskByName(output.task);
        if (!from.isValid())
            return makeError(QStringLiteral("unknown-task"), tr("There is no task \"%1\".").arg(output.task));
        const Task &t = m_model->task(from);
        if (t.spec && !t.spec->output(output.output))
            return makeError(QStringLiteral("unknown-port"),
                             tr("Task \"%1\" has no output \"%2\".").arg(t.name, output.output));
    }
    PipelineInfo info = m_model->info();
    bool replaced = false;
    for (PipelineOutput &o : info.outputs) {
        if (o.spec.name == output.spec.name) {
            o = output;
            replaced = true;
        }
    }
    if (!replaced)
        info.outputs.append(output);
    if (info == m_model->info())
        return {};
    Fun undo = noOp(), redo = noOp();
    infoStep(info, undo, redo);
    push(undo, redo, tr("Set pipeline output %1").arg(output.spec.name));
    return {};
}

Result<void> PipelineDocument::requestRemoveOutput(const QString &name)
{
    PipelineInfo info = m_model->info();
    if (info.outputs.removeIf([&](const PipelineOutput &o) { return o.spec.name == name; }) == 0)
        return makeError(QStringLiteral("unknown-output"), tr("There is no pipeline output \"%1\".").arg(name));
    Fun undo = noOp(), redo = noOp();
    infoStep(info, undo, redo);
    push(undo, redo, tr("Remove pipeline output %1").arg(name));
    return {};
}

} // namespace wb::model
