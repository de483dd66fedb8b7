// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/pipelinetypes.h"

#include <QString>

namespace wb::model {

/// Relative references of a pipeline (component urls, dataset manifest paths) are written
/// relative to the pipeline file's folder. When the pipeline is saved into another folder
/// they must be rewritten or the saved file no longer finds its components.
///
/// `path` written relative to `fromDir`, as it must be written relative to `toDir`:
///  - absolute paths, urls (scheme://) and empty strings stay as they are;
///  - a path that also exists below `toDir` stays as it is when it is the same file or has the
///    same bytes as the original, or when the original is gone (the component folder moved
///    along with the pipeline);
///  - otherwise the path to the original file, relative to `toDir` ("../old/components/x.yaml").
/// Folders are compared and joined physically (symlinks resolved), as the loader does.
QString rebaseRelativePath(const QString &path, const QString &fromDir, const QString &toDir);

/// Rebases the task's component url (also urls inside an inline graph component) and its
/// dataset manifest arguments. Returns whether anything changed.
bool rebaseTaskReferences(Task &task, const QString &fromDir, const QString &toDir);

/// The same for every task of `snapshot`; returns the number of tasks changed.
int rebaseReferences(PipelineSnapshot &snapshot, const QString &fromDir, const QString &toDir);

/// Whether two folders are the same (physically, when they exist).
bool isSameDirectory(const QString &a, const QString &b);

} // namespace wb::model
