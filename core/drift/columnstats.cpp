// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/columnstats.h"

#include "core/base/tr.h"
#include "core/drift/chisquare.h"
#include "core/drift/kstest.h"
#include "core/drift/metrics.h"
#include "core/drift/numerics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace wb::drift {

namespace {
constexpr double kWassersteinStdFloor = 0.001; // Evidently's floor for the normalising std

double npStd(const std::vector<double> &v, double mean)
{
    std::vector<double> d(v.size());
    for (size_t i = 0; i < v.size(); ++i) {
        const double x = v[i] - mean;
        d[i] = x * x;
    }
    return std::sqrt(numpySum(d) / double(v.size()));
}

// Evidently's two-proportion z-test; "success" = value different from the smallest key.
double zTest(double n1, double n2, double firstRef, double firstCur, size_t nKeys)
{
    if (nKeys <= 1)
        return 1.0;
    const double p1 = (n1 - firstRef) / n1, p2 = (n2 - firstCur) / n2;
    const double P = (p1 * n1 + p2 * n2) / (n1 + n2);
    const double den = std::sqrt(P * (1 - P) * (1.0 / n1 + 1.0 / n2));
    if (den == 0)
        return p1 == p2 ? 1.0 : 0.0;
    return twoSidedNormalP((p1 - p2) / den);
}

// Evidently v0.7.21 default test (registry.py::_get_default_stattest) given the union counts.
EvidentlyDecision evidentlyDefault(bool numerical, double nRef, const std::vector<double> &rc,
                                   const std::vector<double> &cc, double ksP, double wNorm)
{
    const size_t nu = rc.size();
    EvidentlyDecision d;
    if (nRef <= 1000) {
        if (numerical && nu > 5) {
            d = {QStringLiteral("ks"), ksP, 0.05, ksP <= 0.05};
        } else if (nu > 2) {
            const double p = chi2GoodnessOfFit(rc, cc).pvalue;
            d = {QStringLiteral("chisquare"), p, 0.05, p < 0.05};
        } else {
            const double n2 = std::accumulate(cc.begin(), cc.end(), 0.0);
            const double p = zTest(nRef, n2, rc.empty() ? 0 : rc[0], cc.empty() ? 0 : cc[0], nu);
            d = {QStringLiteral("z"), p, 0.05, p < 0.05};
        }
        return d;
    }
    if (numerical && nu > 5)
        return {QStringLiteral("wasserstein"), wNorm, 0.1, wNorm >= 0.1};
    std::vector<double> p(rc), q(cc);
    const double sr = numpySum(rc), sc = numpySum(cc);
    for (double &x : p)
        x /= sr;
    for (double &x : q)
        x /= sc;
    const double js = jensenShannonDistance(p, q, 0); // natural log
    return {QStringLiteral("jensenshannon"), js, 0.1, js >= 0.1};
}
} // namespace

void computeNumerical(ColumnDrift &out, NumericSample ref, NumericSample cur, const ColumnStatsOptions &o)
{
    out.numerical = true;
    out.nRef = std::int64_t(ref.finite.size());
    out.nCur = std::int64_t(cur.finite.size());
    out.nMissingRef = ref.missing;
    out.nMissingCur = cur.missing;
    if (ref.finite.empty() || cur.finite.empty()) {
        out.error = QStringLiteral("empty column after dropping NaN/inf");
        return;
    }
    std::vector<double> &r = ref.finite, &c = cur.finite;
    out.meanRef = numpySum(r) / double(r.size());
    out.meanCur = numpySum(c) / double(c.size());
    out.stdRef = npStd(r, out.meanRef);
    out.stdCur = npStd(c, out.meanCur);
    radixSort(r);
    radixSort(c);
    out.minRef = r.front();
    out.maxRef = r.back();
    out.minCur = c.front();
    out.maxCur = c.back();
    out.cutPoints = quantileCuts(r, o.bins);
    out.refShare = binShares(r, out.cutPoints);
    out.curShare = binShares(c, out.cutPoints);
    out.binned = binnedMetrics(out.refShare, out.curShare, o.eps);
    const KsResult ks = ks2samp(r, c);
    out.ksStatistic = ks.statistic;
    out.ksPvalue = ks.pvalue;
    out.ksExact = ks.exact;
    std::vector<double> scratch;
    out.wasserstein = wassersteinSorted(r, c, scratch);
    out.wassersteinNormed = out.wasserstein / std::max(out.stdRef, kWassersteinStdFloor);
    // union of unique values with counts (needed by Evidently's choice and its JS/chi2/z paths)
    std::vector<double> rc, cc;
    size_t i = 0, j = 0;
    while (i < r.size() || j < c.size()) {
        const double v = (j >= c.size() || (i < r.size() && r[i] <= c[j])) ? r[i] : c[j];
        double a = 0, b = 0;
        while (i < r.size() && r[i] == v)
            ++i, ++a;
        while (j < c.size() && c[j] == v)
            ++j, ++b;
        rc.push_back(a);
        cc.push_back(b);
    }
    out.nUnique = std::int64_t(rc.size());
    out.evidently = evidentlyDefault(true, double(r.size()), rc, cc, ks.pvalue, out.wassersteinNormed);
    out.hasPvalue = true;
    out.pvalue = ks.pvalue;
}

void computeCategorical(ColumnDrift &out, const CategoricalSample &ref, const CategoricalSample &cur,
                        const ColumnStatsOptions &o)
{
    out.numerical = false;
    out.nRef = ref.n;
    out.nCur = cur.n;
    out.nMissingRef = ref.missing;
    out.nMissingCur = cur.missing;
    if (ref.n == 0 || cur.n == 0) {
        out.error = QStringLiteral("empty column after dropping missing values");
        return;
    }
    std::vector<std::string> cats;
    std::vector<double> rc, cc;
    auto a = ref.counts.begin(), b = cur.counts.begin();
    while (a != ref.counts.end() || b != cur.counts.end()) {
        if (b == cur.counts.end() || (a != ref.counts.end() && a->first < b->first)) {
            cats.push_back(a->first), rc.push_back(a->second), cc.push_back(0), ++a;
        } else if (a == ref.counts.end() || b->first < a->first) {
            cats.push_back(b->first), rc.push_back(0), cc.push_back(b->second), ++b;
        } else {
            cats.push_back(a->first), rc.push_back(a->second), cc.push_back(b->second), ++a, ++b;
        }
    }
    const double sr = numpySum(rc), sc = numpySum(cc);
    std::vector<double> p(rc.size()), q(rc.size());
    for (size_t i = 0; i < rc.size(); ++i) {
        p[i] = rc[i] / sr;
        q[i] = cc[i] / sc;
    }
    out.nCategories = int(cats.size());
    for (size_t i = 0; i < cats.size(); ++i) {
        if (rc[i] == 0 && cc[i] > 0) {
            ++out.nNewCategories;
            if (int(out.newCategories.size()) < o.maxCategoriesOut)
                out.newCategories.push_back(cats[i]);
        }
        if (rc[i] > 0 && cc[i] == 0) {
            ++out.nVanishedCategories;
            if (int(out.vanishedCategories.size()) < o.maxCategoriesOut)
                out.vanishedCategories.push_back(cats[i]);
        }
    }
    out.binned = binnedMetrics(p, q, o.eps);
    if (cats.size() > 1) {
        out.chi2 = chi2Contingency(rc, cc);
    } else {
        out.chi2 = ChiSquareResult{0.0, 1.0, 0, false};
    }
    out.chi2Gof = chi2GoodnessOfFit(rc, cc);
    out.chi2Gof.dof = int(cats.size()) - 1;
    std::vector<size_t> order(cats.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) { return -(p[x] + q[x]) < -(p[y] + q[y]); });
    const size_t shown = std::min(order.size(), size_t(std::max(0, o.maxCategoriesOut)));
    for (size_t k = 0; k < shown; ++k) {
        out.categories.push_back(cats[order[k]]);
        out.refShare.push_back(p[order[k]]);
        out.curShare.push_back(q[order[k]]);
    }
    out.categoriesTruncated = int(cats.size()) > o.maxCategoriesOut;
    out.evidently = evidentlyDefault(false, double(ref.n), rc, cc, 0, 0);
    out.hasPvalue = true;
    out.pvalue = out.chi2.pvalue;
}

} // namespace wb::drift
