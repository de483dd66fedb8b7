// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/diagnostic.h"
#include "ui/workspace/workspacescan.h"

#include <QObject>

namespace wb::ui {

class MainWindow;
class WorkspaceBrowser;

/// What the workspace browser's requests do in the window: a pipeline opens in the editor
/// (Run opens it, then shows the run dialog), a component opens read-only as text in a tab of
/// its own, a notebook or another file in the desktop's application for it, Validate lists the
/// problems (checked off the GUI thread), History shows the Versions dock for that file, and
/// two datasets are compared in the Drift tab.
class WorkspaceActions : public QObject
{
    Q_OBJECT
public:
    WorkspaceActions(MainWindow *window, WorkspaceBrowser *browser);

    void open(const QString &file, wb::ui::WorkspaceFileKind kind);
    /// Opens the pipeline (unless it is the open one), then triggers the Run action.
    void run(const QString &pipeline);
    void validate(const QString &file, wb::ui::WorkspaceFileKind kind);
    void showHistory(const QString &file);
    void compareDrift(const QString &reference, const QString &current);
    /// Shows a file read-only in a central tab (read off the GUI thread; an open tab of the
    /// same file is shown again instead).
    void openAsText(const QString &file);

signals:
    /// After validate(): `error` when the file could not be read, else its problems.
    void validated(const QString &file, const wb::Diagnostics &problems, const QString &error);
    /// After openAsText(): the tab's index, -1 when the file could not be read.
    void textOpened(const QString &file, int tabIndex);

private:
    bool openPipeline(const QString &file);
    void showValidation(const QString &file, const Diagnostics &problems, const QString &error);

    MainWindow *m_window;
    WorkspaceBrowser *m_browser;
};

} // namespace wb::ui
