// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/diagnostic.h"

namespace wb::model {

class PipelineModel;

/// Checks a pipeline and returns EVERY problem at once, each with a stable code and the task:
///  cycle, unknown-component, missing-argument, type-mismatch, duplicate-task-name,
///  missing-task, missing-output, unknown-parameter, invalid-condition, invalid-value (a
///  constant argument or a parameter default that does not fit its KFP type; errors);
///  unknown-input, unbound-output (warnings).
/// Order: by task in document order, then pipeline-level problems, then cycles.
Diagnostics validatePipeline(const PipelineModel &model);

} // namespace wb::model
