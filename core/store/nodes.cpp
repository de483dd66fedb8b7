// SPDX-License-Identifier: GPL-3.0-or-later
// MetadataStore: generic MLMD node access (artifacts, executions, contexts, events, properties).
#include "core/store/metadatastore.h"

#include "core/base/tr.h"
#include "core/store/metadatastore_p.h"
#include "core/store/structcodec.h"

namespace wb::store {

using namespace Internal;

namespace {

struct PropSql
{
    const char *upsert;
    const char *table;
    const char *idColumn;
};

const PropSql &propSql(NodeKind kind)
{
    static const PropSql sql[] = {
        {"INSERT OR REPLACE INTO `ArtifactProperty`(`artifact_id`, `name`, `is_custom_property`, `int_value`, "
         "`double_value`, `string_value`, `proto_value`, `bool_value`) VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
         "ArtifactProperty", "artifact_id"},
        {"INSERT OR REPLACE INTO `ExecutionProperty`(`execution_id`, `name`, `is_custom_property`, `int_value`, "
         "`double_value`, `string_value`, `proto_value`, `bool_value`) VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
         "ExecutionProperty", "execution_id"},
        {"INSERT OR REPLACE INTO `ContextProperty`(`context_id`, `name`, `is_custom_property`, `int_value`, "
         "`double_value`, `string_value`, `proto_value`, `bool_value`) VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
         "ContextProperty", "context_id"},
    };
    return sql[int(kind)];
}

Error notFound(const char *what, qint64 id)
{
    return makeError(QStringLiteral("store.notfound"), Tr::tr("There is no %1 with id %2 in the store")
                                                           .arg(QLatin1String(what)).arg(id));
}

} // namespace

QVariant propertyValue(const Statement &stmt, int c)
{
    if (!stmt.columnIsNull(c))
        return stmt.columnInt(c);
    if (!stmt.columnIsNull(c + 1))
        return stmt.columnDouble(c + 1);
    if (!stmt.columnIsNull(c + 2)) {
        const QString s = stmt.columnText(c + 2);
        if (StructCodec::isStructString(s)) {
            auto decoded = StructCodec::decodeString(s);
            if (decoded)
                return *decoded;
        }
        return s;
    }
    if (!stmt.columnIsNull(c + 3))
        return stmt.columnBlob(c + 3); // base64 text of a serialized google.protobuf.Any
    if (!stmt.columnIsNull(c + 4))
        return stmt.columnInt(c + 4) != 0;
    return {};
}

Result<void> MetadataStore::Private::writeProperty(NodeKind kind, qint64 id, const QString &name,
                                                   const QVariant &value, bool custom)
{
    auto ins = db.cached(propSql(kind).upsert);
    if (!ins)
        return ins.error();
    ins->bindInt(1, id);
    ins->bindText(2, name);
    ins->bindInt(3, custom ? 1 : 0);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
        ins->bindInt(4, value.toLongLong());
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        ins->bindDouble(5, value.toDouble());
        break;
    case QMetaType::Bool:
        ins->bindInt(8, value.toBool() ? 1 : 0);
        break;
    case QMetaType::QVariantMap:
        ins->bindText(6, StructCodec::encodeString(value.toMap()));
        break;
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        // KFP's convention for list metadata: a struct {"list": [...]}.
        ins->bindText(6, StructCodec::encodeString({{QStringLiteral("list"), value.toList()}}));
        break;
    default:
        ins->bindText(6, value.toString());
    }
    return ins->exec();
}

Result<void> MetadataStore::Private::writeProperties(NodeKind kind, qint64 id, const Properties &props, bool custom)
{
    for (auto it = props.constBegin(); it != props.constEnd(); ++it)
        WB_TRY(writeProperty(kind, id, it.key(), it.value(), custom));
    return {};
}

Result<void> MetadataStore::Private::readProperties(NodeKind kind, const QList<qint64> &ids,
                                                    QHash<qint64, Properties> *props, QHash<qint64, Properties> *custom)
{
    if (ids.isEmpty())
        return {};
    const PropSql &sql = propSql(kind);
    auto sel = db.prepare(QStringLiteral("SELECT `%1`, `name`, `is_custom_property`, `int_value`, `double_value`, "
                                         "`string_value`, `proto_value`, `bool_value` FROM `%2` WHERE `%1` IN (%3)")
                              .arg(QLatin1String(sql.idColumn), QLatin1String(sql.table), idList(ids)));
    if (!sel)
        return sel.error();
    while (sel->next()) {
        auto *target = sel->columnInt(2) ? custom : props;
        if (target)
            (*target)[sel->columnInt(0)].insert(sel->columnText(1), propertyValue(*sel, 3));
    }
    if (sel->hasError())
        return sel->error();
    return {};
}

Result<qint64> MetadataStore::Private::findArtifactByUri(qint64 typeId, const QString &uri)
{
    auto sel = db.cached("SELECT id FROM `Artifact` WHERE uri = ? AND type_id = ? ORDER BY id DESC LIMIT 1");
    if (!sel)
        return sel.error();
    sel->bindText(1, uri);
    sel->bindInt(2, typeId);
    if (sel->next())
        return sel->columnInt(0);
    if (sel->hasError())
        return sel->error();
    return qint64(0);
}

Result<void> MetadataStore::Private::touchContext(qint64 id, qint64 ms)
{
    auto upd = db.cached("UPDATE `Context` SET `last_update_time_since_epoch` = ? WHERE id = ?");
    if (!upd)
        return upd.error();
    upd->bindInt(1, ms);
    upd->bindInt(2, id);
    return upd->exec();
}

Result<qint64> MetadataStore::putArtifact(const ArtifactInfo &a)
{
    qint64 id = a.id;
    WB_TRY(transaction([&]() -> Result<void> {
        qint64 typeId = a.typeId;
        if (!typeId) {
            auto t = d->typeId(a.typeName, TypeKind::Artifact, true);
            if (!t)
                return t.error();
            typeId = *t;
        }
        const qint64 now = nowMs();
        if (!id) {
            auto ins = d->db.cached("INSERT INTO `Artifact`(`type_id`, `uri`, `state`, `name`, `external_id`, "
                                    "`create_time_since_epoch`, `last_update_time_since_epoch`) VALUES(?, ?, ?, ?, NULL, ?, ?)");
            if (!ins)
                return ins.error();
            ins->bindInt(1, typeId);
            ins->bindText(2, a.uri);
            ins->bindInt(3, a.state);
            ins->bind(4, a.name.isEmpty() ? QVariant() : QVariant(a.name));
            ins->bindInt(5, a.createMs ? a.createMs : now);
            ins->bindInt(6, a.updateMs ? a.updateMs : (a.createMs ? a.createMs : now));
            WB_TRY(ins->exec());
            id = d->db.lastInsertId();
        } else {
            auto upd = d->db.cached("UPDATE `Artifact` SET `uri` = ?, `state` = ?, `last_update_time_since_epoch` = ? WHERE id = ?");
            if (!upd)
                return upd.error();
            upd->bindText(1, a.uri);
            upd->bindInt(2, a.state);
            upd->bindInt(3, a.updateMs ? a.updateMs : now);
            upd->bindInt(4, id);
            WB_TRY(upd->exec());
            if (d->db.changes() == 0)
                return notFound("artifact", id);
        }
        WB_TRY(d->writeProperties(NodeKind::Artifact, id, a.properties, false));
        return d->writeProperties(NodeKind::Artifact, id, a.customProperties, true);
    }));
    return id;
}

Result<qint64> MetadataStore::putExecution(const ExecutionInfo &e)
{
    qint64 id = e.id;
    WB_TRY(transaction([&]() -> Result<void> {
        qint64 typeId = e.typeId;
        if (!typeId) {
            auto t = d->typeId(e.typeName, TypeKind::Execution, true);
            if (!t)
                return t.error();
            typeId = *t;
        }
        const qint64 now = nowMs();
        if (!id) {
            auto ins = d->db.cached("INSERT INTO `Execution`(`type_id`, `last_known_state`, `name`, `external_id`, "
                                    "`create_time_since_epoch`, `last_update_time_since_epoch`) VALUES(?, ?, ?, NULL, ?, ?)");
            if (!ins)
                return ins.error();
            ins->bindInt(1, typeId);
            ins->bindInt(2, e.state);
            ins->bind(3, e.name.isEmpty() ? QVariant() : QVariant(e.name));
            ins->bindInt(4, e.createMs ? e.createMs : now);
            ins->bindInt(5, e.updateMs ? e.updateMs : (e.createMs ? e.createMs : now));
            WB_TRY(ins->exec());
            id = d->db.lastInsertId();
        } else {
            auto upd = d->db.cached("UPDATE `Execution` SET `last_known_state` = ?, `last_update_time_since_epoch` = ? WHERE id = ?");
            if (!upd)
                return upd.error();
            upd->bindInt(1, e.state);
            upd->bindInt(2, e.updateMs ? e.updateMs : now);
            upd->bindInt(3, id);
            WB_TRY(upd->exec());
            if (d->db.changes() == 0)
                return notFound("execution", id);
        }
        WB_TRY(d->writeProperties(NodeKind::Execution, id, e.properties, false));
        return d->writeProperties(NodeKind::Execution, id, e.customProperties, true);
    }));
    return id;
}

Result<qint64> MetadataStore::putContext(const ContextInfo &c)
{
    qint64 id = c.id;
    WB_TRY(transaction([&]() -> Result<void> {
        if (c.name.isEmpty())
            return makeError(QStringLiteral("store.invalid"), Tr::tr("A context needs a name"));
        qint64 typeId = c.typeId;
        if (!typeId) {
            auto t = d->typeId(c.typeName, TypeKind::Context, true);
            if (!t)
                return t.error();
            typeId = *t;
        }
        const qint64 now = nowMs();
        if (!id) {
            auto ins = d->db.cached("INSERT INTO `Context`(`type_id`, `name`, `external_id`, `create_time_since_epoch`, "
                                    "`last_update_time_since_epoch`) VALUES(?, ?, NULL, ?, ?)");
            if (!ins)
                return ins.error();
            ins->bindInt(1, typeId);
            ins->bindText(2, c.name);
            ins->bindInt(3, c.createMs ? c.createMs : now);
            ins->bindInt(4, c.updateMs ? c.updateMs : (c.createMs ? c.createMs : now));
            WB_TRY(ins->exec());
            id = d->db.lastInsertId();
        } else {
            WB_TRY(d->touchContext(id, c.updateMs ? c.updateMs : now));
        }
        WB_TRY(d->writeProperties(NodeKind::Context, id, c.properties, false));
        return d->writeProperties(NodeKind::Context, id, c.customProperties, true);
    }));
    return id;
}

Result<qint64> MetadataStore::putEvent(const EventInfo &ev)
{
    qint64 id = 0;
    WB_TRY(transaction([&]() -> Result<void> {
        auto ins = d->db.cached("INSERT OR IGNORE INTO `Event`(`artifact_id`, `execution_id`, `type`, "
                                "`milliseconds_since_epoch`) VALUES(?, ?, ?, ?)");
        if (!ins)
            return ins.error();
        ins->bindInt(1, ev.artifactId);
        ins->bindInt(2, ev.executionId);
        ins->bindInt(3, ev.type);
        ins->bindInt(4, ev.timeMs ? ev.timeMs : nowMs());
        WB_TRY(ins->exec());
        if (d->db.changes() == 0)
            return {}; // the same (artifact, execution, type) exists: MLMD's UNIQUE rule
        id = d->db.lastInsertId();
        for (const QString &step : ev.path) {
            bool isIndex = false;
            const qint64 index = step.toLongLong(&isIndex);
            auto p = d->db.cached(isIndex ? "INSERT INTO `EventPath`(`event_id`, `is_index_step`, `step_index`) VALUES(?, 1, ?)"
                                          : "INSERT INTO `EventPath`(`event_id`, `is_index_step`, `step_key`) VALUES(?, 0, ?)");
            if (!p)
                return p.error();
            p->bindInt(1, id);
            if (isIndex)
                p->bindInt(2, index);
            else
                p->bindText(2, step);
            WB_TRY(p->exec());
        }
        return {};
    }));
    return id;
}

namespace {
template<typename Info>
Result<QList<Info>> finishNodes(MetadataStore::Private *d, NodeKind kind, QList<Info> list)
{
    QList<qint64> ids;
    for (const Info &i : list)
        ids << i.id;
    QHash<qint64, Properties> props, custom;
    WB_TRY(d->readProperties(kind, ids, &props, &custom));
    for (Info &i : list) {
        i.properties = props.value(i.id);
        i.customProperties = custom.value(i.id);
    }
    return list;
}

Result<QList<ArtifactInfo>> queryArtifacts(MetadataStore::Private *d, const QString &where)
{
    auto sel = d->db.prepare(QStringLiteral("SELECT A.id, A.type_id, T.name, A.uri, A.name, A.state, "
                                            "A.create_time_since_epoch, A.last_update_time_since_epoch "
                                            "FROM `Artifact` A LEFT JOIN `Type` T ON T.id = A.type_id ") + where);
    if (!sel)
        return sel.error();
    QList<ArtifactInfo> list;
    while (sel->next()) {
        ArtifactInfo a;
        a.id = sel->columnInt(0);
        a.typeId = sel->columnInt(1);
        a.typeName = sel->columnText(2);
        a.uri = sel->columnText(3);
        a.name = sel->columnText(4);
        a.state = int(sel->columnInt(5));
        a.createMs = sel->columnInt(6);
        a.updateMs = sel->columnInt(7);
        list << a;
    }
    if (sel->hasError())
        return sel->error();
    return finishNodes(d, NodeKind::Artifact, list);
}

Result<QList<ExecutionInfo>> queryExecutions(MetadataStore::Private *d, const QString &where)
{
    auto sel = d->db.prepare(QStringLiteral("SELECT E.id, E.type_id, T.name, E.name, E.last_known_state, "
                                            "E.create_time_since_epoch, E.last_update_time_since_epoch "
                                            "FROM `Execution` E LEFT JOIN `Type` T ON T.id = E.type_id ") + where);
    if (!sel)
        return sel.error();
    QList<ExecutionInfo> list;
    while (sel->next()) {
        ExecutionInfo e;
        e.id = sel->columnInt(0);
        e.typeId = sel->columnInt(1);
        e.typeName = sel->columnText(2);
        e.name = sel->columnText(3);
        e.state = int(sel->columnInt(4));
        e.createMs = sel->columnInt(5);
        e.updateMs = sel->columnInt(6);
        list << e;
    }
    if (sel->hasError())
        return sel->error();
    return finishNodes(d, NodeKind::Execution, list);
}

Result<QList<ContextInfo>> queryContexts(MetadataStore::Private *d, const QString &where, const QVariant &bindValue = {})
{
    auto sel = d->db.prepare(QStringLiteral("SELECT C.id, C.type_id, T.name, C.name, C.create_time_since_epoch, "
                                            "C.last_update_time_since_epoch FROM `Context` C "
                                            "LEFT JOIN `Type` T ON T.id = C.type_id ") + where);
    if (!sel)
        return sel.error();
    if (bindValue.isValid())
        sel->bind(1, bindValue);
    QList<ContextInfo> list;
    while (sel->next()) {
        ContextInfo c;
        c.id = sel->columnInt(0);
        c.typeId = sel->columnInt(1);
        c.typeName = sel->columnText(2);
        c.name = sel->columnText(3);
        c.createMs = sel->columnInt(4);
        c.updateMs = sel->columnInt(5);
        list << c;
    }
    if (sel->hasError())
        return sel->error();
    return finishNodes(d, NodeKind::Context, list);
}

Result<QList<EventInfo>> queryEvents(MetadataStore::Private *d, const char *column, qint64 id)
{
    auto sel = d->db.prepare(QStringLiteral("SELECT ev.id, ev.artifact_id, ev.execution_id, ev.type, ev.milliseconds_since_epoch, "
                                            "p.is_index_step, p.step_index, p.step_key FROM `Event` ev "
                                            "LEFT JOIN `EventPath` p ON p.event_id = ev.id WHERE ev.%1 = ? "
                                            "ORDER BY ev.id, p.rowid").arg(QLatin1String(column)));
    if (!sel)
        return sel.error();
    sel->bindInt(1, id);
    QList<EventInfo> list;
    while (sel->next()) {
        const qint64 evId = sel->columnInt(0);
        if (list.isEmpty() || list.last().id != evId)
            list << EventInfo{evId, sel->columnInt(1), sel->columnInt(2), int(sel->columnInt(3)), sel->columnInt(4), {}};
        if (!sel->columnIsNull(5))
            list.last().path << (sel->columnInt(5) ? QString::number(sel->columnInt(6)) : sel->columnText(7));
    }
    if (sel->hasError())
        return sel->error();
    return list;
}
} // namespace

Result<ArtifactInfo> MetadataStore::artifact(qint64 id)
{
    auto list = queryArtifacts(d.get(), QStringLiteral("WHERE A.id = %1").arg(id));
    if (!list)
        return list.error();
    if (list->isEmpty())
        return notFound("artifact", id);
    return list->first();
}

Result<ExecutionInfo> MetadataStore::execution(qint64 id)
{
    auto list = queryExecutions(d.get(), QStringLiteral("WHERE E.id = %1").arg(id));
    if (!list)
        return list.error();
    if (list->isEmpty())
        return notFound("execution", id);
    return list->first();
}

Result<ContextInfo> MetadataStore::context(qint64 id)
{
    auto list = queryContexts(d.get(), QStringLiteral("WHERE C.id = %1").arg(id));
    if (!list)
        return list.error();
    if (list->isEmpty())
        return notFound("context", id);
    return list->first();
}

Result<std::optional<ContextInfo>> MetadataStore::contextByName(const QString &typeName, const QString &name)
{
    auto typeId = d->typeId(typeName, TypeKind::Context, false);
    if (!typeId)
        return typeId.error();
    if (!*typeId)
        return std::optional<ContextInfo>();
    auto list = queryContexts(d.get(), QStringLiteral("WHERE C.type_id = %1 AND C.name = ?").arg(*typeId), name);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<ContextInfo>();
    return std::optional<ContextInfo>(list->first());
}

Result<QList<ContextInfo>> MetadataStore::contexts(const QString &typeName)
{
    if (typeName.isEmpty())
        return queryContexts(d.get(), QStringLiteral("ORDER BY C.id"));
    return queryContexts(d.get(), QStringLiteral("WHERE T.name = ? AND T.type_kind = 2 ORDER BY C.id"), typeName);
}

Result<QList<ExecutionInfo>> MetadataStore::executionsOfContext(qint64 contextId)
{
    return queryExecutions(d.get(), QStringLiteral("JOIN `Association` AS AS1 ON AS1.execution_id = E.id "
                                                   "WHERE AS1.context_id = %1 ORDER BY E.id").arg(contextId));
}

Result<QList<ContextInfo>> MetadataStore::contextsOfExecution(qint64 executionId)
{
    return queryContexts(d.get(), QStringLiteral("JOIN `Association` AS AS1 ON AS1.context_id = C.id "
                                                 "WHERE AS1.execution_id = %1 ORDER BY C.id").arg(executionId));
}

Result<QList<ArtifactInfo>> MetadataStore::artifactsOfContext(qint64 contextId)
{
    return queryArtifacts(d.get(), QStringLiteral("JOIN `Attribution` AT1 ON AT1.artifact_id = A.id "
                                                  "WHERE AT1.context_id = %1 ORDER BY A.id").arg(contextId));
}

Result<QList<EventInfo>> MetadataStore::eventsOfExecution(qint64 executionId)
{
    return queryEvents(d.get(), "execution_id", executionId);
}

Result<QList<EventInfo>> MetadataStore::eventsOfArtifact(qint64 artifactId)
{
    return queryEvents(d.get(), "artifact_id", artifactId);
}

} // namespace wb::store
