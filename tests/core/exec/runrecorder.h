// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exec/containerruntime.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTest>

/// Records what a runtime reports per handle, for the exec tests (unit and docker).
class RunRecorder : public QObject
{
public:
    struct Record
    {
        QList<QByteArray> out;
        QList<QByteArray> err;
        QList<QByteArray> system;
        bool started = false;
        bool finished = false;
        int finishedCount = 0;
        wb::exec::ExitInfo info;
    };

    explicit RunRecorder(wb::exec::ContainerRuntime *rt)
    {
        using namespace wb::exec;
        connect(rt, &ContainerRuntime::started, this,
                [this](RunHandle h) { m_records[h].started = true; });
        connect(rt, &ContainerRuntime::outputLine, this,
                [this](RunHandle h, OutputStream s, const QByteArray &l) {
                    Record &r = m_records[h];
                    (s == OutputStream::Stdout ? r.out
                     : s == OutputStream::Stderr ? r.err : r.system).append(l);
                });
        connect(rt, &ContainerRuntime::finished, this,
                [this](RunHandle h, const ExitInfo &info) {
                    Record &r = m_records[h];
                    r.finished = true;
                    ++r.finishedCount;
                    r.info = info;
                });
    }

    /// Spins the event loop until the handle finished; false on timeout.
    bool waitFinished(wb::exec::RunHandle h, int timeoutMs = 20000)
    {
        QElapsedTimer t;
        t.start();
        while (!m_records.value(h).finished && t.elapsed() < timeoutMs)
            QTest::qWait(10);
        return m_records.value(h).finished;
    }
    bool waitStdout(wb::exec::RunHandle h, int timeoutMs = 20000)
    {
        QElapsedTimer t;
        t.start();
        while (m_records.value(h).out.isEmpty() && t.elapsed() < timeoutMs)
            QTest::qWait(10);
        return !m_records.value(h).out.isEmpty();
    }
    const Record record(wb::exec::RunHandle h) const { return m_records.value(h); }

    static QString joined(const QList<QByteArray> &lines)
    {
        QStringList s;
        for (const QByteArray &l : lines)
            s.append(QString::fromUtf8(l));
        return s.join(QLatin1Char('\n'));
    }

private:
    QHash<wb::exec::RunHandle, Record> m_records;
};
