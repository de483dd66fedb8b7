// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/columnstats.h"

#include "core/base/tr.h"
#include "core/drift/chisquare.h"
#include "core/drift/kstest.h"
#include "core/drift/memhint.h"
#include "core/drift/metrics.h"
#include "core/drift/numerics.h"
#include "core/drift/preparedsample.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace wb::drift {

namespace {
constexpr double kWassersteinStdFloor = 0.001; // Evidently's floor for the normalising std

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
// unique values would each get from a walk of their own, bit for bit. In merged order (ties: a's
// elements first) element k brings the Wasserstein term |F_a - F_b| * (x_k - x_k-1), the CDFs
// taken just before it (i.e. at x_k-1: equal values give a zero term), and when x_k differs from
// x_k-1 that same F_a - F_b is the KS difference at the distinct value x_k-1. The merge compares
// keys (one integer compare on the critical path, no branch); it orders -0 before +0 where the
// doubles tie, which only changes signs of zero terms, and no sum of them can come out as -0.
// The terms are summed as numpy does while they are produced, never stored.
struct MergedWalk
{
    double maxS = 0, minDiff = 0; // the difference after the last value is 0
    size_t unique = 1;
    double wasserstein = 0;
};

MergedWalk walkMerged(const std::uint64_t *ka, std::int64_t n1, const std::uint64_t *kb, std::int64_t n2)
{
    MergedWalk w;
    const double dn1 = double(n1), dn2 = double(n2);
    // the state lives in locals inside each block: through the lambda's references the compiler
    // would store it to memory at every element (`out` might alias it)
    std::int64_t i = 0, j = 0, unique = 1;
    double prev = 0, maxS = 0, minDiff = 0;
    double fa = 0, fb = 0; // i / n1 and j / n2: each step moves one of them, so one division
    w.wasserstein = numpySumStream(size_t(n1 + n2 - 1), [&](double *out, size_t count) {
        std::int64_t li = i, lj = j, lu = unique;
        double lp = prev, lfa = fa, lfb = fb;
        auto step = [&](bool takeA) {
            li += takeA;
            lj += !takeA;
            const double q = takeA ? double(li) / dn1 : double(lj) / dn2;
            lfa = takeA ? q : lfa;
            lfb = takeA ? lfb : q;
        };
        if (li + lj == 0) {
            const bool takeA = ka[0] <= kb[0];
            lp = fromSortKey(takeA ? ka[0] : kb[0]);
            step(takeA);
        }
        // no branch on "x is a new value" either (duplicates make it unpredictable): a repeated
        // value contributes a 0 candidate, neutral since maxS >= 0 >= minDiff anyway
#ifdef __SSE2__
        __m128d vmax = _mm_set_sd(maxS), vmin = _mm_set_sd(minDiff);
#else
        double vmax = maxS, vmin = minDiff;
#endif
        for (size_t t = 0; t < count; ++t) {
            const double diff = lfa - lfb; // i / n1 - j / n2 as SciPy computes it
            const std::uint64_t a = ka[li], b = kb[lj];
            const bool takeA = a <= b;
            const double x = fromSortKey(takeA ? a : b);
            step(takeA);
            out[t] = std::abs(diff) * (x - lp);
#ifdef __SSE2__
            const __m128d fresh = _mm_cmpneq_sd(_mm_set_sd(x), _mm_set_sd(lp));
            const __m128d cand = _mm_and_pd(fresh, _mm_set_sd(diff));
            vmax = _mm_max_sd(vmax, cand);
            vmin = _mm_min_sd(vmin, cand);
            lu += _mm_movemask_pd(fresh) & 1;
#else
            const bool fresh = x != lp;
            const double cand = fresh ? diff : 0.0;
            vmax = cand > vmax ? cand : vmax;
            vmin = cand < vmin ? cand : vmin;
            lu += fresh;
#endif
            lp = x;
        }
        i = li, j = lj, unique = lu;
        prev = lp, fa = lfa, fb = lfb;
#ifdef __SSE2__
        maxS = _mm_cvtsd_f64(vmax);
        minDiff = _mm_cvtsd_f64(vmin);
#else
        maxS = vmax;
        minDiff = vmin;
#endif
    });
    w.maxS = maxS;
    w.minDiff = minDiff;
    w.unique = size_t(unique);
    return w;
}

// Shares per bin of sorted keys; bin k = [cuts[k-1], cuts[k]): a binary search per cut.
std::vector<double> binSharesOfKeys(const std::uint64_t *keys, size_t n, const std::vector<double> &cuts)
{
    std::vector<double> shares(cuts.size() + 1, 0.0);
    size_t below = 0;
    for (size_t k = 0; k <= cuts.size(); ++k) {
        // values < cut as doubles: keys below the cut's smallest key (-0 for a zero cut)
        const size_t upTo = k < cuts.size() ? size_t(std::lower_bound(keys, keys + n, sortKey(cuts[k] == 0 ? -0.0 : cuts[k])) - keys)
                                            : n;
        shares[k] = double(upTo - below) / double(n);
        below = upTo;
    }
    return shares;
}
} // namespace

void computeNumerical(ColumnDrift &out, NumericSample ref, NumericSample cur, const ColumnStatsOptions &o)
{
    out.numerical = true;
    out.nRef = ref.size();
    out.nCur = cur.size();
    out.nMissingRef = ref.missing;
    out.nMissingCur = cur.missing;
    if (out.nRef == 0 || out.nCur == 0) {
        out.error = QStringLiteral("empty column after dropping NaN/inf");
        return;
    }
    ThreadScratch &scratch = threadScratch();
    // one sample at a time: the reference's decoded values are done with before the current's
    const PreparedSample r(ref, scratch.decoded, scratch.keysA);
    out.meanRef = r.sum / double(r.n);
    out.stdRef = std::sqrt(r.squares(out.meanRef) / double(r.n));
    r.sortInto(scratch.keysA, scratch.sortedRef);
    const PreparedSample c(cur, scratch.decoded, scratch.keysA);
    out.meanCur = c.sum / double(c.n);
    out.stdCur = std::sqrt(c.squares(out.meanCur) / double(c.n));
    c.sortInto(scratch.keysA, scratch.sortedCur);
    const std::uint64_t *rk = scratch.sortedRef.data(), *ck = scratch.sortedCur.data();
    out.minRef = fromSortKey(rk[0]);
    out.maxRef = fromSortKey(rk[r.n - 1]);
    out.minCur = fromSortKey(ck[0]);
    out.maxCur = fromSortKey(ck[c.n - 1]);
    out.cutPoints = quantileCutsAt(r.n, o.bins, [&](size_t i) { return fromSortKey(rk[i]); });
    out.refShare = binSharesOfKeys(rk, r.n, out.cutPoints);
    out.curShare = binSharesOfKeys(ck, c.n, out.cutPoints);
    out.binned = binnedMetrics(out.refShare, out.curShare, o.eps);
    const MergedWalk walk = walkMerged(rk, std::int64_t(r.n), ck, std::int64_t(c.n));
    const KsResult ks = ks2sampFromExtremes(std::int64_t(r.n), std::int64_t(c.n), walk.maxS, walk.minDiff);
    out.ksStatistic = ks.statistic;
    out.ksPvalue = ks.pvalue;
    out.ksExact = ks.exact;
    out.wasserstein = walk.wasserstein;
    out.wassersteinNormed = out.wasserstein / std::max(out.stdRef, kWassersteinStdFloor);
    // union of unique values with counts (needed by Evidently's choice and its JS/chi2/z paths)
    // (the counts themselves only matter for small or nearly constant columns)
    std::vector<double> &rc = scratch.countsA, &cc = scratch.countsB;
    rc.clear();
    cc.clear();
    auto unionCounts = [&]() {
        size_t i = 0, j = 0;
        while (i < r.n || j < c.n) {
            const double v = fromSortKey(std::min(rk[i], ck[j])); // the sentinels end both
            double a = 0, b = 0;
            while (i < r.n && fromSortKey(rk[i]) == v)
                ++i, ++a;
            while (j < c.n && fromSortKey(ck[j]) == v)
                ++j, ++b;
            rc.push_back(a);
            cc.push_back(b);
        }
    };
    const size_t nu = walk.unique;
    if (r.n <= 1000 || nu <= 5)
        unionCounts();
    out.nUnique = std::int64_t(nu);
    out.evidently = evidentlyDefault(true, double(r.n), rc, cc, nu, ks.pvalue, out.wassersteinNormed);
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
