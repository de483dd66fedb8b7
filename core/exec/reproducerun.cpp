// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exec/reproducerun.h"

#include "core/base/tr.h"
#include "core/exec/runcontroller.h"
#include "core/exec/runsetup.h"
#include "core/store/metadatastore.h"
#include "core/vcs/gitrepository.h"

#include <QTemporaryDir>

namespace wb::exec {

Result<ReproduceReport> reproduceRun(const QString &workspace, const QString &runId, RuntimeMode mode,
                                     const vcs::ReproduceOptions &options, const QString &dockerBinary)
{
    auto recorded = vcs::readRecordedRun(workspace, runId);
    if (!recorded.ok())
        return recorded.error();
    auto repo = vcs::GitRepository::open(workspace);
    if (!repo.ok())
        return repo.error();
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return makeError(QStringLiteral("temp"), Tr::tr("Cannot create a temporary folder: %1").arg(tmp.errorString()));
    auto setup = vcs::prepareReproduction(*repo, *recorded, tmp.filePath(QStringLiteral("tree")), options);
    if (!setup.ok())
        return setup.error();
    auto plan = compileRunPlan(setup->pipelineFile, recorded->parameters);
    if (!plan.ok())
        return plan.error();
    auto selected = selectRuntime(mode, dockerBinary);
    if (!selected.ok())
        return selected.error();
    auto store = openWorkspaceStore(workspace);
    if (!store.ok())
        return store.error();

    ReproduceReport report;
    report.originalRun = recorded->runId;
    report.commit = setup->commit;
    report.warnings = setup->warnings;
    if (!selected->warning.isEmpty())
        report.warnings << selected->warning;
    RunOptions runOptions;
    runOptions.workspace = workspace;
    runOptions.useCache = false; // every step must really execute to show it reproduces
    runOptions.gitCommit = setup->commit;
    runOptions.gitDirty = false;
    RunController controller(selected->runtime.get(), store->get());
    const RunResult result = controller.runToCompletion(*plan, runOptions);
    if (result.runId.isEmpty())
        return makeError(QStringLiteral("run"), result.error);
    report.newRun = result.runId;
    report.outcome = result.outcome;
    if (result.outcome != RunOutcome::Succeeded)
        report.error = result.error;
    report.outputs = vcs::compareRunOutputs(recorded->runDir, result.runDir);
    report.identical = result.outcome == RunOutcome::Succeeded && !report.outputs.isEmpty();
    for (const vcs::OutputComparison &c : report.outputs)
        report.identical = report.identical && c.identical;
    return report;
}

} // namespace wb::exec
