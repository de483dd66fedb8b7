// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/vcs/datasetmanifest.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace wb::vcs {

struct ColumnTypeChange
{
    QString name, from, to;
};

struct MissingCountChange
{
    QString name;
    qint64 from = 0, to = 0;
};

/// What differs between two versions of a dataset (two manifests).
struct DatasetDiff
{
    QString md5From, md5To;
    qint64 sizeFrom = -1, sizeTo = -1;
    qint64 nfilesFrom = -1, nfilesTo = -1;
    std::optional<qint64> rowsFrom, rowsTo;
    QString pathFrom, pathTo;
    QStringList columnsAdded, columnsRemoved;
    QList<ColumnTypeChange> columnsRetyped;
    QList<MissingCountChange> missingChanged;

    bool hashChanged() const { return md5From != md5To; }
    /// Names of the fields that changed: md5, size, nfiles, rows, path, columns, types, missing.
    QStringList changedFields() const;
    bool isEmpty() const { return changedFields().isEmpty(); }
    QJsonObject toJson() const;
};

DatasetDiff diffDatasets(const DatasetManifest &from, const DatasetManifest &to);

enum class VerifyStatus { Unchanged, Changed, Missing };

struct VerifyReport
{
    VerifyStatus status = VerifyStatus::Unchanged;
    QString dataPath; ///< absolute
    DatasetDiff diff; ///< manifest -> data on disk (Changed only)

    QString statusName() const;
    QJsonObject toJson() const;
};

/// Re-hashes the data a manifest at `manifestPath` describes. The table is profiled again only
/// when the hash differs, to say which fields changed.
Result<VerifyReport> verifyDataset(const DatasetManifest &manifest, const QString &manifestPath);

} // namespace wb::vcs
