// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/model/pipelinediff.h"
#include "core/model/pipelinetypes.h"

#include <QString>

namespace wb::vcs {

class GitRepository;

/// The revision name that means "the file as it is in the working tree".
inline QString worktreeRevision()
{
    return QStringLiteral("WORKTREE");
}

/// Reads and parses a pipeline manifest at a revision (or `WORKTREE`). `path` is absolute or
/// root-relative. Errors: "revision-not-found", "path-not-found", "merge-conflict" (the file
/// still has conflict markers), or the parser's error; every message names the file and rev.
Result<model::PipelineSnapshot> readPipelineAt(const GitRepository &repo, const QString &rev,
                                               const QString &path);

/// diffPipelines(readPipelineAt(revA), readPipelineAt(revB)).
Result<model::PipelineDiff> diffPipelineRevisions(const GitRepository &repo, const QString &revA,
                                                  const QString &revB, const QString &path);

} // namespace wb::vcs
