// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace wb::drift {

/// One parsed CSV column. While every non-missing cell parses as a number (pandas' rules) it is
/// held as doubles (NaN = missing); otherwise as interned category ids (-1 = missing) with a
/// dictionary. Raw text is never kept.
struct Column
{
    QString name;
    bool numeric = true;
    std::vector<double> values;          ///< numeric: one per row, NaN for missing
    std::vector<std::int32_t> ids;       ///< categorical: one per row, -1 for missing
    std::vector<std::string> dictionary; ///< categorical: id -> text
    bool integerTokens = true;           ///< numeric: every token was an integer literal
    bool hasMissing = false;
    std::int64_t firstTextLine = 0;      ///< 1-based line of the first non-numeric cell (0: none)
    std::string firstText;               ///< that cell (shortened), for messages

    std::int64_t size() const { return numeric ? std::int64_t(values.size()) : std::int64_t(ids.size()); }
};

struct DataTable
{
    QString source;
    std::vector<Column> columns;
    std::int64_t rows = 0;
    char delimiter = ',';

    int indexOf(const QString &name) const
    {
        for (size_t i = 0; i < columns.size(); ++i)
            if (columns[i].name == name)
                return int(i);
        return -1;
    }
};

} // namespace wb::drift
