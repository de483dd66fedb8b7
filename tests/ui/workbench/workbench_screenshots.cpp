// SPDX-License-Identifier: GPL-3.0-or-later
// Screenshots of the main window's workbench views for the README, taken the way a user sees
// them: `xvfb-run -a -s "-screen 0 1600x1000x24" workbench_screenshots WORKSPACE PIPELINE OUTDIR`.
// Runs the pipeline on the process runner, then grabs the canvas with its run badges and the
// run panel, the Runs tab on that run, and the Drift tab on the example's CSV pair.
// Not a test; run by hand.
#include "core/exec/runtypes.h"
#include "ui/drift/driftpage.h"
#include "ui/drift/driftview.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/workbenchviews.h"
#include "ui/runs/metadatabrowser.h"
#include "ui/settings/settingsdialog.h"

#include <QApplication>
#include <QDockWidget>
#include <QEventLoop>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>

using namespace wb::ui;

static void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("mlwb-screenshots"));
    if (argc < 4) {
        std::fprintf(stderr, "usage: workbench_screenshots WORKSPACE PIPELINE OUTDIR [REF.csv CUR.csv]\n");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[3]);
    MainWindow::setShippedComponentDirs({QStringLiteral(MLWB_SOURCE_DIR "/resources/components")});
    MainWindow w;
    w.resize(1560, 960);
    w.openWorkspace(QString::fromLocal8Bit(argv[1]));
    if (!w.openPipeline(QString::fromLocal8Bit(argv[2])))
        return 1;
    w.show();
    settle(500);

    RunRequest request;
    request.runtime = wb::exec::RuntimeMode::Process;
    QEventLoop loop;
    QObject::connect(w.views()->runs(), &RunCoordinator::runFinished, &loop, &QEventLoop::quit);
    QObject::connect(w.views()->runs(), &RunCoordinator::errorOccurred, &loop, [&](const QString &m) {
        std::fprintf(stderr, "%s\n", qPrintable(m));
        loop.quit();
    });
    if (w.views()->runs()->start(request))
        loop.exec();
    settle(400);
    w.grab().save(out + QStringLiteral("/workbench-run.png"));

    w.views()->showRunsTab();
    settle(300);
    if (auto *browser = w.views()->browser(); browser && !w.views()->runs()->lastRunId().isEmpty())
        (void)browser->showRun(1);
    settle(600);
    w.grab().save(out + QStringLiteral("/workbench-runs.png"));
    // What a double-click on a run shows: its detail with the whole page.
    if (auto *browser = w.views()->browser()) {
        browser->focusDetail();
        settle(600);
        w.grab().save(out + QStringLiteral("/workbench-run-detail.png"));
        browser->showAllRuns();
    }

    // The Settings dialog, and the Workspace dock beside the pipeline.
    {
        SettingsDialog settings(w.workspace(), &w);
        settings.resize(720, 520);
        settings.show();
        settle(500);
        settings.grab().save(out + QStringLiteral("/settings.png"));
    }
    w.centralTabs()->setCurrentIndex(0);
    if (auto *dock = w.findChild<QDockWidget *>(QStringLiteral("dockWorkspace"))) {
        dock->show();
        dock->raise();
    }
    settle(1500); // the scan and git state arrive from a worker thread
    w.grab().save(out + QStringLiteral("/workspace-browser.png"));

    if (argc >= 6) {
        QEventLoop driftLoop;
        QObject::connect(w.views()->driftPage()->view(), &DriftView::finished, &driftLoop, &QEventLoop::quit);
        w.views()->showDriftTab();
        w.views()->driftPage()->compareFiles(QString::fromLocal8Bit(argv[4]), QString::fromLocal8Bit(argv[5]));
        driftLoop.exec();
        settle(600);
        w.grab().save(out + QStringLiteral("/workbench-drift.png"));
    }
    return 0;
}
