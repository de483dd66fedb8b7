// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QByteArray>
#include <QString>

namespace wb::vcs {

struct FileDigest
{
    QString md5; ///< lowercase hex
    qint64 size = 0;
};

/// MD5 of a file's bytes (no text normalisation: DVC 3 dropped its dos2unix step), streamed in
/// 4 MiB reads through OpenSSL's assembly MD5 so that it keeps up with md5sum.
Result<FileDigest> md5OfFile(const QString &path);
QString md5Hex(const QByteArray &bytes);

} // namespace wb::vcs
