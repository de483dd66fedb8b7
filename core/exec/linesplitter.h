// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace wb::exec {

/// Cuts a byte stream into lines (without the "\n" or "\r\n"). A line longer than
/// maxLineBytes is emitted in pieces so one runaway step cannot eat the memory.
class LineSplitter
{
public:
    explicit LineSplitter(qsizetype maxLineBytes = 1 << 20) : m_max(maxLineBytes) {}

    /// Appends data and returns the lines it completed.
    QList<QByteArray> feed(const QByteArray &data);
    /// The unterminated rest, if any (call at end of stream).
    QList<QByteArray> flush();

private:
    QByteArray m_pending;
    qsizetype m_max;
};

} // namespace wb::exec
