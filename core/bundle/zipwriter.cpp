// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bundle/zipwriter.h"

#include "core/base/fileio.h"
#include "core/base/tr.h"
#include "core/bundle/zipnames.h"

#include <QSet>

#include <zip.h>

#include <memory>

namespace wb::bundle {

namespace {
struct SourceDeleter
{
    void operator()(zip_source_t *s) const { zip_source_free(s); }
};
struct ArchiveDeleter
{
    void operator()(zip_t *z) const { zip_discard(z); }
};
using SourcePtr = std::unique_ptr<zip_source_t, SourceDeleter>;
using ArchivePtr = std::unique_ptr<zip_t, ArchiveDeleter>;
} // namespace

static Error zipFailure(const QString &what, const char *libzipText)
{
    return makeError(QStringLiteral("zip-write"), Tr::tr("Cannot write the archive: %1.").arg(what),
                     QString::fromUtf8(libzipText));
}

ZipWriter::ZipWriter()
    : m_timestamp(QDate(1980, 1, 1), QTime(0, 0))
{
}

static void dosTime(const QDateTime &ts, zip_uint16_t *time, zip_uint16_t *date)
{
    QDate d = ts.date();
    QTime t = ts.time();
    if (!d.isValid() || d.year() < 1980) {
        d = QDate(1980, 1, 1);
        t = QTime(0, 0);
    }
    if (d.year() > 2107)
        d = QDate(2107, 12, 31);
    *date = zip_uint16_t(((d.year() - 1980) << 9) | (d.month() << 5) | d.day());
    *time = zip_uint16_t((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2));
}

Result<QByteArray> ZipWriter::toBytes(const ZipEntries &entries) const
{
    QSet<QString> seen;
    for (const ZipEntry &e : entries) {
        WB_TRY(checkMemberName(e.name));
        if (seen.contains(e.name))
            return makeError(QStringLiteral("zip-duplicate"),
                             Tr::tr("Cannot write the archive: \"%1\" is listed twice.").arg(e.name));
        seen.insert(e.name);
    }

    zip_error_t error;
    zip_error_init(&error);
    SourcePtr buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!buffer)
        return zipFailure(Tr::tr("out of memory"), zip_error_strerror(&error));
    ArchivePtr archive(zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error));
    if (!archive)
        return zipFailure(Tr::tr("cannot create it in memory"), zip_error_strerror(&error));
    zip_source_keep(buffer.get()); // the archive took a reference; we still read it afterwards

    zip_uint16_t time = 0, date = 0;
    dosTime(m_timestamp, &time, &date);
    for (const ZipEntry &e : entries) {
        const QByteArray name = e.name.toUtf8();
        const bool isDir = e.name.endsWith(QLatin1Char('/'));
        zip_int64_t index = -1;
        if (isDir) {
            index = zip_dir_add(archive.get(), name.constData(), ZIP_FL_ENC_UTF_8);
        } else {
            // The entry bytes stay alive in `entries` until zip_close below.
            zip_source_t *data = zip_source_buffer(archive.get(), e.data.constData(),
                                                   zip_uint64_t(e.data.size()), 0);
            if (!data)
                return zipFailure(e.name, zip_strerror(archive.get()));
            index = zip_file_add(archive.get(), name.constData(), data, ZIP_FL_ENC_UTF_8);
            if (index < 0)
                zip_source_free(data);
        }
        if (index < 0)
            return zipFailure(e.name, zip_strerror(archive.get()));
        const zip_uint64_t i = zip_uint64_t(index);
        const zip_uint32_t mode = isDir ? 040755u : 0100644u;
        if ((!isDir && zip_set_file_compression(archive.get(), i, ZIP_CM_DEFLATE, 9) != 0)
            || zip_file_set_dostime(archive.get(), i, time, date, 0) != 0
            || zip_file_set_external_attributes(archive.get(), i, 0, ZIP_OPSYS_UNIX, mode << 16) != 0)
            return zipFailure(e.name, zip_strerror(archive.get()));
    }
    if (zip_close(archive.get()) != 0)
        return zipFailure(Tr::tr("compression failed"), zip_strerror(archive.get()));
    archive.release(); // zip_close freed it

    if (zip_source_open(buffer.get()) != 0)
        return zipFailure(Tr::tr("cannot read back"), zip_error_strerror(zip_source_error(buffer.get())));
    zip_source_seek(buffer.get(), 0, SEEK_END);
    const zip_int64_t size = zip_source_tell(buffer.get());
    zip_source_seek(buffer.get(), 0, SEEK_SET);
    QByteArray bytes;
    if (size > 0) {
        bytes.resize(qsizetype(size));
        const zip_int64_t got = zip_source_read(buffer.get(), bytes.data(), zip_uint64_t(size));
        if (got != size) {
            zip_source_close(buffer.get());
            return zipFailure(Tr::tr("cannot read back"), "short read");
        }
    }
    zip_source_close(buffer.get());

    if (bytes.size() > m_maxArchiveSize)
        return makeError(QStringLiteral("zip-too-large"),
                         Tr::tr("The package is %1 MiB; the limit is %2 MiB (Kubeflow Pipelines refuses "
                                "larger uploads). Move large data or embedded code out of the package.")
                             .arg(double(bytes.size()) / (1 << 20), 0, 'f', 1)
                             .arg(double(m_maxArchiveSize) / (1 << 20), 0, 'f', 1));
    return bytes;
}

Result<void> ZipWriter::writeFile(const QString &path, const ZipEntries &entries) const
{
    Result<QByteArray> bytes = toBytes(entries);
    if (!bytes)
        return bytes.error();
    return writeFileAtomically(path, bytes.value());
}

} // namespace wb::bundle
