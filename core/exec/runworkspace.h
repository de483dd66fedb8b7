// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/exec/runtypes.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace wb::exec {

/// Files of runs inside a workspace:
///   <ws>/.mlwb/runs/<run-id>/run.lock              pid of the process running it (alive check)
///   <ws>/.mlwb/runs/<run-id>/run.json              summary written when the run ends
///   <ws>/.mlwb/runs/<run-id>/pull.log              output of the image pulls before the start
///   <ws>/.mlwb/runs/<run-id>/<task>/<output>/      an output's folder (mounted for the step)
///   <ws>/.mlwb/runs/<run-id>/<task>/inputs/<in>/   values passed as files
///   <ws>/.mlwb/runs/<run-id>/<task>/attempt-<n>.log  "[out] ", "[err] ", "[sys] " + line
///   <ws>/.mlwb/runs/<run-id>/<task>/step.json      exit code, times, image id, command...
///   <ws>/.mlwb/cache/<key>.json                    cache index: which run/task produced it
namespace runfiles {

QString runsDir(const QString &workspace);
QString runDir(const QString &workspace, const QString &runId);
QString taskDir(const QString &runDir, const QString &task);
/// Folder of one output (sanitised like KFP file names).
QString outputDir(const QString &runDir, const QString &task, const QString &output);
QString logPath(const QString &runDir, const QString &task, int attempt);
QString stepJsonPath(const QString &runDir, const QString &task);
/// The images pulled before the run started, with the engine's output (only when it pulled).
QString pullLogPath(const QString &runDir);
QString cacheDir(const QString &workspace);

/// yyyyMMdd-HHmmss-<4 random hex>, unique among the workspace's runs.
QString newRunId(const QString &workspace);

/// Creates run.lock with this process's pid.
Result<void> writeLock(const QString &runDir);
void removeLock(const QString &runDir);
/// A lock exists and names a live process that is not this one... or this one.
bool lockIsAlive(const QString &runDir);

Result<void> writeJson(const QString &path, const QJsonObject &object);
Result<QJsonObject> readJson(const QString &path);

struct CacheEntry
{
    QString runId;
    QString task;
    QMap<QString, QString> outputs; ///< output -> path relative to the workspace's runs dir
};
std::optional<CacheEntry> lookupCache(const QString &workspace, const QString &key);
Result<void> storeCache(const QString &workspace, const QString &key, const CacheEntry &entry);

/// Hard-links a file (or every file of a folder) to `to`; copies where linking fails
/// (another file system). `to` must not exist.
Result<void> linkOrCopy(const QString &from, const QString &to);

} // namespace runfiles
} // namespace wb::exec
