// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/drift/datatable.h"
#include "core/drift/driftresult.h"

#include <atomic>
#include <functional>

namespace wb::drift {

enum class DriftMethod { Auto, Reference, Psi, JensenShannon, Wasserstein, Ks, ChiSquare, LInfinity, Hellinger };

/// Parses "auto", "reference", "psi", "js", "wasserstein", "ks", "chi2", "linf", "hellinger".
Result<DriftMethod> parseDriftMethod(const QString &text);
QString driftMethodName(DriftMethod m);
/// Default threshold of a method (distances: drift if >=; p-values: drift if <).
double defaultThreshold(DriftMethod m);

struct DriftOptions
{
    QStringList categorical, numerical, exclude, columns;
    int bins = 10;
    double eps = 1e-4;
    double alpha = 0.05;
    int maxCategoriesOut = 50;
    DriftMethod method = DriftMethod::Auto;
    double threshold = -1; ///< < 0: the method's default
    double driftShare = 0.5;
    int threads = 0; ///< 0: QThread::idealThreadCount()
};

using ProgressFn = std::function<void(int done, int total)>;

/// Per-column drift between two tables, by default exactly as reference_drift.py computes it.
/// Columns are processed in parallel; `cancel` is polled between columns.
Result<DriftReport> computeDrift(const DataTable &reference, const DataTable &current, const DriftOptions &options,
                                 const ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr);

} // namespace wb::drift
