// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/nodeid.h"
#include "core/model/pipelinetypes.h"

#include <QWidget>

class QPlainTextEdit;
class QLabel;

namespace wb::model {
class PipelineDocument;
}

namespace wb::ui {

/// The selected task's container command line as the executor will run it: placeholders
/// expanded with the KFP v1 rules, inputs fed by files shown as their in-container paths
/// (/tmp/inputs/<name>/data), parameters shown with their default values, the limits
/// the container gets (the task's own, else the workspace's defaults) and its network
/// (`--network none` unless the task's network option, or its component's default, is on).
class CommandPreviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CommandPreviewPanel(QWidget *parent = nullptr);
    void setDocument(model::PipelineDocument *doc);
    void setTask(model::NodeId id);
    /// The workspace whose .mlwb/settings.json supplies the default limits.
    void setWorkspace(const QString &dir);
    QString text() const;
    /// POSIX shell quoting of one argument (what a user would paste into a terminal).
    static QString shellQuote(const QString &arg);

private:
    void refresh();
    QString limitsText(const model::TaskOptions &options) const;
    static QString networkText(const model::Task &task);

    model::PipelineDocument *m_doc = nullptr;
    model::NodeId m_task;
    QString m_workspace;
    QLabel *m_title;
    QPlainTextEdit *m_text;
};

} // namespace wb::ui
