// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/vcs/pipelinediffview.h"

#include "core/layout/layoutgraph.h"

#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsView>
#include <QHeaderView>
#include <QLabel>
#include <QPainterPath>
#include <QSet>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wb::ui {

namespace {

constexpr double kBoxW = 170;
constexpr double kBoxH = 56;

/// "a.out->b.in", "a->b (after)", "a.out->b (condition)" -> {a, b}.
QPair<QString, QString> edgeEnds(const QString &edge)
{
    const qsizetype arrow = edge.indexOf(QLatin1String("->"));
    QString from = edge.left(arrow);
    QString to = edge.mid(arrow + 2).section(QLatin1Char(' '), 0, 0);
    // Task names cannot contain '.', outputs/inputs can: cut at the first dot.
    from = from.section(QLatin1Char('.'), 0, 0);
    to = to.section(QLatin1Char('.'), 0, 0);
    return {from, to};
}

} // namespace

PipelineDiffView::PipelineDiffView(QWidget *parent)
    : QWidget(parent)
    , m_scene(new QGraphicsScene(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    layout->addWidget(m_title);
    auto *split = new QSplitter(this);
    m_view = new QGraphicsView(m_scene, split);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setInteractive(false); // read-only: nothing can be moved or edited
    m_list = new QTreeWidget(split);
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Change"), tr("Before"), tr("After")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
}

QColor PipelineDiffView::colorFor(TaskMark mark)
{
    switch (mark) {
    case TaskMark::Added:
        return QColor(0x9be39b);
    case TaskMark::Removed:
        return QColor(0xf19a9a);
    case TaskMark::Changed:
        return QColor(0xf5c26b);
    case TaskMark::Moved:
    case TaskMark::Unchanged:
        break;
    }
    return QColor(0xe6e6e6);
}

QColor PipelineDiffView::colorOf(const QString &task) const
{
    return m_colors.value(task);
}

void PipelineDiffView::setPipelines(const model::PipelineSnapshot &before, const model::PipelineSnapshot &after,
                                    const QString &beforeLabel, const QString &afterLabel)
{
    m_diff = model::diffPipelines(before, after);
    m_marks.clear();
    for (const QString &t : m_diff.added)
        m_marks.insert(t, TaskMark::Added);
    for (const QString &t : m_diff.removed)
        m_marks.insert(t, TaskMark::Removed);
    for (const model::TaskChange &c : m_diff.changed) {
        const bool onlyMoved = c.fieldNames() == QStringList{QStringLiteral("position")};
        m_marks.insert(c.task, onlyMoved ? TaskMark::Moved : TaskMark::Changed);
    }
    m_title->setText(beforeLabel.isEmpty() ? QString() : tr("%1  →  %2").arg(beforeLabel, afterLabel));
    rebuildScene(after);
    rebuildList();
}

void PipelineDiffView::rebuildScene(const model::PipelineSnapshot &after)
{
    m_scene->clear();
    m_colors.clear();
    m_highlightedEdges = 0;
    m_removedEdges = 0;

    QStringList tasks;
    for (const model::Task &t : after.tasks)
        tasks << t.name;
    for (const QString &t : m_diff.removed)
        tasks << t;
    const QStringList afterEdges = model::edgeStrings(after);
    QStringList edges = afterEdges + m_diff.edgesRemoved;
    const QSet<QString> added(m_diff.edgesAdded.cbegin(), m_diff.edgesAdded.cend());
    const QSet<QString> removed(m_diff.edgesRemoved.cbegin(), m_diff.edgesRemoved.cend());

    layout::LayoutGraph graph;
    for (const QString &t : tasks)
        graph.nodes.append(layout::LayoutNode{t, kBoxW, kBoxH});
    QSet<QString> pairs;
    for (const QString &e : edges) {
        const auto ends = edgeEnds(e);
        const QString key = ends.first + QStringLiteral("->") + ends.second;
        if (!pairs.contains(key) && tasks.contains(ends.first) && tasks.contains(ends.second)) {
            pairs.insert(key);
            graph.edges.append(layout::LayoutEdge{ends.first, ends.second});
        }
    }
    QHash<QString, QPointF> pos;
    if (auto laid = layout::layoutWithGraphviz(graph); laid.ok()) {
        pos = laid->positions;
    }
    for (int i = 0; i < tasks.size(); ++i) // fallback grid for anything Graphviz did not place
        if (!pos.contains(tasks.at(i)))
            pos.insert(tasks.at(i), QPointF((i % 4) * (kBoxW + 40), (i / 4) * (kBoxH + 60)));

    for (const QString &e : edges) {
        const auto ends = edgeEnds(e);
        if (!pos.contains(ends.first) || !pos.contains(ends.second))
            continue;
        const QPointF a = pos.value(ends.first) + QPointF(kBoxW, kBoxH / 2);
        const QPointF b = pos.value(ends.second) + QPointF(0, kBoxH / 2);
        QPainterPath path(a);
        path.cubicTo(a + QPointF(50, 0), b - QPointF(50, 0), b);
        QPen pen(QColor(0x808080), 1.5);
        if (removed.contains(e)) {
            pen = QPen(QColor(0xc62828), 2, Qt::DashLine);
            ++m_removedEdges;
        } else if (added.contains(e)) {
            pen = QPen(QColor(0x2e7d32), 3);
            ++m_highlightedEdges;
        }
        auto *item = m_scene->addPath(path, pen);
        item->setToolTip(e);
        item->setData(0, e);
    }
    for (const QString &t : tasks) {
        const TaskMark mark = markOf(t);
        const QColor fill = colorFor(mark);
        m_colors.insert(t, fill);
        auto *box = m_scene->addRect(QRectF(pos.value(t), QSizeF(kBoxW, kBoxH)),
                                     QPen(fill.darker(160), mark == TaskMark::Unchanged ? 1 : 2), fill);
        box->setData(0, t);
        QString tip = t;
        if (const model::TaskChange *c = m_diff.change(t))
            tip += QStringLiteral("\n") + c->fieldNames().join(QLatin1Char('\n'));
        box->setToolTip(tip);
        auto *label = m_scene->addSimpleText(mark == TaskMark::Removed ? tr("%1 (removed)").arg(t) : t);
        label->setPos(pos.value(t) + QPointF(8, 8));
    }
}

void PipelineDiffView::rebuildList()
{
    m_list->clear();
    auto group = [this](const QString &title) {
        auto *item = new QTreeWidgetItem(m_list, {title});
        item->setExpanded(true);
        return item;
    };
    for (const QString &t : m_diff.added)
        new QTreeWidgetItem(group(tr("Task %1 added").arg(t)), {tr("task"), QString(), t});
    for (const QString &t : m_diff.removed)
        new QTreeWidgetItem(group(tr("Task %1 removed").arg(t)), {tr("task"), t, QString()});
    for (const model::TaskChange &c : m_diff.changed) {
        QTreeWidgetItem *g = group(tr("Task %1 changed").arg(c.task));
        for (const model::FieldChange &f : c.fields)
            new QTreeWidgetItem(g, {f.field, f.before, f.after});
    }
    if (!m_diff.edgesAdded.isEmpty() || !m_diff.edgesRemoved.isEmpty()) {
        QTreeWidgetItem *g = group(tr("Connections"));
        for (const QString &e : m_diff.edgesAdded)
            new QTreeWidgetItem(g, {tr("added"), QString(), e});
        for (const QString &e : m_diff.edgesRemoved)
            new QTreeWidgetItem(g, {tr("removed"), e, QString()});
    }
    if (!m_diff.parametersAdded.isEmpty() || !m_diff.parametersRemoved.isEmpty() || !m_diff.parametersChanged.isEmpty()) {
        QTreeWidgetItem *g = group(tr("Parameters"));
        for (const QString &p : m_diff.parametersAdded)
            new QTreeWidgetItem(g, {p, QString(), tr("added")});
        for (const QString &p : m_diff.parametersRemoved)
            new QTreeWidgetItem(g, {p, tr("removed"), QString()});
        for (const model::FieldChange &f : m_diff.parametersChanged)
            new QTreeWidgetItem(g, {f.field, f.before, f.after});
    }
    if (m_diff.isEmpty())
        new QTreeWidgetItem(m_list, {tr("No differences")});
}

} // namespace wb::ui
