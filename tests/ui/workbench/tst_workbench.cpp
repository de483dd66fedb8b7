// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench around the editor, as a user drives it from the main window: Run (process
// runner) with live badges and the run panel, the run showing up in the Runs tab, crash
// clean-up when a workspace opens, the Drift tab, and past versions opened read-only.
#include "core/exec/runsession.h"
#include "core/exec/runworkspace.h"
#include "core/model/pipelinedocument.h"
#include "core/store/metadatastore.h"
#include "core/vcs/datasetscan.h"
#include "core/vcs/gitrepository.h"
#include "ui/about/handbookdialog.h"
#include "ui/canvas/nodeitem.h"
#include "ui/canvas/pipelinescene.h"
#include "ui/canvas/pipelineview.h"
#include "ui/drift/driftpage.h"
#include "ui/editor/editorcontroller.h"
#include "ui/drift/driftview.h"
#include "ui/i18n/languagemenu.h"
#include "ui/lineage/graphscene.h"
#include "ui/lineage/lineageview.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/workbenchviews.h"
#include "ui/run/runpanel.h"
#include "ui/runs/metadatabrowser.h"
#include "ui/runs/rundetailview.h"
#include "ui/runs/runsview.h"
#include "ui/runs/runtablemodel.h"
#include "ui/vcs/branchmenu.h"
#include "ui/vcs/historypanel.h"
#include "ui/vcs/versiontab.h"

#include <QDockWidget>
#include <QGraphicsView>
#include <QPainter>
#include <QScopeGuard>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace wb;
using namespace wb::ui;

namespace {

QString copyDiamond(const QString &ws)
{
    const QString target = ws + QStringLiteral("/diamond.pipeline.yaml");
    QFile::copy(QStringLiteral(MLWB_SOURCE_DIR "/tests/data/pipelines/diamond.pipeline.yaml"), target);
    QFile(target).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return target;
}

QStringList menuTitles(QMainWindow &w)
{
    QStringList out;
    for (QAction *a : w.menuBar()->actions())
        out << a->text().remove(QLatin1Char('&'));
    return out;
}

} // namespace

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
