// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QString>

namespace wb::bundle {

/// Checks that an archive member name is a plain relative path that stays inside the folder it
/// is extracted to: no absolute path, drive letter, backslash, "." or ".." component, empty
/// component, control character. A trailing '/' marks a directory and is allowed.
Result<void> checkMemberName(const QString &name);

} // namespace wb::bundle
