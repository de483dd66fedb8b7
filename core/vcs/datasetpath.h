// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QString>

namespace wb::vcs {

/// The data file a path given by the user stands for, so that tools taking a CSV (drift
/// comparison, the lineage view) also take a dataset's description:
/// - `NAME.dataset.yaml` (any `.dataset.yaml`/`.dataset.yml`): its `path:`, relative to the
///   manifest's folder;
/// - a DVC `.dvc` file: the `path:` of its single `outs:` entry, relative to the .dvc's folder;
/// - any other path: itself.
/// Errors ("dataset.missing", "dataset.folder", "dataset.remote", "dataset.outs" and the
/// manifest/.dvc parse errors) say which file was meant and why it cannot be used: the data
/// is not there (not pulled, e.g. `dvc pull`), is a folder, or is only a remote URI.
Result<QString> resolveDatasetFile(const QString &path);

/// True for names the resolver reads as a manifest or a .dvc file.
bool isDatasetDescription(const QString &path);

} // namespace wb::vcs
