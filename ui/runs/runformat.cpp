// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/runs/runformat.h"

#include "core/base/tr.h"

#include <QDateTime>
#include <QJsonDocument>

namespace wb::ui::RunFormat {

using store::ExecutionState;
using store::RunState;

QString runStateText(RunState state)
{
    switch (state) {
    case RunState::New: return Tr::tr("New");
    case RunState::Running: return Tr::tr("Running");
    case RunState::Complete: return Tr::tr("Complete");
    case RunState::Failed: return Tr::tr("Failed");
    case RunState::Cached: return Tr::tr("Cached");
    case RunState::Canceled: return Tr::tr("Cancelled"); // one spelling everywhere (the run panel, badges)
    case RunState::Interrupted: return Tr::tr("Interrupted");
    case RunState::Unknown: break;
    }
    return Tr::tr("Unknown");
}

QColor runStateColor(RunState state)
{
    switch (state) {
    case RunState::Complete: return QColor(0x2e, 0x9d, 0x4f);
    case RunState::Cached: return QColor(0x3b, 0x82, 0xc4);
    case RunState::Failed: return QColor(0xd0, 0x3b, 0x3b);
    case RunState::Running:
    case RunState::New: return QColor(0xe0, 0x9a, 0x1a);
    case RunState::Canceled:
    case RunState::Interrupted: return QColor(0x8a, 0x6d, 0xb0);
    case RunState::Unknown: break;
    }
    return QColor(0x9a, 0x9a, 0x9a);
}

QString executionStateText(int state)
{
    switch (ExecutionState(state)) {
    case ExecutionState::New: return Tr::tr("New");
    case ExecutionState::Running: return Tr::tr("Running");
    case ExecutionState::Complete: return Tr::tr("Complete");
    case ExecutionState::Failed: return Tr::tr("Failed");
    case ExecutionState::Cached: return Tr::tr("Cached");
    case ExecutionState::Canceled: return Tr::tr("Cancelled"); // one spelling everywhere (the run panel, badges)
    case ExecutionState::Unknown: break;
    }
    return Tr::tr("Unknown");
}

QColor executionStateColor(int state)
{
    switch (ExecutionState(state)) {
    case ExecutionState::Complete: return runStateColor(RunState::Complete);
    case ExecutionState::Cached: return runStateColor(RunState::Cached);
    case ExecutionState::Failed: return runStateColor(RunState::Failed);
    case ExecutionState::Running:
    case ExecutionState::New: return runStateColor(RunState::Running);
    case ExecutionState::Canceled: return runStateColor(RunState::Canceled);
    case ExecutionState::Unknown: break;
    }
    return runStateColor(RunState::Unknown);
}

QString timeText(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString durationText(qint64 ms)
{
    if (ms < 1000)
        return Tr::tr("%1 ms").arg(ms);
    if (ms < 60'000)
        return Tr::tr("%1 s").arg(ms / 1000.0, 0, 'f', 1);
    const qint64 s = ms / 1000;
    if (s < 3600)
        return Tr::tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return Tr::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString valueText(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return {};
    if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Float)
        return QString::number(v.toDouble(), 'g', 6);
    if (v.typeId() == QMetaType::QVariantMap || v.typeId() == QMetaType::QVariantList)
        return QString::fromUtf8(QJsonDocument::fromVariant(v).toJson(QJsonDocument::Compact));
    return v.toString();
}

} // namespace wb::ui::RunFormat
