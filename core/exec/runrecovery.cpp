// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exec/runrecovery.h"

#include "core/base/tr.h"
#include "core/exec/dockercliruntime.h"
#include "core/exec/processruntime.h"
#include "core/exec/runworkspace.h"
#include "core/store/metadatastore.h"
#include "core/vcs/gitrepository.h"

#include <QDir>
#include <QFileInfo>

namespace wb::exec {

static bool runIsAlive(const QString &workspace, const QString &runId, const QSet<QString> &own)
{
    return own.contains(runId) || runfiles::lockIsAlive(runfiles::runDir(workspace, runId));
}

static Result<void> markInterrupted(store::MetadataStore &store, qint64 runId)
{
    return store.transaction([&]() -> Result<void> {
        WB_TRY(store.setProperty(store::NodeKind::Context, runId, QStringLiteral("state"),
                                 store::runStateName(store::RunState::Interrupted)));
        auto execs = store.executionsOfContext(runId);
        if (!execs.ok())
            return execs.error();
        for (store::ExecutionInfo e : *execs) {
            if (e.state != int(store::ExecutionState::Running) && e.state != int(store::ExecutionState::New))
                continue;
            e.state = int(store::ExecutionState::Failed);
            e.customProperties.insert(QStringLiteral("interrupted"), qint64(1));
            auto put = store.putExecution(e);
            if (!put.ok())
                return put.error();
        }
        return {};
    });
}

RecoveryReport recoverAfterCrash(const QString &workspace, store::MetadataStore *store,
                                 ContainerRuntime *runtime, const QSet<QString> &ownRuns)
{
    RecoveryReport report;
    // Stale locks: the process that ran the run is gone.
    const QDir runs(runfiles::runsDir(workspace));
    for (const QString &id : runs.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString dir = runs.absoluteFilePath(id);
        if (!QFileInfo::exists(dir + QStringLiteral("/run.lock")))
            continue;
        if (runIsAlive(workspace, id, ownRuns))
            report.liveRuns.append(id);
        else
            runfiles::removeLock(dir);
    }

    if (store) {
        for (store::RunState state : {store::RunState::Running, store::RunState::New}) {
            store::RunFilter filter;
            filter.state = state;
            filter.archived = store::RunFilter::Archived::Include;
            auto page = store->listRuns(filter, {}, store::PageRequest{{}, 100000});
            if (!page.ok()) {
                report.problems.append(page.error().text());
                continue;
            }
            for (const store::RunSummary &r : page->runs) {
                if (runIsAlive(workspace, r.name, ownRuns))
                    continue;
                auto m = markInterrupted(*store, r.id);
                if (m.ok())
                    report.interruptedRuns.append(r.name);
                else
                    report.problems.append(m.error().text());
            }
        }
    }

    if (runtime) {
        auto list = runtime->listContainers(QString::fromLatin1(kRunLabel));
        if (!list.ok()) {
            report.problems.append(list.error().text());
        } else {
            QStringList ids, names;
            const QString ours = ContainerRuntime::workspaceLabelValue(workspace);
            for (const ContainerInfo &c : *list) {
                if (c.runId.isEmpty() || runIsAlive(workspace, c.runId, ownRuns))
                    continue;
                // Another workspace's container (its run may be alive in another mlwb); one of
                // an older mlwb without the label counts only when its run is one of ours.
                const bool mine = c.workspace.isEmpty() ? QFileInfo(runfiles::runDir(workspace, c.runId)).isDir()
                                                        : c.workspace == ours;
                if (!mine)
                    continue;
                ids.append(c.id);
                names.append(c.name);
            }
            if (!ids.isEmpty()) {
                auto rm = runtime->removeContainers(ids);
                if (rm.ok())
                    report.removedContainers = names;
                else
                    report.problems.append(rm.error().text());
            }
        }
    }
    return report;
}

Result<RuntimeMode> parseRuntimeMode(const QString &text)
{
    if (text.isEmpty() || text == QLatin1String("auto"))
        return RuntimeMode::Auto;
    if (text == QLatin1String("docker"))
        return RuntimeMode::Docker;
    if (text == QLatin1String("process"))
        return RuntimeMode::Process;
    return makeError(QStringLiteral("bad-runtime"),
                     Tr::tr("Unknown runtime '%1'; use docker, process or auto").arg(text));
}

Result<SelectedRuntime> selectRuntime(RuntimeMode mode, const QString &dockerBinary, const QString &dockerContext)
{
    SelectedRuntime sel;
    if (mode != RuntimeMode::Process) {
        auto docker = std::make_unique<DockerCliRuntime>();
        if (!dockerBinary.isEmpty())
            docker->setBinary(dockerBinary);
        if (!dockerContext.isEmpty()) {
            // The docker CLI prefers DOCKER_HOST to DOCKER_CONTEXT: the chosen context must win.
            QProcessEnvironment env = docker->clientEnvironment();
            env.remove(QStringLiteral("DOCKER_HOST"));
            env.insert(QStringLiteral("DOCKER_CONTEXT"), dockerContext);
            docker->setClientEnvironment(env);
        }
        auto info = docker->probe();
        if (info.ok()) {
            sel.info = *info;
            sel.runtime = std::move(docker);
            return sel;
        }
        if (mode == RuntimeMode::Docker)
            return info.error();
        sel.warning = Tr::tr("No container engine answers (%1). Steps run directly on this "
                             "machine WITHOUT isolation.").arg(info.error().message);
    }
    sel.runtime = std::make_unique<ProcessRuntime>();
    auto info = sel.runtime->probe();
    if (!info.ok())
        return info.error();
    sel.info = *info;
    return sel;
}

bool gitStateOf(const QString &workspace, QString *commit, bool *dirty, const QStringList &files,
                QStringList *dirtyFiles)
{
    auto repo = vcs::GitRepository::open(workspace);
    if (!repo.ok() || repo->isEmpty())
        return false;
    auto head = repo->resolve(QStringLiteral("HEAD"));
    if (!head.ok())
        return false;
    *commit = *head;
    QStringList specs;
    for (const QString &f : files)
        if (auto rel = repo->relativePath(f); rel.ok())
            specs << *rel; // a file outside the repository has no git state
    if (!files.isEmpty() && specs.isEmpty()) {
        *dirty = false;
        return true;
    }
    auto status = files.isEmpty() ? repo->manifestStatus() : repo->status(specs);
    *dirty = status.ok() && !status->isEmpty();
    if (dirtyFiles && status.ok())
        for (const vcs::FileStatus &f : *status)
            *dirtyFiles << f.path;
    return true;
}

} // namespace wb::exec
