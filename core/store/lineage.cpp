// SPDX-License-Identifier: GPL-3.0-or-later
// MetadataStore: lineage walk over events (artifact <-> execution), breadth first.
#include "core/store/metadatastore.h"

#include "core/base/tr.h"
#include "core/store/metadatastore_p.h"

#include <QSet>

namespace wb::store {

using namespace Internal;

namespace {

QString artifactKey(qint64 id) { return QStringLiteral("artifact:") + QString::number(id); }
QString executionKey(qint64 id) { return QStringLiteral("execution:") + QString::number(id); }

struct Walk
{
    QSet<qint64> artifacts;
    QSet<qint64> executions;
    QSet<QPair<qint64, qint64>> edgeKeys; ///< (artifact, +execution) for a->e, (artifact, -execution) for e->a
    QList<LineageEdge> edges;

    void addEdge(qint64 artifactId, qint64 executionId, bool artifactToExecution, int type)
    {
        const QPair<qint64, qint64> key(artifactId, artifactToExecution ? executionId : -executionId);
        if (edgeKeys.contains(key))
            return;
        edgeKeys.insert(key);
        if (artifactToExecution)
            edges << LineageEdge{artifactKey(artifactId), executionKey(executionId), eventTypeName(type)};
        else
            edges << LineageEdge{executionKey(executionId), artifactKey(artifactId), eventTypeName(type)};
    }
};

// One direction: artifact -(producer|consumer)-> execution -(inputs|outputs)-> artifact.
Result<void> walk(SqliteDb &db, Walk &w, qint64 start, bool upstream, int depth)
{
    QList<qint64> frontier{start};
    QSet<qint64> seenExec;
    for (int level = 0; level < depth && !frontier.isEmpty(); ++level) {
        QList<qint64> next;
        for (qint64 artifactId : std::as_const(frontier)) {
            QList<QPair<qint64, int>> execs;
            {
                auto byArtifact = db.cached("SELECT execution_id, type FROM `Event` WHERE artifact_id = ?");
                if (!byArtifact)
                    return byArtifact.error();
                byArtifact->bindInt(1, artifactId);
                while (byArtifact->next()) {
                    const int type = int(byArtifact->columnInt(1));
                    if (upstream ? isOutputEvent(type) : isInputEvent(type))
                        execs << qMakePair(byArtifact->columnInt(0), type);
                }
                if (byArtifact->hasError())
                    return byArtifact->error();
            }
            for (const auto &[execId, type] : std::as_const(execs)) {
                w.executions.insert(execId);
                w.addEdge(artifactId, execId, !upstream, type);
                if (seenExec.contains(execId))
                    continue;
                seenExec.insert(execId);
                auto byExec = db.cached("SELECT artifact_id, type FROM `Event` WHERE execution_id = ?");
                if (!byExec)
                    return byExec.error();
                byExec->bindInt(1, execId);
                while (byExec->next()) {
                    const qint64 other = byExec->columnInt(0);
                    const int otherType = int(byExec->columnInt(1));
                    if (upstream ? !isInputEvent(otherType) : !isOutputEvent(otherType))
                        continue;
                    w.addEdge(other, execId, upstream, otherType);
                    if (!w.artifacts.contains(other)) {
                        w.artifacts.insert(other);
                        next << other;
                    }
                }
                if (byExec->hasError())
                    return byExec->error();
            }
        }
        frontier = next;
    }
    return {};
}

} // namespace

Result<LineageGraph> MetadataStore::lineage(qint64 artifactId, LineageDirection direction, int depth)
{
    if (!d->db.isOpen())
        return makeError(QStringLiteral("store.closed"), Tr::tr("The metadata store is not open"));
    {
        auto exists = d->db.cached("SELECT 1 FROM `Artifact` WHERE id = ?");
        if (!exists)
            return exists.error();
        exists->bindInt(1, artifactId);
        if (!exists->next())
            return makeError(QStringLiteral("store.notfound"),
                             Tr::tr("There is no artifact with id %1 in the store").arg(artifactId));
    }
    Walk w;
    w.artifacts.insert(artifactId);
    if (direction != LineageDirection::Downstream)
        WB_TRY(walk(d->db, w, artifactId, true, depth));
    if (direction != LineageDirection::Upstream)
        WB_TRY(walk(d->db, w, artifactId, false, depth));

    LineageGraph g;
    QList<qint64> artifactIds(w.artifacts.begin(), w.artifacts.end());
    QList<qint64> executionIds(w.executions.begin(), w.executions.end());
    std::sort(artifactIds.begin(), artifactIds.end());
    std::sort(executionIds.begin(), executionIds.end());
    // Node details through cached statements (ids bound as one JSON array): no re-preparing.
    QHash<qint64, QString> typeNames;
    auto typeName = [&](qint64 id) {
        auto it = typeNames.constFind(id);
        if (it == typeNames.constEnd())
            it = typeNames.insert(id, d->typeNameOf(id));
        return it.value();
    };
    {
        auto sel = d->db.cached(
            "SELECT A.id, A.type_id, A.name, A.uri, A.state, COALESCE("
            "(SELECT string_value FROM `ArtifactProperty` p WHERE p.artifact_id = A.id AND p.name = 'display_name' AND p.is_custom_property = 1), "
            "(SELECT string_value FROM `ArtifactProperty` p WHERE p.artifact_id = A.id AND p.name = 'name' ORDER BY p.is_custom_property LIMIT 1)) "
            "FROM `Artifact` A WHERE A.id IN (SELECT value FROM json_each(?)) ORDER BY A.id");
        if (!sel)
            return sel.error();
        sel->bindText(1, QLatin1Char('[') + idList(artifactIds) + QLatin1Char(']'));
        while (sel->next()) {
            const qint64 id = sel->columnInt(0);
            QString name = sel->columnText(5);
            if (name.isEmpty())
                name = sel->columnText(2);
            g.nodes << LineageNode{artifactKey(id), NodeKind::Artifact, id, typeName(sel->columnInt(1)), name,
                                   sel->columnText(3), int(sel->columnInt(4))};
        }
        if (sel->hasError())
            return sel->error();
    }
    if (!executionIds.isEmpty()) {
        auto sel = d->db.cached(
            "SELECT E.id, E.type_id, E.name, E.last_known_state, COALESCE("
            "(SELECT string_value FROM `ExecutionProperty` p WHERE p.execution_id = E.id AND p.name = 'display_name' AND p.is_custom_property = 1), "
            "(SELECT string_value FROM `ExecutionProperty` p WHERE p.execution_id = E.id AND p.name = 'task_name' AND p.is_custom_property = 1)) "
            "FROM `Execution` E WHERE E.id IN (SELECT value FROM json_each(?)) ORDER BY E.id");
        if (!sel)
            return sel.error();
        sel->bindText(1, QLatin1Char('[') + idList(executionIds) + QLatin1Char(']'));
        while (sel->next()) {
            const qint64 id = sel->columnInt(0);
            const QString type = typeName(sel->columnInt(1));
            QString name = sel->columnText(4);
            if (name.isEmpty())
                name = sel->columnText(2).isEmpty() ? type : sel->columnText(2);
            g.nodes << LineageNode{executionKey(id), NodeKind::Execution, id, type, name, {}, int(sel->columnInt(3))};
        }
        if (sel->hasError())
            return sel->error();
    }
    g.edges = w.edges;
    return g;
}

} // namespace wb::store
