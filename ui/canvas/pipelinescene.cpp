// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/canvas/pipelinescene.h"

#include "core/base/fileio.h"
#include "core/manifest/componentreader.h"
#include "core/model/pipelinedocument.h"
#include "ui/canvas/edgeitem.h"
#include "ui/canvas/interactions.h"
#include "ui/canvas/portitem.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QPainter>
#include <QVarLengthArray>

namespace wb::ui {

using model::Edge;
using model::NodeId;

PipelineScene::PipelineScene(model::PipelineDocument *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_doc(document)
    , m_style(CanvasStyle::fromPalette(QApplication::palette()))
{
    // BSP index: fast hit tests and exposure queries for thousands of static nodes. Moves are
    // rare (one node at a time) so the index maintenance cost stays small.
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    const model::PipelineModel *m = m_doc->modelObject();
    connect(m, &model::PipelineModel::modelReset, this, &PipelineScene::rebuild);
    connect(m, &model::PipelineModel::taskAdded, this, &PipelineScene::addNode);
    connect(m, &model::PipelineModel::taskRemoved, this, &PipelineScene::removeNode);
    connect(m, &model::PipelineModel::taskChanged, this, &PipelineScene::onTaskChanged);
    connect(m, &model::PipelineModel::edgeAdded, this, &PipelineScene::addEdge);
    connect(m, &model::PipelineModel::edgeRemoved, this, &PipelineScene::removeEdge);
    connect(m, &model::PipelineModel::positionsChanged, this, &PipelineScene::onPositionsChanged);
    rebuild();
}

PipelineScene::~PipelineScene()
{
    m_interaction.reset();
}

void PipelineScene::refreshStyle()
{
    m_style = CanvasStyle::fromPalette(QApplication::palette());
    for (NodeItem *n : std::as_const(m_nodes))
        n->refresh();
    for (EdgeItem *e : std::as_const(m_edges))
        e->refreshStyle();
    update();
    emit styleChanged();
}

bool PipelineScene::event(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange)
        refreshStyle();
    return QGraphicsScene::event(event);
}

NodeItem *PipelineScene::nodeItemByName(const QString &taskName) const
{
    return m_nodes.value(m_doc->model().taskByName(taskName));
}

QList<EdgeItem *> PipelineScene::edgeItems() const
{
    return m_edges.values();
}

void PipelineScene::rebuild()
{
    m_interaction.reset();
    clear();
    m_nodes.clear();
    m_edges.clear();
    m_edgesOfNode.clear();
    const model::PipelineModel &m = m_doc->model();
    m_applyingModel = true;
    for (NodeId id : m.taskIds())
        addNode(id);
    for (const Edge &e : m.edges())
        addEdge(e);
    m_applyingModel = false;
    setSceneRect(QRectF());
    emit contentChanged();
}

void PipelineScene::addNode(NodeId id)
{
    const model::Task *t = m_doc->model().findTask(id);
    if (!t || m_nodes.contains(id))
        return;
    auto *n = new NodeItem(this, id);
    m_nodes.insert(id, n);
    n->refresh();
    const bool was = m_applyingModel;
    m_applyingModel = true;
    n->setPos(t->position);
    m_applyingModel = was;
    addItem(n);
    if (!was)
        emit contentChanged();
}

void PipelineScene::removeNode(NodeId id)
{
    if (m_interaction)
        m_interaction.reset(); // a gesture must not outlive its items
    NodeItem *n = m_nodes.take(id);
    m_edgesOfNode.remove(id);
    delete n;
    emit contentChanged();
}

void PipelineScene::addEdge(const Edge &edge)
{
    if (m_edges.contains(edge) || !m_nodes.contains(edge.from) || !m_nodes.contains(edge.to))
        return;
    auto *e = new EdgeItem(this, edge);
    m_edges.insert(edge, e);
    m_edgesOfNode[edge.from].append(e);
    if (edge.to != edge.from)
        m_edgesOfNode[edge.to].append(e);
    addItem(e);
    // A missing component derives its ports from edges: refresh it so the port exists.
    if (NodeItem *from = m_nodes.value(edge.from); from && from->isMissing()
        && !edge.output.isEmpty() && !from->port(edge.output, true))
        onTaskChanged(edge.from);
    e->updatePath();
    updatePortConnections(edge.from);
    updatePortConnections(edge.to);
    if (!m_applyingModel)
        emit contentChanged();
}

void PipelineScene::removeEdge(const Edge &edge)
{
    EdgeItem *e = m_edges.take(edge);
    if (!e)
        return;
    if (m_interaction)
        m_interaction.reset();
    m_edgesOfNode[edge.from].removeOne(e);
    m_edgesOfNode[edge.to].removeOne(e);
    delete e;
    updatePortConnections(edge.from);
    updatePortConnections(edge.to);
    emit contentChanged();
}

void PipelineScene::updatePortConnections(NodeId id)
{
    NodeItem *n = m_nodes.value(id);
    if (!n)
        return;
    QSet<QString> outs, ins;
    for (EdgeItem *e : m_edgesOfNode.value(id)) {
        if (e->edge().from == id)
            outs.insert(e->edge().output);
        if (e->edge().to == id)
            ins.insert(e->edge().input);
    }
    for (PortItem *p : n->outputs())
        p->setConnected(outs.contains(p->name()));
    for (PortItem *p : n->inputs())
        p->setConnected(ins.contains(p->name()));
}

void PipelineScene::onTaskChanged(NodeId id)
{
    NodeItem *n = m_nodes.value(id);
    if (!n)
        return;
    if (m_interaction)
        m_interaction.reset(); // ports are recreated
    n->refresh();
    updateEdgesOf(id);
    updatePortConnections(id);
    emit contentChanged();
}

void PipelineScene::onPositionsChanged(const QList<NodeId> &ids)
{
    const model::PipelineModel &m = m_doc->model();
    m_applyingModel = true;
    for (NodeId id : ids)
        if (NodeItem *n = m_nodes.value(id); n && m.findTask(id)) {
            n->setPos(m.task(id).position);
            updateEdgesOf(id);
        }
    m_applyingModel = false;
    emit contentChanged();
}

void PipelineScene::nodeGeometryChanged(NodeItem *node)
{
    updateEdgesOf(node->nodeId());
    if (!m_applyingModel)
        emit contentChanged();
}

void PipelineScene::updateEdgesOf(NodeId id)
{
    const auto it = m_edgesOfNode.constFind(id);
    if (it == m_edgesOfNode.constEnd())
        return;
    for (EdgeItem *e : *it)
        e->updatePath();
}

QList<NodeId> PipelineScene::selectedTaskIds() const
{
    QList<NodeId> ids;
    // Document order, so copy/paste and alignment are deterministic.
    for (NodeId id : m_doc->model().taskIds())
        if (NodeItem *n = m_nodes.value(id); n && n->isSelected())
            ids.append(id);
    return ids;
}

QList<Edge> PipelineScene::selectedEdges() const
{
    QList<Edge> edges;
    for (QGraphicsItem *i : selectedItems())
        if (i->type() == EdgeItem::Type)
            edges.append(static_cast<EdgeItem *>(i)->edge());
    return edges;
}

void PipelineScene::selectTasks(const QList<NodeId> &ids)
{
    blockSignals(true);
    clearSelection();
    blockSignals(false);
    for (NodeId id : ids)
        if (NodeItem *n = m_nodes.value(id))
            n->setSelected(true);
    emit selectionChanged();
}

QRectF PipelineScene::contentsRect() const
{
    QRectF r;
    for (NodeItem *n : std::as_const(m_nodes))
        r |= n->sceneBoundingRect();
    return r.isNull() ? QRectF(0, 0, 400, 300) : r.adjusted(-40, -40, 40, 40);
}

void PipelineScene::setTaskState(const QString &taskName, TaskRunState state, qint64 durationMs, const QString &reason)
{
    if (NodeItem *n = nodeItemByName(taskName))
        n->setRunState(state, durationMs, reason);
}

void PipelineScene::setTaskState(const QString &taskName, const QString &state, qint64 durationMs, const QString &reason)
{
    static const QHash<QString, TaskRunState> names = {
        {QStringLiteral("pending"), TaskRunState::Pending},
        {QStringLiteral("running"), TaskRunState::Running},
        {QStringLiteral("succeeded"), TaskRunState::Succeeded},
        {QStringLiteral("complete"), TaskRunState::Succeeded},
        {QStringLiteral("failed"), TaskRunState::Failed},
        {QStringLiteral("cached"), TaskRunState::Cached},
        {QStringLiteral("skipped"), TaskRunState::Skipped},
        {QStringLiteral("not-run"), TaskRunState::NotRun},
        {QStringLiteral("cancelled"), TaskRunState::Cancelled},
        {QStringLiteral("canceled"), TaskRunState::Cancelled}, // MLMD's spelling
    };
    setTaskState(taskName, names.value(state.toLower(), TaskRunState::None), durationMs, reason);
}

void PipelineScene::clearTaskStates()
{
    for (NodeItem *n : std::as_const(m_nodes))
        n->setRunState(TaskRunState::None, -1);
}

void PipelineScene::setComponentBaseDirs(const QString &pipelineDir, const QString &workspaceDir)
{
    m_pipelineDir = pipelineDir;
    m_workspaceDir = workspaceDir;
}

bool PipelineScene::isInsideBaseDirs(const QString &canonical) const
{
    auto inside = [&](const QString &dir) {
        const QString c = dir.isEmpty() ? QString() : QFileInfo(dir).canonicalFilePath();
        return !c.isEmpty() && canonical.startsWith(c + QLatin1Char('/'));
    };
    return !canonical.isEmpty() && (inside(m_pipelineDir) || inside(m_workspaceDir));
}

QString PipelineScene::relativeBase() const
{
    return QFileInfo(m_pipelineDir.isEmpty() ? m_workspaceDir : m_pipelineDir).canonicalFilePath();
}

model::ComponentRef PipelineScene::localizeRef(const model::ComponentRef &ref) const
{
    if (ref.specInline || ref.url.isEmpty() || !QDir::isAbsolutePath(ref.url))
        return ref;
    model::ComponentRef r = ref;
    const QString canonical = QFileInfo(ref.url).canonicalFilePath();
    if (isInsideBaseDirs(canonical) && !relativeBase().isEmpty()) {
        r.url = QDir(relativeBase()).relativeFilePath(canonical);
    } else if (r.spec) {
        r.url.clear();
        r.digest.clear();
        r.specInline = true;
    }
    return r;
}

model::ComponentRef PipelineScene::componentRefFor(const QString &absolutePath, const QByteArray &bytes,
                                                   const model::ComponentSpecPtr &spec) const
{
    model::ComponentRef ref;
    ref.name = spec ? spec->name : QString();
    ref.spec = spec;
    const QString canonical = QFileInfo(absolutePath).canonicalFilePath();
    if (isInsideBaseDirs(canonical) && !relativeBase().isEmpty()) {
        ref.url = QDir(relativeBase()).relativeFilePath(canonical);
        ref.digest = sha256Hex(bytes);
    } else {
        // Outside the workspace (the shipped library, a user folder): embed, so the pipeline
        // does not depend on where mlwb is installed.
        ref.specInline = true;
    }
    return ref;
}

Result<NodeId> PipelineScene::addComponentFromFile(const QString &path, const QPointF &scenePos)
{
    Result<QByteArray> bytes = readFileLimited(path, manifest::kMaxComponentFileBytes);
    if (!bytes)
        return bytes.error();
    Result<model::ComponentSpec> spec = manifest::readComponentSpec(bytes.value(), path);
    if (!spec)
        return spec.error();
    auto ptr = std::make_shared<const model::ComponentSpec>(std::move(spec.value()));
    const model::ComponentRef ref = componentRefFor(path, bytes.value(), ptr);
    const QPointF pos(qRound(scenePos.x()), qRound(scenePos.y()));
    return m_doc->requestAddTask(ref, ptr, pos);
}

void PipelineScene::setFeedback(const QString &text)
{
    if (m_feedback == text)
        return;
    m_feedback = text;
    emit feedbackChanged(text);
}

// ---- mouse -------------------------------------------------------------------------------

void PipelineScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_interaction) {
        QGraphicsScene::mousePressEvent(event);
        return;
    }
    QGraphicsItem *hit = nullptr;
    const QTransform t = event->widget() && !views().isEmpty() ? views().first()->transform() : QTransform();
    for (QGraphicsItem *i : items(event->scenePos(), Qt::IntersectsItemShape, Qt::DescendingOrder, t)) {
        if (i->type() == PortItem::Type || i->type() == NodeItem::Type || i->type() == EdgeItem::Type) {
            hit = i;
            break;
        }
    }
    if (hit && hit->type() == PortItem::Type) {
        m_interaction = std::make_unique<NewEdgeInteraction>(this, static_cast<PortItem *>(hit));
        event->accept();
        return;
    }
    if (!hit) {
        const bool additive = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
        m_interaction = std::make_unique<RubberBandInteraction>(this, event->scenePos(), additive);
        event->accept();
        return;
    }
    QGraphicsScene::mousePressEvent(event);
    if (hit->type() == NodeItem::Type)
        m_interaction = std::make_unique<MoveInteraction>(this);
}

void PipelineScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_interaction && m_interaction->move(event))
        return;
    QGraphicsScene::mouseMoveEvent(event);
}

void PipelineScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_interaction) {
        // Default release first so the item move ends before the interaction commits.
        std::unique_ptr<Interaction> interaction = std::move(m_interaction);
        const bool handled = interaction->release(event);
        if (!handled)
            QGraphicsScene::mouseReleaseEvent(event);
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
}

void PipelineScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    for (QGraphicsItem *i : items(event->scenePos()))
        if (i->type() == NodeItem::Type) {
            emit taskActivated(static_cast<NodeItem *>(i)->nodeId());
            return;
        }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

void PipelineScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, m_style.background);
    const double scale = painter->worldTransform().m11();
    const double step = scale < 0.5 ? 100 : 20;
    if (scale < 0.15)
        return;
    QVarLengthArray<QLineF, 256> minor, major;
    const double left = std::floor(rect.left() / step) * step;
    const double top = std::floor(rect.top() / step) * step;
    for (double x = left; x < rect.right(); x += step)
        (qRound(x) % 100 == 0 ? major : minor).append(QLineF(x, rect.top(), x, rect.bottom()));
    for (double y = top; y < rect.bottom(); y += step)
        (qRound(y) % 100 == 0 ? major : minor).append(QLineF(rect.left(), y, rect.right(), y));
    QPen pen(m_style.gridMinor, 0); // cosmetic: one device pixel at any zoom / DPI
    painter->setPen(pen);
    painter->drawLines(minor.constData(), int(minor.size()));
    pen.setColor(m_style.gridMajor);
    painter->setPen(pen);
    painter->drawLines(major.constData(), int(major.size()));
}

} // namespace wb::ui
