// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/layout/layoutgraph.h"
#include "core/model/pipelinemodel.h"
#include "core/model/undohelper.h"

#include <QObject>
#include <QUndoStack>

namespace wb::model {

/// The editable pipeline: owns the PipelineModel, the undo stack, the file path and the dirty
/// flag (= the undo stack's clean index).
///
/// Every change goes through a `request*` method (Kdenlive's request API): it checks first and
/// returns an Error with nothing changed, or applies the change and pushes exactly ONE undo
/// command. Requests are built from composable steps that apply a mutation and extend the
/// undo/redo chains, so composite edits (delete with unbinding, paste, layout) are one undo step.
/// Ids stay valid across delete + undo because undo re-inserts the task with its old id.
class PipelineDocument : public QObject
{
    Q_OBJECT
public:
    explicit PipelineDocument(QObject *parent = nullptr);
    ~PipelineDocument() override;

    const PipelineModel &model() const { return *m_model; }
    /// For connecting signals; mutate only through requests.
    PipelineModel *modelObject() const { return m_model; }
    QUndoStack *undoStack() const { return m_undo; }

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    bool isDirty() const { return !m_undo->isClean(); }
    /// Marks the current state as saved.
    void markSaved() { m_undo->setClean(); }
    /// Replaces the content (open / new); clears the undo history; not dirty.
    void resetContent(const PipelineSnapshot &snapshot);

    /// The pipeline moves to another folder (Save As): relative component urls and dataset
    /// manifests are rewritten to resolve from `toDir` (model::rebaseRelativePath). Not an undo
    /// step and not a change of content: tasks that undo/redo bring back are rewritten too, so
    /// the history stays valid in the new folder.
    void rebaseReferences(const QString &fromDir, const QString &toDir);

    /// A free name based on `preferred`: "train", then "train-2", "train-3"…
    /// (unique ignoring case, because exporters lower-case names).
    QString uniqueTaskName(const QString &preferred) const;

    // Tasks
    Result<NodeId> requestAddTask(const ComponentRef &ref,
                                  const ComponentSpecPtr &spec,
                                  const QPointF &position,
                                  const QString &preferredName = {});
    /// Removes tasks; arguments, dependencies, conditions and pipeline outputs bound to them
    /// become unbound in the same undo step.
    Result<void> requestRemoveTasks(const QList<NodeId> &ids);
    /// Renames a task and rewrites every reference to it.
    Result<void> requestRenameTask(NodeId id, const QString &newName);
    Result<void> requestSetTaskOptions(NodeId id, const TaskOptions &options);
    Result<void> requestAddDependency(NodeId task, NodeId after);
    Result<void> requestRemoveDependency(NodeId task, NodeId after);

    // Connections and arguments
    /// Error codes: unknown-task, self-loop, unknown-port, input-already-bound, type-mismatch,
    /// would-cycle.
    Result<void> checkConnect(NodeId from, const QString &output, NodeId to, const QString &input) const;
    /// Cheap yes/no for drag feedback; `reason` gets the message when refused.
    bool canConnect(NodeId from, const QString &output, NodeId to, const QString &input,
                    QString *reason = nullptr) const;
    Result<void> requestConnect(NodeId from, const QString &output, NodeId to, const QString &input);
    /// Unbinds an input bound to a task output.
    Result<void> requestDisconnect(NodeId to, const QString &input);
    /// Removes any edge: data (unbinds), after (drops dependency), condition (drops condition).
    Result<void> requestRemoveEdge(const Edge &edge);
    Result<void> requestSetArgument(NodeId id, const QString &input, const ArgumentValue &value);
    Result<void> requestClearArgument(NodeId id, const QString &input);

    // Geometry
    /// One undo step per gesture.
    Result<void> requestMoveTasks(const QHash<NodeId, QPointF> &positions);
    /// Applies a layout (positions keyed by task name), one undo step.
    Result<void> requestApplyLayout(const wb::layout::LayoutResult &layout);

    // Pipeline-level
    Result<void> requestSetInfo(const QString &name, const QString &description);
    Result<void> requestAddParameter(const InputSpec &parameter);
    /// Removes a parameter; arguments bound to it become unbound in the same step.
    Result<void> requestRemoveParameter(const QString &name);
    /// Replaces a parameter; a rename rewrites the bindings.
    Result<void> requestChangeParameter(const QString &name, const InputSpec &parameter);
    /// Adds or replaces a pipeline output.
    Result<void> requestSetOutput(const PipelineOutput &output);
    Result<void> requestRemoveOutput(const QString &name);

    // Clipboard
    PipelineFragment copyTasks(const QList<NodeId> &ids) const;
    /// Pastes with new unique names; references between pasted tasks are remapped, references
    /// to tasks outside the fragment are kept when that task exists here and dropped otherwise.
    Result<QList<NodeId>> requestPaste(const PipelineFragment &fragment, const QPointF &offset);
    Result<QList<NodeId>> requestDuplicate(const QList<NodeId> &ids, const QPointF &offset);

signals:
    void dirtyChanged(bool dirty);
    void filePathChanged(const QString &path);

private:
    // Composable steps: apply now and extend the chains.
    void addTaskStep(const Task &task, int index, Fun &undo, Fun &redo);
    void removeTaskStep(NodeId id, Fun &undo, Fun &redo);
    void updateTaskStep(const Task &task, Fun &undo, Fun &redo);
    void updateTasksStep(const QList<Task> &tasks, Fun &undo, Fun &redo);
    void moveStep(const QHash<NodeId, QPointF> &positions, Fun &undo, Fun &redo);
    void infoStep(const PipelineInfo &info, Fun &undo, Fun &redo);
    void push(const Fun &undo, const Fun &redo, const QString &text);

    Result<const Task *> existing(NodeId id) const;
    Result<void> checkBinding(const Task &task, const QString &input, const ArgumentValue &value) const;
    Result<void> checkCondition(const Task &task, const RunCondition &condition) const;

    PipelineModel *m_model;
    QUndoStack *m_undo;
    QString m_filePath;
};

} // namespace wb::model
