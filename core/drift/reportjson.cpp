// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/reportjson.h"

#include "core/drift/numerics.h"

#include <cmath>
#include <string>

namespace wb::drift {

namespace {

// Minimal ordered JSON writer: QJsonObject sorts keys, the reference's order is kept here.
class Obj
{
public:
    Obj &key(const char *k)
    {
        if (!m_first)
            m_s += ", ";
        m_first = false;
        str(k);
        m_s += ": ";
        return *this;
    }
    Obj &num(const char *k, double v)
    {
        key(k);
        m_s += std::isfinite(v) ? pyFloatRepr(v) : std::string("null");
        return *this;
    }
    Obj &integer(const char *k, long long v)
    {
        key(k);
        m_s += std::to_string(v);
        return *this;
    }
    Obj &boolean(const char *k, bool v)
    {
        key(k);
        m_s += v ? "true" : "false";
        return *this;
    }
    Obj &text(const char *k, const QString &v)
    {
        key(k);
        str(v.toStdString());
        return *this;
    }
    Obj &raw(const char *k, const std::string &json)
    {
        key(k);
        m_s += json;
        return *this;
    }
    std::string done() const { return "{" + m_s + "}"; }

    static std::string quote(const std::string &v)
    {
        // json.dumps default ensure_ascii=True: non-ASCII as \uXXXX (surrogate pairs)
        std::string o = "\"";
        const QString u = QString::fromUtf8(v.data(), qsizetype(v.size()));
        for (QChar ch : u) {
            const char16_t c = ch.unicode();
            if (c == '"')
                o += "\\\"";
            else if (c == '\\')
                o += "\\\\";
            else if (c == '\n')
                o += "\\n";
            else if (c == '\r')
                o += "\\r";
            else if (c == '\t')
                o += "\\t";
            else if (c == '\b')
                o += "\\b";
            else if (c == '\f')
                o += "\\f";
            else if (c < 0x20 || c > 0x7e) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(c));
                o += buf;
            } else {
                o += char(c);
            }
        }
        return o + "\"";
    }

private:
    void str(const std::string &v) { m_s += quote(v); }
    std::string m_s;
    bool m_first = true;
};

std::string numList(const std::vector<double> &v)
{
    std::string s = "[";
    for (size_t i = 0; i < v.size(); ++i) {
        if (i)
            s += ", ";
        s += std::isfinite(v[i]) ? pyFloatRepr(v[i]) : std::string("null");
    }
    return s + "]";
}

std::string strList(const std::vector<std::string> &v)
{
    std::string s = "[";
    for (size_t i = 0; i < v.size(); ++i) {
        if (i)
            s += ", ";
        s += Obj::quote(v[i]);
    }
    return s + "]";
}

std::string strList(const QStringList &v)
{
    std::vector<std::string> s;
    for (const QString &x : v)
        s.push_back(x.toStdString());
    return strList(s);
}

} // namespace

QByteArray columnToJson(const ColumnDrift &c, const QString &window)
{
    Obj o;
    o.text("column", c.column).text("type", c.numerical ? QStringLiteral("numerical") : QStringLiteral("categorical"));
    o.integer("n_ref", c.nRef).integer("n_cur", c.nCur).integer("n_missing_ref", c.nMissingRef).integer("n_missing_cur", c.nMissingCur);
    if (!c.error.isEmpty()) {
        o.text("error", c.error);
    } else {
        const BinnedMetrics &b = c.binned;
        auto binned = [&]() {
            o.num("psi", b.psi).num("kl_ref_cur", b.kl).num("js_distance_base2", b.js).num("js_divergence_base2", b.jsDivergence);
            o.num("hellinger", b.hellinger).num("tvd", b.tvd);
            if (b.hasLInfinity)
                o.num("l_infinity", b.lInfinity);
            else
                o.raw("l_infinity", "null");
        };
        Obj ev;
        ev.text("method", c.evidently.method).num("score", c.evidently.score).num("threshold", c.evidently.threshold).boolean("drift", c.evidently.drift);
        if (c.numerical) {
            o.num("mean_ref", c.meanRef).num("mean_cur", c.meanCur).num("std_ref", c.stdRef).num("std_cur", c.stdCur);
            o.num("min_ref", c.minRef).num("max_ref", c.maxRef).num("min_cur", c.minCur).num("max_cur", c.maxCur);
            binned();
            Obj bins;
            bins.raw("cut_points", numList(c.cutPoints)).raw("ref_share", numList(c.refShare)).raw("cur_share", numList(c.curShare));
            bins.text("rule", QStringLiteral("left-closed, open outer bins, cuts=unique(np.quantile(ref,k/B,'linear'))"));
            o.raw("bins", bins.done());
            o.num("ks_statistic", c.ksStatistic).num("ks_pvalue", c.ksPvalue);
            o.num("wasserstein", c.wasserstein).num("wasserstein_normed", c.wassersteinNormed);
            o.integer("n_unique_ref_cur", c.nUnique);
            o.raw("evidently_default", ev.done());
        } else {
            o.integer("n_categories", c.nCategories).integer("n_new_categories_in_cur", c.nNewCategories);
            o.integer("n_vanished_categories", c.nVanishedCategories);
            binned();
            Obj chi;
            chi.num("statistic", c.chi2.statistic).num("pvalue", c.chi2.pvalue).integer("dof", c.chi2.dof).boolean("yates", c.chi2.yates);
            o.raw("chi2_contingency", chi.done());
            Obj gof;
            gof.num("statistic", c.chi2Gof.statistic).num("pvalue", c.chi2Gof.pvalue).integer("dof", c.chi2Gof.dof);
            o.raw("chi2_gof", gof.done());
            Obj cats;
            cats.raw("values", strList(c.categories)).raw("ref_share", numList(c.refShare)).raw("cur_share", numList(c.curShare));
            cats.boolean("truncated", c.categoriesTruncated);
            o.raw("categories", cats.done());
            o.raw("evidently_default", ev.done());
            o.raw("new_categories", strList(c.newCategories)).raw("vanished_categories", strList(c.vanishedCategories));
        }
    }
    // additions (not in the reference)
    o.num("missing_rate_ref", c.missingRateRef()).num("missing_rate_cur", c.missingRateCur());
    o.num("missing_rate_change", c.missingRateCur() - c.missingRateRef());
    if (c.error.isEmpty()) {
        o.text("drift_method", c.driftMethod).num("drift_score", c.driftScore).num("drift_threshold", c.driftThreshold);
        o.boolean("drift", c.drift);
    } else {
        o.boolean("drift", false);
    }
    if (!c.warnings.isEmpty())
        o.raw("warnings", strList(c.warnings));
    if (!window.isEmpty())
        o.text("window", window);
    return QByteArray::fromStdString(o.done());
}

QByteArray datasetToJson(const DriftReport &r, const QString &window)
{
    const DatasetDrift &d = r.dataset;
    Obj ev;
    ev.integer("n_drifted", d.evidentlyDrifted);
    if (d.evidentlyTested > 0)
        ev.num("share_drifted", double(d.evidentlyDrifted) / d.evidentlyTested);
    else
        ev.raw("share_drifted", "null");
    ev.num("drift_share_threshold", d.driftShareThreshold).boolean("dataset_drift", d.evidentlyDatasetDrift);
    Obj bon;
    bon.num("alpha", d.alpha);
    if (d.nPvalues > 0)
        bon.num("threshold", d.bonferroniThreshold);
    else
        bon.raw("threshold", "null");
    bon.raw("drifted_columns", strList(d.bonferroniColumns)).boolean("dataset_drift", d.bonferroniDrift);
    Obj fdr;
    fdr.num("q", d.alpha);
    if (d.fdrDrift)
        fdr.num("threshold", d.fdrThreshold);
    else
        fdr.raw("threshold", "null");
    fdr.boolean("dataset_drift", d.fdrDrift);
    Obj sel;
    sel.text("method", d.method).integer("n_drifted", d.selectedDrifted);
    if (d.evidentlyTested > 0)
        sel.num("share_drifted", double(d.selectedDrifted) / d.evidentlyTested);
    else
        sel.raw("share_drifted", "null");
    sel.boolean("dataset_drift", d.selectedDatasetDrift);
    Obj inner;
    inner.integer("n_columns", d.nColumns).raw("evidently", ev.done()).raw("bonferroni", bon.done()).raw("fdr_bh", fdr.done());
    inner.text("pvalue_source", QStringLiteral("ks_pvalue for numerical, chi2_contingency.pvalue for categorical"));
    inner.raw("selected", sel.done());
    if (!window.isEmpty())
        inner.text("window", window);
    Obj outer;
    outer.raw("dataset", inner.done());
    return QByteArray::fromStdString(outer.done());
}

QByteArray reportToJsonLines(const DriftReport &report, const QString &window)
{
    QByteArray out;
    for (const ColumnDrift &c : report.columns)
        out += columnToJson(c, window) + '\n';
    out += datasetToJson(report, window) + '\n';
    return out;
}

} // namespace wb::drift
