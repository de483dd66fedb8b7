// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/metadatastore.h"

#include <QMutex>
#include <QMutexLocker>

#include <memory>
#include <utility>

namespace wb::ui {

/// One open MetadataStore shared by the views and their worker threads. The store is one
/// SQLite connection and not reentrant: every access, from any thread, goes through with(),
/// which serializes them (the RAII lease idea of DB Browser for SQLite).
class StoreSession
{
public:
    explicit StoreSession(std::unique_ptr<store::MetadataStore> store) : m_store(std::move(store)) {}

    template<typename F>
    auto with(F &&fn)
    {
        QMutexLocker lock(&m_mutex);
        return fn(*m_store);
    }

    /// Fixed at open time: safe to read without the lock.
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    void setOpenInfo(const QString &path, bool readOnly)
    {
        m_path = path;
        m_readOnly = readOnly;
    }

private:
    std::unique_ptr<store::MetadataStore> m_store;
    QMutex m_mutex;
    QString m_path;
    bool m_readOnly = false;
};

using StoreSessionPtr = std::shared_ptr<StoreSession>;

/// Opens a store file into a new session.
Result<StoreSessionPtr> openStoreSession(const QString &path, bool readOnly);

} // namespace wb::ui
