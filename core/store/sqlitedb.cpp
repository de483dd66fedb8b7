// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/sqlitedb.h"

#include "core/base/tr.h"

#include <sqlite3.h>

namespace wb::store::Internal {

Error sqliteError(int code, const QString &what, const QString &detail)
{
    const int primary = code & 0xff;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return makeError(QStringLiteral("store.locked"),
                         Tr::tr("%1: the database is locked by another program; close it and try again").arg(what),
                         detail);
    if (primary == SQLITE_NOTADB)
        return makeError(QStringLiteral("store.notadb"),
                         Tr::tr("%1: the file is not an SQLite database").arg(what), detail);
    if (primary == SQLITE_CORRUPT)
        return makeError(QStringLiteral("store.corrupt"),
                         Tr::tr("%1: the database file is damaged (truncated or corrupted)").arg(what), detail);
    if (primary == SQLITE_READONLY)
        return makeError(QStringLiteral("store.readonly"),
                         Tr::tr("%1: the database is read-only").arg(what), detail);
    if (primary == SQLITE_CANTOPEN)
        return makeError(QStringLiteral("store.cantopen"), Tr::tr("%1: cannot open the file").arg(what), detail);
    if (primary == SQLITE_FULL)
        return makeError(QStringLiteral("store.full"), Tr::tr("%1: the disk is full").arg(what), detail);
    return makeError(QStringLiteral("store.sqlite"), Tr::tr("%1: database error").arg(what), detail);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db), m_stmt(other.m_stmt), m_owned(other.m_owned), m_error(std::move(other.m_error))
{
    other.m_stmt = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_owned && m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        m_owned = other.m_owned;
        m_error = std::move(other.m_error);
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement::~Statement()
{
    if (!m_stmt)
        return;
    if (m_owned) {
        sqlite3_finalize(m_stmt);
    } else {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

void Statement::bind(int index, const QVariant &value)
{
    if (!value.isValid() || value.isNull()) {
        bindNull(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
        bindInt(index, value.toLongLong());
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        bindDouble(index, value.toDouble());
        break;
    default:
        bindText(index, value.toString());
    }
}

void Statement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void Statement::bindDouble(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

void Statement::bindText(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

bool Statement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_error = QString::number(rc) + QLatin1Char(':') + QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    return false;
}

Result<void> Statement::exec()
{
    while (next()) {
    }
    if (hasError())
        return error();
    return {};
}

Error Statement::error() const
{
    const int code = m_error.section(QLatin1Char(':'), 0, 0).toInt();
    return sqliteError(code, Tr::tr("Database query failed"), m_error.section(QLatin1Char(':'), 1));
}

qint64 Statement::columnInt(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

double Statement::columnDouble(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}

QString Statement::columnText(int col) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    if (!text)
        return {};
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, col));
}

QByteArray Statement::columnBlob(int col) const
{
    const void *data = sqlite3_column_blob(m_stmt, col);
    return QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, col));
}

bool Statement::columnIsNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

QVariant Statement::columnValue(int col) const
{
    switch (sqlite3_column_type(m_stmt, col)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_stmt, col)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, col));
    case SQLITE_NULL:
        return {};
    case SQLITE_BLOB:
        return QVariant(columnBlob(col));
    default:
        return QVariant(columnText(col));
    }
}

SqliteDb::SqliteDb() = default;

SqliteDb::~SqliteDb()
{
    close();
}

Result<void> SqliteDb::open(const QString &uri, bool readOnly, int busyTimeoutMs)
{
    close();
    const int flags = (readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE))
                      | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX;
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(uri.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString msg = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
        sqlite3_close_v2(db);
        return sqliteError(rc, Tr::tr("Cannot open %1").arg(uri), msg);
    }
    m_db = db;
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, busyTimeoutMs);
    return {};
}

void SqliteDb::close()
{
    for (sqlite3_stmt *stmt : std::as_const(m_cache))
        sqlite3_finalize(stmt);
    m_cache.clear();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Result<Statement> SqliteDb::cached(const char *sql)
{
    const QByteArray key = QByteArray::fromRawData(sql, qstrlen(sql));
    auto it = m_cache.constFind(key);
    if (it != m_cache.constEnd())
        return Statement(m_db, it.value(), false);
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(rc, Tr::tr("Cannot prepare a query"),
                           QString::fromUtf8(sqlite3_errmsg(m_db)) + QStringLiteral(": ") + QString::fromUtf8(sql));
    m_cache.insert(QByteArray(sql), stmt);
    return Statement(m_db, stmt, false);
}

Result<Statement> SqliteDb::prepare(const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(rc, Tr::tr("Cannot prepare a query"),
                           QString::fromUtf8(sqlite3_errmsg(m_db)) + QStringLiteral(": ") + sql);
    return Statement(m_db, stmt, true);
}

Result<void> SqliteDb::execute(const QString &sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const QString detail = err ? QString::fromUtf8(err) : QString();
        sqlite3_free(err);
        return sqliteError(rc, Tr::tr("Database statement failed"), detail);
    }
    return {};
}

Result<QVariant> SqliteDb::scalar(const QString &sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    if (stmt->next())
        return stmt->columnValue(0);
    if (stmt->hasError())
        return stmt->error();
    return QVariant();
}

qint64 SqliteDb::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteDb::changes() const
{
    return sqlite3_changes(m_db);
}

bool SqliteDb::tableExists(const QString &name)
{
    auto stmt = cached("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?");
    if (!stmt)
        return false;
    stmt->bindText(1, name);
    return stmt->next();
}

QString SqliteDb::lastErrorText() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

int SqliteDb::lastErrorCode() const
{
    return m_db ? sqlite3_errcode(m_db) : SQLITE_OK;
}

Transaction::Transaction(SqliteDb &db) : m_db(db), m_begun(db.execute(QStringLiteral("BEGIN IMMEDIATE")))
{
}

Transaction::~Transaction()
{
    if (m_begun.ok() && !m_done)
        (void)m_db.execute(QStringLiteral("ROLLBACK"));
}

Result<void> Transaction::commit()
{
    if (!m_begun.ok())
        return m_begun.error();
    auto r = m_db.execute(QStringLiteral("COMMIT"));
    if (r.ok())
        m_done = true;
    return r;
}

} // namespace wb::store::Internal
