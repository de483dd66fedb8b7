// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/windowsplit.h"

#include "core/base/tr.h"

#include <QDate>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace wb::drift {

Result<WindowSpec> parseWindowSpec(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"year")
        return WindowSpec{WindowSpec::Kind::Year, 0};
    if (t == u"quarter")
        return WindowSpec{WindowSpec::Kind::Quarter, 0};
    if (t == u"month")
        return WindowSpec{WindowSpec::Kind::Month, 0};
    bool ok = false;
    const int n = t.toInt(&ok);
    if (ok && n >= 2)
        return WindowSpec{WindowSpec::Kind::Count, n};
    return makeError(QStringLiteral("drift.windows"),
                     Tr::tr("Unknown window '%1': use year, quarter, month or a number of windows >= 2").arg(text));
}

namespace {
struct TimePoint
{
    bool ok = false;
    int year = 0, month = 1, day = 1;
    double order() const { return year * 10000.0 + month * 100.0 + day; }
};

TimePoint fromNumber(double v)
{
    TimePoint t;
    if (!std::isfinite(v))
        return t;
    t.year = int(std::floor(v));
    // fractional years (2000.0833 = February) as txhousing's "date" column has them
    t.month = std::clamp(int(std::floor((v - t.year) * 12.0 + 1e-6)) + 1, 1, 12);
    t.ok = true;
    return t;
}

TimePoint fromText(const std::string &s)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{4})(?:[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?)?"));
    TimePoint t;
    const auto m = re.match(QString::fromStdString(s));
    if (!m.hasMatch())
        return t;
    t.year = m.captured(1).toInt();
    t.month = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
    t.day = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
    t.ok = t.month >= 1 && t.month <= 12 && t.day >= 1 && t.day <= 31;
    return t;
}

QString labelOf(const WindowSpec &spec, long key)
{
    switch (spec.kind) {
    case WindowSpec::Kind::Year: return QString::number(key);
    case WindowSpec::Kind::Quarter: return QStringLiteral("%1-Q%2").arg(key / 4).arg(key % 4 + 1);
    case WindowSpec::Kind::Month: return QStringLiteral("%1-%2").arg(key / 12).arg(key % 12 + 1, 2, 10, QLatin1Char('0'));
    case WindowSpec::Kind::Count: return QStringLiteral("w%1").arg(key + 1);
    }
    return {};
}
} // namespace

DataTable subsetRows(const DataTable &table, const std::vector<std::int64_t> &rows, const QString &source)
{
    DataTable out;
    out.source = source;
    out.rows = std::int64_t(rows.size());
    out.delimiter = table.delimiter;
    for (const Column &c : table.columns) {
        Column s;
        if (c.numeric) {
            CellVector<double> values;
            values.reserve(rows.size());
            for (std::int64_t r : rows)
                values.push_back(c.value(size_t(r)));
            s = Column::plainNumbers(c.name, std::move(values));
        }
        s.name = c.name;
        s.numeric = c.numeric;
        s.integerTokens = c.integerTokens;
        s.hasMissing = c.hasMissing;
        s.firstTextLine = c.firstTextLine;
        s.firstText = c.firstText;
        if (!c.numeric) {
            s.dictionary = c.dictionary;
            s.ids.reserve(rows.size());
            for (std::int64_t r : rows)
                s.ids.push_back(c.ids[size_t(r)]);
        }
        out.columns.push_back(std::move(s));
    }
    return out;
}

Result<WindowedDrift> computeWindowedDrift(const DataTable &table, const QString &timeColumn, const WindowSpec &spec,
                                           const QString &referenceLabel, DriftOptions options,
                                           const ProgressFn &progress, const std::atomic_bool *cancel)
{
    const int tc = table.indexOf(timeColumn);
    if (tc < 0)
        return makeError(QStringLiteral("drift.split.column"), Tr::tr("%1 has no column named '%2' to split on").arg(table.source, timeColumn));
    const Column &col = table.columns[size_t(tc)];
    std::vector<TimePoint> dictTimes;
    if (!col.numeric)
        for (const std::string &s : col.dictionary)
            dictTimes.push_back(fromText(s));
    WindowedDrift out;
    out.timeColumn = timeColumn;
    std::vector<TimePoint> times(size_t(table.rows));
    for (std::int64_t r = 0; r < table.rows; ++r) {
        if (col.numeric)
            times[size_t(r)] = fromNumber(col.value(size_t(r)));
        else if (col.ids[size_t(r)] >= 0)
            times[size_t(r)] = dictTimes[size_t(col.ids[size_t(r)])];
        if (!times[size_t(r)].ok)
            ++out.skippedRows;
    }
    std::map<long, std::vector<std::int64_t>> groups;
    if (spec.kind == WindowSpec::Kind::Count) {
        std::vector<std::int64_t> order;
        for (std::int64_t r = 0; r < table.rows; ++r)
            if (times[size_t(r)].ok)
                order.push_back(r);
        std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return times[size_t(a)].order() < times[size_t(b)].order(); });
        const size_t n = order.size();
        if (n < size_t(spec.count))
            return makeError(QStringLiteral("drift.split.few"), Tr::tr("Cannot make %1 windows from %2 dated rows").arg(spec.count).arg(n));
        for (int w = 0; w < spec.count; ++w)
            groups[w].assign(order.begin() + long(n * size_t(w) / size_t(spec.count)), order.begin() + long(n * size_t(w + 1) / size_t(spec.count)));
    } else {
        for (std::int64_t r = 0; r < table.rows; ++r) {
            const TimePoint &t = times[size_t(r)];
            if (!t.ok)
                continue;
            long key = t.year;
            if (spec.kind == WindowSpec::Kind::Quarter)
                key = long(t.year) * 4 + (t.month - 1) / 3;
            else if (spec.kind == WindowSpec::Kind::Month)
                key = long(t.year) * 12 + (t.month - 1);
            groups[key].push_back(r);
        }
    }
    if (groups.size() < 2)
        return makeError(QStringLiteral("drift.split.one"),
                         Tr::tr("Column '%1' of %2 gives %3 window(s); at least two are needed (is it a year or a date?)")
                             .arg(timeColumn, table.source).arg(groups.size()));
    long refKey = groups.begin()->first;
    for (const auto &[key, rows] : groups) {
        out.labels.append(labelOf(spec, key));
        out.rows.push_back(std::int64_t(rows.size()));
        if (!referenceLabel.isEmpty() && labelOf(spec, key) == referenceLabel)
            refKey = key;
    }
    if (!referenceLabel.isEmpty() && !out.labels.contains(referenceLabel))
        return makeError(QStringLiteral("drift.split.ref"), Tr::tr("No window '%1'; the windows are %2").arg(referenceLabel, out.labels.join(QStringLiteral(", "))));
    out.referenceLabel = labelOf(spec, refKey);
    if (!options.exclude.contains(timeColumn))
        options.exclude.append(timeColumn);
    const DataTable ref = subsetRows(table, groups[refKey], QStringLiteral("%1 [%2]").arg(table.source, out.referenceLabel));
    const int total = int(groups.size()) - 1;
    int done = 0;
    for (const auto &[key, rows] : groups) {
        if (key == refKey)
            continue;
        if (cancel && cancel->load())
            return makeError(QStringLiteral("drift.cancelled"), Tr::tr("Drift computation cancelled"));
        const QString label = labelOf(spec, key);
        const DataTable cur = subsetRows(table, rows, QStringLiteral("%1 [%2]").arg(table.source, label));
        auto rep = computeDrift(ref, cur, options, {}, cancel);
        if (!rep)
            return rep.error();
        rep->label = label;
        out.windows.push_back(std::move(*rep));
        if (progress)
            progress(++done, total);
    }
    return out;
}

} // namespace wb::drift
