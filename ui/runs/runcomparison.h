// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/storetypes.h"

#include <QStringList>
#include <QVariant>

namespace wb::ui {

/// What differs between 2..N runs: pure data, built from store::RunDetail values and shown
/// by CompareRunsView.
struct CompareRow
{
    QString key;
    QList<QVariant> values; ///< one per run; invalid = absent
    bool differs = false;
    bool runMetric = false; ///< metrics: named as a run metric by a compared run's pipeline
};

struct TaskCompareRow
{
    QString task;
    QList<bool> present;     ///< per run
    QStringList images;      ///< per run
    QStringList commands;    ///< per run, joined
    QStringList cacheKeys;   ///< per run
    QStringList states;      ///< per run, execution state text
    QStringList reasons;     ///< why it differs ("absent in run-2", "command", ...); empty: same
    bool differs() const { return !reasons.isEmpty(); }
};

struct RunComparison
{
    QList<store::RunSummary> runs;
    QList<CompareRow> params;
    /// Store names ("evaluate-logreg.roc_auc"): the run metrics first (in the order the runs'
    /// pipelines name them), then the others by name.
    QList<CompareRow> metrics;
    QStringList runMetrics; ///< union of the runs' RunSummary::runMetrics
    QList<CompareRow> datasets; ///< dataset path -> manifest hash per run
    QList<CompareRow> gitCommits; ///< one row "git_commit"
    QList<TaskCompareRow> tasks;

    static RunComparison build(const QList<store::RunDetail> &runs);
    static bool sameValue(const QVariant &a, const QVariant &b);
    /// Numeric parameters and metrics usable as chart axes ("param.lr", "metric.auc").
    QStringList numericKeys() const;
    /// Value of "param.x" / "metric.y" for run i, NaN when absent or not numeric.
    double numericValue(const QString &key, int run) const;
    QString runLabel(int run) const;
};

} // namespace wb::ui
