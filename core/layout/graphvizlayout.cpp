// SPDX-License-Identifier: GPL-3.0-or-later
// Graphviz `dot` behind a pure function (the QGV lesson, design 2.7): the cgraph/gvc types stay
// in this file, the caller gets screen coordinates and a Result.
//
// Units: one screen pixel is taken as one PostScript point (Graphviz's 72 dpi), so node sizes
// go in as pixels / 72 inches and positions come out in pixels unscaled. The canvas applies its
// own zoom, so a 1:1 mapping keeps the layout independent of the monitor's dpi.
#include "core/layout/layoutgraph.h"

#include "core/base/tr.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <QSet>

#include <cmath>
#include <memory>
#include <mutex>

namespace wb::layout {
namespace {

constexpr double kPointsPerInch = 72.0;

// Graphviz keeps global state (error hooks, the layout engine's statics): one call at a time.
std::mutex &graphvizMutex()
{
    static std::mutex mutex;
    return mutex;
}

struct ContextDeleter
{
    void operator()(GVC_t *ctx) const { gvFreeContext(ctx); }
};
struct GraphDeleter
{
    void operator()(Agraph_t *g) const { agclose(g); }
};
using ContextPtr = std::unique_ptr<GVC_t, ContextDeleter>;
using GraphPtr = std::unique_ptr<Agraph_t, GraphDeleter>;

// Creating a context reads the plugin configuration and loads plugins; do it once per process
// (guarded by graphvizMutex, which every caller holds).
GVC_t *sharedContext()
{
    static ContextPtr context(gvContext());
    return context.get();
}

// Frees the layout data attached to the graph before the graph itself is closed.
class LayoutGuard
{
public:
    LayoutGuard(GVC_t *ctx, Agraph_t *g) : m_ctx(ctx), m_g(g) {}
    ~LayoutGuard() { gvFreeLayout(m_ctx, m_g); }
    LayoutGuard(const LayoutGuard &) = delete;
    LayoutGuard &operator=(const LayoutGuard &) = delete;

private:
    GVC_t *m_ctx;
    Agraph_t *m_g;
};

// agerr() output is routed here instead of stderr while a layout runs (mutex held).
QByteArray *g_errorSink = nullptr;

int collectGraphvizMessage(char *message)
{
    if (g_errorSink && message)
        g_errorSink->append(message);
    return 0;
}

// Installs the error hook for one call and restores the previous one afterwards.
class ErrorCapture
{
public:
    ErrorCapture()
    {
        g_errorSink = &m_text;
        m_previous = agseterrf(&collectGraphvizMessage);
        agreseterrors();
    }
    ~ErrorCapture()
    {
        agseterrf(m_previous);
        g_errorSink = nullptr;
    }
    ErrorCapture(const ErrorCapture &) = delete;
    ErrorCapture &operator=(const ErrorCapture &) = delete;

    bool hadErrors() const { return agerrors() >= AGERR; }
    QString text() const { return QString::fromUtf8(m_text).trimmed(); }

private:
    QByteArray m_text;
    agusererrf m_previous = nullptr;
};

char *cstr(const char *literal)
{
    return const_cast<char *>(literal); // cgraph takes char* but does not modify these
}

QByteArray inches(double pixels)
{
    return QByteArray::number(pixels / kPointsPerInch, 'f', 4);
}

bool validSize(double v)
{
    return std::isfinite(v) && v > 0 && v < 1e6;
}

Result<void> validate(const LayoutGraph &graph)
{
    QSet<QString> ids;
    ids.reserve(graph.nodes.size());
    for (const LayoutNode &node : graph.nodes) {
        if (node.id.isEmpty())
            return makeError(QStringLiteral("layout.empty-id"), Tr::tr("Cannot lay out the graph: a node has an empty id."));
        if (node.id.contains(QChar(0)))
            return makeError(QStringLiteral("layout.bad-id"),
                             Tr::tr("Cannot lay out the graph: node id \"%1\" contains a NUL character.").arg(node.id));
        if (ids.contains(node.id))
            return makeError(QStringLiteral("layout.duplicate-id"),
                             Tr::tr("Cannot lay out the graph: the node id \"%1\" is used twice. Give each node a unique id.").arg(node.id));
        if (!validSize(node.width) || !validSize(node.height))
            return makeError(QStringLiteral("layout.bad-size"),
                             Tr::tr("Cannot lay out the graph: node \"%1\" has an invalid size %2 x %3.")
                                 .arg(node.id).arg(node.width).arg(node.height));
        ids.insert(node.id);
    }
    for (const LayoutEdge &edge : graph.edges) {
        for (const QString &end : {edge.from, edge.to}) {
            if (!ids.contains(end))
                return makeError(QStringLiteral("layout.unknown-node"),
                                 Tr::tr("Cannot lay out the graph: the edge \"%1\" -> \"%2\" refers to the unknown node \"%3\".")
                                     .arg(edge.from, edge.to, end));
        }
    }
    auto separationOk = [](double v) { return std::isfinite(v) && v >= 0 && v < 1e6; };
    if (!separationOk(graph.nodeSeparation) || !separationOk(graph.rankSeparation))
        return makeError(QStringLiteral("layout.bad-separation"),
                         Tr::tr("Cannot lay out the graph: node separation %1 and rank separation %2 must be finite and not negative.")
                             .arg(graph.nodeSeparation).arg(graph.rankSeparation));
    return {};
}

QString edgeKey(const QString &from, const QString &to)
{
    return from + QStringLiteral("->") + to;
}

// Builds the cgraph graph directly (no DOT text), so ids need no quoting or escaping.
Result<GraphPtr> buildGraph(const LayoutGraph &graph, QHash<QString, Agnode_t *> &nodes)
{
    GraphPtr g(agopen(cstr("layout"), Agdirected, nullptr));
    if (!g)
        return makeError(QStringLiteral("layout.graphviz"), Tr::tr("Graphviz could not create a graph (out of memory?)."));

    agattr(g.get(), AGRAPH, cstr("rankdir"), cstr(graph.leftToRight ? "LR" : "TB"));
    agattr(g.get(), AGRAPH, cstr("nodesep"), inches(graph.nodeSeparation).data());
    agattr(g.get(), AGRAPH, cstr("ranksep"), inches(graph.rankSeparation).data());
    agattr(g.get(), AGNODE, cstr("shape"), cstr("box"));
    agattr(g.get(), AGNODE, cstr("fixedsize"), cstr("true"));
    // The canvas draws its own text; an empty label spares Graphviz the text measuring.
    agattr(g.get(), AGNODE, cstr("label"), cstr(""));
    Agsym_t *widthSym = agattr(g.get(), AGNODE, cstr("width"), cstr("2.5"));
    Agsym_t *heightSym = agattr(g.get(), AGNODE, cstr("height"), cstr("1.1111"));

    nodes.reserve(graph.nodes.size());
    for (const LayoutNode &node : graph.nodes) {
        QByteArray name = node.id.toUtf8();
        Agnode_t *n = agnode(g.get(), name.data(), 1);
        if (!n)
            return makeError(QStringLiteral("layout.graphviz"),
                             Tr::tr("Graphviz could not create the node \"%1\".").arg(node.id));
        agxset(n, widthSym, inches(node.width).data());
        agxset(n, heightSym, inches(node.height).data());
        nodes.insert(node.id, n);
    }
    // A pipeline often has several data edges between the same two tasks; one is enough for
    // the layout, and the result is keyed by "from->to" anyway.
    QSet<QString> seen;
    seen.reserve(graph.edges.size());
    for (const LayoutEdge &edge : graph.edges) {
        const QString key = edgeKey(edge.from, edge.to);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        if (!agedge(g.get(), nodes.value(edge.from), nodes.value(edge.to), nullptr, 1))
            return makeError(QStringLiteral("layout.graphviz"),
                             Tr::tr("Graphviz could not create the edge \"%1\".").arg(key));
    }
    return g;
}

} // namespace

Result<LayoutResult> layoutWithGraphviz(const LayoutGraph &graph)
{
    WB_TRY(validate(graph));
    LayoutResult result;
    if (graph.nodes.isEmpty())
        return result;

    std::lock_guard lock(graphvizMutex());
    ErrorCapture errors;
    GVC_t *ctx = sharedContext();
    if (!ctx)
        return makeError(QStringLiteral("layout.graphviz"), Tr::tr("Cannot start Graphviz: its context could not be created."),
                         errors.text());

    QHash<QString, Agnode_t *> nodes;
    auto built = buildGraph(graph, nodes);
    if (!built)
        return built.error();
    Agraph_t *g = built.value().get();

    const int rc = gvLayout(ctx, g, "dot");
    LayoutGuard freeLayout(ctx, g);
    if (rc != 0 || errors.hadErrors())
        return makeError(QStringLiteral("layout.graphviz"),
                         Tr::tr("Graphviz could not lay out the graph (%n node(s)).", nullptr, int(graph.nodes.size())),
                         errors.text());

    // Graphviz: points, y up, node centres. Screen: pixels (= points), y down, top-left corners.
    const boxf bb = GD_bb(g);
    const auto toScreen = [&bb](pointf p) { return QPointF(p.x - bb.LL.x, bb.UR.y - p.y); };

    QRectF bounds(0, 0, bb.UR.x - bb.LL.x, bb.UR.y - bb.LL.y);
    result.positions.reserve(graph.nodes.size());
    for (const LayoutNode &node : graph.nodes) {
        const QPointF centre = toScreen(ND_coord(nodes.value(node.id)));
        const QRectF rect(centre.x() - node.width / 2, centre.y() - node.height / 2, node.width, node.height);
        result.positions.insert(node.id, rect.topLeft());
        bounds = bounds.united(rect);
    }

    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
        for (Agedge_t *e = agfstout(g, n); e; e = agnxtout(g, e)) {
            const splines *spl = ED_spl(e);
            if (!spl)
                continue;
            QPolygonF path;
            for (int i = 0; i < spl->size; ++i) {
                const bezier &bz = spl->list[i];
                if (bz.sflag)
                    path << toScreen(bz.sp);
                for (int j = 0; j < bz.size; ++j)
                    path << toScreen(bz.list[j]);
                if (bz.eflag)
                    path << toScreen(bz.ep); // the arrow tip, on the target's border
            }
            bounds = bounds.united(path.boundingRect());
            result.edgePaths.insert(edgeKey(QString::fromUtf8(agnameof(agtail(e))), QString::fromUtf8(agnameof(aghead(e)))),
                                    path);
        }
    }
    result.bounds = bounds;
    return result;
}

} // namespace wb::layout
