// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/drift/chisquare.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <string>
#include <vector>

namespace wb::drift {

/// Histogram-based distances between reference shares p and current shares q (same bins).
struct BinnedMetrics
{
    double psi = 0, kl = 0, js = 0, jsDivergence = 0, hellinger = 0, tvd = 0, lInfinity = 0;
    bool hasLInfinity = false;
};

/// Evidently's automatic test choice and decision for one column.
struct EvidentlyDecision
{
    QString method; ///< ks, chisquare, z, wasserstein, jensenshannon
    double score = 0;
    double threshold = 0;
    bool drift = false;
};

/// Everything computed for one column; field names follow reference_drift.py's JSON keys.
struct ColumnDrift
{
    QString column;
    bool numerical = true;
    std::int64_t nRef = 0, nCur = 0, nMissingRef = 0, nMissingCur = 0;
    QString error; ///< non-empty: no statistics (empty column after dropping missing values)
    QStringList warnings;

    // numerical
    double meanRef = 0, meanCur = 0, stdRef = 0, stdCur = 0, minRef = 0, maxRef = 0, minCur = 0, maxCur = 0;
    std::vector<double> cutPoints, refShare, curShare; ///< bins (numerical) or categories (categorical)
    double ksStatistic = 0, ksPvalue = 1;
    bool ksExact = false;
    double wasserstein = 0, wassersteinNormed = 0;
    std::int64_t nUnique = 0;

    // categorical
    int nCategories = 0, nNewCategories = 0, nVanishedCategories = 0;
    std::vector<std::string> categories; ///< shown categories, by ref+cur share descending
    bool categoriesTruncated = false;
    std::vector<std::string> newCategories, vanishedCategories;
    ChiSquareResult chi2, chi2Gof;

    BinnedMetrics binned;
    EvidentlyDecision evidently;

    // the decision of the selected method (--method)
    QString driftMethod;
    double driftScore = 0, driftThreshold = 0;
    bool drift = false;
    bool hasPvalue = false;
    double pvalue = 1; ///< ks (numerical) or chi2 contingency (categorical), for the corrections

    double missingRateRef() const { return nRef + nMissingRef ? double(nMissingRef) / double(nRef + nMissingRef) : 0.0; }
    double missingRateCur() const { return nCur + nMissingCur ? double(nMissingCur) / double(nCur + nMissingCur) : 0.0; }
};

struct DatasetDrift
{
    int nColumns = 0;
    int evidentlyDrifted = 0, evidentlyTested = 0;
    double driftShareThreshold = 0.5;
    bool evidentlyDatasetDrift = false;
    double alpha = 0.05;
    int nPvalues = 0;
    double bonferroniThreshold = 0;
    QStringList bonferroniColumns;
    bool bonferroniDrift = false;
    bool fdrDrift = false;
    double fdrThreshold = 0; ///< valid when fdrDrift
    QString method;          ///< the selected method
    int selectedDrifted = 0;
    bool selectedDatasetDrift = false;
};

struct DriftReport
{
    QString label; ///< window label ("2008") or "current"
    QString referenceSource, currentSource;
    std::vector<ColumnDrift> columns;
    DatasetDrift dataset;
};

} // namespace wb::drift
