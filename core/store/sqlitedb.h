// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace wb::store::Internal {

/// One prepared statement. Owned by SqliteDb's cache (reset, not finalized, between uses) or
/// by the caller for one-off SQL. Column/bind indices follow sqlite3: bind is 1-based,
/// column 0-based.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, sqlite3_stmt *stmt, bool owned) : m_db(db), m_stmt(stmt), m_owned(owned) {}
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    bool isValid() const { return m_stmt != nullptr; }
    void bind(int index, const QVariant &value);
    void bindInt(int index, qint64 value);
    void bindDouble(int index, double value);
    void bindText(int index, const QString &value);
    void bindNull(int index);

    /// Steps once: true while a row is available; errors end up in error().
    bool next();
    /// Runs a statement that returns no rows (or ignores them).
    Result<void> exec();
    bool hasError() const { return !m_error.isEmpty(); }
    Error error() const;

    qint64 columnInt(int col) const;
    double columnDouble(int col) const;
    QString columnText(int col) const;
    QByteArray columnBlob(int col) const;
    bool columnIsNull(int col) const;
    /// Native value: integer -> qint64, float -> double, text -> QString, NULL -> invalid.
    QVariant columnValue(int col) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_owned = false;
    QString m_error;
};

/// An sqlite3 connection (RAII) with a prepared-statement cache.
class SqliteDb
{
public:
    SqliteDb();
    ~SqliteDb();
    SqliteDb(const SqliteDb &) = delete;
    SqliteDb &operator=(const SqliteDb &) = delete;

    /// `uri` is a file: URI; `readOnly` selects SQLITE_OPEN_READONLY, otherwise READWRITE|CREATE.
    Result<void> open(const QString &uri, bool readOnly, int busyTimeoutMs);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }

    /// A cached statement (reset and unbound); `sql` must be a literal-like stable text.
    Result<Statement> cached(const char *sql);
    /// A one-off statement, finalized on destruction.
    Result<Statement> prepare(const QString &sql);
    /// Runs one or more statements without results.
    Result<void> execute(const QString &sql);
    /// First column of the first row, or an invalid QVariant.
    Result<QVariant> scalar(const QString &sql);

    qint64 lastInsertId() const;
    int changes() const;
    bool tableExists(const QString &name);
    QString lastErrorText() const;
    int lastErrorCode() const;

private:
    sqlite3 *m_db = nullptr;
    QHash<QByteArray, sqlite3_stmt *> m_cache;
};

/// RAII transaction: BEGIN IMMEDIATE on construction, ROLLBACK in the destructor unless
/// commit() succeeded. One step of the recorder = one Transaction.
class Transaction
{
public:
    explicit Transaction(SqliteDb &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Result<void> &begun() const { return m_begun; }
    Result<void> commit();

private:
    SqliteDb &m_db;
    Result<void> m_begun;
    bool m_done = false;
};

/// Turns sqlite's result code into our messages ("database is locked by another program").
Error sqliteError(int code, const QString &what, const QString &detail);

} // namespace wb::store::Internal
