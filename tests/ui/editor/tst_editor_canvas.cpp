// SPDX-License-Identifier: GPL-3.0-or-later
// Canvas interactions with real mouse events: palette drop, port-to-port connect, refused
// connections with their reason, rubber band, multi-move as one undo step, zoom and pan;
// level-of-detail drawing when zoomed out; the overview map.
#include "editortestsupport.h"

#include "ui/canvas/edgeitem.h"
#include "ui/panels/overviewmap.h"

#include <QTemporaryDir>

using namespace wb;
using namespace wbtest;

class TestEditorCanvas : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void buildByDragging();
    void refusedConnectionsExplainWhy();
    void rubberBandAndMoveIsOneUndoStep();
    void deleteEdgeAndTask();
    void zoomAndPan();
    void runStateBadge();
    void missingComponentIsFlaggedAndKept();
    void levelOfDetail();
    void overviewMap();

private:
    /// Drops the four example components side by side.
    void dropFour();

    model::PipelineDocument *m_doc = nullptr;
    ui::PipelineScene *m_scene = nullptr;
    ui::PipelineView *m_view = nullptr;
};

void TestEditorCanvas::init()
{
    m_doc = new model::PipelineDocument;
    m_scene = new ui::PipelineScene(m_doc);
    m_view = new ui::PipelineView;
    m_view->setScene(m_scene);
    m_view->resize(1200, 800);
    m_view->setSceneRect(0, 0, 1200, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestEditorCanvas::cleanup()
{
    delete m_view;
    delete m_scene;
    delete m_doc;
}

void TestEditorCanvas::dropFour()
{
    const QStringList names{QStringLiteral("load_csv"), QStringLiteral("check_schema"),
                            QStringLiteral("train_classifier"), QStringLiteral("evaluate_model")};
    for (int i = 0; i < names.size(); ++i) {
        QScopedPointer<QMimeData> mime(componentMime({exampleComponent(names.at(i))}));
        QVERIFY(dropOn(m_view, mime.get(), m_view->mapFromScene(QPointF(40 + i * 280, 100 + (i % 2) * 60))));
    }
    QCOMPARE(m_doc->model().taskCount(), 4);
}

void TestEditorCanvas::buildByDragging()
{
    dropFour();
    QVERIFY(m_scene->nodeItemByName(QStringLiteral("load-csv")));
    QVERIFY(m_scene->nodeItemByName(QStringLiteral("check-schema")));
    QCOMPARE(m_doc->undoStack()->count(), 4);

    drag(m_view->viewport(), portPos(m_view, QStringLiteral("load-csv"), QStringLiteral("table"), true),
         portPos(m_view, QStringLiteral("check-schema"), QStringLiteral("table"), false));
    const model::Task &check = m_doc->model().task(m_doc->model().taskByName(QStringLiteral("check-schema")));
    const model::ArgumentValue *arg = check.argument(QStringLiteral("table"));
    QVERIFY(arg);
    QCOMPARE(arg->kind, model::ArgumentValue::Kind::TaskOutput);
    QCOMPARE(arg->task, QStringLiteral("load-csv"));
    QCOMPARE(arg->output, QStringLiteral("table"));
    QCOMPARE(m_scene->edgeItems().size(), 1);
    QCOMPARE(m_doc->undoStack()->count(), 5);

    // Dragging from the input to an output connects too.
    drag(m_view->viewport(), portPos(m_view, QStringLiteral("train-classifier"), QStringLiteral("train"), false),
         portPos(m_view, QStringLiteral("check-schema"), QStringLiteral("validated"), true));
    QCOMPARE(m_scene->edgeItems().size(), 2);
    // Edges follow the ports.
    for (ui::EdgeItem *e : m_scene->edgeItems())
        QVERIFY(!e->boundingRect().isEmpty());
}

void TestEditorCanvas::refusedConnectionsExplainWhy()
{
    dropFour();
    QWidget *vp = m_view->viewport();
    drag(vp, portPos(m_view, QStringLiteral("load-csv"), QStringLiteral("table"), true),
         portPos(m_view, QStringLiteral("check-schema"), QStringLiteral("table"), false));
    QCOMPARE(m_scene->edgeItems().size(), 1);
    const int commands = m_doc->undoStack()->count();
    const QByteArray before = bytesOf(*m_doc);

    struct Case { QString fromTask, fromPort; bool fromOutput; QString toTask, toPort; QString reason; };
    const QList<Case> cases = {
        // CSV output into a Model input.
        {QStringLiteral("load-csv"), QStringLiteral("table"), true, QStringLiteral("evaluate-model"), QStringLiteral("model"), QStringLiteral("expects Model")},
        // check-schema consumes load-csv: feeding it back makes a cycle.
        {QStringLiteral("check-schema"), QStringLiteral("validated"), true, QStringLiteral("load-csv"), QStringLiteral("data"), QStringLiteral("cycle")},
        // The input is taken.
        {QStringLiteral("load-csv"), QStringLiteral("table"), true, QStringLiteral("check-schema"), QStringLiteral("table"), QStringLiteral("already connected")},
    };
    for (const Case &c : cases) {
        const QPoint from = portPos(m_view, c.fromTask, c.fromPort, c.fromOutput);
        const QPoint to = portPos(m_view, c.toTask, c.toPort, !c.fromOutput);
        mouse(vp, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
        mouse(vp, QEvent::MouseMove, (from + to) / 2, Qt::NoButton, Qt::LeftButton);
        // While dragging the incompatible target is marked and the reason is shown.
        ui::PortItem *target = m_scene->nodeItemByName(c.toTask)->port(c.toPort, !c.fromOutput);
        QCOMPARE(target->highlight(), ui::PortItem::Highlight::Incompatible);
        mouse(vp, QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton);
        QVERIFY2(m_scene->feedback().contains(c.reason), qPrintable(m_scene->feedback()));
        mouse(vp, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
        QVERIFY2(m_scene->feedback().contains(c.reason), qPrintable(m_scene->feedback()));
        QVERIFY(m_scene->feedback().startsWith(QStringLiteral("Not connected")));
        QCOMPARE(target->highlight(), ui::PortItem::Highlight::None);
        QCOMPARE(m_doc->undoStack()->count(), commands);
        QCOMPARE(bytesOf(*m_doc), before);
    }
    // A compatible free port lights up during a drag.
    const QPoint from = portPos(m_view, QStringLiteral("check-schema"), QStringLiteral("validated"), true);
    mouse(vp, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    mouse(vp, QEvent::MouseMove, from + QPoint(30, 30), Qt::NoButton, Qt::LeftButton);
    QCOMPARE(m_scene->nodeItemByName(QStringLiteral("train-classifier"))->port(QStringLiteral("train"), false)->highlight(),
             ui::PortItem::Highlight::Compatible);
    mouse(vp, QEvent::MouseButtonRelease, from + QPoint(30, 30), Qt::LeftButton, Qt::NoButton);
    QCOMPARE(m_doc->undoStack()->count(), commands);
}

void TestEditorCanvas::rubberBandAndMoveIsOneUndoStep()
{
    dropFour();
    QWidget *vp = m_view->viewport();
    // Empty corner -> beyond the first two nodes.
    const QRectF a = m_scene->nodeItemByName(QStringLiteral("load-csv"))->sceneBoundingRect();
    const QRectF b = m_scene->nodeItemByName(QStringLiteral("check-schema"))->sceneBoundingRect();
    drag(vp, m_view->mapFromScene(QPointF(10, 20)), m_view->mapFromScene(QPointF(b.right() + 10, b.bottom() + 10)));
    QCOMPARE(m_scene->selectedTaskIds().size(), 2);

    const int commands = m_doc->undoStack()->count();
    const QByteArray before = bytesOf(*m_doc);
    const QPoint grab = m_view->mapFromScene(a.center() + QPointF(0, -10));
    drag(vp, grab, grab + QPoint(120, 75));
    QCOMPARE(m_doc->undoStack()->count(), commands + 1); // ONE request for the gesture
    const model::Task &load = m_doc->model().task(m_doc->model().taskByName(QStringLiteral("load-csv")));
    const model::Task &check = m_doc->model().task(m_doc->model().taskByName(QStringLiteral("check-schema")));
    QCOMPARE(load.position, QPointF(40 + 120, 100 + 75));
    QCOMPARE(check.position, QPointF(320 + 120, 160 + 75));
    m_doc->undoStack()->undo();
    QCOMPARE(bytesOf(*m_doc), before);
    QCOMPARE(m_scene->nodeItemByName(QStringLiteral("load-csv"))->pos(), QPointF(40, 100));
    // A click without moving changes nothing.
    mouse(vp, QEvent::MouseButtonPress, grab, Qt::LeftButton, Qt::LeftButton);
    mouse(vp, QEvent::MouseButtonRelease, grab, Qt::LeftButton, Qt::NoButton);
    QCOMPARE(m_doc->undoStack()->index(), commands);
}

void TestEditorCanvas::deleteEdgeAndTask()
{
    dropFour();
    drag(m_view->viewport(), portPos(m_view, QStringLiteral("load-csv"), QStringLiteral("table"), true),
         portPos(m_view, QStringLiteral("check-schema"), QStringLiteral("table"), false));
    QCOMPARE(m_scene->edgeItems().size(), 1);
    m_scene->selectTasks({m_doc->model().taskByName(QStringLiteral("load-csv"))});
    QVERIFY(m_doc->requestRemoveTasks(m_scene->selectedTaskIds()).ok());
    QCOMPARE(m_scene->edgeItems().size(), 0);
    QCOMPARE(m_scene->nodeCount(), 3);
    m_doc->undoStack()->undo();
    QCOMPARE(m_scene->edgeItems().size(), 1);
    QCOMPARE(m_scene->nodeCount(), 4);
}

void TestEditorCanvas::zoomAndPan()
{
    dropFour();
    const double z0 = m_view->zoom();
    QWheelEvent wheel(QPointF(300, 300), m_view->viewport()->mapToGlobal(QPointF(300, 300)), QPoint(), QPoint(0, 240),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view->viewport(), &wheel);
    QVERIFY(m_view->zoom() > z0 * 1.2);
    m_view->zoomOut();
    m_view->resetZoom();
    QCOMPARE(m_view->zoom(), 1.0);
    m_view->setZoom(0.01);
    QCOMPARE(m_view->zoom(), 0.05); // clamped
    m_view->fitToContents();
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    for (ui::NodeItem *n : {m_scene->nodeItemByName(QStringLiteral("load-csv")),
                            m_scene->nodeItemByName(QStringLiteral("evaluate-model"))})
        QVERIFY(visible.contains(n->sceneBoundingRect()));
    // Middle-button pan moves the view, not the nodes.
    m_view->setZoom(2.0);
    const int h = m_view->horizontalScrollBar()->value();
    const QByteArray before = bytesOf(*m_doc);
    drag(m_view->viewport(), QPoint(600, 400), QPoint(500, 400), Qt::MiddleButton);
    QCOMPARE(m_view->horizontalScrollBar()->value(), h + 100);
    QCOMPARE(bytesOf(*m_doc), before);
}

void TestEditorCanvas::runStateBadge()
{
    dropFour();
    const QByteArray before = bytesOf(*m_doc);
    m_scene->setTaskState(QStringLiteral("load-csv"), QStringLiteral("succeeded"), 1500);
    m_scene->setTaskState(QStringLiteral("check-schema"), ui::TaskRunState::Running);
    QCOMPARE(m_scene->nodeItemByName(QStringLiteral("load-csv"))->runState(), ui::TaskRunState::Succeeded);
    QVERIFY(m_scene->nodeItemByName(QStringLiteral("load-csv"))->runBadgeText().contains(QStringLiteral("1.5")));
    QCOMPARE(m_scene->nodeItemByName(QStringLiteral("check-schema"))->runBadgeText(), QStringLiteral("Running"));
    // Runtime state never enters the model or file, nor the undo stack.
    QCOMPARE(bytesOf(*m_doc), before);
    QCOMPARE(m_doc->undoStack()->count(), 4);
    m_scene->clearTaskStates();
    QCOMPARE(m_scene->nodeItemByName(QStringLiteral("load-csv"))->runState(), ui::TaskRunState::None);
}

void TestEditorCanvas::missingComponentIsFlaggedAndKept()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("broken.pipeline.yaml")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("name: Broken\nimplementation:\n  graph:\n    tasks:\n"
            "      gone:\n        componentRef: {name: Gone, url: components/nope/component.yaml, digest: abc}\n"
            "        arguments:\n          x: '1'\n"
            "        annotations: {editor.mlwb.io/position: '10,20'}\n");
    f.close();
    Result<Diagnostics> r = manifest::openPipeline(*m_doc, f.fileName());
    QVERIFY(r.ok());
    ui::NodeItem *n = m_scene->nodeItemByName(QStringLiteral("gone"));
    QVERIFY(n);
    QVERIFY(n->isMissing());
    QVERIFY(n->port(QStringLiteral("x"), false)); // its argument stays visible as a port
    QVERIFY(n->toolTip().contains(QStringLiteral("Missing component")));
    const QByteArray saved = bytesOf(*m_doc);
    QVERIFY(saved.contains("components/nope/component.yaml"));
    QVERIFY(saved.contains("digest: abc"));
    // Moving it keeps everything else.
    QVERIFY(m_doc->requestMoveTasks({{n->nodeId(), QPointF(100, 100)}}).ok());
    QVERIFY(bytesOf(*m_doc).contains("components/nope/component.yaml"));
}

namespace {

/// The node `name` rendered through the scene at `scale` (what a view at that zoom paints).
QImage renderNode(ui::PipelineScene *scene, const QString &name, double scale)
{
    const QRectF r = scene->nodeItemByName(name)->sceneBoundingRect();
    QImage img((r.size() * scale).toSize().expandedTo(QSize(1, 1)), QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    scene->render(&p, QRectF(QPointF(0, 0), r.size() * scale), r);
    return img;
}

/// Pixels close to `c` (text, a port colour).
int pixelsLike(const QImage &img, const QColor &c)
{
    int n = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const QColor p = img.pixelColor(x, y);
            n += std::abs(p.red() - c.red()) + std::abs(p.green() - c.green()) + std::abs(p.blue() - c.blue()) < 60;
        }
    return n;
}

} // namespace

void TestEditorCanvas::levelOfDetail()
{
    dropFour();
    const QString name = QStringLiteral("train-classifier");
    const ui::CanvasStyle &st = m_scene->canvasStyle();
    const QColor csv = st.typeColor(QStringLiteral("CSV"));
    // Full detail: texts and typed ports.
    const QImage full = renderNode(m_scene, name, 1.0);
    QVERIFY(pixelsLike(full, st.nodeText) > 100);
    QVERIFY(pixelsLike(full, csv) > 20);
    // Whether the ports show at a zoom: the picture changes when they are hidden.
    ui::NodeItem *node = m_scene->nodeItemByName(name);
    auto portsDrawn = [&](double scale) {
        const QImage with = renderNode(m_scene, name, scale);
        for (ui::PortItem *p : node->inputs() + node->outputs())
            p->setVisible(false);
        const QImage without = renderNode(m_scene, name, scale);
        for (ui::PortItem *p : node->inputs() + node->outputs())
            p->setVisible(true);
        return with != without;
    };
    QVERIFY(portsDrawn(1.0));
    // Zoomed out to 40 %: ports stay, the small texts become one readable label — its strokes
    // are thicker on screen than the detailed texts would be at that zoom.
    const int midText = pixelsLike(renderNode(m_scene, name, 0.4), st.nodeText);
    QVERIFY2(midText > 40, qPrintable(QString::number(midText)));
    // Just above the threshold the detailed texts are tiny: far fewer solid text pixels.
    QVERIFY(midText > 2 * pixelsLike(renderNode(m_scene, name, 0.56), st.nodeText));
    QVERIFY(portsDrawn(0.4));
    // 20 %: no ports; 10 %: a plain block, no text at all.
    QVERIFY(!portsDrawn(0.2));
    QCOMPARE(pixelsLike(renderNode(m_scene, name, 0.1), st.nodeText), 0);
}

void TestEditorCanvas::overviewMap()
{
    ui::OverviewMap map;
    map.resize(300, 200);
    map.setMainView(m_view);
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    dropFour();
    // Redrawn shortly after the pipeline changed, not on every change.
    const int renders = map.renderCount();
    QTRY_VERIFY(map.renderCount() > renders);
    QTest::qWait(250);
    const int settled = map.renderCount();
    const QImage img = map.grab().toImage();
    QVERIFY(pixelsLike(img, m_scene->canvasStyle().nodeBorder) > 20); // the four blocks
    // Scrolling the canvas only moves the frame.
    m_view->setZoom(2.0);
    m_view->centerOn(0, 0);
    QTest::qWait(250);
    QCOMPARE(map.renderCount(), settled);
    // A click moves the canvas there.
    ui::NodeItem *last = m_scene->nodeItemByName(QStringLiteral("evaluate-model"));
    const QPointF target = last->sceneBoundingRect().center();
    const QPoint at = map.sceneToMap().map(target).toPoint();
    QTest::mouseClick(&map, Qt::LeftButton, {}, at);
    const QPointF center = m_view->mapToScene(m_view->viewport()->rect().center());
    QVERIFY2(QLineF(center, target).length() < 20 / map.sceneToMap().m11(),
             qPrintable(QStringLiteral("%1,%2").arg(center.x()).arg(center.y())));
}

QTEST_MAIN(TestEditorCanvas)
#include "tst_editor_canvas.moc"
