// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/vcs/gitrepository.h"

namespace wb::vcs {

/// Stores user.name / user.email in the repository's own configuration (.git/config), so the
/// commit dialog asks for them once per repository and never touches the user's ~/.gitconfig.
Result<void> setRepositoryIdentity(const GitRepository &repo, const Signature &who);

} // namespace wb::vcs
