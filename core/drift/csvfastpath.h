// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/drift/columnbuilder.h"

#include <cstdint>
#include <vector>

namespace wb::drift {

struct FastRows
{
    size_t bytes = 0;       ///< consumed, up to the start of the first row left to the tokenizer
    std::int64_t rows = 0;  ///< rows appended (one line each)
};

/// Parses plain rows straight from the read buffer into the columns, numbers without a
/// second pass over their bytes: [begin, end) must end with '\n' and be followed by at least
/// 64 readable bytes. Stops (leaving that row untouched) at anything the tokenizer and the
/// reader's general path must handle: a quoted cell, a blank line, a lone '\r', a wrong number
/// of fields, a cell longer than maxField, invalid UTF-8, or text in a numeric column. Cells
/// get exactly what the general path would give them.
FastRows parseFastRows(const char *begin, const char *end, char delimiter, std::vector<ColumnBuilder> &columns,
                       std::int64_t maxRows, std::int64_t maxField);

/// The fast path's number parser: a plain decimal of at most 16 bytes ([+-]digits[.digits], up
/// to 8 digits on each side of the point), read exactly as std::from_chars would. 16 bytes
/// from `s` must be readable. False: the text needs parseNumber.
bool parsePlainNumber(const char *s, size_t len, double *value, bool *isInteger);

} // namespace wb::drift
