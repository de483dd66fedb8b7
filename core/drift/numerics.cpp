// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/numerics.h"

#include "core/drift/memhint.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <algorithm>
#include <bit>

namespace wb::drift {

double numpyPairwise(const double *a, size_t n)
{
    if (n < 8) {
        double res = 0.;
        for (size_t i = 0; i < n; ++i)
            res += a[i];
        return res;
    }
    if (n <= 128) {
        double r[8];
        for (int j = 0; j < 8; ++j)
            r[j] = a[j];
        size_t i;
        for (i = 8; i < n - (n % 8); i += 8)
            for (int j = 0; j < 8; ++j)
                r[j] += a[i + size_t(j)];
        double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < n; ++i)
            res += a[i];
        return res;
    }
    size_t n2 = n / 2;
    n2 -= n2 % 8;
    return numpyPairwise(a, n2) + numpyPairwise(a + n2, n - n2);
}

double numpySum(const double *a, size_t n)
{
    if (n == 0)
        return 0.0;
    return a[0] + numpyPairwise(a + 1, n - 1);
}

std::string pyFloatRepr(double v)
{
    if (std::isnan(v))
        return "nan";
    if (std::isinf(v))
        return v > 0 ? "inf" : "-inf";
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
    std::string s(buf, r.ptr);
    std::string sign;
    if (s[0] == '-') {
        sign = "-";
        s.erase(0, 1);
    }
    const size_t e = s.find('e');
    const int exp = std::atoi(s.c_str() + e + 1);
    std::string digits;
    for (size_t i = 0; i < e; ++i)
        if (s[i] != '.')
            digits.push_back(s[i]);
    std::string out;
    if (exp >= -5 + 1 && exp < 16) {
        if (exp >= 0) {
            if (digits.size() <= size_t(exp) + 1) {
                out = digits + std::string(size_t(exp) + 1 - digits.size(), '0') + ".0";
            } else {
                out = digits.substr(0, size_t(exp) + 1) + "." + digits.substr(size_t(exp) + 1);
            }
        } else {
            out = "0." + std::string(size_t(-exp - 1), '0') + digits;
        }
    } else {
        out = digits.substr(0, 1);
        if (digits.size() > 1)
            out += "." + digits.substr(1);
        char eb[16];
        std::snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', std::abs(exp));
        out += eb;
    }
    return sign + out;
}

namespace {
// LSD radix sort of keys whose bits from `bits` up are all equal; the result ends in `a`.
// Digits of kBits bits: 11 for large buckets, 8 for small ones (whose time would otherwise go
// to clearing and summing 2048 counters per pass).
template<int kBits>
void lsdSort(std::uint64_t *a, std::uint64_t *tmp, size_t n, int bits, std::vector<size_t> &counts)
{
    constexpr std::uint64_t kMask = (1u << kBits) - 1;
    const int passes = (bits + kBits - 1) / kBits;
    counts.assign(size_t(passes) << kBits, 0);
    for (size_t i = 0; i < n; ++i) {
        const std::uint64_t x = a[i];
        for (int p = 0; p < passes; ++p)
            ++counts[(size_t(p) << kBits) + ((x >> (p * kBits)) & kMask)];
    }
    bool inTmp = false;
    for (int p = 0; p < passes; ++p) {
        size_t *c = &counts[size_t(p) << kBits];
        if (c[(a[0] >> (p * kBits)) & kMask] == n)
            continue; // every key has the same digit
        size_t sum = 0;
        for (size_t d = 0; d <= kMask; ++d) {
            const size_t t = c[d];
            c[d] = sum;
            sum += t;
        }
        const int shift = p * kBits;
        const std::uint64_t *src = inTmp ? tmp : a;
        std::uint64_t *dst = inTmp ? a : tmp;
        for (size_t i = 0; i < n; ++i) {
            const std::uint64_t x = src[i];
            dst[c[(x >> shift) & kMask]++] = x;
        }
        inTmp = !inTmp;
    }
    if (inTmp)
        std::memcpy(a, tmp, n * sizeof(std::uint64_t));
}
} // namespace

void radixSortKeys(std::uint64_t *in, std::uint64_t *out, size_t n, std::uint64_t lo, std::uint64_t hi, int topBits)
{
    if (n < 256 || lo == hi) {
        std::memcpy(out, in, n * sizeof(std::uint64_t));
        if (lo != hi)
            std::sort(out, out + n);
        return;
    }
    // One most-significant-digit pass on the topBits bits below the keys' common prefix spreads
    // the keys over buckets that fit in the caches, then each bucket is sorted there (LSD radix
    // on the remaining bits, std::sort when small): a quarter faster than six LSD passes over the
    // whole array, whose 2048-way scatter misses the caches at every step.
    ThreadScratch &scratch = threadScratch();
    const int digitBits = std::clamp(topBits, 1, 16);
    const int top = 63 - std::countl_zero(lo ^ hi); // highest bit that differs
    const int shift = std::max(0, top + 1 - digitBits);
    const std::uint64_t mask = (std::uint64_t(1) << digitBits) - 1;
    std::vector<size_t> &start = scratch.bucketStart;
    start.assign(size_t(1) << digitBits, 0);
    for (size_t i = 0; i < n; ++i)
        ++start[(in[i] >> shift) & mask];
    size_t sum = 0;
    for (size_t &s : start) {
        const size_t t = s;
        s = sum;
        sum += t;
    }
    std::vector<size_t> &pos = scratch.bucketPos;
    pos = start;
    for (size_t i = 0; i < n; ++i) {
        const std::uint64_t k = in[i];
        out[pos[(k >> shift) & mask]++] = k;
    }
    if (shift == 0)
        return; // the first digit was all that differed: every bucket holds equal keys
    // every bucket is sorted in place, with the now free in[] as scratch
    for (size_t b = 0; b < start.size(); ++b) {
        const size_t from = start[b], count = pos[b] - from;
        if (count < 2)
            continue;
        if (count <= 64)
            std::sort(out + from, out + from + count);
        else if (count < 8192)
            lsdSort<8>(out + from, in + from, count, shift, scratch.counts);
        else
            lsdSort<11>(out + from, in + from, count, shift, scratch.counts);
    }
}

void radixSort(std::vector<double> &v)
{
    const size_t n = v.size();
    ThreadScratch &scratch = threadScratch();
    growScratch(scratch.keysA, n);
    growScratch(scratch.keysB, n);
    std::uint64_t lo = ~std::uint64_t(0), hi = 0;
    for (size_t i = 0; i < n; ++i) {
        const std::uint64_t k = sortKey(v[i]);
        scratch.keysA[i] = k;
        lo = std::min(lo, k);
        hi = std::max(hi, k);
    }
    radixSortKeys(scratch.keysA.data(), scratch.keysB.data(), n, lo, hi, 12);
    for (size_t i = 0; i < n; ++i)
        v[i] = fromSortKey(scratch.keysB[i]);
}
} // namespace wb::drift
