// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/drift/driftresult.h"
#include "core/drift/typeinference.h"

namespace wb::drift {

struct ColumnStatsOptions
{
    int bins = 10;
    double eps = 1e-4;
    int maxCategoriesOut = 50;
};

/// Fills the numerical fields of `out` (samples are consumed: sorted in place).
void computeNumerical(ColumnDrift &out, NumericSample ref, NumericSample cur, const ColumnStatsOptions &o);
/// Fills the categorical fields of `out`.
void computeCategorical(ColumnDrift &out, const CategoricalSample &ref, const CategoricalSample &cur,
                        const ColumnStatsOptions &o);

} // namespace wb::drift
