// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to wb_vcs: the pieces the .dvc and dvc.lock readers share. Both parse through
// manifest::parseYaml (alias/depth limits, line:col errors), never yaml-cpp directly.

#include "core/base/result.h"
#include "core/manifest/yamltree.h"
#include "core/vcs/dvcformat.h"

namespace wb::vcs::detail {

/// "source:line:col: what" with the given error code.
Error dvcError(const QString &source, const manifest::YamlNode &at, const QString &what, const char *code);

/// One entry of an `outs:` or `deps:` list: a map with `path` and optionally md5, size,
/// nfiles, hash (other keys, e.g. cache/persist/etag, are ignored as DVC's reader does).
Result<DvcOut> readDvcEntry(const manifest::YamlNode &node, const QString &source, const QString &list,
                            const char *code);

/// Every entry of an optional `outs:`/`deps:` list (absent or empty -> none).
Result<QList<DvcOut>> readDvcEntries(const manifest::YamlNode *list, const QString &source, const QString &name,
                                     const char *code);

} // namespace wb::vcs::detail
