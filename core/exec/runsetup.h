// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/exec/executionplan.h"

#include <QMap>
#include <QString>

#include <memory>

namespace wb::model {
struct PipelineSnapshot;
}
namespace wb::store {
class MetadataStore;
}

namespace wb::exec {

/// The steps every front end (GUI, `mlwb-cli run`, `mlwb-cli reproduce`) takes before a run:
/// compile an immutable plan and open the workspace's store. Kept here so they cannot drift.

/// Compiles `pipeline` (read from, or saved to, `pipelineFile`) with the user's parameters.
/// The error is "plan-invalid" with one problem per line in its detail.
Result<ExecutionPlanPtr> compileRunPlan(const model::PipelineSnapshot &pipeline, const QString &pipelineFile,
                                        const QMap<QString, QString> &parameters);

/// Reads the pipeline file, then as compileRunPlan.
Result<ExecutionPlanPtr> compileRunPlan(const QString &pipelineFile, const QMap<QString, QString> &parameters);

/// The files a run of `plan` depends on (absolute): the pipeline file, its components' files
/// and its dataset manifests. Only their git state makes a run "dirty".
QStringList runDependencyFiles(const model::PipelineSnapshot &pipeline, const ExecutionPlan &plan);

/// `<workspace>/.mlwb/metadata.sqlite`, opened for writing (created when missing).
Result<std::unique_ptr<store::MetadataStore>> openWorkspaceStore(const QString &workspace);

} // namespace wb::exec
