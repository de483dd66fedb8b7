// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/runs/storesession.h"

#include <QSet>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace wb::ui {

class RunTableModel;

/// Experiments and runs: a paged table (RunTableModel) with a search box (see RunQuery),
/// sortable headers, a "show archived" toggle, archive/restore and compare actions. Of the
/// metric columns it shows the model's default ones (the pipelines' run metrics); the header's
/// context menu shows or hides any metric column.
class RunsView : public QWidget
{
    Q_OBJECT
public:
    explicit RunsView(QWidget *parent = nullptr);

    void setSession(StoreSessionPtr session);
    RunTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchBox() const { return m_search; }
    QCheckBox *showArchivedBox() const { return m_showArchived; }

    /// Parses the search text and applies it; false (and a message under the box) when invalid.
    bool applySearch();
    QList<qint64> selectedRunIds() const;
    /// Metric columns: shown by default when RunTableModel::isDefaultMetric, else hidden; the
    /// user's choice (header menu) wins and is kept across searches.
    bool isMetricColumnShown(const QString &name) const;
    void setMetricColumnShown(const QString &name, bool shown);
    void showAllMetricColumns();
    void resetMetricColumns();
    void archiveSelected(bool archive);
    QString statusText() const;

signals:
    void runActivated(qint64 runId);
    void compareRequested(const QList<qint64> &runIds);
    void errorOccurred(const QString &message);

private:
    void showContextMenu(const QPoint &pos);
    void showHeaderMenu(const QPoint &pos);
    void updateMetricColumns();
    void updateStatus();
    void refreshCount();

    StoreSessionPtr m_session;
    RunTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_showArchived = nullptr;
    QPushButton *m_compare = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_searchTimer = nullptr;
    qint64 m_total = -1;
    qint64 m_lastPageMs = 0;
    quint64 m_countGeneration = 0;
    QString m_queryError;
    QSet<QString> m_shownMetrics;  ///< metric columns the user showed
    QSet<QString> m_hiddenMetrics; ///< metric columns the user hid
};

} // namespace wb::ui
