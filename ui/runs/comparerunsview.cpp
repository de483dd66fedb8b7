// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/runs/comparerunsview.h"

#include "ui/runs/runformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace wb::ui {

namespace {

const QColor kDiffColor(0xff, 0xe9, 0xb3);
const QColor kAbsentColor(0xf6, 0xd0, 0xd0);

QTableView *makeTable(QStandardItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    return view;
}

} // namespace

CompareRunsView::CompareRunsView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_onlyDiff = new QCheckBox(tr("Show only differences"), this);
    bar->addWidget(m_onlyDiff);
    bar->addStretch();
    layout->addLayout(bar);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs);

    m_values = new QStandardItemModel(this);
    m_valuesView = makeTable(m_values, this);
    m_tabs->addTab(m_valuesView, tr("Parameters and metrics"));
    m_tasks = new QStandardItemModel(this);
    m_tabs->addTab(makeTable(m_tasks, this), tr("Tasks"));
    m_datasets = new QStandardItemModel(this);
    m_tabs->addTab(makeTable(m_datasets, this), tr("Datasets and code"));
    m_tabs->addTab(buildChartsTab(), tr("Charts"));

    connect(m_onlyDiff, &QCheckBox::toggled, this, &CompareRunsView::applyDifferenceFilter);
}

void CompareRunsView::setRuns(const QList<store::RunDetail> &runs)
{
    m_cmp = RunComparison::build(runs);
    fillValues();
    fillTasks();
    fillDatasets();
    const QStringList numeric = m_cmp.numericKeys();
    QStringList metrics;
    for (const QString &k : numeric) {
        if (k.startsWith(QLatin1String("metric.")))
            metrics << k.mid(7);
    }
    for (QComboBox *box : {m_barMetric, m_scatterX, m_scatterY}) {
        const QSignalBlocker block(box);
        box->clear();
    }
    m_barMetric->addItems(metrics);
    m_scatterX->addItems(numeric);
    m_scatterY->addItems(numeric);
    // Sensible defaults: x = first parameter, y = first metric.
    const int firstMetric = int(numeric.indexOf(QStringLiteral("metric.") + metrics.value(0)));
    if (firstMetric > 0)
        m_scatterY->setCurrentIndex(firstMetric);
    updateBarChart();
    updateScatter();
    updateParallel();
    applyDifferenceFilter();
}

void CompareRunsView::setOnlyDifferences(bool only)
{
    m_onlyDiff->setChecked(only);
}

bool CompareRunsView::onlyDifferences() const
{
    return m_onlyDiff->isChecked();
}

void CompareRunsView::fillValues()
{
    m_values->clear();
    QStringList headers{tr("Name")};
    for (int i = 0; i < m_cmp.runs.size(); ++i)
        headers << m_cmp.runLabel(i);
    m_values->setHorizontalHeaderLabels(headers);
    auto section = [&](const QString &title, const QList<CompareRow> &rows) {
        if (rows.isEmpty())
            return;
        auto *head = new QStandardItem(title);
        QFont bold = head->font();
        bold.setBold(true);
        head->setFont(bold);
        head->setData(QVariant(), DiffersRole);
        m_values->appendRow(head);
        for (const CompareRow &r : rows) {
            QList<QStandardItem *> items{new QStandardItem(r.key)};
            for (const QVariant &v : r.values) {
                auto *item = new QStandardItem(v.isValid() ? RunFormat::valueText(v) : tr("(absent)"));
                if (!v.isValid())
                    item->setForeground(QColor(0x90, 0x90, 0x90));
                items << item;
            }
            for (QStandardItem *item : items) {
                item->setData(r.differs, DiffersRole);
                if (r.differs)
                    item->setBackground(kDiffColor);
            }
            QString tip = r.differs ? tr("The runs differ here") : tr("Same in every run");
            if (r.runMetric) {
                QFont font = items.first()->font();
                font.setBold(true);
                items.first()->setFont(font);
                tip += QLatin1Char('\n') + tr("A run metric named by the pipeline");
            }
            items.first()->setToolTip(tip);
            m_values->appendRow(items);
        }
    };
    section(tr("Parameters"), m_cmp.params);
    section(tr("Metrics"), m_cmp.metrics);
    m_valuesView->horizontalHeader()->setStretchLastSection(false);
    m_valuesView->resizeColumnsToContents();
    for (int c = 0; c < m_values->columnCount(); ++c)
        m_valuesView->setColumnWidth(c, qBound(140, m_valuesView->columnWidth(c), 320));
}

void CompareRunsView::fillTasks()
{
    m_tasks->clear();
    QStringList headers{tr("Task"), tr("Differs in")};
    for (int i = 0; i < m_cmp.runs.size(); ++i)
        headers << m_cmp.runLabel(i);
    m_tasks->setHorizontalHeaderLabels(headers);
    for (const TaskCompareRow &t : std::as_const(m_cmp.tasks)) {
        QList<QStandardItem *> items{new QStandardItem(t.task), new QStandardItem(t.reasons.join(QStringLiteral(", ")))};
        for (int i = 0; i < t.present.size(); ++i) {
            QString text = t.present[i] ? t.states[i] : tr("(absent)");
            if (t.present[i] && !t.images[i].isEmpty())
                text += QStringLiteral(" · ") + t.images[i];
            auto *item = new QStandardItem(text);
            item->setToolTip(t.present[i] ? tr("Command: %1\nImage: %2\nCache key: %3").arg(t.commands[i], t.images[i], t.cacheKeys[i])
                                          : tr("This run has no task %1").arg(t.task));
            if (!t.present[i])
                item->setBackground(kAbsentColor);
            items << item;
        }
        for (QStandardItem *item : items) {
            item->setData(t.differs(), DiffersRole);
            if (t.differs() && item->background() == QBrush())
                item->setBackground(kDiffColor);
        }
        m_tasks->appendRow(items);
    }
}

void CompareRunsView::fillDatasets()
{
    m_datasets->clear();
    QStringList headers{tr("Dataset / code")};
    for (int i = 0; i < m_cmp.runs.size(); ++i)
        headers << m_cmp.runLabel(i);
    m_datasets->setHorizontalHeaderLabels(headers);
    for (const QList<CompareRow> *rows : {&m_cmp.gitCommits, &m_cmp.datasets}) {
        for (const CompareRow &r : *rows) {
            QList<QStandardItem *> items{new QStandardItem(r.key == QLatin1String("git_commit") ? tr("git commit") : r.key)};
            for (const QVariant &v : r.values) {
                const QString text = v.toString();
                auto *item = new QStandardItem(v.isValid() ? text.left(12) : tr("(absent)"));
                item->setToolTip(text);
                items << item;
            }
            for (QStandardItem *item : items) {
                item->setData(r.differs, DiffersRole);
                if (r.differs)
                    item->setBackground(kDiffColor);
            }
            m_datasets->appendRow(items);
        }
    }
}

void CompareRunsView::applyDifferenceFilter()
{
    const bool only = m_onlyDiff->isChecked();
    auto apply = [only](QStandardItemModel *model, QTableView *view) {
        if (!view)
            return;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QVariant differs = model->item(row, 0)->data(DiffersRole);
            view->setRowHidden(row, only && differs.isValid() && !differs.toBool());
        }
    };
    apply(m_values, m_valuesView);
    for (int i = 1; i < 3; ++i) {
        auto *view = qobject_cast<QTableView *>(m_tabs->widget(i));
        apply(i == 1 ? m_tasks : m_datasets, view);
    }
}

int CompareRunsView::visibleValueRows() const
{
    int n = 0;
    for (int row = 0; row < m_values->rowCount(); ++row) {
        if (m_values->item(row, 0)->data(DiffersRole).isValid() && !m_valuesView->isRowHidden(row))
            ++n;
    }
    return n;
}

} // namespace wb::ui
