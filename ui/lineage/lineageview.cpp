// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lineage/lineageview.h"

#include "ui/lineage/graphscene.h"
#include "ui/runs/runformat.h"

#include <QGraphicsItem>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace wb::ui {

using namespace wb::store;

namespace {

bool isRunContextType(const QString &type)
{
    return type == QLatin1String("system.PipelineRun") || type.contains(QLatin1String("run"), Qt::CaseInsensitive);
}

QString shortType(const QString &type)
{
    return type.startsWith(QLatin1String("system.")) ? type.mid(7) : type;
}

} // namespace

LineageView::LineageView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 0);
    bar->addWidget(new QLabel(tr("Depth:"), this));
    m_depth = new QSpinBox(this);
    m_depth->setRange(1, 99);
    m_depth->setValue(2);
    m_depth->setToolTip(tr("Execution hops loaded upstream and downstream; double-click a node to load one more level around it"));
    bar->addWidget(m_depth);
    auto *reload = new QPushButton(tr("Reload"), this);
    bar->addWidget(reload);
    auto *fit = new QPushButton(tr("Fit"), this);
    bar->addWidget(fit);
    m_drift = new QPushButton(tr("Compare drift"), this);
    m_drift->setObjectName(QStringLiteral("compareDrift"));
    m_drift->setToolTip(tr("Select two dataset artifacts (Ctrl+click) to compare their data in the Drift tab"));
    m_drift->setEnabled(false);
    bar->addWidget(m_drift);
    m_status = new QLabel(this);
    bar->addWidget(m_status, 1);
    layout->addLayout(bar);
    m_scene = new GraphScene(this);
    m_view = new GraphView(this);
    m_view->setScene(m_scene);
    layout->addWidget(m_view, 1);
    connect(m_scene, &GraphScene::nodeActivated, this, &LineageView::onActivated);
    connect(fit, &QPushButton::clicked, m_view, &GraphView::fitAll);
    // Context m_drift: the scene emits selectionChanged while it is destroyed, after the button.
    connect(m_scene, &QGraphicsScene::selectionChanged, m_drift, [this] {
        m_drift->setEnabled(selectedArtifactPair().first != 0);
    });
    connect(m_drift, &QPushButton::clicked, this, [this] {
        const auto pair = selectedArtifactPair();
        if (pair.first != 0)
            emit driftRequested(pair.first, pair.second);
    });
    connect(reload, &QPushButton::clicked, this, [this] {
        if (m_root)
            (void)showArtifact(m_root);
    });
    m_status->setText(tr("Choose an artifact (Show lineage) to see where it came from and where it went"));
}

void LineageView::setSession(StoreSessionPtr session)
{
    m_session = std::move(session);
    m_root = 0;
    m_nodes.clear();
    m_edges.clear();
    m_expanded.clear();
    m_contextsResolved.clear();
    redraw();
}

Result<void> LineageView::showArtifact(qint64 artifactId, int depth)
{
    if (!m_session)
        return makeError(QStringLiteral("store.closed"), tr("No metadata store is open"));
    if (depth > 0)
        m_depth->setValue(depth);
    auto graph = m_session->with([&](MetadataStore &s) -> Result<LineageGraph> {
        auto g = s.lineage(artifactId, LineageDirection::Both, m_depth->value());
        if (!g)
            return g;
        m_root = artifactId;
        m_nodes.clear();
        m_edges.clear();
        m_expanded.clear();
        m_contextsResolved.clear();
        merge(*g);
        WB_TRY(attachContexts(s));
        return g;
    });
    if (!graph) {
        emit errorOccurred(graph.error().text());
        return graph.error();
    }
    m_expanded.insert(QStringLiteral("artifact:%1").arg(artifactId));
    redraw();
    m_fitPending = true;
    if (isVisible())
        fitNow();
    return {};
}

Result<void> LineageView::expandNode(const QString &nodeId)
{
    if (!m_session)
        return makeError(QStringLiteral("store.closed"), tr("No metadata store is open"));
    if (!m_nodes.contains(nodeId))
        return makeError(QStringLiteral("lineage.node"), tr("The node %1 is not in the graph").arg(nodeId));
    const Node node = m_nodes.value(nodeId);
    if (node.extra)
        return {};
    auto done = m_session->with([&](MetadataStore &s) -> Result<void> {
        switch (node.info.kind) {
        case NodeKind::Artifact: {
            auto g = s.lineage(node.info.dbId, LineageDirection::Both, 1);
            if (!g)
                return g.error();
            merge(*g);
            break;
        }
        case NodeKind::Execution: {
            // One level around a step: exactly its input and output artifacts.
            auto events = s.eventsOfExecution(node.info.dbId);
            if (!events)
                return events.error();
            LineageGraph g;
            for (const EventInfo &ev : std::as_const(*events)) {
                auto a = s.artifact(ev.artifactId);
                if (!a)
                    continue; // a dangling event
                const QString aid = QStringLiteral("artifact:%1").arg(a->id);
                g.nodes << LineageNode{aid, NodeKind::Artifact, a->id, a->typeName, a->displayName(), a->uri, a->state};
                if (isOutputEvent(ev.type))
                    g.edges << LineageEdge{nodeId, aid, eventTypeName(ev.type)};
                else
                    g.edges << LineageEdge{aid, nodeId, eventTypeName(ev.type)};
            }
            merge(g);
            break;
        }
        case NodeKind::Context: {
            auto execs = s.executionsOfContext(node.info.dbId);
            if (!execs)
                return execs.error();
            LineageGraph g;
            for (const ExecutionInfo &e : std::as_const(*execs)) {
                if (m_nodes.size() + g.nodes.size() >= kMaxNodes)
                    break;
                const QString id = QStringLiteral("execution:%1").arg(e.id);
                g.nodes << LineageNode{id, NodeKind::Execution, e.id, e.typeName, e.displayName(), {}, e.state};
                g.edges << LineageEdge{id, nodeId, QStringLiteral("CONTEXT")};
                m_contextsResolved.insert(e.id); // already linked to this context
            }
            merge(g);
            break;
        }
        }
        return attachContexts(s);
    });
    if (!done) {
        emit errorOccurred(done.error().text());
        return done;
    }
    m_expanded.insert(nodeId);
    redraw();
    return {};
}

void LineageView::merge(const LineageGraph &graph)
{
    for (const LineageNode &n : graph.nodes) {
        if (m_nodes.contains(n.id))
            continue;
        if (m_nodes.size() >= kMaxNodes)
            break;
        Node node;
        node.info = n;
        m_nodes.insert(n.id, node);
    }
    for (const LineageEdge &e : graph.edges)
        addEdge(e.from, e.to, e.event == QLatin1String("CONTEXT"));
}

void LineageView::addEdge(const QString &from, const QString &to, bool dashed)
{
    if (m_nodes.contains(from) && m_nodes.contains(to))
        m_edges.insert(from + QLatin1Char('\n') + to, dashed);
}

Result<void> LineageView::attachContexts(MetadataStore &s)
{
    const QList<Node> nodes = m_nodes.values();
    for (const Node &n : nodes) {
        if (n.info.kind != NodeKind::Execution || m_contextsResolved.contains(n.info.dbId))
            continue;
        m_contextsResolved.insert(n.info.dbId);
        auto contexts = s.contextsOfExecution(n.info.dbId);
        if (!contexts)
            return contexts.error();
        for (const ContextInfo &c : std::as_const(*contexts)) {
            if (!isRunContextType(c.typeName))
                continue;
            const QString cid = QStringLiteral("context:%1").arg(c.id);
            if (!m_nodes.contains(cid)) {
                if (m_nodes.size() >= kMaxNodes)
                    break;
                Node ctx;
                const QString display = c.customProperties.value(QStringLiteral("display_name")).toString();
                ctx.info = LineageNode{cid, NodeKind::Context, c.id, c.typeName, display.isEmpty() ? c.name : display, {}, 0};
                m_nodes.insert(cid, ctx);
                const QString commit = c.customProperties.value(QStringLiteral("git_commit")).toString();
                if (!commit.isEmpty()) {
                    Node git;
                    git.extra = true;
                    git.info = LineageNode{QStringLiteral("git:") + commit, NodeKind::Context, 0, tr("git commit"), commit.left(10), {}, 0};
                    m_nodes.insert(git.info.id, git);
                    addEdge(git.info.id, cid, true);
                }
                const QVariantMap manifests = c.customProperties.value(QStringLiteral("dataset_manifest_hashes")).toMap();
                for (auto it = manifests.constBegin(); it != manifests.constEnd(); ++it) {
                    Node ds;
                    ds.extra = true;
                    const QString hash = it.value().toString();
                    ds.info = LineageNode{QStringLiteral("manifest:") + hash, NodeKind::Context, 0, tr("dataset manifest"), it.key(), {}, 0};
                    ds.caption = hash.left(12);
                    m_nodes.insert(ds.info.id, ds);
                    addEdge(ds.info.id, cid, true);
                }
            }
            addEdge(n.info.id, cid, true);
        }
    }
    return {};
}

void LineageView::redraw()
{
    QList<GraphNodeSpec> specs;
    for (const Node &n : std::as_const(m_nodes)) {
        GraphNodeSpec g;
        g.id = n.info.id;
        g.toolTip = tr("%1 %2\n%3").arg(n.info.type, n.info.name, n.info.uri);
        g.expandable = !n.extra && !m_expanded.contains(n.info.id);
        if (n.extra) {
            g.shape = GraphNodeSpec::Shape::Tag;
            g.title = n.info.name;
            g.subtitle = n.info.type;
            g.caption = n.caption;
            g.accent = QColor(0x6d, 0x5a, 0x9e);
            g.fill = QColor(0xef, 0xeb, 0xf7);
        } else if (n.info.kind == NodeKind::Artifact) {
            g.shape = GraphNodeSpec::Shape::RoundedRect;
            g.title = n.info.name.isEmpty() ? tr("artifact %1").arg(n.info.dbId) : n.info.name;
            g.subtitle = shortType(n.info.type);
            g.caption = n.info.uri;
            g.accent = n.info.dbId == m_root ? QColor(0x1e, 0x6f, 0xd9) : QColor(0x4f, 0x8a, 0x6b);
            g.fill = n.info.dbId == m_root ? QColor(0xdd, 0xea, 0xfb) : QColor(0xea, 0xf5, 0xee);
        } else if (n.info.kind == NodeKind::Execution) {
            g.shape = GraphNodeSpec::Shape::Box;
            g.title = n.info.name;
            g.subtitle = shortType(n.info.type);
            g.caption = RunFormat::executionStateText(n.info.state);
            g.accent = RunFormat::executionStateColor(n.info.state);
            g.fill = softFill(g.accent);
        } else {
            g.shape = GraphNodeSpec::Shape::Ellipse;
            g.title = n.info.name;
            g.subtitle = shortType(n.info.type);
            g.accent = QColor(0xb0, 0x7d, 0x2a);
            g.fill = QColor(0xfb, 0xf1, 0xde);
            g.toolTip += tr("\nDouble-click to load the run's executions");
        }
        specs << g;
    }
    QList<GraphEdgeSpec> edges;
    for (auto it = m_edges.constBegin(); it != m_edges.constEnd(); ++it)
        edges << GraphEdgeSpec{it.key().section(QLatin1Char('\n'), 0, 0), it.key().section(QLatin1Char('\n'), 1, 1), it.value()};
    std::sort(specs.begin(), specs.end(), [](const GraphNodeSpec &a, const GraphNodeSpec &b) { return a.id < b.id; });
    std::sort(edges.begin(), edges.end(), [](const GraphEdgeSpec &a, const GraphEdgeSpec &b) {
        return std::tie(a.from, a.to) < std::tie(b.from, b.to);
    });
    auto laid = m_scene->setGraph(specs, edges, true);
    if (!laid) {
        m_status->setText(tr("Cannot lay out the lineage: %1").arg(laid.error().text()));
        return;
    }
    m_status->setText(m_nodes.isEmpty() ? QString()
                      : tr("%n node(s), %1 edge(s)%2", nullptr, int(m_nodes.size()))
                            .arg(m_edges.size())
                            .arg(m_nodes.size() >= kMaxNodes ? tr(" - limited to %1 nodes").arg(kMaxNodes) : QString()));
}

void LineageView::fitNow()
{
    m_fitPending = false;
    m_view->fitAll();
}

void LineageView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_fitPending)
        QTimer::singleShot(0, this, &LineageView::fitNow);
}

QPair<qint64, qint64> LineageView::selectedArtifactPair() const
{
    QList<const Node *> picked;
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        const auto it = m_nodes.constFind(item->data(0).toString());
        if (it == m_nodes.cend() || it->info.kind != store::NodeKind::Artifact || it->info.uri.isEmpty())
            return {};
        picked << &*it;
    }
    if (picked.size() != 2)
        return {};
    if (picked[0]->info.dbId > picked[1]->info.dbId)
        std::swap(picked[0], picked[1]);
    return {picked[0]->info.dbId, picked[1]->info.dbId};
}

void LineageView::onActivated(const QString &id)
{
    (void)expandNode(id);
}

} // namespace wb::ui
