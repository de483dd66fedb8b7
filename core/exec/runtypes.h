// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exec/workspacesettings.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace wb::exec {

/// Runtime state of one step; never part of the pipeline document.
enum class StepState {
    Pending,   ///< waiting for upstream steps or a free slot
    Running,   ///< started (including waiting for a retry)
    Succeeded,
    Failed,
    Cached,    ///< outputs reused from the cache or from an earlier run; nothing started
    Skipped,   ///< its run condition was false, or it depends on a skipped step
    NotRun,    ///< an upstream step failed
    Cancelled,
};

/// "pending", "running", "succeeded", "failed", "cached", "skipped", "not-run", "cancelled".
QString stepStateName(StepState state);
/// The same states in the user's language, one word each everywhere they are shown
/// ("Not run", never "Skipped", for a step whose upstream failed).
QString stepStateLabel(StepState state);
/// The state a stepStateName() names (step.json's "state").
std::optional<StepState> stepStateFromName(const QString &name);
bool isFinal(StepState state);

enum class RunOutcome { Running, Succeeded, Failed, Cancelled };
QString runOutcomeName(RunOutcome outcome);

struct RunOptions
{
    QString workspace;       ///< runs go to <workspace>/.mlwb/runs/<run-id>
    QString runId;           ///< empty: generated (yyyyMMdd-HHmmss-xxxx)
    int maxParallel = 0;     ///< <= 0: QThread::idealThreadCount()
    bool useCache = true;
    /// Re-run from here: run `fromTask` and everything downstream; every other step reuses
    /// its outputs from run `reuseRunId` of the same workspace.
    QString fromTask;
    QString reuseRunId;
    /// Environment variables passed to every step from this program's environment; their
    /// values never reach files, logs or the metadata store.
    QStringList secretNames;
    int backoffUnitMs = 1000;          ///< one "second" of retryBackoffSeconds (tests shrink it)
    qint64 maxValueBytes = 1024 * 1024; ///< an output consumed through {inputValue} may be this big
    /// Override the workspace's container defaults (.mlwb/settings.json) for this run:
    int pidsLimit = 0;       ///< --pids-limit of every container; 0: the workspace's
    QString defaultMemory;   ///< "4g", "75%": memory of tasks that set none; empty: the workspace's
    /// When images are pulled before the run starts; unset: the workspace's (default missing).
    std::optional<PullPolicy> pull;
    QString gitCommit;       ///< hook: filled by the caller when the workspace is a git repository
    bool gitDirty = false;
    QString experiment;
};

struct AttemptRecord
{
    int attempt = 0;
    int exitCode = -1;
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString error;
    QString logPath;
};

struct StepResult
{
    QString task;
    StepState state = StepState::Pending;
    int exitCode = -1;
    qint64 startMs = 0;
    qint64 endMs = 0;
    int attempts = 0;
    bool cached = false;
    QString cachedFrom;      ///< "<run-id>/<task>" the outputs came from
    QString cacheKey;
    QString image;
    QString imageId;
    QString command;         ///< rendered command line, secrets redacted
    QString error;           ///< why it failed / was skipped
    QMap<QString, QString> outputs; ///< output name -> absolute host path of its file
    QList<AttemptRecord> attemptRecords;

    qint64 durationMs() const { return startMs && endMs ? endMs - startMs : 0; }
    QJsonObject toJson() const;
};

struct RunResult
{
    QString runId;
    QString runDir;
    qint64 storeRunId = 0;
    RunOutcome outcome = RunOutcome::Running;
    QString error;
    qint64 startMs = 0;
    qint64 endMs = 0;
    QList<StepResult> steps; ///< plan order

    const StepResult *step(const QString &task) const;
    /// {"runId", "state", "steps": [{"task","state","exitCode","durationMs","cached","attempts"}]}
    QJsonObject toJson() const;
};

} // namespace wb::exec

Q_DECLARE_METATYPE(wb::exec::StepState)
Q_DECLARE_METATYPE(wb::exec::StepResult)
Q_DECLARE_METATYPE(wb::exec::RunResult)
