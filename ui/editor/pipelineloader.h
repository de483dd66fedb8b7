// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/diagnostic.h"
#include "core/base/result.h"
#include "core/model/pipelinetypes.h"

namespace wb::model {
class PipelineDocument;
}

namespace wb::ui {

/// Gives tasks without a saved position one: all unplaced -> a Graphviz layout; some unplaced
/// -> stacked below the placed ones. Plain KFP files carry no editor positions, and a pile of
/// nodes at the origin is useless. The file only changes when the user saves.
void placeUnpositionedTasks(model::PipelineSnapshot &snapshot);

/// Opens a pipeline file into `doc` like manifest::openPipeline, placing unpositioned tasks
/// first. Returns the load diagnostics.
Result<Diagnostics> openPipelineForEditing(model::PipelineDocument &doc, const QString &path);

} // namespace wb::ui
