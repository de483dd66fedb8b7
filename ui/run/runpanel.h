// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exec/runsession.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace wb::ui {

/// Shows one run: overall progress, a table of steps (state, duration, attempts) and the log
/// of the selected step, live (follow mode), searchable, filtered by stream. Cancel and
/// "re-run from here" are requests the owner carries out (it owns the run session).
class RunPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RunPanel(QWidget *parent = nullptr);

    /// Follows `session` (not owned) from now on; clears what was shown.
    void attach(exec::RunSession *session);
    /// Shows a finished run from its folder (step.json + attempt logs).
    void showRunFolder(const QString &runDir, const QStringList &tasks);

    QString runId() const { return m_runId; }
    QString selectedTask() const;
    /// Text in the log view (tests).
    QString logText() const;
    /// The text of a step's row: state, reason (tests).
    QString stepStateText(const QString &task) const;
    QString stepReasonText(const QString &task) const;
    /// The lines of the "Image pull" row (the images pulled before the run started), one per
    /// line; empty when nothing was pulled (tests).
    QString pullLogText() const;

signals:
    void cancelRequested();
    /// Run `task` and everything downstream again, reusing the other outputs of run `runId`.
    void rerunFromRequested(const QString &task, const QString &runId);

private:
    struct LogEntry
    {
        int attempt;
        exec::OutputStream stream;
        QString line;
    };
    int rowOf(const QString &task);
    /// The "Image pull" row: a pseudo-step at the top whose log is the pull's output.
    int pullRow();
    /// The log shown: the selected step's task name, or the pull row's key.
    QString selectedKey() const;
    void onPullLine(const QString &runId, const QString &image, const QString &line);
    void showReason(int row, const QString &reason);
    void onState(const QString &runId, const QString &task, exec::StepState state, qint64 durationMs);
    void onLog(const QString &runId, const QString &task, int attempt, exec::OutputStream stream,
               const QString &line);
    void onFinished(const exec::RunResult &result);
    void refreshLog();
    bool accepts(const LogEntry &e) const;
    void findNext();
    void updateButtons();

    QPointer<exec::RunSession> m_session;
    QString m_runId;
    QString m_pullRunId; ///< the run whose image pulls the pull row shows
    bool m_running = false;
    QHash<QString, QList<LogEntry>> m_logs;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTableWidget *m_steps;
    QPlainTextEdit *m_log;
    QCheckBox *m_follow;
    QLineEdit *m_search;
    QComboBox *m_filter;
    QPushButton *m_cancel;
    QPushButton *m_rerun;
};

} // namespace wb::ui
