// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vcs/tableprofile.h"

#include "core/base/tr.h"

#include <QFile>
#include <QHash>

#include <zlib.h>

#include <charconv>
#include <cmath>
#include <memory>

namespace wb::vcs {

QString columnTypeName(ColumnType t)
{
    switch (t) {
    case ColumnType::Integer: return QStringLiteral("integer");
    case ColumnType::Float: return QStringLiteral("float");
    case ColumnType::Bool: return QStringLiteral("bool");
    case ColumnType::Datetime: return QStringLiteral("datetime");
    case ColumnType::String: return QStringLiteral("string");
    }
    return {};
}

std::optional<ColumnType> columnTypeFromName(const QString &name)
{
    for (ColumnType t : {ColumnType::Integer, ColumnType::Float, ColumnType::Bool, ColumnType::Datetime, ColumnType::String})
        if (columnTypeName(t) == name)
            return t;
    return std::nullopt;
}

bool isTabularFile(const QString &path)
{
    const QString p = path.toLower();
    return p.endsWith(QLatin1String(".csv")) || p.endsWith(QLatin1String(".tsv"))
           || p.endsWith(QLatin1String(".csv.gz")) || p.endsWith(QLatin1String(".tsv.gz"));
}

namespace {

bool isMissing(const QByteArray &v)
{
    static const QByteArray na[] = {"", "NA", "N/A", "NaN", "nan", "null", "NULL", "None"};
    for (const QByteArray &m : na)
        if (v == m)
            return true;
    return false;
}

bool isInteger(const QByteArray &v)
{
    qsizetype i = (v.startsWith('-') || v.startsWith('+')) ? 1 : 0;
    if (i >= v.size())
        return false;
    for (; i < v.size(); ++i)
        if (v[i] < '0' || v[i] > '9')
            return false;
    return true;
}

bool parseDouble(const QByteArray &v, double *out)
{
    const char *b = v.constData() + (v.startsWith('+') ? 1 : 0);
    const char *e = v.constData() + v.size();
    auto [ptr, ec] = std::from_chars(b, e, *out);
    return ec == std::errc() && ptr == e && std::isfinite(*out);
}

bool isBool(const QByteArray &v)
{
    const QByteArray l = v.toLower();
    return l == "true" || l == "false";
}

bool digits(const QByteArray &v, int from, int n)
{
    for (int i = from; i < from + n; ++i)
        if (i >= v.size() || v[i] < '0' || v[i] > '9')
            return false;
    return true;
}

// ISO-8601 date, optionally with a time: YYYY-MM-DD[( |T)HH:MM[...]].
bool isDatetime(const QByteArray &v)
{
    if (v.size() < 10 || !digits(v, 0, 4) || v[4] != '-' || !digits(v, 5, 2) || v[7] != '-' || !digits(v, 8, 2))
        return false;
    if (v.size() == 10)
        return true;
    return (v[10] == 'T' || v[10] == ' ') && digits(v, 11, 2) && v.size() >= 16 && v[13] == ':' && digits(v, 14, 2);
}

struct Accumulator
{
    qint64 missing = 0, present = 0;
    bool allInt = true, allFloat = true, allBool = true, allDate = true;
    double min = 0, max = 0, sum = 0;
    qint64 numeric = 0;
    QByteArray minText, maxText;
    QHash<QByteArray, qint64> counts;
    bool capped = false;

    void add(const QByteArray &v)
    {
        if (isMissing(v)) {
            ++missing;
            return;
        }
        ++present;
        if (allInt && !isInteger(v))
            allInt = false;
        if (allFloat) {
            double d;
            if (parseDouble(v, &d)) {
                min = numeric ? std::min(min, d) : d;
                max = numeric ? std::max(max, d) : d;
                sum += d;
                ++numeric;
            } else {
                allFloat = false;
            }
        }
        if (allBool && !isBool(v))
            allBool = false;
        if (allDate) {
            if (!isDatetime(v)) {
                allDate = false;
            } else {
                if (minText.isNull() || v < minText)
                    minText = v;
                if (maxText.isNull() || v > maxText)
                    maxText = v;
            }
        }
        auto it = counts.find(v);
        if (it != counts.end())
            ++*it;
        else if (counts.size() < ColumnProfile::kDistinctCap)
            counts.insert(v, 1);
        else
            capped = true;
    }

    ColumnProfile finish(const QString &name) const
    {
        ColumnProfile c;
        c.name = name;
        c.missing = missing;
        c.distinct = counts.size();
        c.distinctCapped = capped;
        if (present == 0)
            c.type = ColumnType::String;
        else if (allBool)
            c.type = ColumnType::Bool;
        else if (allInt)
            c.type = ColumnType::Integer;
        else if (allFloat)
            c.type = ColumnType::Float;
        else if (allDate)
            c.type = ColumnType::Datetime;
        else
            c.type = ColumnType::String;
        if (c.isNumeric() && numeric > 0) {
            c.min = min;
            c.max = max;
            c.mean = sum / double(numeric);
        } else if (c.type == ColumnType::Datetime) {
            c.minText = QString::fromUtf8(minText);
            c.maxText = QString::fromUtf8(maxText);
        }
        if (!c.isNumeric() && !counts.isEmpty()) {
            // Highest count; ties broken by the smaller value so the output is deterministic.
            QByteArray best;
            qint64 bestCount = -1;
            for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                if (it.value() > bestCount || (it.value() == bestCount && it.key() < best)) {
                    best = it.key();
                    bestCount = it.value();
                }
            c.top = QString::fromUtf8(best);
        }
        return c;
    }
};

struct GzCloser
{
    void operator()(gzFile_s *f) const { gzclose(f); }
};

char sniffDelimiter(const QByteArray &head, const QString &path)
{
    if (path.toLower().contains(QLatin1String(".tsv")))
        return '\t';
    const char candidates[] = {',', '\t', ';', '|'};
    int counts[4] = {0, 0, 0, 0};
    bool quoted = false;
    for (char c : head) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted)
            for (int i = 0; i < 4; ++i)
                if (c == candidates[i])
                    ++counts[i];
    }
    int best = 0;
    for (int i = 1; i < 4; ++i)
        if (counts[i] > counts[best])
            best = i;
    return candidates[best];
}

QString delimiterName(char c)
{
    switch (c) {
    case '\t': return QStringLiteral("tab");
    case ';': return QStringLiteral("semicolon");
    case '|': return QStringLiteral("pipe");
    default: return QStringLiteral("comma");
    }
}

} // namespace

Result<TableProfile> profileTable(const QString &path)
{
    std::unique_ptr<gzFile_s, GzCloser> in(gzopen(QFile::encodeName(path).constData(), "rb"));
    if (!in)
        return makeError("unreadable", Tr::tr("Cannot read %1").arg(path));
    gzbuffer(in.get(), 1 << 20);
    TableProfile profile;
    profile.gzip = gzdirect(in.get()) == 0;

    constexpr int kChunk = 1 << 20;
    QByteArray buf(kChunk, Qt::Uninitialized);
    int n = gzread(in.get(), buf.data(), kChunk);
    if (n < 0)
        return makeError("unreadable", Tr::tr("Cannot read %1: it is not valid gzip data").arg(path));
    if (gzdirect(in.get()) == 0)
        profile.gzip = true;
    const char delim = sniffDelimiter(buf.left(n), path);
    profile.delimiter = delimiterName(delim);

    QList<QByteArray> header;
    QList<Accumulator> acc;
    QList<QByteArray> record;
    QByteArray field;
    bool quoted = false, afterQuote = false, headerDone = false;
    auto endRecord = [&]() {
        record.append(field);
        field.clear();
        if (record.size() == 1 && record[0].isEmpty()) { // blank line
            record.clear();
            return;
        }
        if (!headerDone) {
            header = record;
            acc.resize(header.size());
            headerDone = true;
        } else {
            ++profile.rows;
            for (qsizetype i = 0; i < acc.size(); ++i)
                acc[i].add(i < record.size() ? record[i] : QByteArray());
        }
        record.clear();
    };
    while (n > 0) {
        for (int i = 0; i < n; ++i) {
            const char c = buf[i];
            if (quoted) {
                if (c == '"') {
                    quoted = false;
                    afterQuote = true;
                } else {
                    field += c;
                }
            } else if (c == '"') {
                if (afterQuote) // "" inside a quoted field is a literal quote
                    field += '"';
                quoted = true;
                afterQuote = false;
            } else if (c == delim) {
                record.append(field);
                field.clear();
                afterQuote = false;
            } else if (c == '\n') {
                endRecord();
                afterQuote = false;
            } else if (c != '\r') {
                field += c;
                afterQuote = false;
            }
        }
        n = gzread(in.get(), buf.data(), kChunk);
        if (n < 0)
            return makeError("unreadable", Tr::tr("Cannot read %1: the gzip data is damaged").arg(path));
    }
    if (!field.isEmpty() || !record.isEmpty())
        endRecord();
    if (!headerDone)
        return makeError("empty", Tr::tr("%1 has no header line").arg(path));
    for (qsizetype i = 0; i < acc.size(); ++i)
        profile.columns.append(acc[i].finish(QString::fromUtf8(header[i]).trimmed()));
    return profile;
}

} // namespace wb::vcs
