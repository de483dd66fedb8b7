// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/run/runcoordinator.h"

#include <QHash>
#include <QObject>

#include <functional>

class QAction;
class QDockWidget;
class QMenu;

namespace wb::ui {

class BranchMenu;
class DriftPage;
class HistoryPanel;
class MainWindow;
class MetadataBrowser;
class RunPanel;

/// Everything around the editor that works on the workspace rather than on the open
/// pipeline's text: running it (run panel, canvas badges, crash clean-up), the runs and
/// lineage browser, drift, and versions (history, commits, read-only past versions).
/// MainWindow owns one; it adds its docks, central tabs and menus to the window.
class WorkbenchViews : public QObject
{
    Q_OBJECT
public:
    explicit WorkbenchViews(MainWindow *window);
    ~WorkbenchViews() override;

    /// Opens the workspace's store in the browser, points history and drift at it and
    /// cleans up after a crash (on a worker thread).
    void setWorkspace(const QString &dir);

    RunCoordinator *runs() const { return m_runs; }
    RunPanel *runPanel() const { return m_runPanel; }
    MetadataBrowser *browser() const { return m_browser; }
    DriftPage *driftPage() const { return m_drift; }
    HistoryPanel *historyPanel() const { return m_history; }
    BranchMenu *branchMenu() const { return m_branches; }

    /// Shows the run dialog, then starts the run (the Run action).
    void runInteractive();
    /// Opens a past version of a pipeline read-only in a new tab; returns the tab index.
    int openVersion(const QString &file, const QString &revision, const QByteArray &bytes);
    /// The commit dialog for the workspace repository (the Commit action).
    void commitInteractive();
    /// "Reproduce run": re-runs the run named `runName` from its commit on a worker thread;
    /// reproduced() reports (and the window shows the report).
    void reproduce(const QString &runName, exec::RuntimeMode mode = exec::RuntimeMode::Auto,
                   const vcs::ReproduceOptions &options = {});
    /// Yes/no questions (reproduce a run made from uncommitted files anyway?); replaceable
    /// for tests. Default: a message box.
    void setConfirmPrompt(std::function<bool(const QString &title, const QString &text)> confirm)
    {
        m_confirm = std::move(confirm);
    }
    /// Reproduces the run selected in the Runs tab.
    void reproduceSelectedRun();
    /// Shows the editor's docks again as they were (before settings are saved, on tab change).
    void restoreEditorDocks();
    void showRunsTab();
    void showDriftTab();

signals:
    /// `identical`: every output byte-identical; `summary` is the report shown to the user.
    void reproduced(bool ok, bool identical, const QString &summary);

private:
    void createDocks();
    void createActions();
    void createMenus();
    void updateRunActions();
    void onReproduced(bool ok, const exec::ReproduceReport &report, const QString &message, const QString &code);
    void onPipelineFileChanged(const QString &path);
    void onTabChanged(int index);

    MainWindow *m_window;
    RunPanel *m_runPanel = nullptr;
    RunCoordinator *m_runs = nullptr;
    MetadataBrowser *m_browser = nullptr;
    DriftPage *m_drift = nullptr;
    QWidget *m_browserPage = nullptr; ///< the scroll areas holding them in the central tabs
    QWidget *m_driftPage = nullptr;
    HistoryPanel *m_history = nullptr;
    BranchMenu *m_branches = nullptr;
    QDockWidget *m_runDock = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QString m_workspace;
    QString m_reproducing; ///< the run being reproduced, for the report
    exec::RuntimeMode m_reproduceMode = exec::RuntimeMode::Auto;
    vcs::ReproduceOptions m_reproduceOptions;
    std::function<bool(const QString &title, const QString &text)> m_confirm;
    /// Editor docks hidden while a runs/drift tab is shown, with the visibility they had.
    QHash<QDockWidget *, bool> m_hiddenEditorDocks;
};

} // namespace wb::ui
