// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/htmlreport.h"

#include "core/base/tr.h"

#include <algorithm>
#include <cmath>

namespace wb::drift {

namespace {
QString esc(const QString &s) { return s.toHtmlEscaped(); }

QString num(double v, int prec = 4)
{
    return std::isfinite(v) ? QString::number(v, 'g', prec) : QStringLiteral("-");
}

QStringList binLabels(const ColumnDrift &c)
{
    QStringList l;
    if (!c.numerical) {
        for (const std::string &s : c.categories)
            l.append(QString::fromStdString(s));
        return l;
    }
    for (size_t i = 0; i <= c.cutPoints.size(); ++i) {
        if (i == 0)
            l.append(QStringLiteral("< %1").arg(num(c.cutPoints.empty() ? 0 : c.cutPoints[0])));
        else if (i == c.cutPoints.size())
            l.append(QStringLiteral(">= %1").arg(num(c.cutPoints[i - 1])));
        else
            l.append(QStringLiteral("[%1, %2)").arg(num(c.cutPoints[i - 1]), num(c.cutPoints[i])));
    }
    return l;
}
} // namespace

QByteArray columnSvg(const ColumnDrift &c, int width, int height)
{
    const size_t n = std::min(c.refShare.size(), c.curShare.size());
    QString s = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\">")
                    .arg(width).arg(height);
    s += QStringLiteral("<title>%1</title>").arg(esc(c.column));
    if (n == 0)
        return (s + QStringLiteral("</svg>")).toUtf8();
    double mx = 0;
    for (size_t i = 0; i < n; ++i)
        mx = std::max({mx, c.refShare[i], c.curShare[i]});
    if (mx <= 0)
        mx = 1;
    const QStringList labels = binLabels(c);
    const double left = 30, bottom = 20, top = 14, plotW = width - left - 5, plotH = height - bottom - top;
    const double slot = plotW / double(n);
    s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#888\"/>").arg(left).arg(top + plotH).arg(left + plotW);
    s += QStringLiteral("<text x=\"2\" y=\"%1\" font-size=\"9\">%2</text>").arg(top + 4).arg(num(mx, 2));
    for (size_t i = 0; i < n; ++i) {
        const double x = left + slot * double(i);
        const double hr = plotH * c.refShare[i] / mx, hc = plotH * c.curShare[i] / mx;
        const QString tip = i < size_t(labels.size()) ? esc(labels[int(i)]) : QString();
        s += QStringLiteral("<rect class=\"ref\" x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#4e79a7\"><title>%5 reference %6</title></rect>")
                 .arg(x + slot * 0.1).arg(top + plotH - hr).arg(slot * 0.4).arg(hr).arg(tip, num(c.refShare[i]));
        s += QStringLiteral("<rect class=\"cur\" x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#f28e2b\"><title>%5 current %6</title></rect>")
                 .arg(x + slot * 0.5).arg(top + plotH - hc).arg(slot * 0.4).arg(hc).arg(tip, num(c.curShare[i]));
    }
    s += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"10\" fill=\"#4e79a7\">reference</text>").arg(left).arg(height - 4);
    s += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"10\" fill=\"#f28e2b\">current</text>").arg(left + 70).arg(height - 4);
    return (s + QStringLiteral("</svg>")).toUtf8();
}

QByteArray htmlReport(const std::vector<DriftReport> &reports)
{
    QString h = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title><style>"
                               "body{font-family:sans-serif;margin:1em}table{border-collapse:collapse}"
                               "td,th{border:1px solid #ccc;padding:3px 6px;text-align:right}td.l{text-align:left}"
                               "tr.drift td.s{background:#f4a6a6}tr.ok td.s{background:#b7e4b7}tr.err td.s{background:#ddd}"
                               ".card{display:inline-block;margin:6px;vertical-align:top}</style></head><body>")
                    .arg(esc(Tr::tr("Data drift report")));
    h += QStringLiteral("<h1>%1</h1>").arg(esc(Tr::tr("Data drift report")));
    for (const DriftReport &r : reports) {
        const DatasetDrift &d = r.dataset;
        h += QStringLiteral("<h2>%1</h2>").arg(esc(r.label.isEmpty() ? r.currentSource + QStringLiteral(" vs ") + r.referenceSource
                                                                     : Tr::tr("Window %1 vs %2").arg(r.label, r.referenceSource)));
        h += QStringLiteral("<p class=\"dataset\">%1</p>").arg(esc(Tr::tr("%1 of %2 columns drifted (method %3): %4. Bonferroni: %5, BH-FDR: %6.")
            .arg(d.selectedDrifted).arg(d.evidentlyTested).arg(d.method)
            .arg(d.selectedDatasetDrift ? Tr::tr("dataset drift, consider retraining") : Tr::tr("no dataset drift"))
            .arg(d.bonferroniDrift ? Tr::tr("drift") : Tr::tr("none")).arg(d.fdrDrift ? Tr::tr("drift") : Tr::tr("none"))));
        std::vector<const ColumnDrift *> cols;
        for (const ColumnDrift &c : r.columns)
            cols.push_back(&c);
        std::stable_sort(cols.begin(), cols.end(), [](auto *a, auto *b) { return a->drift != b->drift ? a->drift : a->driftScore > b->driftScore; });
        h += QStringLiteral("<table><tr><th>column</th><th>type</th><th>method</th><th>score</th><th>threshold</th><th>PSI</th>"
                            "<th>JS (base 2)</th><th>KS p</th><th>missing ref/cur</th><th>new/vanished</th><th>status</th></tr>");
        for (const ColumnDrift *c : cols) {
            const QString cls = !c->error.isEmpty() ? QStringLiteral("err") : (c->drift ? QStringLiteral("drift") : QStringLiteral("ok"));
            h += QStringLiteral("<tr class=\"%1\"><td class=\"l\">%2</td><td class=\"l\">%3</td>").arg(cls, esc(c->column), c->numerical ? "numerical" : "categorical");
            if (!c->error.isEmpty()) {
                h += QStringLiteral("<td colspan=\"8\" class=\"l\">%1</td><td class=\"s\">%2</td></tr>").arg(esc(c->error), esc(Tr::tr("error")));
                continue;
            }
            h += QStringLiteral("<td class=\"l\">%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7%/%8%</td><td>%9</td>")
                     .arg(esc(c->driftMethod), num(c->driftScore), num(c->driftThreshold), num(c->binned.psi), num(c->binned.js),
                          c->numerical ? num(c->ksPvalue) : QStringLiteral("-"), num(100 * c->missingRateRef(), 3), num(100 * c->missingRateCur(), 3))
                     .arg(c->numerical ? QStringLiteral("-") : QStringLiteral("%1/%2").arg(c->nNewCategories).arg(c->nVanishedCategories));
            h += QStringLiteral("<td class=\"s\">%1</td></tr>").arg(c->drift ? esc(Tr::tr("drift")) : esc(Tr::tr("ok")));
        }
        h += QStringLiteral("</table>");
        for (const ColumnDrift *c : cols) {
            if (!c->error.isEmpty())
                continue;
            h += QStringLiteral("<div class=\"card\"><h3>%1</h3>").arg(esc(c->column)) + QString::fromUtf8(columnSvg(*c)) + QStringLiteral("</div>");
        }
    }
    h += QStringLiteral("</body></html>\n");
    return h.toUtf8();
}

} // namespace wb::drift
