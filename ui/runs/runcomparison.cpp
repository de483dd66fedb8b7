// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/runs/runcomparison.h"

#include "core/base/tr.h"
#include "ui/runs/runformat.h"

#include <QMap>

#include <algorithm>
#include <cmath>
#include <limits>

namespace wb::ui {

using namespace wb::store;

namespace {

bool toNumber(const QVariant &v, double *out)
{
    if (!v.isValid() || v.isNull())
        return false;
    bool ok = false;
    const double d = v.typeId() == QMetaType::QString ? v.toString().trimmed().toDouble(&ok) : v.toDouble(&ok);
    if (ok && out)
        *out = d;
    return ok;
}

QList<CompareRow> compareMaps(const QList<QMap<QString, QVariant>> &maps)
{
    QMap<QString, CompareRow> rows;
    for (int i = 0; i < maps.size(); ++i) {
        for (auto it = maps[i].constBegin(); it != maps[i].constEnd(); ++it)
            rows[it.key()].key = it.key();
    }
    QList<CompareRow> out;
    for (CompareRow row : std::as_const(rows)) {
        for (const auto &m : maps)
            row.values << m.value(row.key);
        for (int i = 1; i < row.values.size(); ++i) {
            if (!RunComparison::sameValue(row.values[0], row.values[i]))
                row.differs = true;
        }
        out << row;
    }
    return out;
}

QString prop(const ExecutionInfo &e, const char *name)
{
    const QVariant v = e.customProperties.value(QLatin1String(name));
    if (v.typeId() == QMetaType::QVariantList || v.typeId() == QMetaType::QStringList)
        return v.toStringList().join(QLatin1Char(' '));
    return RunFormat::valueText(v);
}

} // namespace

bool RunComparison::sameValue(const QVariant &a, const QVariant &b)
{
    const bool va = a.isValid() && !a.isNull(), vb = b.isValid() && !b.isNull();
    if (va != vb)
        return false;
    if (!va)
        return true;
    double x = 0, y = 0;
    if (toNumber(a, &x) && toNumber(b, &y))
        return x == y || (std::isnan(x) && std::isnan(y));
    return RunFormat::valueText(a) == RunFormat::valueText(b);
}

RunComparison RunComparison::build(const QList<RunDetail> &details)
{
    RunComparison c;
    QList<QMap<QString, QVariant>> params, metrics, datasets, commits;
    for (const RunDetail &d : details) {
        c.runs << d.summary;
        params << d.summary.params;
        metrics << d.summary.metrics;
        datasets << d.runProperties.value(QStringLiteral("dataset_manifest_hashes")).toMap();
        QMap<QString, QVariant> git;
        if (d.runProperties.contains(QStringLiteral("git_commit")))
            git.insert(QStringLiteral("git_commit"), d.runProperties.value(QStringLiteral("git_commit")));
        commits << git;
    }
    c.params = compareMaps(params);
    for (const RunDetail &d : details) {
        for (const QString &name : d.summary.runMetrics) {
            if (!c.runMetrics.contains(name))
                c.runMetrics << name;
        }
    }
    // Run metrics first, in their order (stable: the rest stays sorted by name).
    c.metrics = compareMaps(metrics);
    for (CompareRow &row : c.metrics)
        row.runMetric = c.runMetrics.contains(row.key);
    std::stable_sort(c.metrics.begin(), c.metrics.end(), [&](const CompareRow &a, const CompareRow &b) {
        const qsizetype ia = a.runMetric ? c.runMetrics.indexOf(a.key) : c.runMetrics.size();
        const qsizetype ib = b.runMetric ? c.runMetrics.indexOf(b.key) : c.runMetrics.size();
        return ia < ib;
    });
    c.datasets = compareMaps(datasets);
    c.gitCommits = compareMaps(commits);

    QStringList taskOrder;
    QList<QHash<QString, const ExecutionInfo *>> byTask;
    for (const RunDetail &d : details) {
        QHash<QString, const ExecutionInfo *> tasks;
        for (const StepDetail &s : d.steps) {
            QString name = s.execution.customProperties.value(QStringLiteral("task_name")).toString();
            if (name.isEmpty())
                name = s.execution.displayName();
            tasks.insert(name, &s.execution);
            if (!taskOrder.contains(name))
                taskOrder << name;
        }
        byTask << tasks;
    }
    for (const QString &task : std::as_const(taskOrder)) {
        TaskCompareRow row;
        row.task = task;
        for (int i = 0; i < byTask.size(); ++i) {
            const ExecutionInfo *e = byTask[i].value(task);
            row.present << (e != nullptr);
            QString image = e ? prop(*e, "image") : QString();
            if (e && image.isEmpty())
                image = prop(*e, "image_id");
            row.images << image;
            row.commands << (e ? prop(*e, "resolved_command") : QString());
            row.cacheKeys << (e ? prop(*e, "cache_fingerprint") : QString());
            row.states << (e ? RunFormat::executionStateText(e->state) : QString());
        }
        for (int i = 0; i < row.present.size(); ++i) {
            if (!row.present[i])
                row.reasons << Tr::tr("absent in %1").arg(c.runLabel(i));
        }
        auto differsAmongPresent = [&](const QStringList &values) {
            QString first;
            bool seen = false;
            for (int i = 0; i < values.size(); ++i) {
                if (!row.present[i])
                    continue;
                if (!seen) {
                    first = values[i];
                    seen = true;
                } else if (values[i] != first) {
                    return true;
                }
            }
            return false;
        };
        if (differsAmongPresent(row.commands))
            row.reasons << Tr::tr("command");
        if (differsAmongPresent(row.images))
            row.reasons << Tr::tr("image");
        if (differsAmongPresent(row.cacheKeys))
            row.reasons << Tr::tr("cache key");
        c.tasks << row;
    }
    return c;
}

QStringList RunComparison::numericKeys() const
{
    QStringList keys;
    auto add = [&](const QList<CompareRow> &rows, const QString &prefix) {
        for (const CompareRow &r : rows) {
            bool any = false;
            for (const QVariant &v : r.values)
                any = any || toNumber(v, nullptr);
            if (any)
                keys << prefix + r.key;
        }
    };
    add(params, QStringLiteral("param."));
    add(metrics, QStringLiteral("metric."));
    return keys;
}

double RunComparison::numericValue(const QString &key, int run) const
{
    const bool isParam = key.startsWith(QLatin1String("param."));
    const QString name = key.mid(isParam ? 6 : 7);
    for (const CompareRow &r : isParam ? params : metrics) {
        double d = 0;
        if (r.key == name && run < r.values.size() && toNumber(r.values[run], &d))
            return d;
    }
    return std::numeric_limits<double>::quiet_NaN();
}

QString RunComparison::runLabel(int run) const
{
    if (run < 0 || run >= runs.size())
        return {};
    const RunSummary &r = runs[run];
    return r.displayName.isEmpty() ? r.name : r.displayName;
}

} // namespace wb::ui
