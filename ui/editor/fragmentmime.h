// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/model/pipelinetypes.h"

class QMimeData;

namespace wb::ui {

/// Clipboard format for copied tasks: the fragment written as a pipeline file (YAML), with
/// relative component urls made absolute so pasting into a pipeline in another folder still
/// finds the components.
namespace FragmentMime {
inline constexpr char kMimeType[] = "application/x-mlwb-pipeline-fragment";

/// `sourceDir`: the folder relative urls of the copied tasks are relative to.
/// `parameters`: the source pipeline's parameters (bindings to them must stay readable).
QMimeData *toMime(const model::PipelineFragment &fragment, const QString &sourceDir,
                  const QList<model::InputSpec> &parameters = {});
bool canRead(const QMimeData *mime);
/// Reads the fragment back (components are resolved from their absolute paths).
Result<model::PipelineFragment> fromMime(const QMimeData *mime);
} // namespace FragmentMime

} // namespace wb::ui
