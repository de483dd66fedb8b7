// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/vcs/gitrepository.h"
#include "core/vcs/gitsupport_p.h"

namespace wb::vcs {

struct GitRepository::Private
{
    detail::GitLibrary library; // first member: destroyed after every handle below
    detail::RepoPtr repo;
    QString workdir;

    /// The commit a revision names; "revision-not-found" / "empty-repository" otherwise.
    Result<detail::CommitPtr> commitFor(const QString &rev) const;
    /// The entry of `path` in `tree`, or null when absent.
    detail::TreeEntryPtr entryAt(const git_tree *tree, const QByteArray &path) const;
    Result<detail::SignaturePtr> signature(const Signature &explicitOne) const;
    /// Creates a commit of `tree` on HEAD (root commit when HEAD is unborn).
    Result<QString> commitTree(const git_oid &treeId, const QString &message, const Signature &author);
    Result<void> checkoutCommit(const git_commit *commit);
};

} // namespace wb::vcs
