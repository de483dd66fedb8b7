// SPDX-License-Identifier: GPL-3.0-or-later
// The Workspace dock: a workspace's pipelines, components, datasets and notebooks with their
// kinds and git states (refreshed when files change), double-click and context-menu actions,
// File → Open Workspace (the title names the workspace), and the last session's pipelines
// opened again.
#include "core/model/pipelinedocument.h"
#include "core/vcs/datasetscan.h"
#include "core/vcs/gitrepository.h"
#include "ui/drift/driftpage.h"
#include "ui/drift/driftview.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/workbenchviews.h"
#include "ui/vcs/historypanel.h"
#include "ui/workspace/workspaceactions.h"
#include "ui/workspace/workspacebrowser.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace wb;
using namespace wb::ui;

namespace {

const vcs::Signature kTester{QStringLiteral("Test"), QStringLiteral("test@example.com")};

bool copy(const QString &from, const QString &to)
{
    QDir().mkpath(QFileInfo(to).absolutePath());
    if (!QFile::copy(from, to))
        return false;
    return QFile(to).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

bool write(const QString &path, const QByteArray &bytes, bool append = false)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(append ? QIODevice::Append : QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/// diamond.pipeline.yaml, components/load_csv/component.yaml, data/ref.csv + its manifest,
/// data/cur.csv + its manifest, notebooks/explore.ipynb, README.md and a .mlwb folder.
void makeWorkspace(const QString &ws)
{
    QVERIFY(copy(QStringLiteral(MLWB_SOURCE_DIR "/tests/data/pipelines/diamond.pipeline.yaml"),
                 ws + QStringLiteral("/diamond.pipeline.yaml")));
    QVERIFY(copy(QStringLiteral(MLWB_SOURCE_DIR "/resources/examples/components/load_csv/component.yaml"),
                 ws + QStringLiteral("/components/load_csv/component.yaml")));
    for (const char *name : {"ref", "cur"}) {
        const QString csv = ws + QStringLiteral("/data/%1.csv").arg(QLatin1String(name));
        QVERIFY(copy(QStringLiteral(MLWB_SOURCE_DIR "/tests/data/drift/small_%1.csv").arg(QLatin1String(name)), csv));
        auto added = vcs::addDataset(csv, {}, nullptr);
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().text()));
    }
    QVERIFY(write(ws + QStringLiteral("/notebooks/explore.ipynb"), "{\"cells\": []}\n"));
    QVERIFY(write(ws + QStringLiteral("/README.md"), "# A workspace\n"));
    QVERIFY(write(ws + QStringLiteral("/.mlwb/cache/key.json"), "{}\n"));
}

/// The group a file is listed under ("Pipelines (1)"), or "<not shown>".
QString group(WorkspaceBrowser &b, const QString &path)
{
    const QModelIndex name = b.indexOf(path);
    return name.isValid() ? name.parent().data().toString() : QStringLiteral("<not shown>");
}

QString gitState(WorkspaceBrowser &b, const QString &path)
{
    const QModelIndex name = b.indexOf(path);
    return name.isValid() ? name.siblingAtColumn(1).data().toString() : QStringLiteral("<not shown>");
}

QStringList actionNames(QMenu *menu)
{
    QStringList out;
    for (QAction *a : menu->actions())
        if (!a->objectName().isEmpty())
            out << a->objectName();
    return out;
}

QAction *menuAction(QMenu *menu, const char *name)
{
    return menu->findChild<QAction *>(QString::fromLatin1(name));
}

} // namespace

class TstWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("mlwb-test-workspace"));
        QSettings().clear();
    }

    void listsFilesWithTheirKinds()
    {
        QTemporaryDir ws;
        makeWorkspace(ws.path());
        WorkspaceBrowser b;
        QSignalSpy scanned(&b, &WorkspaceBrowser::scanned);
        b.setRoot(ws.path());
        QVERIFY(scanned.wait(10000));
        QCOMPARE(group(b, QStringLiteral("diamond.pipeline.yaml")), QStringLiteral("Pipelines (1)"));
        QCOMPARE(group(b, QStringLiteral("components/load_csv/component.yaml")), QStringLiteral("Components (1)"));
        QCOMPARE(group(b, QStringLiteral("data/ref.csv.dataset.yaml")), QStringLiteral("Datasets (2)"));
        QCOMPARE(group(b, QStringLiteral("data/cur.csv.dataset.yaml")), QStringLiteral("Datasets (2)"));
        QCOMPARE(group(b, QStringLiteral("notebooks/explore.ipynb")), QStringLiteral("Notebooks (1)"));
        QCOMPARE(b.indexOf(QStringLiteral("diamond.pipeline.yaml")).data(WorkspaceBrowser::KindRole).toInt(),
                 int(WorkspaceFileKind::Pipeline));
        // Other files are hidden until asked for, then greyed; .mlwb is never listed.
        QVERIFY(!b.indexOf(QStringLiteral("README.md")).isValid());
        QVERIFY(!b.indexOf(QStringLiteral("data/ref.csv")).isValid());
        QVERIFY(!b.lastScan().entry(QStringLiteral(".mlwb/cache/key.json")));
        b.setShowOtherFiles(true);
        const QModelIndex readme = b.indexOf(QStringLiteral("README.md"));
        QVERIFY(readme.isValid());
        QCOMPARE(group(b, QStringLiteral("README.md")), QStringLiteral("Other files (%1)").arg(b.lastScan().count(WorkspaceFileKind::Other)));
        QCOMPARE(readme.data(Qt::ForegroundRole).value<QBrush>().color(),
                 b.palette().brush(QPalette::Disabled, QPalette::Text).color());
        QCOMPARE(b.lastScan().count(WorkspaceFileKind::Pipeline), 1);
        QCOMPARE(b.lastScan().count(WorkspaceFileKind::Dataset), 2);
        // Not a repository: no git state.
        QVERIFY(!b.lastScan().repository);
        QCOMPARE(gitState(b, QStringLiteral("diamond.pipeline.yaml")), QString());
    }

    void showsGitStatesAndFollowsChanges()
    {
        QTemporaryDir ws;
        makeWorkspace(ws.path());
        auto repo = vcs::GitRepository::init(ws.path());
        QVERIFY(repo.ok());
        QVERIFY(repo->commit({QStringLiteral("diamond.pipeline.yaml"), QStringLiteral("components/load_csv/component.yaml"),
                              QStringLiteral("data/ref.csv.dataset.yaml")},
                             QStringLiteral("first"), kTester).ok());
        QVERIFY(write(ws.filePath(QStringLiteral("diamond.pipeline.yaml")), "# edited\n", true));

        WorkspaceBrowser b;
        b.setDebounceMs(50);
        QSignalSpy scanned(&b, &WorkspaceBrowser::scanned);
        b.setRoot(ws.path());
        QVERIFY(scanned.wait(10000));
        QVERIFY(b.lastScan().repository);
        QCOMPARE(gitState(b, QStringLiteral("diamond.pipeline.yaml")), QStringLiteral("modified"));
        QCOMPARE(gitState(b, QStringLiteral("components/load_csv/component.yaml")), QStringLiteral("clean"));
        QCOMPARE(gitState(b, QStringLiteral("data/ref.csv.dataset.yaml")), QStringLiteral("clean"));
        QCOMPARE(gitState(b, QStringLiteral("notebooks/explore.ipynb")), QStringLiteral("untracked"));
        QTest::qWait(500); // reading git's state changes nothing the watcher sees: no rescan loop
        QCOMPARE(scanned.size(), 1);

        // Edits, new files and commits show up by themselves (file watcher, debounced).
        QVERIFY(write(ws.filePath(QStringLiteral("components/load_csv/component.yaml")), "# edited\n", true));
        QTRY_COMPARE_WITH_TIMEOUT(gitState(b, QStringLiteral("components/load_csv/component.yaml")),
                                  QStringLiteral("modified"), 10000);
        QVERIFY(copy(ws.filePath(QStringLiteral("diamond.pipeline.yaml")), ws.filePath(QStringLiteral("copy.pipeline.yaml"))));
        QTRY_COMPARE_WITH_TIMEOUT(gitState(b, QStringLiteral("copy.pipeline.yaml")), QStringLiteral("untracked"), 10000);
        QVERIFY(repo->commit({QStringLiteral("diamond.pipeline.yaml")}, QStringLiteral("second"), kTester).ok());
        QTRY_COMPARE_WITH_TIMEOUT(gitState(b, QStringLiteral("diamond.pipeline.yaml")), QStringLiteral("clean"), 10000);
    }

    void doubleClickOpens()
    {
        QTemporaryDir ws;
        makeWorkspace(ws.path());
        const QString other = ws.filePath(QStringLiteral("other.pipeline.yaml"));
        QVERIFY(copy(ws.filePath(QStringLiteral("diamond.pipeline.yaml")), other));
        MainWindow w;
        w.resize(1300, 850);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        WorkspaceBrowser *b = w.workspaceBrowser();
        QVERIFY(b);
        auto *dock = w.findChild<QDockWidget *>(QStringLiteral("dockWorkspace"));
        QVERIFY(dock);
        QSignalSpy scanned(b, &WorkspaceBrowser::scanned);
        w.openWorkspace(ws.path());
        QVERIFY(scanned.wait(10000));
        QVERIFY(w.document()->filePath().isEmpty()); // two pipelines, no session: nothing chosen
        dock->show();
        dock->raise();
        QTRY_VERIFY(b->view()->isVisible());

        const QModelIndex index = b->indexOf(QStringLiteral("other.pipeline.yaml"));
        QVERIFY(index.isValid());
        b->view()->scrollTo(index);
        const QPoint at = b->view()->visualRect(index).center();
        // A press first: the view only takes a double-click on the index it saw pressed.
        QTest::mouseClick(b->view()->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(b->view()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(QFileInfo(w.document()->filePath()), QFileInfo(other));
        QVERIFY(w.windowTitle().contains(QStringLiteral("other.pipeline.yaml")));

        // A component opens read-only as text in a tab of its own (read off the GUI thread).
        QSignalSpy texts(w.workspaceActions(), &WorkspaceActions::textOpened);
        b->activate(QStringLiteral("components/load_csv/component.yaml"));
        QVERIFY(texts.wait(5000));
        const int tab = texts.first().at(1).toInt();
        QVERIFY(tab > 0);
        auto *text = qobject_cast<QPlainTextEdit *>(w.centralTabs()->widget(tab));
        QVERIFY(text);
        QVERIFY(text->isReadOnly());
        QVERIFY(text->toPlainText().contains(QStringLiteral("implementation")));
        emit w.centralTabs()->tabCloseRequested(tab); // it closes like a version tab
        QTRY_COMPARE(w.centralTabs()->count(), 3);

        // Datasets: the first is the drift reference, the next is compared with it.
        QSignalSpy drifted(w.views()->driftPage()->view(), &DriftView::finished);
        b->activate(QStringLiteral("data/ref.csv.dataset.yaml"));
        QCOMPARE(QFileInfo(b->driftReference()), QFileInfo(ws.filePath(QStringLiteral("data/ref.csv.dataset.yaml"))));
        b->activate(QStringLiteral("data/cur.csv.dataset.yaml"));
        QVERIFY(w.views()->driftPage()->isVisible());
        QVERIFY(drifted.wait(30000));
        QVERIFY2(drifted.first().first().toBool(), qPrintable(w.views()->driftPage()->view()->lastError()));
        w.setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
    }

    void contextMenuOffersTheActions()
    {
        QTemporaryDir ws;
        makeWorkspace(ws.path());
        QVERIFY(write(ws.filePath(QStringLiteral("broken.pipeline.yaml")),
                      "name: Broken\nimplementation:\n  graph:\n    tasks:\n      a:\n        componentRef: {url: missing/component.yaml}\n"));
        auto repo = vcs::GitRepository::init(ws.path());
        QVERIFY(repo.ok());
        QVERIFY(repo->commit({QStringLiteral("diamond.pipeline.yaml")}, QStringLiteral("first"), kTester).ok());
        MainWindow w;
        w.setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
        WorkspaceBrowser *b = w.workspaceBrowser();
        QSignalSpy scanned(b, &WorkspaceBrowser::scanned);
        w.openWorkspace(ws.path());
        QVERIFY(scanned.wait(10000));

        std::unique_ptr<QMenu> pipeline(b->contextMenuFor(QStringLiteral("diamond.pipeline.yaml")));
        QCOMPARE(actionNames(pipeline.get()),
                 (QStringList{"wsOpen", "wsRun", "wsValidate", "wsHistory"}));
        std::unique_ptr<QMenu> component(b->contextMenuFor(QStringLiteral("components/load_csv/component.yaml")));
        QCOMPARE(actionNames(component.get()), (QStringList{"wsOpen", "wsValidate", "wsHistory"}));
        std::unique_ptr<QMenu> dataset(b->contextMenuFor(QStringLiteral("data/ref.csv.dataset.yaml")));
        QCOMPARE(actionNames(dataset.get()), (QStringList{"wsDriftReference", "wsDriftCompare", "wsHistory"}));
        QVERIFY(!menuAction(dataset.get(), "wsDriftCompare")->isEnabled()); // no reference yet
        menuAction(dataset.get(), "wsDriftReference")->trigger();
        std::unique_ptr<QMenu> current(b->contextMenuFor(QStringLiteral("data/cur.csv.dataset.yaml")));
        QVERIFY(menuAction(current.get(), "wsDriftCompare")->isEnabled());
        QVERIFY(menuAction(current.get(), "wsDriftCompare")->text().contains(QStringLiteral("ref.csv.dataset.yaml")));

        // Validate: checked off the GUI thread, every problem listed.
        QSignalSpy validated(w.workspaceActions(), &WorkspaceActions::validated);
        menuAction(pipeline.get(), "wsValidate")->trigger();
        QVERIFY(validated.wait(10000));
        QVERIFY(validated.last().at(2).toString().isEmpty());
        QVERIFY(!hasErrors(validated.last().at(1).value<Diagnostics>()));
        std::unique_ptr<QMenu> broken(b->contextMenuFor(QStringLiteral("broken.pipeline.yaml")));
        menuAction(broken.get(), "wsValidate")->trigger();
        QVERIFY(validated.wait(10000));
        QVERIFY(hasErrors(validated.last().at(1).value<Diagnostics>()));

        // History: the Versions dock shows that file's log.
        menuAction(pipeline.get(), "wsHistory")->trigger();
        QCOMPARE(QFileInfo(w.views()->historyPanel()->file()), QFileInfo(ws.filePath(QStringLiteral("diamond.pipeline.yaml"))));

        // Open: into the editor.
        menuAction(pipeline.get(), "wsOpen")->trigger();
        QCOMPARE(QFileInfo(w.document()->filePath()), QFileInfo(ws.filePath(QStringLiteral("diamond.pipeline.yaml"))));

        // Drift from the menu.
        QSignalSpy drifted(w.views()->driftPage()->view(), &DriftView::finished);
        menuAction(current.get(), "wsDriftCompare")->trigger();
        QVERIFY(drifted.wait(30000));
        QCOMPARE(w.centralTabs()->currentIndex(), 2);
    }

    void openWorkspaceNamesItInTheTitle()
    {
        QTemporaryDir parent;
        const QString ws = parent.filePath(QStringLiteral("churn-project"));
        QVERIFY(QDir().mkpath(ws));
        MainWindow w;
        QAction *open = w.action(QStringLiteral("actionOpenWorkspace"));
        QVERIFY(open);
        QCOMPARE(open->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
        QVERIFY(!w.windowTitle().contains(QStringLiteral("churn-project")));
        w.openWorkspace(ws);
        QVERIFY2(w.windowTitle().contains(QStringLiteral("churn-project")), qPrintable(w.windowTitle()));
        QVERIFY(w.windowTitle().contains(QStringLiteral("Untitled pipeline")));
        QCOMPARE(w.workspaceBrowser()->root(), QDir(ws).absolutePath());
    }

    void reopensTheLastSession()
    {
        QTemporaryDir ws;
        makeWorkspace(ws.path());
        const QString diamond = ws.filePath(QStringLiteral("diamond.pipeline.yaml"));
        const QString other = ws.filePath(QStringLiteral("other.pipeline.yaml"));
        QVERIFY(copy(diamond, other));
        {
            MainWindow w;
            w.openWorkspace(ws.path());
            QVERIFY(w.openPipeline(other));
            QVERIFY(w.close()); // remembers what was open
        }
        {
            MainWindow w;
            w.openWorkspace(ws.path());
            QCOMPARE(QFileInfo(w.document()->filePath()), QFileInfo(other));
            QVERIFY(w.close());
        }
        // A pipeline that is gone is not reopened: the workspace's only pipeline opens instead.
        QVERIFY(QFile::remove(other));
        {
            MainWindow w;
            QSignalSpy scanned(w.workspaceBrowser(), &WorkspaceBrowser::scanned);
            w.openWorkspace(ws.path());
            QVERIFY(scanned.wait(10000));
            QCOMPARE(QFileInfo(w.document()->filePath()), QFileInfo(diamond));
        }
        // A pipeline opened explicitly right after the workspace (mlwb DIR --open FILE) stays.
        QSettings().clear();
        QTemporaryDir elsewhere;
        const QString chosen = elsewhere.filePath(QStringLiteral("chosen.pipeline.yaml"));
        QVERIFY(copy(diamond, chosen));
        {
            MainWindow w;
            QSignalSpy scanned(w.workspaceBrowser(), &WorkspaceBrowser::scanned);
            w.openWorkspace(ws.path());
            QVERIFY(w.openPipeline(chosen));
            QVERIFY(scanned.wait(10000));
            QCOMPARE(QFileInfo(w.document()->filePath()), QFileInfo(chosen));
        }
    }
};

QTEST_MAIN(TstWorkspace)
#include "tst_workspace.moc"
