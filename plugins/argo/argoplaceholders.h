// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QStringList>
#include <QVariantList>

#include <functional>

namespace wb::argo {

/// Where the Argo container templates put KFP inputs and outputs inside the container. Output
/// files sit directly in /tmp so the component needs no mkdir (KFP's launcher would create the
/// folder; Argo's executor does not).
QString inputArtifactPath(const QString &name);
QString outputArtifactPath(const QString &name);
QString outputParameterPath(const QString &name);

/// Rewrites a KFP v2 executor's command/args for Argo:
///   {{$.inputs.parameters['x']}}             -> {{inputs.parameters.x}}
///   {{$.inputs.artifacts['x'].path|uri}}     -> the input artifact's path
///   {{$.outputs.artifacts['x'].path|uri}}    -> the output artifact's path
///   {{$.outputs.parameters['x'].output_file}} -> the output parameter's file
///   {"Concat": [...]} joins its items; {"IfPresent": {...}} is decided by `isPresent`
/// Placeholders Argo cannot express ({{$}} = the KFP executor input, .metadata) are errors
/// that name the component.
Result<QStringList> translateCommand(const QVariantList &items, const QString &component,
                                     const std::function<Result<bool>(const QString &input)> &isPresent);

} // namespace wb::argo
