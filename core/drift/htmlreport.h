// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/drift/driftresult.h"

#include <QByteArray>

#include <vector>

namespace wb::drift {

/// A self-contained HTML page (no scripts, no external files): per report a table sorted by
/// drift with coloured status, and per feature an inline SVG of reference vs current shares
/// (quantile bins for numerical columns, categories for categorical ones).
QByteArray htmlReport(const std::vector<DriftReport> &reports);

/// The SVG chart of one column (also used by the UI's export).
QByteArray columnSvg(const ColumnDrift &c, int width = 420, int height = 180);

} // namespace wb::drift
