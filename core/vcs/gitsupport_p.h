// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to wb_vcs: RAII for libgit2 handles and error conversion. Never include from a
// public header (libgit2 stays out of the API).

#include "core/base/result.h"

#include <git2.h>

#include <QString>

#include <memory>

namespace wb::vcs::detail {

/// Process-wide libgit2 initialisation. git_libgit2_init is reference counted, so every
/// GitRepository holds one guard and the library shuts down after the last one goes.
class GitLibrary
{
public:
    GitLibrary() { git_libgit2_init(); }
    ~GitLibrary() { git_libgit2_shutdown(); }
    GitLibrary(const GitLibrary &) = delete;
    GitLibrary &operator=(const GitLibrary &) = delete;
};

template<typename T, void (*Free)(T *)>
struct GitDeleter
{
    void operator()(T *p) const
    {
        if (p)
            Free(p);
    }
};

using RepoPtr = std::unique_ptr<git_repository, GitDeleter<git_repository, git_repository_free>>;
using CommitPtr = std::unique_ptr<git_commit, GitDeleter<git_commit, git_commit_free>>;
using TreePtr = std::unique_ptr<git_tree, GitDeleter<git_tree, git_tree_free>>;
using TreeEntryPtr = std::unique_ptr<git_tree_entry, GitDeleter<git_tree_entry, git_tree_entry_free>>;
using BlobPtr = std::unique_ptr<git_blob, GitDeleter<git_blob, git_blob_free>>;
using ObjectPtr = std::unique_ptr<git_object, GitDeleter<git_object, git_object_free>>;
using IndexPtr = std::unique_ptr<git_index, GitDeleter<git_index, git_index_free>>;
using RefPtr = std::unique_ptr<git_reference, GitDeleter<git_reference, git_reference_free>>;
using SignaturePtr = std::unique_ptr<git_signature, GitDeleter<git_signature, git_signature_free>>;
using StatusListPtr = std::unique_ptr<git_status_list, GitDeleter<git_status_list, git_status_list_free>>;
using BranchIterPtr = std::unique_ptr<git_branch_iterator, GitDeleter<git_branch_iterator, git_branch_iterator_free>>;
using TagPtr = std::unique_ptr<git_tag, GitDeleter<git_tag, git_tag_free>>;
using TreeBuilderPtr = std::unique_ptr<git_treebuilder, GitDeleter<git_treebuilder, git_treebuilder_free>>;
using ConfigPtr = std::unique_ptr<git_config, GitDeleter<git_config, git_config_free>>;

/// Frees the strings of a git_strarray filled by libgit2 (tag lists).
struct StrArrayGuard
{
    git_strarray array{nullptr, 0};
    ~StrArrayGuard() { git_strarray_dispose(&array); }
};

/// Turns the last libgit2 error into an Error: `message` says what we tried (translated,
/// names the file or revision), `detail` carries libgit2's own text.
Error gitError(const QString &code, const QString &message);

QString oidToString(const git_oid &oid);
inline QString fromUtf8(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

} // namespace wb::vcs::detail
