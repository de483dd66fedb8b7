// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/model/pipelinetypes.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace wb::model {
class PipelineDocument;
}

namespace wb::ui {

/// Edits the selected task: name, each input's argument (constant / pipeline parameter /
/// upstream output / dataset, with type hints), and options (cache, retries, timeout,
/// resources, run condition). Every edit is one document request; the form is rebuilt from
/// the model when the task changes, so undo/redo show up here as well.
class PropertiesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PropertiesPanel(QWidget *parent = nullptr);

    void setDocument(model::PipelineDocument *doc);
    void setTask(model::NodeId id);
    model::NodeId task() const { return m_task; }

signals:
    /// A request failed; the main window shows the message.
    void errorOccurred(const QString &message);

private:
    void rebuild();
    void buildHeader(QVBoxLayout *layout, const model::Task &t);
    void buildInputs(QVBoxLayout *layout, const model::Task &t);
    void buildOptions(QVBoxLayout *layout, const model::Task &t);
    QWidget *argumentEditor(const model::Task &t, const model::InputSpec &input);
    void report(const Result<void> &r);
    void scheduleRebuild();

    model::PipelineDocument *m_doc = nullptr;
    model::NodeId m_task;
    QScrollArea *m_scroll;
    QWidget *m_content = nullptr;
    bool m_rebuildQueued = false;
};

} // namespace wb::ui
