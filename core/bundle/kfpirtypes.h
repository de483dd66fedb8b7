// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/componentspec.h"

#include <QString>
#include <QVariant>

#include <optional>

namespace wb::bundle {

/// KFP v2 IR vocabulary shared by the compiler and the importer (shared/formats/kfp.md (b)).
namespace KfpIr {

inline constexpr char kSchemaVersion[] = "2.1.0";
inline constexpr char kArtifactSchemaVersion[] = "0.0.1";

/// v1 type -> ParameterTypeEnum name as the v2 SDK maps it (PARAMETER_TYPES_MAPPING,
/// case-insensitive): Integer -> NUMBER_INTEGER, Float -> NUMBER_DOUBLE, String/Text -> STRING,
/// Boolean -> BOOLEAN, JsonObject -> STRUCT, JsonArray -> LIST. nullopt for untyped, map types
/// and artifact types.
std::optional<QString> parameterTypeFor(const model::TypeSpec &type);
/// v1 type -> artifact schemaTitle (ARTIFACT_CLASSES_MAPPING; google.* kept; else system.Artifact).
QString artifactSchemaTitle(const model::TypeSpec &type);
/// {schemaTitle, schemaVersion}.
QVariantMap artifactType(const QString &schemaTitle);

/// The reverse, for importing: NUMBER_INTEGER -> Integer, ... (unknown -> String).
model::TypeSpec v1TypeForParameterType(const QString &parameterType);
/// system.Dataset -> Dataset, google.X kept, anything else -> its last dotted part.
model::TypeSpec v1TypeForSchemaTitle(const QString &schemaTitle);

/// `value` as the JSON value KFP expects for a parameter of `parameterType` (defaultValue,
/// runtimeValue.constant): numbers for NUMBER_*, a bool for BOOLEAN, a map/list parsed from
/// JSON text for STRUCT/LIST, text otherwise. nullopt when the value does not convert.
std::optional<QVariant> typedParameterValue(const QVariant &value, const QString &parameterType);
/// How Python's str() prints a scalar ("True", "0.5"); maps/lists as compact JSON.
QString pythonText(const QVariant &value);

/// KFP's sanitize_k8s_name: lowercase, runs of other characters -> '-', no '-' at the ends.
QString sanitizeName(const QString &name);

/// A string literal as Python's json.dumps writes it (ASCII only: other characters as \\uXXXX),
/// for the '{"Concat": [...]}' / '{"IfPresent": ...}' command-line strings.
QString pythonJsonString(const QString &s);

} // namespace KfpIr
} // namespace wb::bundle
