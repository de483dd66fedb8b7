// SPDX-License-Identifier: GPL-3.0-or-later
// Main window: unsaved-changes prompt (Save / Discard / Cancel through the hook), problems
// list click selects the task, command palette, title mark, settings, a non-blank screenshot.
#include "editortestsupport.h"

#include "ui/mainwindow/commandpalette.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/panels/commandpreviewpanel.h"
#include "ui/panels/componentpalette.h"
#include "ui/panels/problemspanel.h"
#include "ui/panels/propertiespanel.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace wb;
using namespace wbtest;

class TestEditorMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void unsavedChangesPrompt();
    void problemsClickSelectsTask();
    void commandPaletteTriggersActions();
    void everyActionHasAShortcut();
    void paletteListsAndFiltersComponents();
    void commandPreviewShowsResolvedCommand();
    void screenshotIsNotBlank();

private:
    QTemporaryDir m_tmp;
};

void TestEditorMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("mlwb-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_editor_mainwindow"));
    QSettings().clear();
    ui::MainWindow::setShippedComponentDirs({sourceDir() + QStringLiteral("/resources/components")});
}

void TestEditorMainWindow::unsavedChangesPrompt()
{
    const QString path = m_tmp.filePath(QStringLiteral("hello.pipeline.yaml"));
    QVERIFY(QFile::copy(examplesDir() + QStringLiteral("/hello.pipeline.yaml"), path));
    // hello.pipeline.yaml uses inline specs only, so it can live anywhere.
    auto w = std::make_unique<ui::MainWindow>();
    w->show();
    QVERIFY(w->openPipeline(path));
    QVERIFY(!w->isWindowModified());
    QVERIFY(w->windowTitle().contains(QStringLiteral("hello.pipeline.yaml")));
    model::PipelineDocument *doc = w->document();
    QVERIFY(doc->requestRenameTask(doc->model().taskByName(QStringLiteral("join")), QStringLiteral("joined")).ok());
    QVERIFY(w->isWindowModified());
    QVERIFY(w->windowTitle().contains(QStringLiteral("[*]")));

    int asked = 0;
    w->setUnsavedChangesPrompt([&] { ++asked; return QMessageBox::Cancel; });
    QVERIFY(!w->close());
    QCOMPARE(asked, 1);
    QVERIFY(w->isVisible());
    QVERIFY(doc->isDirty());

    w->setUnsavedChangesPrompt([&] { ++asked; return QMessageBox::Save; });
    QVERIFY(w->close());
    QCOMPARE(asked, 2);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("joined:"));

    // Discard: closes, the file keeps the saved content.
    auto w2 = std::make_unique<ui::MainWindow>();
    QVERIFY(w2->openPipeline(path));
    QVERIFY(w2->document()->requestSetInfo(QStringLiteral("Changed"), QString()).ok());
    w2->setUnsavedChangesPrompt([&] { ++asked; return QMessageBox::Discard; });
    QVERIFY(w2->close());
    QCOMPARE(asked, 3);
    f.seek(0);
    QVERIFY(!f.readAll().contains("Changed"));

    // Opening another pipeline asks too; Cancel keeps the current one.
    auto w3 = std::make_unique<ui::MainWindow>();
    QVERIFY(w3->openPipeline(path));
    QVERIFY(w3->document()->requestSetInfo(QStringLiteral("Again"), QString()).ok());
    w3->setUnsavedChangesPrompt([&] { ++asked; return QMessageBox::Cancel; });
    w3->action(QStringLiteral("actionNew"))->trigger();
    QCOMPARE(asked, 4);
    QCOMPARE(w3->document()->model().info().name, QStringLiteral("Again"));
    w3->setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
}

void TestEditorMainWindow::problemsClickSelectsTask()
{
    ui::MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openPipeline(examplesDir() + QStringLiteral("/hello.pipeline.yaml")));
    model::PipelineDocument *doc = w.document();
    ui::ProblemsPanel *problems = w.problemsPanel();
    // No problems: a sentence instead of an empty table.
    auto *empty = problems->findChild<QLabel *>(QStringLiteral("problemsEmpty"));
    QVERIFY(empty);
    QTRY_VERIFY(empty->isVisibleTo(problems));
    QVERIFY(!problems->tree()->isVisibleTo(problems));
    // Unbinding a required input is a live validation problem of that task.
    QVERIFY(doc->requestDisconnect(doc->model().taskByName(QStringLiteral("shout")), QStringLiteral("text")).ok());
    QTRY_VERIFY(problems->tree()->topLevelItemCount() > 0);
    QVERIFY(problems->tree()->isVisibleTo(problems));
    QVERIFY(!empty->isVisibleTo(problems));
    QTreeWidgetItem *item = nullptr;
    for (int i = 0; i < problems->tree()->topLevelItemCount(); ++i)
        if (problems->tree()->topLevelItem(i)->text(1) == QStringLiteral("shout"))
            item = problems->tree()->topLevelItem(i);
    QVERIFY(item);
    w.scene()->clearSelection();
    QTreeWidget *tree = problems->tree();
    tree->scrollToItem(item);
    const QPoint at = tree->visualItemRect(item).center();
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, at);
    const QList<model::NodeId> sel = w.scene()->selectedTaskIds();
    QCOMPARE(sel.size(), 1);
    QCOMPARE(sel.first(), doc->model().taskByName(QStringLiteral("shout")));
    // The selected task is shown in the properties panel.
    QTRY_VERIFY(w.propertiesPanel()->findChild<QLineEdit *>(QStringLiteral("taskName")));
    QCOMPARE(w.propertiesPanel()->findChild<QLineEdit *>(QStringLiteral("taskName"))->text(), QStringLiteral("shout"));
    // Fixing the problem removes it.
    doc->undoStack()->undo();
    QTRY_VERIFY(problems->tree()->findItems(QStringLiteral("shout"), Qt::MatchExactly, 1).isEmpty());
    w.setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
}

void TestEditorMainWindow::commandPaletteTriggersActions()
{
    ui::MainWindow w;
    w.show();
    QVERIFY(w.openPipeline(examplesDir() + QStringLiteral("/hello.pipeline.yaml")));
    ui::CommandPalette *p = w.commandPalette();
    p->setFilter(QStringLiteral("zoom in"));
    QVERIFY(!p->visibleCommands().isEmpty());
    QVERIFY(p->visibleCommands().first().contains(QStringLiteral("Zoom In")));
    const double z = w.view()->zoom();
    QVERIFY(p->triggerCurrent());
    QVERIFY(w.view()->zoom() > z);
    p->setFilter(QStringLiteral("select all"));
    QVERIFY(p->triggerCurrent());
    QCOMPARE(w.scene()->selectedTaskIds().size(), 4);
    p->setFilter(QStringLiteral("no such command xyz"));
    QVERIFY(p->visibleCommands().isEmpty());
    QVERIFY(!p->triggerCurrent());
    w.action(QStringLiteral("actionCommandPalette"))->trigger();
    QTRY_VERIFY(p->isVisible());
    p->hide();
}

void TestEditorMainWindow::everyActionHasAShortcut()
{
    ui::MainWindow w;
    QStringList missing;
    for (QAction *a : w.findChildren<QAction *>()) {
        if (a->isSeparator() || a->menu() || a->objectName().isEmpty() || !a->objectName().startsWith(QLatin1String("action")))
            continue;
        if (a->objectName().startsWith(QLatin1String("actionLanguage_")))
            continue; // a setting picked once (applies after a restart): no shortcut wanted
        
        if (a->shortcut().isEmpty())
            missing.append(a->objectName());
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char(' '))));
    QVERIFY(w.action(QStringLiteral("actionUndo")));
    QCOMPARE(w.action(QStringLiteral("actionCommandPalette"))->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+P")));
}

void TestEditorMainWindow::paletteListsAndFiltersComponents()
{
    ui::MainWindow w;
    w.openWorkspace(examplesDir());
    ui::ComponentPalette *p = w.palette();
    QTRY_VERIFY_WITH_TIMEOUT(!p->isScanning() && p->componentCount() >= 12, 10000);
    QVERIFY(!p->pathOfComponent(QStringLiteral("CSV head")).isEmpty());
    QVERIFY(!p->pathOfComponent(QStringLiteral("Train classifier")).isEmpty());
    // One-folder-per-component workspaces are one group named after the workspace, not one
    // group per component; the shipped library keeps its sub-folders.
    QStringList groups;
    for (int i = 0; i < p->view()->model()->rowCount(); ++i)
        groups.append(p->view()->model()->index(i, 0).data().toString());
    QVERIFY2(groups.contains(QStringLiteral("Examples")), qPrintable(groups.join(u',')));
    QVERIFY2(groups.contains(QStringLiteral("Tables")), qPrintable(groups.join(u',')));
    QVERIFY2(!groups.contains(QStringLiteral("Load_csv")), qPrintable(groups.join(u',')));
    const QModelIndex examples = p->view()->model()->index(int(groups.indexOf(QStringLiteral("Examples"))), 0);
    QCOMPARE(p->view()->model()->rowCount(examples), 6);
    p->setFilterText(QStringLiteral("csv"));
    QVERIFY(p->visibleComponentCount() >= 3);
    QVERIFY(p->visibleComponentCount() < p->componentCount());
    p->setFilterText(QString());
    QCOMPARE(p->visibleComponentCount(), p->componentCount());
    // Dragging from the palette yields the canvas MIME type.
    QModelIndexList idx = p->view()->model()->match(p->view()->model()->index(0, 0), Qt::DisplayRole,
                                                    QStringLiteral("CSV head"), 1, Qt::MatchRecursive);
    QCOMPARE(idx.size(), 1);
    QScopedPointer<QMimeData> mime(p->view()->model()->mimeData(idx));
    QVERIFY(mime);
    QVERIFY(dropOn(w.view(), mime.get(), QPoint(100, 100)));
    QCOMPARE(w.document()->model().taskCount(), 1);
    w.setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
}

void TestEditorMainWindow::commandPreviewShowsResolvedCommand()
{
    ui::MainWindow w;
    QVERIFY(w.openPipeline(examplesDir() + QStringLiteral("/hello.pipeline.yaml")));
    w.scene()->selectTasks({w.document()->model().taskByName(QStringLiteral("join"))});
    const QString text = w.commandPreview()->text();
    QVERIFY2(text.contains(QStringLiteral("mlwb/busybox:latest")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("/tmp/inputs/loud/data")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("/tmp/outputs/report/data")), qPrintable(text));
    w.scene()->selectTasks({w.document()->model().taskByName(QStringLiteral("greet"))});
    // The parameter's default is what a run without overrides passes.
    QVERIFY2(w.commandPreview()->text().contains(QStringLiteral(" world ")), qPrintable(w.commandPreview()->text()));
    QCOMPARE(ui::CommandPreviewPanel::shellQuote(QStringLiteral("a b'c")), QStringLiteral("'a b'\\''c'"));

    // The limits the executor will give the container: the defaults, then the workspace's.
    QVERIFY2(w.commandPreview()->text().contains(QStringLiteral("processes  4096")), qPrintable(w.commandPreview()->text()));
    QVERIFY2(w.commandPreview()->text().contains(QStringLiteral("(workspace default: 75% of this machine's memory)")),
             qPrintable(w.commandPreview()->text()));
    const QString ws = m_tmp.filePath(QStringLiteral("limits-ws"));
    QVERIFY(QDir().mkpath(ws + QStringLiteral("/.mlwb")));
    QFile settings(ws + QStringLiteral("/.mlwb/settings.json"));
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write(R"({"containers": {"pidsLimit": 100, "defaultMemory": "2g"}})");
    settings.close();
    w.openWorkspace(ws);
    QVERIFY2(w.commandPreview()->text().contains(QStringLiteral("processes  100")), qPrintable(w.commandPreview()->text()));
    QVERIFY2(w.commandPreview()->text().contains(QStringLiteral("memory  2 GiB (workspace default)")),
             qPrintable(w.commandPreview()->text()));
}

void TestEditorMainWindow::screenshotIsNotBlank()
{
    ui::MainWindow w;
    w.resize(1400, 900);
    w.openWorkspace(examplesDir());
    QVERIFY(w.openPipeline(examplesDir() + QStringLiteral("/churn.pipeline.yaml")));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::qWait(100);
    w.view()->fitToContents();
    const QImage shot = w.grab().toImage();
    QVERIFY(!shot.isNull());
    const auto [colours, nonBackground] = imageVariety(shot);
    QVERIFY2(colours > 100, qPrintable(QString::number(colours)));
    QVERIFY2(nonBackground > 0.2, qPrintable(QString::number(nonBackground)));
    // The canvas alone shows the nodes (not an empty grid).
    const QImage canvas = w.view()->viewport()->grab().toImage();
    const auto [canvasColours, canvasForeground] = imageVariety(canvas);
    QVERIFY2(canvasColours > 30, qPrintable(QString::number(canvasColours)));
    QVERIFY2(canvasForeground > 0.1, qPrintable(QString::number(canvasForeground)));
}

QTEST_MAIN(TestEditorMainWindow)
#include "tst_editor_mainwindow.moc"
