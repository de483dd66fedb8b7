// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers for the store tests: raw sqlite3 access to build and inspect files
// independently of the code under test.
#include <QCryptographicHash>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <sqlite3.h>

namespace storetest {

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

/// Raw connection (RAII) for setting up fixtures and checking what is on disk.
class RawDb
{
public:
    explicit RawDb(const QString &path, bool readOnly = false)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &m_db,
                        (readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) | SQLITE_OPEN_URI, nullptr);
    }
    ~RawDb() { sqlite3_close_v2(m_db); }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    bool exec(const QString &sql)
    {
        char *err = nullptr;
        const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err);
        if (err) {
            m_error = QString::fromUtf8(err);
            sqlite3_free(err);
        }
        return rc == SQLITE_OK;
    }
    /// All rows of a query, each row joined with '|'.
    QStringList rows(const QString &sql)
    {
        QStringList out;
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return out;
        }
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            QStringList cols;
            for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
                const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(stmt, i));
                cols << (t ? QString::fromUtf8(t) : QStringLiteral("NULL"));
            }
            out << cols.join(QLatin1Char('|'));
        }
        sqlite3_finalize(stmt);
        return out;
    }
    QString value(const QString &sql) { const QStringList r = rows(sql); return r.isEmpty() ? QString() : r.first(); }
    QString error() const { return m_error; }
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
    QString m_error;
};

} // namespace storetest
