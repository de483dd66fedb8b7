// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/diagnostic.h"
#include "core/base/result.h"
#include "ui/workspace/workspacescan.h"

namespace wb::ui {

/// Every problem of a workspace file: a pipeline's load diagnostics and validation (as
/// `mlwb-cli validate` lists them), or whether a component file reads. An error when the file
/// cannot be read at all. Blocking: call it off the GUI thread.
Result<Diagnostics> validateWorkspaceFile(const QString &file, WorkspaceFileKind kind);

} // namespace wb::ui
