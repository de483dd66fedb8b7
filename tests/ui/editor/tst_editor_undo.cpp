// SPDX-License-Identifier: GPL-3.0-or-later
// Editing through the UI layer (drops, port drags, node drags, controller commands, panels),
// then undo/redo all the way: after every step the saved manifest must be byte-identical to
// the one recorded when that state was first reached.
#include "editortestsupport.h"

#include "ui/editor/editorcontroller.h"
#include "ui/panels/propertiespanel.h"

#include <QLineEdit>
#include <QTemporaryDir>

using namespace wb;
using namespace wbtest;

class TestEditorUndo : public QObject
{
    Q_OBJECT
private slots:
    void undoRedoRestoresIdenticalManifests();
};

void TestEditorUndo::undoRedoRestoresIdenticalManifests()
{
    model::PipelineDocument doc;
    ui::PipelineScene scene(&doc);
    ui::PipelineView view;
    view.setScene(&scene);
    view.resize(1400, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    ui::EditorController controller(&doc, &scene, &view);
    ui::PropertiesPanel props;
    props.setDocument(&doc);

    Result<Diagnostics> opened = ui::openPipelineForEditing(doc, examplesDir() + QStringLiteral("/churn.pipeline.yaml"));
    QVERIFY(opened.ok());
    scene.setComponentBaseDirs(examplesDir(), examplesDir());
    view.fitToContents();

    QList<QByteArray> states{bytesOf(doc)};
    auto step = [&](const char *what) {
        QVERIFY2(bytesOf(doc) != states.last(), what);
        states.append(bytesOf(doc));
        QCOMPARE(doc.undoStack()->index(), int(states.size()) - 1);
    };

    // 1. drop a component from the palette
    view.resetZoom();
    view.centerOn(QPointF(0, 0));
    QScopedPointer<QMimeData> mime(componentMime({exampleComponent(QStringLiteral("split_data"))}));
    QVERIFY(dropOn(&view, mime.get(), QPoint(200, 200)));
    step("drop");
    const model::NodeId added = doc.model().taskByName(QStringLiteral("split-train-test"));
    QVERIFY(added.isValid());
    // 2. connect load-data.table -> new task's table by dragging ports
    view.centerOn(scene.nodeItem(added));
    ui::NodeItem *load = scene.nodeItemByName(QStringLiteral("load-data"));
    QVERIFY(load);
    // Bring both into view: move the new node next to load-data first (3.).
    QVERIFY(doc.requestMoveTasks({{added, QPointF(load->pos().x(), scene.contentsRect().bottom() + 100)}}).ok());
    step("move request");
    view.fitToContents();
    drag(view.viewport(), portPos(&view, QStringLiteral("load-data"), QStringLiteral("table"), true),
         portPos(&view, QStringLiteral("split-train-test"), QStringLiteral("table"), false));
    step("connect by drag");
    // 4. drag the node
    const QPoint grab = view.mapFromScene(scene.nodeItem(added)->sceneBoundingRect().center() + QPointF(0, -15));
    scene.clearSelection();
    drag(view.viewport(), grab, grab + QPoint(60, 40));
    step("node drag");
    // 5. rename through the properties panel
    props.setTask(added);
    QTRY_VERIFY(props.findChild<QLineEdit *>(QStringLiteral("taskName")));
    auto *name = props.findChild<QLineEdit *>(QStringLiteral("taskName"));
    name->setText(QStringLiteral("holdout-split"));
    emit name->editingFinished();
    step("rename");
    // 6. constant argument through the panel
    QTRY_VERIFY(props.findChild<QLineEdit *>(QStringLiteral("argValue_test_size")));
    auto *value = props.findChild<QLineEdit *>(QStringLiteral("argValue_test_size"));
    value->setText(QStringLiteral("0.3"));
    emit value->editingFinished();
    step("set argument");
    // 7. duplicate two tasks
    scene.selectTasks({doc.model().taskByName(QStringLiteral("train-logreg")),
                       doc.model().taskByName(QStringLiteral("evaluate-logreg"))});
    QVERIFY(controller.duplicate().ok());
    step("duplicate");
    // 8. align them
    QVERIFY(controller.align(ui::EditorController::Align::Left).ok());
    step("align");
    // 9. distribute three
    scene.selectTasks({doc.model().taskByName(QStringLiteral("train-logreg")),
                       doc.model().taskByName(QStringLiteral("train-forest")),
                       doc.model().taskByName(QStringLiteral("train-boosting"))});
    QVERIFY(controller.align(ui::EditorController::Align::Top).ok());
    step("align three");
    QVERIFY(controller.distribute(Qt::Vertical).ok());
    // Distribution may be a no-op when already even; record only real changes.
    if (bytesOf(doc) != states.last())
        step("distribute");
    // 10. auto layout (Graphviz) as one step
    QVERIFY(controller.autoLayoutNow().ok());
    step("auto layout");
    // 11. delete a task with its edges
    scene.selectTasks({doc.model().taskByName(QStringLiteral("check-schema"))});
    QVERIFY(controller.deleteSelection().ok());
    step("delete");

    const int n = int(states.size());
    for (int i = n - 2; i >= 0; --i) {
        doc.undoStack()->undo();
        QCOMPARE(bytesOf(doc), states.at(i));
        QCOMPARE(scene.nodeCount(), doc.model().taskCount());
        QCOMPARE(int(scene.edgeItems().size()), int(doc.model().edges().size()));
    }
    QVERIFY(!doc.isDirty());
    for (int i = 1; i < n; ++i) {
        doc.undoStack()->redo();
        QCOMPARE(bytesOf(doc), states.at(i));
        QCOMPARE(scene.nodeCount(), doc.model().taskCount());
    }
    // Item positions mirror the model after the last redo.
    for (model::NodeId id : doc.model().taskIds())
        QCOMPARE(scene.nodeItem(id)->pos(), doc.model().task(id).position);
}

QTEST_MAIN(TestEditorUndo)
#include "tst_editor_undo.moc"
