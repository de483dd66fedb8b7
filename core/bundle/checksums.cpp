// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bundle/checksums.h"

#include "core/base/fileio.h"
#include "core/base/tr.h"

#include <QDir>
#include <QDirIterator>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace wb::bundle {

QByteArray makeSha256Sums(const ZipEntries &entries)
{
    ChecksumList sums;
    for (const ZipEntry &e : entries) {
        if (e.name.endsWith(QLatin1Char('/')) || e.name == QLatin1String(kChecksumsName))
            continue;
        sums.append({e.name, sha256Hex(e.data)});
    }
    std::sort(sums.begin(), sums.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray text;
    for (const auto &[name, hash] : std::as_const(sums))
        text += hash.toLatin1() + "  " + name.toUtf8() + '\n';
    return text;
}

Result<ChecksumList> parseSha256Sums(const QByteArray &text)
{
    static const QRegularExpression line(QStringLiteral("^([0-9a-fA-F]{64}) [ *](.+)$"));
    ChecksumList sums;
    QSet<QString> seen;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString l = QString::fromUtf8(lines.at(i));
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
        if (l.trimmed().isEmpty())
            continue;
        const QRegularExpressionMatch match = line.match(l);
        if (!match.hasMatch())
            return makeError(QStringLiteral("checksums-syntax"),
                             Tr::tr("%1 line %2 is not \"<sha256>  <name>\".").arg(QLatin1String(kChecksumsName)).arg(i + 1),
                             l.left(120));
        const QString name = match.captured(2);
        if (seen.contains(name))
            return makeError(QStringLiteral("checksums-syntax"),
                             Tr::tr("%1 lists \"%2\" twice (line %3).").arg(QLatin1String(kChecksumsName), name).arg(i + 1));
        seen.insert(name);
        sums.append({name, match.captured(1).toLower()});
    }
    return sums;
}

static Result<void> compare(const ChecksumList &expected, const QMap<QString, QString> &actual)
{
    QStringList problems;
    QSet<QString> listed;
    for (const auto &[name, hash] : expected) {
        listed.insert(name);
        const auto it = actual.constFind(name);
        if (it == actual.constEnd())
            problems << Tr::tr("\"%1\" is missing").arg(name);
        else if (*it != hash)
            problems << Tr::tr("\"%1\" has been modified (checksum mismatch)").arg(name);
    }
    for (auto it = actual.constBegin(); it != actual.constEnd(); ++it) {
        if (!listed.contains(it.key()) && it.key() != QLatin1String(kChecksumsName))
            problems << Tr::tr("\"%1\" is not listed in %2").arg(it.key(), QLatin1String(kChecksumsName));
    }
    if (problems.isEmpty())
        return {};
    return makeError(QStringLiteral("checksums-mismatch"),
                     Tr::tr("The package does not match its %1: %2.")
                         .arg(QLatin1String(kChecksumsName), problems.join(QStringLiteral("; "))));
}

Result<void> verifySha256Sums(const QByteArray &sumsText, const ZipEntries &entries)
{
    Result<ChecksumList> expected = parseSha256Sums(sumsText);
    if (!expected)
        return expected.error();
    QMap<QString, QString> actual;
    for (const ZipEntry &e : entries) {
        if (!e.name.endsWith(QLatin1Char('/')))
            actual.insert(e.name, sha256Hex(e.data));
    }
    return compare(expected.value(), actual);
}

Result<void> verifySha256SumsInDir(const QByteArray &sumsText, const QString &dir)
{
    Result<ChecksumList> expected = parseSha256Sums(sumsText);
    if (!expected)
        return expected.error();
    QMap<QString, QString> actual;
    const QDir root(dir);
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        Result<QString> hash = sha256OfFile(path);
        if (!hash)
            return hash.error();
        actual.insert(root.relativeFilePath(path), hash.value());
    }
    return compare(expected.value(), actual);
}

} // namespace wb::bundle
