// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/metrics.h"

#include "core/drift/memhint.h"
#include "core/drift/numerics.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace wb::drift {

namespace {
double relEntr(double x, double y)
{
    if (std::isnan(x) || std::isnan(y))
        return std::numeric_limits<double>::quiet_NaN();
    if (x > 0 && y > 0)
        return x * std::log(x / y);
    if (x == 0 && y >= 0)
        return 0.0;
    return std::numeric_limits<double>::infinity();
}
} // namespace

double jensenShannonDistance(const std::vector<double> &p0, const std::vector<double> &q0, double base)
{
    const size_t n = p0.size();
    std::vector<double> p(p0), q(q0), left(n), right(n);
    const double sp = numpySum(p), sq = numpySum(q);
    for (size_t i = 0; i < n; ++i) {
        p[i] = p[i] / sp;
        q[i] = q[i] / sq;
    }
    for (size_t i = 0; i < n; ++i) {
        const double m = (p[i] + q[i]) / 2.0;
        left[i] = relEntr(p[i], m);
        right[i] = relEntr(q[i], m);
    }
    double js = numpySum(left) + numpySum(right);
    if (base > 0)
        js /= std::log(base);
    return std::sqrt(js / 2.0);
}

BinnedMetrics binnedMetrics(const std::vector<double> &p, const std::vector<double> &q, double eps)
{
    BinnedMetrics m;
    const size_t n = p.size();
    std::vector<double> ps(n), qs(n), t(n);
    for (size_t i = 0; i < n; ++i) {
        ps[i] = p[i] > 0 ? p[i] : eps;
        qs[i] = q[i] > 0 ? q[i] : eps;
    }
    for (size_t i = 0; i < n; ++i)
        t[i] = (qs[i] - ps[i]) * std::log(qs[i] / ps[i]);
    m.psi = numpySum(t);
    const double sps = numpySum(ps), sqs = numpySum(qs);
    for (size_t i = 0; i < n; ++i) {
        const double P = ps[i] / sps, Q = qs[i] / sqs;
        t[i] = P * std::log(P / Q);
    }
    m.kl = numpySum(t);
    m.js = jensenShannonDistance(p, q, 2.0);
    m.jsDivergence = m.js * m.js;
    for (size_t i = 0; i < n; ++i) {
        const double d = std::sqrt(p[i]) - std::sqrt(q[i]);
        t[i] = d * d;
    }
    m.hellinger = std::sqrt(numpySum(t)) / std::sqrt(2.0);
    double mx = 0;
    for (size_t i = 0; i < n; ++i) {
        t[i] = std::abs(p[i] - q[i]);
        mx = i == 0 ? t[i] : std::max(mx, t[i]);
    }
    m.tvd = 0.5 * numpySum(t);
    m.lInfinity = mx;
    m.hasLInfinity = n > 0;
    return m;
}

std::vector<double> quantileCuts(const std::vector<double> &a, int bins)
{
    return quantileCutsAt(a.size(), bins, [&](size_t i) { return a[i]; });
}

std::vector<double> binShares(const std::vector<double> &sorted, const std::vector<double> &cuts)
{
    // bin k holds the values in [cuts[k-1], cuts[k]): a binary search per cut, not a walk
    std::vector<double> counts(cuts.size() + 1, 0.0);
    size_t below = 0;
    for (size_t k = 0; k <= cuts.size(); ++k) {
        const size_t upTo = k < cuts.size() ? size_t(std::lower_bound(sorted.begin(), sorted.end(), cuts[k]) - sorted.begin())
                                            : sorted.size();
        counts[k] = double(upTo - below);
        below = upTo;
    }
    for (double &c : counts)
        c /= double(sorted.size());
    return counts;
}

double wassersteinSorted(const std::vector<double> &a, const std::vector<double> &b, std::vector<double> &terms)
{
    const size_t n1 = a.size(), n2 = b.size();
    terms.clear();
    reserveHuge(terms, n1 + n2);
    size_t i = 0, j = 0;
    // walk the merged sorted values; cdf at value v = count(<= v) / n
    double prev = 0;
    bool first = true;
    size_t ci = 0, cj = 0;
    while (i < n1 || j < n2) {
        const bool takeA = j >= n2 || (i < n1 && a[i] <= b[j]);
        const double v = takeA ? a[i] : b[j];
        if (!first) {
            // term for the previous merged value: |F_a(prev) - F_b(prev)| * (v - prev)
            terms.push_back(std::abs(double(ci) / double(n1) - double(cj) / double(n2)) * (v - prev));
        }
        if (takeA)
            ++i;
        else
            ++j;
        // cdf counts at v (side='right' includes all equal values)
        if (first || v != prev) {
            while (ci < n1 && a[ci] <= v)
                ++ci;
            while (cj < n2 && b[cj] <= v)
                ++cj;
        }
        prev = v;
        first = false;
    }
    return numpySum(terms);
}

} // namespace wb::drift
