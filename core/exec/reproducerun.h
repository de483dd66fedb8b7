// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/exec/runrecovery.h"
#include "core/exec/runtypes.h"
#include "core/vcs/reproduction.h"

namespace wb::exec {

struct ReproduceReport
{
    QString originalRun;
    QString newRun;
    QString commit;
    RunOutcome outcome = RunOutcome::Failed;
    bool identical = false; ///< the run succeeded and every output is byte-identical
    QStringList warnings;
    QString error;          ///< why the new run failed, if it did
    QList<vcs::OutputComparison> outputs;
};

/// "Reproduce run": exports the commit a recorded run was made from into a temporary tree,
/// re-runs the pipeline there with the same parameters and without the cache (as a new run of
/// the same workspace), and compares every output byte by byte with the original's.
/// Blocking (it runs its own event loop): call it from a worker thread in the GUI. Errors are
/// the refusals of vcs::prepareReproduction, a plan that no longer compiles, or no runtime.
Result<ReproduceReport> reproduceRun(const QString &workspace, const QString &runId, RuntimeMode mode,
                                     const vcs::ReproduceOptions &options = {}, const QString &dockerBinary = {});

} // namespace wb::exec
