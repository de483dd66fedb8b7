// SPDX-License-Identifier: GPL-3.0-or-later
// `mlwb-cli diff REV_A REV_B PIPELINE`: thin wrapper over wb::vcs::diffPipelineRevisions.
#include "cli.h"

#include "core/base/tr.h"
#include "core/vcs/gitrepository.h"
#include "core/vcs/pipelinerevision.h"

#include <QDir>

namespace {

using wb::Tr;

int runDiff(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Compares two versions of a pipeline: tasks added, removed and changed "
                                            "(field by field), edges and parameters. A revision is a commit, "
                                            "branch, tag, HEAD~N or WORKTREE (the file as it is now)."));
    parser.addPositionalArgument(QStringLiteral("REV_A"), Tr::tr("old revision"));
    parser.addPositionalArgument(QStringLiteral("REV_B"), Tr::tr("new revision"));
    parser.addPositionalArgument(QStringLiteral("PIPELINE"), Tr::tr("pipeline file"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print one JSON document."));
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       Tr::tr("Work in the repository containing DIR (default: the current folder); "
                                              "PIPELINE is then relative to DIR."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption ignorePosition(QStringLiteral("ignore-position"),
                                            Tr::tr("Do not report tasks that only moved on the canvas."));
    parser.addOptions({json, workspace, ignorePosition});
    int exit = 0;
    if (!wb::cli::parseArguments(parser, QStringLiteral("diff"), args, 3, 3, &exit))
        return exit;
    const QString ws = parser.isSet(workspace) ? parser.value(workspace) : QDir::currentPath();
    auto repo = wb::vcs::GitRepository::open(ws);
    if (!repo)
        return wb::cli::fail(repo.error());
    const QStringList pos = parser.positionalArguments();
    auto diff = wb::vcs::diffPipelineRevisions(*repo, pos.at(0), pos.at(1), QDir(ws).absoluteFilePath(pos.at(2)));
    if (!diff)
        return wb::cli::fail(diff.error());
    const wb::model::PipelineDiff shown = parser.isSet(ignorePosition) ? diff->withoutPositions() : *diff;
    if (parser.isSet(json))
        wb::cli::printJson(shown.toJson());
    else
        wb::cli::printLine(shown.toText());
    return 0;
}

const wb::cli::Registration diffReg{{QStringLiteral("diff"), QStringLiteral("Compare two versions of a pipeline."), &runDiff}};

} // namespace
