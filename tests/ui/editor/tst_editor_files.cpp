// SPDX-License-Identifier: GPL-3.0-or-later
// Files dropped from a file manager (component files -> tasks, a pipeline file -> opened),
// export to SVG/PNG, opening a file with problems (kept, flagged, saved back intact), and
// Save As into another folder (relative component and dataset paths rebased).
#include "editortestsupport.h"

#include "ui/editor/editorcontroller.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/panels/problemspanel.h"

#include <QDir>
#include <QDirIterator>
#include <QRegularExpression>
#include <QImage>
#include <QSettings>
#include <QTemporaryDir>

using namespace wb;
using namespace wbtest;

class TestEditorFiles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void dropComponentFiles();
    void dropPipelineFileOpensIt();
    void exportSvgAndPng();
    void openFileWithProblems();
    void saveAsIntoAnotherFolder();

private:
    QTemporaryDir m_tmp;
};

void TestEditorFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("mlwb-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_editor_files"));
    QSettings().clear();
}

void TestEditorFiles::dropComponentFiles()
{
    ui::MainWindow w;
    w.setErrorReporter([](const QString &, const QString &m) { QFAIL(qPrintable(m)); });
    w.openWorkspace(examplesDir());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // One inside the workspace (referenced by path), one from the shipped library (embedded).
    const QString inside = exampleComponent(QStringLiteral("load_csv"));
    const QString outside = sourceDir() + QStringLiteral("/resources/components/tables/csv-head.yaml");
    QScopedPointer<QMimeData> mime(fileUrlMime({inside, outside}));
    QVERIFY(dropOn(w.view(), mime.get(), QPoint(300, 200)));
    const model::PipelineModel &m = w.document()->model();
    QCOMPARE(m.taskCount(), 2);
    const model::Task &load = m.task(m.taskByName(QStringLiteral("load-csv")));
    QCOMPARE(load.ref.url, QStringLiteral("components/load_csv/component.yaml"));
    QCOMPARE(load.ref.digest.size(), 64);
    QVERIFY(!load.ref.specInline);
    const model::Task &head = m.task(m.taskByName(QStringLiteral("csv-head")));
    QVERIFY(head.ref.specInline);
    QVERIFY(!head.isMissing());
    QCOMPARE(w.document()->undoStack()->count(), 2);
    // The second lands offset from the first, at the drop point.
    QVERIFY(head.position != load.position);
    QCOMPARE(load.position, w.view()->mapToScene(QPoint(300, 200)).toPoint());
    // Not a component: refused with a message, nothing added.
    QTemporaryDir dir;
    QFile junk(dir.filePath(QStringLiteral("notes.yaml")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("just: a map\n");
    junk.close();
    QScopedPointer<QMimeData> bad(fileUrlMime({junk.fileName()}));
    dropOn(w.view(), bad.get(), QPoint(100, 100));
    QCOMPARE(m.taskCount(), 2);
    QVERIFY(w.scene()->feedback().contains(QStringLiteral("notes.yaml")));
    // Other files are not accepted at all.
    QScopedPointer<QMimeData> txt(fileUrlMime({sourceDir() + QStringLiteral("/README.md")}));
    QVERIFY(!dropOn(w.view(), txt.get(), QPoint(100, 100)));
    w.document()->markSaved();
}

void TestEditorFiles::dropPipelineFileOpensIt()
{
    ui::MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QString path = examplesDir() + QStringLiteral("/hello.pipeline.yaml");
    QScopedPointer<QMimeData> mime(fileUrlMime({path}));
    QVERIFY(dropOn(w.view(), mime.get(), QPoint(200, 200)));
    QCOMPARE(w.document()->filePath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(w.document()->model().taskCount(), 4);
    QCOMPARE(w.scene()->nodeCount(), 4);
    QVERIFY(w.windowTitle().contains(QStringLiteral("hello.pipeline.yaml")));
    QVERIFY(w.recentFiles().contains(QFileInfo(path).absoluteFilePath()));
}

void TestEditorFiles::exportSvgAndPng()
{
    model::PipelineDocument doc;
    ui::PipelineScene scene(&doc);
    ui::PipelineView view;
    view.setScene(&scene);
    ui::EditorController c(&doc, &scene, &view);
    QVERIFY(ui::openPipelineForEditing(doc, examplesDir() + QStringLiteral("/churn.pipeline.yaml")).ok());
    const QString svg = m_tmp.filePath(QStringLiteral("churn.svg"));
    const QString png = m_tmp.filePath(QStringLiteral("churn.png"));
    QVERIFY(c.exportSvg(svg).ok());
    QVERIFY(c.exportPng(png).ok());
    QFile s(svg);
    QVERIFY(s.open(QIODevice::ReadOnly));
    const QByteArray svgBytes = s.readAll();
    QVERIFY(svgBytes.contains("<svg"));
    QVERIFY(svgBytes.size() > 10000);
    QVERIFY(svgBytes.contains("train-forest")); // text stays text (vector)
    QImage img(png);
    QVERIFY(!img.isNull());
    QVERIFY(img.width() > 600);
    const auto [colours, nonBackground] = imageVariety(img);
    QVERIFY2(colours > 50, qPrintable(QString::number(colours)));
    QVERIFY2(nonBackground > 0.05, qPrintable(QString::number(nonBackground)));
    QVERIFY(!c.exportPng(m_tmp.filePath(QStringLiteral("no/such/dir/x.png"))).ok());
}

// The lines of one task in a graph component, from "<indent>name:" to the next key at the
// same indentation.
static QByteArray taskBlock(const QByteArray &yaml, const QByteArray &task)
{
    const QList<QByteArray> lines = yaml.split('\n');
    QByteArray out;
    int indent = -1;
    for (const QByteArray &line : lines) {
        const QByteArray trimmed = line.trimmed();
        const int ind = trimmed.isEmpty() ? 0 : int(line.indexOf(trimmed.at(0)));
        if (indent < 0) {
            if (trimmed == task + ':')
                indent = ind;
            else
                continue;
        } else if (!trimmed.isEmpty() && ind <= indent) {
            break;
        }
        out += line + '\n';
    }
    return out;
}

void TestEditorFiles::openFileWithProblems()
{
    // A copy of churn whose first component file is gone.
    const QString ws = m_tmp.filePath(QStringLiteral("broken"));
    QVERIFY(QDir().mkpath(ws + QStringLiteral("/components/check_schema")));
    QVERIFY(QFile::copy(examplesDir() + QStringLiteral("/churn.pipeline.yaml"), ws + QStringLiteral("/churn.pipeline.yaml")));
    for (const char *c : {"check_schema", "split_data", "train_classifier", "evaluate_model", "select_best"}) {
        const QString rel = QStringLiteral("/components/%1/component.yaml").arg(QLatin1String(c));
        QDir().mkpath(QFileInfo(ws + rel).absolutePath());
        QVERIFY(QFile::copy(examplesDir() + rel, ws + rel));
    }
    ui::MainWindow w;
    w.setErrorReporter([](const QString &, const QString &m) { QFAIL(qPrintable(m)); });
    QVERIFY(w.openPipeline(ws + QStringLiteral("/churn.pipeline.yaml")));
    QCOMPARE(w.document()->model().taskCount(), 10);
    ui::NodeItem *load = w.scene()->nodeItemByName(QStringLiteral("load-data"));
    QVERIFY(load && load->isMissing());
    // Its outgoing connections are still drawn.
    QVERIFY(load->port(QStringLiteral("table"), true));
    bool reported = false;
    for (const Diagnostic &d : w.problemsPanel()->diagnostics())
        reported |= d.task == QStringLiteral("load-data") && d.code == QStringLiteral("component-not-found");
    QVERIFY(reported);
    // Saving keeps the missing task byte-for-byte: the file written without the component is
    // the very file written once the component is back (mlwb writes one canonical form; only
    // the layout's positions differ), so nothing of the task (reference, digest, arguments,
    // bindings) was lost or altered.
    QVERIFY(w.saveTo(ws + QStringLiteral("/copy.pipeline.yaml")));
    const auto readAll = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QByteArray broken = readAll(ws + QStringLiteral("/copy.pipeline.yaml"));
    const QByteArray block = taskBlock(broken, "load-data");
    QVERIFY(block.contains("components/load_csv/component.yaml"));
    QVERIFY(block.contains("74100050f265fb5601d04b77107389f8db49af9ba56ab7b2a365e1ee387ebda3"));
    QVERIFY(block.contains("data/churn.dataset.yaml"));
    // The component comes back: the same pipeline, saved in the same folder.
    QVERIFY(QDir().mkpath(ws + QStringLiteral("/components/load_csv")));
    QVERIFY(QFile::copy(examplesDir() + QStringLiteral("/components/load_csv/component.yaml"),
                        ws + QStringLiteral("/components/load_csv/component.yaml")));
    QByteArray intact;
    {
        ui::MainWindow full;
        full.setErrorReporter([](const QString &, const QString &) {});
        QVERIFY(full.openPipeline(ws + QStringLiteral("/churn.pipeline.yaml")));
        QVERIFY(!full.scene()->nodeItemByName(QStringLiteral("load-data"))->isMissing());
        QVERIFY(full.saveTo(ws + QStringLiteral("/intact.pipeline.yaml")));
        intact = readAll(ws + QStringLiteral("/intact.pipeline.yaml"));
    }
    // Positions are the layout's (the file has none), and a missing task's box is smaller.
    const auto withoutPositions = [](QByteArray yaml) {
        static const QRegularExpression position(QStringLiteral("\\n *editor\\.mlwb\\.io/position: '[^']*'"));
        return QString::fromUtf8(yaml).remove(position).toUtf8();
    };
    QCOMPARE(withoutPositions(taskBlock(broken, "load-data")), withoutPositions(taskBlock(intact, "load-data")));
    QCOMPARE(withoutPositions(broken), withoutPositions(intact));
    // And saving what was saved gives the same bytes again.
    {
        ui::MainWindow again;
        again.setErrorReporter([](const QString &, const QString &) {});
        QVERIFY(again.openPipeline(ws + QStringLiteral("/copy.pipeline.yaml")));
        QVERIFY(again.saveTo(ws + QStringLiteral("/copy2.pipeline.yaml")));
    }
    QCOMPARE(readAll(ws + QStringLiteral("/copy2.pipeline.yaml")), broken);
    // Unreadable YAML: refused with a message, the current document stays.
    QFile bad(ws + QStringLiteral("/bad.pipeline.yaml"));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("name: [unclosed\n");
    bad.close();
    QString error;
    w.setErrorReporter([&](const QString &, const QString &m) { error = m; });
    QVERIFY(!w.openPipeline(bad.fileName()));
    QVERIFY(error.contains(QStringLiteral("bad.pipeline.yaml")));
    QCOMPARE(w.document()->model().taskCount(), 10);
}

void TestEditorFiles::saveAsIntoAnotherFolder()
{
    // A workspace with the churn example (components/ and data/ next to the pipeline).
    const QString ws = m_tmp.filePath(QStringLiteral("saveas/ws"));
    for (const QString &rel : QDir(examplesDir()).entryList({QStringLiteral("*")}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (rel != QLatin1String("components") && rel != QLatin1String("data"))
            continue;
        QDirIterator it(examplesDir() + QLatin1Char('/') + rel, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            const QString target = ws + QLatin1Char('/') + QDir(examplesDir()).relativeFilePath(f);
            QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
            QVERIFY(QFile::copy(f, target));
        }
    }
    QVERIFY(QFile::copy(examplesDir() + QStringLiteral("/churn.pipeline.yaml"), ws + QStringLiteral("/churn.pipeline.yaml")));
    const QString other = m_tmp.filePath(QStringLiteral("saveas/elsewhere"));
    QVERIFY(QDir().mkpath(other));
    const QString target = other + QStringLiteral("/churn-copy.pipeline.yaml");

    ui::MainWindow w;
    w.setErrorReporter([](const QString &, const QString &m) { QFAIL(qPrintable(m)); });
    w.openWorkspace(ws);
    QVERIFY(w.openPipeline(ws + QStringLiteral("/churn.pipeline.yaml")));
    // An unsaved edit goes along.
    QVERIFY(w.document()->requestRenameTask(w.document()->model().taskByName(QStringLiteral("split")),
                                            QStringLiteral("holdout")).ok());
    QVERIFY(w.saveTo(target)); // what the Save As dialog calls
    QCOMPARE(w.document()->filePath(), target);
    QVERIFY(!w.isWindowModified());
    QVERIFY(w.windowTitle().contains(QStringLiteral("churn-copy.pipeline.yaml")));
    QCOMPARE(w.recentFiles().first(), target);
    // The original file is untouched.
    QFile original(ws + QStringLiteral("/churn.pipeline.yaml"));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QVERIFY(original.readAll().contains("url: components/load_csv/component.yaml"));

    // A component added after the move is referenced from the new folder.
    const Result<model::NodeId> added = w.scene()->addComponentFromFile(
        ws + QStringLiteral("/components/split_data/component.yaml"), QPointF(0, 600));
    QVERIFY(added.ok());
    QCOMPARE(w.document()->model().task(added.value()).ref.url,
             QStringLiteral("../ws/components/split_data/component.yaml"));
    // Undoing the rename brings back a task value from before the move: still rebased.
    w.document()->undoStack()->undo();
    w.document()->undoStack()->undo();
    QCOMPARE(w.document()->model().task(w.document()->model().taskByName(QStringLiteral("split"))).ref.url,
             QStringLiteral("../ws/components/split_data/component.yaml"));
    w.document()->undoStack()->redo();
    w.document()->undoStack()->redo();
    QVERIFY(w.save());

    // Opened in a fresh window: every component found, the dataset manifest too.
    ui::MainWindow again;
    again.setErrorReporter([](const QString &, const QString &m) { QFAIL(qPrintable(m)); });
    QVERIFY(again.openPipeline(target));
    QCOMPARE(again.document()->model().taskCount(), 11);
    for (model::NodeId id : again.document()->model().taskIds()) {
        const model::Task &t = again.document()->model().task(id);
        QVERIFY2(!t.isMissing(), qPrintable(t.name + QStringLiteral(": ") + t.missingReason));
        QVERIFY2(t.ref.url.startsWith(QLatin1String("../ws/components/")), qPrintable(t.ref.url));
        QVERIFY(!again.scene()->nodeItem(id)->isMissing());
    }
    const model::ArgumentValue *data = again.document()->model()
                                           .task(again.document()->model().taskByName(QStringLiteral("load-data")))
                                           .argument(QStringLiteral("data"));
    QVERIFY(data);
    QCOMPARE(data->manifest, QStringLiteral("../ws/data/churn.dataset.yaml"));
    QVERIFY(QFileInfo::exists(other + QLatin1Char('/') + data->manifest));
    for (const Diagnostic &d : again.problemsPanel()->diagnostics())
        QVERIFY2(d.code != QLatin1String("component-not-found") && d.code != QLatin1String("component-changed"),
                 qPrintable(d.toText()));
}

QTEST_MAIN(TestEditorFiles)
#include "tst_editor_files.moc"
