// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/exec/executionplan.h"
#include "core/exec/runrecovery.h"
#include "core/exec/runtypes.h"
#include "core/vcs/reproduction.h"

#include <QMetaType>

#include <memory>

class QTemporaryDir;

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

/// What a reproduction runs: the plan compiled from the recorded run's commit, exported into
/// a temporary tree that lives as long as the last copy of this object.
struct ReproduceSetup
{
    vcs::RecordedRun recorded;
    QString commit;
    QStringList warnings;
    ExecutionPlanPtr plan;
    RunOptions runOptions; ///< workspace, no cache, the commit; the caller adds the rest
    std::shared_ptr<QTemporaryDir> tree;
};

/// Reads the recorded run, exports its commit and compiles the plan there. Blocking (git
/// export): call it off the GUI thread. Errors are the refusals of vcs::prepareReproduction
/// or a plan that no longer compiles.
Result<ReproduceSetup> prepareReproduceRun(const QString &workspace, const QString &runId,
                                           const vcs::ReproduceOptions &options = {});

/// Compares the new run's outputs with the original's (reads every output file).
ReproduceReport reproduceReport(const ReproduceSetup &setup, const RunResult &result);

/// "Reproduce run" in one call: prepareReproduceRun, a run without the cache (as a new run of
/// the same workspace) on its own event loop, then reproduceReport. Blocking: the CLI's form.
/// The GUI runs the same steps through exec::RunSession, with badges and cancel.
Result<ReproduceReport> reproduceRun(const QString &workspace, const QString &runId, RuntimeMode mode,
                                     const vcs::ReproduceOptions &options = {}, const QString &dockerBinary = {});

} // namespace wb::exec

Q_DECLARE_METATYPE(wb::exec::ReproduceReport)
