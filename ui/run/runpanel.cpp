// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/run/runpanel.h"

#include "core/exec/runworkspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace wb::ui {

// A step's log kept in memory is capped; the full log is always in the run folder.
static constexpr int kMaxLinesPerStep = 200000;

enum Column { TaskCol, StateCol, DurationCol, AttemptsCol, ReasonCol };

// The log key and row marker of the image pull: no task name holds a control character.
static const QString kPullKey = QStringLiteral("\x01pull");

RunPanel::RunPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_progress = new QProgressBar;
    m_status = new QLabel(tr("No run"));
    m_cancel = new QPushButton(tr("Cancel run"));
    m_cancel->setObjectName(QStringLiteral("cancelRun"));
    m_rerun = new QPushButton(tr("Re-run from here"));
    m_rerun->setObjectName(QStringLiteral("rerunFromHere"));
    m_rerun->setToolTip(tr("Run the selected step and everything after it again, reusing the other outputs"));
    top->addWidget(m_progress, 1);
    top->addWidget(m_status);
    top->addWidget(m_cancel);
    top->addWidget(m_rerun);
    layout->addLayout(top);

    // Steps beside their log: the panel lives in a wide, low bottom dock.
    auto *split = new QSplitter(Qt::Horizontal);
    m_steps = new QTableWidget(0, 5);
    m_steps->setHorizontalHeaderLabels({tr("Step"), tr("State"), tr("Duration"), tr("Attempts"), tr("Reason")});
    m_steps->horizontalHeader()->setStretchLastSection(true);
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->verticalHeader()->hide();
    m_steps->setMinimumHeight(60);
    split->addWidget(m_steps);

    auto *logBox = new QWidget;
    auto *logLayout = new QVBoxLayout(logBox);
    logLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_filter = new QComboBox;
    m_filter->addItem(tr("All output"));
    m_filter->addItem(tr("stdout"));
    m_filter->addItem(tr("stderr"));
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search the log (Enter: next match)"));
    m_search->setClearButtonEnabled(true);
    m_follow = new QCheckBox(tr("Follow"));
    m_follow->setChecked(true);
    bar->addWidget(m_filter);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_follow);
    logLayout->addLayout(bar);
    m_log = new QPlainTextEdit;
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setMaximumBlockCount(kMaxLinesPerStep);
    m_log->setFont(QFont(QStringLiteral("monospace")));
    logLayout->addWidget(m_log);
    split->addWidget(logBox);
    layout->addWidget(split, 1);

    connect(m_steps, &QTableWidget::itemSelectionChanged, this, [this] {
        refreshLog();
        updateButtons();
    });
    connect(m_filter, &QComboBox::currentIndexChanged, this, &RunPanel::refreshLog);
    connect(m_search, &QLineEdit::returnPressed, this, &RunPanel::findNext);
    connect(m_cancel, &QPushButton::clicked, this, &RunPanel::cancelRequested);
    connect(m_rerun, &QPushButton::clicked, this, [this] {
        if (!selectedTask().isEmpty())
            emit rerunFromRequested(selectedTask(), m_runId);
    });
    updateButtons();
}

void RunPanel::attach(exec::RunSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_steps->setRowCount(0);
    m_logs.clear();
    m_log->clear();
    m_progress->setValue(0);
    m_runId.clear();
    m_pullRunId.clear();
    if (!session)
        return;
    connect(session, &exec::RunSession::runStarted, this, [this](const QString &id) {
        m_runId = id;
        m_running = true;
        // The images this run pulled before it started stay on top.
        const QList<LogEntry> pulled = m_pullRunId == id ? m_logs.value(kPullKey) : QList<LogEntry>{};
        if (m_pullRunId != id)
            m_pullRunId.clear();
        m_steps->setRowCount(0);
        m_logs.clear();
        m_log->clear();
        if (!pulled.isEmpty()) {
            m_logs.insert(kPullKey, pulled);
            m_steps->item(pullRow(), StateCol)->setText(tr("Pulled"));
        }
        if (m_session && m_session->plan()) {
            for (const exec::PlanStep &s : m_session->plan()->steps)
                rowOf(s.task);
            m_progress->setRange(0, int(m_session->plan()->steps.size()));
        }
        m_progress->setValue(0);
        m_status->setText(tr("Run %1: running").arg(id));
        updateButtons();
    });
    connect(session, &exec::RunSession::stepStateChanged, this, &RunPanel::onState);
    connect(session, &exec::RunSession::logLine, this, &RunPanel::onLog);
    connect(session, &exec::RunSession::progressChanged, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(session, &exec::RunSession::runFinished, this, &RunPanel::onFinished);
    connect(session, &exec::RunSession::pullLine, this, &RunPanel::onPullLine);
    connect(session, &exec::RunSession::startFailed, this, [this](const QString &why) {
        // Only the end of a start whose pull this panel shows; not "a run is already in
        // progress" (the session stays busy then).
        if (!m_running || m_pullRunId.isEmpty() || m_pullRunId == m_runId
            || (m_session && m_session->isBusy()))
            return;
        m_running = false;
        m_status->setText(tr("The run did not start"));
        m_status->setToolTip(why);
        if (m_steps->rowCount() > 0) {
            const int r = pullRow();
            m_steps->item(r, StateCol)->setText(tr("Failed"));
            showReason(r, why);
        }
        updateButtons();
    });
}

int RunPanel::pullRow()
{
    for (int r = 0; r < m_steps->rowCount(); ++r)
        if (m_steps->item(r, TaskCol)->data(Qt::UserRole).toString() == kPullKey)
            return r;
    m_steps->insertRow(0);
    auto *name = new QTableWidgetItem(tr("Image pull"));
    name->setData(Qt::UserRole, kPullKey);
    name->setToolTip(tr("The container images pulled before the run started (kept as pull.log in "
                        "the run folder)"));
    m_steps->setItem(0, TaskCol, name);
    m_steps->setItem(0, StateCol, new QTableWidgetItem);
    m_steps->setItem(0, DurationCol, new QTableWidgetItem);
    m_steps->setItem(0, AttemptsCol, new QTableWidgetItem);
    m_steps->setItem(0, ReasonCol, new QTableWidgetItem);
    return 0;
}

void RunPanel::onPullLine(const QString &runId, const QString &image, const QString &line)
{
    if (runId != m_pullRunId) {
        // A new run is starting: what the panel showed belongs to an earlier one.
        m_pullRunId = runId;
        m_runId.clear();
        m_steps->setRowCount(0);
        m_logs.clear();
        m_log->clear();
        m_progress->setValue(0);
        m_running = true; // Cancel stops the pull
        updateButtons();
    }
    const int r = pullRow();
    m_steps->item(r, StateCol)->setText(tr("Pulling"));
    if (!image.isEmpty())
        m_status->setText(tr("Pulling %1…").arg(image));
    m_status->setToolTip(QString());
    if (selectedKey().isEmpty())
        m_steps->selectRow(r);
    onLog(runId, kPullKey, 1, exec::OutputStream::System, line);
}

QString RunPanel::pullLogText() const
{
    QStringList lines;
    for (const LogEntry &e : m_logs.value(kPullKey))
        lines.append(e.line);
    return lines.join(QLatin1Char('\n'));
}

int RunPanel::rowOf(const QString &task)
{
    for (int r = 0; r < m_steps->rowCount(); ++r)
        if (m_steps->item(r, TaskCol)->text() == task && m_steps->item(r, TaskCol)->data(Qt::UserRole).isNull())
            return r;
    const int r = m_steps->rowCount();
    m_steps->insertRow(r);
    m_steps->setItem(r, TaskCol, new QTableWidgetItem(task));
    m_steps->setItem(r, StateCol, new QTableWidgetItem(exec::stepStateLabel(exec::StepState::Pending)));
    m_steps->setItem(r, DurationCol, new QTableWidgetItem);
    m_steps->setItem(r, AttemptsCol, new QTableWidgetItem);
    m_steps->setItem(r, ReasonCol, new QTableWidgetItem);
    return r;
}

void RunPanel::onState(const QString &, const QString &task, exec::StepState state, qint64 durationMs)
{
    const int r = rowOf(task);
    m_steps->item(r, StateCol)->setText(exec::stepStateLabel(state));
    if (exec::isFinal(state) && durationMs > 0)
        m_steps->item(r, DurationCol)->setText(tr("%1 s").arg(durationMs / 1000.0, 0, 'f', 1));
    if (m_session) {
        if (const std::optional<exec::StepResult> s = m_session->stepResult(task)) {
            m_steps->item(r, AttemptsCol)->setText(s->attempts ? QString::number(s->attempts) : QString());
            showReason(r, s->error);
        }
    }
    if (selectedTask().isEmpty() && state == exec::StepState::Running)
        m_steps->selectRow(r);
}

void RunPanel::showReason(int row, const QString &reason)
{
    // The first line in the table, all of it in the tooltips.
    m_steps->item(row, ReasonCol)->setText(reason.section(QLatin1Char('\n'), 0, 0));
    m_steps->item(row, ReasonCol)->setToolTip(reason);
    m_steps->item(row, StateCol)->setToolTip(reason);
}

bool RunPanel::accepts(const LogEntry &e) const
{
    switch (m_filter->currentIndex()) {
    case 1: return e.stream == exec::OutputStream::Stdout;
    case 2: return e.stream == exec::OutputStream::Stderr;
    default: return true;
    }
}

void RunPanel::onLog(const QString &, const QString &task, int attempt, exec::OutputStream stream,
                     const QString &line)
{
    QList<LogEntry> &log = m_logs[task];
    if (log.size() >= kMaxLinesPerStep)
        log.removeFirst();
    log.append({attempt, stream, line});
    if (task != selectedKey() || !accepts(log.last()))
        return;
    QScrollBar *sb = m_log->verticalScrollBar();
    const int keep = sb->value();
    m_log->appendPlainText(line);
    if (m_follow->isChecked())
        sb->setValue(sb->maximum());
    else
        sb->setValue(keep);
}

void RunPanel::onFinished(const exec::RunResult &result)
{
    m_running = false;
    m_status->setText(tr("Run %1: %2").arg(result.runId, exec::runOutcomeName(result.outcome)));
    m_status->setToolTip(result.error);
    int done = 0;
    for (const exec::StepResult &s : result.steps) {
        onState(result.runId, s.task, s.state, s.durationMs());
        done += s.state != exec::StepState::Cancelled ? 1 : 0;
    }
    // A cancelled run did not get to the end: the bar shows how far it got, not 100 %.
    m_progress->setRange(0, std::max<int>(1, int(result.steps.size())));
    m_progress->setValue(done);
    updateButtons();
}

QString RunPanel::selectedTask() const
{
    const QString key = selectedKey();
    return key == kPullKey ? QString() : key; // the pull row is no task
}

QString RunPanel::selectedKey() const
{
    const auto rows = m_steps->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const QTableWidgetItem *item = m_steps->item(rows.first().row(), TaskCol);
    const QString marker = item->data(Qt::UserRole).toString();
    return marker.isEmpty() ? item->text() : marker;
}

QString RunPanel::logText() const
{
    return m_log->toPlainText();
}

QString RunPanel::stepStateText(const QString &task) const
{
    for (int r = 0; r < m_steps->rowCount(); ++r)
        if (m_steps->item(r, TaskCol)->text() == task)
            return m_steps->item(r, StateCol)->text();
    return {};
}

QString RunPanel::stepReasonText(const QString &task) const
{
    for (int r = 0; r < m_steps->rowCount(); ++r)
        if (m_steps->item(r, TaskCol)->text() == task)
            return m_steps->item(r, ReasonCol)->text();
    return {};
}

void RunPanel::refreshLog()
{
    m_log->clear();
    QStringList lines;
    int attempt = 0;
    for (const LogEntry &e : m_logs.value(selectedKey())) {
        if (e.attempt != attempt) {
            attempt = e.attempt;
            lines.append(tr("--- attempt %1 ---").arg(attempt));
        }
        if (accepts(e))
            lines.append(e.line);
    }
    m_log->setPlainText(lines.join(QLatin1Char('\n')));
    if (m_follow->isChecked())
        m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum());
}

void RunPanel::findNext()
{
    const QString text = m_search->text();
    if (text.isEmpty())
        return;
    if (!m_log->find(text)) {
        m_log->moveCursor(QTextCursor::Start);
        m_log->find(text);
    }
    m_follow->setChecked(false);
}

void RunPanel::updateButtons()
{
    m_cancel->setEnabled(m_running);
    m_rerun->setEnabled(!m_running && !m_runId.isEmpty() && !selectedTask().isEmpty());
}

void RunPanel::showRunFolder(const QString &runDir, const QStringList &tasks)
{
    attach(nullptr);
    m_runId = QFileInfo(runDir).fileName();
    m_running = false;
    for (const QString &task : tasks) {
        const int r = rowOf(task);
        auto json = exec::runfiles::readJson(exec::runfiles::stepJsonPath(runDir, task));
        if (!json.ok())
            continue;
        const QString state = json->value(QStringLiteral("state")).toString();
        const std::optional<exec::StepState> known = exec::stepStateFromName(state);
        m_steps->item(r, StateCol)->setText(known ? exec::stepStateLabel(*known) : state);
        showReason(r, json->value(QStringLiteral("error")).toString());
        m_steps->item(r, DurationCol)->setText(tr("%1 s").arg(json->value(QStringLiteral("durationMs")).toDouble() / 1000.0, 0, 'f', 1));
        const int attempts = json->value(QStringLiteral("attempts")).toInt();
        m_steps->item(r, AttemptsCol)->setText(attempts ? QString::number(attempts) : QString());
        for (int a = 1; a <= attempts; ++a) {
            QFile f(exec::runfiles::logPath(runDir, task, a));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            while (!f.atEnd()) {
                const QString line = QString::fromUtf8(f.readLine()).chopped(1);
                const QString tag = line.left(6);
                const exec::OutputStream stream = tag == QLatin1String("[out] ") ? exec::OutputStream::Stdout
                    : tag == QLatin1String("[err] ")                            ? exec::OutputStream::Stderr
                                                                                : exec::OutputStream::System;
                m_logs[task].append({a, stream, line.mid(6)});
            }
        }
    }
    QFile pullLog(exec::runfiles::pullLogPath(runDir));
    if (pullLog.open(QIODevice::ReadOnly)) {
        while (!pullLog.atEnd()) {
            QString line = QString::fromUtf8(pullLog.readLine());
            if (line.endsWith(QLatin1Char('\n')))
                line.chop(1);
            m_logs[kPullKey].append({1, exec::OutputStream::System, line});
        }
        m_steps->item(pullRow(), StateCol)->setText(tr("Pulled"));
    }
    m_status->setText(tr("Run %1").arg(m_runId));
    updateButtons();
}

} // namespace wb::ui
