// SPDX-License-Identifier: GPL-3.0-or-later
// PipelineDocument, part 3: copy, paste and duplicate.
#include "core/model/pipelinedocument.h"

#include "core/base/tr.h"

namespace wb::model {

// ---- clipboard -----------------------------------------------------------------------------

PipelineFragment PipelineDocument::copyTasks(const QList<NodeId> &ids) const
{
    PipelineFragment f;
    for (NodeId id : m_model->taskIds()) // document order, whatever the selection order
        if (ids.contains(id))
            f.tasks.append(m_model->task(id));
    return f;
}

Result<QList<NodeId>> PipelineDocument::requestPaste(const PipelineFragment &fragment, const QPointF &offset)
{
    if (fragment.tasks.isEmpty())
        return QList<NodeId>{};
    // New names first (unique against the document and each other), then rewrite references.
    QHash<QString, QString> rename;
    QSet<QString> taken;
    for (NodeId id : m_model->taskIds())
        taken.insert(m_model->task(id).name.toLower());
    for (const Task &t : fragment.tasks) {
        const QString problem = checkTaskName(t.name);
        if (!problem.isEmpty())
            return makeError(QStringLiteral("invalid-name"), problem);
        QString name = t.name;
        for (int i = 2; taken.contains(name.toLower()); ++i)
            name = t.name + QLatin1Char('-') + QString::number(i);
        taken.insert(name.toLower());
        rename.insert(t.name, name);
    }
    auto mapRef = [&](const QString &ref) -> std::optional<QString> {
        if (rename.contains(ref))
            return rename.value(ref);
        if (m_model->taskByName(ref).isValid())
            return ref;          // upstream outside the fragment: keep the binding
        return std::nullopt;     // gone: unbind
    };
    QList<Task> pasted;
    for (Task t : fragment.tasks) {
        t.id = m_model->allocateId();
        t.name = rename.value(t.name);
        for (qsizetype i = t.arguments.size() - 1; i >= 0; --i) {
            ArgumentValue &v = t.arguments[i].second;
            if (v.kind != ArgumentValue::Kind::TaskOutput)
                continue;
            if (auto m = mapRef(v.task))
                v.task = *m;
            else
                t.arguments.removeAt(i);
        }
        QStringList after;
        for (const QString &a : std::as_const(t.after))
            if (auto m = mapRef(a))
                after.append(*m);
        t.after = after;
        if (t.options.condition) {
            if (auto m = mapRef(t.options.condition->task))
                t.options.condition->task = *m;
            else
                t.options.condition.reset();
        }
        t.position += offset;
        t.hasPosition = true;
        pasted.append(t);
    }
    Fun undo = noOp(), redo = noOp();
    QList<NodeId> ids;
    for (const Task &t : std::as_const(pasted)) {
        addTaskStep(t, -1, undo, redo);
        ids.append(t.id);
    }
    push(undo, redo, tr("Paste %n tasks", nullptr, int(ids.size())));
    return ids;
}

Result<QList<NodeId>> PipelineDocument::requestDuplicate(const QList<NodeId> &ids, const QPointF &offset)
{
    for (NodeId id : ids)
        WB_TRY(existing(id));
    return requestPaste(copyTasks(ids), offset);
}

} // namespace wb::model
