// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/drift/datatable.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace wb::drift {

bool validUtf8(std::string_view s);

/// One column while a CSV file is read (internal to readCsv and its fast path).
struct ColumnBuilder
{
    static constexpr std::int32_t kNa = -1;         ///< a pandas NA token
    static constexpr std::int32_t kBadUtf8 = -2;    ///< not valid UTF-8

    Column col;
    std::int64_t switchRow = -1; ///< first row held as text; rows before it need a second pass

    /// The category id of a cell of a text column: kNa for NA tokens, kBadUtf8 for invalid
    /// text, else the dictionary id (added when new). `padded`: 8 bytes past the end of `v`
    /// may be read.
    std::int32_t textId(std::string_view v, bool padded = false)
    {
        if (v.size() - 1 < 7) { // 1..7 bytes: packed into one integer key
            std::uint64_t key;
            if (padded) {
                std::memcpy(&key, v.data(), 8);
                key &= (std::uint64_t(1) << (8 * v.size())) - 1;
            } else {
                key = 0;
                std::memcpy(&key, v.data(), v.size());
            }
            key |= std::uint64_t(v.size()) << 56;
            size_t slot = size_t((key * 0x9E3779B97F4A7C15ull) >> m_shift);
            for (;; slot = (slot + 1) & m_mask) {
                if (m_keys[slot] == key)
                    return m_ids[slot];
                if (m_keys[slot] == 0)
                    break;
            }
            const std::int32_t id = lookupSlow(v);
            if (id != kBadUtf8)
                insertShort(key, id);
            return id;
        }
        return lookupSlow(v);
    }
    // --- numeric cells (col.nonFinite counts from 0 while building)
    /// Any number; NaN for a missing cell.
    void addNumber(double x) { col.packed ? col.codes.push_back(numberCode(x)) : addPlain(x); }
    /// The code of a number of a packed column (adding it to `wide` when it has no short code).
    std::uint32_t numberCode(double x);
    /// Takes back a code numberCode gave (the fast path undoing a row).
    void undoCode(std::uint32_t code);
    /// Too many values without a short code: hold the column as plain doubles from now on.
    void unpackIfWide(size_t reserveRows);

    void releaseIndex()
    {
        m_index.clear();
        std::vector<std::uint64_t>().swap(m_keys);
        std::vector<std::int32_t>().swap(m_ids);
    }

    ColumnBuilder();

private:
    void addPlain(double x)
    {
        col.nonFinite += !std::isfinite(x);
        col.wide.push_back(x);
    }
    std::int32_t lookupSlow(std::string_view v);
    void insertShort(std::uint64_t key, std::int32_t id);

    struct StringHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, std::int32_t, StringHash, std::equal_to<>> m_index; ///< long texts
    // open addressing over short texts (key 0 = empty slot), a few ns per lookup instead of
    // hashing a std::string
    std::vector<std::uint64_t> m_keys;
    std::vector<std::int32_t> m_ids;
    size_t m_mask = 0, m_used = 0;
    int m_shift = 64;
};

} // namespace wb::drift
