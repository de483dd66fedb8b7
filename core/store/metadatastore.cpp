// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/metadatastore.h"

#include "core/base/tr.h"
#include "core/store/metadatastore_p.h"
#include "core/store/mlmdschema.h"
#include "core/store/structcodec.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace wb::store {

using namespace Internal;
namespace Schema = Internal::MlmdSchema;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

namespace {

struct HeaderCheck
{
    bool exists = false;
    bool empty = false;
    bool wal = false;
};

// Checks the 100-byte SQLite header ourselves: sqlite3 only notices a short or foreign file
// when it reads the damaged page, and a clear message up front beats a late query error.
Result<HeaderCheck> checkHeader(const QString &path)
{
    HeaderCheck check;
    QFileInfo fi(path);
    if (!fi.exists())
        return check;
    check.exists = true;
    if (fi.isDir())
        return makeError(QStringLiteral("store.cantopen"), Tr::tr("Cannot open %1: it is a folder").arg(path));
    if (fi.size() == 0) {
        check.empty = true;
        return check;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("store.cantopen"), Tr::tr("Cannot open %1: %2").arg(path, f.errorString()));
    const QByteArray header = f.read(100);
    if (!header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return makeError(QStringLiteral("store.notadb"),
                         Tr::tr("Cannot open %1: the file is not an SQLite database").arg(path));
    if (header.size() < 100)
        return makeError(QStringLiteral("store.corrupt"),
                         Tr::tr("Cannot open %1: the database file is truncated").arg(path));
    auto u8 = [&](int i) { return quint32(quint8(header.at(i))); };
    quint32 pageSize = (u8(16) << 8) | u8(17);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = (u8(28) << 24) | (u8(29) << 16) | (u8(30) << 8) | u8(31);
    const bool countValid = header.mid(24, 4) == header.mid(92, 4) && pages > 0;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return makeError(QStringLiteral("store.corrupt"),
                         Tr::tr("Cannot open %1: the database file is damaged (bad header)").arg(path));
    if (countValid && fi.size() < qint64(pageSize) * pages && !QFileInfo::exists(path + QStringLiteral("-wal")))
        return makeError(QStringLiteral("store.corrupt"),
                         Tr::tr("Cannot open %1: the database file is truncated (%2 of %3 bytes)")
                             .arg(path).arg(fi.size()).arg(qint64(pageSize) * pages));
    check.wal = u8(18) == 2 || u8(19) == 2;
    return check;
}

QString fileUri(const QString &path, bool readOnly, bool immutable)
{
    QString uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded);
    if (readOnly)
        uri += immutable ? QStringLiteral("?mode=ro&immutable=1") : QStringLiteral("?mode=ro");
    return uri;
}

Error withPath(Error e, const QString &path)
{
    if (!e.message.contains(path))
        e.message = Tr::tr("Cannot open %1: %2").arg(path, e.message);
    return e;
}

} // namespace

MetadataStore::MetadataStore() : d(std::make_unique<Private>()) {}
MetadataStore::~MetadataStore() = default;

QString MetadataStore::defaultPath(const QString &workspaceDir)
{
    return QDir(workspaceDir).filePath(QStringLiteral(".mlwb/metadata.sqlite"));
}

Result<void> MetadataStore::open(const QString &path, Mode mode, int busyTimeoutMs)
{
    close();
    const bool readOnly = mode == Mode::ReadOnly;
    auto header = checkHeader(path);
    if (!header)
        return header.error();
    if (readOnly && !header->exists)
        return makeError(QStringLiteral("store.missing"), Tr::tr("Cannot open %1: the file does not exist").arg(path));
    if (!readOnly && !header->exists)
        QDir().mkpath(QFileInfo(path).absolutePath());
    // A WAL file without its -wal companion has nothing uncommitted: reading it as immutable
    // creates no -wal/-shm files (the folder may even be read-only, as with shared fixtures).
    const bool immutable = readOnly && header->wal && !QFileInfo::exists(path + QStringLiteral("-wal"));
    WB_TRY(d->db.open(fileUri(path, readOnly, immutable), readOnly, busyTimeoutMs));

    auto fail = [&](Error e) -> Result<void> {
        d->db.close();
        return withPath(std::move(e), path);
    };
    auto info = Schema::inspect(d->db);
    if (!info)
        return fail(info.error());
    switch (info->kind) {
    case Schema::FileKind::Foreign:
        return fail(makeError(QStringLiteral("store.foreign"),
                              Tr::tr("it is an SQLite database of another application, not an ML Metadata store")));
    case Schema::FileKind::PartialMlmd:
        return fail(makeError(QStringLiteral("store.partial"),
                              Tr::tr("the ML Metadata store is incomplete (missing tables: %1)")
                                  .arg(info->missing.join(QStringLiteral(", ")))));
    case Schema::FileKind::Empty:
        if (readOnly)
            return fail(makeError(QStringLiteral("store.empty"), Tr::tr("the database is empty")));
        break;
    case Schema::FileKind::Mlmd:
        if (info->mlmdVersion > Schema::kMlmdSchemaVersion)
            return fail(makeError(QStringLiteral("store.newer"),
                                  Tr::tr("it was written by a newer ML Metadata (schema version %1; this build "
                                         "reads version %2). Update mlwb.")
                                      .arg(info->mlmdVersion).arg(Schema::kMlmdSchemaVersion)));
        if (info->mlmdVersion < Schema::kMlmdSchemaVersion)
            return fail(makeError(QStringLiteral("store.older"),
                                  Tr::tr("it uses the old ML Metadata schema version %1; upgrade it to version %2 "
                                         "with ml-metadata >= 1.11 first")
                                      .arg(info->mlmdVersion).arg(Schema::kMlmdSchemaVersion)));
        if (info->ownVersion > Schema::kOwnSchemaVersion)
            return fail(makeError(QStringLiteral("store.newer"),
                                  Tr::tr("it was written by a newer mlwb (store version %1)").arg(info->ownVersion)));
        break;
    }
    d->path = path;
    d->readOnly = readOnly;
    if (!readOnly) {
        auto wal = d->db.execute(QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"));
        if (!wal)
            return fail(wal.error());
        if (info->kind == Schema::FileKind::Empty) {
            if (auto r = Schema::createMlmd(d->db); !r)
                return fail(r.error());
        }
        if (auto r = Schema::migrateOwn(d->db, info->ownVersion); !r)
            return fail(r.error());
        d->hasOwnTables = true;
    } else {
        d->hasOwnTables = info->ownVersion > 0;
    }
    return {};
}

void MetadataStore::close()
{
    d->db.close();
    d->typeCache.clear();
    d->path.clear();
    d->txDepth = 0;
}

bool MetadataStore::isOpen() const
{
    return d->db.isOpen();
}

bool MetadataStore::isReadOnly() const
{
    return d->readOnly;
}

QString MetadataStore::path() const
{
    return d->path;
}

Result<void> MetadataStore::transaction(const std::function<Result<void>()> &fn)
{
    WB_TRY(d->checkWritable());
    if (d->txDepth > 0)
        return fn();
    Transaction tx(d->db);
    WB_TRY(tx.begun());
    ++d->txDepth;
    Result<void> r = fn();
    --d->txDepth;
    if (!r) {
        d->typeCache.clear(); // ids created inside the rolled-back transaction are gone
        return r;
    }
    return tx.commit();
}

Result<void> MetadataStore::Private::checkWritable() const
{
    if (!db.isOpen())
        return makeError(QStringLiteral("store.closed"), Tr::tr("The metadata store is not open"));
    if (readOnly)
        return makeError(QStringLiteral("store.readonly"),
                         Tr::tr("The metadata store %1 is open read-only").arg(path));
    return {};
}

Result<qint64> MetadataStore::Private::typeId(const QString &name, TypeKind kind, bool create)
{
    const QString key = QString::number(int(kind)) + QLatin1Char(':') + name;
    if (auto it = typeCache.constFind(key); it != typeCache.constEnd())
        return it.value();
    auto sel = db.cached("SELECT id FROM `Type` WHERE name = ? AND version IS NULL AND type_kind = ?");
    if (!sel)
        return sel.error();
    sel->bindText(1, name);
    sel->bindInt(2, int(kind));
    if (sel->next()) {
        const qint64 id = sel->columnInt(0);
        typeCache.insert(key, id);
        return id;
    }
    if (sel->hasError())
        return sel->error();
    if (!create)
        return qint64(0);
    WB_TRY(checkWritable());
    auto ins = db.cached("INSERT INTO `Type`(`name`, `type_kind`) VALUES(?, ?)");
    if (!ins)
        return ins.error();
    ins->bindText(1, name);
    ins->bindInt(2, int(kind));
    WB_TRY(ins->exec());
    const qint64 id = db.lastInsertId();
    typeCache.insert(key, id);
    return id;
}

QString MetadataStore::Private::typeNameOf(qint64 typeId)
{
    auto sel = db.cached("SELECT name FROM `Type` WHERE id = ?");
    if (!sel)
        return {};
    sel->bindInt(1, typeId);
    return sel->next() ? sel->columnText(0) : QString();
}

QList<qint64> MetadataStore::Private::runTypeIds()
{
    QList<qint64> ids;
    auto sel = db.cached("SELECT id FROM `Type` WHERE type_kind = 2 AND name IN "
                         "('system.PipelineRun', 'pipeline_run', 'run', 'KfpRun') ORDER BY id");
    if (!sel)
        return ids;
    while (sel->next())
        ids << sel->columnInt(0);
    return ids;
}

Result<qint64> MetadataStore::putType(const QString &name, TypeKind kind, const QMap<QString, int> &properties)
{
    qint64 id = 0;
    WB_TRY(transaction([&]() -> Result<void> {
        auto existing = d->typeId(name, kind, false);
        if (!existing)
            return existing.error();
        if (*existing) {
            id = *existing;
            return {};
        }
        auto created = d->typeId(name, kind, true);
        if (!created)
            return created.error();
        id = *created;
        for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
            auto ins = d->db.cached("INSERT INTO `TypeProperty`(`type_id`, `name`, `data_type`) VALUES(?, ?, ?)");
            if (!ins)
                return ins.error();
            ins->bindInt(1, id);
            ins->bindText(2, it.key());
            ins->bindInt(3, it.value());
            WB_TRY(ins->exec());
        }
        return {};
    }));
    return id;
}

Result<std::optional<TypeInfo>> MetadataStore::typeByName(const QString &name, TypeKind kind)
{
    auto id = d->typeId(name, kind, false);
    if (!id)
        return id.error();
    if (!*id)
        return std::optional<TypeInfo>();
    return std::optional<TypeInfo>(TypeInfo{*id, name, kind, {}});
}

Result<QList<TypeInfo>> MetadataStore::types(bool includeSimple)
{
    auto sel = d->db.prepare(QStringLiteral("SELECT id, name, type_kind, version FROM `Type` ORDER BY id"));
    if (!sel)
        return sel.error();
    QList<TypeInfo> list;
    while (sel->next()) {
        TypeInfo t{sel->columnInt(0), sel->columnText(1), TypeKind(sel->columnInt(2)), sel->columnText(3)};
        if (includeSimple || !t.name.startsWith(QLatin1String("mlmd.")))
            list << t;
    }
    if (sel->hasError())
        return sel->error();
    return list;
}

Result<void> MetadataStore::setProperty(NodeKind kind, qint64 id, const QString &name, const QVariant &value, bool custom)
{
    return transaction([&] { return d->writeProperty(kind, id, name, value, custom); });
}

Result<void> MetadataStore::putAssociation(qint64 contextId, qint64 executionId)
{
    return transaction([&]() -> Result<void> {
        auto ins = d->db.cached("INSERT OR IGNORE INTO `Association`(`context_id`, `execution_id`) VALUES(?, ?)");
        if (!ins)
            return ins.error();
        ins->bindInt(1, contextId);
        ins->bindInt(2, executionId);
        return ins->exec();
    });
}

Result<void> MetadataStore::putAttribution(qint64 contextId, qint64 artifactId)
{
    return transaction([&]() -> Result<void> {
        auto ins = d->db.cached("INSERT OR IGNORE INTO `Attribution`(`context_id`, `artifact_id`) VALUES(?, ?)");
        if (!ins)
            return ins.error();
        ins->bindInt(1, contextId);
        ins->bindInt(2, artifactId);
        return ins->exec();
    });
}

Result<void> MetadataStore::putParentContext(qint64 childContextId, qint64 parentContextId)
{
    return transaction([&]() -> Result<void> {
        auto ins = d->db.cached("INSERT OR IGNORE INTO `ParentContext`(`context_id`, `parent_context_id`) VALUES(?, ?)");
        if (!ins)
            return ins.error();
        ins->bindInt(1, childContextId);
        ins->bindInt(2, parentContextId);
        return ins->exec();
    });
}

Result<QList<qint64>> MetadataStore::parentContexts(qint64 contextId)
{
    auto sel = d->db.cached("SELECT parent_context_id FROM `ParentContext` WHERE context_id = ?");
    if (!sel)
        return sel.error();
    sel->bindInt(1, contextId);
    QList<qint64> ids;
    while (sel->next())
        ids << sel->columnInt(0);
    if (sel->hasError())
        return sel->error();
    return ids;
}

} // namespace wb::store
