// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace wb::drift {

/// numpy's `np.sum` of a contiguous float64 array (first element + pairwise sum of the rest),
/// so that sums, means and standard deviations agree with the reference to the last bit.
double numpySum(const double *a, size_t n);
inline double numpySum(const std::vector<double> &v) { return numpySum(v.data(), v.size()); }

/// Python's `repr(float)`: shortest round-trip digits, scientific below 1e-4 and from 1e16.
std::string pyFloatRepr(double v);

/// Sorts doubles (no NaN) ascending with an LSD radix sort on the IEEE bit patterns.
void radixSort(std::vector<double> &v);

} // namespace wb::drift
