// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/graphalgorithms.h"

#include "core/base/tr.h"
#include "core/model/pipelinemodel.h"

#include <QHash>

namespace wb::model::graph {

namespace {

QSet<NodeId> reach(const PipelineModel &model, NodeId start, bool forward)
{
    QSet<NodeId> seen;
    QList<NodeId> stack{start};
    while (!stack.isEmpty()) {
        const NodeId n = stack.takeLast();
        const QList<Edge> edges = forward ? model.outEdges(n) : model.inEdges(n);
        for (const Edge &e : edges) {
            const NodeId next = forward ? e.to : e.from;
            if (!seen.contains(next)) {
                seen.insert(next);
                stack.append(next);
            }
        }
    }
    seen.remove(start);
    return seen;
}

} // namespace

Result<QList<NodeId>> topologicalOrder(const PipelineModel &model)
{
    QHash<NodeId, int> indegree;
    for (NodeId id : model.taskIds())
        indegree.insert(id, 0);
    for (const Edge &e : model.edges())
        ++indegree[e.to];
    // Kahn's algorithm, scanning in document order so the result is deterministic.
    QList<NodeId> ready;
    for (NodeId id : model.taskIds())
        if (indegree.value(id) == 0)
            ready.append(id);
    QList<NodeId> order;
    order.reserve(model.taskCount());
    for (qsizetype i = 0; i < ready.size(); ++i) {
        const NodeId n = ready.at(i);
        order.append(n);
        for (const Edge &e : model.outEdges(n))
            if (--indegree[e.to] == 0)
                ready.append(e.to);
    }
    if (order.size() == model.taskCount())
        return order;
    QStringList names;
    const QList<QList<NodeId>> cs = cycles(model);
    for (NodeId id : cs.value(0))
        names.append(model.task(id).name);
    return makeError(QStringLiteral("cycle"),
                     Tr::tr("The pipeline has a cycle: %1.").arg(names.join(QStringLiteral(" -> "))));
}

QList<QList<NodeId>> cycles(const PipelineModel &model)
{
    // Tarjan's strongly connected components, iterative (2,000-task pipelines, deep chains).
    QHash<NodeId, int> index, low;
    QSet<NodeId> onStack;
    QList<NodeId> stack;
    QList<QList<NodeId>> result;
    int counter = 0;
    struct Frame { NodeId node; QList<Edge> edges; qsizetype next; };
    for (NodeId root : model.taskIds()) {
        if (index.contains(root))
            continue;
        QList<Frame> frames{{root, model.outEdges(root), 0}};
        index[root] = low[root] = counter++;
        stack.append(root);
        onStack.insert(root);
        while (!frames.isEmpty()) {
            Frame &f = frames.last();
            if (f.next < f.edges.size()) {
                const NodeId w = f.edges.at(f.next++).to;
                if (!index.contains(w)) {
                    index[w] = low[w] = counter++;
                    stack.append(w);
                    onStack.insert(w);
                    frames.append({w, model.outEdges(w), 0});
                } else if (onStack.contains(w)) {
                    low[f.node] = std::min(low[f.node], index[w]);
                }
                continue;
            }
            const NodeId v = f.node;
            if (low[v] == index[v]) {
                QSet<NodeId> comp;
                NodeId w;
                do {
                    w = stack.takeLast();
                    onStack.remove(w);
                    comp.insert(w);
                } while (w != v);
                bool selfLoop = false;
                for (const Edge &e : model.outEdges(v))
                    selfLoop = selfLoop || e.to == v;
                if (comp.size() > 1 || selfLoop) {
                    QList<NodeId> ordered;
                    for (NodeId id : model.taskIds())
                        if (comp.contains(id))
                            ordered.append(id);
                    result.append(ordered);
                }
            }
            frames.removeLast();
            if (!frames.isEmpty())
                low[frames.last().node] = std::min(low[frames.last().node], low[v]);
        }
    }
    const QList<NodeId> &order = model.taskIds();
    std::sort(result.begin(), result.end(), [&](const QList<NodeId> &a, const QList<NodeId> &b) {
        return order.indexOf(a.first()) < order.indexOf(b.first());
    });
    return result;
}

QSet<NodeId> upstream(const PipelineModel &model, NodeId id)
{
    return reach(model, id, false);
}

QSet<NodeId> downstream(const PipelineModel &model, NodeId id)
{
    return reach(model, id, true);
}

bool wouldCreateCycle(const PipelineModel &model, NodeId from, NodeId to)
{
    return from == to || downstream(model, to).contains(from);
}

} // namespace wb::model::graph
