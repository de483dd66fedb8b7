// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/diagnostic.h"
#include "core/model/pipelinetypes.h"

#include <functional>

namespace wb::model {

class PipelineModel;

/// What a component reference resolved to. `spec` null = missing: the task is kept and
/// flagged with `missingReason`.
struct ResolvedComponent
{
    ComponentSpecPtr spec;
    QString missingReason;
    Diagnostics diagnostics; ///< e.g. component-changed (digest mismatch), with the task set
};

/// Resolves a task's componentRef (file I/O lives in the caller: core/manifest/pipelinefile).
using ComponentResolver = std::function<ResolvedComponent(const QString &taskName, const ComponentRef &ref)>;

/// Converts between a KFP v1 graph component (= our pipeline file) and the model's plain
/// values. Phase two of Orange's two-phase load: the file is already parsed into a
/// ComponentSpec; here references are resolved with the resolver and every problem is
/// collected instead of stopping. Editor data lives in task annotations:
///   editor.mlwb.io/position "x,y"; mlwb.io/after (JSON list of task names);
///   mlwb.io/retry-backoff-seconds, mlwb.io/timeout-seconds, mlwb.io/cpu, mlwb.io/memory,
///   mlwb.io/gpu, mlwb.io/network ("true"/"false"; absent: the component's default). Cache off = executionOptions.cachingStrategy.maxCacheStaleness "P0D";
///   retries = executionOptions.retryStrategy.maxRetries; a run condition = isEnabled
///   {op: {op1: {taskOutput: {taskId, outputName}}, op2: value}}.
namespace ModelMapper {

struct ToModelResult
{
    PipelineSnapshot snapshot;
    Diagnostics diagnostics;
};

/// Resolver that only uses inline specs (everything else is missing).
ResolvedComponent resolveInlineOnly(const QString &taskName, const ComponentRef &ref);

/// Graph component -> model values. A container component gives an error diagnostic
/// ("not-a-pipeline") and an empty snapshot.
ToModelResult toModel(const ComponentSpec &pipeline, const ComponentResolver &resolver = resolveInlineOnly);
/// Model values -> graph component (what the writer serializes).
ComponentSpec fromSnapshot(const PipelineSnapshot &snapshot);
ComponentSpec fromModel(const PipelineModel &model);

} // namespace ModelMapper
} // namespace wb::model
