// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QString>

namespace wb::ui {

/// How much a folder holds. Blocking: call it off the GUI thread.
struct FolderUsage
{
    qint64 bytes = 0;
    qint64 files = 0;
};
FolderUsage folderUsage(const QString &dir);

/// Deletes everything inside `dir` (the folder itself stays). Blocking: off the GUI thread.
Result<void> clearFolder(const QString &dir);

} // namespace wb::ui
