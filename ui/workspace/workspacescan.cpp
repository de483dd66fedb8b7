// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workspace/workspacescan.h"

#include "core/vcs/datasetscan.h"
#include "core/vcs/gitrepository.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace wb::ui {

int WorkspaceScan::count(WorkspaceFileKind kind) const
{
    return int(std::count_if(files.cbegin(), files.cend(), [kind](const WorkspaceEntry &e) { return e.kind == kind; }));
}

QStringList WorkspaceScan::paths(WorkspaceFileKind kind) const
{
    QStringList out;
    for (const WorkspaceEntry &e : files)
        if (e.kind == kind)
            out << e.path;
    return out;
}

const WorkspaceEntry *WorkspaceScan::entry(const QString &path) const
{
    for (const WorkspaceEntry &e : files)
        if (e.path == path)
            return &e;
    return nullptr;
}

WorkspaceFileKind kindOfFileName(const QString &fileName)
{
    const QString name = fileName.section(QLatin1Char('/'), -1).toLower();
    auto endsWith = [&name](const char *suffix) { return name.endsWith(QLatin1String(suffix)); };
    if (endsWith(".pipeline.yaml") || endsWith(".pipeline.yml"))
        return WorkspaceFileKind::Pipeline;
    if (name == QLatin1String("component.yaml") || name == QLatin1String("component.yml")
        || endsWith(".component.yaml") || endsWith(".component.yml"))
        return WorkspaceFileKind::Component;
    if (endsWith(".dataset.yaml") || endsWith(".dataset.yml") || endsWith(".dvc") || name == QLatin1String("dvcfile"))
        return WorkspaceFileKind::Dataset;
    if (endsWith(".ipynb"))
        return WorkspaceFileKind::Notebook;
    return WorkspaceFileKind::Other;
}

// Files and folders below root, hidden folders skipped.
static void walk(const QString &root, int maxFiles, WorkspaceScan &scan)
{
    const QDir base(root);
    QStringList pending{QString()};
    while (!pending.isEmpty()) {
        const QString rel = pending.takeFirst();
        scan.dirs << rel;
        const QDir dir(rel.isEmpty() ? root : base.filePath(rel));
        const QFileInfoList entries = dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                                                        QDir::Name | QDir::DirsFirst);
        for (const QFileInfo &fi : entries) {
            const QString path = rel.isEmpty() ? fi.fileName() : rel + QLatin1Char('/') + fi.fileName();
            if (fi.isDir()) {
                if (!fi.fileName().startsWith(QLatin1Char('.')) && !fi.isSymLink())
                    pending << path;
                continue;
            }
            if (scan.files.size() >= maxFiles) {
                scan.truncated = true;
                return;
            }
            scan.files.append(WorkspaceEntry{path, kindOfFileName(path), WorkspaceGitState::NoRepository, true, {}});
        }
    }
}

static WorkspaceGitState gitState(const vcs::FileStatus &s)
{
    switch (s.state) {
    case vcs::FileState::New: return s.staged ? WorkspaceGitState::Added : WorkspaceGitState::Untracked;
    case vcs::FileState::Modified: return WorkspaceGitState::Modified;
    case vcs::FileState::Deleted: return WorkspaceGitState::Deleted;
    case vcs::FileState::Conflicted: return WorkspaceGitState::Conflicted;
    }
    return WorkspaceGitState::Modified;
}

static void readGitStates(const QString &root, WorkspaceScan &scan, QHash<QString, int> &index)
{
    auto repo = vcs::GitRepository::open(root);
    if (!repo.ok())
        return;
    scan.repository = true;
    const QDir base(root);
    const QDir top(repo->workdir());
    auto status = repo->status();
    if (!status.ok()) {
        scan.gitError = status.error().text();
        return;
    }
    QHash<QString, WorkspaceGitState> changed;
    for (const vcs::FileStatus &s : *status) {
        const QString rel = base.relativeFilePath(top.absoluteFilePath(s.path));
        if (rel.startsWith(QLatin1String("../")))
            continue; // elsewhere in a bigger repository
        changed.insert(rel, gitState(s));
        if (s.state == vcs::FileState::Deleted && !index.contains(rel)) {
            index.insert(rel, int(scan.files.size()));
            scan.files.append(WorkspaceEntry{rel, kindOfFileName(rel), WorkspaceGitState::Deleted, false, {}});
        }
    }
    for (WorkspaceEntry &e : scan.files) {
        if (auto it = changed.constFind(e.path); it != changed.cend()) {
            e.git = *it;
            continue;
        }
        auto repoPath = repo->relativePath(base.absoluteFilePath(e.path));
        e.git = repoPath.ok() && repo->isIgnored(*repoPath) ? WorkspaceGitState::Ignored : WorkspaceGitState::Clean;
    }
}

// Dataset manifests, .dvc files and the dvc.lock outputs, as datasetscan lists them.
static void markDatasets(const QString &root, WorkspaceScan &scan, QHash<QString, int> &index)
{
    for (const vcs::DatasetEntry &d : vcs::listDatasets(root)) {
        const bool lockOutput = d.kind == QLatin1String("dvc.lock");
        if (lockOutput && (d.path.isEmpty() || d.path.contains(QLatin1String("://"))))
            continue;
        const QString path = lockOutput ? d.path : d.file;
        QString detail = lockOutput ? WorkspaceLabels::tr("Output of stage %1 in %2").arg(d.stage, d.file) : QString();
        if (!d.error.isEmpty())
            detail = d.error;
        auto it = index.constFind(path);
        if (it == index.cend()) {
            if (!lockOutput)
                continue; // beyond the limit of listed files
            const QFileInfo data(QDir(root).filePath(path));
            if (data.isDir())
                detail += QLatin1Char('\n') + WorkspaceLabels::tr("A folder of data");
            else if (!data.exists())
                detail += QLatin1Char('\n') + WorkspaceLabels::tr("Not in the workspace: dvc pull fetches it");
            const bool exists = data.exists();
            index.insert(path, int(scan.files.size()));
            scan.files.append(WorkspaceEntry{path, WorkspaceFileKind::Dataset, WorkspaceGitState::NoRepository,
                                             exists, detail.trimmed()});
            continue;
        }
        WorkspaceEntry &e = scan.files[*it];
        e.kind = WorkspaceFileKind::Dataset;
        if (!detail.isEmpty())
            e.detail = detail;
    }
}

WorkspaceScan scanWorkspace(const QString &root, int maxFiles)
{
    WorkspaceScan scan;
    scan.root = QDir(root).absolutePath();
    if (!QFileInfo(scan.root).isDir())
        return scan;
    walk(scan.root, maxFiles, scan);
    QHash<QString, int> index;
    for (int i = 0; i < scan.files.size(); ++i)
        index.insert(scan.files.at(i).path, i);
    markDatasets(scan.root, scan, index);
    readGitStates(scan.root, scan, index);
    std::sort(scan.files.begin(), scan.files.end(),
              [](const WorkspaceEntry &a, const WorkspaceEntry &b) { return a.path < b.path; });
    return scan;
}

QString WorkspaceLabels::group(WorkspaceFileKind kind, int count)
{
    switch (kind) {
    case WorkspaceFileKind::Pipeline: return tr("Pipelines (%1)").arg(count);
    case WorkspaceFileKind::Component: return tr("Components (%1)").arg(count);
    case WorkspaceFileKind::Dataset: return tr("Datasets (%1)").arg(count);
    case WorkspaceFileKind::Notebook: return tr("Notebooks (%1)").arg(count);
    case WorkspaceFileKind::Other: return tr("Other files (%1)").arg(count);
    }
    return {};
}

QString WorkspaceLabels::git(WorkspaceGitState state)
{
    switch (state) {
    case WorkspaceGitState::NoRepository: return QString();
    case WorkspaceGitState::Clean: return tr("clean");
    case WorkspaceGitState::Modified: return tr("modified");
    case WorkspaceGitState::Untracked: return tr("untracked");
    case WorkspaceGitState::Added: return tr("added");
    case WorkspaceGitState::Deleted: return tr("deleted");
    case WorkspaceGitState::Conflicted: return tr("conflicted");
    case WorkspaceGitState::Ignored: return tr("ignored");
    }
    return {};
}

} // namespace wb::ui
