// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtPlugin>

#include <vector>

namespace wb::plugin {

/// An extra drift metric: a pure function of a reference and a current sample.
class IDriftMetric
{
public:
    virtual ~IDriftMetric() = default;

    virtual QString id() const = 0;
    virtual QString name() const = 0;
    virtual double compute(const std::vector<double> &reference, const std::vector<double> &current) const = 0;
    /// Default alert threshold, and whether values above it (true) or below it mean drift.
    virtual double threshold() const = 0;
    virtual bool higherIsDrift() const = 0;
};

} // namespace wb::plugin

#define MLWB_IDRIFTMETRIC_IID "io.mlwb.IDriftMetric/1"
Q_DECLARE_INTERFACE(wb::plugin::IDriftMetric, MLWB_IDRIFTMETRIC_IID)
