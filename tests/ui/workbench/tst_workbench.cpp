// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench around the editor, as a user drives it from the main window: menus and tabs,
// a run from the window, crash clean-up when a workspace opens, the Drift tab, and past
// versions opened read-only.
#include "workbenchtestsupport.h"

class TstWorkbench : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("mlwb-test-workbench"));
    }

    void menusAndTabs()
    {
        MainWindow w;
        const QStringList menus = menuTitles(w);
        QVERIFY2(menus.contains(QStringLiteral("Run")) && menus.contains(QStringLiteral("Versions")),
                 qPrintable(menus.join(',')));
        QVERIFY(menus.indexOf(QStringLiteral("Run")) < menus.indexOf(QStringLiteral("Help")));
        QCOMPARE(w.action(QStringLiteral("actionRun"))->shortcut(), QKeySequence(Qt::Key_F5));
        QVERIFY(w.action(QStringLiteral("actionRun"))->isEnabled());
        QVERIFY(!w.action(QStringLiteral("actionCancelRun"))->isEnabled());
        QCOMPARE(w.centralTabs()->count(), 3); // pipeline, runs, drift
        QVERIFY(w.centralTabs()->widget(1)->isAncestorOf(w.views()->browser()));
        QVERIFY(w.centralTabs()->widget(2)->isAncestorOf(w.views()->driftPage()));
        // The window fits a 1366x768 screen: no page or dock forces it bigger.
        QVERIFY2(w.minimumSizeHint().width() <= 1366 && w.minimumSizeHint().height() <= 740,
                 qPrintable(QStringLiteral("%1x%2").arg(w.minimumSizeHint().width()).arg(w.minimumSizeHint().height())));
        for (const char *name : {"actionExportPackage", "actionImportPackage", "actionAboutPlugins", "actionReproduceRun",
                                 "actionCommit"})
            QVERIFY2(w.action(QString::fromLatin1(name)), name);
        QVERIFY(w.findChild<LanguageMenu *>());
        QVERIFY(w.findChild<QDockWidget *>(QStringLiteral("dockRun")));
        QVERIFY(w.findChild<QDockWidget *>(QStringLiteral("dockVersions")));
    }

    void editorDocksStepAsideForRunsAndDrift()
    {
        MainWindow w;
        w.show();
        auto *components = w.findChild<QDockWidget *>(QStringLiteral("dockComponents"));
        auto *properties = w.findChild<QDockWidget *>(QStringLiteral("dockProperties"));
        auto *overview = w.findChild<QDockWidget *>(QStringLiteral("dockOverview"));
        overview->close(); // a dock the user closed stays closed
        QVERIFY(components->isVisible() && properties->isVisible());
        w.views()->showRunsTab();
        QVERIFY(!components->isVisible() && !properties->isVisible());
        w.views()->showDriftTab();
        QVERIFY(!components->isVisible());
        w.centralTabs()->setCurrentIndex(0);
        QVERIFY(components->isVisible() && properties->isVisible());
        QVERIFY(!overview->isVisible());
        // Closing on the Runs tab saves the editor's layout, not the stepped-aside one.
        w.views()->showRunsTab();
        w.views()->restoreEditorDocks();
        QVERIFY(components->isVisible());
    }

    void runWithoutFileIsRefused()
    {
        QTemporaryDir ws;
        MainWindow w;
        QString error;
        w.setErrorReporter([&](const QString &, const QString &m) { error = m; });
        w.openWorkspace(ws.path());
        RunRequest request;
        request.runtime = exec::RuntimeMode::Process;
        QVERIFY(!w.views()->runs()->start(request));
        QVERIFY2(error.contains(QStringLiteral("Save the pipeline")), qPrintable(error));
    }

    void runFromTheWindowOnTheProcessRunner()
    {
        QTemporaryDir ws;
        const QString file = copyDiamond(ws.path());
        MainWindow w;
        QString error;
        w.setErrorReporter([&](const QString &, const QString &m) { error = m; });
        w.openWorkspace(ws.path());
        QVERIFY(w.openPipeline(file));
        RunCoordinator *runs = w.views()->runs();
        QSignalSpy started(runs, &RunCoordinator::runStarted);
        QSignalSpy finished(runs, &RunCoordinator::runFinished);
        RunRequest request;
        request.runtime = exec::RuntimeMode::Process;
        request.maxParallel = 2;
        request.parameters.insert(QStringLiteral("text"), QStringLiteral("a b a c"));
        QVERIFY(runs->start(request));
        QVERIFY(!w.action(QStringLiteral("actionRun"))->isEnabled()); // one run at a time
        QVERIFY2(finished.wait(30000) || !finished.isEmpty(), qPrintable(error));
        QCOMPARE(started.size(), 1);
        const auto result = finished.first().first().value<exec::RunResult>();
        QCOMPARE(result.outcome, exec::RunOutcome::Succeeded);
        QVERIFY(w.action(QStringLiteral("actionRun"))->isEnabled());

        // Canvas badges followed the run; the run panel lists its steps and kept their logs.
        PipelineScene *scene = w.scene();
        for (const char *task : {"split", "count-all", "count-unique"}) {
            NodeItem *node = scene->nodeItemByName(QString::fromLatin1(task));
            QVERIFY(node);
            QCOMPARE(node->runState(), TaskRunState::Succeeded);
        }
        QCOMPARE(w.views()->runPanel()->runId(), result.runId);
        // The output really came from running the steps with the parameter given.
        QFile words(result.runDir + QStringLiteral("/split/words/data"));
        QVERIFY(words.open(QIODevice::ReadOnly));
        QCOMPARE(words.readAll(), QByteArray("a\nb\na\nc\n"));

        // The Runs tab shows the run (it reloads when a run finishes).
        RunTableModel *model = w.views()->browser()->runsView()->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 1, 5000);
        QCOMPARE(model->data(model->index(0, RunTableModel::NameColumn)).toString(), result.runId);
    }

    void openingAWorkspaceCleansUpAfterACrash()
    {
        QTemporaryDir ws;
        qint64 runId = 0;
        {
            store::MetadataStore st;
            QVERIFY(st.open(store::MetadataStore::defaultPath(ws.path())).ok());
            store::RunInfo dead;
            dead.runName = QStringLiteral("crashed-run");
            runId = *st.beginRun(dead);
        }
        MainWindow w;
        QSignalSpy recovered(w.views()->runs(), &RunCoordinator::recoveryFinished);
        w.openWorkspace(ws.path());
        QVERIFY(recovered.wait(30000));
        const auto report = recovered.first().first().value<exec::RecoveryReport>();
        QCOMPARE(report.interruptedRuns, QStringList{QStringLiteral("crashed-run")});
        store::MetadataStore st;
        QVERIFY(st.open(store::MetadataStore::defaultPath(ws.path()), store::MetadataStore::Mode::ReadOnly).ok());
        QCOMPARE(st.runDetail(runId)->summary.state, store::RunState::Interrupted);
    }

    void driftTabComparesTwoFiles()
    {
        MainWindow w;
        DriftPage *page = w.views()->driftPage();
        QSignalSpy done(page->view(), &DriftView::finished);
        page->compareFiles(QStringLiteral(MLWB_SOURCE_DIR "/tests/data/drift/small_ref.csv"),
                           QStringLiteral(MLWB_SOURCE_DIR "/tests/data/drift/small_cur.csv"));
        QVERIFY(done.wait(30000));
        QVERIFY2(done.first().first().toBool(), qPrintable(page->view()->lastError()));
        QVERIFY(page->view()->featureTable()->rowCount() > 0);

        page->compareFiles(QStringLiteral("/nonexistent/ref.csv"), QStringLiteral("/nonexistent/cur.csv"));
        QVERIFY(done.wait(30000));
        QVERIFY(!done.last().first().toBool());
        QVERIFY(!page->errorText().isEmpty());

        // Dataset manifests stand for their data; a manifest whose data is missing says so.
        QTemporaryDir dir;
        QFile::copy(QStringLiteral(MLWB_SOURCE_DIR "/tests/data/drift/small_ref.csv"), dir.filePath("ref.csv"));
        QFile::copy(QStringLiteral(MLWB_SOURCE_DIR "/tests/data/drift/small_cur.csv"), dir.filePath("cur.csv"));
        QFile::copy(QStringLiteral(MLWB_SOURCE_DIR "/tests/data/drift/small_cur.csv"), dir.filePath("gone.csv"));
        for (const char *name : {"ref", "cur", "gone"}) {
            auto added = vcs::addDataset(dir.filePath(QStringLiteral("%1.csv").arg(QLatin1String(name))), {}, nullptr);
            QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().text()));
        }
        QVERIFY(QFile::remove(dir.filePath("gone.csv")));
        page->compareFiles(dir.filePath("ref.csv.dataset.yaml"), dir.filePath("cur.csv.dataset.yaml"));
        QVERIFY(done.wait(30000));
        QVERIFY2(done.last().first().toBool(), qPrintable(page->view()->lastError()));
        QVERIFY(page->view()->featureTable()->rowCount() > 0);
        const int finishedBefore = int(done.size());
        page->compareFiles(dir.filePath("ref.csv.dataset.yaml"), dir.filePath("gone.csv.dataset.yaml"));
        QVERIFY2(page->errorText().contains(QStringLiteral("gone")), qPrintable(page->errorText()));
        QCOMPARE(int(done.size()), finishedBefore); // refused before any work started
    }

    void lineageComparesTwoDatasetsInTheDriftTab()
    {
        QTemporaryDir ws;
        const QString ref = QStringLiteral(MLWB_SOURCE_DIR "/tests/data/drift/small_ref.csv");
        const QString cur = QStringLiteral(MLWB_SOURCE_DIR "/tests/data/drift/small_cur.csv");
        {
            store::MetadataStore st;
            QVERIFY(st.open(store::MetadataStore::defaultPath(ws.path())).ok());
            store::RunInfo info;
            info.runName = QStringLiteral("prep");
            const qint64 run = *st.beginRun(info);
            store::StepRecord step;
            step.taskName = QStringLiteral("split");
            step.inputs << store::ArtifactRef{QUrl::fromLocalFile(ref).toString(), QStringLiteral("system.Dataset"),
                                              QStringLiteral("reference")};
            step.outputs << store::ArtifactRef{cur, QStringLiteral("system.Dataset"), QStringLiteral("current")};
            QVERIFY(st.recordStep(run, step).ok());
        }
        MainWindow w;
        w.openWorkspace(ws.path());
        LineageView *lineage = w.views()->browser()->lineageView();
        QVERIFY(lineage->showArtifact(1, 2).ok());
        QCOMPARE(lineage->nodeCount() >= 3, true);
        auto *button = lineage->findChild<QPushButton *>(QStringLiteral("compareDrift"));
        QVERIFY(button && !button->isEnabled());
        for (const QString &id : {QStringLiteral("artifact:1"), QStringLiteral("artifact:2")})
            lineage->scene()->nodeItem(id)->setSelected(true);
        QVERIFY(button->isEnabled());
        QSignalSpy done(w.views()->driftPage()->view(), &DriftView::finished);
        button->click();
        QVERIFY(w.centralTabs()->currentWidget()->isAncestorOf(w.views()->driftPage()));
        QVERIFY(done.wait(30000));
        QVERIFY2(done.first().first().toBool(), qPrintable(w.views()->driftPage()->view()->lastError()));
        QVERIFY(w.views()->driftPage()->view()->featureTable()->rowCount() > 0);
    }

    void pastVersionOpensReadOnly()
    {
        QTemporaryDir ws;
        const QString file = copyDiamond(ws.path());
        auto repo = vcs::GitRepository::init(ws.path());
        QVERIFY2(repo.ok(), qPrintable(repo.ok() ? QString() : repo.error().text()));
        vcs::Signature me{QStringLiteral("Test"), QStringLiteral("test@example.com")};
        auto first = repo->commit({QStringLiteral("diamond.pipeline.yaml")}, QStringLiteral("first"), me);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().text()));

        MainWindow w;
        w.openWorkspace(ws.path());
        QVERIFY(w.openPipeline(file));
        HistoryPanel *history = w.views()->historyPanel();
        QTRY_COMPARE(history->commitIds().size(), 1);
        QSignalSpy open(history, &HistoryPanel::openVersionRequested);
        history->commitList()->setCurrentRow(0);
        history->openSelected();
        QCOMPARE(open.size(), 1);
        auto *tab = qobject_cast<VersionTab *>(w.centralTabs()->currentWidget());
        QVERIFY(tab);
        QCOMPARE(tab->revision(), *first);
        QCOMPARE(tab->scene()->nodeCount(), 4);
        QVERIFY(!tab->view()->isInteractive());
        // The editor's document is untouched; closing the tab removes only it.
        QVERIFY(!w.document()->isDirty());
        const int count = w.centralTabs()->count();
        emit w.centralTabs()->tabCloseRequested(w.centralTabs()->indexOf(tab));
        QCOMPARE(w.centralTabs()->count(), count - 1);
    }

    void branchesAndTagsFromTheVersionsMenu()
    {
        QTemporaryDir ws;
        const QString file = copyDiamond(ws.path());
        auto repo = vcs::GitRepository::init(ws.path());
        QVERIFY(repo.ok());
        vcs::Signature me{QStringLiteral("Test"), QStringLiteral("test@example.com")};
        QVERIFY(repo->commit({QStringLiteral("diamond.pipeline.yaml")}, QStringLiteral("first"), me).ok());
        const QString mainBranch = *repo->currentBranch();

        MainWindow w;
        w.openWorkspace(ws.path());
        QVERIFY(w.openPipeline(file));
        BranchMenu *menu = w.views()->branchMenu();
        QStringList answers{QStringLiteral("experiment"), QStringLiteral("v0.1")};
        menu->setNamePrompt([&](const QString &, const QString &) { return answers.takeFirst(); });
        auto created = menu->newBranch();
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().text()));
        QCOMPARE(*repo->currentBranch(), QStringLiteral("experiment"));
        menu->refresh();
        QAction *entry = menu->findChild<QAction *>(QStringLiteral("branch:experiment"));
        QVERIFY(entry && entry->isChecked());

        // A change committed on the branch; switching back shows the main branch's version.
        QVERIFY(w.document()->requestSetInfo(QStringLiteral("Diamond on a branch"), QString()).ok());
        QVERIFY(w.save());
        QVERIFY(repo->commit({QStringLiteral("diamond.pipeline.yaml")}, QStringLiteral("rename"), me).ok());
        QVERIFY(menu->switchTo(mainBranch).ok());
        QCOMPARE(w.document()->model().info().name, QStringLiteral("Diamond"));
        QVERIFY(!w.document()->isDirty());

        auto tag = menu->tagRelease();
        QVERIFY(tag.ok());
        auto tags = repo->tags();
        QVERIFY(tags.ok() && tags->size() == 1);
        QCOMPARE(tags->first().name, QStringLiteral("v0.1"));

        // Unsaved edits stop a switch unless the user saves them (the prompt says cancel here).
        QVERIFY(w.document()->requestSetInfo(QStringLiteral("unsaved"), QString()).ok());
        w.setUnsavedChangesPrompt([] { return QMessageBox::Cancel; });
        auto refused = menu->switchTo(QStringLiteral("experiment"));
        QVERIFY(!refused.ok());
        QCOMPARE(*repo->currentBranch(), mainBranch);
        QCOMPARE(w.document()->model().info().name, QStringLiteral("unsaved"));
    }
};

QTEST_MAIN(TstWorkbench)
#include "tst_workbench.moc"
