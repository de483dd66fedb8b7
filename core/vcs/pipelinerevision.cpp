// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vcs/pipelinerevision.h"

#include "core/base/fileio.h"
#include "core/base/tr.h"
#include "core/manifest/pipelinefile.h"
#include "core/vcs/datasetmanifest.h"
#include "core/vcs/gitrepository.h"

#include <QFileInfo>

namespace wb::vcs {

Result<model::PipelineSnapshot> readPipelineAt(const GitRepository &repo, const QString &rev,
                                               const QString &path)
{
    auto relative = repo.relativePath(path);
    if (!relative.ok())
        return relative.error();
    const QString rel = *relative;
    const QString abs = repo.absolutePath(rel);
    const QString where = QStringLiteral("%1@%2").arg(rel, rev);
    QByteArray bytes;
    if (rev == worktreeRevision()) {
        if (!QFileInfo::exists(abs))
            return makeError(QStringLiteral("path-not-found"),
                             Tr::tr("Cannot read %1: the file does not exist in the working tree").arg(rel));
        auto read = readFileLimited(abs, manifest::kMaxPipelineFileBytes);
        if (!read.ok())
            return makeError(read.error().code, Tr::tr("Cannot read %1: %2").arg(rel, read.error().text()));
        bytes = *read;
    } else {
        auto read = repo.readAt(rev, rel);
        if (!read.ok())
            return makeError(read.error().code,
                             Tr::tr("Cannot read %1 at revision '%2': %3").arg(rel, rev, read.error().message),
                             read.error().detail);
        bytes = *read;
    }
    if (auto conflict = checkConflictMarkers(bytes, where); !conflict.ok())
        return makeError(QStringLiteral("merge-conflict"),
                         Tr::tr("%1 has unresolved merge-conflict markers; resolve the conflict first (%2)")
                             .arg(where, conflict.error().message));
    // Relative component references resolve against the working tree's folder: a revision
    // has no folder of its own, and the diff compares references (url/digest), not files.
    auto loaded = manifest::readPipeline(bytes, where, QFileInfo(abs).absolutePath());
    if (!loaded.ok())
        return makeError(loaded.error().code, Tr::tr("Cannot parse %1: %2").arg(where, loaded.error().message),
                         loaded.error().detail);
    return loaded->snapshot;
}

Result<model::PipelineDiff> diffPipelineRevisions(const GitRepository &repo, const QString &revA,
                                                  const QString &revB, const QString &path)
{
    auto a = readPipelineAt(repo, revA, path);
    if (!a.ok())
        return a.error();
    auto b = readPipelineAt(repo, revB, path);
    if (!b.ok())
        return b.error();
    return model::diffPipelines(*a, *b);
}

} // namespace wb::vcs
