// SPDX-License-Identifier: GPL-3.0-or-later
// MetadataStore: run listing (filter, sort, keyset paging), run detail and statistics.
#include "core/store/metadatastore.h"

#include "core/base/tr.h"
#include "core/store/metadatastore_p.h"
#include "core/store/runmetrics.h"

#include <QSet>

namespace wb::store {

using namespace Internal;

bool qualifiesMetricNames(const Properties &run)
{
    const QVariant recorder = run.value(Names::recordedBy);
    if (recorder.isValid())
        return recorder.toString() == Names::mlwbRecorder;
    // Written before `recorded_by` existed: our recorder and the MLflow importer are the only
    // writers of `state`, and the importer always writes `mlflow.run_id`.
    return run.contains(QStringLiteral("state")) && !run.contains(Names::mlflowRunId);
}

QStringList stringListProperty(const QVariant &value)
{
    if (value.typeId() == QMetaType::QVariantMap)
        return value.toMap().value(QStringLiteral("list")).toStringList();
    if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList)
        return value.toStringList();
    QStringList out;
    for (const QString &part : value.toString().split(QLatin1Char(','))) {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    }
    return out;
}

namespace {

// SQL twin of qualifiesMetricNames() for the run context whose id is the SQL expression `ctx`.
QString qualifiedRunSql(const QString &ctx)
{
    return QStringLiteral(
               "COALESCE((SELECT IFNULL(qr.string_value, '') = 'mlwb' FROM `ContextProperty` qr WHERE qr.context_id = %1 "
               "AND qr.name = 'recorded_by' AND qr.is_custom_property = 1), "
               "EXISTS (SELECT 1 FROM `ContextProperty` qs WHERE qs.context_id = %1 AND qs.name = 'state' AND qs.is_custom_property = 1) "
               "AND NOT EXISTS (SELECT 1 FROM `ContextProperty` qm WHERE qm.context_id = %1 AND qm.name = 'mlflow.run_id' "
               "AND qm.is_custom_property = 1))")
        .arg(ctx);
}

// The task_name of the execution of run `ctx` that output artifact `art` (NULL: none in this
// run). Restricted to the run: a cached step's artifact is also output by the earlier run.
QString producerTaskSql(const QString &art, const QString &ctx)
{
    return QStringLiteral("(SELECT NULLIF(tp.string_value, '') FROM `Event` pe JOIN `Association` pa ON pa.execution_id = pe.execution_id "
                          "AND pa.context_id = %2 JOIN `ExecutionProperty` tp ON tp.execution_id = pe.execution_id "
                          "AND tp.name = 'task_name' AND tp.is_custom_property = 1 "
                          "WHERE pe.artifact_id = %1 AND pe.type IN (1, 4, 6, 7) ORDER BY pe.id LIMIT 1)")
        .arg(art, ctx);
}

// Whether metric property `prop` of artifact `art` in run `ctx` is reported under the name
// `key` (an SQL expression: a literal or a parameter, used twice). Reported name: "<task>.<name>"
// when the run qualifies and the artifact has a producer in it, else the property's name.
// Nested CASEs, not OR/AND: SQLite evaluates both sides of OR/AND in a value, but only the
// chosen branch of a CASE, so a metric without a producer in the run (no task to qualify it
// with) never looks at the run's properties.
QString metricMatchSql(const QString &prop, const QString &art, const QString &ctx, const QString &key)
{
    const QString task = producerTaskSql(art, ctx);
    return QStringLiteral("(CASE WHEN %1.name = %2 THEN (CASE WHEN %3 IS NULL THEN 1 ELSE NOT %4 END) "
                          "ELSE (CASE WHEN %3 || '.' || %1.name = %2 THEN %4 ELSE 0 END) END)")
        .arg(prop, key, task, qualifiedRunSql(ctx));
}

// The property names a reported metric `name` can come from: the name itself (runs that keep
// their names) and what follows each dot ("a.b.c": "b.c", "c"; task names may contain dots).
// Used as an index-friendly prefilter; metricMatchSql() decides.
QStringList plainNameCandidates(const QString &name)
{
    QStringList out{name};
    for (qsizetype dot = name.indexOf(QLatin1Char('.')); dot >= 0; dot = name.indexOf(QLatin1Char('.'), dot + 1)) {
        if (dot + 1 < name.size())
            out << name.mid(dot + 1);
    }
    return out;
}

QString placeholders(qsizetype n)
{
    QStringList q;
    for (qsizetype i = 0; i < n; ++i)
        q << QStringLiteral("?");
    return q.join(QStringLiteral(", "));
}

const char *opSql(RunCondition::Op op)
{
    switch (op) {
    case RunCondition::Op::Eq: return "=";
    case RunCondition::Op::Ne: return "<>";
    case RunCondition::Op::Lt: return "<";
    case RunCondition::Op::Le: return "<=";
    case RunCondition::Op::Gt: return ">";
    case RunCondition::Op::Ge: return ">=";
    case RunCondition::Op::Contains: return "LIKE";
    }
    return "=";
}

bool isNumeric(const QVariant &v)
{
    bool ok = false;
    if (v.typeId() == QMetaType::QString)
        v.toString().toDouble(&ok);
    else
        ok = v.canConvert<double>();
    return ok;
}

struct Where
{
    QStringList clauses;
    QVariantList binds;
};

// Builds the WHERE part shared by listRuns and countRuns.
Where buildWhere(MetadataStore::Private *d, const RunFilter &f, bool typeIndex = true)
{
    Where w;
    const QList<qint64> runTypes = d->runTypeIds();
    // With typeIndex false the unary + keeps sqlite off the (type_id, name) index so that it
    // walks the time index in order and stops after one page instead of sorting every run.
    w.clauses << QStringLiteral("%1C.type_id IN (%2)")
                     .arg(typeIndex ? QString() : QStringLiteral("+"),
                          runTypes.isEmpty() ? QStringLiteral("-1") : idList(runTypes));
    const bool hasArchive = d->hasOwnTables;
    if (hasArchive && f.archived == RunFilter::Archived::Exclude)
        w.clauses << QStringLiteral("C.id NOT IN (SELECT context_id FROM mlwb_run_archive)");
    else if (f.archived == RunFilter::Archived::Only)
        w.clauses << (hasArchive ? QStringLiteral("C.id IN (SELECT context_id FROM mlwb_run_archive)") : QStringLiteral("0"));
    if (f.state) {
        w.clauses << QStringLiteral("EXISTS (SELECT 1 FROM `ContextProperty` sp WHERE sp.context_id = C.id "
                                    "AND sp.name = 'state' AND sp.is_custom_property = 1 AND sp.string_value = ?)");
        w.binds << runStateName(*f.state);
    }
    const QString expJoin = QStringLiteral(
        "SELECT 1 FROM `ParentContext` pc JOIN `Context` ec ON ec.id = pc.parent_context_id "
        "JOIN `Type` et ON et.id = ec.type_id AND et.name = 'system.Experiment' WHERE pc.context_id = C.id");
    if (!f.experiment.isEmpty()) {
        w.clauses << QStringLiteral("EXISTS (%1 AND ec.name = ?)").arg(expJoin);
        w.binds << f.experiment;
    }
    if (!f.text.isEmpty()) {
        const QString like = QLatin1Char('%') + f.text + QLatin1Char('%');
        w.clauses << QStringLiteral("(C.name LIKE ? OR EXISTS (SELECT 1 FROM `ContextProperty` dp WHERE dp.context_id = C.id "
                                    "AND dp.name = 'display_name' AND dp.is_custom_property = 1 AND dp.string_value LIKE ?) "
                                    "OR EXISTS (%1 AND ec.name LIKE ?))").arg(expJoin);
        w.binds << like << like << like;
    }
    if (f.fromMs) {
        w.clauses << QStringLiteral("C.create_time_since_epoch >= ?");
        w.binds << f.fromMs;
    }
    if (f.toMs) {
        w.clauses << QStringLiteral("C.create_time_since_epoch < ?");
        w.binds << f.toMs;
    }
    for (const RunCondition &c : f.conditions) {
        const bool numeric = c.op != RunCondition::Op::Contains && isNumeric(c.value);
        const QString value = numeric ? QStringLiteral("COALESCE(p.double_value, p.int_value, CAST(p.string_value AS REAL))")
                                      : QStringLiteral("COALESCE(p.string_value, p.double_value, p.int_value)");
        const QString cmp = QStringLiteral("%1 %2 ?").arg(value, QLatin1String(opSql(c.op)));
        if (c.subject == RunCondition::Subject::Param) {
            w.clauses << QStringLiteral("EXISTS (SELECT 1 FROM `ContextProperty` p WHERE p.context_id = C.id "
                                        "AND p.name = ? AND p.is_custom_property = 1 AND %1)").arg(cmp);
            w.binds << Names::paramPrefix + c.name;
        } else {
            const QStringList plain = plainNameCandidates(c.name);
            w.clauses << QStringLiteral("EXISTS (SELECT 1 FROM `Attribution` at JOIN `Artifact` a ON a.id = at.artifact_id "
                                        "JOIN `Type` mt ON mt.id = a.type_id AND mt.name IN ('system.Metrics', 'mlmd.Metrics') "
                                        "JOIN `ArtifactProperty` p ON p.artifact_id = a.id AND p.name IN (%2) "
                                        "AND p.is_custom_property = 1 WHERE at.context_id = C.id AND %3 AND %1)")
                             .arg(cmp, placeholders(plain.size()),
                                  metricMatchSql(QStringLiteral("p"), QStringLiteral("a.id"), QStringLiteral("C.id"),
                                                 QStringLiteral("?")));
            for (const QString &name : plain)
                w.binds << name;
            w.binds << c.name << c.name; // metricMatchSql uses the key twice
        }
        if (c.op == RunCondition::Op::Contains)
            w.binds << QLatin1Char('%') + c.value.toString() + QLatin1Char('%');
        else
            w.binds << (numeric ? QVariant(c.value.toDouble()) : c.value);
    }
    return w;
}

QString sqlLiteral(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// Param/metric keys: numeric text compares as a number; a missing value becomes -Inf (not
// NULL) so that the row-value keyset comparison stays total.
QString sortColumn(const RunSort &sort)
{
    switch (sort.field) {
    case RunSort::Field::Start: return QStringLiteral("C.create_time_since_epoch");
    case RunSort::Field::Name: return QStringLiteral("C.name");
    case RunSort::Field::Id: return QStringLiteral("C.id");
    case RunSort::Field::Param:
        return QStringLiteral("IFNULL((SELECT COALESCE(sp.double_value, sp.int_value, CASE WHEN CAST(sp.string_value AS NUMERIC) "
                              "= sp.string_value THEN CAST(sp.string_value AS NUMERIC) ELSE sp.string_value END) "
                              "FROM `ContextProperty` sp WHERE sp.context_id = C.id AND sp.name = %1 AND sp.is_custom_property = 1), -9e999)")
            .arg(sqlLiteral(Names::paramPrefix + sort.key));
    case RunSort::Field::Metric: {
        QStringList plain;
        for (const QString &name : plainNameCandidates(sort.key))
            plain << sqlLiteral(name);
        return QStringLiteral("IFNULL((SELECT COALESCE(sp.double_value, sp.int_value) FROM `Attribution` sat "
                              "JOIN `Artifact` sa ON sa.id = sat.artifact_id JOIN `Type` st ON st.id = sa.type_id "
                              "AND st.name IN ('system.Metrics', 'mlmd.Metrics') JOIN `ArtifactProperty` sp ON sp.artifact_id = sa.id "
                              "AND sp.name IN (%1) AND sp.is_custom_property = 1 WHERE sat.context_id = C.id AND %2 "
                              "ORDER BY sa.id DESC LIMIT 1), -9e999)")
            .arg(plain.join(QStringLiteral(", ")),
                 metricMatchSql(QStringLiteral("sp"), QStringLiteral("sa.id"), QStringLiteral("C.id"), sqlLiteral(sort.key)));
    }
    }
    return QStringLiteral("C.id");
}

// Fills state, experiment, params, metrics... for one page of runs with a few IN queries.
Result<QList<RunSummary>> fillSummaries(MetadataStore::Private *d, QList<RunSummary> runs)
{
    if (runs.isEmpty())
        return runs;
    QList<qint64> ids;
    QHash<qint64, int> index;
    for (int i = 0; i < runs.size(); ++i) {
        ids << runs[i].id;
        index.insert(runs[i].id, i);
    }
    const QString in = idList(ids);
    QHash<qint64, Properties> custom;
    WB_TRY(d->readProperties(NodeKind::Context, ids, nullptr, &custom));
    for (RunSummary &r : runs) {
        const Properties &p = custom[r.id];
        r.displayName = p.value(QStringLiteral("display_name"), r.name).toString();
        if (p.contains(QStringLiteral("state")))
            r.state = runStateFromName(p.value(QStringLiteral("state")).toString());
        r.endMs = p.value(QStringLiteral("end_time")).toLongLong();
        r.pipeline = p.value(QStringLiteral("pipeline_name")).toString();
        for (auto it = p.constBegin(); it != p.constEnd(); ++it) {
            if (it.key().startsWith(Names::paramPrefix))
                r.params.insert(it.key().mid(Names::paramPrefix.size()), it.value());
        }
        r.runMetrics = stringListProperty(p.value(Names::runMetrics));
        r.reason = p.value(QStringLiteral("reason")).toString();
    }
    auto parents = d->db.prepare(QStringLiteral(
        "SELECT pc.context_id, t.name, c.name FROM `ParentContext` pc JOIN `Context` c ON c.id = pc.parent_context_id "
        "JOIN `Type` t ON t.id = c.type_id WHERE pc.context_id IN (%1)").arg(in));
    if (!parents)
        return parents.error();
    while (parents->next()) {
        RunSummary &r = runs[index.value(parents->columnInt(0))];
        const QString type = parents->columnText(1);
        if (type == Names::experimentType)
            r.experiment = parents->columnText(2);
        else if (type == Names::pipelineType || type == QLatin1String("pipeline"))
            r.pipeline = parents->columnText(2);
    }
    // Column 3: the producing task, for the runs whose metric names are "<task>.<metric>".
    auto metrics = d->db.prepare(QStringLiteral(
        "SELECT at.context_id, p.name, COALESCE(p.double_value, p.int_value), %2 FROM `Attribution` at "
        "JOIN `Artifact` a ON a.id = at.artifact_id JOIN `Type` t ON t.id = a.type_id "
        "AND t.name IN ('system.Metrics', 'mlmd.Metrics') JOIN `ArtifactProperty` p ON p.artifact_id = a.id "
        "AND p.is_custom_property = 1 WHERE at.context_id IN (%1) AND (p.double_value IS NOT NULL OR p.int_value IS NOT NULL) "
        "ORDER BY a.id").arg(in, producerTaskSql(QStringLiteral("a.id"), QStringLiteral("at.context_id"))));
    if (!metrics)
        return metrics.error();
    QSet<qint64> qualified;
    for (const RunSummary &r : std::as_const(runs)) {
        if (qualifiesMetricNames(custom[r.id]))
            qualified.insert(r.id);
    }
    while (metrics->next()) {
        const qint64 runId = metrics->columnInt(0);
        const QString task = metrics->columnText(3);
        const QString name = qualified.contains(runId) && !task.isEmpty()
                                 ? RunMetrics::qualifiedName(task, metrics->columnText(1))
                                 : metrics->columnText(1);
        runs[index.value(runId)].metrics.insert(name, metrics->columnValue(2));
    }
    if (metrics->hasError())
        return metrics->error();
    if (d->hasOwnTables) {
        auto archived = d->db.prepare(QStringLiteral("SELECT context_id FROM mlwb_run_archive WHERE context_id IN (%1)").arg(in));
        if (!archived)
            return archived.error();
        while (archived->next())
            runs[index.value(archived->columnInt(0))].archived = true;
    }
    // Runs written by KFP / TFX carry no state: derive it from their executions.
    QList<qint64> unknown;
    for (const RunSummary &r : runs) {
        if (r.state == RunState::Unknown)
            unknown << r.id;
    }
    if (!unknown.isEmpty()) {
        auto states = d->db.prepare(QStringLiteral(
            "SELECT a.context_id, MAX(e.last_known_state = 4), MAX(e.last_known_state IN (1, 2)), COUNT(*), "
            "MAX(e.last_update_time_since_epoch) FROM `Association` a JOIN `Execution` e ON e.id = a.execution_id "
            "WHERE a.context_id IN (%1) GROUP BY a.context_id").arg(idList(unknown)));
        if (!states)
            return states.error();
        while (states->next()) {
            RunSummary &r = runs[index.value(states->columnInt(0))];
            r.state = states->columnInt(1) ? RunState::Failed
                      : states->columnInt(2) ? RunState::Running
                                             : RunState::Complete;
            if (!r.endMs && r.state != RunState::Running)
                r.endMs = states->columnInt(4);
        }
    }
    return runs;
}

} // namespace

Result<RunPage> MetadataStore::listRuns(const RunFilter &filter, const RunSort &sort, const PageRequest &page)
{
    if (!d->db.isOpen())
        return makeError(QStringLiteral("store.closed"), Tr::tr("The metadata store is not open"));
    Where w = buildWhere(d.get(), filter, sort.field == RunSort::Field::Name);
    const QString col = sortColumn(sort);
    const char *dir = sort.descending ? "DESC" : "ASC";
    if (page.after.valid) {
        w.clauses << QStringLiteral("(%1, C.id) %2 (?, ?)").arg(col, QLatin1String(sort.descending ? "<" : ">"));
        w.binds << page.after.key << page.after.id;
    }
    const int limit = qMax(1, page.limit);
    auto sel = d->db.prepare(QStringLiteral("SELECT C.id, C.name, C.create_time_since_epoch, %1 FROM `Context` C WHERE %2 "
                                            "ORDER BY %1 %3, C.id %3 LIMIT %4")
                                 .arg(col, w.clauses.join(QStringLiteral(" AND ")), QLatin1String(dir))
                                 .arg(limit + 1));
    if (!sel)
        return sel.error();
    for (int i = 0; i < w.binds.size(); ++i)
        sel->bind(i + 1, w.binds[i]);
    RunPage result;
    QList<RunSummary> runs;
    QVariant lastKey;
    while (sel->next()) {
        if (runs.size() == limit) {
            result.next = PageCursor{true, lastKey, runs.last().id};
            break;
        }
        RunSummary r;
        r.id = sel->columnInt(0);
        r.name = sel->columnText(1);
        r.startMs = sel->columnInt(2);
        lastKey = sel->columnValue(3);
        runs << r;
    }
    if (sel->hasError())
        return sel->error();
    auto filled = fillSummaries(d.get(), runs);
    if (!filled)
        return filled.error();
    result.runs = *filled;
    return result;
}

Result<qint64> MetadataStore::countRuns(const RunFilter &filter)
{
    const Where w = buildWhere(d.get(), filter);
    auto sel = d->db.prepare(QStringLiteral("SELECT COUNT(*) FROM `Context` C WHERE %1").arg(w.clauses.join(QStringLiteral(" AND "))));
    if (!sel)
        return sel.error();
    for (int i = 0; i < w.binds.size(); ++i)
        sel->bind(i + 1, w.binds[i]);
    if (!sel->next())
        return sel->hasError() ? Result<qint64>(sel->error()) : Result<qint64>(qint64(0));
    return sel->columnInt(0);
}

Result<RunDetail> MetadataStore::runDetail(qint64 runId)
{
    auto ctx = context(runId);
    if (!ctx)
        return ctx.error();
    RunSummary base;
    base.id = ctx->id;
    base.name = ctx->name;
    base.startMs = ctx->createMs;
    auto filled = fillSummaries(d.get(), {base});
    if (!filled)
        return filled.error();
    RunDetail detail;
    detail.summary = filled->first();
    detail.runProperties = ctx->customProperties;
    auto execs = executionsOfContext(runId);
    if (!execs)
        return execs.error();
    for (const ExecutionInfo &e : std::as_const(*execs)) {
        StepDetail step;
        step.execution = e;
        auto events = eventsOfExecution(e.id);
        if (!events)
            return events.error();
        for (const EventInfo &ev : std::as_const(*events)) {
            auto a = artifact(ev.artifactId);
            if (!a)
                continue; // a dangling event (MLMD keeps no foreign keys); show what exists
            if (isOutputEvent(ev.type)) {
                step.outputs << *a;
                step.outputNames << ev.path.join(QLatin1Char('/'));
            } else {
                step.inputs << *a;
                step.inputNames << ev.path.join(QLatin1Char('/'));
            }
        }
        detail.steps << step;
    }
    if (d->hasOwnTables) {
        auto hist = d->db.prepare(QStringLiteral("SELECT key, step, timestamp_ms, value, is_nan FROM mlwb_metric_history "
                                                 "WHERE context_id = %1 ORDER BY key, step, timestamp_ms, rowid").arg(runId));
        if (!hist)
            return hist.error();
        while (hist->next())
            detail.metricHistory[hist->columnText(0)] << MetricPoint{hist->columnInt(1), hist->columnInt(2),
                                                                     hist->columnDouble(3), hist->columnInt(4) != 0};
    }
    return detail;
}

Result<StoreStats> MetadataStore::stats()
{
    if (!d->db.isOpen())
        return makeError(QStringLiteral("store.closed"), Tr::tr("The metadata store is not open"));
    StoreStats s;
    auto count = [&](const char *table) -> Result<qint64> {
        auto v = d->db.scalar(QStringLiteral("SELECT COUNT(*) FROM `%1`").arg(QLatin1String(table)));
        if (!v)
            return v.error();
        return v->toLongLong();
    };
    auto a = count("Artifact"), e = count("Execution"), c = count("Context"), ev = count("Event");
    for (auto *r : {&a, &e, &c, &ev}) {
        if (!*r)
            return r->error();
    }
    s.artifacts = *a;
    s.executions = *e;
    s.contexts = *c;
    s.events = *ev;
    auto sel = d->db.prepare(QStringLiteral(
        "SELECT t.name, t.type_kind, (CASE t.type_kind WHEN 0 THEN (SELECT COUNT(*) FROM `Execution` x WHERE x.type_id = t.id) "
        "WHEN 1 THEN (SELECT COUNT(*) FROM `Artifact` x WHERE x.type_id = t.id) "
        "ELSE (SELECT COUNT(*) FROM `Context` x WHERE x.type_id = t.id) END) FROM `Type` t ORDER BY t.id"));
    if (!sel)
        return sel.error();
    static const char *const kinds[] = {"execution", "artifact", "context"};
    while (sel->next()) {
        const QString name = sel->columnText(0);
        const int kind = int(sel->columnInt(1));
        s.typeCounts[name] += sel->columnInt(2);
        s.typeKinds[name] = kind >= 0 && kind <= 2 ? QLatin1String(kinds[kind]) : QString::number(kind);
    }
    if (sel->hasError())
        return sel->error();
    return s;
}

} // namespace wb::store
