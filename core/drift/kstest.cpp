// SPDX-License-Identifier: GPL-3.0-or-later
// Port of SciPy 1.10's ks_2samp p-value logic (Boost 1.74 on Debian 12 has no
// kolmogorov_smirnov.hpp, and its limiting distribution is not what SciPy uses anyway:
// SciPy evaluates the finite-n distribution kstwo(n) with n = round(n1 n2 / (n1 + n2))).
#include "core/drift/kstest.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace wb::drift {

namespace {

constexpr int kE128 = 128;
const double kEP128 = std::ldexp(1.0, kE128);
const double kEM128 = std::ldexp(1.0, -kE128);
constexpr double kPi = 3.14159265358979323846;

double clip01(double p) { return std::clamp(p, 0.0, 1.0); }

double logNFactorialDivNPowN(double n)
{
    static const double c[] = {-2.955065359477124183e-2, 6.4102564102564102564e-3,
                               -1.9175269175269175269e-3, 8.4175084175084175084e-4,
                               -5.952380952380952381e-4, 7.9365079365079365079e-4,
                               -2.7777777777777777778e-3, 8.3333333333333333333e-2};
    const double rn = 1.0 / n;
    const double x = rn / n;
    double poly = 0.0;
    for (double ci : c)
        poly = poly * x + ci;
    return std::log(n) / 2 - n + std::log(2 * kPi) / 2 + rn * poly;
}

using Matrix = std::vector<double>;

void matmul(const Matrix &a, const Matrix &b, Matrix &out, int m)
{
    std::fill(out.begin(), out.end(), 0.0);
    for (int i = 0; i < m; ++i)
        for (int k = 0; k < m; ++k) {
            const double aik = a[size_t(i) * m + k];
            if (aik == 0.0)
                continue;
            const double *brow = &b[size_t(k) * m];
            double *orow = &out[size_t(i) * m];
            for (int j = 0; j < m; ++j)
                orow[j] += aik * brow[j];
        }
}

// Durbin matrix algorithm (Marsaglia-Tsang-Wang), returns the CDF.
double kolmognDMTW(std::int64_t n, double d)
{
    if (d >= 1.0)
        return 1.0;
    const double nd = double(n) * d;
    if (nd <= 0.5)
        return 0.0;
    const int k = int(std::ceil(nd));
    const double h = k - nd;
    const int m = 2 * k - 1;
    Matrix H(size_t(m) * m, 0.0);
    std::vector<double> v(m), w(m);
    double fac = 1.0;
    for (int j = 1; j <= m; ++j) {
        v[j - 1] = 1.0 - std::pow(h, j);
        w[j - 1] = fac;
        fac /= j;
        v[j - 1] *= fac;
    }
    const double tt = std::pow(std::max(2 * h - 1.0, 0.0), m) - 2 * std::pow(h, m);
    v[m - 1] = (1.0 + tt) * fac;
    for (int i = 1; i < m; ++i)
        for (int r = i - 1; r < m; ++r)
            H[size_t(r) * m + i] = w[r - (i - 1)];
    for (int r = 0; r < m; ++r)
        H[size_t(r) * m] = v[r];
    for (int c = 0; c < m; ++c)
        H[size_t(m - 1) * m + c] = v[m - 1 - c];
    Matrix P(size_t(m) * m, 0.0), tmp(size_t(m) * m);
    for (int i = 0; i < m; ++i)
        P[size_t(i) * m + i] = 1.0;
    std::int64_t nn = n;
    long expnt = 0, hexpnt = 0;
    while (nn > 0) {
        if (nn % 2) {
            matmul(P, H, tmp, m);
            P.swap(tmp);
            expnt += hexpnt;
        }
        matmul(H, H, tmp, m);
        H.swap(tmp);
        hexpnt *= 2;
        if (std::abs(H[size_t(k - 1) * m + (k - 1)]) > kEP128) {
            for (double &x : H)
                x /= kEP128;
            hexpnt += kE128;
        }
        nn /= 2;
    }
    double p = P[size_t(k - 1) * m + (k - 1)];
    for (std::int64_t i = 1; i <= n; ++i) {
        p = double(i) * p / double(n);
        if (std::abs(p) < kEM128) {
            p *= kEP128;
            expnt -= kE128;
        }
    }
    if (expnt != 0)
        p = std::ldexp(p, int(expnt));
    return clip01(p);
}

void pomeranzJ1J2(std::int64_t i, std::int64_t n, std::int64_t ll, int ceilf, int roundf,
                  std::int64_t &j1, std::int64_t &j2)
{
    std::int64_t a, b;
    if (i == 0) {
        a = -ll - ceilf - 1;
        b = ll + ceilf - 1;
    } else {
        const std::int64_t ip1div2 = (i + 1) / 2, ip1mod2 = (i + 1) % 2;
        if (ip1mod2 == 0) {
            if (ip1div2 == n + 1) {
                a = n - ll - ceilf - 1;
                b = n + ll + ceilf - 1;
            } else {
                a = ip1div2 - 1 - ll - roundf - 1;
                b = ip1div2 + ll - 1 + ceilf - 1;
            }
        } else {
            a = ip1div2 - 1 - ll - 1;
            b = ip1div2 + ll + roundf - 1;
        }
    }
    j1 = std::max<std::int64_t>(a + 2, 0);
    j2 = std::min<std::int64_t>(b, n);
}

// Pomeranz recursion, returns the CDF.
double kolmognPomeranz(std::int64_t n, double x)
{
    const double t = double(n) * x;
    const std::int64_t ll = std::int64_t(std::floor(t));
    const double f = t - double(ll);
    const double g = std::min(f, 1.0 - f);
    const int ceilf = f > 0 ? 1 : 0;
    const int roundf = f > 0.5 ? 1 : 0;
    const std::int64_t npwrs = 2 * (ll + 1);
    std::vector<double> gp(npwrs), tgp(npwrs), omp(npwrs);
    gp[0] = tgp[0] = omp[0] = 1.0;
    const double gn = g / double(n), tgn = 2 * g / double(n), omn = (1 - 2 * g) / double(n);
    for (std::int64_t m = 1; m < npwrs; ++m) {
        gp[m] = gp[m - 1] * gn / double(m);
        tgp[m] = tgp[m - 1] * tgn / double(m);
        omp[m] = omp[m - 1] * omn / double(m);
    }
    std::vector<double> V0(npwrs, 0.0), V1(npwrs, 0.0), conv;
    V1[0] = 1;
    std::int64_t V0s = 0, V1s = 0, j1, j2;
    long expnt = 0;
    pomeranzJ1J2(0, n, ll, ceilf, roundf, j1, j2);
    for (std::int64_t i = 1; i < 2 * n + 2; ++i) {
        const std::int64_t k1 = j1;
        std::swap(V0, V1);
        std::swap(V0s, V1s);
        std::fill(V1.begin(), V1.end(), 0.0);
        pomeranzJ1J2(i, n, ll, ceilf, roundf, j1, j2);
        const std::vector<double> &pw = (i == 1 || i == 2 * n + 1) ? gp : ((i % 2) ? tgp : omp);
        const std::int64_t ln2 = j2 - k1 + 1;
        if (ln2 > 0) {
            // full convolution of V0[k1-V0s .. +ln2) with pw[0..ln2)
            conv.assign(size_t(2 * ln2 - 1), 0.0);
            const double *a = &V0[size_t(k1 - V0s)];
            for (std::int64_t p = 0; p < ln2; ++p)
                for (std::int64_t q = 0; q < ln2; ++q)
                    conv[size_t(p + q)] += a[p] * pw[size_t(q)];
            const std::int64_t start = j1 - k1, len = j2 - j1 + 1;
            for (std::int64_t c = 0; c < len; ++c)
                V1[size_t(c)] = conv[size_t(start + c)];
            const double mx = *std::max_element(V1.begin(), V1.end());
            if (0 < mx && mx < kEM128) {
                for (double &v : V1)
                    v *= kEP128;
                expnt -= kE128;
            }
            V1s = V0s + j1 - k1;
        }
    }
    double ans = V1[size_t(n - V1s)];
    for (std::int64_t m = 1; m <= n; ++m) {
        if (std::abs(ans) > kEP128) {
            ans *= kEM128;
            expnt += kE128;
        }
        ans *= double(m);
    }
    if (expnt != 0)
        ans = std::ldexp(ans, int(expnt));
    return clip01(ans);
}

// Pelz-Good asymptotic series, returns the CDF.
double kolmognPelzGood(std::int64_t n, double x)
{
    if (x <= 0.0)
        return 0.0;
    if (x >= 1.0)
        return 1.0;
    const double pi2 = kPi * kPi, pi4 = pi2 * pi2, pi6 = pi4 * pi2;
    const double z = std::sqrt(double(n)) * x;
    const double z2 = z * z, z3 = z2 * z, z4 = z2 * z2, z6 = z4 * z2;
    const double qlog = -pi2 / 8 / z2;
    if (qlog < -708)
        return 0.0;
    double q = std::exp(qlog);
    const double k1a = -z2, k1b = pi2 / 4;
    const double k2a = 6 * z6 + 2 * z4, k2b = (2 * z4 - 5 * z2) * pi2 / 4, k2c = pi4 * (1 - 2 * z2) / 16;
    const double k3d = pi6 * (5 - 30 * z2) / 64, k3c = pi4 * (-60 * z2 + 212 * z4) / 16;
    const double k3b = pi2 * (135 * z4 - 96 * z6) / 4, k3a = -30 * z6 - 90 * std::pow(z, 8);
    double K[4] = {0, 0, 0, 0};
    const int maxk = int(std::ceil(16 * z / kPi));
    for (int k = maxk; k > 0; --k) {
        const double m = 2.0 * k - 1, m2 = m * m, m4 = m2 * m2, m6 = m4 * m2;
        const double qp = std::pow(q, 8.0 * k);
        const double c[4] = {1.0, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4,
                             k3a + k3b * m2 + k3c * m4 + k3d * m6};
        for (int i = 0; i < 4; ++i)
            K[i] = K[i] * qp + c[i];
    }
    const double s2pi = std::sqrt(2 * kPi);
    const double div[4] = {z, 6 * z4, 72 * std::pow(z, 7), 6480 * std::pow(z, 10)};
    for (int i = 0; i < 4; ++i)
        K[i] = K[i] * q * s2pi / div[i];
    q = std::exp(-pi2 / 2 / z2);
    double k2extra = 0.0, k3extra = 0.0;
    const double sqrt3z = std::sqrt(3.0) * z;
    for (int k = maxk; k > 0; --k) {
        const double ks2 = double(k) * k;
        const double qp = std::pow(q, ks2);
        k2extra += ks2 * qp;
        const double kspi = kPi * k;
        k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * ks2 * qp;
    }
    K[2] += k2extra * pi2 * s2pi / (-36 * z3);
    K[3] += k3extra * pi2 * s2pi / (216 * z6);
    double sum = 0.0;
    for (int i = 0; i < 4; ++i)
        sum += K[i] / std::pow(double(n), i / 2.0);
    return sum;
}

// Exact two-sided probability for n1 == n2 (Horner-like scheme of SciPy).
double probOutsideSquare(std::int64_t n, std::int64_t h)
{
    double P = 0.0;
    std::int64_t k = n / h;
    while (k >= 0) {
        double p1 = 1.0;
        for (std::int64_t j = 0; j < h; ++j)
            p1 = double(n - k * h - j) * p1 / double(n + k * h + j + 1);
        P = p1 * (1.0 - P);
        --k;
    }
    return 2 * P;
}

// Hodges' inside method computing 1 - p directly (Viehmann), as in SciPy's pythran kernel.
double outerProbInsideMethod(std::int64_t m, std::int64_t n, std::int64_t g, std::int64_t h)
{
    if (m < n)
        std::swap(m, n);
    const std::int64_t mg = m / g, ng = n / g;
    std::int64_t minj = 0;
    std::int64_t maxj = std::min<std::int64_t>(std::int64_t(std::ceil(double(h) / double(mg))), n + 1);
    std::int64_t curlen = maxj - minj;
    const std::int64_t lenA = std::min<std::int64_t>(2 * maxj + 2, n + 1);
    std::vector<double> A(size_t(lenA), 1.0);
    std::fill(A.begin() + minj, A.begin() + maxj, 0.0);
    for (std::int64_t i = 1; i <= m; ++i) {
        const std::int64_t lastminj = minj, lastlen = curlen;
        minj = std::max<std::int64_t>(std::int64_t(std::floor(double(ng * i - h) / double(mg))) + 1, 0);
        minj = std::min(minj, n);
        maxj = std::min<std::int64_t>(std::int64_t(std::ceil(double(ng * i + h) / double(mg))), n + 1);
        if (maxj <= minj)
            return 1.0;
        double val = minj == 0 ? 0.0 : 1.0;
        for (std::int64_t jj = 0; jj < maxj - minj; ++jj) {
            const std::int64_t j = jj + minj;
            val = (A[size_t(jj + minj - lastminj)] * double(i) + val * double(j)) / double(i + j);
            A[size_t(jj)] = val;
        }
        curlen = maxj - minj;
        if (lastlen > curlen)
            std::fill(A.begin() + (maxj - minj), A.begin() + (maxj - minj) + (lastlen - curlen), 1.0);
    }
    return A[size_t(maxj - minj - 1)];
}

} // namespace

double smirnovSf(std::int64_t n, double e)
{
    if (!(n > 0 && e >= 0.0 && e <= 1.0))
        return std::nan("");
    if (e == 0.0)
        return 1.0;
    const std::int64_t nn = std::int64_t(std::floor(double(n) * (1.0 - e)));
    double p = 0.0;
    if (n < 1013) {
        double c = 1.0;
        for (std::int64_t v = 0; v <= nn; ++v) {
            const double evn = e + double(v) / double(n);
            p += c * std::pow(evn, double(v - 1)) * std::pow(1.0 - evn, double(n - v));
            c *= double(n - v) / double(v + 1);
        }
    } else {
        const double lg = std::lgamma(double(n + 1));
        bool seenLarge = false;
        for (std::int64_t v = 0; v <= nn; ++v) {
            const double evn = e + double(v) / double(n);
            const double omevn = 1.0 - evn;
            if (std::abs(omevn) > 0.0) {
                const double t = lg - std::lgamma(double(v + 1)) - std::lgamma(double(n - v + 1))
                                 + double(v - 1) * std::log(evn) + double(n - v) * std::log(omevn);
                if (t > -708.39) {
                    p += std::exp(t);
                    seenLarge = true;
                } else if (seenLarge && t < -800) {
                    break; // past the peak the terms only shrink (log-concave in v)
                }
            }
        }
    }
    return p * e;
}

double kolmogorovSmirnovSf(std::int64_t n, double x)
{
    if (n <= 0 || std::isnan(x))
        return std::nan("");
    if (x >= 1.0)
        return 0.0;
    if (x <= 0.0)
        return 1.0;
    const double t = double(n) * x;
    if (t <= 1.0) {
        if (t <= 0.5)
            return 1.0;
        double prob;
        if (n <= 140) {
            prob = 1.0;
            for (std::int64_t i = 1; i <= n; ++i)
                prob *= double(i) * (1.0 / double(n)) * (2 * t - 1);
        } else {
            prob = std::exp(logNFactorialDivNPowN(double(n)) + double(n) * std::log(2 * t - 1));
        }
        return clip01(1.0 - prob);
    }
    if (t >= double(n - 1))
        return clip01(2 * std::pow(1.0 - x, double(n)));
    if (x >= 0.5)
        return clip01(2 * smirnovSf(n, x));
    const double nx2 = t * x;
    if (n <= 140) {
        if (nx2 <= 0.754693)
            return clip01(1.0 - kolmognDMTW(n, x));
        if (nx2 <= 4)
            return clip01(1.0 - kolmognPomeranz(n, x));
        return clip01(2 * smirnovSf(n, x));
    }
    if (nx2 >= 370.0)
        return 0.0;
    if (nx2 >= 2.2)
        return clip01(2 * smirnovSf(n, x));
    double cdf;
    if (nx2 >= 18.0)
        cdf = 1.0;
    else if (n <= 100000 && double(n) * std::pow(x, 1.5) <= 1.4)
        cdf = kolmognDMTW(n, x);
    else
        cdf = kolmognPelzGood(n, x);
    return clip01(1.0 - cdf);
}

KsResult ks2samp(const std::vector<double> &a, const std::vector<double> &b)
{
    KsResult r;
    const std::int64_t n1 = std::int64_t(a.size()), n2 = std::int64_t(b.size());
    if (n1 == 0 || n2 == 0) {
        r.statistic = std::nan("");
        r.pvalue = std::nan("");
        return r;
    }
    // cdf differences at every observed value (searchsorted side='right'), as SciPy does
    double maxS = -1e300, minDiff = 1e300;
    std::int64_t i = 0, j = 0;
    while (i < n1 || j < n2) {
        double v;
        if (j >= n2 || (i < n1 && a[size_t(i)] <= b[size_t(j)]))
            v = a[size_t(i)];
        else
            v = b[size_t(j)];
        while (i < n1 && a[size_t(i)] <= v)
            ++i;
        while (j < n2 && b[size_t(j)] <= v)
            ++j;
        const double diff = double(i) / double(n1) - double(j) / double(n2);
        maxS = std::max(maxS, diff);
        minDiff = std::min(minDiff, diff);
    }
    return ks2sampFromExtremes(n1, n2, maxS, minDiff);
}

KsResult ks2sampFromExtremes(std::int64_t n1, std::int64_t n2, double maxS, double minDiff)
{
    KsResult r;
    const double minS = std::clamp(-minDiff, 0.0, 1.0);
    double d = minS > maxS ? minS : maxS;
    double prob = std::nan("");
    bool exactOk = false;
    if (std::max(n1, n2) <= 10000) {
        const std::int64_t g = std::gcd(n1, n2);
        const std::int64_t lcm = (n1 / g) * n2;
        const std::int64_t h = std::int64_t(std::nearbyint(d * double(lcm)));
        d = double(h) * 1.0 / double(lcm);
        if (h == 0) {
            prob = 1.0;
            exactOk = true;
        } else {
            prob = n1 == n2 ? probOutsideSquare(n1, h) : outerProbInsideMethod(n1, n2, g, h);
            exactOk = std::isfinite(prob) && prob >= 0 && prob <= 1;
        }
    }
    if (!exactOk) {
        const double m = double(std::max(n1, n2)), n = double(std::min(n1, n2));
        const double en = m * n / (m + n);
        prob = kolmogorovSmirnovSf(std::int64_t(std::nearbyint(en)), d);
    }
    r.statistic = d;
    r.pvalue = std::clamp(prob, 0.0, 1.0);
    r.exact = exactOk;
    return r;
}

} // namespace wb::drift
