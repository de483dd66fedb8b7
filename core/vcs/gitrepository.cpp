// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vcs/gitrepository_p.h"

#include "core/base/fileio.h"
#include "core/base/tr.h"

#include <QDir>
#include <QFileInfo>

#include <vector>

namespace wb::vcs {

using namespace detail;

QString FileStatus::stateName(FileState s)
{
    switch (s) {
    case FileState::New: return QStringLiteral("new");
    case FileState::Modified: return QStringLiteral("modified");
    case FileState::Deleted: return QStringLiteral("deleted");
    case FileState::Conflicted: return QStringLiteral("conflicted");
    }
    return {};
}

GitRepository::GitRepository(std::unique_ptr<Private> p) : d(std::move(p)) {}
GitRepository::GitRepository(GitRepository &&) noexcept = default;
GitRepository &GitRepository::operator=(GitRepository &&) noexcept = default;
GitRepository::~GitRepository() = default;

static QString canonicalDir(const char *dir)
{
    QString s = QFileInfo(QString::fromUtf8(dir)).canonicalFilePath();
    while (s.size() > 1 && s.endsWith(QLatin1Char('/')))
        s.chop(1);
    return s;
}

Result<GitRepository> GitRepository::open(const QString &path)
{
    auto d = std::make_unique<Private>();
    QFileInfo info(path.isEmpty() ? QStringLiteral(".") : path);
    if (!info.exists())
        return makeError("not-found", Tr::tr("Cannot open a repository at %1: the folder does not exist").arg(path));
    const QString start = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    git_repository *raw = nullptr;
    const int rc = git_repository_open_ext(&raw, start.toUtf8().constData(), 0, nullptr);
    d->repo.reset(raw);
    if (rc == GIT_ENOTFOUND)
        return makeError("not-a-repository",
                         Tr::tr("%1 is not inside a git repository. Create one with 'mlwb-cli init' "
                                "(or 'git init') first.").arg(start));
    if (rc < 0)
        return gitError("git-error", Tr::tr("Cannot open the git repository at %1").arg(start));
    if (git_repository_is_bare(d->repo.get()))
        return makeError("bare-repository",
                         Tr::tr("%1 is a bare repository; open a clone with a working tree instead").arg(start));
    d->workdir = canonicalDir(git_repository_workdir(d->repo.get()));
    return GitRepository(std::move(d));
}

QByteArray GitRepository::defaultGitignore()
{
    return QByteArrayLiteral(
        "# mlwb: run data and data files stay out of git; their manifests are versioned.\n"
        "# Run records, caches and run outputs\n"
        ".mlwb/\n"
        "# Data files under data/ (any depth) - only their manifests are committed\n"
        "/data/**\n"
        "!/data/**/\n"
        "!/data/**/*.dataset.yaml\n"
        "!/data/**/*.dvc\n"
        "!/data/**/.gitignore\n"
        "# Data files elsewhere are listed below by 'mlwb-cli dataset add'\n");
}

Result<GitRepository> GitRepository::init(const QString &dir)
{
    if (!QDir().mkpath(dir))
        return makeError("write-failed", Tr::tr("Cannot create the folder %1").arg(dir));
    const QString abs = QFileInfo(dir).absoluteFilePath();
    if (QFileInfo::exists(abs + QStringLiteral("/.git")))
        return makeError("exists", Tr::tr("%1 already contains a git repository").arg(abs));
    auto d = std::make_unique<Private>();
    git_repository *raw = nullptr;
    const int rc = git_repository_init(&raw, abs.toUtf8().constData(), 0);
    d->repo.reset(raw);
    if (rc < 0)
        return gitError("git-error", Tr::tr("Cannot create a git repository in %1").arg(abs));
    d->workdir = canonicalDir(git_repository_workdir(d->repo.get()));
    const QString ignore = d->workdir + QStringLiteral("/.gitignore");
    if (!QFileInfo::exists(ignore))
        WB_TRY(writeFileAtomically(ignore, defaultGitignore()));
    return GitRepository(std::move(d));
}

Result<GitRepository> GitRepository::openOrInit(const QString &dir)
{
    auto opened = open(dir);
    if (opened.ok() || opened.error().code != QLatin1String("not-a-repository"))
        return opened;
    return init(dir);
}

QString GitRepository::workdir() const
{
    return d->workdir;
}

Result<QString> GitRepository::relativePath(const QString &path) const
{
    QString abs;
    if (QDir::isRelativePath(path)) {
        abs = d->workdir + QLatin1Char('/') + path;
    } else {
        QFileInfo info(path);
        abs = info.exists() ? info.canonicalFilePath() : QString();
        if (abs.isEmpty()) { // deleted file: canonicalise the folder that still exists
            const QString parent = QFileInfo(info.absolutePath()).canonicalFilePath();
            abs = (parent.isEmpty() ? info.absolutePath() : parent) + QLatin1Char('/') + info.fileName();
        }
    }
    abs = QDir::cleanPath(abs);
    if (abs == d->workdir)
        return QString();
    if (!abs.startsWith(d->workdir + QLatin1Char('/')))
        return makeError("outside-repository",
                         Tr::tr("%1 is outside the repository %2").arg(path, d->workdir));
    return abs.mid(d->workdir.size() + 1);
}

QString GitRepository::absolutePath(const QString &relativePath) const
{
    return relativePath.isEmpty() ? d->workdir : d->workdir + QLatin1Char('/') + relativePath;
}

bool GitRepository::isEmpty() const
{
    return git_repository_is_empty(d->repo.get()) == 1 || git_repository_head_unborn(d->repo.get()) == 1;
}

bool GitRepository::isDetached() const
{
    return git_repository_head_detached(d->repo.get()) == 1;
}

bool GitRepository::isIgnored(const QString &path) const
{
    int ignored = 0;
    return git_ignore_path_is_ignored(&ignored, d->repo.get(), path.toUtf8().constData()) == 0 && ignored;
}

Result<QList<FileStatus>> GitRepository::status(const QStringList &pathspecs) const
{
    std::vector<QByteArray> specs;
    for (const QString &p : pathspecs)
        specs.push_back(p.toUtf8());
    std::vector<char *> ptrs;
    for (QByteArray &s : specs)
        ptrs.push_back(s.data());
    git_status_options opts = GIT_STATUS_OPTIONS_INIT;
    opts.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
    opts.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS
                 | GIT_STATUS_OPT_EXCLUDE_SUBMODULES | GIT_STATUS_OPT_SORT_CASE_SENSITIVELY;
    opts.pathspec = {ptrs.data(), ptrs.size()};
    git_status_list *raw = nullptr;
    if (git_status_list_new(&raw, d->repo.get(), &opts) < 0)
        return gitError("git-error", Tr::tr("Cannot read the status of %1").arg(d->workdir));
    StatusListPtr list(raw);
    QList<FileStatus> out;
    const size_t n = git_status_list_entrycount(list.get());
    for (size_t i = 0; i < n; ++i) {
        const git_status_entry *e = git_status_byindex(list.get(), i);
        if (e->status == GIT_STATUS_CURRENT || (e->status & GIT_STATUS_IGNORED))
            continue;
        const git_diff_delta *delta = e->index_to_workdir ? e->index_to_workdir : e->head_to_index;
        FileStatus fs;
        fs.path = fromUtf8(delta->new_file.path ? delta->new_file.path : delta->old_file.path);
        const unsigned s = e->status;
        fs.staged = s & (GIT_STATUS_INDEX_NEW | GIT_STATUS_INDEX_MODIFIED | GIT_STATUS_INDEX_DELETED
                         | GIT_STATUS_INDEX_RENAMED | GIT_STATUS_INDEX_TYPECHANGE);
        if (s & GIT_STATUS_CONFLICTED)
            fs.state = FileState::Conflicted;
        else if (s & (GIT_STATUS_WT_DELETED | GIT_STATUS_INDEX_DELETED))
            fs.state = FileState::Deleted;
        else if (s & (GIT_STATUS_WT_NEW | GIT_STATUS_INDEX_NEW))
            fs.state = FileState::New;
        else
            fs.state = FileState::Modified;
        out.append(fs);
    }
    return out;
}

QStringList GitRepository::manifestPatterns()
{
    // Pathspec '*' crosses '/', so these match at any depth.
    return {QStringLiteral("*.pipeline.yaml"), QStringLiteral("*.dataset.yaml"),
            QStringLiteral("*.dvc"), QStringLiteral("*component.yaml")};
}

Result<QList<FileStatus>> GitRepository::manifestStatus() const
{
    return status(manifestPatterns());
}

Result<Signature> GitRepository::defaultSignature() const
{
    git_signature *raw = nullptr;
    const int rc = git_signature_default(&raw, d->repo.get());
    SignaturePtr sig(raw);
    if (rc == GIT_ENOTFOUND)
        return makeError("no-identity",
                         Tr::tr("Git does not know who you are: set user.name and user.email "
                                "(git config --global user.name \"Your Name\"; git config --global "
                                "user.email you@example.com) or give an author explicitly"));
    if (rc < 0)
        return gitError("git-error", Tr::tr("Cannot read user.name/user.email from the git configuration"));
    return Signature{fromUtf8(sig->name), fromUtf8(sig->email)};
}

Result<SignaturePtr> GitRepository::Private::signature(const Signature &explicitOne) const
{
    Signature who = explicitOne;
    if (who.isEmpty()) {
        git_signature *raw = nullptr;
        const int rc = git_signature_default(&raw, repo.get());
        if (rc == 0)
            return SignaturePtr(raw);
        if (rc != GIT_ENOTFOUND)
            return gitError("git-error", Tr::tr("Cannot read user.name/user.email from the git configuration"));
        return makeError("no-identity",
                         Tr::tr("Git does not know who you are: set user.name and user.email "
                                "in the git configuration or give an author explicitly"));
    }
    if (who.name.trimmed().isEmpty() || who.email.trimmed().isEmpty())
        return makeError("no-identity", Tr::tr("An author needs both a name and an e-mail address"));
    git_signature *raw = nullptr;
    if (git_signature_now(&raw, who.name.toUtf8().constData(), who.email.toUtf8().constData()) < 0)
        return gitError("no-identity", Tr::tr("Invalid author \"%1 <%2>\"").arg(who.name, who.email));
    return SignaturePtr(raw);
}

Result<QString> GitRepository::Private::commitTree(const git_oid &treeId, const QString &message,
                                                   const Signature &author)
{
    const QString text = message.trimmed();
    if (text.isEmpty())
        return makeError("empty-message", Tr::tr("A commit needs a message"));
    auto sig = signature(author);
    WB_TRY(sig);
    git_tree *rawTree = nullptr;
    if (git_tree_lookup(&rawTree, repo.get(), &treeId) < 0)
        return gitError("git-error", Tr::tr("Cannot read the tree to commit"));
    TreePtr tree(rawTree);
    CommitPtr parent;
    if (git_repository_head_unborn(repo.get()) != 1) {
        auto head = commitFor(QStringLiteral("HEAD"));
        WB_TRY(head);
        parent = std::move(head.value());
    }
    const git_commit *parents[1] = {parent.get()};
    git_oid id;
    const QByteArray msg = text.toUtf8() + '\n';
    if (git_commit_create(&id, repo.get(), "HEAD", sig->get(), sig->get(), nullptr, msg.constData(),
                          tree.get(), parent ? 1 : 0, parents) < 0)
        return gitError("git-error", Tr::tr("Cannot create the commit"));
    return oidToString(id);
}

Result<QString> GitRepository::commit(const QStringList &paths, const QString &message,
                                      const Signature &author)
{
    if (paths.isEmpty())
        return makeError("nothing-to-commit", Tr::tr("No files were given to commit"));
    if (message.trimmed().isEmpty())
        return makeError("empty-message", Tr::tr("A commit needs a message"));
    WB_TRY(d->signature(author)); // fail before touching anything when there is no identity

    // Baseline: HEAD's tree, or an empty tree for the root commit.
    TreePtr baseline;
    if (!isEmpty()) {
        auto head = d->commitFor(QStringLiteral("HEAD"));
        WB_TRY(head);
        git_tree *raw = nullptr;
        if (git_commit_tree(&raw, head->get()) < 0)
            return gitError("git-error", Tr::tr("Cannot read the last commit's files"));
        baseline.reset(raw);
    } else {
        git_treebuilder *rawBuilder = nullptr;
        git_oid emptyId;
        if (git_treebuilder_new(&rawBuilder, d->repo.get(), nullptr) < 0)
            return gitError("git-error", Tr::tr("Cannot prepare the first commit"));
        TreeBuilderPtr builder(rawBuilder);
        git_tree *raw = nullptr;
        if (git_treebuilder_write(&emptyId, builder.get()) < 0 || git_tree_lookup(&raw, d->repo.get(), &emptyId) < 0)
            return gitError("git-error", Tr::tr("Cannot prepare the first commit"));
        baseline.reset(raw);
    }

    // Expand folders into their changed files; collect root-relative file paths.
    QStringList files;
    for (const QString &p : paths) {
        auto rel = relativePath(p);
        WB_TRY(rel);
        if (QFileInfo(absolutePath(*rel)).isDir()) {
            auto changed = status({rel->isEmpty() ? QStringLiteral("*") : *rel + QStringLiteral("/*")});
            WB_TRY(changed);
            for (const FileStatus &fs : *changed)
                files.append(fs.path);
        } else {
            files.append(*rel);
        }
    }
    files.removeDuplicates();
    if (files.isEmpty())
        return makeError("nothing-to-commit", Tr::tr("There are no changes to commit in %1").arg(paths.join(", ")));

    auto st = status(files);
    WB_TRY(st);
    for (const FileStatus &fs : *st)
        if (fs.state == FileState::Conflicted)
            return makeError("conflicted",
                             Tr::tr("%1 has an unresolved merge conflict; resolve it before committing").arg(fs.path));

    std::vector<QByteArray> storage;
    storage.reserve(size_t(files.size()));
    std::vector<git_tree_update> updates;
    for (const QString &rel : files) {
        storage.push_back(rel.toUtf8());
        const QFileInfo info(absolutePath(rel));
        git_tree_update u{};
        u.path = storage.back().constData();
        if (info.exists() || info.isSymLink()) {
            if (isIgnored(rel) && !d->entryAt(baseline.get(), storage.back()))
                return makeError("ignored",
                                 Tr::tr("%1 is excluded by .gitignore (data files are versioned through "
                                        "their dataset manifests); commit its manifest instead").arg(rel));
            if (git_blob_create_from_workdir(&u.id, d->repo.get(), u.path) < 0)
                return gitError("git-error", Tr::tr("Cannot store %1 in git").arg(rel));
            u.action = GIT_TREE_UPDATE_UPSERT;
            u.filemode = info.isSymLink() ? GIT_FILEMODE_LINK
                         : info.isExecutable() ? GIT_FILEMODE_BLOB_EXECUTABLE : GIT_FILEMODE_BLOB;
        } else {
            if (!d->entryAt(baseline.get(), storage.back()))
                return makeError("path-not-found",
                                 Tr::tr("Cannot commit %1: the file does not exist and is not in the last commit").arg(rel));
            u.action = GIT_TREE_UPDATE_REMOVE;
        }
        updates.push_back(u);
    }
    git_oid treeId;
    if (git_tree_create_updated(&treeId, d->repo.get(), baseline.get(), updates.size(), updates.data()) < 0)
        return gitError("git-error", Tr::tr("Cannot build the tree to commit"));
    if (git_oid_equal(&treeId, git_tree_id(baseline.get())) && !isEmpty())
        return makeError("nothing-to-commit", Tr::tr("%1: nothing changed since the last commit").arg(files.join(", ")));

    auto id = d->commitTree(treeId, message, author);
    WB_TRY(id);

    // Keep the index in step so these files show as unchanged afterwards.
    git_index *rawIndex = nullptr;
    if (git_repository_index(&rawIndex, d->repo.get()) < 0)
        return gitError("git-error", Tr::tr("Committed %1, but cannot update the index").arg(*id));
    IndexPtr index(rawIndex);
    for (const git_tree_update &u : updates) {
        const int rc = u.action == GIT_TREE_UPDATE_REMOVE ? git_index_remove_bypath(index.get(), u.path)
                                                          : git_index_add_bypath(index.get(), u.path);
        if (rc < 0)
            return gitError("git-error", Tr::tr("Committed %1, but cannot update the index").arg(*id));
    }
    if (git_index_write(index.get()) < 0)
        return gitError("git-error", Tr::tr("Committed %1, but cannot write the index").arg(*id));
    return id;
}

} // namespace wb::vcs
