// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/workbenchviews.h"

#include "core/drift/driftstore.h"
#include "core/exec/reproducerun.h"
#include "core/exec/runcontroller.h"
#include "core/model/pipelinedocument.h"
#include "core/store/metadatastore.h"
#include "core/vcs/gitrepository.h"
#include "ui/drift/driftpage.h"
#include "ui/lineage/lineageview.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/run/runpanel.h"
#include "ui/run/runparametersdialog.h"
#include "ui/runs/metadatabrowser.h"
#include "ui/runs/runsview.h"
#include "ui/runs/runtablemodel.h"
#include "ui/runs/storesession.h"
#include "ui/vcs/branchmenu.h"
#include "ui/vcs/commitdialog.h"
#include "ui/vcs/historypanel.h"
#include "ui/vcs/versiontab.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QtConcurrent>
#include <QStatusBar>
#include <QStyle>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>

namespace wb::ui {

WorkbenchViews::WorkbenchViews(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("workbenchViews"));
    m_browser = new MetadataBrowser(window);
    m_browser->setObjectName(QStringLiteral("runsBrowser"));
    m_drift = new DriftPage(window);
    QTabWidget *tabs = window->centralTabs();
    // In scroll areas: their minimum sizes must not decide how small the window can be.
    auto scrolled = [window](QWidget *page) {
        auto *area = new QScrollArea(window);
        area->setFrameShape(QFrame::NoFrame);
        area->setWidgetResizable(true);
        area->setWidget(page);
        return area;
    };
    m_browserPage = scrolled(m_browser);
    m_driftPage = scrolled(m_drift);
    tabs->addTab(m_browserPage, tr("Runs"));
    tabs->addTab(m_driftPage, tr("Drift"));
    // Only read-only version tabs close; the pipeline, runs and drift tabs stay.
    tabs->setTabsClosable(true);
    for (int i = 0; i < tabs->count(); ++i)
        tabs->tabBar()->setTabButton(i, QTabBar::RightSide, nullptr);
    connect(tabs, &QTabWidget::tabCloseRequested, this, [tabs](int index) {
        QWidget *page = tabs->widget(index);
        if (qobject_cast<VersionTab *>(page) || page->property("mlwbClosableTab").toBool()) {
            tabs->removeTab(index);
            page->deleteLater();
        }
    });

    createDocks();
    connect(tabs, &QTabWidget::currentChanged, this, &WorkbenchViews::onTabChanged);
    m_runs = new RunCoordinator(window->document(), window->scene(), m_runPanel, this);
    createActions();
    createMenus();

    auto status = [this](const QString &text) { m_window->statusBar()->showMessage(text, 8000); };
    connect(m_runs, &RunCoordinator::message, this, status);
    connect(m_runs, &RunCoordinator::errorOccurred, this, [this](const QString &text) {
        m_window->showError(tr("Cannot run the pipeline"), text);
    });
    connect(m_runs, &RunCoordinator::busyChanged, this, &WorkbenchViews::updateRunActions);
    connect(m_runs, &RunCoordinator::reproduceFinished, this, &WorkbenchViews::onReproduced);
    connect(m_runs, &RunCoordinator::runStarted, this, [this] {
        if (m_hiddenEditorDocks.isEmpty()) {
            m_runDock->show();
            m_runDock->raise();
        } else {
            // The Runs or Drift tab is in front: the run panel waits until the pipeline is.
            m_hiddenEditorDocks.insert(m_runDock, true);
        }
        updateRunActions();
    });
    connect(m_runs, &RunCoordinator::runFinished, this, [this, status](const exec::RunResult &result) {
        status(tr("Run %1 %2.").arg(result.runId, exec::runOutcomeName(result.outcome)));
        if (m_browser->session())
            m_browser->runsView()->model()->reload();
        updateRunActions();
    });
    connect(m_runs, &RunCoordinator::recoveryFinished, this, [status](const exec::RecoveryReport &report) {
        if (!report.interruptedRuns.isEmpty())
            status(tr("Marked %n run(s) interrupted after a crash: %1", nullptr, int(report.interruptedRuns.size()))
                       .arg(report.interruptedRuns.join(QStringLiteral(", "))));
    });
    connect(m_drift, &DriftPage::statusMessage, this, status);
    connect(m_browser, &MetadataBrowser::errorOccurred, this, status);
    connect(m_browser->lineageView(), &LineageView::driftRequested, this, [this](qint64 reference, qint64 current) {
        // The store resolves the URIs (file://, plain or workspace-relative paths; remote
        // ones are refused with a message), the Drift page the dataset manifests.
        const QString storePath = m_browser->session()->path();
        auto ref = drift::artifactLocalFile(storePath, reference);
        auto cur = drift::artifactLocalFile(storePath, current);
        if (!ref.ok() || !cur.ok()) {
            m_window->showError(tr("Compare drift"), (!ref.ok() ? ref.error() : cur.error()).text());
            return;
        }
        showDriftTab();
        m_drift->compareFiles(*ref, *cur);
    });
    m_history->setEditorSnapshot([doc = QPointer<model::PipelineDocument>(window->document())]() {
        return doc && doc->isDirty() ? std::optional<model::PipelineSnapshot>(doc->model().snapshot()) : std::nullopt;
    });
    connect(m_history, &HistoryPanel::openVersionRequested, this, &WorkbenchViews::openVersion);
    connect(m_history, &HistoryPanel::fileRestored, this, [this](const QString &file, const QString &commit) {
        if (file == m_window->document()->filePath() && !m_window->document()->isDirty())
            m_window->openPipeline(file);
        m_window->statusBar()->showMessage(tr("Restored as commit %1.").arg(commit.left(10)), 8000);
    });
    connect(window->document(), &model::PipelineDocument::filePathChanged, this,
            &WorkbenchViews::onPipelineFileChanged);
    updateRunActions();
}

WorkbenchViews::~WorkbenchViews() = default;

void WorkbenchViews::createDocks()
{
    m_runPanel = new RunPanel(m_window);
    m_runDock = new QDockWidget(tr("Run"), m_window);
    m_runDock->setObjectName(QStringLiteral("dockRun"));
    m_runDock->setWidget(m_runPanel);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_runDock);
    if (auto *problems = m_window->findChild<QDockWidget *>(QStringLiteral("dockProblems")))
        m_window->tabifyDockWidget(problems, m_runDock);
    if (auto *problems = m_window->findChild<QDockWidget *>(QStringLiteral("dockProblems")))
        problems->raise();

    m_history = new HistoryPanel(m_window);
    m_historyDock = new QDockWidget(tr("Versions"), m_window);
    m_historyDock->setObjectName(QStringLiteral("dockVersions"));
    m_historyDock->setWidget(m_history);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    if (auto *undo = m_window->findChild<QDockWidget *>(QStringLiteral("dockHistory")))
        m_window->tabifyDockWidget(undo, m_historyDock);
    if (auto *props = m_window->findChild<QDockWidget *>(QStringLiteral("dockProperties")))
        props->raise();
}

void WorkbenchViews::createActions()
{
    auto make = [this](const char *name, const QString &text, const QKeySequence &key, auto slot) {
        auto *a = new QAction(text, m_window);
        a->setObjectName(QString::fromLatin1(name));
        if (!key.isEmpty())
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        m_window->addAction(a);
        return a;
    };
    QAction *run = make("actionRun", tr("&Run…"), QKeySequence(Qt::Key_F5), [this] { runInteractive(); });
    run->setToolTip(tr("Run the pipeline on this machine (F5)"));
    run->setIcon(m_window->style()->standardIcon(QStyle::SP_MediaPlay));
    QAction *cancel = make("actionCancelRun", tr("&Cancel Run"), QKeySequence(Qt::SHIFT | Qt::Key_F5),
                           [this] { m_runs->cancel(); });
    cancel->setIcon(m_window->style()->standardIcon(QStyle::SP_MediaStop));
    make("actionReproduceRun", tr("Re&produce Selected Run"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F5), [this] { reproduceSelectedRun(); })
        ->setToolTip(tr("Re-run the run selected in the Runs tab from its git commit and compare every output"));
    make("actionShowRuns", tr("Show &Runs"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] { showRunsTab(); });
    make("actionShowDrift", tr("Show &Drift"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), [this] { showDriftTab(); });
    make("actionShowPipeline", tr("Show &Pipeline"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] {
        m_window->centralTabs()->setCurrentIndex(0);
    });
    make("actionOpenStore", tr("Open &Metadata Store…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O), [this] {
        showRunsTab();
        m_browser->openStoreAction()->trigger();
    });
    make("actionImportMlflow", tr("Import &MLflow Store…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I), [this] {
        showRunsTab();
        m_browser->importMlflowAction()->trigger();
    });
    make("actionCommit", tr("&Commit…"), QKeySequence(Qt::CTRL | Qt::Key_K), [this] { commitInteractive(); });
    make("actionShowVersions", tr("Show &History"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_H), [this] {
        m_historyDock->show();
        m_historyDock->raise();
        m_history->refresh();
    });
}

void WorkbenchViews::createMenus()
{
    QMenuBar *bar = m_window->menuBar();
    QAction *before = nullptr; // insert ahead of Help
    for (QAction *a : bar->actions())
        if (a->menu() && a->menu()->objectName() == QStringLiteral("menuHelp"))
            before = a;
    auto add = [this](QMenu *m, const char *name) { m->addAction(m_window->action(QString::fromLatin1(name))); };

    auto *run = new QMenu(tr("&Run"), bar);
    run->setObjectName(QStringLiteral("menuRun"));
    add(run, "actionRun");
    add(run, "actionCancelRun");
    add(run, "actionReproduceRun");
    run->addSeparator();
    add(run, "actionShowPipeline");
    add(run, "actionShowRuns");
    add(run, "actionShowDrift");
    run->addSeparator();
    add(run, "actionOpenStore");
    add(run, "actionImportMlflow");
    bar->insertMenu(before, run);

    auto *versions = new QMenu(tr("&Versions"), bar);
    versions->setObjectName(QStringLiteral("menuVersions"));
    add(versions, "actionCommit");
    add(versions, "actionShowVersions");
    versions->addSeparator();
    m_branches = new BranchMenu(versions);
    versions->addMenu(m_branches);
    m_branches->setBeforeSwitch([this] { return m_window->maybeSave(); });
    connect(m_branches, &BranchMenu::errorOccurred, this, [this](const QString &m) {
        m_window->showError(tr("Versions"), m);
    });
    connect(m_branches, &BranchMenu::message, this, [this](const QString &m) { m_window->showStatus(m, 8000); });
    connect(m_branches, &BranchMenu::switched, this, [this] {
        // The files on disk changed under the editor: show the branch's version.
        const QString file = m_window->document()->filePath();
        if (!file.isEmpty() && QFileInfo::exists(file))
            m_window->openPipeline(file);
        m_history->refresh();
    });
    bar->insertMenu(before, versions);

    if (auto *panels = m_window->findChild<QMenu *>(QStringLiteral("menuPanels"))) {
        panels->addAction(m_runDock->toggleViewAction());
        panels->addAction(m_historyDock->toggleViewAction());
    }
    if (auto *tb = m_window->findChild<QToolBar *>(QStringLiteral("toolbarMain"))) {
        tb->addSeparator();
        tb->addAction(m_window->action(QStringLiteral("actionRun")));
        tb->addAction(m_window->action(QStringLiteral("actionCancelRun")));
    }
}

void WorkbenchViews::updateRunActions()
{
    const bool busy = m_runs->isRunning();
    m_window->action(QStringLiteral("actionRun"))->setEnabled(!busy);
    m_window->action(QStringLiteral("actionCancelRun"))->setEnabled(busy);
    m_window->action(QStringLiteral("actionReproduceRun"))->setEnabled(!busy);
}

void WorkbenchViews::setWorkspace(const QString &dir)
{
    m_workspace = dir;
    m_runs->setWorkspace(dir);
    m_drift->setStartDir(dir);
    m_branches->setRepositoryDir(dir);
    auto session = openStoreSession(store::MetadataStore::defaultPath(dir), false);
    if (session.ok())
        m_browser->setSession(*session);
    else
        m_window->statusBar()->showMessage(tr("Cannot open the workspace's metadata store: %1").arg(session.error().text()),
                                           15000);
    m_runs->recoverAfterCrash();
    onPipelineFileChanged(m_window->document()->filePath());
}

void WorkbenchViews::onPipelineFileChanged(const QString &path)
{
    m_history->setFile(path);
}

void WorkbenchViews::runInteractive()
{
    model::PipelineDocument *doc = m_window->document();
    if (doc->filePath().isEmpty() && !m_window->saveAsDialog())
        return;
    RunParametersDialog dialog(doc->model().info(), m_window);
    dialog.setDefaultRuntime(m_runs->defaults().runtime);
    dialog.setExperiment(m_runs->defaults().experiment);
    // The experiments already recorded, offered while typing (read off the GUI thread).
    if (StoreSessionPtr session = m_browser->session();
        session && session->path() == store::MetadataStore::defaultPath(m_workspace)) {
        QPointer<RunParametersDialog> target(&dialog);
        QtConcurrent::run([session] {
            QStringList names;
            auto contexts = session->with([](store::MetadataStore &s) { return s.contexts(QStringLiteral("system.Experiment")); });
            if (contexts.ok())
                for (const store::ContextInfo &c : *contexts)
                    names << c.name;
            return names;
        }).then(this, [target](const QStringList &names) {
            if (target)
                target->setExperimentCompletions(names);
        });
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    RunRequest request;
    request.parameters = dialog.parameters();
    request.runtime = dialog.runtimeMode();
    request.maxParallel = dialog.maxParallel();
    request.experiment = dialog.experiment();
    m_runs->start(request);
}

int WorkbenchViews::openVersion(const QString &file, const QString &revision, const QByteArray &bytes)
{
    auto tab = VersionTab::create(bytes, file, revision, m_workspace, m_window);
    if (!tab.ok()) {
        m_window->statusBar()->showMessage(tab.error().text(), 15000);
        return -1;
    }
    QTabWidget *tabs = m_window->centralTabs();
    const int index = tabs->addTab(*tab, tr("%1 @ %2").arg(QFileInfo(file).fileName(), revision.left(8)));
    tabs->setCurrentIndex(index);
    return index;
}

void WorkbenchViews::commitInteractive()
{
    if (m_window->document()->isDirty() && !m_window->save())
        return;
    const QString dir = m_workspace.isEmpty() ? QFileInfo(m_window->document()->filePath()).absolutePath() : m_workspace;
    if (!vcs::GitRepository::open(dir).ok()) {
        const auto answer = QMessageBox::question(
            m_window, tr("Commit"),
            tr("%1 is not in a git repository yet. Create one there (with a .gitignore that keeps run data "
               "and large data files out)?").arg(QDir::toNativeSeparators(dir)));
        if (answer != QMessageBox::Yes)
            return;
        if (auto created = vcs::GitRepository::init(dir); !created.ok()) {
            m_window->showError(tr("Cannot create a repository"), created.error().text());
            return;
        }
    }
    CommitDialog dialog(dir, m_window);
    if (!dialog.hasRepository())
        return;
    if (dialog.exec() == QDialog::Accepted) {
        m_window->statusBar()->showMessage(tr("Committed %1.").arg(dialog.lastCommit().left(10)), 8000);
        m_history->refresh();
    }
}

void WorkbenchViews::reproduceSelectedRun()
{
    const QList<qint64> ids = m_browser->runsView()->selectedRunIds();
    if (ids.size() != 1 || !m_browser->session()) {
        m_window->showError(tr("Reproduce run"), tr("Select one run in the Runs tab first."));
        showRunsTab();
        return;
    }
    auto detail = m_browser->session()->with([&](store::MetadataStore &s) { return s.runDetail(ids.first()); });
    if (!detail.ok()) {
        m_window->showError(tr("Reproduce run"), detail.error().text());
        return;
    }
    reproduce(detail->summary.name, m_runs->defaults().runtime);
}

void WorkbenchViews::reproduce(const QString &runName, exec::RuntimeMode mode, const vcs::ReproduceOptions &options)
{
    if (m_workspace.isEmpty()) {
        m_window->showError(tr("Reproduce run"), tr("Open a workspace folder first."));
        return;
    }
    m_window->showStatus(tr("Reproducing run %1 from its commit…").arg(runName), 0);
    m_reproducing = runName;
    m_reproduceMode = mode;
    m_reproduceOptions = options;
    // The run session does the work on its thread; the run panel, badges and Cancel follow it.
    m_runs->reproduce(runName, mode, options);
}

void WorkbenchViews::onReproduced(bool ok, const exec::ReproduceReport &r, const QString &message, const QString &code)
{
    const QString runName = m_reproducing;
    m_reproducing.clear();
    // A run made from uncommitted files it uses, or data that changed since: the user decides
    // whether the committed version is worth re-running (the CLI's --allow-dirty/--allow-data-change).
    if (!ok && (code == QLatin1String("dirty-run") || code == QLatin1String("data-changed"))) {
        const bool dirty = code == QLatin1String("dirty-run");
        const QString question = message + QStringLiteral("\n\n")
            + (dirty ? tr("Re-run the committed version anyway? Its outputs may differ from what actually ran.")
                     : tr("Re-run with the data as it is now? Its outputs may differ from the original run's."));
        const bool yes = m_confirm ? m_confirm(tr("Reproduce run"), question)
                                   : QMessageBox::question(m_window, tr("Reproduce run"), question) == QMessageBox::Yes;
        if (yes) {
            vcs::ReproduceOptions options = m_reproduceOptions;
            (dirty ? options.allowDirty : options.allowDataChange) = true;
            reproduce(runName, m_reproduceMode, options);
            return;
        }
    }
    if (!ok) {
        m_window->showStatus(message, 15000);
        emit reproduced(false, false, message);
        m_window->showError(tr("Cannot reproduce run %1").arg(runName), message);
        return;
    }
    QStringList lines;
    lines << tr("Run %1 re-run from commit %2 as run %3: %4.")
                 .arg(r.originalRun, r.commit.left(10), r.newRun, exec::runOutcomeName(r.outcome));
    for (const QString &w : r.warnings)
        lines << tr("Warning: %1").arg(w);
    for (const vcs::OutputComparison &c : r.outputs)
        lines << QStringLiteral("%1.%2: %3%4").arg(c.task, c.output, c.identical ? tr("identical") : tr("DIFFERS"),
                                                    c.note.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(c.note));
    lines << (r.identical ? tr("All outputs are byte-identical.") : tr("The run was NOT reproduced exactly."));
    if (!r.error.isEmpty())
        lines << r.error;
    const QString summary = lines.join(QLatin1Char('\n'));
    if (m_browser->session())
        m_browser->runsView()->model()->reload();
    m_window->showStatus(lines.last(), 15000);
    emit reproduced(true, r.identical, summary);
    if (!m_window->isVisible())
        return; // tests read the signal
    QMessageBox box(r.identical ? QMessageBox::Information : QMessageBox::Warning, tr("Reproduce run"),
                    lines.first(), QMessageBox::Ok, m_window);
    box.setInformativeText(lines.last());
    box.setDetailedText(summary);
    box.exec();
}

void WorkbenchViews::onTabChanged(int index)
{
    // The Runs and Drift tabs want the width: the editing docks step aside while they show
    // (like Qt Creator's modes) and come back as they were with the pipeline or a version.
    QWidget *page = m_window->centralTabs()->widget(index);
    const bool editorPage = index == 0 || qobject_cast<VersionTab *>(page);
    if (editorPage) {
        restoreEditorDocks();
        return;
    }
    if (!m_hiddenEditorDocks.isEmpty())
        return;
    // Every dock goes, the run's too: the Runs tab's table and run detail need the room.
    for (const char *name : {"dockComponents", "dockOverview", "dockProperties", "dockParameters", "dockHistory",
                             "dockVersions", "dockWorkspace", "dockRun", "dockProblems", "dockCommand"}) {
        if (auto *d = m_window->findChild<QDockWidget *>(QString::fromLatin1(name))) {
            m_hiddenEditorDocks.insert(d, d->toggleViewAction()->isChecked()); // tabbed-away docks count as open
            d->hide();
        }
    }
}

void WorkbenchViews::restoreEditorDocks()
{
    if (m_hiddenEditorDocks.isEmpty())
        return;
    for (auto it = m_hiddenEditorDocks.cbegin(); it != m_hiddenEditorDocks.cend(); ++it)
        if (it.value())
            it.key()->show();
    m_hiddenEditorDocks.clear();
    if (auto *props = m_window->findChild<QDockWidget *>(QStringLiteral("dockProperties")); props && props->isVisible())
        props->raise();
}

void WorkbenchViews::showRunsTab()
{
    m_window->centralTabs()->setCurrentWidget(m_browserPage);
}

void WorkbenchViews::showDriftTab()
{
    m_window->centralTabs()->setCurrentWidget(m_driftPage);
}

} // namespace wb::ui
