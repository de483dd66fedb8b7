// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace wb::vcs {

enum class ColumnType { Integer, Float, Bool, Datetime, String };
QString columnTypeName(ColumnType t);
std::optional<ColumnType> columnTypeFromName(const QString &name);

/// Summary of one column. Numeric columns carry min/max/mean; datetime columns min/max as
/// text (ISO-8601 sorts lexically); the others the most frequent value.
struct ColumnProfile
{
    static constexpr qint64 kDistinctCap = 1000;

    QString name;
    ColumnType type = ColumnType::String;
    qint64 missing = 0;
    std::optional<double> min, max, mean;
    QString minText, maxText;
    qint64 distinct = 0;         ///< distinct non-missing values, at most kDistinctCap
    bool distinctCapped = false; ///< more than kDistinctCap distinct values
    QString top;                 ///< most frequent value (approximate when capped)

    bool isNumeric() const { return type == ColumnType::Integer || type == ColumnType::Float; }
};

struct TableProfile
{
    QString delimiter = QStringLiteral("comma"); ///< comma, tab, semicolon, pipe
    bool gzip = false;
    qint64 rows = 0; ///< data rows, header excluded
    QList<ColumnProfile> columns;
};

/// True for .csv/.tsv (optionally .gz) files.
bool isTabularFile(const QString &path);
/// Reads a CSV/TSV (gzip or plain; delimiter sniffed from the header line; RFC 4180 quoting).
/// Missing values: empty, NA, N/A, NaN, nan, null, NULL, None.
Result<TableProfile> profileTable(const QString &path);

} // namespace wb::vcs
