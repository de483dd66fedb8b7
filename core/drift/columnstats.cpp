// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/columnstats.h"

#include "core/base/tr.h"
#include "core/drift/chisquare.h"
#include "core/drift/kstest.h"
#include "core/drift/memhint.h"
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
    std::vector<double> &d = threadScratch().terms;
    growScratch(d, v.size());
    for (size_t i = 0; i < v.size(); ++i) {
        const double x = v[i] - mean;
        d[i] = x * x;
    }
    return std::sqrt(numpySum(d.data(), v.size()) / double(v.size()));
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
                                   const std::vector<double> &cc, size_t nu, double ksP, double wNorm)
{
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
// One walk over the merged sorted samples yields what ks2samp, wassersteinSorted and a count of
// unique values would each get from a walk of their own, bit for bit: the KS extremes of
// F_a - F_b at each distinct value, and the Wasserstein terms |F_a - F_b| * (x_k - x_k-1) for
// every merged element after the first, in merged order (ties: a's elements first).
struct MergedWalk
{
    double maxS = -1e300, minDiff = 1e300;
    size_t unique = 0;
};

MergedWalk walkMerged(const std::vector<double> &a, const std::vector<double> &b, std::vector<double> &terms)
{
    MergedWalk w;
    const size_t n1 = a.size(), n2 = b.size();
    terms.clear();
    reserveHuge(terms, n1 + n2);
    size_t i = 0, j = 0;
    double prevV = 0, prevDiff = 0;
    while (i < n1 || j < n2) {
        const double v = (j >= n2 || (i < n1 && a[i] <= b[j])) ? a[i] : b[j];
        const size_t i0 = i, j0 = j;
        while (i < n1 && a[i] <= v)
            ++i;
        while (j < n2 && b[j] <= v)
            ++j;
        const double diff = double(i) / double(n1) - double(j) / double(n2);
        if (w.unique > 0)
            terms.push_back(std::abs(prevDiff) * (v - prevV));
        const size_t dup = (i - i0) + (j - j0) - 1;
        if (dup > 0 && v == 0) {
            // ties among zeros may mix -0.0 and +0.0, whose differences are signed zeros
            const double ad = std::abs(diff);
            double prevE = i > i0 ? a[i0] : b[j0];
            for (size_t k = i0 + 1; k < i; ++k)
                terms.push_back(ad * (a[k] - prevE)), prevE = a[k];
            for (size_t k = i > i0 ? j0 : j0 + 1; k < j; ++k)
                terms.push_back(ad * (b[k] - prevE)), prevE = b[k];
        } else if (dup > 0) {
            terms.insert(terms.end(), dup, 0.0);
        }
        w.maxS = std::max(w.maxS, diff);
        w.minDiff = std::min(w.minDiff, diff);
        prevDiff = diff;
        prevV = v;
        ++w.unique;
    }
    return w;
}
} // namespace

void computeNumerical(ColumnDrift &out, NumericSample ref, NumericSample cur, const ColumnStatsOptions &o)
{
    struct Recycle
    {
        NumericSample &a, &b;
        ~Recycle()
        {
            std::vector<std::vector<double>> &pool = threadScratch().samples;
            for (NumericSample *s : {&a, &b})
                if (s->finite.capacity() > 0 && pool.size() < 2)
                    pool.push_back(std::move(s->finite));
        }
    } recycle{ref, cur};
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
    ThreadScratch &scratch = threadScratch();
    const MergedWalk walk = walkMerged(r, c, scratch.terms);
    const KsResult ks = ks2sampFromExtremes(std::int64_t(r.size()), std::int64_t(c.size()), walk.maxS, walk.minDiff);
    out.ksStatistic = ks.statistic;
    out.ksPvalue = ks.pvalue;
    out.ksExact = ks.exact;
    out.wasserstein = numpySum(scratch.terms);
    out.wassersteinNormed = out.wasserstein / std::max(out.stdRef, kWassersteinStdFloor);
    // union of unique values with counts (needed by Evidently's choice and its JS/chi2/z paths)
    // (the counts themselves only matter for small or nearly constant columns)
    std::vector<double> &rc = scratch.countsA, &cc = scratch.countsB;
    rc.clear();
    cc.clear();
    auto unionCounts = [&]() {
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
    };
    const size_t nu = walk.unique;
    if (r.size() <= 1000 || nu <= 5)
        unionCounts();
    out.nUnique = std::int64_t(nu);
    out.evidently = evidentlyDefault(true, double(r.size()), rc, cc, nu, ks.pvalue, out.wassersteinNormed);
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
    out.evidently = evidentlyDefault(false, double(ref.n), rc, cc, rc.size(), 0, 0);
    out.hasPvalue = true;
    out.pvalue = out.chi2.pvalue;
}

} // namespace wb::drift
