// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vcs/datasetcompare.h"

#include "core/base/tr.h"
#include "core/vcs/datasetscan.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace wb::vcs {

DatasetDiff diffDatasets(const DatasetManifest &a, const DatasetManifest &b)
{
    DatasetDiff d;
    d.md5From = a.md5;
    d.md5To = b.md5;
    d.sizeFrom = a.size;
    d.sizeTo = b.size;
    d.nfilesFrom = a.nfiles;
    d.nfilesTo = b.nfiles;
    d.pathFrom = a.path;
    d.pathTo = b.path;
    if (a.table)
        d.rowsFrom = a.table->rows;
    if (b.table)
        d.rowsTo = b.table->rows;
    const QList<ColumnProfile> ca = a.table ? a.table->columns : QList<ColumnProfile>();
    const QList<ColumnProfile> cb = b.table ? b.table->columns : QList<ColumnProfile>();
    for (const ColumnProfile &x : ca) {
        auto it = std::find_if(cb.begin(), cb.end(), [&](const ColumnProfile &y) { return y.name == x.name; });
        if (it == cb.end()) {
            d.columnsRemoved.append(x.name);
            continue;
        }
        if (it->type != x.type)
            d.columnsRetyped.append({x.name, columnTypeName(x.type), columnTypeName(it->type)});
        if (it->missing != x.missing)
            d.missingChanged.append({x.name, x.missing, it->missing});
    }
    for (const ColumnProfile &y : cb)
        if (std::none_of(ca.begin(), ca.end(), [&](const ColumnProfile &x) { return x.name == y.name; }))
            d.columnsAdded.append(y.name);
    return d;
}

QStringList DatasetDiff::changedFields() const
{
    QStringList f;
    if (hashChanged())
        f << QStringLiteral("md5");
    if (sizeFrom != sizeTo)
        f << QStringLiteral("size");
    if (nfilesFrom != nfilesTo)
        f << QStringLiteral("nfiles");
    if (rowsFrom != rowsTo)
        f << QStringLiteral("rows");
    if (pathFrom != pathTo)
        f << QStringLiteral("path");
    if (!columnsAdded.isEmpty() || !columnsRemoved.isEmpty())
        f << QStringLiteral("columns");
    if (!columnsRetyped.isEmpty())
        f << QStringLiteral("types");
    if (!missingChanged.isEmpty())
        f << QStringLiteral("missing");
    return f;
}

static QJsonValue optional(const std::optional<qint64> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue();
}

static QJsonValue count(qint64 v)
{
    return v >= 0 ? QJsonValue(double(v)) : QJsonValue();
}

QJsonObject DatasetDiff::toJson() const
{
    QJsonArray retyped, missing;
    for (const ColumnTypeChange &c : columnsRetyped)
        retyped.append(QJsonObject{{"name", c.name}, {"from", c.from}, {"to", c.to}});
    for (const MissingCountChange &c : missingChanged)
        missing.append(QJsonObject{{"name", c.name}, {"from", double(c.from)}, {"to", double(c.to)}});
    return QJsonObject{
        {"changed", QJsonArray::fromStringList(changedFields())},
        {"hash_changed", hashChanged()},
        {"md5", QJsonObject{{"from", md5From}, {"to", md5To}}},
        {"size", QJsonObject{{"from", count(sizeFrom)}, {"to", count(sizeTo)}}},
        {"nfiles", QJsonObject{{"from", count(nfilesFrom)}, {"to", count(nfilesTo)}}},
        {"rows", QJsonObject{{"from", optional(rowsFrom)}, {"to", optional(rowsTo)}}},
        {"path", QJsonObject{{"from", pathFrom}, {"to", pathTo}}},
        {"columns_added", QJsonArray::fromStringList(columnsAdded)},
        {"columns_removed", QJsonArray::fromStringList(columnsRemoved)},
        {"columns_retyped", retyped},
        {"missing_changed", missing},
    };
}

QString VerifyReport::statusName() const
{
    switch (status) {
    case VerifyStatus::Unchanged: return QStringLiteral("unchanged");
    case VerifyStatus::Changed: return QStringLiteral("changed");
    case VerifyStatus::Missing: return QStringLiteral("missing");
    }
    return {};
}

QJsonObject VerifyReport::toJson() const
{
    QJsonObject o{{"status", statusName()}, {"data", dataPath}};
    if (status == VerifyStatus::Changed) {
        o.insert("changed", QJsonArray::fromStringList(diff.changedFields()));
        o.insert("diff", diff.toJson());
    }
    return o;
}

Result<VerifyReport> verifyDataset(const DatasetManifest &m, const QString &manifestPath)
{
    if (m.isRemote())
        return makeError("remote-data",
                         Tr::tr("%1 describes remote data (%2); only local data can be verified").arg(manifestPath, m.path));
    VerifyReport report;
    report.dataPath = QDir::cleanPath(QFileInfo(manifestPath).absolutePath() + QLatin1Char('/') + m.path);
    if (!QFileInfo::exists(report.dataPath)) {
        report.status = VerifyStatus::Missing;
        return report;
    }
    auto digest = digestData(report.dataPath);
    WB_TRY(digest);
    if (digest->md5 == m.md5 && digest->size == m.size && digest->nfiles == m.nfiles)
        return report;
    report.status = VerifyStatus::Changed;
    auto current = scanDataset(report.dataPath, QFileInfo(manifestPath).absolutePath(), m.table.has_value());
    WB_TRY(current);
    report.diff = diffDatasets(m, *current);
    return report;
}

} // namespace wb::vcs
