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

namespace wb::ui {

// A step's log kept in memory is capped; the full log is always in the run folder.
static constexpr int kMaxLinesPerStep = 200000;

enum Column { TaskCol, StateCol, DurationCol, AttemptsCol };

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
    m_steps = new QTableWidget(0, 4);
    m_steps->setHorizontalHeaderLabels({tr("Step"), tr("State"), tr("Duration"), tr("Attempts")});
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
    if (!session)
        return;
    connect(session, &exec::RunSession::runStarted, this, [this](const QString &id) {
        m_runId = id;
        m_running = true;
        m_steps->setRowCount(0);
        m_logs.clear();
        m_log->clear();
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
}

int RunPanel::rowOf(const QString &task)
{
    for (int r = 0; r < m_steps->rowCount(); ++r)
        if (m_steps->item(r, TaskCol)->text() == task)
            return r;
    const int r = m_steps->rowCount();
    m_steps->insertRow(r);
    m_steps->setItem(r, TaskCol, new QTableWidgetItem(task));
    m_steps->setItem(r, StateCol, new QTableWidgetItem(exec::stepStateName(exec::StepState::Pending)));
    m_steps->setItem(r, DurationCol, new QTableWidgetItem);
    m_steps->setItem(r, AttemptsCol, new QTableWidgetItem);
    return r;
}

void RunPanel::onState(const QString &, const QString &task, exec::StepState state, qint64 durationMs)
{
    const int r = rowOf(task);
    m_steps->item(r, StateCol)->setText(exec::stepStateName(state));
    if (exec::isFinal(state) && durationMs > 0)
        m_steps->item(r, DurationCol)->setText(tr("%1 s").arg(durationMs / 1000.0, 0, 'f', 1));
    if (m_session) {
        if (const std::optional<exec::StepResult> s = m_session->stepResult(task)) {
            m_steps->item(r, AttemptsCol)->setText(s->attempts ? QString::number(s->attempts) : QString());
            m_steps->item(r, StateCol)->setToolTip(s->error);
        }
    }
    if (selectedTask().isEmpty() && state == exec::StepState::Running)
        m_steps->selectRow(r);
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
    if (task != selectedTask() || !accepts(log.last()))
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
    for (const exec::StepResult &s : result.steps)
        onState(result.runId, s.task, s.state, s.durationMs());
    updateButtons();
}

QString RunPanel::selectedTask() const
{
    const auto rows = m_steps->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_steps->item(rows.first().row(), TaskCol)->text();
}

QString RunPanel::logText() const
{
    return m_log->toPlainText();
}

void RunPanel::refreshLog()
{
    m_log->clear();
    QStringList lines;
    int attempt = 0;
    for (const LogEntry &e : m_logs.value(selectedTask())) {
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
        m_steps->item(r, StateCol)->setText(json->value(QStringLiteral("state")).toString());
        m_steps->item(r, StateCol)->setToolTip(json->value(QStringLiteral("error")).toString());
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
    m_status->setText(tr("Run %1").arg(m_runId));
    updateButtons();
}

} // namespace wb::ui
