// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/storetypes.h"

#include <QColor>
#include <QString>
#include <QVariant>

namespace wb::ui::RunFormat {

/// Display text and colours shared by the runs, run detail, compare and lineage views.
QString runStateText(store::RunState state);
QColor runStateColor(store::RunState state);
QString executionStateText(int state); ///< store::ExecutionState value
QColor executionStateColor(int state);
QString timeText(qint64 ms);           ///< local "yyyy-MM-dd HH:mm:ss", empty for 0
QString durationText(qint64 ms);       ///< "850 ms", "12.3 s", "4 min 05 s", "2 h 03 min"
QString valueText(const QVariant &v);  ///< numbers with up to 6 significant digits

} // namespace wb::ui::RunFormat
