// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/model/componentspec.h"

#include <QByteArray>
#include <QString>

namespace wb::manifest {

/// Component files larger than this are refused before reading (a manifest is small text).
inline constexpr qint64 kMaxComponentFileBytes = 16 * 1024 * 1024;
/// Inline component specs (graph task componentRef.spec) may nest this deep.
inline constexpr int kMaxInlineSpecDepth = 32;

/// Reads a KFP v1 component spec (container or graph, see shared/formats/kfp.md (a)).
/// Every error message starts with "sourceName:line:col:". Error codes: empty, binary,
/// encoding, too-large, yaml-syntax, duplicate-key, too-complex, too-deep, not-a-component
/// (a YAML map without `implementation`), invalid-component (anything else).
Result<model::ComponentSpec> readComponentSpec(const QByteArray &yaml, const QString &sourceName);

/// Reads a component file; checks size (kMaxComponentFileBytes) before reading, then text.
Result<model::ComponentSpec> readComponentFile(const QString &path);

} // namespace wb::manifest
