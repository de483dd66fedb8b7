// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/csvreader.h"

#include "core/base/tr.h"
#include "core/drift/columnbuilder.h"
#include "core/drift/csvfastpath.h"
#include "core/drift/csvtokenizer.h"
#include "core/drift/memhint.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>

namespace wb::drift {

namespace {

bool ieq(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if ((a[i] | 0x20) != b[i])
            return false;
    return true;
}

// Clinger's fast path: a plain decimal whose digits fit in 2^53 and whose power of ten is exact
// is correctly rounded by one IEEE multiplication or division, i.e. bit-identical to
// std::from_chars; anything else (long mantissas, big exponents, odd syntax) returns false.
bool fastDecimal(std::string_view s, double *value, bool *isInteger)
{
    static constexpr double kPow10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
                                        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    const char *p = s.data(), *e = p + s.size();
    std::uint64_t m = 0;
    int digits = 0, exp10 = 0;
    bool integer = true;
    while (p < e && unsigned(*p - '0') < 10) {
        m = m * 10 + unsigned(*p - '0');
        digits += m != 0;
        ++p;
    }
    const bool intDigits = p != s.data();
    bool fracDigits = false;
    if (p < e && *p == '.') {
        integer = false;
        ++p;
        while (p < e && unsigned(*p - '0') < 10) {
            m = m * 10 + unsigned(*p - '0');
            digits += m != 0;
            --exp10;
            fracDigits = true;
            ++p;
        }
    }
    if (!intDigits && !fracDigits)
        return false;
    if (digits > 18)
        return false; // m may have overflowed
    if (p < e) {
        if (*p != 'e' && *p != 'E')
            return false;
        integer = false;
        ++p;
        bool eneg = false;
        if (p < e && (*p == '+' || *p == '-'))
            eneg = *p++ == '-';
        const char *ds = p;
        int x = 0;
        while (p < e && unsigned(*p - '0') < 10 && p - ds < 4)
            x = x * 10 + (*p++ - '0');
        if (p == ds || p != e)
            return false;
        exp10 += eneg ? -x : x;
    }
    if (m > (std::uint64_t(1) << 53) || exp10 < -22 || exp10 > 22)
        return false;
    const double d = double(m);
    *value = exp10 < 0 ? d / kPow10[-exp10] : d * kPow10[exp10];
    *isInteger = integer;
    return true;
}

QString shortText(std::string_view s)
{
    QString t = QString::fromUtf8(s.data(), qsizetype(std::min<size_t>(s.size(), 40)));
    return s.size() > 40 ? t + QStringLiteral("...") : t;
}

} // namespace

bool isNaToken(std::string_view t)
{
    if (t.empty())
        return true;
    if (t.size() > 8)
        return false;
    switch (t[0]) { // every NA token starts with one of these
    case '#': case '-': case '1': case '<': case 'N': case 'n':
        break;
    default:
        return false;
    }
    static const std::string_view na[] = {"#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan",
                                          "1.#IND", "1.#QNAN", "<NA>", "N/A", "NA", "NULL", "NaN",
                                          "n/a", "nan", "null"};
    for (std::string_view n : na)
        if (t == n)
            return true;
    return false;
}

bool parseNumber(std::string_view t, double *value, bool *isInteger)
{
    size_t b = 0, e = t.size();
    while (b < e && (t[b] == ' ' || t[b] == '\t'))
        ++b;
    while (e > b && (t[e - 1] == ' ' || t[e - 1] == '\t'))
        --e;
    if (b == e)
        return false;
    std::string_view s = t.substr(b, e - b);
    bool neg = false;
    if (s[0] == '+' || s[0] == '-') {
        neg = s[0] == '-';
        s.remove_prefix(1);
        if (s.empty() || s[0] == '+' || s[0] == '-')
            return false;
    }
    const char c0 = s[0];
    if (c0 == 'i' || c0 == 'I') {
        if (ieq(s, "inf") || ieq(s, "infinity")) {
            *value = neg ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
            *isInteger = false;
            return true;
        }
        return false;
    }
    if (!((c0 >= '0' && c0 <= '9') || c0 == '.'))
        return false; // rejects nan forms, hex and text
    double v = 0;
    if (fastDecimal(s, &v, isInteger)) {
        *value = neg ? -v : v;
        return true;
    }
    const auto r = std::from_chars(s.data(), s.data() + s.size(), v, std::chars_format::general);
    if (r.ec != std::errc() || r.ptr != s.data() + s.size())
        return false;
    bool integer = true;
    for (char c : s)
        if (c < '0' || c > '9') {
            integer = false;
            break;
        }
    *isInteger = integer;
    *value = neg ? -v : v;
    return true;
}

Result<DataTable> readCsv(const QString &path, const CsvOptions &options)
{
    CsvTokenizer tok;
    WB_TRY(tok.open(path, options.delimiter, options.maxFieldBytes));
    std::vector<std::string_view> fields;
    if (!tok.next(fields)) {
        if (tok.error())
            return *tok.error();
        return makeError(QStringLiteral("drift.csv.empty"), Tr::tr("%1 is empty: a CSV file needs a header line and data rows").arg(path));
    }
    DataTable table;
    table.source = path;
    table.delimiter = tok.delimiter();
    std::vector<ColumnBuilder> cols(fields.size());
    for (size_t i = 0; i < fields.size(); ++i) {
        if (!validUtf8(fields[i]))
            return makeError(QStringLiteral("drift.csv.utf8"), Tr::tr("%1, line 1: the header is not valid UTF-8 text").arg(path));
        QString name = QString::fromUtf8(fields[i].data(), qsizetype(fields[i].size()));
        if (name.isEmpty())
            name = QStringLiteral("Unnamed: %1").arg(i); // pandas' name for an empty header cell
        for (size_t j = 0; j < i; ++j)
            if (cols[j].col.name == name)
                return makeError(QStringLiteral("drift.csv.duplicate"),
                                 Tr::tr("%1, line 1: the column name '%2' appears twice (columns %3 and %4); rename one")
                                     .arg(path, name).arg(j + 1).arg(i + 1));
        cols[i].col.name = name;
    }
    const size_t ncols = cols.size();
    std::int64_t row = 0;
    // growing 25 vectors of a million doubles by doubling costs copies and page faults
    const std::int64_t estimate = std::min<std::int64_t>(tok.estimatedRows(), std::int64_t(1) << 31);
    // huge pages only up to ~97% of the estimate: the estimate errs high and a partly used
    // 2 MB page per column would add up to 50 MB of resident memory for nothing
    for (ColumnBuilder &b : cols) {
        b.col.nonFinite = 0;
        b.col.codes.reserve(size_t(estimate));
        adviseHugePages(b.col.codes.data(), size_t(double(estimate) * 0.97) * sizeof(std::uint32_t));
    }
    auto utf8Error = [&](size_t c, std::int64_t line) {
        return makeError(QStringLiteral("drift.csv.utf8"),
                         Tr::tr("%1, line %2, column '%3': the text is not valid UTF-8; re-save the file as UTF-8")
                             .arg(path).arg(line).arg(cols[c].col.name));
    };
    // one madvise per column and 64 Ki rows instead of a page fault per 4 KB (or 2 MB) page
    auto prefaultColumns = [&]() {
        for (const ColumnBuilder &b : cols) {
            if (!b.col.numeric)
                prefaultAhead(b.col.ids, 0x10000);
            else if (b.col.packed)
                prefaultAhead(b.col.codes, 0x10000);
            else
                prefaultAhead(b.col.wide, 0x10000);
        }
    };
    // every 64 Ki rows: memory, cancel, progress
    auto housekeeping = [&]() -> bool {
        if ((row & 0xFFFF) != 0)
            return true;
        for (ColumnBuilder &b : cols)
            if (b.col.numeric)
                b.unpackIfWide(size_t(estimate));
        prefaultColumns();
        if (options.cancel && options.cancel->load())
            return false;
        if (options.progress)
            options.progress(tok.fractionRead());
        return true;
    };
    auto cancelled = [&]() {
        return makeError(QStringLiteral("drift.cancelled"), Tr::tr("Cancelled while reading %1").arg(path));
    };
    prefaultColumns();
    for (;;) {
        // plain rows straight from the buffer, up to the last complete line
        while (options.fastPath) {
            const char *data = tok.unread();
            const size_t size = tok.unreadSize();
            const void *lastNl = size ? ::memrchr(data, '\n', size) : nullptr;
            if (!lastNl)
                break;
            const char *end = static_cast<const char *>(lastNl) + 1;
            const FastRows fast = parseFastRows(data, end, table.delimiter, cols, 0x10000 - (row & 0xFFFF), options.maxFieldBytes);
            tok.consume(fast.bytes, fast.rows);
            row += fast.rows;
            if (!housekeeping())
                return cancelled();
            if (fast.rows == 0 || data + fast.bytes != end)
                break; // an unusual row (or a full batch, then the loop goes on)
        }
        // one row through the tokenizer: quotes, blank lines, errors, the end of the buffer
        if (!tok.next(fields))
            break;
        const std::int64_t line = tok.rowLine();
        if (fields.size() != ncols)
            return makeError(QStringLiteral("drift.csv.ragged"),
                             Tr::tr("%1, line %2: expected %3 fields (as in the header), found %4")
                                 .arg(path).arg(line).arg(ncols).arg(fields.size()));
        for (size_t c = 0; c < ncols; ++c) {
            ColumnBuilder &b = cols[c];
            const std::string_view v = fields[c];
            if (b.col.numeric) {
                double x;
                bool isInt;
                // no NA token parses as a number, so the common case is tested first
                if (parseNumber(v, &x, &isInt)) {
                    b.addNumber(x);
                    b.col.integerTokens = b.col.integerTokens && isInt;
                } else if (isNaToken(v)) {
                    b.addNumber(std::numeric_limits<double>::quiet_NaN());
                    b.col.hasMissing = true;
                } else {
                    b.col.numeric = false;
                    b.col.firstTextLine = line;
                    b.col.firstText = shortText(v).toStdString();
                    b.switchRow = row;
                    CellVector<std::uint32_t>().swap(b.col.codes); // the numbers so far are re-read as text
                    CellVector<double>().swap(b.col.wide);
                    reserveHuge(b.col.ids, size_t(std::max(estimate, row + 1)));
                    b.col.ids.assign(size_t(row), -1);
                    const auto id = b.textId(v);
                    if (id == ColumnBuilder::kBadUtf8)
                        return utf8Error(c, line);
                    b.col.ids.push_back(id);
                }
            } else {
                const auto id = b.textId(v);
                if (id == ColumnBuilder::kBadUtf8)
                    return utf8Error(c, line);
                b.col.hasMissing = b.col.hasMissing || id == ColumnBuilder::kNa;
                b.col.ids.push_back(id);
            }
        }
        ++row;
        if (!housekeeping())
            return cancelled();
    }
    if (tok.error())
        return *tok.error();
    if (row == 0)
        return makeError(QStringLiteral("drift.csv.headeronly"),
                         Tr::tr("%1 has a header but no data rows").arg(path));
    // Second pass for columns that turned out to be text after some numeric rows: their first
    // cells must be re-read as text (the raw text was not kept, on purpose).
    std::int64_t backfillRows = 0;
    for (const ColumnBuilder &b : cols)
        if (b.switchRow > 0)
            backfillRows = std::max(backfillRows, b.switchRow);
    if (backfillRows > 0) {
        CsvTokenizer again;
        WB_TRY(again.open(path, table.delimiter, options.maxFieldBytes));
        again.next(fields); // header
        for (std::int64_t r = 0; r < backfillRows && again.next(fields); ++r) {
            if (fields.size() != ncols)
                return makeError(QStringLiteral("drift.csv.changed"), Tr::tr("%1 changed while it was being read").arg(path));
            for (size_t c = 0; c < ncols; ++c) {
                ColumnBuilder &b = cols[c];
                if (r >= b.switchRow)
                    continue;
                const auto id = b.textId(fields[c]);
                if (id == ColumnBuilder::kBadUtf8)
                    return utf8Error(c, again.rowLine());
                b.col.ids[size_t(r)] = id;
            }
        }
        if (again.error())
            return *again.error();
    }
    table.rows = row;
    table.columns.reserve(ncols);
    for (ColumnBuilder &b : cols) {
        if (!b.col.numeric) {
            CellVector<std::uint32_t>().swap(b.col.codes);
            CellVector<double>().swap(b.col.wide);
            b.col.nonFinite = -1;
        }
        b.releaseIndex();
        table.columns.push_back(std::move(b.col));
    }
    if (options.progress)
        options.progress(1.0);
    return table;
}

} // namespace wb::drift
