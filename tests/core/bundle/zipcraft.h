// SPDX-License-Identifier: GPL-3.0-or-later
// Test helpers that build hostile ZIP archives: raw libzip (no name checks) plus byte patches
// of the local and central headers (lying sizes, bad CRCs, duplicate names).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>

namespace crafted {

struct Member
{
    QString name;
    QByteArray data;
    uint32_t unixMode = 0100644; // S_IFLNK = 0120000 makes a symlink entry
    bool deflate = true;
};

/// Writes the members with libzip as given (no validation of names).
QByteArray build(const QList<Member> &members);

/// Patches the declared uncompressed size of `name` in both headers.
void setUncompressedSize(QByteArray &zip, const QString &name, uint32_t size);
/// Patches the CRC-32 of `name` in both headers.
void setCrc(QByteArray &zip, const QString &name, uint32_t crc);
/// Renames a member in both headers (same length), e.g. to create duplicate names.
void rename(QByteArray &zip, const QString &from, const QString &to);
/// Offsets of every local header (for inspection).
struct LocalHeader
{
    QString name;
    uint16_t time, date, extraLength;
};
QList<LocalHeader> localHeaders(const QByteArray &zip);

} // namespace crafted
