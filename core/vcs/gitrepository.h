// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace wb::vcs {

/// One commit as the history panel and `mlwb-cli history` show it.
struct CommitInfo
{
    QString id;      ///< full hex object id
    QString author;
    QString email;
    QDateTime time;  ///< author time, UTC
    QString message; ///< full message, trimmed

    QString summary() const { return message.section(QLatin1Char('\n'), 0, 0); }
};

enum class FileState { New, Modified, Deleted, Conflicted };

struct FileStatus
{
    QString path;  ///< relative to the repository root, '/' separated
    FileState state = FileState::Modified;
    bool staged = false; ///< the change is (also) in the index

    static QString stateName(FileState s);
};

/// Author / committer. Empty = take user.name / user.email from the git configuration.
struct Signature
{
    QString name;
    QString email;
    bool isEmpty() const { return name.isEmpty() && email.isEmpty(); }
};

struct TagInfo
{
    QString name;
    QString target;    ///< commit id the tag points at
    bool annotated = false;
    QString message;   ///< annotated tags only
};

/// A git repository through libgit2. Paths given to it are either absolute or relative to the
/// repository root (`workdir()`); results use root-relative '/' paths.
///
/// Error codes callers rely on: "not-a-repository", "empty-repository", "revision-not-found",
/// "path-not-found" (path absent at a revision), "no-identity" (no user.name/user.email; ask
/// the user and pass an explicit Signature), "would-overwrite" (a switch or restore would
/// lose local changes), "conflicted", "detached-head", "exists", "git-error" (anything else,
/// with libgit2's text as detail).
///
/// History is never rewritten: restore() and commit() only add commits.
class GitRepository
{
public:
    /// Opens the repository containing `path` (a folder or file; searched upwards).
    static Result<GitRepository> open(const QString &path);
    /// Creates a repository in `dir` (created if needed) with mlwb's .gitignore
    /// (see defaultGitignore()). An existing repository there is an error ("exists").
    static Result<GitRepository> init(const QString &dir);
    /// open() when `dir` is inside a repository, init() otherwise.
    static Result<GitRepository> openOrInit(const QString &dir);

    /// What init() writes: run data (`.mlwb/`) and the contents of `data/` stay out of git
    /// except the manifests that describe them (`*.dataset.yaml`, `*.dvc`).
    static QByteArray defaultGitignore();

    GitRepository(GitRepository &&) noexcept;
    GitRepository &operator=(GitRepository &&) noexcept;
    ~GitRepository();

    QString workdir() const;                       ///< absolute, no trailing slash
    /// Root-relative form of an absolute or root-relative path; error when outside the repo.
    Result<QString> relativePath(const QString &path) const;
    QString absolutePath(const QString &relativePath) const;

    bool isEmpty() const;    ///< no commits yet (unborn HEAD)
    bool isDetached() const; ///< HEAD points at a commit, not a branch
    /// True when git's ignore rules exclude the (root-relative) path.
    bool isIgnored(const QString &path) const;

    /// Changed files (untracked counted as New), limited to `pathspecs` (git pathspec patterns,
    /// root-relative; empty = everything).
    Result<QList<FileStatus>> status(const QStringList &pathspecs = {}) const;
    /// status() of the files mlwb versions: pipelines, dataset manifests, .dvc files, components.
    Result<QList<FileStatus>> manifestStatus() const;
    static QStringList manifestPatterns();

    /// Commits exactly `paths` (their working-tree state: added, modified or deleted) on top of
    /// HEAD, like `git commit -- paths`; other staged changes stay staged. Works on an empty
    /// repository (root commit) and on a detached HEAD. Returns the new commit id.
    Result<QString> commit(const QStringList &paths, const QString &message,
                           const Signature &author = {});

    /// Commits that changed `path`, newest first, following first parents from `rev`.
    /// `limit` < 0 = all. An empty repository has an empty history.
    Result<QList<CommitInfo>> history(const QString &path, int limit = -1,
                                      const QString &rev = QStringLiteral("HEAD")) const;
    /// File content at a revision (HEAD, HEAD~2, short id, branch, tag).
    Result<QByteArray> readAt(const QString &rev, const QString &path) const;
    /// Full commit id of a revision.
    Result<QString> resolve(const QString &rev) const;
    Result<CommitInfo> commitInfo(const QString &rev) const;
    /// Writes `path` as it was at `rev` and commits it as a NEW commit. Refuses
    /// ("would-overwrite") when the file has uncommitted changes.
    Result<QString> restore(const QString &path, const QString &rev, const QString &message = {},
                            const Signature &author = {});

    Result<QStringList> branches() const;
    /// Current branch name; empty when detached or (for an unborn branch) its name.
    Result<QString> currentBranch() const;
    Result<void> createBranch(const QString &name, const QString &rev = QStringLiteral("HEAD"));
    /// Checks the branch out safely: refuses ("would-overwrite") when local changes would be lost.
    Result<void> switchBranch(const QString &name);
    /// Checks a revision out as a detached HEAD (safely, as switchBranch()).
    Result<void> checkoutDetached(const QString &rev);

    /// Lightweight tag when `message` is empty, annotated otherwise.
    Result<void> createTag(const QString &name, const QString &rev = QStringLiteral("HEAD"),
                           const QString &message = {}, const Signature &tagger = {});
    Result<QList<TagInfo>> tags() const;

    /// Writes the tree of `rev` into `targetDir` (must be empty or absent): what "reproduce"
    /// runs from. Raw blobs, no filters; the repository, its index and HEAD are not touched.
    Result<void> exportTree(const QString &rev, const QString &targetDir) const;

    /// user.name / user.email from the git configuration, or "no-identity".
    Result<Signature> defaultSignature() const;

private:
    struct Private;
    explicit GitRepository(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
    friend struct GitRepositoryAccess;
};

} // namespace wb::vcs
