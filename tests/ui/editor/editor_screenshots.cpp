// SPDX-License-Identifier: GPL-3.0-or-later
// editor_screenshots <dir>: opens the churn example in the main window and saves
// editor-properties.png (a task selected at 100 %, its properties panel) and editor-dark.png
// (the dark theme) into <dir>. Not a test: run by hand (offscreen or under xvfb) to look at
// the panels; `mlwb --screenshot` gives the plain window.
#include "editortestsupport.h"

#include "ui/mainwindow/mainwindow.h"
#include "ui/panels/propertiespanel.h"

#include <QDockWidget>
#include <QElapsedTimer>
#include <QSettings>

#include <cstdio>

using namespace wb;

static void idle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: editor_screenshots <output dir>\n");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("mlwb-screenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("editor_screenshots"));
    QSettings().clear();
    ui::MainWindow::setShippedComponentDirs({wbtest::sourceDir() + QStringLiteral("/resources/components")});

    ui::MainWindow w;
    w.setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
    w.resize(1600, 1000);
    w.openWorkspace(wbtest::examplesDir());
    if (!w.openPipeline(wbtest::examplesDir() + QStringLiteral("/churn.pipeline.yaml")))
        return 1;
    w.show();
    idle(600);
    const model::NodeId split = w.document()->model().taskByName(QStringLiteral("split"));
    w.scene()->selectTasks({split});
    w.view()->resetZoom();
    w.view()->centerOn(w.scene()->nodeItem(split));
    if (auto *d = w.findChild<QDockWidget *>(QStringLiteral("dockProperties")))
        d->raise();
    idle(400);
    bool ok = w.grab().save(out + QStringLiteral("/editor-properties.png"));
    w.setTheme(ui::Theme::Dark);
    w.view()->fitToContents();
    idle(600);
    ok = w.grab().save(out + QStringLiteral("/editor-dark.png")) && ok;
    w.setTheme(ui::Theme::System);
    std::printf("%s\n", ok ? "saved" : "could not save");
    return ok ? 0 : 1;
}
