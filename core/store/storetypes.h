// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

/// Plain values exchanged with wb::store::MetadataStore. Enum values are ML Metadata's own
/// (ml_metadata/proto/metadata_store.proto) so they can be written to the file unchanged.
namespace wb::store {

enum class TypeKind { Execution = 0, Artifact = 1, Context = 2 };
enum class NodeKind { Artifact, Execution, Context };

/// Execution.State (column last_known_state).
enum class ExecutionState { Unknown = 0, New = 1, Running = 2, Complete = 3, Failed = 4, Cached = 5, Canceled = 6 };
/// Artifact.State.
enum class ArtifactState { Unknown = 0, Pending = 1, Live = 2, MarkedForDeletion = 3, Deleted = 4, Abandoned = 5, Reference = 6 };
/// Event.Type.
enum class EventType { Unknown = 0, DeclaredOutput = 1, DeclaredInput = 2, Input = 3, Output = 4,
                       InternalInput = 5, InternalOutput = 6, PendingOutput = 7 };

/// A run's overall state. Written as the string custom property `state` of the run context
/// (MLMD has no run state); "INTERRUPTED" marks runs found RUNNING at start-up.
enum class RunState { Unknown, New, Running, Complete, Failed, Cached, Canceled, Interrupted };
QString runStateName(RunState state);
RunState runStateFromName(const QString &name);
QString executionStateName(ExecutionState state);
QString eventTypeName(int type);
bool isOutputEvent(int type);
bool isInputEvent(int type);

/// One property value as MLMD stores it: exactly one of int/double/string/proto/bool set.
/// Struct values ("mlmd-struct::...") are decoded into QVariantMap.
using Properties = QMap<QString, QVariant>;

struct TypeInfo
{
    qint64 id = 0;
    QString name;
    TypeKind kind = TypeKind::Artifact;
    QString version;
};

struct ArtifactInfo
{
    qint64 id = 0;
    qint64 typeId = 0;
    QString typeName;
    QString uri;
    QString name;
    int state = 0;
    qint64 createMs = 0;
    qint64 updateMs = 0;
    Properties properties;
    Properties customProperties;
    QString displayName() const;
};

struct ExecutionInfo
{
    qint64 id = 0;
    qint64 typeId = 0;
    QString typeName;
    QString name;
    int state = 0;
    qint64 createMs = 0;
    qint64 updateMs = 0;
    Properties properties;
    Properties customProperties;
    QString displayName() const;
};

struct ContextInfo
{
    qint64 id = 0;
    qint64 typeId = 0;
    QString typeName;
    QString name;
    qint64 createMs = 0;
    qint64 updateMs = 0;
    Properties properties;
    Properties customProperties;
};

struct EventInfo
{
    qint64 id = 0;
    qint64 artifactId = 0;
    qint64 executionId = 0;
    int type = 0;
    qint64 timeMs = 0;
    QStringList path; ///< steps in insertion order; index steps as decimal text
};

/// An artifact consumed or produced by a step.
struct ArtifactRef
{
    QString uri;
    QString type = QStringLiteral("system.Artifact"); ///< MLMD type name
    QString name;                                     ///< input/output name (event path key)
    Properties customProperties;                      ///< e.g. metric values for system.Metrics
};

/// A task output: for RunInfo::runMetricOutputs.
struct TaskOutputRef
{
    QString task;
    QString output;
    bool operator==(const TaskOutputRef &) const = default;
};

/// What the executor knows when a run starts.
struct RunInfo
{
    QString pipelineName;
    QString runName;      ///< empty: generated; made unique if taken
    QString experiment;   ///< empty: "Default"
    QMap<QString, QVariant> parameters;
    QString gitCommit;
    bool gitDirty = false;
    QMap<QString, QString> datasetManifestHashes; ///< dataset path -> sha256
    qint64 startMs = 0;   ///< 0: now
    /// The pipeline's run metrics, "<task>.<metric>" (see RunMetrics::fromMetadata: the
    /// `mlwb.io/run-metrics` annotation), in the order the Runs table shows them.
    QStringList runMetrics;
    /// The task outputs bound to pipeline outputs of type Metrics: every metric recordStep finds
    /// in them becomes a run metric too (appended, as "<task>.<metric>").
    QList<TaskOutputRef> runMetricOutputs;
};

/// One step (one Execution). recordStep with the same task name again updates that execution.
struct StepRecord
{
    QString taskName;
    ExecutionState state = ExecutionState::Complete;
    QList<ArtifactRef> inputs;
    QList<ArtifactRef> outputs;
    QString imageId;
    QStringList resolvedCommand;
    std::optional<int> exitCode;
    QString logPath;
    QString cacheKey;
    qint64 startMs = 0;
    qint64 endMs = 0;
    bool cached = false;
    qint64 cachedExecutionId = 0;
    /// Why it failed, was skipped or did not run (translated; empty when it succeeded).
    QString reason;
    /// mlwb's state when MLMD has no word for it: "not-run", "skipped" (recorded as NEW, never
    /// started); empty otherwise.
    QString stepState;
    /// The tasks it waited for (the run detail draws a step that never ran after them).
    QStringList dependsOn;
};

/// A condition on a run parameter or metric: `name op value`. Numbers compare numerically.
/// Metric names are the names RunSummary::metrics uses ("evaluate-logreg.roc_auc" for runs
/// recorded by mlwb).
struct RunCondition
{
    enum class Subject { Param, Metric };
    enum class Op { Eq, Ne, Lt, Le, Gt, Ge, Contains };
    Subject subject = Subject::Param;
    QString name;
    Op op = Op::Eq;
    QVariant value;
};

struct RunFilter
{
    QString text;        ///< substring of run name, display name or experiment
    std::optional<RunState> state;
    QString experiment;
    QList<RunCondition> conditions;
    qint64 fromMs = 0;   ///< start >= fromMs (0: unbounded)
    qint64 toMs = 0;     ///< start < toMs (0: unbounded)
    enum class Archived { Exclude, Include, Only } archived = Archived::Exclude;
};

struct RunSort
{
    /// Param / Metric sort by the value of `key` (numbers numerically, then text; runs without
    /// the value sort as lowest). They scan every matching run per page: slower than the others.
    enum class Field { Start, Name, Id, Param, Metric };
    Field field = Field::Start;
    bool descending = true;
    QString key; ///< parameter or metric name for Field::Param / Field::Metric
};

/// Keyset paging: pass back the cursor of the previous page.
struct PageCursor
{
    bool valid = false;
    QVariant key;
    qint64 id = 0;
};

struct PageRequest
{
    PageCursor after;
    int limit = 256;
};

struct RunSummary
{
    qint64 id = 0; ///< run context id
    QString name;
    QString displayName;
    RunState state = RunState::Unknown;
    QString experiment;
    QString pipeline;
    qint64 startMs = 0;
    qint64 endMs = 0; ///< 0 while running / unknown
    bool archived = false;
    QMap<QString, QVariant> params;
    /// Latest value per metric. Runs recorded by mlwb name them "<task>.<metric>" after the
    /// step that produced them; MLflow imports and foreign stores keep their own names.
    QMap<QString, QVariant> metrics;
    /// The metrics the run's pipeline named as its run metrics ("<task>.<metric>", in order; a
    /// name may be missing from `metrics` while the step has not finished). Empty: none named.
    QStringList runMetrics;
    QString reason; ///< why the run failed or was cancelled (mlwb runs); empty otherwise
};

struct RunPage
{
    QList<RunSummary> runs;
    PageCursor next; ///< valid when more rows may follow
};

struct StepDetail
{
    ExecutionInfo execution;
    QList<ArtifactInfo> inputs;
    QList<ArtifactInfo> outputs;
    QStringList inputNames;  ///< event path per input
    QStringList outputNames;
};

struct MetricPoint
{
    qint64 step = 0;
    qint64 timestampMs = 0;
    double value = 0;
    bool isNan = false;
};

struct RunDetail
{
    RunSummary summary;
    Properties runProperties; ///< every custom property of the run context
    QList<StepDetail> steps;
    QMap<QString, QList<MetricPoint>> metricHistory;
};

enum class LineageDirection { Upstream, Downstream, Both };

struct LineageNode
{
    QString id;   ///< "artifact:12", "execution:3", "context:7"
    NodeKind kind = NodeKind::Artifact;
    qint64 dbId = 0;
    QString type; ///< MLMD type name
    QString name;
    QString uri;
    int state = 0;
};

struct LineageEdge
{
    QString from;
    QString to;
    QString event; ///< "INPUT", "OUTPUT", ...
};

struct LineageGraph
{
    QList<LineageNode> nodes;
    QList<LineageEdge> edges;
};

struct StoreStats
{
    qint64 artifacts = 0;
    qint64 executions = 0;
    qint64 contexts = 0;
    qint64 events = 0;
    QMap<QString, qint64> typeCounts; ///< type name -> number of nodes of that type
    QMap<QString, QString> typeKinds; ///< type name -> "artifact" | "execution" | "context"
};

struct ImportSummary
{
    int experiments = 0;
    int runs = 0;
    int skippedRuns = 0; ///< already imported
    int params = 0;
    int tags = 0;
    int metricPoints = 0;
    int datasets = 0;
};

} // namespace wb::store
