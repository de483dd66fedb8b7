// SPDX-License-Identifier: GPL-3.0-or-later
// Fast paths must give bit-identical results to the straightforward code they short-cut:
// the CSV number parser's Clinger path vs std::from_chars, radix sort with its reused per-thread
// buffer, and computeNumerical's single merged walk vs ks2samp + wassersteinSorted.
#include "core/drift/columnstats.h"
#include "core/drift/csvreader.h"
#include "core/drift/kstest.h"
#include "core/drift/metrics.h"
#include "core/drift/numerics.h"

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
    void radixSortReusesBuffers()
    {
        std::mt19937_64 rng(7);
        std::normal_distribution<double> nd(0, 100);
        for (size_t n : {300u, 5000u, 1000u, 70000u, 256u}) {
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
        std::vector<double> all = sa;
        all.insert(all.end(), sb.begin(), sb.end());
        std::sort(all.begin(), all.end());
        QCOMPARE(out.nUnique, std::int64_t(std::unique(all.begin(), all.end()) - all.begin()));
    }
};

QTEST_GUILESS_MAIN(TstDriftFastPaths)
#include "tst_driftfastpaths.moc"
