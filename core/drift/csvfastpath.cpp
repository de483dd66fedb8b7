// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/csvfastpath.h"

#include "core/drift/csvreader.h"

#include <bit>
#include <cstring>
#include <algorithm>
#include <cmath>
#include <limits>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace wb::drift {

namespace {

static_assert(std::endian::native == std::endian::little, "the SWAR digit parsing assumes little endian");

inline std::uint64_t load8(const char *p)
{
    std::uint64_t x;
    std::memcpy(&x, p, 8);
    return x;
}

// Value of the first k (1..8) digit bytes of x, three multiplications (as in fast_float).
inline std::uint64_t digitsValue(std::uint64_t x, int k)
{
    x -= 0x3030303030303030ull;  // no borrow out of the k digit bytes
    x <<= 8 * (8 - k);           // the other bytes leave, leading zero digits come in
    x = x * 10 + (x >> 8);
    return (((x & 0x000000FF000000FFull) * 0x000F424000000064ull)
            + (((x >> 16) & 0x000000FF000000FFull) * 0x0000271000000001ull)) >> 32;
}

constexpr std::uint64_t kPow10u[] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000};
constexpr double kPow10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};

// inline in the row loop (a call per cell costs more than the parse)
struct Plain
{
    std::uint64_t digits;
    unsigned fracDigits;
    bool negative;
};

// The digits of a plain decimal; its value is value(parts), the division only made when needed.
[[gnu::always_inline]] inline bool plainDigits(const char *s, size_t len, bool *isInteger, Plain *parts)
{
    if (len - 1 >= 16)
        return false; // empty or long: parseNumber
#ifdef __SSE2__
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s));
    const __m128i y = _mm_sub_epi8(x, _mm_set1_epi8('0'));
    const unsigned digit = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(y, _mm_set1_epi8(9)), y)));
#else
    unsigned digit = 0;
    for (size_t i = 0; i < 16; ++i)
        digit |= unsigned(unsigned(s[i] - '0') < 10) << i;
#endif
    const bool sign = s[0] == '-' || s[0] == '+';
    const unsigned other = ~digit & ((1u << len) - 1) & ~unsigned(sign); // what is not a digit
    size_t dot = len;
    if (other) {
        dot = size_t(std::countr_zero(other));
        if ((other & (other - 1)) || s[dot] != '.')
            return false; // exponent, spaces, text...: parseNumber
    }
    const size_t intLen = dot - size_t(sign), fracLen = dot < len ? len - dot - 1 : 0;
    if (intLen + fracLen == 0 || intLen > 8 || fracLen > 8)
        return false;
    // the two digit runs are loaded independently: no chain of dependent loads
    const std::uint64_t ip = intLen ? digitsValue(load8(s + size_t(sign)), int(intLen)) : 0;
    const std::uint64_t fp = fracLen ? digitsValue(load8(s + dot + 1), int(fracLen)) : 0;
    const std::uint64_t m = ip * kPow10u[fracLen] + fp;
    if (m > (std::uint64_t(1) << 53))
        return false; // not exact as a double: parseNumber
    *parts = {m, unsigned(fracLen), s[0] == '-'};
    *isInteger = dot == len;
    return true;
}

// Clinger: an exact mantissa divided by an exact power of ten is correctly rounded, i.e. the
// same double as std::from_chars. The same expression as cellcode::decode, so a code decodes to
// these very bits; the sign without a branch (x -1 is exact, -0 included).
inline double plainValue(const Plain &p)
{
    static constexpr double kSign[] = {1.0, -1.0};
    return double(p.digits) / kPow10[p.fracDigits] * kSign[p.negative];
}

// std::popcount is a library call on baseline x86-64 (no POPCNT instruction)
inline size_t popcount64(std::uint64_t x)
{
    x -= (x >> 1) & 0x5555555555555555ull;
    x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
    return size_t((x * 0x0101010101010101ull) >> 56);
}

// Bit i of *delims / *ends: byte q[i] is the delimiter / a line end ('\n' or '\r'), i < 64.
inline void separators(const char *q, char delim, std::uint64_t *delims, std::uint64_t *ends)
{
#ifdef __SSE2__
    const __m128i vd = _mm_set1_epi8(delim), vn = _mm_set1_epi8('\n'), vr = _mm_set1_epi8('\r');
    for (int k = 0; k < 4; ++k) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(q + 16 * k));
        *delims |= std::uint64_t(unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(x, vd)))) << (16 * k);
        *ends |= std::uint64_t(unsigned(_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(x, vn), _mm_cmpeq_epi8(x, vr)))))
                 << (16 * k);
    }
#else
    for (int i = 0; i < 64; ++i) {
        *delims |= std::uint64_t(q[i] == delim) << i;
        *ends |= std::uint64_t(q[i] == '\n' || q[i] == '\r') << i;
    }
#endif
}

} // namespace

bool parsePlainNumber(const char *s, size_t len, double *value, bool *isInteger)
{
    Plain parts;
    if (!plainDigits(s, len, isInteger, &parts))
        return false;
    *value = plainValue(parts);
    return true;
}

namespace {
// Rows that fit in v's capacity (grown by half when full, as push_back would).
template<typename T>
size_t spare(CellVector<T> &v)
{
    if (v.capacity() == v.size())
        v.reserve(v.capacity() + std::max<size_t>(v.capacity() / 2, 1024));
    return v.capacity() - v.size();
}
// Makes v hold `extra` more (uninitialised) elements; returns where they start.
template<typename T>
T *openBatch(CellVector<T> &v, size_t extra)
{
    const size_t base = v.size();
    v.resize(base + extra);
    return v.data() + base;
}
} // namespace

FastRows parseFastRows(const char *begin, const char *end, char delim, std::vector<ColumnBuilder> &cols,
                       std::int64_t maxRows, std::int64_t maxField)
{
    FastRows done;
    const char *p = begin;
    const size_t ncols = cols.size();
    // field c is [bounds[c], bounds[c + 1] - 1); room for the unconditional writes past the end
    std::vector<std::uint32_t> bounds(ncols + 1 + 64);
    // The cells of row r go to slot[c][r]: the batch's room is made once, then every cell is one
    // store (push_back would load, compare and store each column's end at every cell).
    struct Slot
    {
        std::uint32_t *codes = nullptr; ///< packed numeric
        double *values = nullptr;       ///< plain numeric
        std::int32_t *ids = nullptr;    ///< text
    };
    std::vector<Slot> cellOut(ncols);
    // as many rows as every column has capacity for (the reader reserved the estimated rows)
    size_t room = size_t(std::max<std::int64_t>(0, maxRows));
    for (size_t c = 0; c < ncols; ++c) {
        Column &col = cols[c].col;
        room = std::min(room, !col.numeric ? spare(col.ids) : col.packed ? spare(col.codes) : spare(col.wide));
    }
    for (size_t c = 0; c < ncols; ++c) {
        Column &col = cols[c].col;
        if (!col.numeric)
            cellOut[c].ids = openBatch(col.ids, room);
        else if (col.packed)
            cellOut[c].codes = openBatch(col.codes, room);
        else
            cellOut[c].values = openBatch(col.wide, room);
    }
    size_t r = 0;
    while (p < end && r < room) {
        if (*p == '\n' || *p == '\r')
            break; // blank line
        // 1. the row's field boundaries from the separators of 64-byte blocks; the cells are then
        // parsed independently of each other, which lets the CPU overlap them. Branches that
        // depend on where the separators fall are avoided: they cost a misprediction each.
        size_t found = 0; // fields whose end is known
        bool ragged = false;
        bounds[0] = 0;
        for (size_t off = 0;; off += 64) {
            std::uint64_t d = 0, e = 0;
            separators(p + off, delim, &d, &e);
            if (e)
                d &= (e & (0 - e)) - 1; // the delimiters before the line end
            const size_t count = popcount64(d);
            if (found + count >= ncols) {
                ragged = true; // more fields than the header
                break;
            }
            std::uint32_t *out = &bounds[found + 1];
            for (size_t k = 0; k < count; k += 12) // 12 at a time, whether there are or not
                for (size_t u = 0; u < 12; ++u) {
                    out[k + u] = std::uint32_t(off + size_t(std::countr_zero(d)) + 1);
                    d &= d - 1;
                }
            found += count;
            if (e) {
                bounds[++found] = std::uint32_t(off + size_t(std::countr_zero(e)) + 1);
                break;
            }
        }
        if (ragged || found != ncols)
            break; // a wrong number of fields (or a quoted cell with separators): the tokenizer decides
        const char *lineEnd = p + bounds[ncols] - 1;
        const char *next = lineEnd + 1;
        if (*lineEnd == '\r') {
            if (*next != '\n')
                break; // a lone '\r'
            ++next;
        }
        // 2. the cells
        size_t c = 0;
        for (; c < ncols; ++c) {
            ColumnBuilder &b = cols[c];
            const Slot &slot = cellOut[c];
            const char *f = p + bounds[c];
            const size_t len = bounds[c + 1] - bounds[c] - 1;
            if (*f == '"' || std::int64_t(len) > maxField)
                break;
            if (slot.ids) {
                const std::int32_t id = b.textId(std::string_view(f, len), true);
                if (id == ColumnBuilder::kBadUtf8)
                    break;
                b.col.hasMissing = b.col.hasMissing || id == ColumnBuilder::kNa;
                slot.ids[r] = id;
                continue;
            }
            bool isInt;
            Plain parts;
            if (slot.codes && plainDigits(f, len, &isInt, &parts) && parts.digits <= cellcode::kMaxDigits) {
                slot.codes[r] = cellcode::encode(parts.negative, parts.fracDigits, std::uint32_t(parts.digits));
            } else {
                double x;
                if (plainDigits(f, len, &isInt, &parts)) {
                    x = plainValue(parts);
                } else if (!parseNumber(std::string_view(f, len), &x, &isInt)) {
                    if (!isNaToken(std::string_view(f, len)))
                        break; // text: the general path switches the column
                    x = std::numeric_limits<double>::quiet_NaN();
                    isInt = true;
                    b.col.hasMissing = true;
                }
                if (slot.codes) {
                    slot.codes[r] = b.numberCode(x);
                } else {
                    b.col.nonFinite += !std::isfinite(x);
                    slot.values[r] = x;
                }
            }
            b.col.integerTokens = b.col.integerTokens && isInt;
        }
        if (c == ncols) {
            p = next;
            ++r;
            continue;
        }
        // undo this row's cells (wide values, counts); the tokenizer takes the row from its start
        for (size_t k = 0; k < c; ++k) {
            if (cellOut[k].codes)
                cols[k].undoCode(cellOut[k].codes[r]);
            else if (cellOut[k].values)
                cols[k].col.nonFinite -= !std::isfinite(cellOut[k].values[r]);
        }
        break;
    }
    for (size_t c = 0; c < ncols; ++c) {
        Column &col = cols[c].col;
        if (cellOut[c].ids)
            col.ids.resize(size_t(cellOut[c].ids - col.ids.data()) + r);
        else if (cellOut[c].codes)
            col.codes.resize(size_t(cellOut[c].codes - col.codes.data()) + r);
        else
            col.wide.resize(size_t(cellOut[c].values - col.wide.data()) + r);
    }
    done.rows = std::int64_t(r);
    done.bytes = size_t(p - begin);
    return done;
}

} // namespace wb::drift
