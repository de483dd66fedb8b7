// SPDX-License-Identifier: GPL-3.0-or-later
// `mlwb-cli reproduce RUN_ID`: re-runs a recorded run from its commit (wb::vcs::prepareReproduction),
// as a new run of the same workspace without the cache, and compares the outputs byte by byte.
#include "cli.h"

#include "core/base/tr.h"
#include "core/exec/executionplan.h"
#include "core/exec/runcontroller.h"
#include "core/exec/runrecovery.h"
#include "core/exec/runsetup.h"
#include "core/store/metadatastore.h"
#include "core/vcs/gitrepository.h"
#include "core/vcs/reproduction.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>

using namespace wb;
using namespace wb::cli;

namespace {

int runReproduce(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Re-runs a recorded run from the git commit it was made from (with the same "
                                            "parameters, without the cache) and compares every output byte by byte. "
                                            "Exit 0 when all outputs are identical, 1 otherwise."));
    parser.addPositionalArgument(QStringLiteral("RUN_ID"), Tr::tr("The run to reproduce."));
    const QCommandLineOption workspace(QStringLiteral("workspace"), Tr::tr("Workspace folder (default: .)."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption runtime(QStringLiteral("runtime"), Tr::tr("docker, process or auto (default: auto)."),
                                     QStringLiteral("KIND"), QStringLiteral("auto"));
    const QCommandLineOption dockerBinary(QStringLiteral("docker-binary"), Tr::tr("docker (default), podman or a path."),
                                          QStringLiteral("PATH"));
    const QCommandLineOption allowDirty(QStringLiteral("allow-dirty"),
                                        Tr::tr("Reproduce a run made from uncommitted changes (re-runs the commit)."));
    const QCommandLineOption allowData(QStringLiteral("allow-data-change"),
                                       Tr::tr("Go on when data files changed since the run's commit."));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print the result as JSON."));
    for (const auto &o : {workspace, runtime, dockerBinary, allowDirty, allowData, json})
        parser.addOption(o);
    int exit = 0;
    if (!parseArguments(parser, QStringLiteral("reproduce"), args, 1, 1, &exit))
        return exit;
    auto mode = exec::parseRuntimeMode(parser.value(runtime));
    if (!mode.ok()) {
        printError(mode.error().text());
        return Usage;
    }
    const QString ws = QDir(parser.isSet(workspace) ? parser.value(workspace) : QDir::currentPath()).absolutePath();
    auto recorded = vcs::readRecordedRun(ws, parser.positionalArguments().first());
    if (!recorded.ok())
        return fail(recorded.error());
    auto repo = vcs::GitRepository::open(ws);
    if (!repo.ok())
        return fail(repo.error());

    QTemporaryDir tmp;
    if (!tmp.isValid())
        return fail(makeError(QStringLiteral("temp"), Tr::tr("Cannot create a temporary folder: %1").arg(tmp.errorString())));
    const QString exportDir = tmp.filePath(QStringLiteral("tree"));
    vcs::ReproduceOptions reproduceOptions{parser.isSet(allowDirty), parser.isSet(allowData)};
    auto setup = vcs::prepareReproduction(*repo, *recorded, exportDir, reproduceOptions);
    if (!setup.ok())
        return fail(setup.error());
    for (const QString &w : setup->warnings)
        printError(Tr::tr("warning: %1").arg(w));

    auto plan = exec::compileRunPlan(setup->pipelineFile, recorded->parameters);
    if (!plan.ok())
        return failWithDetail(plan.error());
    auto selected = exec::selectRuntime(*mode, parser.value(dockerBinary));
    if (!selected.ok())
        return fail(selected.error());
    if (!selected->warning.isEmpty())
        printError(Tr::tr("warning: %1").arg(selected->warning));
    auto store = exec::openWorkspaceStore(ws);
    if (!store.ok())
        return fail(store.error());

    exec::RunOptions options;
    options.workspace = ws;
    options.useCache = false; // every step must really execute to show it reproduces
    options.gitCommit = setup->commit;
    options.gitDirty = false;
    exec::RunController controller(selected->runtime.get(), store->get());
    const exec::RunResult result =
        controller.runToCompletion(*plan, options);
    if (result.runId.isEmpty())
        return fail(makeError(QStringLiteral("run"), result.error));

    const QList<vcs::OutputComparison> outputs = vcs::compareRunOutputs(recorded->runDir, result.runDir);
    bool allSame = result.outcome == exec::RunOutcome::Succeeded && !outputs.isEmpty();
    QJsonArray outJson;
    for (const vcs::OutputComparison &c : outputs) {
        allSame = allSame && c.identical;
        QJsonObject o{{"task", c.task}, {"output", c.output}, {"identical", c.identical}};
        if (!c.note.isEmpty())
            o.insert("note", c.note);
        outJson.append(o);
    }
    if (parser.isSet(json)) {
        printJson(QJsonObject{{"originalRun", recorded->runId}, {"newRun", result.runId}, {"commit", setup->commit},
                              {"state", exec::runOutcomeName(result.outcome)}, {"identical", allSame},
                              {"warnings", QJsonArray::fromStringList(setup->warnings)}, {"outputs", outJson}});
    } else {
        printLine(Tr::tr("Reproduced run %1 as run %2 (commit %3): %4")
                      .arg(recorded->runId, result.runId, setup->commit.left(10), exec::runOutcomeName(result.outcome)));
        for (const vcs::OutputComparison &c : outputs)
            printLine(QStringLiteral("%1.%2\t%3%4").arg(c.task, c.output,
                                                        c.identical ? Tr::tr("identical") : Tr::tr("DIFFERS"),
                                                        c.note.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(c.note)));
        printLine(allSame ? Tr::tr("All outputs are byte-identical.") : Tr::tr("The run was NOT reproduced exactly."));
    }
    if (result.outcome != exec::RunOutcome::Succeeded && !result.error.isEmpty())
        printError(result.error);
    return allSame ? Ok : InvalidInput;
}

const Registration reproduceReg{{QStringLiteral("reproduce"),
                                 QStringLiteral("Re-run a recorded run from its commit and compare outputs."),
                                 &runReproduce}};

} // namespace
