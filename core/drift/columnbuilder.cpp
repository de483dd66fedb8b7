// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/columnbuilder.h"

#include "core/drift/csvreader.h"
#include "core/drift/memhint.h"

#include <cmath>

namespace wb::drift {

bool validUtf8(std::string_view s)
{
    const auto *p = reinterpret_cast<const unsigned char *>(s.data());
    const auto *e = p + s.size();
    while (p < e) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int n;
        unsigned cp;
        if ((c & 0xE0) == 0xC0)
            n = 1, cp = c & 0x1F;
        else if ((c & 0xF0) == 0xE0)
            n = 2, cp = c & 0x0F;
        else if ((c & 0xF8) == 0xF0)
            n = 3, cp = c & 0x07;
        else
            return false;
        if (e - p <= n)
            return false;
        for (int i = 1; i <= n; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if ((n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) || cp > 0x10FFFF
            || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += n + 1;
    }
    return true;
}

ColumnBuilder::ColumnBuilder()
    : m_keys(16, 0), m_ids(16, 0), m_mask(15), m_shift(64 - 4)
{
}

std::int32_t ColumnBuilder::lookupSlow(std::string_view v)
{
    if (isNaToken(v))
        return kNa;
    const bool isShort = v.size() - 1 < 7;
    if (!isShort) {
        const auto it = m_index.find(v);
        if (it != m_index.end())
            return it->second;
    }
    if (!validUtf8(v))
        return kBadUtf8;
    const auto id = std::int32_t(col.dictionary.size());
    col.dictionary.emplace_back(v);
    if (!isShort)
        m_index.emplace(std::string(v), id);
    return id;
}

namespace {
// The code of a value that some short decimal decodes to exactly, if there is one.
bool shortCode(double x, std::uint32_t *code)
{
    const bool negative = std::signbit(x);
    const double a = std::abs(x);
    if (!(a < 1e8))
        return false;
    for (unsigned f = 0; f <= 8; ++f) {
        const double scaled = std::nearbyint(a * cellcode::kPow10[f]);
        if (scaled > double(cellcode::kMaxDigits))
            return false;
        const std::uint32_t c = cellcode::encode(negative, f, std::uint32_t(scaled));
        const double back = cellcode::decode(c, nullptr);
        if (std::memcmp(&back, &x, sizeof x) == 0) {
            *code = c;
            return true;
        }
    }
    return false;
}
} // namespace

std::uint32_t ColumnBuilder::numberCode(double x)
{
    std::uint32_t code = cellcode::kNanCode;
    if (std::isnan(x)) {
        ++col.nonFinite;
    } else if (!shortCode(x, &code)) {
        col.nonFinite += !std::isfinite(x);
        code = cellcode::kWide | std::uint32_t(col.wide.size());
        col.wide.push_back(x);
    }
    return code;
}

void ColumnBuilder::undoCode(std::uint32_t code)
{
    if (code == cellcode::kNanCode) {
        --col.nonFinite;
    } else if (code & cellcode::kWide) {
        col.nonFinite -= !std::isfinite(col.wide.back());
        col.wide.pop_back();
    }
}

void ColumnBuilder::unpackIfWide(size_t reserveRows)
{
    if (!col.packed || col.codes.size() < 0x10000 || col.wide.size() * 4 < col.codes.size())
        return;
    CellVector<double> all;
    reserveHuge(all, std::max(reserveRows, col.codes.size() + 1));
    for (const std::uint32_t code : col.codes)
        all.push_back(cellcode::decode(code, col.wide.data()));
    col.wide.swap(all);
    CellVector<std::uint32_t>().swap(col.codes);
    col.packed = false;
}

void ColumnBuilder::insertShort(std::uint64_t key, std::int32_t id)
{
    if (2 * (m_used + 1) > m_keys.size()) {
        // grow x4, re-inserting the old entries
        std::vector<std::uint64_t> keys(m_keys.size() * 4, 0);
        std::vector<std::int32_t> ids(keys.size(), 0);
        m_mask = keys.size() - 1;
        m_shift -= 2;
        for (size_t i = 0; i < m_keys.size(); ++i) {
            if (!m_keys[i])
                continue;
            size_t s = size_t((m_keys[i] * 0x9E3779B97F4A7C15ull) >> m_shift);
            while (keys[s])
                s = (s + 1) & m_mask;
            keys[s] = m_keys[i];
            ids[s] = m_ids[i];
        }
        m_keys.swap(keys);
        m_ids.swap(ids);
    }
    size_t s = size_t((key * 0x9E3779B97F4A7C15ull) >> m_shift);
    while (m_keys[s])
        s = (s + 1) & m_mask;
    m_keys[s] = key;
    m_ids[s] = id;
    ++m_used;
}

} // namespace wb::drift
