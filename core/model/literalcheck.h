// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/diagnostic.h"
#include "core/model/pipelinetypes.h"

#include <QMap>
#include <QString>
#include <QVariant>

#include <optional>

namespace wb::model {

/// What a literal of a KFP type must look like, as KFP v1 (kfp/components/_data_passing.py)
/// passes it to a container and its deserializers read it back. Type names are exact (KFP
/// compares them case-sensitively), aliases included:
///  - Integer, int: Python int(): optional sign, decimal digits (single '_' between digits),
///    surrounding white space; no decimals, no exponent.
///  - Float, float: Python float(): 1, -1.5, .5, 5., 1e-3, 1_000.5, inf, infinity, nan (any case).
///  - Boolean, Bool, bool: distutils strtobool (KFP's _deserialize_bool), any case, no white space:
///    true/false, t/f, yes/no, y/n, on/off, 1/0. KFP itself writes True/False.
///  - JsonObject, Dictionary, Dict, dict: json.loads gives an object; JsonArray, List, list: an
///    array; Json: any JSON value (Python's json: NaN and Infinity accepted, no trailing commas).
///  - String, str, no type, any other name (e.g. "integer", "CSV", Base64Pickle) and map types
///    ({GCSPath: …}): not checked.
enum class LiteralKind { Unchecked, Integer, Float, Boolean, Json, JsonObject, JsonArray };

LiteralKind literalKind(const TypeSpec &type);

/// The text a constant is passed to the container as (booleans as Python writes them: True/False).
QString literalText(const QVariant &value);

/// Why `value` cannot be a literal of `type` ("not an integer"; translated), nullopt when it can
/// or when the type is not checked.
std::optional<QString> checkLiteral(const TypeSpec &type, const QString &value);
/// As above for a constant as stored in the model; a null constant is not checked.
std::optional<QString> checkLiteral(const TypeSpec &type, const QVariant &value);

/// A value shortened for messages (long JSON, line breaks).
QString literalForMessage(const QString &value);

/// Checks the values a run would use for the pipeline parameters: each value in `values`
/// (name -> text, as `--param` or the Run dialog give them) and, for parameters without one,
/// the default, against the parameter's type. One "invalid-value" error per parameter that
/// does not fit; names that are not parameters are left to the plan compiler.
Diagnostics checkRunParameters(const PipelineInfo &info, const QMap<QString, QString> &values);

} // namespace wb::model
