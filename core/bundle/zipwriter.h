// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/bundle/zipentry.h"

#include <QDateTime>

namespace wb::bundle {

/// Writes ZIP archives whose bytes depend only on the entries: the order is the order given,
/// every entry gets the same timestamp (1980-01-01 00:00 unless set), DEFLATE, fixed Unix
/// permissions (0644) and no variable extra fields. Writing the same entries twice gives
/// identical bytes, so packages can be checksummed and committed.
class ZipWriter
{
public:
    ZipWriter();

    /// Timestamp stored for every entry (local time fields of the DOS format; seconds are
    /// rounded down to even as the format demands). Years before 1980 clamp to 1980.
    void setTimestamp(const QDateTime &timestamp) { m_timestamp = timestamp; }
    /// Refuse archives larger than this (default: KFP's 32 MiB upload limit).
    void setMaxArchiveSize(qint64 bytes) { m_maxArchiveSize = bytes; }

    Result<QByteArray> toBytes(const ZipEntries &entries) const;
    /// toBytes() then an atomic write (no half-written package on failure).
    Result<void> writeFile(const QString &path, const ZipEntries &entries) const;

private:
    QDateTime m_timestamp;
    qint64 m_maxArchiveSize = kKfpMaxPackageSize;
};

} // namespace wb::bundle
