// SPDX-License-Identifier: GPL-3.0-or-later
// Runs from the main window as a first-time user meets them: failure reasons, a slow engine
// that never freezes the window, reproduce (with its questions and Cancel), the Runs tab's
// room for a run, and small frictions.
#include "workbenchtestsupport.h"

class TstWorkbenchRuns : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("mlwb-test-workbench"));
    }

    void reproduceARunFromItsCommit()
    {
        QTemporaryDir ws;
        const QString file = copyDiamond(ws.path());
        auto repo = vcs::GitRepository::init(ws.path());
        QVERIFY(repo.ok());
        QVERIFY(repo->commit({QStringLiteral("diamond.pipeline.yaml")}, QStringLiteral("first"),
                             vcs::Signature{QStringLiteral("Test"), QStringLiteral("test@example.com")}).ok());
        MainWindow w;
        QString error;
        w.setErrorReporter([&](const QString &, const QString &m) { error = m; });
        w.openWorkspace(ws.path());
        QVERIFY(w.openPipeline(file));
        QSignalSpy finished(w.views()->runs(), &RunCoordinator::runFinished);
        RunRequest request;
        request.runtime = exec::RuntimeMode::Process;
        QVERIFY(w.views()->runs()->start(request));
        QVERIFY2(finished.wait(30000), qPrintable(error));
        const QString runId = w.views()->runs()->lastRunId();

        // Nothing selected in the Runs tab: a clear message, nothing started.
        w.views()->reproduceSelectedRun();
        QVERIFY2(error.contains(QStringLiteral("Select one run")), qPrintable(error));

        QSignalSpy reproduced(w.views(), &WorkbenchViews::reproduced);
        w.views()->reproduce(runId, exec::RuntimeMode::Process);
        QVERIFY(reproduced.wait(60000));
        QVERIFY2(reproduced.first().at(0).toBool(), qPrintable(reproduced.first().at(2).toString()));
        QVERIFY2(reproduced.first().at(1).toBool(), qPrintable(reproduced.first().at(2).toString()));
        QVERIFY(reproduced.first().at(2).toString().contains(QStringLiteral("split.words: ")));
        // The reproduction ran through the run session like any run: the run panel and the
        // canvas badges followed it.
        const QString newRun = w.views()->runs()->lastRunId();
        QVERIFY(!newRun.isEmpty() && newRun != runId);
        QCOMPARE(w.views()->runPanel()->runId(), newRun);
        QCOMPARE(w.scene()->nodeItemByName(QStringLiteral("split"))->runState(), TaskRunState::Succeeded);

        // An unknown run is refused with a message naming the problem.
        error.clear();
        w.views()->reproduce(QStringLiteral("no-such-run"), exec::RuntimeMode::Process);
        QVERIFY(reproduced.wait(30000));
        QVERIFY(!reproduced.last().at(0).toBool());
        QVERIFY(!error.isEmpty());
    }

    // A step that fails says why in every place a user looks: the run panel's table, the
    // badge's tooltip, the log's last line; its downstream step is "Not run" (one word) with
    // its reason; zoomed far out, the failure still shows as the node's colour.
    void failureReasonsShowEverywhere()
    {
        QTemporaryDir ws;
        const QString file = ws.filePath(QStringLiteral("fails.pipeline.yaml"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name: Fails\nimplementation:\n  graph:\n    tasks:\n"
                "      first:\n        componentRef:\n          spec:\n            name: First\n"
                "            outputs:\n            - {name: o}\n            implementation:\n              container:\n"
                "                image: busybox\n                command: [sh, -c, 'echo going; exit 4', {outputPath: o}]\n"
                "      second:\n        componentRef:\n          spec:\n            name: Second\n"
                "            inputs:\n            - {name: i}\n            implementation:\n              container:\n"
                "                image: busybox\n                command: [cat, {inputPath: i}]\n"
                "        arguments:\n          i: {taskOutput: {taskId: first, outputName: o}}\n");
        f.close();
        MainWindow w;
        w.setErrorReporter([](const QString &, const QString &) {});
        w.openWorkspace(ws.path());
        QVERIFY(w.openPipeline(file));
        QSignalSpy finished(w.views()->runs(), &RunCoordinator::runFinished);
        RunRequest request;
        request.runtime = exec::RuntimeMode::Process;
        QVERIFY(w.views()->runs()->start(request));
        QVERIFY(finished.wait(30000));
        const auto result = finished.first().first().value<exec::RunResult>();
        QCOMPARE(result.outcome, exec::RunOutcome::Failed);

        RunPanel *panel = w.views()->runPanel();
        QCOMPARE(panel->stepStateText(QStringLiteral("first")), exec::stepStateLabel(exec::StepState::Failed));
        QCOMPARE(panel->stepReasonText(QStringLiteral("first")), QStringLiteral("Exited with code 4"));
        QCOMPARE(panel->stepStateText(QStringLiteral("second")), QStringLiteral("Not run"));
        QVERIFY2(panel->stepReasonText(QStringLiteral("second")).contains(QStringLiteral("first")),
                 qPrintable(panel->stepReasonText(QStringLiteral("second"))));

        NodeItem *first = w.scene()->nodeItemByName(QStringLiteral("first"));
        NodeItem *second = w.scene()->nodeItemByName(QStringLiteral("second"));
        QCOMPARE(first->runState(), TaskRunState::Failed);
        QVERIFY2(first->toolTip().contains(QStringLiteral("Exited with code 4")), qPrintable(first->toolTip()));
        QCOMPARE(second->runState(), TaskRunState::NotRun);
        QVERIFY(second->runBadgeText().startsWith(QStringLiteral("Not run")));
        QVERIFY(second->toolTip().contains(QStringLiteral("did not succeed")));

        // The attempt's log ends with the reason.
        QFile log(exec::runfiles::logPath(result.runDir, QStringLiteral("first"), 1));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = log.readAll().trimmed().split('\n');
        QVERIFY2(lines.last().contains("Exited with code 4"), lines.last().constData());

        // The Runs table and the run detail: the run's reason, and the step that never ran is
        // in the graph as "Not run" with why.
        RunTableModel *model = w.views()->browser()->runsView()->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 1, 5000);
        const QModelIndex state = model->index(0, RunTableModel::StateColumn);
        QVERIFY2(model->data(state, Qt::ToolTipRole).toString().contains(QStringLiteral("Exited with code 4")),
                 qPrintable(model->data(state, Qt::ToolTipRole).toString()));
        QVERIFY(model->data(state).toString().contains(QStringLiteral("Exited with code 4")));
        QVERIFY(w.views()->browser()->showRun(model->runId(0)).ok());
        bool notRunShown = false;
        for (QGraphicsItem *item : w.views()->browser()->runDetailView()->findChild<QGraphicsView *>()->scene()->items())
            if (!item->toolTip().isEmpty())
                notRunShown |= item->toolTip().contains(QStringLiteral("Not run"))
                    && item->toolTip().contains(QStringLiteral("did not succeed"));
        QVERIFY(notRunShown);

        // Zoomed out to 30 %: no badge text fits, the node is drawn in the failure colour.
        const QRectF source = first->sceneBoundingRect();
        QImage img((source.size() * 0.3).toSize(), QImage::Format_ARGB32);
        img.fill(Qt::white);
        {
            QPainter painter(&img);
            w.scene()->render(&painter, QRectF(QPointF(0, 0), img.size()), source);
        }
        const QColor red = NodeItem::runStateColour(TaskRunState::Failed);
        int reddish = 0;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x) {
                const QColor c = img.pixelColor(x, y);
                reddish += std::abs(c.red() - red.red()) < 40 && std::abs(c.green() - red.green()) < 40
                    && std::abs(c.blue() - red.blue()) < 40;
            }
        QVERIFY2(reddish > 20, qPrintable(QString::number(reddish)));
    }

    // The engine answers slowly (the stand-in sleeps on version, image inspect and run): while
    // it sleeps on each of them, the window still processes a menu action through its event
    // loop, and the run ends normally.
    void menuActionsWorkWhileTheEngineSleeps()
    {
        QTemporaryDir ws;
        const QString file = ws.filePath(QStringLiteral("one.pipeline.yaml"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name: One\nimplementation:\n  graph:\n    tasks:\n      step:\n        componentRef:\n"
                "          spec:\n            name: Step\n            implementation:\n              container:\n"
                "                image: mlwb/slow:latest\n                command: [sh, -c, 'echo hi']\n");
        f.close();
        const QString mark = ws.filePath(QStringLiteral("sleeping"));
        qputenv("MLWB_SLOW_DOCKER_FAKE", "1");
        qputenv("MLWB_SLOW_DOCKER_SECONDS", "2");
        qputenv("MLWB_SLOW_DOCKER_MARK", mark.toLocal8Bit());
        auto unset = qScopeGuard([] {
            qunsetenv("MLWB_SLOW_DOCKER_FAKE");
            qunsetenv("MLWB_SLOW_DOCKER_SECONDS");
            qunsetenv("MLWB_SLOW_DOCKER_MARK");
        });
        MainWindow w;
        QString error;
        w.setErrorReporter([&](const QString &, const QString &m) { error = m; });
        w.openWorkspace(ws.path());
        QVERIFY(w.openPipeline(file));
        RunCoordinator *runs = w.views()->runs();
        runs->setDockerBinary(QStringLiteral(MLWB_SOURCE_DIR "/tests/data/engine/slow-docker.sh"));
        QSignalSpy finished(runs, &RunCoordinator::runFinished);
        QAction *zoomIn = w.action(QStringLiteral("actionZoomIn"));
        QVERIFY(zoomIn);
        QSignalSpy zoomed(zoomIn, &QAction::triggered);
        RunRequest request;
        request.runtime = exec::RuntimeMode::Docker;
        QVERIFY(runs->start(request));
        auto sleepingOn = [&] {
            QFile m(mark);
            return m.open(QIODevice::ReadOnly) ? QString::fromUtf8(m.readAll()).trimmed() : QString();
        };
        for (const QString phase : {QStringLiteral("version"), QStringLiteral("image-inspect"), QStringLiteral("run")}) {
            QTRY_COMPARE_WITH_TIMEOUT(sleepingOn(), phase, 10000);
            const qsizetype before = zoomed.size();
            // Through the event loop, as a click or a shortcut would arrive.
            QTimer::singleShot(0, zoomIn, &QAction::trigger);
            QTRY_VERIFY_WITH_TIMEOUT(zoomed.size() == before + 1, 1000);
            QVERIFY2(sleepingOn() == phase, qPrintable(QStringLiteral("the engine stopped sleeping on %1 before the "
                                                                      "menu action was processed").arg(phase)));
        }
        QVERIFY2(finished.wait(20000) || !finished.isEmpty(), qPrintable(error));
        QCOMPARE(finished.first().first().value<exec::RunResult>().outcome, exec::RunOutcome::Succeeded);
    }

    // A run made from an uncommitted change to its own pipeline: reproducing it asks (no CLI
    // flag in the message), and re-runs the committed version when the user agrees. An
    // unrelated uncommitted file does not count.
    void reproduceAsksAboutUncommittedFiles()
    {
        QTemporaryDir ws;
        const QString file = copyDiamond(ws.path());
        auto repo = vcs::GitRepository::init(ws.path());
        QVERIFY(repo.ok());
        QVERIFY(repo->commit({QStringLiteral("diamond.pipeline.yaml")}, QStringLiteral("first"),
                             vcs::Signature{QStringLiteral("Test"), QStringLiteral("test@example.com")}).ok());
        QFile unrelated(ws.filePath(QStringLiteral("other.pipeline.yaml")));
        QVERIFY(unrelated.open(QIODevice::WriteOnly));
        unrelated.write("name: Other\n");
        unrelated.close();
        MainWindow w;
        w.setErrorReporter([](const QString &, const QString &) {});
        w.openWorkspace(ws.path());
        QVERIFY(w.openPipeline(file));
        QSignalSpy finished(w.views()->runs(), &RunCoordinator::runFinished);
        RunRequest request;
        request.runtime = exec::RuntimeMode::Process;
        request.parameters.insert(QStringLiteral("text"), QStringLiteral("a b"));
        QVERIFY(w.views()->runs()->start(request));
        QVERIFY(finished.wait(30000));
        const QString clean = w.views()->runs()->lastRunId();

        QStringList questions;
        bool answer = false;
        w.views()->setConfirmPrompt([&](const QString &, const QString &text) {
            questions << text;
            return answer;
        });
        QSignalSpy reproduced(w.views(), &WorkbenchViews::reproduced);
        w.views()->reproduce(clean, exec::RuntimeMode::Process);
        QVERIFY(reproduced.wait(60000));
        QVERIFY2(reproduced.last().at(0).toBool(), qPrintable(reproduced.last().at(2).toString()));
        QVERIFY(questions.isEmpty()); // the unrelated file did not make it dirty

        // Now the pipeline itself has an unsaved edit when it runs.
        const auto info = w.document()->model().snapshot().info;
        QVERIFY(w.document()->requestSetInfo(info.name, info.description + QStringLiteral(" (edited)")).ok());
        QVERIFY(w.document()->isDirty());
        QVERIFY(w.views()->runs()->start(request));
        QVERIFY(finished.wait(30000));
        const QString dirty = w.views()->runs()->lastRunId();
        w.views()->reproduce(dirty, exec::RuntimeMode::Process);
        QVERIFY(reproduced.wait(60000));
        QCOMPARE(questions.size(), 1);
        QVERIFY2(questions.first().contains(QStringLiteral("uncommitted")), qPrintable(questions.first()));
        QVERIFY(!questions.first().contains(QStringLiteral("--allow-dirty")));
        QVERIFY(!reproduced.last().at(0).toBool()); // declined: refused with the reason
        answer = true;
        w.views()->reproduce(dirty, exec::RuntimeMode::Process);
        QTRY_VERIFY_WITH_TIMEOUT(reproduced.size() == 3, 60000); // the refusal asked, the retry reported
        QCOMPARE(questions.size(), 2);
        QVERIFY2(reproduced.last().at(0).toBool(), qPrintable(reproduced.last().at(2).toString()));
        QVERIFY(reproduced.last().at(2).toString().contains(QStringLiteral("Warning")));
    }

    // Small things a first-time user tripped over: Save As proposes the pipeline's name,
    // selecting a task brings Properties forward, auto-layout refits the view, a cached step
    // says where its outputs came from, a cancelled run's bar does not claim 100 %.
    void firstUseFriction()
    {
        QCOMPARE(MainWindow::suggestedPipelineFileName(QStringLiteral("Churn Model v2")),
                 QStringLiteral("churn-model-v2.pipeline.yaml"));
        QCOMPARE(MainWindow::suggestedPipelineFileName(QStringLiteral("  ")), QStringLiteral("untitled.pipeline.yaml"));

        QTemporaryDir ws;
        const QString file = copyDiamond(ws.path());
        MainWindow w;
        w.setErrorReporter([](const QString &, const QString &) {});
        w.resize(1200, 800);
        w.show();
        w.openWorkspace(ws.path());
        QVERIFY(w.openPipeline(file));
        auto *properties = w.findChild<QDockWidget *>(QStringLiteral("dockProperties"));
        auto *components = w.findChild<QDockWidget *>(QStringLiteral("dockComponents"));
        w.tabifyDockWidget(properties, components);
        components->raise();
        QTRY_VERIFY(properties->visibleRegion().isEmpty());
        NodeItem *split = w.scene()->nodeItemByName(QStringLiteral("split"));
        split->setSelected(true);
        QTRY_VERIFY(!properties->visibleRegion().isEmpty());

        // F1 opens the handbook (the README), not the About box.
        QCOMPARE(w.action(QStringLiteral("actionHandbook"))->shortcut(), QKeySequence(Qt::Key_F1));
        w.action(QStringLiteral("actionHandbook"))->trigger();
        auto *handbook = w.findChild<HandbookDialog *>();
        QVERIFY(handbook);
        QVERIFY(handbook->browser()->toPlainText().contains(QStringLiteral("Two commands")));
        handbook->close();

        // Auto-layout ends with the whole pipeline in view.
        auto *view = w.findChild<PipelineView *>();
        view->resetZoom();
        view->centerOn(QPointF(5000, 5000));
        QSignalSpy laidOut(w.findChild<EditorController *>(), &EditorController::layoutFinished);
        w.action(QStringLiteral("actionAutoLayout"))->trigger();
        QVERIFY(laidOut.wait(20000));
        QTRY_VERIFY(view->mapToScene(view->viewport()->rect()).boundingRect().contains(
            w.scene()->itemsBoundingRect().adjusted(4, 4, -4, -4)));

        // A second run: the steps come from the cache, and the log says from where.
        RunRequest request;
        request.runtime = exec::RuntimeMode::Process;
        request.parameters.insert(QStringLiteral("text"), QStringLiteral("x y"));
        QSignalSpy finished(w.views()->runs(), &RunCoordinator::runFinished);
        QVERIFY(w.views()->runs()->start(request));
        QVERIFY(finished.wait(30000));
        const QString first = w.views()->runs()->lastRunId();
        QSignalSpy logs(w.views()->runs()->session(), &exec::RunSession::logLine);
        QVERIFY(w.views()->runs()->start(request));
        QVERIFY(finished.wait(30000));
        bool said = false;
        for (const QList<QVariant> &l : std::as_const(logs))
            said |= l.at(4).toString().contains(QStringLiteral("Cached")) && l.at(4).toString().contains(first);
        QVERIFY(said);

        // Cancelled while its first step sleeps: the bar shows how far the run got.
        const QString slow = ws.filePath(QStringLiteral("slow.pipeline.yaml"));
        QFile f(slow);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name: Slow\nimplementation:\n  graph:\n    tasks:\n"
                "      nap:\n        componentRef:\n          spec:\n            name: Nap\n"
                "            implementation:\n              container:\n                image: busybox\n"
                "                command: [sleep, '30']\n"
                "      after:\n        componentRef:\n          spec:\n            name: After\n"
                "            implementation:\n              container:\n                image: busybox\n"
                "                command: [echo, done]\n"
                "        annotations: {mlwb.io/after: '[\"nap\"]'}\n");
        f.close();
        QVERIFY(w.openPipeline(slow));
        QSignalSpy states(w.views()->runs()->session(), &exec::RunSession::stepStateChanged);
        RunRequest plain;
        plain.runtime = exec::RuntimeMode::Process;
        QVERIFY(w.views()->runs()->start(plain));
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(states.cbegin(), states.cend(), [](const QList<QVariant> &a) {
                                     return a.at(2).value<exec::StepState>() == exec::StepState::Running;
                                 }), 10000);
        w.views()->runs()->cancel();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.last().first().value<exec::RunResult>().outcome, exec::RunOutcome::Cancelled);
        auto *bar = w.views()->runPanel()->findChild<QProgressBar *>();
        QVERIFY2(bar->value() < bar->maximum(), qPrintable(QStringLiteral("%1/%2").arg(bar->value()).arg(bar->maximum())));
    }

    // The Runs tab gets the room: every dock steps aside (the run's too, also when a run
    // starts meanwhile), and double-clicking a run gives its detail most of the page.
    void runsTabShowsTheRunDetail()
    {
        QTemporaryDir ws;
        const QString file = copyDiamond(ws.path());
        MainWindow w;
        w.setErrorReporter([](const QString &, const QString &) {});
        w.resize(1366, 768);
        w.show();
        w.openWorkspace(ws.path());
        QVERIFY(w.openPipeline(file));
        auto *runDock = w.findChild<QDockWidget *>(QStringLiteral("dockRun"));
        auto *problems = w.findChild<QDockWidget *>(QStringLiteral("dockProblems"));
        QSignalSpy finished(w.views()->runs(), &RunCoordinator::runFinished);
        RunRequest request;
        request.runtime = exec::RuntimeMode::Process;
        request.parameters.insert(QStringLiteral("text"), QStringLiteral("a b"));
        QVERIFY(w.views()->runs()->start(request));
        QVERIFY(finished.wait(30000));
        QVERIFY(runDock->isVisible());

        w.views()->showRunsTab();
        QVERIFY(!runDock->isVisible());
        QVERIFY(!problems->isVisible());
        QVERIFY(w.views()->runs()->start(request));
        QVERIFY(finished.wait(30000));
        QVERIFY2(!runDock->isVisible(), "the Run dock popped back over the Runs tab");

        RunsView *runs = w.views()->browser()->runsView();
        QTRY_VERIFY_WITH_TIMEOUT(runs->model()->rowCount() == 2, 5000);
        QSplitter *split = w.views()->browser()->runsSplitter();
        const QRect cell = runs->table()->visualRect(runs->model()->index(0, RunTableModel::NameColumn));
        // As a mouse does it: press, release, then the double-click.
        QTest::mouseClick(runs->table()->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(runs->table()->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_VERIFY2(split->sizes().at(0) == 0 && split->sizes().at(1) > 300,
                     qPrintable(QStringLiteral("%1 / %2").arg(split->sizes().at(0)).arg(split->sizes().at(1))));
        QVERIFY(w.views()->browser()->runDetailView()->isVisible());
        w.views()->browser()->showAllRuns();
        QVERIFY(split->sizes().at(0) > split->sizes().at(1));

        w.centralTabs()->setCurrentIndex(0);
        QVERIFY(runDock->isVisible());
        QVERIFY(problems->isVisible() || problems->toggleViewAction()->isChecked());
    }

    // A reproduction is cancelled like a run, here while the engine is still being probed.
    void reproduceCanBeCancelled()
    {
        QTemporaryDir ws;
        const QString file = copyDiamond(ws.path());
        auto repo = vcs::GitRepository::init(ws.path());
        QVERIFY(repo.ok());
        QVERIFY(repo->commit({QStringLiteral("diamond.pipeline.yaml")}, QStringLiteral("first"),
                             vcs::Signature{QStringLiteral("Test"), QStringLiteral("test@example.com")}).ok());
        MainWindow w;
        w.setErrorReporter([](const QString &, const QString &) {});
        w.openWorkspace(ws.path());
        QVERIFY(w.openPipeline(file));
        QSignalSpy finished(w.views()->runs(), &RunCoordinator::runFinished);
        RunRequest request;
        request.runtime = exec::RuntimeMode::Process;
        request.parameters.insert(QStringLiteral("text"), QStringLiteral("a b"));
        QVERIFY(w.views()->runs()->start(request));
        QVERIFY(finished.wait(30000));
        const QString runId = w.views()->runs()->lastRunId();

        const QString mark = ws.filePath(QStringLiteral("sleeping"));
        qputenv("MLWB_SLOW_DOCKER_FAKE", "1");
        qputenv("MLWB_SLOW_DOCKER_SECONDS", "2");
        qputenv("MLWB_SLOW_DOCKER_MARK", mark.toLocal8Bit());
        auto unset = qScopeGuard([] {
            qunsetenv("MLWB_SLOW_DOCKER_FAKE");
            qunsetenv("MLWB_SLOW_DOCKER_SECONDS");
            qunsetenv("MLWB_SLOW_DOCKER_MARK");
        });
        w.views()->runs()->setDockerBinary(QStringLiteral(MLWB_SOURCE_DIR "/tests/data/engine/slow-docker.sh"));
        QSignalSpy reproduced(w.views(), &WorkbenchViews::reproduced);
        w.views()->reproduce(runId, exec::RuntimeMode::Docker);
        QVERIFY(w.action(QStringLiteral("actionCancelRun"))->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(mark), 10000);
        w.action(QStringLiteral("actionCancelRun"))->trigger();
        QVERIFY(reproduced.wait(20000));
        QVERIFY(!reproduced.first().at(0).toBool());
        QVERIFY2(reproduced.first().at(2).toString().contains(QStringLiteral("Cancelled")),
                 qPrintable(reproduced.first().at(2).toString()));
        QVERIFY(!w.views()->runs()->isRunning());
        QVERIFY(w.action(QStringLiteral("actionRun"))->isEnabled());
    }

};

QTEST_MAIN(TstWorkbenchRuns)
#include "tst_workbench_runs.moc"
