// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/driftengine.h"

#include "core/base/tr.h"
#include "core/drift/columnstats.h"
#include "core/drift/memhint.h"
#include "core/drift/typeinference.h"

#include <QSet>
#include <QThread>

#include <algorithm>
#include <mutex>
#include <thread>

namespace wb::drift {

Result<DriftMethod> parseDriftMethod(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"auto" || t.isEmpty())
        return DriftMethod::Auto;
    if (t == u"reference")
        return DriftMethod::Reference;
    if (t == u"psi")
        return DriftMethod::Psi;
    if (t == u"js" || t == u"jensenshannon")
        return DriftMethod::JensenShannon;
    if (t == u"wasserstein")
        return DriftMethod::Wasserstein;
    if (t == u"ks")
        return DriftMethod::Ks;
    if (t == u"chi2" || t == u"chisquare")
        return DriftMethod::ChiSquare;
    if (t == u"linf" || t == u"l_infinity")
        return DriftMethod::LInfinity;
    if (t == u"hellinger")
        return DriftMethod::Hellinger;
    return makeError(QStringLiteral("drift.method"),
                     Tr::tr("Unknown drift method '%1'; use auto, reference, psi, js, wasserstein, ks, chi2, linf or hellinger").arg(text));
}

QString driftMethodName(DriftMethod m)
{
    switch (m) {
    case DriftMethod::Auto: return QStringLiteral("auto");
    case DriftMethod::Reference: return QStringLiteral("reference");
    case DriftMethod::Psi: return QStringLiteral("psi");
    case DriftMethod::JensenShannon: return QStringLiteral("js");
    case DriftMethod::Wasserstein: return QStringLiteral("wasserstein");
    case DriftMethod::Ks: return QStringLiteral("ks");
    case DriftMethod::ChiSquare: return QStringLiteral("chi2");
    case DriftMethod::LInfinity: return QStringLiteral("linf");
    case DriftMethod::Hellinger: return QStringLiteral("hellinger");
    }
    return {};
}

double defaultThreshold(DriftMethod m)
{
    switch (m) {
    case DriftMethod::Reference:
    case DriftMethod::Ks:
    case DriftMethod::ChiSquare:
        return 0.05;
    case DriftMethod::LInfinity:
        return 0.3; // Vertex AI's default drift threshold
    default:
        return 0.1;
    }
}

namespace {

// Decision of the selected method. Numerical-only methods (ks, wasserstein) use the chi-square
// contingency p-value on categorical columns; p-value methods flag p < threshold (ks: <=).
void decide(ColumnDrift &c, const DriftOptions &o)
{
    if (!c.error.isEmpty())
        return;
    DriftMethod m = o.method;
    if (m == DriftMethod::Auto) {
        c.driftMethod = c.evidently.method;
        c.driftScore = c.evidently.score;
        c.driftThreshold = c.evidently.threshold;
        c.drift = c.evidently.drift;
        return;
    }
    if (!c.numerical && (m == DriftMethod::Ks || m == DriftMethod::Wasserstein))
        m = DriftMethod::ChiSquare;
    if (c.numerical && m == DriftMethod::ChiSquare)
        m = DriftMethod::Ks;
    const double thr = o.threshold >= 0 ? o.threshold : defaultThreshold(m);
    c.driftThreshold = thr;
    switch (m) {
    case DriftMethod::Reference:
        c.driftMethod = c.numerical ? QStringLiteral("ks") : QStringLiteral("chi2_contingency");
        c.driftScore = c.pvalue;
        c.drift = c.pvalue < thr;
        return;
    case DriftMethod::Ks:
        c.driftMethod = QStringLiteral("ks");
        c.driftScore = c.ksPvalue;
        c.drift = c.ksPvalue <= thr;
        return;
    case DriftMethod::ChiSquare:
        c.driftMethod = QStringLiteral("chi2_contingency");
        c.driftScore = c.chi2.pvalue;
        c.drift = c.chi2.pvalue < thr;
        return;
    case DriftMethod::Psi:
        c.driftMethod = QStringLiteral("psi");
        c.driftScore = c.binned.psi;
        break;
    case DriftMethod::JensenShannon:
        c.driftMethod = QStringLiteral("js_distance_base2");
        c.driftScore = c.binned.js;
        break;
    case DriftMethod::Wasserstein:
        c.driftMethod = QStringLiteral("wasserstein_normed");
        c.driftScore = c.wassersteinNormed;
        break;
    case DriftMethod::LInfinity:
        c.driftMethod = QStringLiteral("l_infinity");
        c.driftScore = c.binned.lInfinity;
        break;
    case DriftMethod::Hellinger:
        c.driftMethod = QStringLiteral("hellinger");
        c.driftScore = c.binned.hellinger;
        break;
    case DriftMethod::Auto:
        break;
    }
    c.drift = c.driftScore >= thr;
}

void summarise(DriftReport &rep, const DriftOptions &o)
{
    DatasetDrift &d = rep.dataset;
    d.nColumns = int(rep.columns.size());
    d.alpha = o.alpha;
    d.driftShareThreshold = 0.5;
    d.method = driftMethodName(o.method);
    std::vector<std::pair<QString, double>> pv;
    for (const ColumnDrift &c : rep.columns) {
        if (!c.error.isEmpty())
            continue;
        ++d.evidentlyTested;
        d.evidentlyDrifted += c.evidently.drift ? 1 : 0;
        d.selectedDrifted += c.drift ? 1 : 0;
        if (c.hasPvalue)
            pv.emplace_back(c.column, c.pvalue);
    }
    d.evidentlyDatasetDrift = d.evidentlyTested > 0 && double(d.evidentlyDrifted) / d.evidentlyTested >= 0.5;
    d.selectedDatasetDrift = d.evidentlyTested > 0 && double(d.selectedDrifted) / d.evidentlyTested >= o.driftShare;
    d.nPvalues = int(pv.size());
    if (!pv.empty()) {
        d.bonferroniThreshold = o.alpha / double(pv.size());
        for (const auto &[name, p] : pv)
            if (p < d.bonferroniThreshold)
                d.bonferroniColumns.append(name);
        d.bonferroniDrift = !d.bonferroniColumns.isEmpty();
        std::vector<double> sorted;
        for (const auto &e : pv)
            sorted.push_back(e.second);
        std::sort(sorted.begin(), sorted.end());
        const double n = double(sorted.size());
        for (size_t i = 0; i < sorted.size(); ++i) {
            const double thr = o.alpha * double(i + 1) / n;
            if (sorted[i] < thr) {
                d.fdrDrift = true;
                d.fdrThreshold = thr; // the largest i wins (loop goes up)
            }
        }
    }
}

} // namespace

Result<DriftReport> computeDrift(const DataTable &ref, const DataTable &cur, const DriftOptions &o,
                                 const ProgressFn &progress, const std::atomic_bool *cancel)
{
    if (o.bins < 2)
        return makeError(QStringLiteral("drift.bins"), Tr::tr("The number of bins must be at least 2 (got %1)").arg(o.bins));
    const QSet<QString> forceCat(o.categorical.begin(), o.categorical.end());
    const QSet<QString> forceNum(o.numerical.begin(), o.numerical.end());
    const QSet<QString> excl(o.exclude.begin(), o.exclude.end());
    for (const QString &n : forceCat)
        if (forceNum.contains(n))
            return makeError(QStringLiteral("drift.override"), Tr::tr("Column '%1' cannot be both --categorical and --numerical").arg(n));
    DriftReport rep;
    rep.referenceSource = ref.source;
    rep.currentSource = cur.source;
    struct Job { int ri, ci; };
    std::vector<Job> jobs;
    QStringList unknown;
    for (const QStringList *list : {&o.categorical, &o.numerical, &o.exclude, &o.columns})
        for (const QString &n : *list)
            if (ref.indexOf(n) < 0 && cur.indexOf(n) < 0)
                unknown.append(n);
    if (!unknown.isEmpty())
        return makeError(QStringLiteral("drift.column"),
                         Tr::tr("No column named %1 in %2 or %3").arg(unknown.join(QStringLiteral(", ")), ref.source, cur.source));
    for (size_t i = 0; i < ref.columns.size(); ++i) {
        const QString &name = ref.columns[i].name;
        if (excl.contains(name) || (!o.columns.isEmpty() && !o.columns.contains(name)))
            continue;
        const int ci = cur.indexOf(name);
        if (ci < 0)
            continue; // reported by the caller through warnings below
        jobs.push_back({int(i), ci});
    }
    if (jobs.empty())
        return makeError(QStringLiteral("drift.nocolumns"),
                         Tr::tr("%1 and %2 have no column in common to compare").arg(ref.source, cur.source));
    rep.columns.resize(jobs.size());
    const ColumnStatsOptions so{o.bins, o.eps, o.maxCategoriesOut};
    std::atomic<size_t> nextJob{0};
    std::atomic<int> done{0};
    std::mutex progressMutex;
    auto work = [&]() {
        for (;;) {
            if (cancel && cancel->load())
                return;
            const size_t k = nextJob.fetch_add(1);
            if (k >= jobs.size())
                return;
            const Column &rc = ref.columns[size_t(jobs[k].ri)];
            const Column &cc = cur.columns[size_t(jobs[k].ci)];
            ColumnDrift &out = rep.columns[k];
            out.column = rc.name;
            if (isNumericalPair(rc, cc, forceNum.contains(rc.name), forceCat.contains(rc.name))) {
                computeNumerical(out, numericSample(rc, nullptr, ref.source, &out.warnings),
                                 numericSample(cc, nullptr, cur.source, &out.warnings), so);
            } else {
                computeCategorical(out, categoricalSample(rc, nullptr), categoricalSample(cc, nullptr), so);
            }
            decide(out, o);
            const int n = ++done;
            if (progress) {
                std::lock_guard lock(progressMutex);
                progress(n, int(jobs.size()));
            }
        }
    };
    auto worker = [&]() {
        work();
        releaseThreadScratch();
    };
    const int threads = std::max(1, std::min<int>(o.threads > 0 ? o.threads : QThread::idealThreadCount(), int(jobs.size())));
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (std::thread &t : pool)
        t.join();
    if (cancel && cancel->load())
        return makeError(QStringLiteral("drift.cancelled"), Tr::tr("Drift computation cancelled"));
    summarise(rep, o);
    return rep;
}

} // namespace wb::drift
