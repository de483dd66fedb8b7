// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace wb::vcs {

class GitRepository;

/// What a finished run recorded in <ws>/.mlwb/runs/<id>/run.json that reproducing needs.
struct RecordedRun
{
    QString runId;
    QString runDir;       ///< absolute
    QString pipelineFile; ///< absolute path as run
    QString gitCommit;    ///< empty: not run from a git repository
    bool gitDirty = false;
    QMap<QString, QString> parameters;
};

/// Errors: "run-not-found" (no such run folder), "run-incomplete" (no run.json: still running
/// or crashed), "invalid-run" (run.json unreadable).
Result<RecordedRun> readRecordedRun(const QString &workspace, const QString &runId);

struct ReproduceOptions
{
    bool allowDirty = false;      ///< reproduce a run made from uncommitted manifests (inexactly)
    bool allowDataChange = false; ///< go on when a dataset's data no longer matches its manifest
};

struct ReproductionSetup
{
    QString commit;
    QString pipelineFile;  ///< the pipeline inside the exported tree
    QStringList datasets;  ///< dataset manifests (root-relative) whose data was linked in
    QStringList warnings;  ///< translated; e.g. dirty run or changed data allowed
};

/// Checks that `run` can be reproduced and exports its commit into `exportDir` (empty or
/// absent): refuses ("dirty-run") a run made with uncommitted manifest changes, ("no-commit")
/// a run made outside git, and ("data-changed", naming the dataset) when data files described
/// by the manifests at that commit differ from the data now in the working tree. The data
/// (gitignored, hence not exported) is linked into the export at the same relative places.
Result<ReproductionSetup> prepareReproduction(const GitRepository &repo, const RecordedRun &run,
                                              const QString &exportDir, const ReproduceOptions &options);

struct OutputComparison
{
    QString task;
    QString output;
    bool identical = false;
    QString note; ///< why not identical (missing in one run, size/bytes differ)
};

/// Compares every output of every step of the original run (step.json "outputs") byte by
/// byte with the same output of the new run. Folders compare file by file.
QList<OutputComparison> compareRunOutputs(const QString &originalRunDir, const QString &newRunDir);

/// True when both files (or folders, recursively) have exactly the same bytes.
bool sameContent(const QString &a, const QString &b, QString *why = nullptr);

} // namespace wb::vcs
