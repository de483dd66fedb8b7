// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/model/componentspec.h"

#include <QSet>
#include <QStringList>

#include <vector>

namespace wb::bundle {

/// Which inputs/outputs of a component became artifacts in the IR (the rest are parameters).
struct V2PlaceholderContext
{
    QSet<QString> artifactInputs;
    QSet<QString> artifactOutputs;
};

/// KFP v1 placeholders <-> KFP v2 command-line strings, following the SDK's
/// maybe_convert_v1_yaml_placeholder_to_v2_placeholder (shared/formats/kfp.md (b)):
/// inputValue -> {{$.inputs.parameters['x']}}, inputPath -> {{$.inputs.artifacts['x'].path}},
/// inputUri -> ...uri, outputPath -> {{$.outputs.artifacts['x'].path}} or
/// {{$.outputs.parameters['x'].output_file}}, outputUri -> ...uri, executorInput -> {{$}},
/// concat -> '{"Concat": [...]}', if/isPresent -> '{"IfPresent": {"InputName", "Then", "Else"}}'
/// (JSON text written like Python's json.dumps).
namespace V2Placeholders {

/// Converts command/args items. An `if` whose condition is a constant ("true"/"false") is
/// decided here and its branch spliced in; any other non-isPresent condition, inputMetadata,
/// outputMetadata and inputOutputPortName have no v2 form and give an error naming them.
Result<QStringList> toV2(const std::vector<model::CommandItem> &items, const V2PlaceholderContext &context);
/// One item that must stay one string (an env value).
Result<QString> toV2Single(const model::CommandItem &item, const V2PlaceholderContext &context);

/// The reverse: one v2 string -> one v1 item. Text mixing literals and placeholders becomes a
/// concat; '{"Concat"...}' / '{"IfPresent"...}' JSON becomes concat / if {isPresent}. What has no
/// v1 form (.metadata placeholders, unknown {{$...}} paths) stays literal text and is listed
/// in `unsupported`; `{{$}}` becomes {executorInput} and is listed there too.
model::CommandItem fromV2(const QString &text, QStringList *unsupported);

} // namespace V2Placeholders
} // namespace wb::bundle
