// SPDX-License-Identifier: GPL-3.0-or-later
// Copy/paste between two pipelines in different folders (clipboard MIME with the fragment
// serialized, component urls rebased), unique names, kept internal connections, one undo step.
#include "editortestsupport.h"

#include "ui/editor/editorcontroller.h"
#include "ui/editor/fragmentmime.h"

#include <QClipboard>
#include <QTemporaryDir>

using namespace wb;
using namespace wbtest;

class TestEditorClipboard : public QObject
{
    Q_OBJECT
private slots:
    void copyPasteBetweenPipelines();
    void cutAndPasteInSameDocument();
};

struct Editor
{
    model::PipelineDocument doc;
    ui::PipelineScene scene{&doc};
    ui::PipelineView view;
    ui::EditorController controller{&doc, &scene, &view};
    Editor() { view.setScene(&scene); }
};

void TestEditorClipboard::copyPasteBetweenPipelines()
{
    Editor a;
    QVERIFY(ui::openPipelineForEditing(a.doc, examplesDir() + QStringLiteral("/churn.pipeline.yaml")).ok());
    a.scene.setComponentBaseDirs(examplesDir(), examplesDir());
    a.controller.setSourceDir(examplesDir());
    a.scene.selectTasks({a.doc.model().taskByName(QStringLiteral("split")),
                         a.doc.model().taskByName(QStringLiteral("train-forest"))});
    QVERIFY(a.controller.copy().ok());
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(ui::FragmentMime::canRead(mime));
    QVERIFY(mime->text().contains(QStringLiteral("train-forest")));

    // Target: an unsaved pipeline whose workspace is a different folder.
    QTemporaryDir other;
    Editor b;
    b.scene.setComponentBaseDirs(QString(), other.path());
    { const Result<void> r = b.controller.paste(); QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().text())); }
    QCOMPARE(b.doc.model().taskCount(), 2);
    QCOMPARE(b.doc.undoStack()->count(), 1);
    const model::Task &split = b.doc.model().task(b.doc.model().taskByName(QStringLiteral("split")));
    const model::Task &forest = b.doc.model().task(b.doc.model().taskByName(QStringLiteral("train-forest")));
    QVERIFY(!split.isMissing());
    QVERIFY(!forest.isMissing());
    // Components outside the target workspace are embedded, so the pipeline stands alone.
    QVERIFY(forest.ref.specInline);
    // The connection inside the fragment survives; the one to a task not pasted is dropped.
    const model::ArgumentValue *train = forest.argument(QStringLiteral("train"));
    QVERIFY(train && train->kind == model::ArgumentValue::Kind::TaskOutput && train->task == QStringLiteral("split"));
    QVERIFY(!split.argument(QStringLiteral("table")) ||
            split.argument(QStringLiteral("table"))->kind != model::ArgumentValue::Kind::TaskOutput);
    QCOMPARE(b.scene.edgeItems().size(), 1);
    // The pasted tasks are selected.
    QCOMPARE(b.scene.selectedTaskIds().size(), 2);

    // Pasting into the source pipeline again gives new unique names and keeps outside links.
    const int before = a.doc.model().taskCount();
    QVERIFY(a.controller.paste().ok());
    QCOMPARE(a.doc.model().taskCount(), before + 2);
    const model::NodeId split2 = a.doc.model().taskByName(QStringLiteral("split-2"));
    QVERIFY(split2.isValid());
    QVERIFY(a.doc.model().taskByName(QStringLiteral("train-forest-2")).isValid());
    const model::Task &s2 = a.doc.model().task(split2);
    // Same folder: still referenced by relative url.
    QVERIFY(!s2.ref.specInline);
    QCOMPARE(s2.ref.url, QStringLiteral("components/split_data/component.yaml"));
    const model::ArgumentValue *table = s2.argument(QStringLiteral("table"));
    QVERIFY(table && table->task == QStringLiteral("check-schema"));
    a.doc.undoStack()->undo();
    QCOMPARE(a.doc.model().taskCount(), before);
}

void TestEditorClipboard::cutAndPasteInSameDocument()
{
    Editor a;
    QVERIFY(ui::openPipelineForEditing(a.doc, examplesDir() + QStringLiteral("/hello.pipeline.yaml")).ok());
    const QByteArray original = bytesOf(a.doc);
    a.scene.selectTasks({a.doc.model().taskByName(QStringLiteral("join"))});
    QVERIFY(a.controller.cut().ok());
    QCOMPARE(a.doc.model().taskCount(), 3);
    QVERIFY(a.controller.paste().ok());
    QCOMPARE(a.doc.model().taskCount(), 4);
    // join's name is free again, so it comes back under its name with its inputs connected.
    const model::Task &join = a.doc.model().task(a.doc.model().taskByName(QStringLiteral("join")));
    QCOMPARE(join.argument(QStringLiteral("loud"))->task, QStringLiteral("shout"));
    a.doc.undoStack()->undo();
    a.doc.undoStack()->undo();
    QCOMPARE(bytesOf(a.doc), original);
}

QTEST_MAIN(TestEditorClipboard)
#include "tst_editor_clipboard.moc"
