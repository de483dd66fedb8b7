// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/chisquare.h"

#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/normal.hpp>

#include <cmath>
#include <limits>

namespace wb::drift {

namespace {
using IgnoreErrors = boost::math::policies::policy<
    boost::math::policies::domain_error<boost::math::policies::ignore_error>,
    boost::math::policies::overflow_error<boost::math::policies::ignore_error>,
    boost::math::policies::underflow_error<boost::math::policies::ignore_error>,
    boost::math::policies::evaluation_error<boost::math::policies::ignore_error>>;
}

double chiSquareSf(double x, double dof)
{
    if (!(dof > 0) || std::isnan(x))
        return std::numeric_limits<double>::quiet_NaN();
    if (x <= 0)
        return 1.0;
    if (std::isinf(x))
        return 0.0;
    const boost::math::chi_squared_distribution<double, IgnoreErrors> dist(dof);
    return boost::math::cdf(boost::math::complement(dist, x));
}

double twoSidedNormalP(double z)
{
    const boost::math::normal_distribution<double, IgnoreErrors> n01;
    return 2 * (1 - boost::math::cdf(n01, std::abs(z)));
}

ChiSquareResult chi2Contingency(const std::vector<double> &rc, const std::vector<double> &cc)
{
    ChiSquareResult r;
    const size_t k = rc.size();
    double nr = 0, nc = 0;
    for (size_t i = 0; i < k; ++i) {
        nr += rc[i];
        nc += cc[i];
    }
    const double total = nr + nc;
    r.dof = int(k) - 1;
    if (r.dof <= 0) {
        r.statistic = 0.0;
        r.pvalue = 1.0;
        return r;
    }
    r.yates = r.dof == 1;
    double stat = 0.0;
    for (int row = 0; row < 2; ++row) {
        const std::vector<double> &obs = row == 0 ? rc : cc;
        const double rowSum = row == 0 ? nr : nc;
        for (size_t i = 0; i < k; ++i) {
            const double exp = rowSum * (rc[i] + cc[i]) / total;
            double o = obs[i];
            if (r.yates) {
                const double diff = exp - o;
                const double mag = std::min(0.5, std::abs(diff));
                o += diff > 0 ? mag : (diff < 0 ? -mag : 0.0);
            }
            stat += (o - exp) * (o - exp) / exp;
        }
    }
    r.statistic = stat;
    r.pvalue = chiSquareSf(stat, r.dof);
    return r;
}

ChiSquareResult chi2GoodnessOfFit(const std::vector<double> &rc, const std::vector<double> &cc)
{
    ChiSquareResult r;
    double nr = 0, nc = 0;
    for (size_t i = 0; i < rc.size(); ++i) {
        nr += rc[i];
        nc += cc[i];
    }
    r.dof = int(rc.size()) - 1;
    int kept = 0;
    double stat = 0.0;
    for (size_t i = 0; i < rc.size(); ++i) {
        const double exp = rc[i] * (nc / nr);
        if (exp == 0) {
            if (cc[i] > 0) {
                r.statistic = std::numeric_limits<double>::infinity();
                r.pvalue = 0.0;
                return r;
            }
            continue;
        }
        ++kept;
        stat += (cc[i] - exp) * (cc[i] - exp) / exp;
    }
    r.statistic = stat;
    r.pvalue = chiSquareSf(stat, kept - 1);
    return r;
}

} // namespace wb::drift
