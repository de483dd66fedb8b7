// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QByteArray>
#include <QString>

namespace wb {

/// Reads a whole file, refusing files over `maxBytes` with a clear message instead of
/// trying to hold them (a 100 MB "manifest" is a mistake, not a manifest).
Result<QByteArray> readFileLimited(const QString &path, qint64 maxBytes);

/// Checks that bytes are text a parser can take: no NUL bytes, valid UTF-8, not empty.
/// `what` names the file in the message ("component file", "pipeline").
Result<void> checkTextFile(const QByteArray &bytes, const QString &path, const QString &what);

/// Writes atomically through QSaveFile: either the whole new content is there, or the old file
/// is untouched (disk full, permission denied, crash mid-write).
Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes);

/// Lowercase hex SHA-256 / MD5 of bytes or of a file (streamed, any size).
QString sha256Hex(const QByteArray &bytes);
Result<QString> sha256OfFile(const QString &path);
Result<QString> md5OfFile(const QString &path);

} // namespace wb
