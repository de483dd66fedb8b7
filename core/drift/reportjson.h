// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/drift/driftresult.h"

#include <QByteArray>

namespace wb::drift {

/// JSON Lines exactly in reference_drift.py's layout (same keys, same order, floats printed as
/// Python's repr, non-finite -> null), plus our additions after the reference's keys:
/// missing-rate change, new/vanished category names, the selected method's decision, warnings.
QByteArray reportToJsonLines(const DriftReport &report, const QString &window = {});

/// One column as a JSON object (a line without the newline).
QByteArray columnToJson(const ColumnDrift &c, const QString &window = {});
QByteArray datasetToJson(const DriftReport &report, const QString &window = {});

} // namespace wb::drift
