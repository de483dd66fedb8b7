// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/preparedsample.h"

#include "core/drift/memhint.h"
#include "core/drift/numerics.h"

#include <algorithm>
#include <bit>
#include <cmath>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace wb::drift {

namespace {
// Sorting short decimals by their digits: the key of m / 10^f is m * 10^(8 - f) (at most 54
// bits with the sign, a -0 just below +0), an exact integer in the values' order, spanning far
// fewer bits than their IEEE patterns (about 31 instead of 64 for numbers like -1.23456): the
// radix sort needs fewer passes. The sorted keys are turned into IEEE keys afterwards, the same
// array the IEEE keys would have sorted into.
namespace decimalkey {
constexpr std::uint64_t kBias = std::uint64_t(1) << 62;
constexpr std::uint64_t kScale[] = {100000000, 10000000, 1000000, 100000, 10000, 1000, 100, 10, 1};
inline std::uint64_t of(std::uint32_t code) // a short code (not kWide)
{
    const std::uint64_t n = std::uint64_t(code & cellcode::kMaxDigits) * kScale[(code >> 26) & 15];
    return ((code >> 30) & 1) ? kBias - 2 * n - (n == 0) : kBias + 2 * n;
}
inline double value(std::uint64_t key)
{
    if (key == kBias - 1)
        return -0.0;
    // the same correctly rounded quotient as m / 10^f: the same real number, exact operands
    return key >= kBias ? double((key - kBias) / 2) / 1e8 : -(double((kBias - key) / 2) / 1e8);
}
} // namespace decimalkey
} // namespace

PreparedSample::PreparedSample(const NumericSample &s, CellVector<double> &decoded, CellVector<std::uint64_t> &keys)
{
    n = size_t(s.size());
    if (s.column) {
        growScratch(decoded, n);
        data = decoded.data();
        decodeFinite(*s.column, decoded.data());
    } else {
        data = s.finite.data();
    }
    // separate tight loops: one fused loop with its branches ran at a third of the speed
    sum = numpySum(data, n);
    growScratch(keys, n);
    std::uint64_t *k = keys.data();
    std::uint64_t l = lo, h = hi;
    decimalKeys = s.column && s.column->packed && s.column->wide.empty(); // short codes only
    if (decimalKeys) {
        size_t j = 0;
        for (const std::uint32_t code : s.column->codes) {
            if (code == cellcode::kNanCode)
                continue;
            const std::uint64_t key = decimalkey::of(code);
            k[j++] = key;
            l = std::min(l, key);
            h = std::max(h, key);
        }
    } else {
        for (size_t i = 0; i < n; ++i) {
            const std::uint64_t key = sortKey(data[i]);
            k[i] = key;
            l = std::min(l, key);
            h = std::max(h, key);
        }
    }
    lo = l;
    hi = h;
}

void PreparedSample::decodeFinite(const Column &c, double *out)
{
    const size_t rows = size_t(c.size());
    size_t k = 0;
    if (!c.packed) {
        for (size_t i = 0; i < rows; ++i) {
            out[k] = c.wide[i];
            k += std::isfinite(c.wide[i]);
        }
        return;
    }
    const std::uint32_t *codes = c.codes.data();
    auto one = [&](std::uint32_t code) {
        const double x = cellcode::decode(code, c.wide.data());
        out[k] = x;
        k += std::isfinite(x);
    };
    size_t i = 0;
#ifdef __SSE2__
    // two codes at a time, one packed division for both: the divisions bound this loop
    static constexpr double kSign[] = {1.0, -1.0};
    for (; i + 2 <= rows; i += 2) {
        const std::uint32_t c0 = codes[i], c1 = codes[i + 1];
        if ((c0 | c1) & cellcode::kWide) [[unlikely]] { // a missing or a wide value
            one(c0);
            one(c1);
            continue;
        }
        const __m128d m = _mm_set_pd(double(c1 & cellcode::kMaxDigits), double(c0 & cellcode::kMaxDigits));
        const __m128d p = _mm_set_pd(cellcode::kPow10[(c1 >> 26) & 15], cellcode::kPow10[(c0 >> 26) & 15]);
        const __m128d sign = _mm_set_pd(kSign[(c1 >> 30) & 1], kSign[(c0 >> 30) & 1]);
        _mm_storeu_pd(out + k, _mm_mul_pd(_mm_div_pd(m, p), sign));
        k += 2;
    }
#endif
    for (; i < rows; ++i)
        one(codes[i]);
}

double PreparedSample::squares(double mean) const
{
    const double *p = data;
    return numpySumStream(n, [&](double *out, size_t count) {
        for (size_t k = 0; k < count; ++k)
            out[k] = (p[k] - mean) * (p[k] - mean);
        p += count;
    });
}

void PreparedSample::sortInto(CellVector<std::uint64_t> &keys, CellVector<std::uint64_t> &sorted) const
{
    growScratch(sorted, n + 1);
    // digit keys spread over their range: a first digit that leaves buckets of some 4096 keys
    const int topBits = decimalKeys ? std::clamp(int(std::bit_width(n)) - 12, 4, 12) : 12;
    radixSortKeys(keys.data(), sorted.data(), n, lo, hi, topBits);
    if (decimalKeys)
        for (size_t i = 0; i < n; ++i)
            sorted[i] = sortKey(decimalkey::value(sorted[i]));
    sorted[n] = ~std::uint64_t(0);
}

} // namespace wb::drift
