// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vcs/gitidentity.h"

#include "core/base/tr.h"
#include "core/vcs/gitsupport_p.h"

namespace wb::vcs {

Result<void> setRepositoryIdentity(const GitRepository &repo, const Signature &who)
{
    if (who.name.trimmed().isEmpty() || who.email.trimmed().isEmpty())
        return makeError(QStringLiteral("no-identity"), Tr::tr("Both a name and an e-mail address are needed"));
    detail::GitLibrary library;
    git_repository *raw = nullptr;
    if (git_repository_open(&raw, repo.workdir().toUtf8().constData()) != 0)
        return detail::gitError(QStringLiteral("not-a-repository"), Tr::tr("Cannot open the repository %1").arg(repo.workdir()));
    detail::RepoPtr handle(raw);
    git_config *cfgRaw = nullptr;
    if (git_repository_config(&cfgRaw, handle.get()) != 0)
        return detail::gitError(QStringLiteral("git-error"), Tr::tr("Cannot read the configuration of %1").arg(repo.workdir()));
    detail::ConfigPtr all(cfgRaw);
    // Write to the repository level only, never to the global or system files.
    git_config *localRaw = nullptr;
    if (git_config_open_level(&localRaw, all.get(), GIT_CONFIG_LEVEL_LOCAL) != 0)
        return detail::gitError(QStringLiteral("git-error"), Tr::tr("Cannot open .git/config of %1").arg(repo.workdir()));
    detail::ConfigPtr local(localRaw);
    if (git_config_set_string(local.get(), "user.name", who.name.trimmed().toUtf8().constData()) != 0
        || git_config_set_string(local.get(), "user.email", who.email.trimmed().toUtf8().constData()) != 0)
        return detail::gitError(QStringLiteral("git-error"), Tr::tr("Cannot store the identity in %1/.git/config").arg(repo.workdir()));
    return {};
}

} // namespace wb::vcs
