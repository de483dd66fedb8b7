// SPDX-License-Identifier: GPL-3.0-or-later
// Branches, tags and checkout.
#include "core/vcs/gitrepository_p.h"

#include "core/base/tr.h"

namespace wb::vcs {

using namespace detail;

static const QString kHeadsPrefix = QStringLiteral("refs/heads/");

Result<QStringList> GitRepository::branches() const
{
    git_branch_iterator *rawIt = nullptr;
    if (git_branch_iterator_new(&rawIt, d->repo.get(), GIT_BRANCH_LOCAL) < 0)
        return gitError("git-error", Tr::tr("Cannot list the branches of %1").arg(d->workdir));
    BranchIterPtr it(rawIt);
    QStringList out;
    git_reference *rawRef = nullptr;
    git_branch_t type;
    while (git_branch_next(&rawRef, &type, it.get()) == 0) {
        RefPtr ref(rawRef);
        const char *name = nullptr;
        if (git_branch_name(&name, ref.get()) == 0)
            out.append(fromUtf8(name));
    }
    out.sort();
    return out;
}

Result<QString> GitRepository::currentBranch() const
{
    if (isDetached())
        return QString();
    git_reference *raw = nullptr;
    // HEAD itself is symbolic; its target names the branch even when that branch has no commit.
    if (git_reference_lookup(&raw, d->repo.get(), "HEAD") < 0)
        return gitError("git-error", Tr::tr("Cannot read HEAD of %1").arg(d->workdir));
    RefPtr head(raw);
    const QString target = fromUtf8(git_reference_symbolic_target(head.get()));
    return target.startsWith(kHeadsPrefix) ? target.mid(kHeadsPrefix.size()) : target;
}

Result<void> GitRepository::createBranch(const QString &name, const QString &rev)
{
    auto commit = d->commitFor(rev);
    WB_TRY(commit);
    git_reference *raw = nullptr;
    const int rc = git_branch_create(&raw, d->repo.get(), name.toUtf8().constData(), commit->get(), 0);
    RefPtr ref(raw);
    if (rc == GIT_EEXISTS)
        return makeError("exists", Tr::tr("A branch named '%1' already exists").arg(name));
    if (rc == GIT_EINVALIDSPEC)
        return gitError("invalid-name", Tr::tr("'%1' is not a valid branch name").arg(name));
    if (rc < 0)
        return gitError("git-error", Tr::tr("Cannot create the branch '%1'").arg(name));
    return {};
}

Result<void> GitRepository::Private::checkoutCommit(const git_commit *commit)
{
    git_checkout_options opts = GIT_CHECKOUT_OPTIONS_INIT;
    // SAFE: only touch files that are unmodified; any file the switch would overwrite is a conflict.
    opts.checkout_strategy = GIT_CHECKOUT_SAFE;
    const int rc = git_checkout_tree(repo.get(), reinterpret_cast<const git_object *>(commit), &opts);
    if (rc == GIT_ECONFLICT)
        return gitError("would-overwrite",
                        Tr::tr("Local changes would be overwritten; commit them first (nothing was changed)"));
    if (rc < 0)
        return gitError("git-error", Tr::tr("Cannot check out the files"));
    return {};
}

Result<void> GitRepository::switchBranch(const QString &name)
{
    git_reference *raw = nullptr;
    const int rc = git_branch_lookup(&raw, d->repo.get(), name.toUtf8().constData(), GIT_BRANCH_LOCAL);
    RefPtr ref(raw);
    if (rc == GIT_ENOTFOUND || rc == GIT_EINVALIDSPEC)
        return makeError("branch-not-found", Tr::tr("There is no branch named '%1'").arg(name));
    if (rc < 0)
        return gitError("git-error", Tr::tr("Cannot switch to the branch '%1'").arg(name));
    auto commit = d->commitFor(kHeadsPrefix + name);
    WB_TRY(commit);
    if (auto r = d->checkoutCommit(commit->get()); !r.ok())
        return makeError(r.error().code, Tr::tr("Cannot switch to '%1': %2").arg(name, r.error().message), r.error().detail);
    if (git_repository_set_head(d->repo.get(), git_reference_name(ref.get())) < 0)
        return gitError("git-error", Tr::tr("Cannot switch to the branch '%1'").arg(name));
    return {};
}

Result<void> GitRepository::checkoutDetached(const QString &rev)
{
    auto commit = d->commitFor(rev);
    WB_TRY(commit);
    if (auto r = d->checkoutCommit(commit->get()); !r.ok())
        return makeError(r.error().code, Tr::tr("Cannot check out '%1': %2").arg(rev, r.error().message), r.error().detail);
    if (git_repository_set_head_detached(d->repo.get(), git_commit_id(commit->get())) < 0)
        return gitError("git-error", Tr::tr("Cannot check out '%1'").arg(rev));
    return {};
}

Result<void> GitRepository::createTag(const QString &name, const QString &rev, const QString &message,
                                      const Signature &tagger)
{
    auto commit = d->commitFor(rev);
    WB_TRY(commit);
    const auto *target = reinterpret_cast<const git_object *>(commit->get());
    git_oid id;
    int rc;
    if (message.trimmed().isEmpty()) {
        rc = git_tag_create_lightweight(&id, d->repo.get(), name.toUtf8().constData(), target, 0);
    } else {
        auto sig = d->signature(tagger);
        WB_TRY(sig);
        const QByteArray msg = message.trimmed().toUtf8() + '\n';
        rc = git_tag_create(&id, d->repo.get(), name.toUtf8().constData(), target, sig->get(), msg.constData(), 0);
    }
    if (rc == GIT_EEXISTS)
        return makeError("exists", Tr::tr("A tag named '%1' already exists").arg(name));
    if (rc == GIT_EINVALIDSPEC)
        return gitError("invalid-name", Tr::tr("'%1' is not a valid tag name").arg(name));
    if (rc < 0)
        return gitError("git-error", Tr::tr("Cannot create the tag '%1'").arg(name));
    return {};
}

Result<QList<TagInfo>> GitRepository::tags() const
{
    StrArrayGuard names;
    if (git_tag_list(&names.array, d->repo.get()) < 0)
        return gitError("git-error", Tr::tr("Cannot list the tags of %1").arg(d->workdir));
    QList<TagInfo> out;
    for (size_t i = 0; i < names.array.count; ++i) {
        TagInfo info;
        info.name = fromUtf8(names.array.strings[i]);
        git_reference *rawRef = nullptr;
        const QByteArray refName = "refs/tags/" + QByteArray(names.array.strings[i]);
        if (git_reference_lookup(&rawRef, d->repo.get(), refName.constData()) < 0)
            continue;
        RefPtr ref(rawRef);
        git_tag *rawTag = nullptr;
        if (const git_oid *oid = git_reference_target(ref.get()); oid && git_tag_lookup(&rawTag, d->repo.get(), oid) == 0) {
            TagPtr tag(rawTag);
            info.annotated = true;
            info.message = fromUtf8(git_tag_message(tag.get())).trimmed();
        }
        git_object *rawObj = nullptr;
        if (git_reference_peel(&rawObj, ref.get(), GIT_OBJECT_COMMIT) == 0) {
            ObjectPtr obj(rawObj);
            info.target = oidToString(*git_object_id(obj.get()));
        }
        out.append(info);
    }
    return out;
}

} // namespace wb::vcs
