// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QByteArray>
#include <QVariant>

namespace wb::argo {

/// YAML (first document) -> QVariant tree: maps become QVariantMap, sequences QVariantList,
/// plain scalars bool/qlonglong/double/null by the YAML 1.2 core schema, quoted scalars
/// strings. yaml-cpp exceptions are caught here.
Result<QVariant> parseYaml(const QByteArray &yaml);

/// QVariant tree -> block YAML. Map keys come in a readable fixed order ("apiVersion", "kind",
/// "metadata", "name" ... first, then alphabetical), so output is deterministic. Strings that
/// a YAML 1.1 or 1.2 reader would take for a number, bool or null are quoted.
QByteArray emitYaml(const QVariant &value);

} // namespace wb::argo
