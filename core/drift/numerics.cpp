// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/numerics.h"

#include "core/drift/memhint.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <algorithm>

namespace wb::drift {

namespace {
double pairwise(const double *a, size_t n)
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
    return pairwise(a, n2) + pairwise(a + n2, n - n2);
}
} // namespace

double numpySum(const double *a, size_t n)
{
    if (n == 0)
        return 0.0;
    return a[0] + pairwise(a + 1, n - 1);
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

void radixSort(std::vector<double> &v)
{
    const size_t n = v.size();
    if (n < 256) {
        std::vector<double> tmp(v);
        // small inputs: insertion-free path via std::sort semantics on keys
        std::vector<std::uint64_t> k(n);
        for (size_t i = 0; i < n; ++i) {
            std::uint64_t b;
            std::memcpy(&b, &v[i], 8);
            k[i] = (b >> 63) ? ~b : (b | 0x8000000000000000ull);
        }
        std::sort(k.begin(), k.end());
        for (size_t i = 0; i < n; ++i) {
            std::uint64_t b = (k[i] >> 63) ? (k[i] & 0x7FFFFFFFFFFFFFFFull) : ~k[i];
            std::memcpy(&v[i], &b, 8);
        }
        return;
    }
    // The keys ping-pong between v's own storage (accessed through memcpy, so no aliasing of
    // double as integer) and one scratch buffer: one extra n-sized buffer instead of two.
    ThreadScratch &scratch = threadScratch();
    growScratch(scratch.keysA, n);
    std::uint64_t *b = scratch.keysA.data();
    double *vd = v.data();
    auto load = [vd](size_t i) {
        std::uint64_t x;
        std::memcpy(&x, vd + i, 8);
        return x;
    };
    auto store = [vd](size_t i, std::uint64_t x) { std::memcpy(vd + i, &x, 8); };
    constexpr int kBits = 11, kPasses = 6;
    constexpr std::uint64_t kMask = (1u << kBits) - 1;
    std::vector<size_t> counts(size_t(kPasses) << kBits, 0);
    for (size_t i = 0; i < n; ++i) {
        std::uint64_t x = load(i);
        x = (x >> 63) ? ~x : (x | 0x8000000000000000ull);
        store(i, x);
        for (int p = 0; p < kPasses; ++p)
            ++counts[(size_t(p) << kBits) + ((x >> (p * kBits)) & kMask)];
    }
    bool inScratch = false;
    for (int p = 0; p < kPasses; ++p) {
        size_t *c = &counts[size_t(p) << kBits];
        bool trivial = false;
        for (size_t d = 0; d < (1u << kBits); ++d)
            if (c[d] == n) {
                trivial = true;
                break;
            }
        if (trivial)
            continue;
        size_t sum = 0;
        for (size_t d = 0; d < (1u << kBits); ++d) {
            const size_t t = c[d];
            c[d] = sum;
            sum += t;
        }
        const int shift = p * kBits;
        if (inScratch) {
            for (size_t i = 0; i < n; ++i)
                store(c[(b[i] >> shift) & kMask]++, b[i]);
        } else {
            for (size_t i = 0; i < n; ++i) {
                const std::uint64_t x = load(i);
                b[c[(x >> shift) & kMask]++] = x;
            }
        }
        inScratch = !inScratch;
    }
    for (size_t i = 0; i < n; ++i) {
        const std::uint64_t k = inScratch ? b[i] : load(i);
        store(i, (k >> 63) ? (k & 0x7FFFFFFFFFFFFFFFull) : ~k);
    }
}
} // namespace wb::drift
