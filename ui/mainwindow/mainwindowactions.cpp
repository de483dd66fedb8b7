// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow, part 2: actions, menus, toolbar.
#include "ui/mainwindow/mainwindow.h"

#include "core/model/pipelinedocument.h"
#include "core/plugin/apppluginmanager.h"
#include "ui/about/handbookdialog.h"
#include "ui/about/pluginsdialog.h"
#include "ui/bundle/packagedialogs.h"
#include "ui/i18n/languagemenu.h"
#include "ui/canvas/pipelinescene.h"
#include "ui/canvas/pipelineview.h"
#include "ui/editor/editorcontroller.h"
#include "ui/editor/fragmentmime.h"
#include "ui/mainwindow/commandpalette.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QIcon>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QStyle>
#include <QToolBar>

namespace wb::ui {

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::createActions()
{
    auto make = [this](const QString &name, const QString &text, const QList<QKeySequence> &keys,
                       auto slot, QStyle::StandardPixmap icon = QStyle::SP_CustomBase) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        if (icon != QStyle::SP_CustomBase)
            a->setIcon(style()->standardIcon(icon));
        if (!keys.isEmpty())
            a->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                        keys.first().toString(QKeySequence::NativeText)));
        connect(a, &QAction::triggered, this, slot);
        addAction(a); // shortcuts work even when a menu bar is hidden
        return a;
    };
    auto report = [this](const Result<void> &r) {
        if (!r)
            showStatus(r.error().text(), 6000);
    };
    using K = QKeySequence;
    // File
    make(QStringLiteral("actionNew"), tr("&New Pipeline"), {K::New}, [this] {
        if (maybeSave())
            newPipeline();
    }, QStyle::SP_FileIcon);
    make(QStringLiteral("actionOpen"), tr("&Open…"), {K::Open}, [this] { openDialog(); }, QStyle::SP_DialogOpenButton);
    make(QStringLiteral("actionOpenWorkspace"), tr("Open &Workspace…"), {K(Qt::CTRL | Qt::SHIFT | Qt::Key_O)},
         [this] { openWorkspaceDialog(); }, QStyle::SP_DirOpenIcon);
    make(QStringLiteral("actionSave"), tr("&Save"), {K::Save}, [this] { save(); }, QStyle::SP_DialogSaveButton);
    make(QStringLiteral("actionSaveAs"), tr("Save &As…"), {K(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}, [this] { saveAsDialog(); });
    make(QStringLiteral("actionExportSvg"), tr("Export as &SVG…"), {K(Qt::CTRL | Qt::ALT | Qt::Key_S)},
         [this] { exportDialog(true); });
    make(QStringLiteral("actionExportPng"), tr("Export as &PNG…"), {K(Qt::CTRL | Qt::ALT | Qt::Key_P)},
         [this] { exportDialog(false); });
    make(QStringLiteral("actionExportPackage"), tr("&Export Package…"), {K(Qt::CTRL | Qt::Key_E)}, [this] {
        // Export reads the file as saved: save first, so the package is what the user sees.
        if ((m_doc->filePath().isEmpty() || m_doc->isDirty()) && !save())
            return;
        exportPipelineWithDialogs(this, m_doc->filePath(), plugin::appPluginManager());
    });
    make(QStringLiteral("actionImportPackage"), tr("&Import Package…"), {K(Qt::CTRL | Qt::SHIFT | Qt::Key_I)}, [this] {
        if (!maybeSave())
            return;
        const QString path = importPackageWithDialogs(this, m_workspace.isEmpty() ? QDir::homePath() : m_workspace);
        if (!path.isEmpty())
            openPipeline(path);
    });
    make(QStringLiteral("actionRestore"), tr("&Recover Unsaved Pipelines…"), {K(Qt::CTRL | Qt::ALT | Qt::Key_R)},
         [this] { offerRecovery(); });
    make(QStringLiteral("actionAddComponentFolder"), tr("Add &Component Folder…"), {K(Qt::CTRL | Qt::ALT | Qt::Key_F)},
         [this] { addComponentFolderDialog(); });
    make(QStringLiteral("actionQuit"), tr("&Quit"), {K(Qt::CTRL | Qt::Key_Q)}, [this] { close(); });
    // Edit
    QAction *undo = m_doc->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcuts(K::Undo);
    undo->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    addAction(undo);
    QAction *redo = m_doc->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts({K(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), K(Qt::CTRL | Qt::Key_Y)});
    redo->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    addAction(redo);
    make(QStringLiteral("actionCut"), tr("Cu&t"), {K::Cut}, [this, report] { report(m_controller->cut()); });
    make(QStringLiteral("actionCopy"), tr("&Copy"), {K::Copy}, [this, report] { report(m_controller->copy()); });
    make(QStringLiteral("actionPaste"), tr("&Paste"), {K::Paste}, [this, report] { report(m_controller->paste()); });
    make(QStringLiteral("actionDuplicate"), tr("D&uplicate"), {K(Qt::CTRL | Qt::Key_D)},
         [this, report] { report(m_controller->duplicate()); });
    make(QStringLiteral("actionDelete"), tr("&Delete"), {K::Delete, K(Qt::Key_Backspace)},
         [this, report] { report(m_controller->deleteSelection()); }, QStyle::SP_TrashIcon);
    make(QStringLiteral("actionSelectAll"), tr("Select &All"), {K::SelectAll}, [this] { m_controller->selectAll(); });
    make(QStringLiteral("actionCommandPalette"), tr("Command &Palette…"), {K(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
         [this] { m_commandPalette->popup(); });
    // The platform's Preferences key where it has one (Ctrl+, on macOS), else Ctrl+,.
    QList<K> preferences = K::keyBindings(K::Preferences);
    if (preferences.isEmpty())
        preferences = {K(Qt::CTRL | Qt::Key_Comma)};
    make(QStringLiteral("actionSettings"), tr("Se&ttings…"), preferences, [this] { showSettingsDialog(); })
        ->setMenuRole(QAction::PreferencesRole);
    // View
    make(QStringLiteral("actionZoomIn"), tr("Zoom &In"), {K(Qt::CTRL | Qt::Key_Equal), K::ZoomIn},
         [this] { m_view->zoomIn(); });
    make(QStringLiteral("actionZoomOut"), tr("Zoom &Out"), {K(Qt::CTRL | Qt::Key_Minus), K::ZoomOut},
         [this] { m_view->zoomOut(); });
    make(QStringLiteral("actionZoomReset"), tr("&Actual Size"), {K(Qt::CTRL | Qt::Key_0)}, [this] { m_view->resetZoom(); });
    make(QStringLiteral("actionFit"), tr("&Fit to Window"), {K(Qt::CTRL | Qt::Key_1)}, [this] { m_view->fitToContents(); });
    // Arrange
    make(QStringLiteral("actionAutoLayout"), tr("&Auto Layout"), {K(Qt::CTRL | Qt::Key_L)},
         [this] { m_controller->autoLayout(); });
    using A = EditorController::Align;
    const struct { const char *name; const char *text; QKeySequence key; A how; } aligns[] = {
        {"actionAlignLeft", QT_TR_NOOP("Align &Left"), K(Qt::CTRL | Qt::ALT | Qt::Key_Left), A::Left},
        {"actionAlignRight", QT_TR_NOOP("Align &Right"), K(Qt::CTRL | Qt::ALT | Qt::Key_Right), A::Right},
        {"actionAlignTop", QT_TR_NOOP("Align &Top"), K(Qt::CTRL | Qt::ALT | Qt::Key_Up), A::Top},
        {"actionAlignBottom", QT_TR_NOOP("Align &Bottom"), K(Qt::CTRL | Qt::ALT | Qt::Key_Down), A::Bottom},
        {"actionAlignCenter", QT_TR_NOOP("Align &Centers"), K(Qt::CTRL | Qt::ALT | Qt::Key_C), A::HCenter},
        {"actionAlignMiddle", QT_TR_NOOP("Align &Middles"), K(Qt::CTRL | Qt::ALT | Qt::Key_M), A::VCenter},
    };
    for (const auto &a : aligns)
        make(QString::fromLatin1(a.name), tr(a.text), {a.key},
             [this, report, how = a.how] { report(m_controller->align(how)); });
    make(QStringLiteral("actionDistributeH"), tr("Distribute &Horizontally"), {K(Qt::CTRL | Qt::ALT | Qt::Key_H)},
         [this, report] { report(m_controller->distribute(Qt::Horizontal)); });
    make(QStringLiteral("actionDistributeV"), tr("Distribute &Vertically"), {K(Qt::CTRL | Qt::ALT | Qt::Key_V)},
         [this, report] { report(m_controller->distribute(Qt::Vertical)); });
    // Help
    make(QStringLiteral("actionAboutPlugins"), tr("About &Plugins…"), {K(Qt::CTRL | Qt::Key_F1)}, [this] {
        auto *d = new PluginsDialog(plugin::appPluginManager(), this);
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->show();
    });
    make(QStringLiteral("actionHandbook"), tr("mlwb &Handbook"), {K(Qt::Key_F1)}, [this] {
        auto *d = new HandbookDialog(this);
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->show();
    });
    make(QStringLiteral("actionAbout"), tr("&About mlwb"), {K(Qt::CTRL | Qt::SHIFT | Qt::Key_F1)}, [this] {
        QMessageBox::about(this, tr("About mlwb"),
                           tr("<h3>mlwb %1</h3><p>The ML pipeline workbench: design Kubeflow "
                              "pipelines visually, run them locally, review lineage and drift.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    connect(QApplication::clipboard(), &QClipboard::dataChanged, this, &MainWindow::updateActions);
}

void MainWindow::createMenusAndToolbar()
{
    auto add = [this](QMenu *m, const char *name) { m->addAction(action(QString::fromLatin1(name))); };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    add(file, "actionNew");
    add(file, "actionOpen");
    add(file, "actionOpenWorkspace");
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    file->addSeparator();
    add(file, "actionSave");
    add(file, "actionSaveAs");
    file->addSeparator();
    add(file, "actionImportPackage");
    add(file, "actionExportPackage");
    add(file, "actionExportSvg");
    add(file, "actionExportPng");
    file->addSeparator();
    add(file, "actionAddComponentFolder");
    add(file, "actionRestore");
    file->addSeparator();
    add(file, "actionQuit");

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    for (const char *n : {"actionUndo", "actionRedo", "", "actionCut", "actionCopy", "actionPaste", "actionDuplicate",
                          "actionDelete", "", "actionSelectAll", "", "actionCommandPalette", "", "actionSettings"})
        if (*n)
            add(edit, n);
        else
            edit->addSeparator();

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (const char *n : {"actionZoomIn", "actionZoomOut", "actionZoomReset", "actionFit"})
        add(view, n);
    view->addSeparator();
    QMenu *panels = view->addMenu(tr("&Panels"));
    panels->setObjectName(QStringLiteral("menuPanels"));
    for (QDockWidget *d : findChildren<QDockWidget *>())
        panels->addAction(d->toggleViewAction());
    QMenu *theme = view->addMenu(tr("&Theme"));
    auto *group = new QActionGroup(this);
    const struct { Theme t; const char *text; const char *name; QKeySequence key; } themes[] = {
        {Theme::System, QT_TR_NOOP("&System"), "actionThemeSystem", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_1)},
        {Theme::Light, QT_TR_NOOP("&Light"), "actionThemeLight", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2)},
        {Theme::Dark, QT_TR_NOOP("&Dark"), "actionThemeDark", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_3)},
    };
    for (const auto &t : themes) {
        QAction *a = theme->addAction(tr(t.text));
        a->setObjectName(QString::fromLatin1(t.name));
        a->setShortcut(t.key);
        a->setCheckable(true);
        a->setChecked(ThemeManager::current() == t.t);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, tt = t.t] { setTheme(tt); });
    }

    view->addMenu(new LanguageMenu(view));

    QMenu *arrange = menuBar()->addMenu(tr("&Arrange"));
    add(arrange, "actionAutoLayout");
    arrange->addSeparator();
    for (const char *n : {"actionAlignLeft", "actionAlignRight", "actionAlignTop", "actionAlignBottom",
                          "actionAlignCenter", "actionAlignMiddle"})
        add(arrange, n);
    arrange->addSeparator();
    add(arrange, "actionDistributeH");
    add(arrange, "actionDistributeV");

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    add(help, "actionHandbook");
    add(help, "actionCommandPalette");
    add(help, "actionAboutPlugins");
    add(help, "actionAbout");

    QToolBar *tb = addToolBar(tr("Main"));
    tb->setObjectName(QStringLiteral("toolbarMain"));
    tb->setToolButtonStyle(Qt::ToolButtonIconOnly);
    for (const char *n : {"actionNew", "actionOpen", "actionSave", "", "actionUndo", "actionRedo", "",
                          "actionDelete", "", "actionZoomIn", "actionZoomOut", "actionFit", "", "actionAutoLayout"})
        if (*n)
            tb->addAction(action(QString::fromLatin1(n)));
        else
            tb->addSeparator();
    // Our own line icons (mid-grey: legible on the light and the dark theme).
    action(QStringLiteral("actionZoomIn"))->setIcon(QIcon(QStringLiteral(":/mlwb/icons/zoom-in.svg")));
    action(QStringLiteral("actionZoomOut"))->setIcon(QIcon(QStringLiteral(":/mlwb/icons/zoom-out.svg")));
    action(QStringLiteral("actionFit"))->setIcon(QIcon(QStringLiteral(":/mlwb/icons/zoom-fit.svg")));
    action(QStringLiteral("actionAutoLayout"))->setIcon(QIcon(QStringLiteral(":/mlwb/icons/auto-layout.svg")));
    updateActions();
}

void MainWindow::updateActions()
{
    if (!m_scene)
        return;
    const int tasks = int(m_scene->selectedTaskIds().size());
    const bool any = tasks > 0 || !m_scene->selectedEdges().isEmpty();
    auto enable = [this](const char *name, bool on) {
        if (QAction *a = action(QString::fromLatin1(name)))
            a->setEnabled(on);
    };
    enable("actionCut", tasks > 0);
    enable("actionCopy", tasks > 0);
    enable("actionDuplicate", tasks > 0);
    enable("actionDelete", any);
    enable("actionPaste", FragmentMime::canRead(QApplication::clipboard()->mimeData()));
    for (const char *n : {"actionAlignLeft", "actionAlignRight", "actionAlignTop", "actionAlignBottom",
                          "actionAlignCenter", "actionAlignMiddle"})
        enable(n, tasks >= 2);
    enable("actionDistributeH", tasks >= 3);
    enable("actionDistributeV", tasks >= 3);
    enable("actionAutoLayout", m_doc->model().taskCount() > 0);
}

} // namespace wb::ui
