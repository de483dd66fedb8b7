// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow, part 4: the workspace — its browser dock, Open Workspace, the last session's
// pipelines, and the settings.
#include "ui/mainwindow/mainwindow.h"

#include "core/model/pipelinedocument.h"
#include "ui/mainwindow/workbenchviews.h"
#include "ui/settings/settingsdialog.h"
#include "ui/settings/workbenchsettings.h"
#include "ui/workspace/workspaceactions.h"
#include "ui/workspace/workspacebrowser.h"
#include "ui/workspace/workspacesession.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QTimer>

namespace wb::ui {

void MainWindow::createWorkspaceDock()
{
    m_workspaceBrowser = new WorkspaceBrowser(this);
    auto *dock = new QDockWidget(tr("Workspace"), this);
    dock->setObjectName(QStringLiteral("dockWorkspace"));
    dock->setWidget(m_workspaceBrowser);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    if (auto *components = findChild<QDockWidget *>(QStringLiteral("dockComponents"))) {
        tabifyDockWidget(components, dock);
        components->raise();
    }
    resizeDocks({dock}, {300}, Qt::Horizontal); // room for paths such as load_csv/component.yaml
    if (auto *panels = findChild<QMenu *>(QStringLiteral("menuPanels")))
        panels->addAction(dock->toggleViewAction());
    m_workspaceActions = new WorkspaceActions(this, m_workspaceBrowser);
    connect(m_workspaceBrowser, &WorkspaceBrowser::openWorkspaceRequested, this, &MainWindow::openWorkspaceDialog);
    connect(m_workspaceBrowser, &WorkspaceBrowser::scanned, this, &MainWindow::onWorkspaceScanned);
}

void MainWindow::openWorkspaceDialog()
{
    const QString start = m_workspace.isEmpty() ? QDir::homePath() : QFileInfo(m_workspace).absolutePath();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Workspace"), start);
    if (dir.isEmpty() || !maybeSave())
        return;
    saveSession(); // of the workspace being left
    newPipeline();
    openWorkspace(dir);
}

void MainWindow::saveSession()
{
    const QString file = m_doc->filePath();
    workspacesession::save(m_workspace, file.isEmpty() ? QStringList() : QStringList{file});
}

void MainWindow::restoreSession()
{
    // The workspace's files come forward, unless the user closed the dock: from the event
    // loop, as at start-up the window is not shown yet and the docks know nothing of tabs.
    QTimer::singleShot(0, this, [this] {
        if (auto *dock = findChild<QDockWidget *>(QStringLiteral("dockWorkspace")); dock && dock->toggleViewAction()->isChecked())
            dock->raise();
    });
    // Never replace what the user has in hand: a pipeline with a file or with edits.
    if (m_doc->isDirty() || !m_doc->filePath().isEmpty())
        return;
    const QStringList last = workspacesession::lastPipelines(m_workspace);
    if (!last.isEmpty()) {
        openPipeline(last.first()); // one editor: the first of them
        return;
    }
    m_openOnlyPipeline = true; // decided when the browser has listed the workspace
}

void MainWindow::onWorkspaceScanned()
{
    if (!m_openOnlyPipeline)
        return;
    m_openOnlyPipeline = false;
    if (m_doc->isDirty() || !m_doc->filePath().isEmpty())
        return;
    const WorkspaceScan &scan = m_workspaceBrowser->lastScan();
    QStringList pipelines;
    for (const WorkspaceEntry &e : scan.files)
        if (e.kind == WorkspaceFileKind::Pipeline && e.exists)
            pipelines << QDir(scan.root).absoluteFilePath(e.path);
    if (pipelines.size() == 1)
        openPipeline(pipelines.first());
}

void MainWindow::applySettings()
{
    QString problem;
    const WorkbenchSettings settings = WorkbenchSettings::load(m_workspace, &problem);
    settings.applyTo(m_views->runs());
    if (!problem.isEmpty())
        showStatus(problem, 10000);
}

void MainWindow::showSettingsDialog()
{
    auto *dialog = new SettingsDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        applySettings();
        showStatus(tr("Settings saved."));
    });
    dialog->open();
}

} // namespace wb::ui
