// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace wb::vcs {

/// One entry of a `.dvc` file's `outs:` list.
struct DvcOut
{
    QString md5;       ///< file md5, or "<md5>.dir" for a folder
    qint64 size = -1;  ///< bytes (folder: total of its files)
    qint64 nfiles = -1; ///< folders only
    QString hash;      ///< "md5" for DVC 3 hashing
    QString path;      ///< relative to the .dvc file's folder

    bool isDir() const { return md5.endsWith(QLatin1String(".dir")); }
};

/// One file of a folder for DVC's `.dir` hash.
struct DvcDirEntry
{
    QString relpath; ///< '/' separated, relative to the folder
    QString md5;
};

/// DVC's `.dir` object: `json.dumps(entries, sort_keys=True)` of the list sorted by relpath,
/// i.e. `[{"md5": "…", "relpath": "…"}, …]` with Python's ", " / ": " separators and
/// non-ASCII escaped as \uXXXX (dvc_data/hashfile/tree.py: Tree.as_bytes). Its md5 + ".dir"
/// is the folder's hash.
QByteArray dvcDirJson(QList<DvcDirEntry> entries);
QString dvcDirMd5(const QList<DvcDirEntry> &entries);

/// Parses a .dvc file (its `outs:`); errors carry line:col.
Result<QList<DvcOut>> readDvcFile(const QByteArray &bytes, const QString &sourceName);
/// A .dvc file DVC 3 accepts:
/// `outs:\n- md5: <hex>\n  size: <n>\n  nfiles: <n>\n  hash: md5\n  path: <name>\n`.
QByteArray writeDvcFile(const DvcOut &out);

} // namespace wb::vcs
