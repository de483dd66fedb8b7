// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/vcs/datasetmanifest.h"
#include "core/vcs/dvcformat.h"

#include <QList>
#include <QString>

namespace wb::vcs {

class GitRepository;

/// md5/size/nfiles of a file or folder exactly as DVC 3 computes them (see dvcformat.h).
/// Folders: every regular file below it (hidden ones too, as DVC without .dvcignore), except
/// `.git`/`.dvc` folders.
struct DataDigest
{
    QString md5;
    qint64 size = 0;
    qint64 nfiles = -1; ///< folders only
};
Result<DataDigest> digestData(const QString &path);

/// Manifest for `dataPath` with `path` written relative to `manifestDir`; tabular files get a
/// profile when `profile` is true.
Result<DatasetManifest> scanDataset(const QString &dataPath, const QString &manifestDir, bool profile = true);

struct AddDatasetOptions
{
    QString description;
    QString source;
    bool writeDvc = false;
};

struct AddedDataset
{
    DatasetManifest manifest;
    QString manifestPath;
    QString dvcPath;       ///< empty unless written
    QString ignoredEntry;  ///< line added to .gitignore, if any
};

/// Writes `DATA.dataset.yaml` (and `DATA.dvc`) beside the data. When `repo` is given and git
/// does not ignore the data yet, lists it in the repository's root .gitignore so the data
/// itself is never committed.
Result<AddedDataset> addDataset(const QString &dataPath, const AddDatasetOptions &options, GitRepository *repo);

/// Datasets known in a folder tree (skips .git, .dvc and .mlwb): `*.dataset.yaml` files,
/// `.dvc` files (and DVC 0.x's `Dvcfile`; their `wdir` applied and bounded by the root), and the
/// outs of every stage of every `dvc.lock`.
struct DatasetEntry
{
    QString file;   ///< the manifest, .dvc or dvc.lock file, relative to the scanned root
    QString kind;   ///< "mlwb", "dvc" or "dvc.lock"
    QString stage;  ///< dvc.lock: the stage writing the data
    QString path;   ///< data path relative to the root
    QString md5;
    qint64 size = -1;
    qint64 nfiles = -1;
    QString error;  ///< a file that did not parse is listed with its error, never dropped
};
QList<DatasetEntry> listDatasets(const QString &root);

} // namespace wb::vcs
