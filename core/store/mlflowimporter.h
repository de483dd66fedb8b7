// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/store/storetypes.h"

namespace wb::store {

class MetadataStore;

/// Imports an MLflow SQLite tracking store (`mlflow.db`, any alembic revision: tables and
/// columns are detected, never assumed) into an MLMD-shaped MetadataStore:
/// experiment -> Context `system.Experiment`; run -> Context `system.PipelineRun` (name =
/// run_uuid, `display_name` = run name, params `param.*`, tags `tag.*`, `state`, `end_time`)
/// with one Execution `mlflow.Run` (status -> Execution.State) associated to it; latest
/// metrics -> custom properties of one `system.Metrics` artifact (OUTPUT event); full metric
/// history -> our table mlwb_metric_history; dataset inputs -> `system.Dataset` artifacts with
/// INPUT events; `mlflow.parentRunId` -> ParentContext. The MLflow file is opened read-only;
/// the whole import is one transaction; runs imported before (same run_uuid) are skipped.
class MlflowImporter
{
public:
    static Result<ImportSummary> importFile(MetadataStore &store, const QString &mlflowPath);
};

} // namespace wb::store
