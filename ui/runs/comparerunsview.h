// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/runs/runcomparison.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QStandardItemModel;
class QTabWidget;
class QTableView;


QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace wb::ui {

/// Side-by-side comparison of 2..N runs: parameters and metrics (differences highlighted,
/// "only differences" toggle), pipeline tasks and dataset manifests that differ, and charts
/// (metric bars, x/y scatter, parallel coordinates over normalized axes).
class CompareRunsView : public QWidget
{
    Q_OBJECT
public:
    explicit CompareRunsView(QWidget *parent = nullptr);

    void setRuns(const QList<store::RunDetail> &runs);
    const RunComparison &comparison() const { return m_cmp; }

    void setOnlyDifferences(bool only);
    bool onlyDifferences() const;

    /// Rows: section header rows ("Parameters", "Metrics", ...) then one row per key.
    QStandardItemModel *valuesModel() const { return m_values; }
    QTableView *valuesView() const { return m_valuesView; }
    QStandardItemModel *tasksModel() const { return m_tasks; }
    QStandardItemModel *datasetsModel() const { return m_datasets; }
    QTabWidget *tabs() const { return m_tabs; }
    /// Number of visible key rows in the values table (section headers not counted).
    int visibleValueRows() const;
    static constexpr int DiffersRole = Qt::UserRole + 10;

    void setBarMetric(const QString &metric);
    /// The metric of the bar chart (by default the first: a run metric when the runs name one).
    QString barMetric() const;
    void setScatterAxes(const QString &xKey, const QString &yKey);

private:
    void fillValues();
    void fillTasks();
    void fillDatasets();
    void updateBarChart();
    void updateScatter();
    void updateParallel();
    void applyDifferenceFilter();
    QWidget *buildChartsTab();

    RunComparison m_cmp;
    QTabWidget *m_tabs = nullptr;
    QCheckBox *m_onlyDiff = nullptr;
    QStandardItemModel *m_values = nullptr;
    QTableView *m_valuesView = nullptr;
    QStandardItemModel *m_tasks = nullptr;
    QStandardItemModel *m_datasets = nullptr;
    QComboBox *m_barMetric = nullptr;
    QComboBox *m_scatterX = nullptr;
    QComboBox *m_scatterY = nullptr;
    QChartView *m_barView = nullptr;
    QChartView *m_scatterView = nullptr;
    QChartView *m_parallelView = nullptr;
};

} // namespace wb::ui
