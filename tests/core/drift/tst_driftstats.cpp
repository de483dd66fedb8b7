// SPDX-License-Identifier: GPL-3.0-or-later
// KS distribution and test against values SciPy 1.10.1 printed (tests/data/drift/ks_scipy.csv),
// covering the exact, Durbin, Pomeranz, Pelz-Good and Smirnov branches and the asymptotic
// two-sample path (n > 10000).
#include "core/drift/chisquare.h"
#include "core/drift/kstest.h"
#include "core/drift/metrics.h"
#include "core/drift/numerics.h"

#include <QFile>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace wb::drift;

class TstDriftStats : public QObject
{
    Q_OBJECT

    static std::vector<double> sample(int n, double a, double shift)
    {
        std::vector<double> v(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i)
            v[size_t(i)] = std::sin(i * a) * 1.0 + std::cos(i * 0.37) * 0.5 + shift;
        std::sort(v.begin(), v.end());
        return v;
    }

private slots:
    void againstScipy()
    {
        QFile f(QStringLiteral(MLWB_SOURCE_DIR "/tests/data/drift/ks_scipy.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        int sf = 0, ks = 0;
        while (!f.atEnd()) {
            const QList<QByteArray> p = f.readLine().trimmed().split(',');
            if (p[0] == "sf") {
                const double got = kolmogorovSmirnovSf(p[1].toLongLong(), p[2].toDouble());
                QVERIFY2(std::abs(got - p[3].toDouble()) < 1e-9,
                         qPrintable(QStringLiteral("kstwo.sf(%1, n=%2) = %3, scipy %4").arg(QString(p[2]), QString(p[1])).arg(got, 0, 'g', 17).arg(QString(p[3]))));
                ++sf;
            } else {
                const auto a = sample(p[1].toInt(), 1.3, 0.0), b = sample(p[2].toInt(), 0.7, p[3].toDouble());
                const KsResult r = ks2samp(a, b);
                QVERIFY2(std::abs(r.statistic - p[4].toDouble()) <= 1e-12, qPrintable(QString(p.join(','))));
                QVERIFY2(std::abs(r.pvalue - p[5].toDouble()) < 1e-9,
                         qPrintable(QStringLiteral("%1: p %2").arg(QString(p.join(','))).arg(r.pvalue, 0, 'g', 17)));
                ++ks;
            }
        }
        QVERIFY(sf > 50);
        QVERIFY(ks >= 7);
    }

    void chiSquare()
    {
        // scipy.stats.chi2_contingency([[10, 20], [20, 10]]) -> (5.4, 0.0201...), Yates applied
        const ChiSquareResult r = chi2Contingency({10, 20}, {20, 10});
        QVERIFY(r.yates);
        QCOMPARE(r.dof, 1);
        QVERIFY(std::abs(r.statistic - 5.4) < 1e-12);
        QVERIFY(std::abs(r.pvalue - 0.02013675155034633) < 1e-12);
        const ChiSquareResult g = chi2GoodnessOfFit({0, 10}, {3, 7});
        QVERIFY(std::isinf(g.statistic));
        QCOMPARE(g.pvalue, 0.0);
    }

    void pythonRepr()
    {
        QCOMPARE(pyFloatRepr(0.1), std::string("0.1"));
        QCOMPARE(pyFloatRepr(1.0), std::string("1.0"));
        QCOMPARE(pyFloatRepr(1e16), std::string("1e+16"));
        QCOMPARE(pyFloatRepr(1e-5), std::string("1e-05"));
        QCOMPARE(pyFloatRepr(0.0001), std::string("0.0001"));
        QCOMPARE(pyFloatRepr(-2.5e-300), std::string("-2.5e-300"));
        QCOMPARE(pyFloatRepr(123456789012345.6), std::string("123456789012345.6"));
    }

    void radix()
    {
        std::vector<double> v;
        for (int i = 0; i < 5000; ++i)
            v.push_back(std::sin(i * 12.9898) * 43758.5453 * ((i % 7) ? 1 : -1e-300));
        v.push_back(-0.0);
        v.push_back(std::numeric_limits<double>::infinity());
        auto w = v;
        radixSort(v);
        std::sort(w.begin(), w.end());
        QCOMPARE(v, w);
    }

    void quantiles()
    {
        // np.quantile([1..10], [.1..0.9]) with ties removed by np.unique
        std::vector<double> a{1, 2, 2, 2, 2, 2, 2, 8, 9, 10};
        const auto cuts = quantileCuts(a, 10);
        QCOMPARE(cuts, (std::vector<double>{1.9, 2.0, 3.799999999999999, 8.2, 9.1}));
    }
};

QTEST_GUILESS_MAIN(TstDriftStats)
#include "tst_driftstats.moc"
