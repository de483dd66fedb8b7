// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/vcs/tableprofile.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace wb::vcs {

/// `NAME.dataset.yaml`: what a run used, without putting the data in git. md5/size/nfiles
/// follow DVC 3 (plain md5 of the bytes; folders: DVC's ".dir" hash), so a `.dvc` file can be
/// written from it and compared with one.
struct DatasetManifest
{
    static constexpr int kVersion = 1;

    QString path;        ///< relative to the manifest's folder, or a URI
    QString md5;         ///< "<hex>" or "<hex>.dir"
    qint64 size = -1;    ///< bytes (folders: total)
    qint64 nfiles = -1;  ///< folders only
    QString description;
    QString source;
    std::optional<TableProfile> table;

    bool isDir() const { return md5.endsWith(QLatin1String(".dir")); }
    bool isRemote() const { return path.contains(QLatin1String("://")); }
};

/// Deterministic YAML (fixed key order, yaml-cpp emitter), so git diffs stay readable.
QByteArray writeDatasetManifest(const DatasetManifest &manifest);
/// Errors: "merge-conflict" ("unresolved merge conflict in X, line N"), "yaml-syntax" /
/// "invalid-manifest" with "X:line:col: ...".
Result<DatasetManifest> readDatasetManifest(const QByteArray &bytes, const QString &sourceName);
/// Reads and parses a manifest file.
Result<DatasetManifest> loadDatasetManifest(const QString &path);
/// What runs record for a dataset: sha256 of the manifest's bytes.
QString manifestContentHash(const QByteArray &bytes);
/// "merge-conflict" error when `bytes` still has git conflict markers.
Result<void> checkConflictMarkers(const QByteArray &bytes, const QString &sourceName);

/// The manifest as JSON (same keys as the YAML).
QJsonObject datasetManifestToJson(const DatasetManifest &manifest);

/// `data/train.csv` -> `data/train.csv.dataset.yaml`.
QString manifestPathFor(const QString &dataPath);

} // namespace wb::vcs
