// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/drift/datatable.h"

#include <atomic>
#include <cstdint>
#include <functional>

namespace wb::drift {

struct CsvOptions
{
    char delimiter = 0;                          ///< 0: sniff ',', ';' or tab from the header
    std::int64_t maxFieldBytes = 16 * 1024 * 1024; ///< longer cells are refused with a message
    const std::atomic_bool *cancel = nullptr;
    std::function<void(double fraction)> progress; ///< fraction of the (compressed) file read
    bool fastPath = true; ///< false: every row through the general tokenizer (tests compare both)
};

/// Streams a CSV file (optionally gzip-compressed) into typed columns: RFC 4180 quoting with
/// embedded newlines, UTF-8 BOM, blank lines skipped, pandas' default NA strings as missing.
/// Errors carry file and line: ragged rows, invalid UTF-8, duplicate or empty header, huge cells,
/// unreadable or corrupt files.
///
/// Memory: the file is read in 4 MB blocks and never held whole; plain rows are parsed straight
/// from the block (csvfastpath.h), everything else row by row by the tokenizer. The table keeps
/// 4 bytes per cell (a packed short decimal or a category id; other numbers 8 more bytes) plus
/// each distinct text once: about a third to a half of the CSV's size for typical files, so a
/// comparison needs the tables in memory, not the files.
Result<DataTable> readCsv(const QString &path, const CsvOptions &options = {});

/// pandas' default NA tokens ('', 'NA', 'NaN', 'null', ...).
bool isNaToken(std::string_view token);
/// pandas-like number parsing of one cell (surrounding spaces allowed, inf/infinity, no hex).
bool parseNumber(std::string_view token, double *value, bool *isInteger);

} // namespace wb::drift
