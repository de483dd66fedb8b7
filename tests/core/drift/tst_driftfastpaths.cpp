// SPDX-License-Identifier: GPL-3.0-or-later
// Fast paths must give bit-identical results to the straightforward code they short-cut:
// the CSV number parser's Clinger path vs std::from_chars, radix sort with its reused per-thread
// buffer, and computeNumerical's single merged walk vs ks2samp + wassersteinSorted.
#include "core/drift/columnstats.h"
#include "core/drift/csvfastpath.h"
#include "core/drift/csvreader.h"
#include "core/drift/kstest.h"
#include "core/drift/metrics.h"
#include "core/drift/numerics.h"
#include "core/drift/typeinference.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <random>

using namespace wb::drift;

namespace {
bool slowParse(const std::string &s, double *v)
{
    std::string_view t = s;
    bool neg = false;
    if (!t.empty() && (t[0] == '-' || t[0] == '+')) {
        neg = t[0] == '-';
        t.remove_prefix(1);
    }
    const auto r = std::from_chars(t.data(), t.data() + t.size(), *v, std::chars_format::general);
    if (r.ec != std::errc() || r.ptr != t.data() + t.size())
        return false;
    if (neg)
        *v = -*v;
    return true;
}

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}
} // namespace

class TstDriftFastPaths : public QObject
{
    Q_OBJECT
private slots:
    void fixedCases_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("integer");
        for (const char *s : {"0", "-0", "0.0", "-0.0", "7", "+7", "123456789012345678", "1234567890123456789",
                              "9007199254740993", "0.1", "0.30000000000000004", ".5", "5.", "1e5", "1E+05", "2.5e-3",
                              "1e22", "1e23", "1e-22", "1e-23", "123.456e-10", "00012.5000", "4.9406564584124654e-324",
                              "1.7976931348623157e308", "0.000000000000000000000000000001", "41.2168", "-0.614669"})
            QTest::newRow(s) << QString::fromLatin1(s)
                             << (std::string_view(s).find_first_not_of("+-0123456789") == std::string_view::npos);
    }
    void fixedCases()
    {
        QFETCH(QString, text);
        QFETCH(bool, integer);
        const std::string s = text.toStdString();
        double fast = 0, slow = 0;
        bool isInt = false;
        QVERIFY(parseNumber(s, &fast, &isInt));
        QVERIFY(slowParse(s, &slow));
        QVERIFY2(sameBits(fast, slow), qPrintable(QStringLiteral("%1: %2 vs %3").arg(text).arg(fast, 0, 'g', 17).arg(slow, 0, 'g', 17)));
        QCOMPARE(isInt, integer);
    }
    void rejects()
    {
        double v;
        bool isInt;
        for (const char *s : {"", ".", "e5", "1e", "1e+", "1.2.3", "1e5x", "--1", "0x1A", "nan", "1.#IND", "1,5", "12a"})
            QVERIFY2(!parseNumber(s, &v, &isInt), s);
        QVERIFY(parseNumber(" 42 ", &v, &isInt));
        QCOMPARE(v, 42.0);
    }
    void randomDecimalsMatchFromChars()
    {
        std::mt19937_64 rng(12345);
        std::uniform_int_distribution<int> len(1, 20), digit(0, 9), expo(-30, 30), kind(0, 3);
        for (int n = 0; n < 200000; ++n) {
            std::string s;
            if (kind(rng) == 0)
                s += '-';
            const int a = len(rng), b = kind(rng) ? len(rng) : 0;
            for (int i = 0; i < a; ++i)
                s += char('0' + digit(rng));
            if (b > 0 || kind(rng) == 0) {
                s += '.';
                for (int i = 0; i < b; ++i)
                    s += char('0' + digit(rng));
            }
            if (kind(rng) == 0)
            {
                s += 'e';
                s.append(std::to_string(expo(rng)));
            }
            double fast = 0, slow = 0;
            bool isInt;
            const bool okFast = parseNumber(s, &fast, &isInt);
            const bool okSlow = slowParse(s, &slow);
            QCOMPARE(okFast, okSlow);
            if (okFast && !sameBits(fast, slow))
                QFAIL(qPrintable(QString::fromStdString(s)));
        }
    }
    // the CSV fast path's own number parser: whatever it accepts, parseNumber reads the same
    void plainNumberMatchesParseNumber()
    {
        std::mt19937_64 rng(99);
        std::uniform_int_distribution<int> len(0, 10), digit(0, 9), kind(0, 5);
        const char junk[] = "-+.e E,x";
        int accepted = 0;
        for (int n = 0; n < 300000; ++n) {
            std::string s;
            if (kind(rng) == 0)
                s += kind(rng) ? '-' : '+';
            for (int i = len(rng); i > 0; --i)
                s += char('0' + digit(rng));
            if (kind(rng) > 1)
                s += '.';
            for (int i = len(rng); i > 0; --i)
                s += char('0' + digit(rng));
            if (kind(rng) == 0)
                s.insert(s.begin() + std::uniform_int_distribution<int>(0, int(s.size()))(rng), junk[digit(rng) % 8]);
            char buf[64];
            std::memset(buf, ',', sizeof buf); // what follows a cell in a row
            std::memcpy(buf, s.data(), s.size());
            double fast = 0, slow = 0;
            bool fastInt = false, slowInt = false;
            if (!parsePlainNumber(buf, s.size(), &fast, &fastInt))
                continue;
            ++accepted;
            QVERIFY2(parseNumber(s, &slow, &slowInt), s.c_str());
            QVERIFY2(sameBits(fast, slow), s.c_str());
            QCOMPARE(fastInt, slowInt);
        }
        QVERIFY(accepted > 100000); // it does take the common cases
        double v;
        bool isInt;
        QVERIFY(parsePlainNumber("-0.614669,", 9, &v, &isInt) && v == -0.614669 && !isInt);
        QVERIFY(parsePlainNumber("-0,", 2, &v, &isInt) && std::signbit(v) && isInt);
        for (const char *s : {"1e5,", " 1,", "1.2.3,", "-,", ".,", "+-1,", "123456789.5,"})
            QVERIFY2(!parsePlainNumber(s, std::strlen(s) - 1, &v, &isInt), s);
    }

    // readCsv's fast path (rows parsed straight from the buffer) and its general path (every
    // row through the tokenizer) must build the same table, and stop with the same errors
    void fastRowsMatchTokenizer()
    {
        std::mt19937_64 rng(4242);
        std::uniform_int_distribution<int> pick(0, 99);
        auto cell = [&](int col, int row) -> std::string {
            const int r = pick(rng);
            switch (col) {
            case 0: // numbers of every shape
                if (r < 60) return std::to_string(int(r) - 30) + "." + std::to_string(pick(rng));
                if (r < 70) return "1.5e-" + std::to_string(r % 7);
                if (r < 75) return "";
                if (r < 80) return "NA";
                if (r < 85) return " 42 ";
                if (r < 90) return "\"7.25\"";
                if (r < 95) return "-0";
                return "12345678901234567890";
            case 1: // text with quotes, delimiters and line breaks inside
                if (r < 50) return "abc"[r % 3] + std::string("x");
                if (r < 60) return "\"a,b\"";
                if (r < 65) return "\"two\nlines\"";
                if (r < 70) return "\"say \"\"hi\"\"\"";
                if (r < 75) return "";
                if (r < 80) return "n/a";
                if (r < 90) return "a fairly long category name " + std::to_string(r);
                return "\xC3\xA9t\xC3\xA9";
            case 2: // numeric, then text from row 700 on: read again as text
                return row < 700 ? std::to_string(r) : (r < 50 ? "late text" : std::to_string(r));
            default: // integers
                return std::to_string(r * 1000 - 500);
            }
        };
        std::string csv = "num,text,switch,int\n";
        for (int row = 0; row < 3000; ++row) {
            for (int c = 0; c < 4; ++c) {
                if (c)
                    csv += ',';
                csv += cell(c, row);
            }
            const int r = pick(rng);
            csv += r < 3 ? "\r\n" : "\n";
            if (r == 99)
                csv += "\n"; // a blank line
        }
        QTemporaryDir dir;
        auto write = [&](const QString &name, const std::string &bytes) {
            QFile f(dir.filePath(name));
            f.open(QIODevice::WriteOnly);
            f.write(bytes.data(), qint64(bytes.size()));
            return f.fileName();
        };
        auto tables = [&](const QString &path) {
            CsvOptions fast, general;
            general.fastPath = false;
            return std::make_pair(readCsv(path, fast), readCsv(path, general));
        };
        const auto [a, b] = tables(write("mixed.csv", csv));
        QVERIFY2(a.ok() && b.ok(), a.ok() ? "" : qPrintable(a.error().text()));
        QCOMPARE(a->rows, b->rows);
        QCOMPARE(a->rows, 3000);
        QCOMPARE(a->columns.size(), b->columns.size());
        for (size_t c = 0; c < a->columns.size(); ++c) {
            const Column &x = a->columns[c], &y = b->columns[c];
            QCOMPARE(x.numeric, y.numeric);
            QCOMPARE(x.integerTokens, y.integerTokens);
            QCOMPARE(x.hasMissing, y.hasMissing);
            QCOMPARE(x.firstTextLine, y.firstTextLine);
            QCOMPARE(x.firstText, y.firstText);
            QCOMPARE(x.dictionary, y.dictionary);
            QCOMPARE(x.ids, y.ids);
            QCOMPARE(x.size(), y.size());
            QCOMPARE(x.nonFinite, y.nonFinite);
            for (size_t i = 0; x.numeric && i < size_t(x.size()); ++i)
                QVERIFY2(sameBits(x.value(i), y.value(i)), qPrintable(QStringLiteral("column %1 row %2").arg(c).arg(i)));
        }
        QVERIFY(a->columns[0].numeric && !a->columns[1].numeric && !a->columns[2].numeric && a->columns[3].numeric);
        QVERIFY(a->columns[3].integerTokens);
        // errors after many plain rows name the same line either way
        std::string rows = "a,b\n";
        for (int i = 0; i < 5000; ++i)
            rows += std::to_string(i) + ",x\n";
        for (const std::string &tail : {std::string("1,2,3\n"), std::string("1\n"), std::string("\xFF,x\n"), std::string("1,\xFF\n"),
                                        std::string("\"open,x\n")}) {
            const auto [e1, e2] = tables(write("bad.csv", rows + tail + "5,y\n"));
            QVERIFY(!e1.ok() && !e2.ok());
            QCOMPARE(e1.error().text(), e2.error().text());
            QVERIFY2(e1.error().text().contains("line 5002") || e1.error().text().contains("never closed"),
                     qPrintable(e1.error().text()));
        }
    }

    // statistics straight from a packed column (decoded on the fly, short decimals sorted by
    // their digits) = statistics from a plain vector of the same doubles
    void packedColumnsMatchPlainVectors_data()
    {
        QTest::addColumn<bool>("withWide");
        QTest::addColumn<bool>("nonNegative"); // then the minimum is a zero, -0 where there is one
        QTest::newRow("short decimals only") << false << false;
        QTest::newRow("with wide values") << true << false;
        QTest::newRow("signed zeros at the bottom") << false << true;
    }
    void packedColumnsMatchPlainVectors()
    {
        QFETCH(bool, withWide);
        QFETCH(bool, nonNegative);
        std::mt19937_64 rng(withWide ? 5 : 6);
        std::uniform_int_distribution<int> pick(0, 999), frac(0, withWide ? 8 : 5); // 9 digits need a wide value
        auto cell = [&](double shift) -> std::string {
            const int r = pick(rng);
            if (r < 20) return "-0";
            if (r < 40) return "0.0";
            if (r < 60) return "1.50";
            if (r < 80) return "1.5";
            if (r < 90) return "";
            if (withWide && r < 100) return "1.25e-7";
            if (withWide && r < 105) return "123456789.125";
            std::normal_distribution<double> nd(shift, 2);
            char buf[64];
            std::snprintf(buf, sizeof buf, "%.*f", frac(rng), nonNegative ? std::abs(nd(rng)) : nd(rng));
            return buf;
        };
        std::string ref = "x\n", cur = "x\n";
        for (int i = 0; i < 20000; ++i) {
            ref += cell(0) + "\n";
            cur += cell(0.2) + "\n";
        }
        QTemporaryDir dir;
        auto write = [&](const char *name, const std::string &bytes) {
            QFile f(dir.filePath(name));
            f.open(QIODevice::WriteOnly);
            f.write(bytes.data(), qint64(bytes.size()));
            return f.fileName();
        };
        auto a = readCsv(write("ref.csv", ref));
        auto b = readCsv(write("cur.csv", cur));
        QVERIFY(a.ok() && b.ok());
        const Column &ca = a->columns[0], &cb = b->columns[0];
        QVERIFY(ca.numeric && ca.packed);
        QCOMPARE(ca.wide.empty(), !withWide);
        auto plain = [](const Column &c) {
            NumericSample s;
            for (size_t i = 0; i < size_t(c.size()); ++i)
                if (std::isfinite(c.value(i)))
                    s.finite.push_back(c.value(i));
                else
                    ++s.missing;
            return s;
        };
        ColumnDrift fromColumns, fromVectors;
        computeNumerical(fromColumns, numericSample(ca, nullptr, {}, nullptr), numericSample(cb, nullptr, {}, nullptr), {});
        computeNumerical(fromVectors, plain(ca), plain(cb), {});
        QCOMPARE(fromColumns.nRef, fromVectors.nRef);
        QCOMPARE(fromColumns.nMissingCur, fromVectors.nMissingCur);
        for (auto [x, y] : {std::pair{fromColumns.meanRef, fromVectors.meanRef}, {fromColumns.stdCur, fromVectors.stdCur},
                            {fromColumns.minRef, fromVectors.minRef}, {fromColumns.maxCur, fromVectors.maxCur},
                            {fromColumns.ksStatistic, fromVectors.ksStatistic}, {fromColumns.ksPvalue, fromVectors.ksPvalue},
                            {fromColumns.wasserstein, fromVectors.wasserstein}})
            QVERIFY2(sameBits(x, y), qPrintable(QStringLiteral("%1 vs %2").arg(x, 0, 'g', 17).arg(y, 0, 'g', 17)));
        QCOMPARE(fromColumns.cutPoints.size(), fromVectors.cutPoints.size());
        for (size_t i = 0; i < fromColumns.cutPoints.size(); ++i)
            QVERIFY(sameBits(fromColumns.cutPoints[i], fromVectors.cutPoints[i]));
        QCOMPARE(fromColumns.refShare, fromVectors.refShare);
        QCOMPARE(fromColumns.curShare, fromVectors.curShare);
        QCOMPARE(fromColumns.nUnique, fromVectors.nUnique);
        QVERIFY(std::signbit(fromColumns.minRef) == std::signbit(fromVectors.minRef));
        if (nonNegative)
            QVERIFY(fromColumns.minRef == 0 && std::signbit(fromColumns.minRef));
    }

    void radixSortReusesBuffers()
    {
        std::mt19937_64 rng(7);
        std::normal_distribution<double> nd(0, 100);
        for (size_t n : {300u, 5000u, 1000u, 70000u, 256u, 300000u}) {
            std::vector<double> v(n);
            for (double &x : v)
                x = nd(rng);
            v[0] = -0.0;
            v[1] = 0.0;
            std::vector<double> want = v;
            std::stable_sort(want.begin(), want.end(), [](double x, double y) {
                return x < y || (x == y && std::signbit(x) && !std::signbit(y));
            });
            radixSort(v);
            for (size_t i = 0; i < n; ++i)
                QVERIFY(sameBits(v[i], want[i]));
        }
        // keys that differ only in their lowest bits, and equal keys
        std::vector<double> v;
        for (int i = 0; i < 5000; ++i)
            v.push_back(std::nextafter(1.0, 2.0) * (1 + 1e-16 * double((i * 7919) % 4096)));
        std::vector<double> want = v;
        std::sort(want.begin(), want.end());
        radixSort(v);
        QVERIFY(v == want);
        v.assign(3000, 2.5);
        radixSort(v);
        QVERIFY(std::all_of(v.begin(), v.end(), [](double x) { return x == 2.5; }));
    }
    void mergedWalkMatchesSeparateWalks_data()
    {
        QTest::addColumn<int>("n1");
        QTest::addColumn<int>("n2");
        QTest::addColumn<int>("distinct"); // 0: continuous values
        QTest::newRow("continuous") << 3000 << 2500 << 0;
        QTest::newRow("ties") << 4000 << 3000 << 37;
        QTest::newRow("few values") << 2000 << 1500 << 4;
        QTest::newRow("small exact ks") << 300 << 200 << 11;
        QTest::newRow("signed zeros") << 1200 << 1100 << 3;
        QTest::newRow("signed zeros only") << 1200 << 1100 << 1;
    }
    void mergedWalkMatchesSeparateWalks()
    {
        QFETCH(int, n1);
        QFETCH(int, n2);
        QFETCH(int, distinct);
        std::mt19937_64 rng(std::uint64_t(n1) * 31 + std::uint64_t(distinct));
        std::normal_distribution<double> nd(0, 1);
        std::uniform_int_distribution<int> pick(0, std::max(0, distinct - 1)), coin(0, 1);
        auto draw = [&](int n, double shift) {
            NumericSample s;
            for (int i = 0; i < n; ++i) {
                double x = distinct ? double(pick(rng) - distinct / 2) : nd(rng) + shift;
                if (QByteArray(QTest::currentDataTag()).startsWith("signed zeros") && x == 0 && coin(rng))
                    x = -0.0;
                s.finite.push_back(x);
            }
            return s;
        };
        NumericSample a = draw(n1, 0.0), b = draw(n2, 0.3);
        std::vector<double> sa = a.finite, sb = b.finite;
        radixSort(sa);
        radixSort(sb);
        const KsResult ks = ks2samp(sa, sb);
        std::vector<double> scratch;
        const double w = wassersteinSorted(sa, sb, scratch);
        ColumnDrift out;
        computeNumerical(out, std::move(a), std::move(b), ColumnStatsOptions{});
        QVERIFY(sameBits(out.ksStatistic, ks.statistic));
        QVERIFY(sameBits(out.ksPvalue, ks.pvalue));
        QCOMPARE(out.ksExact, ks.exact);
        QVERIFY2(sameBits(out.wasserstein, w), qPrintable(QStringLiteral("%1 vs %2").arg(out.wasserstein, 0, 'g', 17).arg(w, 0, 'g', 17)));
        // bins from sorted keys (binary searches) = bins from a walk over the sorted doubles
        const std::vector<double> cuts = quantileCuts(sa, 10);
        QCOMPARE(out.cutPoints.size(), cuts.size());
        for (size_t i = 0; i < cuts.size(); ++i)
            QVERIFY(sameBits(out.cutPoints[i], cuts[i]));
        QCOMPARE(out.refShare, binShares(sa, cuts));
        QCOMPARE(out.curShare, binShares(sb, cuts));
        QVERIFY(sameBits(out.minRef, sa.front()) && sameBits(out.maxCur, sb.back()));
        std::vector<double> all = sa;
        all.insert(all.end(), sb.begin(), sb.end());
        std::sort(all.begin(), all.end());
        QCOMPARE(out.nUnique, std::int64_t(std::unique(all.begin(), all.end()) - all.begin()));
    }
};

QTEST_GUILESS_MAIN(TstDriftFastPaths)
#include "tst_driftfastpaths.moc"
