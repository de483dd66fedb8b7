// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/drift/driftengine.h"

namespace wb::drift {

struct WindowSpec
{
    enum class Kind { Year, Quarter, Month, Count } kind = Kind::Year;
    int count = 0; ///< Kind::Count: number of equal-size windows (rows ordered by time)
};

/// "year", "quarter", "month" or a number N >= 2.
Result<WindowSpec> parseWindowSpec(const QString &text);

struct WindowedDrift
{
    QString timeColumn;
    QString referenceLabel;
    QStringList labels;                 ///< every window in time order (reference included)
    std::vector<std::int64_t> rows;     ///< rows per window, same order as labels
    std::vector<DriftReport> windows;   ///< one report per non-reference window, label set
    std::int64_t skippedRows = 0;       ///< rows whose time could not be read
};

/// Splits `table` on `timeColumn` (a year number like 2007 or 2007.25, or a date text such as
/// 2007-03-15, 2007-03, 2007/03/15) and compares every window with the reference window (the
/// first one, or `referenceLabel`). The time column itself is not analysed.
Result<WindowedDrift> computeWindowedDrift(const DataTable &table, const QString &timeColumn, const WindowSpec &spec,
                                           const QString &referenceLabel, DriftOptions options,
                                           const ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr);

/// The rows of `table` listed in `rows`, as a table of its own.
DataTable subsetRows(const DataTable &table, const std::vector<std::int64_t> &rows, const QString &source);

} // namespace wb::drift
