// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <limits>
#include <memory>
#include <new>
#include <string>
#include <utility>
#include <vector>

namespace wb::drift {

/// std::allocator whose resize() leaves new elements uninitialised: the CSV reader sizes a batch
/// of rows, then writes every cell of it (no zeroing pass over hundreds of MB).
template<typename T>
struct UninitAllocator : std::allocator<T>
{
    using value_type = T;
    template<typename U>
    struct rebind
    {
        using other = UninitAllocator<U>;
    };
    UninitAllocator() = default;
    template<typename U>
    UninitAllocator(const UninitAllocator<U> &) noexcept {}
    template<typename U>
    void construct(U *p) noexcept
    {
        ::new (static_cast<void *>(p)) U;
    }
    template<typename U, typename... Args>
    void construct(U *p, Args &&...args)
    {
        ::new (static_cast<void *>(p)) U(std::forward<Args>(args)...);
    }
};
template<typename T>
using CellVector = std::vector<T, UninitAllocator<T>>;

/// A numeric cell in 4 bytes (see Column): bit 31 clear: a short decimal, bit 30 its sign,
/// bits 26..29 the digits after the point f (0..8), bits 0..25 the digits m; its value is
/// m / 10^f computed as the CSV reader computed it (the same bits). Bit 31 set: the value is
/// wide[code & 0x7FFFFFFF], or NaN (a missing cell) for kNanCode.
namespace cellcode {
inline constexpr std::uint32_t kWide = 0x80000000u;
inline constexpr std::uint32_t kNanCode = 0xFFFFFFFFu;
inline constexpr std::uint32_t kMaxDigits = (1u << 26) - 1;
inline constexpr double kPow10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};
inline constexpr std::uint32_t encode(bool negative, unsigned fracDigits, std::uint32_t digits)
{
    return (std::uint32_t(negative) << 30) | (std::uint32_t(fracDigits) << 26) | digits;
}
inline double decode(std::uint32_t code, const double *wide)
{
    if (code & kWide)
        return code == kNanCode ? std::numeric_limits<double>::quiet_NaN() : wide[code & ~kWide];
    static constexpr double kSign[] = {1.0, -1.0};
    return double(code & kMaxDigits) / kPow10[(code >> 26) & 15] * kSign[(code >> 30) & 1];
}
} // namespace cellcode

/// One parsed CSV column. While every non-missing cell parses as a number (pandas' rules) it is
/// numeric (NaN = missing); otherwise interned category ids (-1 = missing) with a dictionary.
/// Raw text is never kept. Numbers from CSV files are mostly short decimals, so a numeric
/// column is "packed": 4 bytes per cell (cellcode) plus a list of the other values; half the
/// memory of doubles. A column with many other values is held as plain doubles in `wide`.
struct Column
{
    QString name;
    bool numeric = true;
    bool packed = true;                  ///< numeric: codes + wide; else wide holds every row
    CellVector<std::uint32_t> codes;     ///< numeric, packed: one per row
    CellVector<double> wide;             ///< numeric: values without a short code, or every row
    std::int64_t nonFinite = -1;         ///< numeric: NaN and +-inf cells (-1: not counted)
    CellVector<std::int32_t> ids;        ///< categorical: one per row, -1 for missing
    std::vector<std::string> dictionary; ///< categorical: id -> text
    bool integerTokens = true;           ///< numeric: every token was an integer literal
    bool hasMissing = false;
    std::int64_t firstTextLine = 0;      ///< 1-based line of the first non-numeric cell (0: none)
    std::string firstText;               ///< that cell (shortened), for messages

    std::int64_t size() const
    {
        return numeric ? std::int64_t(packed ? codes.size() : wide.size()) : std::int64_t(ids.size());
    }
    /// numeric: the value of a row (NaN for missing)
    double value(size_t row) const { return packed ? cellcode::decode(codes[row], wide.data()) : wide[row]; }
    /// numeric: a plain column of these values (for tables built row by row, e.g. subsets)
    static Column plainNumbers(const QString &name, CellVector<double> values);
};

inline Column Column::plainNumbers(const QString &name, CellVector<double> values)
{
    Column c;
    c.name = name;
    c.packed = false;
    c.wide = std::move(values);
    return c;
}

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
