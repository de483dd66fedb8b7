// SPDX-License-Identifier: GPL-3.0-or-later
// `mlwb-cli reproduce RUN_ID`: prints what wb::exec::reproduceRun found.
#include "cli.h"

#include "core/base/tr.h"
#include "core/exec/reproducerun.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

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
    const QCommandLineOption workspace = workspaceOption();
    const QCommandLineOption runtime = runtimeOption();
    const QCommandLineOption dockerBinary = dockerBinaryOption();
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
    const QString ws = workspaceDir(parser, workspace);
    vcs::ReproduceOptions reproduceOptions{parser.isSet(allowDirty), parser.isSet(allowData)};
    auto report = exec::reproduceRun(ws, parser.positionalArguments().first(), *mode, reproduceOptions,
                                     parser.value(dockerBinary));
    if (!report.ok()) {
        // The way out of a refusal is a flag here (the GUI asks instead).
        if (report.error().code == QStringLiteral("dirty-run"))
            printError(Tr::tr("Pass --allow-dirty to re-run the committed version anyway."));
        else if (report.error().code == QStringLiteral("data-changed"))
            printError(Tr::tr("Pass --allow-data-change to re-run with the current data."));
        return report.error().code == QStringLiteral("plan-invalid") ? failWithDetail(report.error()) : fail(report.error());
    }
    for (const QString &w : report->warnings)
        printError(Tr::tr("warning: %1").arg(w));
    const bool allSame = report->identical;
    QJsonArray outJson;
    for (const vcs::OutputComparison &c : report->outputs) {
        QJsonObject o{{"task", c.task}, {"output", c.output}, {"identical", c.identical}};
        if (!c.note.isEmpty())
            o.insert("note", c.note);
        outJson.append(o);
    }
    if (parser.isSet(json)) {
        printJson(QJsonObject{{"originalRun", report->originalRun}, {"newRun", report->newRun}, {"commit", report->commit},
                              {"state", exec::runOutcomeName(report->outcome)}, {"identical", allSame},
                              {"warnings", QJsonArray::fromStringList(report->warnings)}, {"outputs", outJson}});
    } else {
        printLine(Tr::tr("Reproduced run %1 as run %2 (commit %3): %4")
                      .arg(report->originalRun, report->newRun, report->commit.left(10),
                           exec::runOutcomeName(report->outcome)));
        for (const vcs::OutputComparison &c : report->outputs)
            printLine(QStringLiteral("%1.%2\t%3%4").arg(c.task, c.output,
                                                        c.identical ? Tr::tr("identical") : Tr::tr("DIFFERS"),
                                                        c.note.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(c.note)));
        printLine(allSame ? Tr::tr("All outputs are byte-identical.") : Tr::tr("The run was NOT reproduced exactly."));
    }
    if (!report->error.isEmpty())
        printError(report->error);
    return allSame ? Ok : InvalidInput;
}

const Registration reproduceReg{{QStringLiteral("reproduce"),
                                 QStringLiteral("Re-run a recorded run from its commit and compare outputs."),
                                 &runReproduce}};

} // namespace
