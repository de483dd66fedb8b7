// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/vcs/dvclock.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wb::vcs {

/// One stage on the way to an output, with where each of its deps came from.
struct DvcLineageStep
{
    DvcLockStage stage;
    QList<QStringList> depStages; ///< per dep: the stages whose outs it is (or holds); empty for a source
};

/// The stages of `lock` that produced `outPath` (relative to the lock's folder, as the lock
/// lists it, or a file inside a folder output): the stage writing it, then recursively the
/// stages writing its deps. Producers come first, the stage writing `outPath` last; every
/// stage appears once. A dep is matched to an out when it is the out, lies inside an out folder,
/// or is a folder holding the out. Only this lock file is followed. Error "unknown-out" when no
/// stage writes `outPath`.
Result<QList<DvcLineageStep>> dvcLineage(const DvcLock &lock, const QString &outPath, const QString &lockName);

/// The stages whose outs are `path`, contain it, or lie inside it (excluding `except`).
QStringList dvcProducers(const DvcLock &lock, const QString &path, const QString &except = {});

} // namespace wb::vcs
