// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/exec/containerruntime.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace wb::store {
class MetadataStore;
}

namespace wb::exec {

struct RecoveryReport
{
    QStringList interruptedRuns;   ///< run ids (store run names) marked INTERRUPTED
    QStringList removedContainers; ///< container names removed
    QStringList liveRuns;          ///< runs whose lock names a live process: left alone
    QStringList problems;          ///< what could not be done (no engine, store error...)
};

/// Start-up clean-up after a crash (GUI start, `mlwb-cli runs cleanup`). A run is alive when
/// its run.lock names a live process, or when it is in `ownRuns` (runs of this process).
/// Every other run still RUNNING in the store is marked INTERRUPTED (its running steps
/// FAILED), its stale lock is removed, and containers labelled with a dead run are removed.
/// `store` and `runtime` may be null (that part is skipped).
RecoveryReport recoverAfterCrash(const QString &workspace, store::MetadataStore *store,
                                 ContainerRuntime *runtime, const QSet<QString> &ownRuns = {});

enum class RuntimeMode { Auto, Docker, Process };

Result<RuntimeMode> parseRuntimeMode(const QString &text);

struct SelectedRuntime
{
    std::unique_ptr<ContainerRuntime> runtime;
    RuntimeInfo info;
    QString warning; ///< set when auto fell back to the process runner
};

/// docker: DockerCliRuntime (probe must succeed, else an error saying what to do);
/// process: ProcessRuntime; auto: docker if its probe succeeds, else the process runner with
/// a plain warning that steps are not isolated. A non-empty `dockerContext` is handed to every
/// docker call as DOCKER_CONTEXT (DOCKER_HOST, which would win over it, is left out).
Result<SelectedRuntime> selectRuntime(RuntimeMode mode, const QString &dockerBinary = {},
                                      const QString &dockerContext = {});

/// The git commit of the repository holding `workspace`, and whether `files` (absolute; see
/// runDependencyFiles) have uncommitted changes — only the files a run depends on count, not
/// an unrelated file of the workspace. Empty `files`: every versioned manifest. `dirtyFiles`
/// (optional) receives the changed ones, repository-relative. False when not in a repository.
bool gitStateOf(const QString &workspace, QString *commit, bool *dirty, const QStringList &files = {},
                QStringList *dirtyFiles = nullptr);

} // namespace wb::exec
