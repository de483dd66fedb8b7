// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/store/storetypes.h"

#include <functional>
#include <memory>

namespace wb::store {

/// The workbench's metadata store: an ML Metadata (MLMD) schema-v10 SQLite file that
/// ml-metadata itself can open, written the way KFP v2 writes it.
///
/// Data model (see docs in the report / mlmd.md):
/// - a run is a Context of type `system.PipelineRun` (name = run name, unique); it is a
///   ParentContext child of its `system.Pipeline` context and of its `system.Experiment`
///   context. Its custom properties: `display_name`, `pipeline_name`, `state` (RunState name),
///   `end_time` (ms), `git_commit`, `git_dirty`, `dataset_manifest_hashes` (mlmd-struct),
///   `param.<name>` per run parameter, `tag.<key>` for imported MLflow tags, `recorded_by`
///   ("mlwb": written by beginRun), `run_metrics` (list: the run metrics the pipeline named) and
///   `run_metric_outputs` (list of {task, output}: its pipeline outputs of type Metrics).
///   Start time = `create_time_since_epoch`.
/// - a step is an Execution of type `system.ContainerExecution` associated with the run and
///   pipeline contexts; custom properties `display_name`, `task_name`, `image`, `image_id`,
///   `resolved_command`, `exit_code`, `log_path`, `cache_fingerprint`, `cached_execution_id`.
/// - artifacts (`system.Dataset`, `system.Model`, `system.Metrics`, `system.Artifact`...) are
///   attributed to the run, linked by INPUT/OUTPUT events whose path is one key step (the
///   input/output name). Run metrics = double/int custom properties of the run's
///   `system.Metrics` artifacts. Full metric histories live in our table mlwb_metric_history.
/// - metric names: the artifacts keep the plain names the step wrote (`roc_auc`, as KFP writes
///   them). For runs recorded by mlwb the store reports them as `<task>.<metric>`, task = the
///   `task_name` of the run's execution that output the artifact (KFP's run comparison groups
///   metrics by task the same way), so three evaluate steps writing `roc_auc` give three
///   metrics. Which runs: `recorded_by` = "mlwb"; runs without `recorded_by` (stores written
///   before it existed) when they have our `state` property and no `mlflow.run_id`. Nothing
///   is rewritten on disk: older stores are qualified on read. MLflow imports (`mlflow.run_id`)
///   and runs of foreign stores (KFP and TFX write no `state`) keep their own names, and so
///   does a metric whose artifact has no producing execution in the run.
///   See qualifiesMetricNames() in runqueries.cpp.
///
/// Every write of one logical step is one SQLite transaction. ReadOnly mode opens any MLMD
/// v10 file (TFX, KFP) without modifying it or leaving -wal/-shm files.
class MetadataStore
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    MetadataStore();
    ~MetadataStore();
    MetadataStore(const MetadataStore &) = delete;
    MetadataStore &operator=(const MetadataStore &) = delete;

    /// `<workspace>/.mlwb/metadata.sqlite`
    static QString defaultPath(const QString &workspaceDir);

    /// Opens (ReadWrite: creates if missing, including the parent folder). Refuses, without
    /// touching the file: non-SQLite files, other schemas, MLMD versions other than 10, files
    /// of a newer mlwb, damaged and locked files.
    Result<void> open(const QString &path, Mode mode = Mode::ReadWrite, int busyTimeoutMs = 2000);
    void close();
    bool isOpen() const;
    bool isReadOnly() const;
    QString path() const;

    /// Runs `fn` inside one transaction (nested calls join the outer one).
    Result<void> transaction(const std::function<Result<void>()> &fn);

    // --- generic MLMD access --------------------------------------------------------------
    /// Type id by name and kind; created (with `properties`: name -> PropertyType) if missing.
    Result<qint64> putType(const QString &name, TypeKind kind, const QMap<QString, int> &properties = {});
    Result<std::optional<TypeInfo>> typeByName(const QString &name, TypeKind kind);
    /// All types; the nine `mlmd.*` simple types only with includeSimple.
    Result<QList<TypeInfo>> types(bool includeSimple = false);

    /// Inserts (id == 0) or updates a node with its properties; returns the id. typeId may be
    /// 0 when typeName is set (the type is created if needed).
    Result<qint64> putArtifact(const ArtifactInfo &artifact);
    Result<qint64> putExecution(const ExecutionInfo &execution);
    Result<qint64> putContext(const ContextInfo &context);
    /// Inserts an event and its path (one key step per entry; digits-only entries are index steps).
    Result<qint64> putEvent(const EventInfo &event);
    Result<void> putAssociation(qint64 contextId, qint64 executionId);
    Result<void> putAttribution(qint64 contextId, qint64 artifactId);
    Result<void> putParentContext(qint64 childContextId, qint64 parentContextId);
    Result<void> setProperty(NodeKind kind, qint64 id, const QString &name, const QVariant &value, bool custom = true);

    Result<ArtifactInfo> artifact(qint64 id);
    Result<ExecutionInfo> execution(qint64 id);
    Result<ContextInfo> context(qint64 id);
    Result<std::optional<ContextInfo>> contextByName(const QString &typeName, const QString &name);
    /// Contexts of a type (all when empty), ordered by id.
    Result<QList<ContextInfo>> contexts(const QString &typeName = {});
    Result<QList<ExecutionInfo>> executionsOfContext(qint64 contextId);
    /// Contexts an execution is associated with (its run, pipeline...), ordered by id.
    Result<QList<ContextInfo>> contextsOfExecution(qint64 executionId);
    Result<QList<ArtifactInfo>> artifactsOfContext(qint64 contextId);
    Result<QList<EventInfo>> eventsOfExecution(qint64 executionId);
    Result<QList<EventInfo>> eventsOfArtifact(qint64 artifactId);
    Result<QList<qint64>> parentContexts(qint64 contextId);

    // --- recorder (used by the executor) ----------------------------------------------------
    /// Creates the run context (and pipeline / experiment contexts when new). Returns its id.
    Result<qint64> beginRun(const RunInfo &info);
    /// Records or updates one step: execution, artifacts, events, associations, attributions,
    /// in one transaction.
    Result<qint64> recordStep(qint64 runId, const StepRecord &step);
    /// `reason`: why it failed or was cancelled (the Runs table and the detail show it).
    Result<void> finishRun(qint64 runId, RunState state, qint64 endMs = 0, const QString &reason = {});
    /// Runs still RUNNING (or NEW) -> INTERRUPTED, their running executions -> FAILED with
    /// custom property `interrupted` = 1. Returns how many runs were marked.
    Result<int> markInterruptedRuns();
    /// Appends metric points to the run's history (our own table).
    Result<void> appendMetricHistory(qint64 runId, const QString &key, const QList<MetricPoint> &points);

    // --- queries -------------------------------------------------------------------------
    Result<RunPage> listRuns(const RunFilter &filter = {}, const RunSort &sort = {}, const PageRequest &page = {});
    Result<qint64> countRuns(const RunFilter &filter = {});
    Result<RunDetail> runDetail(qint64 runId);
    /// Artifacts and executions reachable from an artifact through events; depth counts
    /// execution hops (depth 1 upstream = producer executions and their inputs).
    Result<LineageGraph> lineage(qint64 artifactId, LineageDirection direction, int depth);
    Result<StoreStats> stats();
    /// Archive flags live in our table mlwb_run_archive (MLMD has no such concept).
    Result<void> setArchived(qint64 runId, bool archived);

    class Private;
    Private *d_func() { return d.get(); } ///< for the importer in this library only

private:
    std::unique_ptr<Private> d;
};

} // namespace wb::store
