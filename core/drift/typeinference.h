// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/drift/datatable.h"

#include <QStringList>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace wb::drift {

struct NumericSample
{
    std::vector<double> finite; ///< file order, NaN and +-inf removed
    std::int64_t missing = 0;
    /// Instead of `finite`: the finite values of this numeric column (file order, others
    /// skipped), decoded where they are used rather than copied here.
    const Column *column = nullptr;
    std::int64_t size() const { return column ? column->size() - missing : std::int64_t(finite.size()); }
};

struct CategoricalSample
{
    std::map<std::string, double> counts; ///< sorted by UTF-8 bytes = Python's str order
    std::int64_t n = 0, missing = 0;
};

/// reference_drift.py's typing: numerical when pandas would give a numeric (non-bool) dtype in
/// both files, unless forced either way.
bool isNumericalPair(const Column &ref, const Column &cur, bool forceNumerical, bool forceCategorical);

/// The column as numbers (pd.to_numeric(errors="coerce") for text columns); rows limited to `rows`
/// when given. Coerced text is reported in `warnings`.
NumericSample numericSample(const Column &c, const std::vector<std::int64_t> *rows, const QString &source,
                            QStringList *warnings);

/// The column as category strings (str(v) of pandas' value: "7" for int64, "7.0" for float64,
/// "True"/"False" for bools).
CategoricalSample categoricalSample(const Column &c, const std::vector<std::int64_t> *rows);

} // namespace wb::drift
