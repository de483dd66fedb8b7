// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/runs/runsview.h"

#include "ui/runs/runquery.h"
#include "ui/runs/runtablemodel.h"

#include <QCheckBox>
#include <QFuture>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace wb::ui {

using namespace wb::store;

RunsView::RunsView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 0);
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search runs: text  state:failed  exp:churn  param.lr>0.1  metric.evaluate.auc>=0.8  after:2026-01-01"));
    m_search->setToolTip(tr("Free text matches run, display and experiment names.\n"
                            "state:<complete|failed|running|canceled|cached|interrupted>, exp:<experiment>,\n"
                            "after:<date>, before:<date>, param.<name><op><value>, metric.<name><op><value>\n"
                            "with op one of = != < <= > >= ~ (contains).\n"
                            "Metrics of runs recorded by mlwb are named after their step: metric.<task>.<metric>."));
    m_showArchived = new QCheckBox(tr("Show archived"), this);
    m_compare = new QPushButton(tr("Compare"), this);
    m_compare->setToolTip(tr("Compare the selected runs (select 2 or more)"));
    m_compare->setEnabled(false);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_showArchived);
    bar->addWidget(m_compare);
    layout->addLayout(bar);

    m_model = new RunTableModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSortIndicator(RunTableModel::StartColumn, Qt::DescendingOrder);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    m_table->setSortingEnabled(true);
    m_table->setColumnWidth(RunTableModel::NameColumn, 200);
    m_table->setColumnWidth(RunTableModel::StartColumn, 140);
    layout->addWidget(m_table, 1);
    m_status = new QLabel(this);
    m_status->setContentsMargins(6, 0, 6, 4);
    layout->addWidget(m_status);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(350);
    connect(m_searchTimer, &QTimer::timeout, this, &RunsView::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &RunsView::applySearch);
    connect(m_showArchived, &QCheckBox::toggled, this, &RunsView::applySearch);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder) {
        if (m_model->isSortable(column))
            return;
        // Not sortable in the store: put the indicator back where the data really is sorted.
        const QSignalBlocker block(m_table->horizontalHeader());
        const int current = m_model->sortColumn();
        m_table->horizontalHeader()->setSortIndicator(current < 0 ? RunTableModel::StartColumn : current,
                                                      m_model->runSort().descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    });
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this, &RunsView::showHeaderMenu);
    connect(m_model, &QAbstractItemModel::columnsInserted, this, &RunsView::updateMetricColumns);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RunsView::updateMetricColumns);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit runActivated(m_model->runId(index.row()));
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, &RunsView::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_compare->setEnabled(selectedRunIds().size() >= 2); });
    connect(m_compare, &QPushButton::clicked, this, [this] { emit compareRequested(selectedRunIds()); });
    connect(m_model, &RunTableModel::pageLoaded, this, [this](quint64, int, qint64 ms) {
        m_lastPageMs = ms;
        updateMetricColumns(); // a page can make existing columns default ones
        updateStatus();
    });
    connect(m_model, &RunTableModel::loadFailed, this, [this](const QString &message) {
        m_status->setText(tr("Cannot list the runs: %1").arg(message));
        emit errorOccurred(message);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &RunsView::refreshCount);
    updateStatus();
}

void RunsView::setSession(StoreSessionPtr session)
{
    m_session = std::move(session);
    m_model->setSession(m_session);
}

bool RunsView::applySearch()
{
    m_searchTimer->stop();
    auto filter = RunQuery::parse(m_search->text());
    if (!filter) {
        m_queryError = filter.error().message;
        m_search->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #d03b3b; }"));
        updateStatus();
        return false;
    }
    m_queryError.clear();
    m_search->setStyleSheet(QString());
    filter->archived = m_showArchived->isChecked() ? RunFilter::Archived::Include : RunFilter::Archived::Exclude;
    m_model->setFilter(*filter);
    return true;
}

QList<qint64> RunsView::selectedRunIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << m_model->runId(index.row());
    return ids;
}

void RunsView::archiveSelected(bool archive)
{
    auto done = m_model->setArchived(selectedRunIds(), archive);
    if (!done)
        emit errorOccurred(done.error().text());
    refreshCount();
}

void RunsView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    if (!m_table->selectionModel()->isRowSelected(index.row(), {}))
        m_table->selectRow(index.row());
    const QList<qint64> ids = selectedRunIds();
    bool anyArchived = false, anyActive = false;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        (row.data(RunTableModel::ArchivedRole).toBool() ? anyArchived : anyActive) = true;
    QMenu menu(this);
    menu.addAction(tr("Open run"), this, [this, index] { emit runActivated(m_model->runId(index.row())); });
    QAction *compare = menu.addAction(tr("Compare %n run(s)", nullptr, int(ids.size())), this, [this, ids] { emit compareRequested(ids); });
    compare->setEnabled(ids.size() >= 2);
    menu.addSeparator();
    const bool readOnly = m_session && m_session->isReadOnly();
    QAction *archive = menu.addAction(tr("Archive"), this, [this] { archiveSelected(true); });
    archive->setEnabled(anyActive && !readOnly);
    QAction *restore = menu.addAction(tr("Restore"), this, [this] { archiveSelected(false); });
    restore->setEnabled(anyArchived && !readOnly);
    if (readOnly)
        archive->setToolTip(tr("The store is open read-only"));
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

bool RunsView::isMetricColumnShown(const QString &name) const
{
    if (m_shownMetrics.contains(name))
        return true;
    return !m_hiddenMetrics.contains(name) && m_model->isDefaultMetric(name);
}

void RunsView::setMetricColumnShown(const QString &name, bool shown)
{
    (shown ? m_shownMetrics : m_hiddenMetrics).insert(name);
    (shown ? m_hiddenMetrics : m_shownMetrics).remove(name);
    updateMetricColumns();
}

void RunsView::showAllMetricColumns()
{
    m_hiddenMetrics.clear();
    for (const QString &name : m_model->metricColumns())
        m_shownMetrics.insert(name);
    updateMetricColumns();
}

void RunsView::resetMetricColumns()
{
    m_shownMetrics.clear();
    m_hiddenMetrics.clear();
    updateMetricColumns();
}

void RunsView::updateMetricColumns()
{
    for (const QString &name : m_model->metricColumns())
        m_table->setColumnHidden(m_model->metricColumn(name), !isMetricColumnShown(name));
}

void RunsView::showHeaderMenu(const QPoint &pos)
{
    const QStringList metrics = m_model->metricColumns();
    if (metrics.isEmpty())
        return;
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    menu.addAction(tr("Show all metric columns"), this, &RunsView::showAllMetricColumns);
    QAction *reset = menu.addAction(tr("Default metric columns"), this, &RunsView::resetMetricColumns);
    reset->setToolTip(tr("The run metrics the pipelines name, or every metric of runs whose pipeline names none"));
    menu.addSeparator();
    for (const QString &name : metrics) {
        QAction *a = menu.addAction(name);
        a->setCheckable(true);
        a->setChecked(isMetricColumnShown(name));
        connect(a, &QAction::toggled, this, [this, name](bool on) { setMetricColumnShown(name, on); });
    }
    menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
}

void RunsView::refreshCount()
{
    if (!m_session)
        return;
    const quint64 generation = ++m_countGeneration;
    m_total = -1;
    QFuture<qint64> count = QtConcurrent::run([session = m_session, filter = m_model->filter()] {
        auto n = session->with([&](MetadataStore &s) { return s.countRuns(filter); });
        return n ? *n : qint64(-1);
    });
    count.then(this, [this, generation](qint64 n) {
        if (generation != m_countGeneration)
            return; // an older filter
        m_total = n;
        updateStatus();
    });
}

QString RunsView::statusText() const
{
    return m_status->text();
}

void RunsView::updateStatus()
{
    if (!m_queryError.isEmpty()) {
        m_status->setText(m_queryError);
        return;
    }
    if (!m_session) {
        m_status->setText(tr("No metadata store open"));
        return;
    }
    const int loaded = m_model->rowCount();
    QString text = m_total >= 0 ? tr("%1 of %2 runs loaded").arg(loaded).arg(m_total) : tr("%1 runs loaded").arg(loaded);
    text += tr(" · last page %1 ms").arg(m_lastPageMs);
    if (m_session->isReadOnly())
        text += tr(" · read-only");
    m_status->setText(text);
}

} // namespace wb::ui
