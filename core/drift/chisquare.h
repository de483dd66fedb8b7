// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace wb::drift {

struct ChiSquareResult
{
    double statistic = 0.0;
    double pvalue = 1.0;
    int dof = 0;
    bool yates = false;
};

/// SciPy `chi2_contingency` on the 2 x K table [ref; cur] (Yates correction when dof == 1).
/// Every column must have a positive total.
ChiSquareResult chi2Contingency(const std::vector<double> &refCounts, const std::vector<double> &curCounts);

/// Evidently's goodness of fit: `chisquare(cur, ref * n_cur / n_ref)` over categories with a
/// positive expected count; +inf and p = 0 when a category is absent from the reference.
ChiSquareResult chi2GoodnessOfFit(const std::vector<double> &refCounts, const std::vector<double> &curCounts);

/// Upper tail of the chi-square distribution (SciPy `chi2.sf`); NaN for dof <= 0.
double chiSquareSf(double x, double dof);

/// Two-sided standard normal tail: 2 * (1 - Phi(|z|)) computed as SciPy's formula does.
double twoSidedNormalP(double z);

} // namespace wb::drift
