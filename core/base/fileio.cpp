// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/fileio.h"

#include "core/base/tr.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>

namespace wb {

Result<QByteArray> readFileLimited(const QString &path, qint64 maxBytes)
{
    QFileInfo info(path);
    if (!info.exists())
        return makeError("not-found", Tr::tr("File not found: %1").arg(path));
    if (info.isDir())
        return makeError("is-directory", Tr::tr("%1 is a folder, not a file").arg(path));
    if (info.size() > maxBytes)
        return makeError("too-large",
                         Tr::tr("%1 is too large (%2 MB; the limit is %3 MB)")
                             .arg(path)
                             .arg(info.size() / (1024.0 * 1024.0), 0, 'f', 1)
                             .arg(maxBytes / (1024.0 * 1024.0), 0, 'f', 1));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError("unreadable", Tr::tr("Cannot read %1: %2").arg(path, f.errorString()));
    QByteArray bytes = f.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return makeError("too-large", Tr::tr("%1 is too large").arg(path));
    return bytes;
}

Result<void> checkTextFile(const QByteArray &bytes, const QString &path, const QString &what)
{
    if (bytes.trimmed().isEmpty())
        return makeError("empty", Tr::tr("The %1 %2 is empty").arg(what, path));
    if (bytes.contains('\0'))
        return makeError("binary",
                         Tr::tr("The %1 %2 is a binary file, not YAML text").arg(what, path));
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        return makeError("encoding", Tr::tr("The %1 %2 is not valid UTF-8 text").arg(what, path));
    }
    Q_UNUSED(text);
    return {};
}

Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return makeError("write-failed", Tr::tr("Cannot write %1: %2").arg(path, f.errorString()));
    if (f.write(bytes) != bytes.size()) {
        const QString why = f.errorString();
        f.cancelWriting();
        return makeError("write-failed", Tr::tr("Cannot write %1: %2").arg(path, why));
    }
    if (!f.commit())
        return makeError("write-failed", Tr::tr("Cannot save %1: %2").arg(path, f.errorString()));
    return {};
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

static Result<QString> hashFile(const QString &path, QCryptographicHash::Algorithm algorithm)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError("unreadable", Tr::tr("Cannot read %1: %2").arg(path, f.errorString()));
    QCryptographicHash hash(algorithm);
    if (!hash.addData(&f))
        return makeError("unreadable", Tr::tr("Cannot read %1: %2").arg(path, f.errorString()));
    return QString::fromLatin1(hash.result().toHex());
}

Result<QString> sha256OfFile(const QString &path)
{
    return hashFile(path, QCryptographicHash::Sha256);
}

Result<QString> md5OfFile(const QString &path)
{
    return hashFile(path, QCryptographicHash::Md5);
}

} // namespace wb
