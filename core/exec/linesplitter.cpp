// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exec/linesplitter.h"

namespace wb::exec {

static QByteArray stripCr(QByteArray line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

QList<QByteArray> LineSplitter::feed(const QByteArray &data)
{
    QList<QByteArray> lines;
    m_pending.append(data);
    qsizetype start = 0;
    while (true) {
        const qsizetype nl = m_pending.indexOf('\n', start);
        if (nl < 0)
            break;
        lines.append(stripCr(m_pending.mid(start, nl - start)));
        start = nl + 1;
    }
    m_pending.remove(0, start);
    while (m_pending.size() > m_max) {
        lines.append(m_pending.left(m_max));
        m_pending.remove(0, m_max);
    }
    return lines;
}

QList<QByteArray> LineSplitter::flush()
{
    QList<QByteArray> lines;
    if (!m_pending.isEmpty())
        lines.append(stripCr(m_pending));
    m_pending.clear();
    return lines;
}

} // namespace wb::exec
