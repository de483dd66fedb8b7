// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QString>

namespace wb::vcs {

/// The data file a path given by the user stands for, so that tools taking a CSV (drift
/// comparison, the lineage view) also take a dataset's description:
/// - `NAME.dataset.yaml` (any `.dataset.yaml`/`.dataset.yml`): its `path:`, relative to the
///   manifest's folder;
/// - a DVC `.dvc` file (or DVC 0.x `Dvcfile`): the `path:` of its single `outs:` entry,
///   relative to the .dvc's folder joined with its `wdir:` (which must stay inside the
///   repository, see dvcRepositoryRoot);
/// - `[DIR/]dvc.lock:STAGE:PATH`: that output of that stage, relative to the lock's folder;
/// - any other path: itself.
/// Errors ("dataset.missing", "dataset.folder", "dataset.remote", "dataset.outs",
/// "dvc-wdir-outside", "unknown-stage", "unknown-out" and the parse errors) say which file was
/// meant and why it cannot be used: the data is not there (not pulled, e.g. `dvc pull`), is a
/// folder, or is only a remote URI.
Result<QString> resolveDatasetFile(const QString &path);

/// True for names the resolver reads as a manifest, a .dvc file or a dvc.lock reference.
bool isDatasetDescription(const QString &path);

} // namespace wb::vcs
