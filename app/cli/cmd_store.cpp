// SPDX-License-Identifier: GPL-3.0-or-later
// mlwb-cli store stats | runs list | lineage | mlflow import: thin wrappers over wb::store.
#include "cli.h"

#include "core/store/metadatastore.h"
#include "core/store/mlflowimporter.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace wb::cli;
using namespace wb::store;

namespace {

const QCommandLineOption kStore({QStringLiteral("store")},
                                QStringLiteral("Metadata store (default: <workspace>/.mlwb/metadata.sqlite)."),
                                QStringLiteral("DB"));
const QCommandLineOption kWorkspace({QStringLiteral("workspace")}, QStringLiteral("Workspace folder (default: .)."),
                                    QStringLiteral("DIR"));
const QCommandLineOption kJson({QStringLiteral("json")}, QStringLiteral("Print JSON."));

void addStoreOptions(QCommandLineParser &parser)
{
    parser.addOption(kStore);
    parser.addOption(kWorkspace);
}

QString storePath(const QCommandLineParser &parser)
{
    if (parser.isSet(kStore))
        return parser.value(kStore);
    const QString ws = parser.isSet(kWorkspace) ? parser.value(kWorkspace) : QDir::currentPath();
    return MetadataStore::defaultPath(ws);
}

QJsonValue jsonValue(const QVariant &v)
{
    if (v.typeId() == QMetaType::QVariantMap)
        return QJsonObject::fromVariantMap(v.toMap());
    if (v.typeId() == QMetaType::QByteArray)
        return QString::fromLatin1(v.toByteArray());
    return QJsonValue::fromVariant(v);
}

QJsonObject jsonMap(const QMap<QString, QVariant> &map)
{
    QJsonObject o;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        o.insert(it.key(), jsonValue(it.value()));
    return o;
}

QString time(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODate) : QStringLiteral("-");
}

int runStats(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Counts of the nodes in a metadata store (opened read-only)."));
    addStoreOptions(parser);
    parser.addOption(kJson);
    int exit = 0;
    if (!parseArguments(parser, QStringLiteral("store stats"), args, 0, 0, &exit))
        return exit;
    MetadataStore store;
    if (auto r = store.open(storePath(parser), MetadataStore::Mode::ReadOnly); !r)
        return fail(r.error());
    auto s = store.stats();
    if (!s)
        return fail(s.error());
    if (parser.isSet(kJson)) {
        // types: MLMD type name -> {"kind": artifact|execution|context, "count": N}
        QJsonObject types;
        for (auto it = s->typeCounts.constBegin(); it != s->typeCounts.constEnd(); ++it)
            types.insert(it.key(), QJsonObject{{QStringLiteral("kind"), s->typeKinds.value(it.key())},
                                               {QStringLiteral("count"), it.value()}});
        printJson(QJsonObject{{QStringLiteral("artifact"), s->artifacts}, {QStringLiteral("execution"), s->executions},
                              {QStringLiteral("context"), s->contexts}, {QStringLiteral("event"), s->events},
                              {QStringLiteral("types"), types}});
        return Ok;
    }
    printLine(QStringLiteral("artifacts %1, executions %2, contexts %3, events %4")
                  .arg(s->artifacts).arg(s->executions).arg(s->contexts).arg(s->events));
    for (auto it = s->typeCounts.constBegin(); it != s->typeCounts.constEnd(); ++it)
        printLine(QStringLiteral("  %1 %2 (%3)").arg(it.key(), -40).arg(it.value()).arg(s->typeKinds.value(it.key())));
    return Ok;
}

int runRunsList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Lists the runs of a metadata store (newest first). Metrics of runs "
                                                    "recorded by mlwb are named <task>.<metric>; run_metrics lists those "
                                                    "the pipeline named as its run metrics."));
    addStoreOptions(parser);
    parser.addOption(kJson);
    const QCommandLineOption archived({QStringLiteral("archived")}, QStringLiteral("Include archived runs."));
    parser.addOption(archived);
    int exit = 0;
    if (!parseArguments(parser, QStringLiteral("runs list"), args, 0, 0, &exit))
        return exit;
    MetadataStore store;
    if (auto r = store.open(storePath(parser), MetadataStore::Mode::ReadOnly); !r)
        return fail(r.error());
    RunFilter filter;
    if (parser.isSet(archived))
        filter.archived = RunFilter::Archived::Include;
    QList<RunSummary> all;
    PageRequest page;
    page.limit = 1000;
    for (;;) {
        auto p = store.listRuns(filter, {}, page);
        if (!p)
            return fail(p.error());
        all += p->runs;
        if (!p->next.valid)
            break;
        page.after = p->next;
    }
    if (parser.isSet(kJson)) {
        QJsonArray runs;
        for (const RunSummary &r : std::as_const(all)) {
            runs.append(QJsonObject{{QStringLiteral("id"), r.id},
                                    {QStringLiteral("name"), r.displayName},
                                    {QStringLiteral("run_name"), r.name},
                                    {QStringLiteral("state"), runStateName(r.state)},
                                    {QStringLiteral("experiment"), r.experiment},
                                    {QStringLiteral("pipeline"), r.pipeline},
                                    {QStringLiteral("start"), r.startMs ? QJsonValue(r.startMs) : QJsonValue()},
                                    {QStringLiteral("end"), r.endMs ? QJsonValue(r.endMs) : QJsonValue()},
                                    {QStringLiteral("archived"), r.archived},
                                    {QStringLiteral("params"), jsonMap(r.params)},
                                    {QStringLiteral("metrics"), jsonMap(r.metrics)},
                                    {QStringLiteral("run_metrics"), QJsonArray::fromStringList(r.runMetrics)}});
        }
        printJson(QJsonObject{{QStringLiteral("runs"), runs}});
        return Ok;
    }
    for (const RunSummary &r : std::as_const(all)) {
        // The run metrics its pipeline named, as the Runs table shows them.
        QStringList figures;
        for (const QString &name : r.runMetrics)
            figures << name + QLatin1Char('=') + (r.metrics.contains(name) ? r.metrics.value(name).toString() : QStringLiteral("-"));
        printLine(QStringLiteral("%1  %2  %3  %4  %5%6").arg(r.id, 6).arg(runStateName(r.state), -11)
                      .arg(time(r.startMs), r.experiment, r.displayName,
                           figures.isEmpty() ? QString() : QStringLiteral("  ") + figures.join(QLatin1Char(' '))));
    }
    return Ok;
}

int runLineage(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Lineage graph of an artifact (nodes and event edges)."));
    parser.addPositionalArgument(QStringLiteral("ARTIFACT_ID"), QStringLiteral("MLMD artifact id."));
    addStoreOptions(parser);
    parser.addOption(kJson);
    const QCommandLineOption direction({QStringLiteral("direction")}, QStringLiteral("up, down or both (default both)."),
                                       QStringLiteral("DIR"), QStringLiteral("both"));
    const QCommandLineOption depth({QStringLiteral("depth")}, QStringLiteral("Execution hops (default 3)."),
                                   QStringLiteral("N"), QStringLiteral("3"));
    parser.addOption(direction);
    parser.addOption(depth);
    int exit = 0;
    if (!parseArguments(parser, QStringLiteral("lineage"), args, 1, 1, &exit))
        return exit;
    bool ok = false;
    const qint64 id = parser.positionalArguments().first().toLongLong(&ok);
    const int n = parser.value(depth).toInt();
    const QString dir = parser.value(direction);
    if (!ok || n < 0 || !QStringList{QStringLiteral("up"), QStringLiteral("down"), QStringLiteral("both")}.contains(dir)) {
        printError(QStringLiteral("ARTIFACT_ID must be a number, --direction up|down|both, --depth N >= 0"));
        return Usage;
    }
    MetadataStore store;
    if (auto r = store.open(storePath(parser), MetadataStore::Mode::ReadOnly); !r)
        return fail(r.error());
    const LineageDirection ld = dir == QLatin1String("up") ? LineageDirection::Upstream
                                : dir == QLatin1String("down") ? LineageDirection::Downstream
                                                               : LineageDirection::Both;
    auto g = store.lineage(id, ld, n);
    if (!g)
        return fail(g.error());
    static const char *const kinds[] = {"artifact", "execution", "context"};
    if (parser.isSet(kJson)) {
        QJsonArray nodes, edges;
        for (const LineageNode &node : std::as_const(g->nodes))
            nodes.append(QJsonObject{{QStringLiteral("id"), node.id}, {QStringLiteral("kind"), QLatin1String(kinds[int(node.kind)])},
                                     {QStringLiteral("type"), node.type}, {QStringLiteral("name"), node.name},
                                     {QStringLiteral("uri"), node.uri}});
        for (const LineageEdge &e : std::as_const(g->edges))
            edges.append(QJsonObject{{QStringLiteral("from"), e.from}, {QStringLiteral("to"), e.to},
                                     {QStringLiteral("event"), e.event}});
        printJson(QJsonObject{{QStringLiteral("nodes"), nodes}, {QStringLiteral("edges"), edges}});
        return Ok;
    }
    for (const LineageNode &node : std::as_const(g->nodes))
        printLine(QStringLiteral("%1  %2  %3  %4").arg(node.id, -18).arg(node.type, -28).arg(node.name, node.uri));
    for (const LineageEdge &e : std::as_const(g->edges))
        printLine(QStringLiteral("%1 -> %2 (%3)").arg(e.from, e.to, e.event));
    return Ok;
}

int runMlflowImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Imports an MLflow SQLite tracking store (opened read-only) "
                                                    "into the metadata store (created if missing)."));
    parser.addPositionalArgument(QStringLiteral("MLFLOW_DB"), QStringLiteral("The MLflow store, e.g. mlflow.db."));
    addStoreOptions(parser);
    parser.addOption(kJson);
    int exit = 0;
    if (!parseArguments(parser, QStringLiteral("mlflow import"), args, 1, 1, &exit))
        return exit;
    MetadataStore store;
    if (auto r = store.open(storePath(parser), MetadataStore::Mode::ReadWrite); !r)
        return fail(r.error());
    auto s = MlflowImporter::importFile(store, parser.positionalArguments().first());
    if (!s)
        return fail(s.error());
    if (parser.isSet(kJson)) {
        printJson(QJsonObject{{QStringLiteral("experiments"), s->experiments}, {QStringLiteral("runs"), s->runs},
                              {QStringLiteral("skipped_runs"), s->skippedRuns}, {QStringLiteral("params"), s->params},
                              {QStringLiteral("tags"), s->tags}, {QStringLiteral("metric_points"), s->metricPoints},
                              {QStringLiteral("datasets"), s->datasets}});
        return Ok;
    }
    printLine(QStringLiteral("Imported %1 runs (%2 already there), %3 experiments, %4 params, %5 tags, %6 metric points, "
                             "%7 datasets into %8")
                  .arg(s->runs).arg(s->skippedRuns).arg(s->experiments).arg(s->params).arg(s->tags)
                  .arg(s->metricPoints).arg(s->datasets).arg(store.path()));
    return Ok;
}

const Registration regStats{{QStringLiteral("store stats"), QStringLiteral("Counts of artifacts, executions, contexts, events and types."), &runStats}};
const Registration regRuns{{QStringLiteral("runs list"), QStringLiteral("List the runs of a metadata store."), &runRunsList}};
const Registration regLineage{{QStringLiteral("lineage"), QStringLiteral("Lineage graph of an artifact."), &runLineage}};
const Registration regMlflow{{QStringLiteral("mlflow import"), QStringLiteral("Import an MLflow SQLite tracking store."), &runMlflowImport}};

} // namespace
