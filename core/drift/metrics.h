// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/drift/driftresult.h"

#include <cmath>
#include <vector>

namespace wb::drift {

/// PSI, KL, JS (base 2), Hellinger, TVD, L-infinity from raw shares, reference_drift.py rules:
/// zero share -> eps for PSI and KL (KL renormalised), raw shares for the rest.
BinnedMetrics binnedMetrics(const std::vector<double> &p, const std::vector<double> &q, double eps);

/// scipy.spatial.distance.jensenshannon(p, q, base): inputs are renormalised; base <= 0 means e.
double jensenShannonDistance(const std::vector<double> &p, const std::vector<double> &q, double base);

/// np.unique(np.quantile(sorted, k/B for k=1..B-1, method="linear")).
std::vector<double> quantileCuts(const std::vector<double> &sorted, int bins);
/// The same given the count and `at(i)`, the i-th smallest value.
template<typename At>
std::vector<double> quantileCutsAt(size_t n, int bins, At at)
{
    std::vector<double> cuts;
    if (n == 0 || bins < 2)
        return cuts;
    for (int k = 1; k < bins; ++k) {
        const double q = double(k) / double(bins);
        // numpy 1.24 'linear': virtual index (n - 1) * q, then _lerp
        const double virt = double(n - 1) * q;
        double prevIdx = std::floor(virt);
        double lo, hi;
        if (virt >= double(n) - 1) {
            lo = hi = at(n - 1);
            prevIdx = -1;
        } else if (virt < 0) {
            lo = hi = at(0);
            prevIdx = 0;
        } else {
            lo = at(size_t(prevIdx));
            hi = at(size_t(prevIdx) + 1);
        }
        const double gamma = virt - prevIdx;
        const double diff = hi - lo;
        double v = lo + diff * gamma;
        if (gamma >= 0.5)
            v = hi - diff * (1 - gamma);
        if (cuts.empty() || v != cuts.back())
            cuts.push_back(v);
    }
    return cuts;
}

/// Shares of sorted values per bin, bin index = searchsorted(cuts, x, side="right").
std::vector<double> binShares(const std::vector<double> &sorted, const std::vector<double> &cuts);

/// scipy.stats.wasserstein_distance of two sorted samples. `scratch` is reused between calls.
double wassersteinSorted(const std::vector<double> &a, const std::vector<double> &b, std::vector<double> &scratch);

} // namespace wb::drift
