// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/diagnostic.h"
#include "ui/mainwindow/recoverymanager.h"
#include "ui/mainwindow/theme.h"

#include <QMainWindow>
#include <QMessageBox>

#include <functional>

class QLabel;
class QTabWidget;
class QUndoView;

namespace wb::model {
class PipelineDocument;
}

namespace wb::ui {

class CommandPalette;
class CommandPreviewPanel;
class ComponentPalette;
class EditorController;
class OverviewMap;
class ParametersPanel;
class PipelineScene;
class PipelineView;
class ProblemsPanel;
class PropertiesPanel;
class WorkbenchViews;
class WorkspaceActions;
class WorkspaceBrowser;

/// The workbench's main window: the pipeline canvas in a central tab widget (room for the
/// runs / lineage / drift / history views), dock panels around it, menus, toolbar, command
/// palette, settings, autosave and crash recovery. It composes; it edits nothing itself:
/// every change is a PipelineDocument request made by a panel, the canvas or the controller.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the given workspace folder: its components/ join the palette; Open starts there.
    /// The window title names it; the pipelines open when the window last closed on it are
    /// opened again (or its only pipeline, when there is exactly one) unless a pipeline with a
    /// file or unsaved edits is open.
    void openWorkspace(const QString &dir);
    QString workspace() const { return m_workspace; }
    /// File → Open Workspace…: asks for a folder (and about unsaved changes) first.
    void openWorkspaceDialog();
    /// Edit → Settings… (window-modal); OK applies the settings.
    void showSettingsDialog();
    /// Hands the settings (the user's, with this workspace's overrides) to the run coordinator.
    void applySettings();
    WorkspaceBrowser *workspaceBrowser() const { return m_workspaceBrowser; }
    WorkspaceActions *workspaceActions() const { return m_workspaceActions; }

    /// Shipped component library folders (main.cpp passes the source/install location).
    static void setShippedComponentDirs(const QStringList &dirs);
    static QStringList shippedComponentDirs();

    // File operations (no dialogs; the dialog-driven slots call these).
    void newPipeline();
    bool openPipeline(const QString &path);
    bool save();
    bool saveTo(const QString &path);
    /// Asks about unsaved changes (through the prompt hook); false = the user cancelled.
    bool maybeSave();
    QStringList recentFiles() const;

    /// Hooks replacing modal dialogs (tests).
    void setUnsavedChangesPrompt(std::function<QMessageBox::StandardButton()> prompt);
    void setErrorReporter(std::function<void(const QString &, const QString &)> reporter);

    // Recovery
    RecoveryManager *recoveryManager() const { return m_recovery; }
    QList<RecoveryEntry> pendingRecoveries() const;
    /// Opens a recovery file as an unsaved document of its original path; deletes the file.
    bool restoreRecovery(const RecoveryEntry &entry);
    /// At start-up: shows the restore dialog when recovery files exist.
    void offerRecovery();

    void setTheme(Theme theme);
    /// Saves a grab of the window to `path` after the first paint, then quits (screenshots).
    void scheduleScreenshot(const QString &path, int delayMs = 600);

    model::PipelineDocument *document() const { return m_doc; }
    PipelineScene *scene() const { return m_scene; }
    PipelineView *view() const { return m_view; }
    EditorController *controller() const { return m_controller; }
    ComponentPalette *palette() const { return m_palette; }
    PropertiesPanel *propertiesPanel() const { return m_properties; }
    ProblemsPanel *problemsPanel() const { return m_problems; }
    CommandPreviewPanel *commandPreview() const { return m_preview; }
    ParametersPanel *parametersPanel() const { return m_parameters; }
    CommandPalette *commandPalette() const { return m_commandPalette; }
    QTabWidget *centralTabs() const { return m_tabs; }
    /// An action by object name ("actionSave"…).
    QAction *action(const QString &objectName) const;
    /// Runs, lineage, drift and versions around the editor.
    WorkbenchViews *views() const { return m_views; }

    /// Save As with a file dialog; false when cancelled or failed.
    bool saveAsDialog();
    /// What Save As proposes for an untitled pipeline: its name as a file name.
    static QString suggestedPipelineFileName(const QString &pipelineName);
    /// A message box (or the error reporter hook in tests).
    void showError(const QString &title, const QString &message);
    void showStatus(const QString &text, int ms = 4000);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createDocks();
    void createActions();
    void createMenusAndToolbar();
    void wireDocument();
    void updateTitle();
    void updateActions();
    void updateComponentRoots();
    void updateBaseDirs();
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    void onSelectionChanged();
    void readSettings();
    void writeSettings();
    // Workspace (mainwindowworkspace.cpp)
    void createWorkspaceDock();
    void saveSession();
    void restoreSession();
    void onWorkspaceScanned();

    // Dialog-driven slots
    void openDialog();
    void exportDialog(bool svg);
    void addComponentFolderDialog();

    model::PipelineDocument *m_doc;
    PipelineScene *m_scene;
    PipelineView *m_view;
    EditorController *m_controller;
    QTabWidget *m_tabs;
    ComponentPalette *m_palette;
    PropertiesPanel *m_properties;
    ParametersPanel *m_parameters;
    ProblemsPanel *m_problems;
    CommandPreviewPanel *m_preview;
    OverviewMap *m_overview;
    QUndoView *m_history;
    CommandPalette *m_commandPalette;
    RecoveryManager *m_recovery;
    QLabel *m_statusFeedback;
    QLabel *m_statusZoom;
    QLabel *m_statusProblems;
    QMenu *m_recentMenu = nullptr;
    WorkbenchViews *m_views = nullptr;
    WorkspaceBrowser *m_workspaceBrowser = nullptr;
    WorkspaceActions *m_workspaceActions = nullptr;
    bool m_openOnlyPipeline = false; ///< once scanned, open the workspace's only pipeline
    QString m_workspace;
    std::function<QMessageBox::StandardButton()> m_unsavedPrompt;
    std::function<void(const QString &, const QString &)> m_errorReporter;
};

} // namespace wb::ui
