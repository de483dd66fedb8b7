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
    QString path;      ///< relative to the .dvc file's folder (dvc.lock: to the lock's folder)

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

/// A `.dvc` file as real repositories hold them: what `dvc add` writes (only `outs:`), plus
/// the older forms: a top-level `wdir:` (DVC 0.x-2.x, e.g. `wdir: ..` in
/// iterative/dataset-registry) that the outs' paths are relative to, and DVC <= 1.x stage files
/// with `cmd`/`deps` and the stage's own `md5:` at the top (a checksum of the stage, not of the
/// data, so it is not read).
struct DvcFile
{
    QString wdir;       ///< as written; empty when absent (= the file's folder)
    bool stage = false; ///< a stage file (`cmd` or `deps`); it may have no outs
    QList<DvcOut> outs; ///< `path` as written: relative to dirname(file)/wdir
};

/// Parses a .dvc file through manifest::parseYaml; errors carry "source:line:col:" ("yaml-syntax",
/// "invalid-dvc" e.g. for a wdir that is not text, "merge-conflict").
Result<DvcFile> parseDvcFile(const QByteArray &bytes, const QString &sourceName);
/// The outs of a .dvc file with `path` relative to the file's own folder, wdir applied
/// (`wdir: ..` + `data/x.csv` -> `../data/x.csv`). Where wdir may lead is checked by
/// dvcWorkDir (dvcdata.h), which knows the repository.
Result<QList<DvcOut>> readDvcFile(const QByteArray &bytes, const QString &sourceName);
/// A .dvc file DVC 3 accepts:
/// `outs:\n- md5: <hex>\n  size: <n>\n  nfiles: <n>\n  hash: md5\n  path: <name>\n`.
QByteArray writeDvcFile(const DvcOut &out);

} // namespace wb::vcs
