// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/drift/driftengine.h"
#include "core/drift/windowsplit.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

class QChartView;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace wb::ui {

/// Drift results: feature table sorted by drift with coloured status, reference-vs-current chart
/// of the selected feature, drift over time windows with the threshold, a features x windows
/// heatmap and recommendations. Computation runs off the GUI thread with progress and cancel.
class DriftView : public QWidget
{
    Q_OBJECT
public:
    explicit DriftView(QWidget *parent = nullptr);
    ~DriftView() override;

    /// Compares two CSV files (asynchronously; finished() when done).
    void compareFiles(const QString &reference, const QString &current, const drift::DriftOptions &options = {});
    /// Splits one CSV on a time column and compares every window with the first one.
    void compareWindows(const QString &file, const QString &timeColumn, const drift::WindowSpec &spec,
                        const drift::DriftOptions &options = {});
    void cancel();
    bool isRunning() const;

    QTableWidget *featureTable() const { return m_table; }
    QChartView *distributionChart() const { return m_chart; }
    QChartView *timelineChart() const { return m_timeline; }
    QTableWidget *heatmap() const { return m_heatmap; }
    QString recommendation() const;
    const std::vector<drift::DriftReport> &reports() const { return m_reports; }
    QString lastError() const { return m_error; }

    Result<void> exportChart(const QString &path) const; ///< .png or .svg by extension
    Result<void> exportHtml(const QString &path) const;
    void showFeature(int row);

signals:
    void finished(bool ok);
    void progressChanged(int percent);

private:
    struct Outcome;
    void start(std::function<Outcome(std::atomic_bool *, std::function<void(int)>)> job);
    void onFinished();
    void fillTable();
    void fillTimeline();

    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QTableWidget *m_table = nullptr;
    QChartView *m_chart = nullptr;
    QChartView *m_timeline = nullptr;
    QTableWidget *m_heatmap = nullptr;
    QTextBrowser *m_advice = nullptr;
    QLabel *m_status = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    QFutureWatcher<std::shared_ptr<void>> *m_watcher = nullptr;
    std::vector<drift::DriftReport> m_reports;
    QStringList m_windowLabels;
    QString m_error;
};

} // namespace wb::ui
