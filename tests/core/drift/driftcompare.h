// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <cmath>

// Compares our JSON Lines with reference_drift.py's, key by key: numbers within 1e-9 relative
// (p-values and Evidently scores within 1e-6 absolute), everything else equal.
namespace drifttest {

inline QList<QJsonObject> parseLines(const QByteArray &bytes)
{
    QList<QJsonObject> out;
    for (const QByteArray &line : bytes.split('\n'))
        if (!line.trimmed().isEmpty())
            out.append(QJsonDocument::fromJson(line).object());
    return out;
}

inline void compareValue(const QString &path, const QJsonValue &want, const QJsonValue &got, QStringList &bad)
{
    if (path.contains(QStringLiteral("seconds_")))
        return;
    if (want.isObject()) {
        const QJsonObject w = want.toObject(), g = got.toObject();
        for (auto it = w.begin(); it != w.end(); ++it) {
            if (!g.contains(it.key()))
                bad << path + QLatin1Char('.') + it.key() + QStringLiteral(" missing");
            else
                compareValue(path + QLatin1Char('.') + it.key(), it.value(), g.value(it.key()), bad);
        }
    } else if (want.isArray()) {
        const QJsonArray w = want.toArray(), g = got.toArray();
        if (w.size() != g.size()) {
            bad << path + QStringLiteral(": array size %1 vs %2").arg(g.size()).arg(w.size());
            return;
        }
        for (int i = 0; i < w.size(); ++i)
            compareValue(path + QStringLiteral("[%1]").arg(i), w[i], g[i], bad);
    } else if (want.isDouble()) {
        if (!got.isDouble()) {
            bad << path + QStringLiteral(": not a number");
            return;
        }
        const double w = want.toDouble(), g = got.toDouble();
        const bool pv = path.contains(QStringLiteral("pvalue")) || path.endsWith(QStringLiteral(".score"));
        const double tol = pv ? 1e-6 : 1e-9 * std::abs(w);
        if (std::abs(w - g) > std::max(tol, 1e-15))
            bad << path + QStringLiteral(": %1 vs %2").arg(g, 0, 'g', 17).arg(w, 0, 'g', 17);
    } else if (want != got) {
        bad << path + QStringLiteral(": %1 vs %2").arg(QString::fromUtf8(QJsonDocument(QJsonArray{got}).toJson(QJsonDocument::Compact)),
                                                       QString::fromUtf8(QJsonDocument(QJsonArray{want}).toJson(QJsonDocument::Compact)));
    }
}

inline QStringList compareReports(const QByteArray &gotLines, const QByteArray &wantLines)
{
    QStringList bad;
    const auto got = parseLines(gotLines), want = parseLines(wantLines);
    auto key = [](const QJsonObject &o) { return o.contains(QStringLiteral("dataset")) ? QStringLiteral("<dataset>") : o.value(QStringLiteral("column")).toString(); };
    if (want.isEmpty())
        bad << QStringLiteral("expected file is empty");
    for (const QJsonObject &w : want) {
        bool found = false;
        for (const QJsonObject &g : got)
            if (key(g) == key(w)) {
                compareValue(key(w), w, g, bad);
                found = true;
            }
        if (!found)
            bad << key(w) + QStringLiteral(" missing");
    }
    return bad;
}

} // namespace drifttest
