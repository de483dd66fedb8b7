// SPDX-License-Identifier: GPL-3.0-or-later
// History, reading past versions, restore and export: everything that looks at commits.
#include "core/vcs/gitrepository_p.h"

#include "core/base/fileio.h"
#include "core/base/tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace wb::vcs {

using namespace detail;

static CommitInfo toInfo(const git_commit *c)
{
    CommitInfo info;
    info.id = oidToString(*git_commit_id(c));
    const git_signature *a = git_commit_author(c);
    info.author = fromUtf8(a->name);
    info.email = fromUtf8(a->email);
    info.time = QDateTime::fromSecsSinceEpoch(a->when.time, Qt::UTC);
    info.message = fromUtf8(git_commit_message(c)).trimmed();
    return info;
}

Result<CommitPtr> GitRepository::Private::commitFor(const QString &rev) const
{
    if (git_repository_head_unborn(repo.get()) == 1 && (rev == QLatin1String("HEAD") || rev.startsWith(QLatin1String("HEAD"))))
        return makeError("empty-repository",
                         Tr::tr("The repository %1 has no commits yet, so '%2' does not exist; commit a file first")
                             .arg(workdir, rev));
    if (rev.trimmed().isEmpty())
        return makeError("revision-not-found", Tr::tr("No revision was given"));
    git_object *raw = nullptr;
    const int rc = git_revparse_single(&raw, repo.get(), rev.toUtf8().constData());
    ObjectPtr obj(raw);
    if (rc == GIT_EAMBIGUOUS)
        return gitError("revision-not-found",
                        Tr::tr("The revision '%1' is ambiguous in %2; give more characters of the id").arg(rev, workdir));
    if (rc < 0)
        return gitError("revision-not-found",
                        Tr::tr("The revision '%1' does not exist in %2 (use a commit id, branch, tag or HEAD~N)")
                            .arg(rev, workdir));
    git_object *peeled = nullptr;
    if (git_object_peel(&peeled, obj.get(), GIT_OBJECT_COMMIT) < 0)
        return gitError("revision-not-found", Tr::tr("The revision '%1' does not name a commit").arg(rev));
    return CommitPtr(reinterpret_cast<git_commit *>(peeled));
}

TreeEntryPtr GitRepository::Private::entryAt(const git_tree *tree, const QByteArray &path) const
{
    git_tree_entry *raw = nullptr;
    if (!tree || path.isEmpty() || git_tree_entry_bypath(&raw, tree, path.constData()) < 0)
        return {};
    return TreeEntryPtr(raw);
}

Result<QList<CommitInfo>> GitRepository::history(const QString &path, int limit, const QString &rev) const
{
    auto rel = relativePath(path);
    WB_TRY(rel);
    if (rel->isEmpty())
        return makeError("path-not-found", Tr::tr("Give a file to show the history of"));
    QList<CommitInfo> out;
    if (isEmpty() && rev == QLatin1String("HEAD"))
        return out;
    auto start = d->commitFor(rev);
    WB_TRY(start);
    const QByteArray p = rel->toUtf8();

    // A commit changed the file when the file's blob (or mode) differs from the one in its first
    // parent. Each commit's entry is looked up once and reused as the parent's entry of the
    // previous commit; identical root trees skip the lookup entirely.
    struct Entry
    {
        bool present = false;
        git_oid id{};
        git_filemode_t mode = GIT_FILEMODE_UNREADABLE;
    };
    auto entryOf = [&](const git_commit *c, Entry &e) -> bool {
        git_tree *rawTree = nullptr;
        if (git_commit_tree(&rawTree, c) < 0)
            return false;
        TreePtr tree(rawTree);
        TreeEntryPtr te = d->entryAt(tree.get(), p);
        e.present = bool(te);
        if (te) {
            e.id = *git_tree_entry_id(te.get());
            e.mode = git_tree_entry_filemode(te.get());
        }
        return true;
    };

    CommitPtr cur = std::move(start.value());
    Entry curEntry;
    if (!entryOf(cur.get(), curEntry))
        return gitError("git-error", Tr::tr("Cannot read the history of %1").arg(*rel));
    while (cur && (limit < 0 || out.size() < limit)) {
        CommitPtr parent;
        Entry parentEntry;
        if (git_commit_parentcount(cur.get()) > 0) {
            git_commit *rawParent = nullptr;
            if (git_commit_parent(&rawParent, cur.get(), 0) < 0)
                return gitError("git-error", Tr::tr("Cannot read the history of %1").arg(*rel));
            parent.reset(rawParent);
            if (git_oid_equal(git_commit_tree_id(cur.get()), git_commit_tree_id(parent.get())))
                parentEntry = curEntry;
            else if (!entryOf(parent.get(), parentEntry))
                return gitError("git-error", Tr::tr("Cannot read the history of %1").arg(*rel));
        }
        const bool changed = curEntry.present != parentEntry.present
                             || (curEntry.present
                                 && (!git_oid_equal(&curEntry.id, &parentEntry.id) || curEntry.mode != parentEntry.mode));
        if (changed)
            out.append(toInfo(cur.get()));
        cur = std::move(parent);
        curEntry = parentEntry;
    }
    return out;
}

Result<QByteArray> GitRepository::readAt(const QString &rev, const QString &path) const
{
    auto rel = relativePath(path);
    WB_TRY(rel);
    auto commit = d->commitFor(rev);
    WB_TRY(commit);
    git_tree *rawTree = nullptr;
    if (git_commit_tree(&rawTree, commit->get()) < 0)
        return gitError("git-error", Tr::tr("Cannot read the files of revision '%1'").arg(rev));
    TreePtr tree(rawTree);
    TreeEntryPtr entry = d->entryAt(tree.get(), rel->toUtf8());
    if (!entry)
        return makeError("path-not-found",
                         Tr::tr("%1 does not exist at revision '%2' (%3)")
                             .arg(*rel, rev, oidToString(*git_commit_id(commit->get())).left(10)));
    if (git_tree_entry_type(entry.get()) != GIT_OBJECT_BLOB)
        return makeError("path-not-found", Tr::tr("%1 is a folder at revision '%2', not a file").arg(*rel, rev));
    git_blob *rawBlob = nullptr;
    if (git_blob_lookup(&rawBlob, d->repo.get(), git_tree_entry_id(entry.get())) < 0)
        return gitError("git-error", Tr::tr("Cannot read %1 at revision '%2'").arg(*rel, rev));
    BlobPtr blob(rawBlob);
    return QByteArray(static_cast<const char *>(git_blob_rawcontent(blob.get())),
                      qsizetype(git_blob_rawsize(blob.get())));
}

Result<QString> GitRepository::resolve(const QString &rev) const
{
    auto commit = d->commitFor(rev);
    WB_TRY(commit);
    return oidToString(*git_commit_id(commit->get()));
}

Result<CommitInfo> GitRepository::commitInfo(const QString &rev) const
{
    auto commit = d->commitFor(rev);
    WB_TRY(commit);
    return toInfo(commit->get());
}

Result<QString> GitRepository::restore(const QString &path, const QString &rev, const QString &message,
                                       const Signature &author)
{
    auto rel = relativePath(path);
    WB_TRY(rel);
    auto st = status({*rel});
    WB_TRY(st);
    for (const FileStatus &fs : *st)
        if (fs.path == *rel)
            return makeError("would-overwrite",
                             Tr::tr("%1 has uncommitted changes (%2); commit or discard them before restoring an "
                                    "older version").arg(*rel, FileStatus::stateName(fs.state)));
    auto content = readAt(rev, *rel);
    WB_TRY(content);
    auto id = resolve(rev);
    WB_TRY(id);
    // Check the identity before writing, so a failed commit never leaves a modified file behind.
    auto sig = d->signature(author);
    WB_TRY(sig);
    const QString abs = absolutePath(*rel);
    QDir().mkpath(QFileInfo(abs).absolutePath());
    QByteArray before;
    if (QFileInfo::exists(abs)) {
        QFile current(abs);
        if (!current.open(QIODevice::ReadOnly))
            return makeError("unreadable", Tr::tr("Cannot read %1: %2").arg(abs, current.errorString()));
        before = current.readAll();
    }
    if (QFileInfo::exists(abs) && before == *content)
        return makeError("unchanged", Tr::tr("%1 is already as it was at '%2'").arg(*rel, rev));
    WB_TRY(writeFileAtomically(abs, *content));
    const QString msg = message.trimmed().isEmpty()
                            ? Tr::tr("Restore %1 from %2").arg(*rel, id->left(10))
                            : message;
    auto committed = commit({*rel}, msg, author);
    if (!committed.ok()) { // put the working copy back as it was
        if (QFileInfo::exists(abs))
            (void)writeFileAtomically(abs, before);
        return committed.error();
    }
    return committed;
}

namespace {
struct ExportState
{
    git_repository *repo;
    QString root;
    Error error;
    bool failed = false;
};

int exportEntry(const char *root, const git_tree_entry *entry, void *payload)
{
    auto *s = static_cast<ExportState *>(payload);
    const QString path = s->root + QLatin1Char('/') + QString::fromUtf8(root)
                         + QString::fromUtf8(git_tree_entry_name(entry));
    const git_object_t type = git_tree_entry_type(entry);
    if (type == GIT_OBJECT_TREE) {
        QDir().mkpath(path);
        return 0;
    }
    if (type != GIT_OBJECT_BLOB)
        return 0; // submodules are not part of a reproducible snapshot
    git_blob *raw = nullptr;
    if (git_blob_lookup(&raw, s->repo, git_tree_entry_id(entry)) < 0) {
        s->error = gitError("git-error", Tr::tr("Cannot read %1 from git").arg(path));
        s->failed = true;
        return -1;
    }
    BlobPtr blob(raw);
    const QByteArray bytes(static_cast<const char *>(git_blob_rawcontent(blob.get())),
                           qsizetype(git_blob_rawsize(blob.get())));
    const git_filemode_t mode = git_tree_entry_filemode(entry);
    if (mode == GIT_FILEMODE_LINK) {
        QFile::link(QString::fromUtf8(bytes), path);
        return 0;
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
        s->error = makeError("write-failed", Tr::tr("Cannot write %1: %2").arg(path, f.errorString()));
        s->failed = true;
        return -1;
    }
    if (mode == GIT_FILEMODE_BLOB_EXECUTABLE)
        f.setPermissions(f.permissions() | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
    return 0;
}
} // namespace

Result<void> GitRepository::exportTree(const QString &rev, const QString &targetDir) const
{
    QDir dir(targetDir);
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return makeError("exists", Tr::tr("Cannot export into %1: the folder is not empty").arg(targetDir));
    auto commit = d->commitFor(rev);
    WB_TRY(commit);
    if (!QDir().mkpath(targetDir))
        return makeError("write-failed", Tr::tr("Cannot create the folder %1").arg(targetDir));
    git_tree *rawTree = nullptr;
    if (git_commit_tree(&rawTree, commit->get()) < 0)
        return gitError("git-error", Tr::tr("Cannot read the files of revision '%1'").arg(rev));
    TreePtr tree(rawTree);
    ExportState state{d->repo.get(), QFileInfo(targetDir).absoluteFilePath(), {}, false};
    if (git_tree_walk(tree.get(), GIT_TREEWALK_PRE, &exportEntry, &state) < 0 || state.failed)
        return state.failed ? state.error : gitError("git-error", Tr::tr("Cannot export revision '%1'").arg(rev));
    return {};
}

} // namespace wb::vcs
