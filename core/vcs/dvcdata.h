// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/vcs/datasetcompare.h"
#include "core/vcs/dvclock.h"

#include <QList>
#include <QString>

namespace wb::vcs {

/// Where DVC files say their data is, and whether it is still what they recorded.

/// DVC's repository root for a file or folder: the nearest folder at or above it holding a
/// `.dvc/` folder or `.git`; empty when there is none.
QString dvcRepositoryRoot(const QString &path);

/// dirname(dvcFile)/wdir, absolute and clean: the folder a .dvc file's outs are relative to.
/// A wdir leading out of `root` is refused ("dvc-wdir-outside"); when `root` is empty or does
/// not hold the file, the file's own folder is the bound (it is in no repository).
Result<QString> dvcWorkDir(const QString &dvcFile, const QString &wdir, const QString &root,
                           const QString &sourceName = {});

/// The outs of the .dvc file at `path` with absolute `path`s (remote URIs kept as written).
/// dvcRepositoryRoot(path) bounds wdir, as in DVC; `root` (e.g. the workspace) only when the
/// file is in no repository. `sourceName` names the file in errors.
Result<QList<DvcOut>> loadDvcOuts(const QString &path, const QString &root = {}, const QString &sourceName = {});

/// One out of one stage of a dvc.lock, found from a reference.
struct DvcLockOut
{
    QString lockFile;   ///< absolute
    DvcLockStage stage;
    DvcOut out;         ///< as the lock lists it
    QString dataPath;   ///< absolute
};
/// Errors: the lock file's own, "unknown-stage" and "unknown-out" (listing what there is).
/// A relative lock file is taken relative to `baseDir` (default: the current folder).
Result<DvcLockOut> resolveDvcLockRef(const DvcLockRef &ref, const QString &baseDir = {});

/// Re-hashes the data at `dataPath` (file md5, or the folder's `.dir` md5) and compares it with
/// what a .dvc file or dvc.lock recorded; size and nfiles only when recorded (older files lack
/// them). Remote data and outs without an md5 are refused. `describedBy` names the DVC file.
Result<VerifyReport> verifyDvcOut(const DvcOut &recorded, const QString &dataPath, const QString &describedBy);

} // namespace wb::vcs
