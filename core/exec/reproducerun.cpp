// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exec/reproducerun.h"

#include "core/base/tr.h"
#include "core/exec/runcontroller.h"
#include "core/exec/runsetup.h"
#include "core/store/metadatastore.h"
#include "core/vcs/gitrepository.h"

#include <QTemporaryDir>

namespace wb::exec {

Result<ReproduceSetup> prepareReproduceRun(const QString &workspace, const QString &runId,
                                           const vcs::ReproduceOptions &options)
{
    auto recorded = vcs::readRecordedRun(workspace, runId);
    if (!recorded.ok())
        return recorded.error();
    auto repo = vcs::GitRepository::open(workspace);
    if (!repo.ok())
        return repo.error();
    auto tree = std::make_shared<QTemporaryDir>();
    if (!tree->isValid())
        return makeError(QStringLiteral("temp"), Tr::tr("Cannot create a temporary folder: %1").arg(tree->errorString()));
    auto prepared = vcs::prepareReproduction(*repo, *recorded, tree->filePath(QStringLiteral("tree")), options);
    if (!prepared.ok())
        return prepared.error();
    auto plan = compileRunPlan(prepared->pipelineFile, recorded->parameters);
    if (!plan.ok())
        return plan.error();
    ReproduceSetup setup;
    setup.recorded = *recorded;
    setup.commit = prepared->commit;
    setup.warnings = prepared->warnings;
    setup.plan = *plan;
    setup.runOptions.workspace = workspace;
    setup.runOptions.useCache = false; // every step must really execute to show it reproduces
    setup.runOptions.gitCommit = prepared->commit;
    setup.runOptions.gitDirty = false;
    setup.tree = std::move(tree);
    return setup;
}

ReproduceReport reproduceReport(const ReproduceSetup &setup, const RunResult &result)
{
    ReproduceReport report;
    report.originalRun = setup.recorded.runId;
    report.commit = setup.commit;
    report.warnings = setup.warnings;
    report.newRun = result.runId;
    report.outcome = result.outcome;
    if (result.outcome != RunOutcome::Succeeded)
        report.error = result.error;
    if (result.runDir.isEmpty())
        return report;
    report.outputs = vcs::compareRunOutputs(setup.recorded.runDir, result.runDir);
    report.identical = result.outcome == RunOutcome::Succeeded && !report.outputs.isEmpty();
    for (const vcs::OutputComparison &c : report.outputs)
        report.identical = report.identical && c.identical;
    return report;
}

Result<ReproduceReport> reproduceRun(const QString &workspace, const QString &runId, RuntimeMode mode,
                                     const vcs::ReproduceOptions &options, const QString &dockerBinary)
{
    auto setup = prepareReproduceRun(workspace, runId, options);
    if (!setup.ok())
        return setup.error();
    auto selected = selectRuntime(mode, dockerBinary);
    if (!selected.ok())
        return selected.error();
    auto store = openWorkspaceStore(workspace);
    if (!store.ok())
        return store.error();
    RunController controller(selected->runtime.get(), store->get());
    const RunResult result = controller.runToCompletion(setup->plan, setup->runOptions);
    if (result.runId.isEmpty())
        return makeError(QStringLiteral("run"), result.error);
    ReproduceReport report = reproduceReport(*setup, result);
    if (!selected->warning.isEmpty())
        report.warnings << selected->warning;
    return report;
}

} // namespace wb::exec
