// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/editorcontroller.h"

#include "core/layout/layoutgraph.h"
#include "core/model/pipelinedocument.h"
#include "core/model/pipelinelayout.h"
#include "ui/canvas/nodeitem.h"
#include "ui/canvas/pipelinescene.h"
#include "ui/canvas/pipelineview.h"
#include "ui/editor/fragmentmime.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QImage>
#include <QMimeData>
#include <QPainter>
#include <QSvgGenerator>
#include <QtConcurrent>

#include <algorithm>

namespace wb::ui {

using model::NodeId;

EditorController::EditorController(model::PipelineDocument *doc, PipelineScene *scene, PipelineView *view,
                                   QObject *parent)
    : QObject(parent)
    , m_doc(doc)
    , m_scene(scene)
    , m_view(view)
{
    connect(&m_layoutWatcher, &QFutureWatcherBase::finished, this, [this] {
        const Result<layout::LayoutResult> r = m_layoutWatcher.result();
        if (m_doc->undoStack()->index() != m_layoutIndex) {
            emit layoutFinished(false, tr("The pipeline changed while it was being arranged; "
                                          "arrange it again."));
            return;
        }
        const Result<void> applied = applyLayout(r);
        emit layoutFinished(applied.ok(), applied ? tr("Arranged %n tasks.", nullptr, m_doc->model().taskCount())
                                                  : applied.error().text());
    });
}

static Result<void> nothingSelected()
{
    return makeError(QStringLiteral("no-selection"),
                     QCoreApplication::translate("wb::ui::EditorController", "Select one or more tasks first."));
}

Result<void> EditorController::copy()
{
    const QList<NodeId> ids = m_scene->selectedTaskIds();
    if (ids.isEmpty())
        return nothingSelected();
    QGuiApplication::clipboard()->setMimeData(FragmentMime::toMime(m_doc->copyTasks(ids), m_sourceDir, m_doc->model().parameters()));
    m_pasteCount = 0;
    return {};
}

Result<void> EditorController::cut()
{
    WB_TRY(copy());
    return deleteSelection();
}

QPointF EditorController::pasteOffset(const QRectF &bounds)
{
    if (m_view && m_view->underMouse()) {
        const QPointF cursor = m_view->mapToScene(m_view->mapFromGlobal(QCursor::pos()));
        return QPointF(qRound(cursor.x() - bounds.left()), qRound(cursor.y() - bounds.top()));
    }
    ++m_pasteCount;
    return QPointF(40 * m_pasteCount, 40 * m_pasteCount);
}

Result<void> EditorController::paste()
{
    Result<model::PipelineFragment> fragment = FragmentMime::fromMime(QGuiApplication::clipboard()->mimeData());
    if (!fragment)
        return fragment.error();
    QRectF bounds;
    for (model::Task &t : fragment->tasks) {
        if (!t.ref.spec)
            t.ref.spec = t.spec; // resolved from the clipboard's absolute url
        t.ref = m_scene->localizeRef(t.ref);
        bounds |= QRectF(t.position, QSizeF(1, 1));
    }
    Result<QList<NodeId>> ids = m_doc->requestPaste(fragment.value(), pasteOffset(bounds));
    if (!ids)
        return ids.error();
    m_scene->selectTasks(ids.value());
    return {};
}

Result<void> EditorController::duplicate()
{
    const QList<NodeId> ids = m_scene->selectedTaskIds();
    if (ids.isEmpty())
        return nothingSelected();
    Result<QList<NodeId>> added = m_doc->requestDuplicate(ids, QPointF(40, 40));
    if (!added)
        return added.error();
    m_scene->selectTasks(added.value());
    return {};
}

Result<void> EditorController::deleteSelection()
{
    const QList<NodeId> ids = m_scene->selectedTaskIds();
    if (!ids.isEmpty())
        return m_doc->requestRemoveTasks(ids);
    const QList<model::Edge> edges = m_scene->selectedEdges();
    if (edges.size() == 1)
        return m_doc->requestRemoveEdge(edges.first());
    if (edges.isEmpty())
        return nothingSelected();
    // Several edges: one undo step through a macro.
    m_doc->undoStack()->beginMacro(tr("Remove %n connections", nullptr, int(edges.size())));
    Result<void> result;
    for (const model::Edge &e : edges) {
        result = m_doc->requestRemoveEdge(e);
        if (!result)
            break;
    }
    m_doc->undoStack()->endMacro();
    return result;
}

void EditorController::selectAll()
{
    m_scene->selectTasks(m_doc->model().taskIds());
}

Result<void> EditorController::align(Align how)
{
    const QList<NodeId> ids = m_scene->selectedTaskIds();
    if (ids.size() < 2)
        return makeError(QStringLiteral("no-selection"), tr("Select at least two tasks to align."));
    QRectF all;
    for (NodeId id : ids)
        all |= m_scene->nodeItem(id)->sceneBoundingRect().marginsRemoved(QMarginsF(4, 12, 4, 4));
    QHash<NodeId, QPointF> positions;
    for (NodeId id : ids) {
        NodeItem *n = m_scene->nodeItem(id);
        QPointF p = n->pos();
        const QSizeF s = n->size();
        switch (how) {
        case Align::Left: p.setX(all.left()); break;
        case Align::Right: p.setX(all.right() - s.width()); break;
        case Align::Top: p.setY(all.top()); break;
        case Align::Bottom: p.setY(all.bottom() - s.height()); break;
        case Align::HCenter: p.setX(all.center().x() - s.width() / 2); break;
        case Align::VCenter: p.setY(all.center().y() - s.height() / 2); break;
        }
        positions.insert(id, QPointF(qRound(p.x()), qRound(p.y())));
    }
    return m_doc->requestMoveTasks(positions);
}

Result<void> EditorController::distribute(Qt::Orientation orientation)
{
    QList<NodeItem *> nodes;
    for (NodeId id : m_scene->selectedTaskIds())
        nodes.append(m_scene->nodeItem(id));
    if (nodes.size() < 3)
        return makeError(QStringLiteral("no-selection"), tr("Select at least three tasks to distribute."));
    const bool h = orientation == Qt::Horizontal;
    std::sort(nodes.begin(), nodes.end(), [h](NodeItem *a, NodeItem *b) {
        return h ? a->pos().x() < b->pos().x() : a->pos().y() < b->pos().y();
    });
    // Equal gaps between neighbours, first and last stay where they are.
    double total = 0;
    for (NodeItem *n : nodes)
        total += h ? n->size().width() : n->size().height();
    const double start = h ? nodes.first()->pos().x() : nodes.first()->pos().y();
    const double end = h ? nodes.last()->pos().x() + nodes.last()->size().width()
                         : nodes.last()->pos().y() + nodes.last()->size().height();
    const double gap = (end - start - total) / (nodes.size() - 1);
    QHash<NodeId, QPointF> positions;
    double cursor = start;
    for (NodeItem *n : nodes) {
        QPointF p = n->pos();
        (h ? p.rx() : p.ry()) = cursor;
        cursor += (h ? n->size().width() : n->size().height()) + gap;
        positions.insert(n->nodeId(), QPointF(qRound(p.x()), qRound(p.y())));
    }
    return m_doc->requestMoveTasks(positions);
}

static layout::LayoutGraph layoutInput(const model::PipelineDocument *doc, const PipelineScene *scene)
{
    QHash<NodeId, QSizeF> sizes;
    for (NodeId id : doc->model().taskIds())
        if (NodeItem *n = scene->nodeItem(id))
            sizes.insert(id, n->size());
    return model::toLayoutGraph(doc->model(), sizes);
}

Result<void> EditorController::applyLayout(const Result<layout::LayoutResult> &result)
{
    if (!result)
        return result.error();
    return m_doc->requestApplyLayout(result.value());
}

void EditorController::autoLayout()
{
    if (m_layoutWatcher.isRunning())
        return;
    m_layoutIndex = m_doc->undoStack()->index();
    const layout::LayoutGraph graph = layoutInput(m_doc, m_scene);
    m_layoutWatcher.setFuture(QtConcurrent::run([graph] { return layout::layoutWithGraphviz(graph); }));
}

Result<void> EditorController::autoLayoutNow()
{
    return applyLayout(layout::layoutWithGraphviz(layoutInput(m_doc, m_scene)));
}

Result<void> EditorController::exportSvg(const QString &path) const
{
    const QRectF source = m_scene->contentsRect();
    QSvgGenerator gen;
    gen.setFileName(path);
    gen.setSize(source.size().toSize());
    gen.setViewBox(QRectF(QPointF(0, 0), source.size()));
    gen.setTitle(m_doc->model().info().name);
    gen.setDescription(tr("Pipeline exported from mlwb"));
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    m_scene->clearSelection();
    {
        QPainter p;
        if (!p.begin(&gen))
            return makeError(QStringLiteral("write-failed"), tr("Cannot write %1.").arg(path));
        m_scene->render(&p, QRectF(QPointF(0, 0), source.size()), source);
    }
    for (QGraphicsItem *i : selected)
        i->setSelected(true);
    return {};
}

Result<void> EditorController::exportPng(const QString &path, double scale) const
{
    const QRectF source = m_scene->contentsRect();
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return makeError(QStringLiteral("too-large"), tr("The pipeline is too large to export as an image."));
    image.fill(m_scene->canvasStyle().background);
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    m_scene->clearSelection();
    {
        QPainter p(&image);
        p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        m_scene->render(&p, QRectF(QPointF(0, 0), image.size()), source);
    }
    for (QGraphicsItem *i : selected)
        i->setSelected(true);
    if (!image.save(path, "PNG"))
        return makeError(QStringLiteral("write-failed"), tr("Cannot write %1.").arg(path));
    return {};
}

} // namespace wb::ui
