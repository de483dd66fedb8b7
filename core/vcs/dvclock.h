// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/vcs/dvcformat.h"

#include <QList>
#include <QString>
#include <QVariantMap>

namespace wb::vcs {

/// One stage of a `dvc.lock`: what DVC recorded when it last ran it.
struct DvcLockStage
{
    QString name;        ///< "train"; foreach/matrix stages are "train@1"
    QString cmd;         ///< a list of commands is joined with newlines
    QList<DvcOut> deps;  ///< `path` relative to the dvc.lock's folder
    QList<DvcOut> outs;  ///< `path` relative to the dvc.lock's folder
    QVariantMap params;  ///< params file -> {key: value}
    int line = 0;        ///< of the stage's name

    /// The out whose path is `path` (compared after QDir::cleanPath); nullptr when none.
    const DvcOut *out(const QString &path) const;
};

/// A `dvc.lock`: schema 2.0 (`schema: '2.0'`, `stages: {name: ...}`; DVC 3 adds `hash: md5`
/// beside `md5:`) or the DVC 1.x form without `schema`, stages at the top level.
/// Paths are taken relative to the lock's folder. A stage's `wdir` lives in dvc.yaml, which is
/// not read: stages with a wdir (rare in practice) would have their paths relative to it.
struct DvcLock
{
    QString schema;             ///< "2.0", or empty for the 1.x form
    QList<DvcLockStage> stages; ///< file order

    const DvcLockStage *stage(const QString &name) const;
    QStringList stageNames() const;
};

/// Errors carry "source:line:col:" ("yaml-syntax", "invalid-dvc-lock", "merge-conflict").
/// An empty file has no stages.
Result<DvcLock> readDvcLock(const QByteArray &bytes, const QString &sourceName);
/// Reads and parses a dvc.lock file; `sourceName` (default: the path) names it in errors.
Result<DvcLock> loadDvcLock(const QString &path, const QString &sourceName = {});

/// `[<dir>/]dvc.lock:<stage>:<path>`: one out of one stage of a lock file. DVC refuses ':' in
/// stage names, so the path is everything after the second ':'.
struct DvcLockRef
{
    QString lockFile; ///< "dvc.lock" or "<dir>/dvc.lock", as given
    QString stage;
    QString path;     ///< relative to the lock's folder
};

/// True when `text` has the reference form (it may still lack a stage or path).
bool isDvcLockRef(const QString &text);
/// Errors ("invalid-reference") say what form is expected.
Result<DvcLockRef> parseDvcLockRef(const QString &text);

} // namespace wb::vcs
