// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace wb::drift {

/// numpy's `np.sum` of a contiguous float64 array (first element + pairwise sum of the rest),
/// so that sums, means and standard deviations agree with the reference to the last bit.
double numpySum(const double *a, size_t n);
inline double numpySum(const std::vector<double> &v) { return numpySum(v.data(), v.size()); }
/// numpy's pairwise summation (blocks of 128 with 8 accumulators).
double numpyPairwise(const double *a, size_t n);

namespace detail {
template<typename Fill>
double pairwiseStream(size_t n, Fill &fill)
{
    if (n <= 128) {
        double block[128];
        fill(block, n);
        return numpyPairwise(block, n);
    }
    size_t n2 = n / 2;
    n2 -= n2 % 8;
    const double left = pairwiseStream(n2, fill); // in order: the terms come from a stream
    const double right = pairwiseStream(n - n2, fill);
    return left + right;
}
} // namespace detail

/// numpySum of n values that `fill(double *out, size_t count)` produces in order, block by
/// block, without ever storing them all: same additions in the same order, same bits.
template<typename Fill>
double numpySumStream(size_t n, Fill &&fill)
{
    if (n == 0)
        return 0.0;
    double first = 0;
    fill(&first, 1);
    return first + detail::pairwiseStream(n - 1, fill);
}

/// Python's `repr(float)`: shortest round-trip digits, scientific below 1e-4 and from 1e16.
std::string pyFloatRepr(double v);

/// Sorts doubles (no NaN) ascending (-0 before +0) with a radix sort on the IEEE bit patterns.
void radixSort(std::vector<double> &v);

/// The IEEE bits of a double (no NaN) as an unsigned key in the same order (-0 before +0).
inline std::uint64_t sortKey(double d)
{
    std::uint64_t b;
    std::memcpy(&b, &d, 8);
    return (b >> 63) ? ~b : (b | 0x8000000000000000ull);
}
inline double fromSortKey(std::uint64_t k)
{
    // sign bit set: a positive double, flip the sign bit; else a negative one, flip all bits
    const std::uint64_t b = k ^ (0x8000000000000000ull | std::uint64_t(std::int64_t(~k) >> 63));
    double d;
    std::memcpy(&d, &b, 8);
    return d;
}
/// Sorts n keys from `in` into `out` (`in` is clobbered); lo and hi are their min and max.
/// topBits: width of the first (most significant) digit below the keys' common prefix; 12 suits
/// IEEE keys (sign and exponent), fewer suit keys spread evenly over their range.
void radixSortKeys(std::uint64_t *in, std::uint64_t *out, size_t n, std::uint64_t lo, std::uint64_t hi, int topBits = 12);

} // namespace wb::drift
