// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/drift/datatable.h"
#include "core/drift/typeinference.h"

#include <cstdint>

namespace wb::drift {

/// A numerical sample ready for the statistics (internal to computeNumerical), from tight passes
/// over it: its finite values in file order (its own vector, or its column's decoded into
/// `decoded`), their numpy sum, and their sort keys in keys[] with the smallest and largest key.
struct PreparedSample
{
    const double *data = nullptr;
    size_t n = 0;
    double sum = 0;
    std::uint64_t lo = ~std::uint64_t(0), hi = 0;
    bool decimalKeys = false; ///< keys[] holds digit keys (see the .cpp), not IEEE ones

    PreparedSample(const NumericSample &s, CellVector<double> &decoded, CellVector<std::uint64_t> &keys);
    /// numpySum of (x - mean)^2, streamed
    double squares(double mean) const;
    /// The sorted sample as IEEE keys (numerics.h sortKey) in `sorted`, n + 1 entries: a sentinel
    /// above every key ends it. keys[] is clobbered.
    void sortInto(CellVector<std::uint64_t> &keys, CellVector<std::uint64_t> &sorted) const;
    /// The finite values of a numeric column, in order.
    static void decodeFinite(const Column &c, double *out);
};

} // namespace wb::drift
