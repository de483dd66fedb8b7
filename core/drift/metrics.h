// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/drift/driftresult.h"

#include <vector>

namespace wb::drift {

/// PSI, KL, JS (base 2), Hellinger, TVD, L-infinity from raw shares, reference_drift.py rules:
/// zero share -> eps for PSI and KL (KL renormalised), raw shares for the rest.
BinnedMetrics binnedMetrics(const std::vector<double> &p, const std::vector<double> &q, double eps);

/// scipy.spatial.distance.jensenshannon(p, q, base): inputs are renormalised; base <= 0 means e.
double jensenShannonDistance(const std::vector<double> &p, const std::vector<double> &q, double base);

/// np.unique(np.quantile(sorted, k/B for k=1..B-1, method="linear")).
std::vector<double> quantileCuts(const std::vector<double> &sorted, int bins);

/// Shares of sorted values per bin, bin index = searchsorted(cuts, x, side="right").
std::vector<double> binShares(const std::vector<double> &sorted, const std::vector<double> &cuts);

/// scipy.stats.wasserstein_distance of two sorted samples. `scratch` is reused between calls.
double wassersteinSorted(const std::vector<double> &a, const std::vector<double> &b, std::vector<double> &scratch);

} // namespace wb::drift
