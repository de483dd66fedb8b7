// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

namespace wb::drift {

struct KsResult
{
    double statistic = 0.0;
    double pvalue = 1.0;
    bool exact = false;
};

/// Two-sided two-sample Kolmogorov-Smirnov test on two SORTED, finite samples, ported from
/// SciPy 1.10 `ks_2samp(method="auto")`: exact when max(n1, n2) <= 10000 (falling back to the
/// asymptotic distribution when the exact computation fails), otherwise `kstwo.sf(d, round(en))`.
KsResult ks2samp(const std::vector<double> &sortedA, const std::vector<double> &sortedB);
/// The p-value part of ks2samp, given the extremes of F_a - F_b over the observed values (for
/// callers that walk the merged samples anyway).
KsResult ks2sampFromExtremes(std::int64_t n1, std::int64_t n2, double maxS, double minDiff);

/// SciPy's `kstwo.sf(x, n)`: survival function of the one-sample two-sided KS statistic
/// (Simard & L'Ecuyer's selection of algorithms, as in scipy/stats/_ksstats.py).
double kolmogorovSmirnovSf(std::int64_t n, double x);

/// Cephes `smirnov(n, e)`: one-sided exact KS survival function.
double smirnovSf(std::int64_t n, double e);

} // namespace wb::drift
