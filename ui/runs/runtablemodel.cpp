// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/runs/runtablemodel.h"

#include "ui/runs/runformat.h"

#include <QBrush>
#include <QElapsedTimer>
#include <QFont>
#include <QFontMetrics>
#include <QFuture>
#include <QPalette>
#include <QtConcurrent/QtConcurrentRun>

namespace wb::ui {

using namespace wb::store;

namespace {

struct PageOutcome
{
    bool ok = false;
    RunPage page;
    Error error;
    qint64 elapsedMs = 0;
};

} // namespace

RunTableModel::RunTableModel(QObject *parent) : QAbstractTableModel(parent) {}

RunTableModel::~RunTableModel() = default;

void RunTableModel::setSession(StoreSessionPtr session)
{
    m_session = std::move(session);
    beginResetModel();
    m_params.clear();
    m_metrics.clear();
    m_defaultMetrics.clear();
    m_runMetrics.clear();
    m_runs.clear();
    endResetModel();
    reload();
}

void RunTableModel::setFilter(const RunFilter &filter)
{
    m_filter = filter;
    reload();
}

void RunTableModel::setRunSort(const RunSort &sort)
{
    m_sort = sort;
    reload();
}

void RunTableModel::reload()
{
    beginResetModel();
    ++m_generation;
    m_runs.clear();
    m_cursor = PageCursor{};
    m_hasMore = m_session != nullptr;
    m_lastError.clear();
    endResetModel();
    if (m_hasMore)
        requestPage();
}

int RunTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FixedColumnCount + int(m_params.size() + m_metrics.size());
}

int RunTableModel::paramColumn(const QString &name) const
{
    const int i = int(m_params.indexOf(name));
    return i < 0 ? -1 : FixedColumnCount + i;
}

int RunTableModel::metricColumn(const QString &name) const
{
    const int i = int(m_metrics.indexOf(name));
    return i < 0 ? -1 : FixedColumnCount + int(m_params.size()) + i;
}

QStringList RunTableModel::defaultMetrics() const
{
    QStringList out;
    for (const QString &name : m_metrics) {
        if (m_defaultMetrics.contains(name))
            out << name;
    }
    return out;
}

int RunTableModel::rowOfRun(qint64 runId) const
{
    for (int i = 0; i < m_runs.size(); ++i) {
        if (m_runs[i].id == runId)
            return i;
    }
    return -1;
}

QVariant RunTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const RunSummary &r = m_runs[index.row()];
    const int col = index.column();
    if (role == RunIdRole)
        return r.id;
    if (role == ArchivedRole)
        return r.archived;
    if (role == Qt::FontRole && r.archived) {
        QFont f;
        f.setItalic(true);
        return f;
    }
    if (role == Qt::ForegroundRole && r.archived)
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    if (role == Qt::DecorationRole && col == StateColumn)
        return RunFormat::runStateColor(r.state);
    if (role == Qt::ToolTipRole && col == StateColumn && !r.reason.isEmpty())
        return r.reason;
    if (role == Qt::ToolTipRole && col == NameColumn)
        return tr("%1 (id %2)%3").arg(r.name).arg(r.id).arg(r.archived ? tr(", archived") : QString());
    if (role == Qt::TextAlignmentRole && col >= DurationColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortValueRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    switch (col) {
    case NameColumn: return r.displayName.isEmpty() ? r.name : r.displayName;
    case StateColumn:
        // The reason's first words beside the state; all of it in the tooltip.
        if (display && !r.reason.isEmpty())
            return tr("%1: %2").arg(RunFormat::runStateText(r.state),
                                    QFontMetrics(QFont()).elidedText(r.reason.section(QLatin1Char('\n'), 0, 0), Qt::ElideRight, 260));
        return RunFormat::runStateText(r.state);
    case ExperimentColumn: return r.experiment;
    case PipelineColumn: return r.pipeline;
    case StartColumn: return display ? RunFormat::timeText(r.startMs) : QVariant(r.startMs);
    case DurationColumn: {
        const qint64 ms = r.endMs > 0 && r.startMs > 0 ? r.endMs - r.startMs : -1;
        return display ? (ms < 0 ? QString() : RunFormat::durationText(ms)) : QVariant(ms);
    }
    default: break;
    }
    const int p = col - FixedColumnCount;
    if (p < m_params.size())
        return display ? RunFormat::valueText(r.params.value(m_params[p])) : r.params.value(m_params[p]);
    const int m = p - int(m_params.size());
    if (m < m_metrics.size())
        return display ? RunFormat::valueText(r.metrics.value(m_metrics[m])) : r.metrics.value(m_metrics[m]);
    return {};
}

QVariant RunTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && !isSortable(section))
        return tr("This column cannot be sorted");
    const int metric = section - FixedColumnCount - int(m_params.size());
    if (role == Qt::ToolTipRole && metric >= 0 && metric < m_metrics.size() && m_runMetrics.contains(m_metrics[metric]))
        return tr("%1: a run metric named by the pipeline").arg(m_metrics[metric]);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Run");
    case StateColumn: return tr("State");
    case ExperimentColumn: return tr("Experiment");
    case PipelineColumn: return tr("Pipeline");
    case StartColumn: return tr("Started");
    case DurationColumn: return tr("Duration");
    default: break;
    }
    const int p = section - FixedColumnCount;
    if (p < m_params.size())
        return m_params[p];
    const int m = p - int(m_params.size());
    if (m < m_metrics.size())
        return m_metrics[m];
    return {};
}

bool RunTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore;
}

void RunTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_hasMore || isLoading())
        return;
    requestPage();
}

void RunTableModel::requestPage()
{
    if (!m_session)
        return;
    const quint64 generation = m_generation;
    m_pendingGeneration = generation;
    emit loadingChanged(true);
    PageRequest request{m_cursor, m_pageSize};
    QFuture<PageOutcome> future = QtConcurrent::run([session = m_session, filter = m_filter, sort = m_sort, request] {
        QElapsedTimer timer;
        timer.start();
        PageOutcome out;
        auto page = session->with([&](MetadataStore &s) { return s.listRuns(filter, sort, request); });
        out.ok = page.ok();
        if (page.ok())
            out.page = *page;
        else
            out.error = page.error();
        out.elapsedMs = timer.elapsed();
        return out;
    });
    // Always delivered through the event loop: a continuation attached to a future that has
    // already finished runs at once, which would end "loading" inside this call and let a
    // second fetchMore() start a page the view never asked for.
    future.then(this, [this, generation](const PageOutcome &out) {
        QMetaObject::invokeMethod(this, [this, generation, out] {
            if (out.ok)
                applyPage(generation, RunPage(out.page), out.elapsedMs);
            else
                applyPage(generation, out.error, out.elapsedMs);
        }, Qt::QueuedConnection);
    });
}

void RunTableModel::applyPage(quint64 generation, const Result<RunPage> &page, qint64 elapsedMs)
{
    if (generation != m_generation) {
        ++m_staleDropped; // a page of a filter/sort that is no longer shown
        return;
    }
    m_pendingGeneration = 0;
    emit loadingChanged(false);
    if (!page) {
        m_hasMore = false;
        m_lastError = page.error().text();
        emit loadFailed(m_lastError);
        return;
    }
    addKeyColumns(page->runs);
    if (!page->runs.isEmpty()) {
        beginInsertRows({}, int(m_runs.size()), int(m_runs.size() + page->runs.size() - 1));
        m_runs += page->runs;
        endInsertRows();
    }
    m_cursor = page->next;
    m_hasMore = page->next.valid;
    emit pageLoaded(generation, int(page->runs.size()), elapsedMs);
}

void RunTableModel::addKeyColumns(const QList<RunSummary> &runs)
{
    QStringList newParams, newMetrics;
    for (const RunSummary &r : runs) {
        for (auto it = r.params.constBegin(); it != r.params.constEnd(); ++it) {
            if (!m_params.contains(it.key()) && !newParams.contains(it.key()))
                newParams << it.key();
        }
        // The run metrics first (a named one may still lack a value), then the others.
        QStringList keys = r.runMetrics;
        for (auto it = r.metrics.constBegin(); it != r.metrics.constEnd(); ++it) {
            if (!keys.contains(it.key()))
                keys << it.key();
        }
        for (const QString &key : std::as_const(keys)) {
            if (!m_metrics.contains(key) && !newMetrics.contains(key))
                newMetrics << key;
        }
        for (const QString &name : r.runMetrics)
            m_runMetrics.insert(name);
        for (const QString &name : r.runMetrics.isEmpty() ? QStringList(r.metrics.keys()) : r.runMetrics)
            m_defaultMetrics.insert(name);
    }
    if (!newParams.isEmpty()) {
        const int first = FixedColumnCount + int(m_params.size());
        beginInsertColumns({}, first, first + int(newParams.size()) - 1);
        m_params += newParams;
        endInsertColumns();
    }
    if (!newMetrics.isEmpty()) {
        const int first = FixedColumnCount + int(m_params.size() + m_metrics.size());
        beginInsertColumns({}, first, first + int(newMetrics.size()) - 1);
        m_metrics += newMetrics;
        endInsertColumns();
    }
}

bool RunTableModel::isSortable(int column) const
{
    return column == NameColumn || column == StartColumn || column >= FixedColumnCount;
}

int RunTableModel::sortColumn() const
{
    switch (m_sort.field) {
    case RunSort::Field::Name: return NameColumn;
    case RunSort::Field::Start: return StartColumn;
    case RunSort::Field::Param: return paramColumn(m_sort.key);
    case RunSort::Field::Metric: return metricColumn(m_sort.key);
    case RunSort::Field::Id: return -1;
    }
    return -1;
}

void RunTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || column >= columnCount())
        return;
    RunSort s;
    s.descending = order == Qt::DescendingOrder;
    if (column == NameColumn) {
        s.field = RunSort::Field::Name;
    } else if (column == StartColumn) {
        s.field = RunSort::Field::Start;
    } else if (column - FixedColumnCount < m_params.size()) {
        s.field = RunSort::Field::Param;
        s.key = m_params[column - FixedColumnCount];
    } else {
        s.field = RunSort::Field::Metric;
        s.key = m_metrics[column - FixedColumnCount - int(m_params.size())];
    }
    if (s.field == m_sort.field && s.key == m_sort.key && s.descending == m_sort.descending)
        return;
    setRunSort(s);
}

Result<void> RunTableModel::setArchived(const QList<qint64> &runIds, bool archived)
{
    if (!m_session)
        return makeError(QStringLiteral("store.closed"), tr("No metadata store is open"));
    if (m_session->isReadOnly())
        return makeError(QStringLiteral("store.readonly"),
                         tr("The store %1 is open read-only: runs cannot be archived or restored").arg(m_session->path()));
    auto written = m_session->with([&](MetadataStore &s) {
        return s.transaction([&]() -> Result<void> {
            for (qint64 id : runIds)
                WB_TRY(s.setArchived(id, archived));
            return {};
        });
    });
    if (!written)
        return written;
    const bool hide = archived ? m_filter.archived == RunFilter::Archived::Exclude
                               : m_filter.archived == RunFilter::Archived::Only;
    for (qint64 id : runIds) {
        const int row = rowOfRun(id);
        if (row < 0)
            continue;
        if (hide) {
            beginRemoveRows({}, row, row);
            m_runs.removeAt(row);
            endRemoveRows();
        } else {
            m_runs[row].archived = archived;
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        }
    }
    return {};
}

} // namespace wb::ui
