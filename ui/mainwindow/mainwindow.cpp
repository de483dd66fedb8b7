// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/mainwindow.h"

#include "core/model/pipelinedocument.h"
#include "ui/canvas/pipelinescene.h"
#include "ui/canvas/pipelineview.h"
#include "ui/editor/editorcontroller.h"
#include "ui/mainwindow/commandpalette.h"
#include "ui/mainwindow/workbenchviews.h"
#include "ui/panels/commandpreviewpanel.h"
#include "ui/panels/componentpalette.h"
#include "ui/panels/overviewmap.h"
#include "ui/panels/parameterspanel.h"
#include "ui/panels/problemspanel.h"
#include "ui/panels/propertiespanel.h"
#include "ui/workspace/workspacebrowser.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoView>

// resources.qrc is compiled into the static wb_ui library; a linker drops it unless someone
// references it, so the window does (tests and tools get the icons too).
static void initWorkbenchResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace wb::ui {

static QStringList g_shippedDirs;

void MainWindow::setShippedComponentDirs(const QStringList &dirs)
{
    g_shippedDirs = dirs;
}

QStringList MainWindow::shippedComponentDirs()
{
    QStringList dirs = g_shippedDirs;
    const QString env = qEnvironmentVariable("MLWB_COMPONENTS_DIR");
    if (!env.isEmpty())
        dirs.prepend(env);
    // An installed tree: bin/mlwb -> share/mlwb/components.
    const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/mlwb/components");
    if (QFileInfo(installed).isDir())
        dirs.append(QDir::cleanPath(installed));
    dirs.removeDuplicates();
    dirs.removeIf([](const QString &d) { return !QFileInfo(d).isDir(); });
    return dirs;
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_doc(new model::PipelineDocument(this))
    , m_recovery(new RecoveryManager(this))
{
    initWorkbenchResources();
    setObjectName(QStringLiteral("MainWindow"));
    setDockNestingEnabled(true);
    m_scene = new PipelineScene(m_doc, this);
    m_view = new PipelineView(this);
    m_view->setScene(m_scene);
    m_controller = new EditorController(m_doc, m_scene, m_view, this);

    // The canvas is the first tab; runs, lineage, drift and history views join later.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("centralTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_view, tr("Pipeline"));
    setCentralWidget(m_tabs);

    m_commandPalette = new CommandPalette(this);
    m_statusFeedback = new QLabel(this);
    m_statusZoom = new QLabel(this);
    m_statusProblems = new QLabel(this);
    statusBar()->addWidget(m_statusFeedback, 1);
    statusBar()->addPermanentWidget(m_statusProblems);
    statusBar()->addPermanentWidget(m_statusZoom);

    createDocks();
    createActions();
    createMenusAndToolbar();
    m_views = new WorkbenchViews(this);
    createWorkspaceDock();
    wireDocument();
    readSettings();
    applySettings();
    newPipeline();
    updateComponentRoots();
}

MainWindow::~MainWindow()
{
    // A normal exit leaves no recovery file behind.
    m_recovery->setDocument(nullptr);
    // Items die before the document they mirror, without telling the panels about it.
    disconnect(m_scene, nullptr, this, nullptr);
    delete m_scene;
    m_scene = nullptr;
}

void MainWindow::createDocks()
{
    auto dock = [this](QWidget *w, const QString &title, const QString &name, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(w);
        addDockWidget(area, d);
        return d;
    };
    m_palette = new ComponentPalette(this);
    m_overview = new OverviewMap(this);
    m_overview->setMainView(m_view);
    m_properties = new PropertiesPanel(this);
    m_parameters = new ParametersPanel(this);
    m_history = new QUndoView(m_doc->undoStack(), this);
    m_history->setObjectName(QStringLiteral("undoHistory"));
    m_history->setEmptyLabel(tr("<opened>"));
    m_problems = new ProblemsPanel(this);
    m_preview = new CommandPreviewPanel(this);

    QDockWidget *palette = dock(m_palette, tr("Components"), QStringLiteral("dockComponents"), Qt::LeftDockWidgetArea);
    QDockWidget *overview = dock(m_overview, tr("Overview"), QStringLiteral("dockOverview"), Qt::LeftDockWidgetArea);
    splitDockWidget(palette, overview, Qt::Vertical);
    resizeDocks({palette, overview}, {600, 180}, Qt::Vertical);
    QDockWidget *props = dock(m_properties, tr("Properties"), QStringLiteral("dockProperties"), Qt::RightDockWidgetArea);
    QDockWidget *params = dock(m_parameters, tr("Parameters"), QStringLiteral("dockParameters"), Qt::RightDockWidgetArea);
    QDockWidget *history = dock(m_history, tr("History"), QStringLiteral("dockHistory"), Qt::RightDockWidgetArea);
    tabifyDockWidget(props, params);
    tabifyDockWidget(params, history);
    props->raise();
    QDockWidget *problems = dock(m_problems, tr("Problems"), QStringLiteral("dockProblems"), Qt::BottomDockWidgetArea);
    QDockWidget *preview = dock(m_preview, tr("Command"), QStringLiteral("dockCommand"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(problems, preview);
    problems->raise();
    resizeDocks({palette, props}, {260, 340}, Qt::Horizontal);
    resizeDocks({problems}, {170}, Qt::Vertical);
}

void MainWindow::wireDocument()
{
    m_properties->setDocument(m_doc);
    m_parameters->setDocument(m_doc);
    m_problems->setDocument(m_doc);
    m_preview->setDocument(m_doc);
    m_recovery->setDocument(m_doc);
    connect(m_doc, &model::PipelineDocument::dirtyChanged, this, &MainWindow::updateTitle);
    connect(m_doc, &model::PipelineDocument::filePathChanged, this, [this] {
        updateTitle();
        updateBaseDirs();
    });
    connect(m_doc->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::onSelectionChanged);
    connect(m_scene, &PipelineScene::feedbackChanged, this, [this](const QString &t) { m_statusFeedback->setText(t); });
    connect(m_scene, &PipelineScene::taskActivated, this, [this](model::NodeId) {
        if (auto *d = findChild<QDockWidget *>(QStringLiteral("dockProperties"))) {
            d->show();
            d->raise();
        }
    });
    connect(m_view, &PipelineView::zoomChanged, this, [this](double z) {
        m_statusZoom->setText(tr("Zoom %1%").arg(qRound(z * 100)));
    });
    connect(m_view, &PipelineView::openPipelineRequested, this, [this](const QString &path) {
        if (maybeSave())
            openPipeline(path);
    });
    connect(m_problems, &ProblemsPanel::taskActivated, this, [this](const QString &task) {
        const model::NodeId id = m_doc->model().taskByName(task);
        if (!id.isValid())
            return;
        m_scene->selectTasks({id});
        m_view->centerOnTask(task);
    });
    connect(m_problems, &ProblemsPanel::problemCountChanged, this, [this](int errors, int warnings) {
        m_statusProblems->setText(errors + warnings == 0 ? tr("No problems")
                                                         : tr("%1 errors, %2 warnings").arg(errors).arg(warnings));
    });
    connect(m_palette, &ComponentPalette::componentActivated, this, [this](const QString &path) {
        const QPointF center = m_view->mapToScene(m_view->viewport()->rect().center());
        const Result<model::NodeId> r = m_scene->addComponentFromFile(path, center - QPointF(100, 40));
        if (!r)
            showError(tr("Cannot add component"), r.error().text());
        else
            m_scene->selectTasks({r.value()});
    });
    connect(m_palette, &ComponentPalette::addFolderRequested, this, &MainWindow::addComponentFolderDialog);
    connect(m_properties, &PropertiesPanel::errorOccurred, this, [this](const QString &m) { showStatus(m, 8000); });
    connect(m_parameters, &ParametersPanel::errorOccurred, this, [this](const QString &m) { showStatus(m, 8000); });
    connect(m_controller, &EditorController::layoutFinished, this, [this](bool ok, const QString &m) {
        showStatus(m);
        if (ok)
            m_view->fitToContents(); // the new arrangement, whole
    });
    connect(m_recovery, &RecoveryManager::autosaveFailed, this, [this](const QString &m) { showStatus(m, 8000); });
}

void MainWindow::onSelectionChanged()
{
    if (!m_scene)
        return;
    const QList<model::NodeId> ids = m_scene->selectedTaskIds();
    const model::NodeId one = ids.size() == 1 ? ids.first() : model::NodeId{};
    m_properties->setTask(one);
    m_preview->setTask(one);
    // One task selected: its Properties come to the front (a dock the user closed stays closed).
    if (one.isValid())
        if (auto *d = findChild<QDockWidget *>(QStringLiteral("dockProperties")); d && !d->isHidden())
            d->raise();
    updateActions();
}

void MainWindow::updateTitle()
{
    const QString path = m_doc->filePath();
    const QString name = path.isEmpty() ? tr("Untitled pipeline") : QFileInfo(path).fileName();
    if (m_workspace.isEmpty())
        setWindowTitle(tr("%1[*] — mlwb").arg(name));
    else
        setWindowTitle(tr("%1[*] — %2 — mlwb").arg(name, QFileInfo(m_workspace).fileName()));
    setWindowFilePath(path);
    setWindowModified(m_doc->isDirty());
}

void MainWindow::updateBaseDirs()
{
    const QString path = m_doc->filePath();
    const QString dir = path.isEmpty() ? QString() : QFileInfo(path).absolutePath();
    m_scene->setComponentBaseDirs(dir, m_workspace);
    m_controller->setSourceDir(dir.isEmpty() ? m_workspace : dir);
}

void MainWindow::openWorkspace(const QString &dir)
{
    m_workspace = QDir(dir).absolutePath();
    QSettings().setValue(QStringLiteral("workspace/last"), m_workspace);
    applySettings(); // before the views: crash clean-up talks to the configured docker
    updateBaseDirs();
    updateComponentRoots();
    m_views->setWorkspace(m_workspace);
    m_preview->setWorkspace(m_workspace);
    m_workspaceBrowser->setRoot(m_workspace);
    updateTitle();
    showStatus(tr("Workspace: %1").arg(QDir::toNativeSeparators(m_workspace)));
    restoreSession();
}

void MainWindow::updateComponentRoots()
{
    QStringList roots = shippedComponentDirs();
    if (!m_workspace.isEmpty() && QFileInfo(m_workspace + QStringLiteral("/components")).isDir())
        roots.append(m_workspace + QStringLiteral("/components"));
    roots += QSettings().value(QStringLiteral("components/userFolders")).toStringList();
    roots.removeDuplicates();
    if (roots != m_palette->roots() || m_palette->componentCount() == 0)
        m_palette->setRoots(roots);
}

void MainWindow::setTheme(Theme theme)
{
    ThemeManager::apply(theme);
    QSettings().setValue(QStringLiteral("theme"), ThemeManager::name(theme));
    m_scene->refreshStyle();
    // The View → Theme entry follows, also when the theme comes from the settings at start.
    const char *names[] = {"actionThemeSystem", "actionThemeLight", "actionThemeDark"};
    const Theme themes[] = {Theme::System, Theme::Light, Theme::Dark};
    for (int i = 0; i < 3; ++i)
        if (QAction *a = action(QString::fromLatin1(names[i])))
            a->setChecked(themes[i] == theme);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ThemeChange)
        m_scene->refreshStyle();
    QMainWindow::changeEvent(event);
}

void MainWindow::showStatus(const QString &text, int ms)
{
    statusBar()->showMessage(text, ms);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    if (m_errorReporter)
        m_errorReporter(title, message);
    else
        QMessageBox::warning(this, title, message);
}

void MainWindow::setUnsavedChangesPrompt(std::function<QMessageBox::StandardButton()> prompt)
{
    m_unsavedPrompt = std::move(prompt);
}

void MainWindow::setErrorReporter(std::function<void(const QString &, const QString &)> reporter)
{
    m_errorReporter = std::move(reporter);
}

void MainWindow::readSettings()
{
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("mainwindow/geometry")).toByteArray());
    if (!s.contains(QStringLiteral("mainwindow/geometry")))
        resize(1440, 900);
    restoreState(s.value(QStringLiteral("mainwindow/state")).toByteArray());
    const Theme theme = ThemeManager::fromName(s.value(QStringLiteral("theme")).toString());
    if (theme != Theme::System)
        setTheme(theme);
    m_recovery->setIntervalMs(s.value(QStringLiteral("editor/autosaveSeconds"), 5).toInt() * 1000);
    rebuildRecentMenu();
}

void MainWindow::writeSettings()
{
    QSettings s;
    s.setValue(QStringLiteral("mainwindow/geometry"), saveGeometry());
    s.setValue(QStringLiteral("mainwindow/state"), saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_views->restoreEditorDocks(); // the saved layout is the editor's, whatever tab is open
    writeSettings();
    saveSession();
    m_recovery->discardCurrent();
    event->accept();
}

void MainWindow::scheduleScreenshot(const QString &path, int delayMs)
{
    QTimer::singleShot(delayMs, this, [this, path] {
        m_view->fitToContents();
        QTimer::singleShot(200, this, [this, path] {
            const bool ok = grab().save(path);
            if (!ok)
                qWarning("Cannot write screenshot %s", qPrintable(path));
            QApplication::exit(ok ? 0 : 1);
        });
    });
}

} // namespace wb::ui
