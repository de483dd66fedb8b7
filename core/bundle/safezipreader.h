// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/bundle/zipentry.h"

#include <QStringList>

#include <functional>
#include <memory>

namespace wb::bundle {

/// What the central directory says about one member (already checked, see SafeZipReader).
struct ZipMemberInfo
{
    int index = 0;
    QString name;
    qint64 size = 0;           ///< declared uncompressed size
    qint64 compressedSize = 0;
    bool isDirectory = false;
};

/// Reads untrusted ZIP archives. open() refuses the whole archive before anything is read when
/// a member name escapes the target (zip-slip), a member is a symlink or device, names repeat
/// (also when they differ only in case, or a file name is also a folder), a member is encrypted
/// or uses an unsupported method, or declared sizes, counts or ratios pass the limits.
/// read() counts the bytes actually inflated and stops as soon as a limit is passed, so a
/// header that lies about the size cannot inflate more than the limits; CRC errors and
/// truncation are reported naming the member.
class SafeZipReader
{
public:
    static Result<SafeZipReader> open(const QString &zipPath, const ZipLimits &limits = {});
    static Result<SafeZipReader> openBytes(const QByteArray &zip, const ZipLimits &limits = {});

    const QList<ZipMemberInfo> &members() const;

    /// Streams one member's bytes to `sink` in chunks.
    Result<void> read(const ZipMemberInfo &member,
                      const std::function<Result<void>(const char *, qint64)> &sink);
    Result<QByteArray> readAll(const ZipMemberInfo &member);

    struct Private;

private:
    std::shared_ptr<Private> d;
};

/// Every file member in archive order, in memory (directories omitted).
Result<ZipEntries> readZipEntries(const QString &zipPath, const ZipLimits &limits = {});
Result<ZipEntries> readZipEntriesFromBytes(const QByteArray &zip, const ZipLimits &limits = {});

/// Extracts into `targetDir`, which must not exist or be an empty folder. Everything is first
/// written to a temporary folder beside the target and renamed into place at the end, so on
/// any error nothing (not even part of the archive) appears in the target, and nothing is ever
/// written outside it. Returns the relative paths of the extracted files.
Result<QStringList> extractZipSafely(const QString &zipPath, const QString &targetDir,
                                     const ZipLimits &limits = {});

} // namespace wb::bundle
