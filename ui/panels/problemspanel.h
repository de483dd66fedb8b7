// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/diagnostic.h"

#include <QWidget>

class QLabel;
class QTimer;
class QTreeWidget;

namespace wb::model {
class PipelineDocument;
}

namespace wb::ui {

/// Live validation results (re-run shortly after every model change) plus the problems found
/// while loading the file. Clicking a problem selects its task.
class ProblemsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemsPanel(QWidget *parent = nullptr);
    void setDocument(model::PipelineDocument *doc);
    /// Problems from opening the file (missing components…); kept until the next load.
    void setLoadDiagnostics(const Diagnostics &diagnostics);
    /// Validates now instead of waiting for the debounce timer.
    void revalidate();
    const Diagnostics &diagnostics() const { return m_shown; }
    QTreeWidget *tree() const { return m_tree; }

signals:
    void taskActivated(const QString &taskName);
    void problemCountChanged(int errors, int warnings);

private:
    model::PipelineDocument *m_doc = nullptr;
    Diagnostics m_load;
    Diagnostics m_shown;
    QTreeWidget *m_tree;
    QLabel *m_summary;
    QLabel *m_empty; ///< shown instead of an empty table
    QTimer *m_timer;
};

} // namespace wb::ui
