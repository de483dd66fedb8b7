// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/typeinference.h"

#include "core/base/tr.h"
#include "core/drift/csvreader.h"
#include "core/drift/memhint.h"
#include "core/drift/numerics.h"

#include <cmath>
#include <cstdio>
#include <limits>
#include <unordered_map>

namespace wb::drift {

namespace {
// pandas' default true/false literals turn a column into bool dtype
int boolToken(const std::string &s)
{
    if (s == "True" || s == "TRUE" || s == "true")
        return 1;
    if (s == "False" || s == "FALSE" || s == "false")
        return 0;
    return -1;
}

bool allBoolTokens(const Column &c)
{
    if (c.numeric || c.dictionary.empty())
        return false;
    for (const std::string &s : c.dictionary)
        if (boolToken(s) < 0)
            return false;
    return true;
}

template<typename F>
void forRows(const Column &c, const std::vector<std::int64_t> *rows, F f)
{
    const std::int64_t n = rows ? std::int64_t(rows->size()) : c.size();
    for (std::int64_t i = 0; i < n; ++i)
        f(rows ? (*rows)[size_t(i)] : i);
}
} // namespace

bool isNumericalPair(const Column &ref, const Column &cur, bool forceNumerical, bool forceCategorical)
{
    if (forceNumerical)
        return true;
    if (forceCategorical)
        return false;
    return ref.numeric && cur.numeric;
}

NumericSample numericSample(const Column &c, const std::vector<std::int64_t> *rows, const QString &source,
                            QStringList *warnings)
{
    NumericSample s;
    if (c.numeric && !rows) {
        s.column = &c;
        s.missing = c.nonFinite;
        if (s.missing < 0) { // not counted while it was built
            s.missing = 0;
            for (size_t r = 0; r < size_t(c.size()); ++r)
                s.missing += !std::isfinite(c.value(r));
        }
        return s;
    }
    if (c.numeric) {
        reserveHuge(s.finite, rows->size());
        forRows(c, rows, [&](std::int64_t r) {
            const double v = c.value(size_t(r));
            if (std::isfinite(v))
                s.finite.push_back(v);
            else
                ++s.missing;
        });
        return s;
    }
    // text column forced numerical: coerce every distinct text once
    const bool bools = allBoolTokens(c);
    std::vector<double> asNumber(c.dictionary.size(), std::numeric_limits<double>::quiet_NaN());
    for (size_t i = 0; i < c.dictionary.size(); ++i) {
        double v;
        bool isInt;
        if (bools)
            asNumber[i] = boolToken(c.dictionary[i]);
        else if (parseNumber(c.dictionary[i], &v, &isInt))
            asNumber[i] = v;
    }
    std::int64_t coerced = 0;
    forRows(c, rows, [&](std::int64_t r) {
        const std::int32_t id = c.ids[size_t(r)];
        const double v = id >= 0 ? asNumber[size_t(id)] : std::numeric_limits<double>::quiet_NaN();
        if (std::isfinite(v)) {
            s.finite.push_back(v);
        } else {
            ++s.missing;
            coerced += id >= 0 && std::isnan(v);
        }
    });
    if (coerced > 0 && warnings)
        warnings->append(Tr::tr("column '%1' is treated as numerical but %2 cell(s) of %3 are not numbers "
                                "(first: '%4' at line %5); they count as missing")
                             .arg(c.name).arg(coerced).arg(source, QString::fromStdString(c.firstText))
                             .arg(c.firstTextLine));
    return s;
}

CategoricalSample categoricalSample(const Column &c, const std::vector<std::int64_t> *rows)
{
    CategoricalSample s;
    if (c.numeric) {
        // pandas typed it int64 (integer literals, no missing) or float64; str() of that value
        const bool asInt = c.integerTokens && !c.hasMissing;
        std::unordered_map<double, double> counts;
        forRows(c, rows, [&](std::int64_t r) {
            const double v = c.value(size_t(r));
            if (std::isnan(v))
                ++s.missing;
            else
                counts[v] += 1;
        });
        for (const auto &[v, n] : counts) {
            std::string key;
            if (asInt && std::abs(v) < 9.007199254740992e15) {
                char buf[32];
                std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v));
                key = buf;
            } else {
                key = pyFloatRepr(v == 0 ? 0.0 * (std::signbit(v) ? -1 : 1) : v);
            }
            s.counts[key] += n;
            s.n += std::int64_t(n);
        }
        return s;
    }
    std::vector<double> perId(c.dictionary.size(), 0.0);
    forRows(c, rows, [&](std::int64_t r) {
        const std::int32_t id = c.ids[size_t(r)];
        if (id < 0)
            ++s.missing;
        else
            perId[size_t(id)] += 1;
    });
    const bool bools = allBoolTokens(c);
    for (size_t i = 0; i < perId.size(); ++i) {
        if (perId[i] == 0)
            continue;
        const std::string key = bools ? (boolToken(c.dictionary[i]) ? "True" : "False") : c.dictionary[i];
        s.counts[key] += perId[i];
        s.n += std::int64_t(perId[i]);
    }
    return s;
}

} // namespace wb::drift
