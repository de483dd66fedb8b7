// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/idriftmetric.h"

#include <QObject>

#include <cmath>
#include <numeric>

class MeanShift : public QObject, public wb::plugin::IDriftMetric
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID MLWB_IDRIFTMETRIC_IID FILE "metric.json")
    Q_INTERFACES(wb::plugin::IDriftMetric)
public:
    QString id() const override { return QStringLiteral("mean-shift"); }
    QString name() const override { return QStringLiteral("Mean shift"); }
    double compute(const std::vector<double> &ref, const std::vector<double> &cur) const override
    {
        auto mean = [](const std::vector<double> &v) {
            return v.empty() ? 0.0 : std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
        };
        return std::abs(mean(cur) - mean(ref));
    }
    double threshold() const override { return 0.5; }
    bool higherIsDrift() const override { return true; }
};

#include "tp_metric.moc"
