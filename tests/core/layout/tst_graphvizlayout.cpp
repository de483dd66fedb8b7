// SPDX-License-Identifier: GPL-3.0-or-later
// Invariants of the Graphviz layout, not pixel values: direction, no overlap, sizes honoured,
// y axis pointing down, any id accepted, bad input rejected with a clear error.
#include "core/layout/layoutgraph.h"

#include <QRandomGenerator>
#include <QTest>

#include <thread>

using namespace wb::layout;

namespace {

LayoutGraph chain(const QStringList &ids, bool leftToRight)
{
    LayoutGraph g;
    g.leftToRight = leftToRight;
    for (const QString &id : ids)
        g.nodes.append({id, 120, 60});
    for (int i = 1; i < ids.size(); ++i)
        g.edges.append({ids[i - 1], ids[i]});
    return g;
}

// A layered DAG with mixed node sizes, deterministic.
LayoutGraph layered(int layers, int perLayer, quint32 seed)
{
    QRandomGenerator rng(seed);
    LayoutGraph g;
    for (int l = 0; l < layers; ++l)
        for (int i = 0; i < perLayer; ++i)
            g.nodes.append({QStringLiteral("n%1_%2").arg(l).arg(i), 80.0 + rng.bounded(200), 40.0 + rng.bounded(100)});
    for (int l = 1; l < layers; ++l)
        for (int i = 0; i < perLayer; ++i) {
            const int fanIn = 1 + int(rng.bounded(2));
            for (int k = 0; k < fanIn; ++k)
                g.edges.append({QStringLiteral("n%1_%2").arg(l - 1).arg(rng.bounded(perLayer)), QStringLiteral("n%1_%2").arg(l).arg(i)});
        }
    return g;
}

QRectF rectOf(const LayoutResult &r, const LayoutGraph &g, const QString &id)
{
    for (const LayoutNode &n : g.nodes)
        if (n.id == id)
            return QRectF(r.positions.value(id), QSizeF(n.width, n.height));
    return {};
}

// Distance from a point to a rectangle's border (0 when on it).
double distanceToBorder(const QRectF &rect, QPointF p)
{
    const double dx = std::max({rect.left() - p.x(), 0.0, p.x() - rect.right()});
    const double dy = std::max({rect.top() - p.y(), 0.0, p.y() - rect.bottom()});
    if (dx > 0 || dy > 0)
        return std::hypot(dx, dy);
    return std::min({p.x() - rect.left(), rect.right() - p.x(), p.y() - rect.top(), rect.bottom() - p.y()});
}

} // namespace

class TestGraphvizLayout : public QObject
{
    Q_OBJECT

private slots:
    void emptyGraphGivesEmptyResult()
    {
        const auto r = layoutWithGraphviz(LayoutGraph{});
        QVERIFY(r.ok());
        QVERIFY(r->positions.isEmpty());
        QVERIFY(r->edgePaths.isEmpty());
    }

    void leftToRightEdgesPointRight()
    {
        const LayoutGraph g = layered(6, 5, 42);
        const auto r = layoutWithGraphviz(g);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
        QCOMPARE(r->positions.size(), g.nodes.size());
        for (const LayoutEdge &e : g.edges) {
            const QRectF from = rectOf(*r, g, e.from), to = rectOf(*r, g, e.to);
            QVERIFY2(to.left() >= from.right() + g.rankSeparation - 1,
                     qPrintable(QStringLiteral("%1 -> %2: %3 vs %4").arg(e.from, e.to).arg(from.right()).arg(to.left())));
        }
    }

    void nodesDoNotOverlap()
    {
        for (bool lr : {true, false}) {
            const LayoutGraph g = layered(5, 6, 7);
            LayoutGraph g2 = g;
            g2.leftToRight = lr;
            const auto r = layoutWithGraphviz(g2);
            QVERIFY(r.ok());
            for (int i = 0; i < g.nodes.size(); ++i)
                for (int j = i + 1; j < g.nodes.size(); ++j) {
                    const QRectF a = rectOf(*r, g, g.nodes[i].id), b = rectOf(*r, g, g.nodes[j].id);
                    QVERIFY2(!a.intersects(b), qPrintable(g.nodes[i].id + QLatin1Char('/') + g.nodes[j].id));
                }
        }
    }

    void sizesAreRespected()
    {
        // A wide first node pushes its successor by its full width plus the rank separation,
        // and edge paths start and end on the borders of the real node rectangles.
        LayoutGraph g;
        g.nodes = {{QStringLiteral("wide"), 400, 50}, {QStringLiteral("tall"), 60, 300}, {QStringLiteral("small"), 30, 20}};
        g.edges = {{QStringLiteral("wide"), QStringLiteral("tall")}, {QStringLiteral("tall"), QStringLiteral("small")}};
        g.rankSeparation = 50;
        const auto r = layoutWithGraphviz(g);
        QVERIFY(r.ok());
        const QRectF wide = rectOf(*r, g, QStringLiteral("wide")), tall = rectOf(*r, g, QStringLiteral("tall")),
                     small = rectOf(*r, g, QStringLiteral("small"));
        QVERIFY(tall.left() >= wide.right() + 49);
        QVERIFY(tall.left() <= wide.right() + 51 + 1); // not just "far away": ranksep is honoured
        QVERIFY(small.left() >= tall.right() + 49);
        // Centres line up in LR mode for a chain.
        QVERIFY(std::abs(wide.center().y() - tall.center().y()) < 1);
        for (const LayoutEdge &e : g.edges) {
            const QPolygonF path = r->edgePaths.value(e.from + QStringLiteral("->") + e.to);
            QVERIFY(path.size() >= 2);
            QVERIFY2(distanceToBorder(rectOf(*r, g, e.from), path.first()) < 2, qPrintable(e.from));
            QVERIFY2(distanceToBorder(rectOf(*r, g, e.to), path.last()) < 2, qPrintable(e.to));
        }
        for (const QString &id : {QStringLiteral("wide"), QStringLiteral("tall"), QStringLiteral("small")})
            QVERIFY(r->bounds.contains(rectOf(*r, g, id)));
    }

    void topToBottomChainGoesDown()
    {
        const LayoutGraph g = chain({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, false);
        const auto r = layoutWithGraphviz(g);
        QVERIFY(r.ok());
        const QRectF a = rectOf(*r, g, QStringLiteral("a")), b = rectOf(*r, g, QStringLiteral("b")), c = rectOf(*r, g, QStringLiteral("c"));
        QVERIFY(b.top() >= a.bottom() + g.rankSeparation - 1);
        QVERIFY(c.top() >= b.bottom() + g.rankSeparation - 1);
        QCOMPARE(a.center().x(), b.center().x());
        QVERIFY2(a.top() > -0.01 && a.left() > -0.01, qPrintable(QStringLiteral("%1 %2 %3").arg(a.top()).arg(a.left()).arg(r->bounds.top()))); // top-left origin, nothing at negative coordinates
        // The edge path runs downward too.
        const QPolygonF ab = r->edgePaths.value(QStringLiteral("a->b"));
        QVERIFY(ab.size() >= 2);
        QVERIFY(ab.last().y() > ab.first().y());
    }

    void diamondMiddleNodesShareX()
    {
        LayoutGraph g;
        for (const char *id : {"top", "left", "right", "bottom"})
            g.nodes.append({QString::fromLatin1(id), 150, 70});
        g.edges = {{"top", "left"}, {"top", "right"}, {"left", "bottom"}, {"right", "bottom"}};
        const auto r = layoutWithGraphviz(g);
        QVERIFY(r.ok());
        QCOMPARE(r->positions.value("left").x(), r->positions.value("right").x());
        QVERIFY(std::abs(r->positions.value("left").y() - r->positions.value("right").y()) >= 70 + g.nodeSeparation - 1);
        QVERIFY(r->positions.value("bottom").x() > r->positions.value("left").x());
        QCOMPARE(r->edgePaths.size(), 4);
    }

    void anyIdWorks()
    {
        const QStringList ids{QStringLiteral("with space"), QStringLiteral("quo\"te"), QStringLiteral("back\\slash"),
                              QStringLiteral("ünïcødé ✓ 数据"), QStringLiteral("a->b"), QStringLiteral("{x} [y] <html>"),
                              QStringLiteral("semi;colon,comma=eq"), QStringLiteral("new\nline"), QStringLiteral("\\N")};
        const LayoutGraph g = chain(ids, true);
        const auto r = layoutWithGraphviz(g);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
        QCOMPARE(r->positions.size(), ids.size());
        for (int i = 1; i < ids.size(); ++i) {
            QVERIFY2(r->positions.contains(ids[i]), qPrintable(ids[i]));
            QVERIFY(r->positions.value(ids[i]).x() > r->positions.value(ids[i - 1]).x());
            QVERIFY(r->edgePaths.contains(ids[i - 1] + QStringLiteral("->") + ids[i]));
        }
    }

    void edgeToUnknownNodeIsAnError()
    {
        LayoutGraph g = chain({QStringLiteral("a"), QStringLiteral("b")}, true);
        g.edges.append({QStringLiteral("b"), QStringLiteral("ghost")});
        const auto r = layoutWithGraphviz(g);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("layout.unknown-node"));
        QVERIFY(r.error().message.contains(QStringLiteral("ghost")));
    }

    void duplicateIdIsAnError()
    {
        LayoutGraph g = chain({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a")}, true);
        const auto r = layoutWithGraphviz(g);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("layout.duplicate-id"));
        QVERIFY(r.error().message.contains(QStringLiteral("\"a\"")));
    }

    void badSizesAndIdsAreErrors()
    {
        LayoutGraph g = chain({QStringLiteral("a"), QStringLiteral("b")}, true);
        g.nodes[1].width = 0;
        QCOMPARE(layoutWithGraphviz(g).error().code, QStringLiteral("layout.bad-size"));
        g.nodes[1].width = std::numeric_limits<double>::quiet_NaN();
        QCOMPARE(layoutWithGraphviz(g).error().code, QStringLiteral("layout.bad-size"));
        g.nodes[1].width = 10;
        g.nodes[1].id.clear();
        QCOMPARE(layoutWithGraphviz(g).error().code, QStringLiteral("layout.empty-id"));
        g.nodes[1].id = QStringLiteral("x") + QChar(0) + QStringLiteral("y");
        QCOMPARE(layoutWithGraphviz(g).error().code, QStringLiteral("layout.bad-id"));
        LayoutGraph s = chain({QStringLiteral("a")}, true);
        s.rankSeparation = -1;
        QCOMPARE(layoutWithGraphviz(s).error().code, QStringLiteral("layout.bad-separation"));
    }

    void parallelEdgesAndCyclesDoNotBreakIt()
    {
        LayoutGraph g = chain({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, true);
        g.edges.append({QStringLiteral("a"), QStringLiteral("b")}); // two data edges between the same tasks
        g.edges.append({QStringLiteral("c"), QStringLiteral("a")}); // a cycle (invalid pipeline, still drawable)
        g.edges.append({QStringLiteral("b"), QStringLiteral("b")}); // self loop
        const auto r = layoutWithGraphviz(g);
        QVERIFY(r.ok());
        QCOMPARE(r->positions.size(), 3);
        QCOMPARE(r->edgePaths.size(), 4);
        QVERIFY(r->edgePaths.contains(QStringLiteral("c->a")));
    }

    void isolatedNodesArePlaced()
    {
        LayoutGraph g;
        for (int i = 0; i < 5; ++i)
            g.nodes.append({QString::number(i), 100, 50});
        const auto r = layoutWithGraphviz(g);
        QVERIFY(r.ok());
        QCOMPARE(r->positions.size(), 5);
        QVERIFY(r->bounds.width() > 0 && r->bounds.height() >= 5 * 50);
    }

    void concurrentCallsAreSerialisedSafely()
    {
        const LayoutGraph g = layered(4, 4, 3);
        const auto reference = layoutWithGraphviz(g);
        QVERIFY(reference.ok());
        bool sameA = false, sameB = false;
        std::thread a([&] { auto r = layoutWithGraphviz(g); sameA = r.ok() && r->positions == reference->positions; });
        std::thread b([&] { auto r = layoutWithGraphviz(g); sameB = r.ok() && r->positions == reference->positions; });
        a.join();
        b.join();
        QVERIFY(sameA);
        QVERIFY(sameB); // deterministic too
    }
};

QTEST_GUILESS_MAIN(TestGraphvizLayout)
#include "tst_graphvizlayout.moc"
