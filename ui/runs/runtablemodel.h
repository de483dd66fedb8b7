// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/storetypes.h"
#include "ui/runs/storesession.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QStringList>

namespace wb::ui {

/// Runs of a store, one keyset page (256 rows) at a time through canFetchMore/fetchMore
/// (Qt's fetchmore example, QSqlQueryModel's prefetch). Pages are read on a worker thread;
/// every reset (filter, sort, store) starts a new generation and pages of older generations
/// are dropped when they arrive (DB Browser for SQLite's life counter). Parameter and metric
/// columns are added as pages reveal new keys and kept across resets.
///
/// Metric columns are the store's names ("evaluate-logreg.roc_auc" for runs recorded by mlwb).
/// The *default* metric columns (what RunsView shows unless the user picks others) are the run
/// metrics of runs whose pipeline names some (RunSummary::runMetrics, first, in their order)
/// and every metric of runs whose pipeline names none.
class RunTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StateColumn, ExperimentColumn, PipelineColumn, StartColumn, DurationColumn, FixedColumnCount };
    enum Role { RunIdRole = Qt::UserRole + 1, ArchivedRole, SortValueRole };

    explicit RunTableModel(QObject *parent = nullptr);
    ~RunTableModel() override;

    void setSession(StoreSessionPtr session);
    StoreSessionPtr session() const { return m_session; }

    void setFilter(const store::RunFilter &filter);
    store::RunFilter filter() const { return m_filter; }
    void setRunSort(const store::RunSort &sort);
    store::RunSort runSort() const { return m_sort; }
    /// The column showing the current sort (-1 if none): for the header's indicator.
    int sortColumn() const;
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }
    /// Drops every row and loads the first page again (new generation).
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /// Header clicks: name, start, parameter and metric columns sort in the store; the other
    /// columns are not sortable (the call is ignored).
    void sort(int column, Qt::SortOrder order) override;
    bool isSortable(int column) const;

    const store::RunSummary &run(int row) const { return m_runs.at(row); }
    qint64 runId(int row) const { return m_runs.at(row).id; }
    int rowOfRun(qint64 runId) const;
    QStringList paramColumns() const { return m_params; }
    QStringList metricColumns() const { return m_metrics; }
    int paramColumn(const QString &name) const;
    int metricColumn(const QString &name) const;
    /// Metric names shown by default (see the class comment), in column order.
    QStringList defaultMetrics() const;
    bool isDefaultMetric(const QString &name) const { return m_defaultMetrics.contains(name); }
    /// Named as a run metric by the pipeline of a loaded run.
    bool isRunMetric(const QString &name) const { return m_runMetrics.contains(name); }

    /// Archive/restore in the store; the row leaves the table when the filter hides it.
    Result<void> setArchived(const QList<qint64> &runIds, bool archived);

    quint64 generation() const { return m_generation; }
    bool isLoading() const { return m_pendingGeneration == m_generation; }
    int stalePagesDropped() const { return m_staleDropped; }
    QString lastError() const { return m_lastError; }

signals:
    void pageLoaded(quint64 generation, int rows, qint64 elapsedMs);
    void loadFailed(const QString &message);
    void loadingChanged(bool loading);

private:
    void requestPage();
    void applyPage(quint64 generation, const Result<store::RunPage> &page, qint64 elapsedMs);
    void addKeyColumns(const QList<store::RunSummary> &runs);

    StoreSessionPtr m_session;
    store::RunFilter m_filter;
    store::RunSort m_sort;
    QList<store::RunSummary> m_runs;
    QStringList m_params;
    QStringList m_metrics;
    QSet<QString> m_defaultMetrics;
    QSet<QString> m_runMetrics;
    store::PageCursor m_cursor;
    bool m_hasMore = false;
    int m_pageSize = 256;
    quint64 m_generation = 0;
    quint64 m_pendingGeneration = 0; ///< generation with a page in flight (0: none)
    int m_staleDropped = 0;
    QString m_lastError;
};

} // namespace wb::ui
