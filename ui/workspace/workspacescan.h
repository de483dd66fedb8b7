// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace wb::ui {

/// What a workspace file is to mlwb.
enum class WorkspaceFileKind {
    Pipeline,  ///< *.pipeline.yaml
    Component, ///< component.yaml, *.component.yaml
    Dataset,   ///< *.dataset.yaml, .dvc, and the outputs dvc.lock lists
    Notebook,  ///< *.ipynb
    Other,
};

/// A file's state in git, as the workspace browser shows it.
enum class WorkspaceGitState {
    NoRepository, ///< the workspace is not in a git repository
    Clean,
    Modified,
    Untracked,
    Added,     ///< new and staged
    Deleted,   ///< tracked, missing from the working tree
    Conflicted,
    Ignored,
};

struct WorkspaceEntry
{
    QString path; ///< relative to the workspace, '/' separated
    WorkspaceFileKind kind = WorkspaceFileKind::Other;
    WorkspaceGitState git = WorkspaceGitState::NoRepository;
    bool exists = true; ///< false: deleted, or a dvc.lock output that is not pulled
    QString detail;     ///< e.g. "output of stage train in dvc.lock", or why a manifest does not parse
};

/// One look at a workspace (what the browser lists, and which folders it watches).
struct WorkspaceScan
{
    QString root;
    QList<WorkspaceEntry> files; ///< sorted by path
    QStringList dirs;            ///< relative folders walked ("" = the root), to watch
    bool truncated = false;      ///< more than the limit of files: the rest is not listed
    bool repository = false;
    QString gitError;            ///< the status could not be read

    int count(WorkspaceFileKind kind) const;
    QStringList paths(WorkspaceFileKind kind) const;
    const WorkspaceEntry *entry(const QString &path) const;
};

/// Walks `root` (hidden folders such as .git, .mlwb and .dvc are skipped), sorts every file
/// into its kind and reads its git state. Blocking (disk and git): call it off the GUI thread.
WorkspaceScan scanWorkspace(const QString &root, int maxFiles = 20000);

/// By name alone (no dataset listing): pipeline, component, dataset manifest, notebook, other.
WorkspaceFileKind kindOfFileName(const QString &fileName);

struct WorkspaceLabels
{
    Q_DECLARE_TR_FUNCTIONS(wb::ui::WorkspaceBrowser)
public:
    /// "Pipelines (3)", …, "Other files (12)".
    static QString group(WorkspaceFileKind kind, int count);
    static QString git(WorkspaceGitState state);
};

} // namespace wb::ui
