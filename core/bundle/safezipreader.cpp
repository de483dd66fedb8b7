// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bundle/safezipreader.h"

#include "core/base/tr.h"
#include "core/bundle/zipnames.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QTemporaryDir>

#include <zip.h>

#include <sys/stat.h>

namespace wb::bundle {

namespace {
struct ArchiveDeleter
{
    void operator()(zip_t *z) const { zip_discard(z); }
};
struct FileDeleter
{
    void operator()(zip_file_t *f) const { zip_fclose(f); }
};
} // namespace

struct SafeZipReader::Private
{
    QString label;          // file name for messages
    QByteArray bytes;       // keeps the buffer alive for openBytes()
    std::unique_ptr<zip_t, ArchiveDeleter> archive;
    ZipLimits limits;
    QList<ZipMemberInfo> members;
    qint64 totalRead = 0;
};

static Error corrupt(const QString &label, const QString &member, const QString &why)
{
    if (member.isEmpty())
        return makeError(QStringLiteral("zip-corrupt"),
                         Tr::tr("\"%1\" is damaged: %2.").arg(label, why));
    return makeError(QStringLiteral("zip-corrupt"),
                     Tr::tr("\"%1\" is damaged at member \"%2\": %3.").arg(label, member, why));
}

static Error bomb(const QString &label, const QString &member, const QString &why)
{
    return makeError(QStringLiteral("zip-limit"),
                     Tr::tr("Refusing \"%1\": member \"%2\" %3.").arg(label, member, why));
}

static QString mib(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

static Error openError(const QString &label, zip_error_t *error)
{
    const int code = zip_error_code_zip(error);
    const QString detail = QString::fromUtf8(zip_error_strerror(error));
    if (code == ZIP_ER_NOZIP)
        return makeError(QStringLiteral("zip-not-zip"),
                         Tr::tr("\"%1\" is not a ZIP archive, or it is truncated.").arg(label), detail);
    if (code == ZIP_ER_OPEN || code == ZIP_ER_NOENT || code == ZIP_ER_READ)
        return makeError(QStringLiteral("zip-open"), Tr::tr("Cannot open \"%1\".").arg(label), detail);
    return makeError(QStringLiteral("zip-corrupt"),
                     Tr::tr("\"%1\" is not a valid ZIP archive (damaged or truncated).").arg(label),
                     detail);
}

// Checks every member from the central directory before anything is inflated.
static Result<void> scanMembers(SafeZipReader::Private &d)
{
    const zip_int64_t count = zip_get_num_entries(d.archive.get(), 0);
    if (count < 0)
        return corrupt(d.label, {}, Tr::tr("cannot read the member list"));
    if (count > d.limits.maxEntries)
        return makeError(QStringLiteral("zip-limit"),
                         Tr::tr("Refusing \"%1\": it has %2 members, the limit is %3.")
                             .arg(d.label).arg(count).arg(d.limits.maxEntries));
    QHash<QString, QString> folded; // case-folded name -> name, for case-variant duplicates
    QSet<QString> files;
    qint64 total = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(d.archive.get(), zip_uint64_t(i), 0, &st) != 0 || !st.name)
            return corrupt(d.label, QString::number(i), QString::fromUtf8(zip_strerror(d.archive.get())));
        ZipMemberInfo m;
        m.index = int(i);
        m.name = QString::fromUtf8(st.name);
        m.size = qint64(st.size);
        m.compressedSize = qint64(st.comp_size);
        m.isDirectory = m.name.endsWith(QLatin1Char('/'));
        WB_TRY(checkMemberName(m.name));

        zip_uint8_t opsys = 0;
        zip_uint32_t attributes = 0;
        if (zip_file_get_external_attributes(d.archive.get(), zip_uint64_t(i), 0, &opsys, &attributes) == 0
            && opsys == ZIP_OPSYS_UNIX) {
            const zip_uint32_t type = (attributes >> 16) & S_IFMT;
            if (type == S_IFLNK)
                return makeError(QStringLiteral("zip-symlink"),
                                 Tr::tr("Refusing \"%1\": member \"%2\" is a symbolic link.")
                                     .arg(d.label, m.name));
            if (type != 0 && type != S_IFREG && type != S_IFDIR)
                return makeError(QStringLiteral("zip-special-file"),
                                 Tr::tr("Refusing \"%1\": member \"%2\" is not a regular file or folder.")
                                     .arg(d.label, m.name));
        }
        if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
            return makeError(QStringLiteral("zip-encrypted"),
                             Tr::tr("Refusing \"%1\": member \"%2\" is encrypted.").arg(d.label, m.name));
        if ((st.valid & ZIP_STAT_COMP_METHOD) && st.comp_method != ZIP_CM_STORE
            && st.comp_method != ZIP_CM_DEFLATE)
            return makeError(QStringLiteral("zip-method"),
                             Tr::tr("Refusing \"%1\": member \"%2\" uses compression method %3; only "
                                    "stored and deflated members are supported.")
                                 .arg(d.label, m.name).arg(st.comp_method));

        const QString key = m.name.toCaseFolded();
        if (folded.contains(key)) {
            const QString &other = folded.value(key);
            return makeError(QStringLiteral("zip-duplicate"),
                             other == m.name
                                 ? Tr::tr("Refusing \"%1\": member \"%2\" appears twice.").arg(d.label, m.name)
                                 : Tr::tr("Refusing \"%1\": members \"%2\" and \"%3\" differ only in case.")
                                       .arg(d.label, other, m.name));
        }
        folded.insert(key, m.name);
        if (!m.isDirectory)
            files.insert(m.name);

        if (m.size > d.limits.maxEntrySize)
            return bomb(d.label, m.name, Tr::tr("declares %1, the limit per member is %2")
                                              .arg(mib(m.size), mib(d.limits.maxEntrySize)));
        total += m.size;
        if (total > d.limits.maxTotalUncompressed)
            return makeError(QStringLiteral("zip-limit"),
                             Tr::tr("Refusing \"%1\": it would unpack to more than %2.")
                                 .arg(d.label, mib(d.limits.maxTotalUncompressed)));
        if (m.size > d.limits.ratioMinSize
            && double(m.size) > d.limits.maxRatio * double(qMax<qint64>(m.compressedSize, 1)))
            return bomb(d.label, m.name, Tr::tr("expands more than %1 times (a zip bomb?)")
                                              .arg(d.limits.maxRatio));
        d.members.append(m);
    }
    // A name used both as a file and as a folder ("a" and "a/b") cannot be extracted.
    for (const ZipMemberInfo &m : std::as_const(d.members)) {
        QString path = m.name;
        for (qsizetype slash = path.lastIndexOf(QLatin1Char('/'), -2); slash > 0;
             slash = path.lastIndexOf(QLatin1Char('/'), slash - 1)) {
            const QString parent = path.left(slash);
            if (files.contains(parent))
                return makeError(QStringLiteral("zip-duplicate"),
                                 Tr::tr("Refusing \"%1\": \"%2\" is both a file and a folder.")
                                     .arg(d.label, parent));
        }
    }
    return {};
}

// libzip's consistency check refuses repeated names without saying which; reopen without
// it just to name the member in the message.
static Error duplicateError(const QString &label, zip_source_t *src)
{
    zip_error_t error;
    zip_error_init(&error);
    QString name;
    if (zip_t *z = zip_open_from_source(src, ZIP_RDONLY, &error)) {
        QSet<QString> seen;
        const zip_int64_t n = zip_get_num_entries(z, 0);
        for (zip_int64_t i = 0; i < n && name.isEmpty(); ++i) {
            const QString member = QString::fromUtf8(zip_get_name(z, zip_uint64_t(i), 0));
            if (seen.contains(member))
                name = member;
            seen.insert(member);
        }
        zip_discard(z);
    } else {
        zip_source_free(src);
    }
    zip_error_fini(&error);
    return makeError(QStringLiteral("zip-duplicate"),
                     Tr::tr("Refusing \"%1\": member \"%2\" appears twice.").arg(label, name));
}

static zip_source_t *sourceFor(const SafeZipReader::Private &d, const QString &path, zip_error_t *error)
{
    if (!path.isEmpty())
        return zip_source_file_create(QFile::encodeName(path).constData(), 0, -1, error);
    return zip_source_buffer_create(d.bytes.constData(), zip_uint64_t(d.bytes.size()), 0, error);
}

static Result<void> openArchive(SafeZipReader::Private &d, const QString &path)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *src = sourceFor(d, path, &error);
    if (!src) {
        Error e = openError(d.label, &error);
        zip_error_fini(&error);
        return e;
    }
    zip_t *z = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!z) {
        zip_source_free(src);
        const bool duplicate = zip_error_code_zip(&error) == ZIP_ER_EXISTS;
        Error e = openError(d.label, &error);
        zip_error_fini(&error);
        if (duplicate) {
            zip_error_init(&error);
            if (zip_source_t *again = sourceFor(d, path, &error))
                e = duplicateError(d.label, again);
            zip_error_fini(&error);
        }
        return e;
    }
    d.archive.reset(z);
    return scanMembers(d);
}

Result<SafeZipReader> SafeZipReader::open(const QString &zipPath, const ZipLimits &limits)
{
    SafeZipReader reader;
    reader.d = std::make_shared<Private>();
    reader.d->label = QFileInfo(zipPath).fileName();
    reader.d->limits = limits;
    if (!QFileInfo(zipPath).isFile())
        return makeError(QStringLiteral("zip-open"),
                         Tr::tr("Cannot open \"%1\": no such file.").arg(zipPath));
    WB_TRY(openArchive(*reader.d, zipPath));
    return reader;
}

Result<SafeZipReader> SafeZipReader::openBytes(const QByteArray &zip, const ZipLimits &limits)
{
    SafeZipReader reader;
    reader.d = std::make_shared<Private>();
    reader.d->label = Tr::tr("archive");
    reader.d->limits = limits;
    reader.d->bytes = zip;
    WB_TRY(openArchive(*reader.d, QString()));
    return reader;
}

const QList<ZipMemberInfo> &SafeZipReader::members() const
{
    return d->members;
}

Result<void> SafeZipReader::read(const ZipMemberInfo &m,
                                 const std::function<Result<void>(const char *, qint64)> &sink)
{
    if (m.isDirectory)
        return {};
    std::unique_ptr<zip_file_t, FileDeleter> file(zip_fopen_index(d->archive.get(), zip_uint64_t(m.index), 0));
    if (!file)
        return corrupt(d->label, m.name, QString::fromUtf8(zip_strerror(d->archive.get())));
    // Never trust the declared size: stop when the real output passes any limit.
    const qint64 entryLimit = qMin(d->limits.maxEntrySize, m.size);
    qint64 produced = 0;
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    for (;;) {
        const zip_int64_t n = zip_fread(file.get(), chunk.data(), zip_uint64_t(chunk.size()));
        if (n < 0) {
            zip_error_t *error = zip_file_get_error(file.get());
            const int code = zip_error_code_zip(error);
            const QString why = code == ZIP_ER_CRC ? Tr::tr("checksum (CRC) mismatch")
                                                   : QString::fromUtf8(zip_error_strerror(error));
            return corrupt(d->label, m.name, why);
        }
        if (n == 0)
            break;
        produced += n;
        d->totalRead += n;
        if (produced > entryLimit)
            return bomb(d->label, m.name,
                        produced > m.size ? Tr::tr("inflates to more than its declared size of %1 bytes")
                                                .arg(m.size)
                                          : Tr::tr("is larger than %1").arg(mib(entryLimit)));
        if (d->totalRead > d->limits.maxTotalUncompressed)
            return makeError(QStringLiteral("zip-limit"),
                             Tr::tr("Refusing \"%1\": it unpacks to more than %2.")
                                 .arg(d->label, mib(d->limits.maxTotalUncompressed)));
        if (produced > d->limits.ratioMinSize
            && double(produced) > d->limits.maxRatio * double(qMax<qint64>(m.compressedSize, 1)))
            return bomb(d->label, m.name, Tr::tr("expands more than %1 times (a zip bomb?)")
                                              .arg(d->limits.maxRatio));
        WB_TRY(sink(chunk.constData(), n));
    }
    if (produced != m.size)
        return corrupt(d->label, m.name, Tr::tr("it holds %1 bytes instead of the declared %2")
                                             .arg(produced).arg(m.size));
    return {};
}

Result<QByteArray> SafeZipReader::readAll(const ZipMemberInfo &member)
{
    QByteArray data;
    data.reserve(qsizetype(qMin(member.size, d->limits.maxEntrySize)));
    WB_TRY(read(member, [&data](const char *p, qint64 n) -> Result<void> {
        data.append(p, qsizetype(n));
        return {};
    }));
    return data;
}

static Result<ZipEntries> readAllMembers(SafeZipReader &reader)
{
    ZipEntries entries;
    for (const ZipMemberInfo &m : reader.members()) {
        if (m.isDirectory)
            continue;
        Result<QByteArray> data = reader.readAll(m);
        if (!data)
            return data.error();
        entries.append(ZipEntry{m.name, std::move(data).value()});
    }
    return entries;
}

Result<ZipEntries> readZipEntries(const QString &zipPath, const ZipLimits &limits)
{
    Result<SafeZipReader> reader = SafeZipReader::open(zipPath, limits);
    if (!reader)
        return reader.error();
    return readAllMembers(reader.value());
}

Result<ZipEntries> readZipEntriesFromBytes(const QByteArray &zip, const ZipLimits &limits)
{
    Result<SafeZipReader> reader = SafeZipReader::openBytes(zip, limits);
    if (!reader)
        return reader.error();
    return readAllMembers(reader.value());
}

static Error writeError(const QString &path, const QString &why)
{
    return makeError(QStringLiteral("zip-extract"), Tr::tr("Cannot write \"%1\": %2.").arg(path, why));
}

Result<QStringList> extractZipSafely(const QString &zipPath, const QString &targetDir,
                                     const ZipLimits &limits)
{
    const QFileInfo target(targetDir);
    const QString targetPath = target.absoluteFilePath();
    if (target.exists()) {
        if (!target.isDir() || target.isSymLink()
            || !QDir(targetPath).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
            return makeError(QStringLiteral("zip-target-exists"),
                             Tr::tr("Cannot extract into \"%1\": it already exists and is not an empty folder.")
                                 .arg(targetPath));
    }
    Result<SafeZipReader> opened = SafeZipReader::open(zipPath, limits);
    if (!opened)
        return opened.error();
    SafeZipReader &reader = opened.value();

    const QString parent = target.absolutePath();
    if (!QDir().mkpath(parent))
        return writeError(parent, Tr::tr("cannot create the folder"));
    // Same file system as the target, so the final rename is atomic.
    QTemporaryDir staging(parent + QStringLiteral("/.mlwb-extract-XXXXXX"));
    if (!staging.isValid())
        return writeError(parent, staging.errorString());
    const QString root = QDir(staging.path()).canonicalPath() + QLatin1Char('/');

    QStringList written;
    for (const ZipMemberInfo &m : reader.members()) {
        const QString dest = QDir::cleanPath(root + m.name);
        if (!dest.startsWith(root)) // belt and braces: checkMemberName already refused this
            return makeError(QStringLiteral("zip-unsafe-name"),
                             Tr::tr("Refusing archive member \"%1\": it leaves the target folder.").arg(m.name));
        if (m.isDirectory) {
            if (!QDir().mkpath(dest))
                return writeError(m.name, Tr::tr("cannot create the folder"));
            continue;
        }
        if (!QDir().mkpath(QFileInfo(dest).absolutePath()))
            return writeError(m.name, Tr::tr("cannot create the folder"));
        QFile out(dest);
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return writeError(m.name, out.errorString());
        WB_TRY(reader.read(m, [&out, &m](const char *p, qint64 n) -> Result<void> {
            if (out.write(p, n) != n)
                return writeError(m.name, out.errorString());
            return {};
        }));
        if (!out.flush())
            return writeError(m.name, out.errorString());
        written.append(m.name);
    }
    if (target.exists() && !QDir().rmdir(targetPath))
        return writeError(targetPath, Tr::tr("cannot replace the empty folder"));
    if (!QDir().rename(staging.path(), targetPath))
        return writeError(targetPath, Tr::tr("cannot move the extracted files into place"));
    staging.setAutoRemove(false);
    return written;
}

} // namespace wb::bundle
