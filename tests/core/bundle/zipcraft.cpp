// SPDX-License-Identifier: GPL-3.0-or-later
#include "zipcraft.h"

#include <QtTest>

#include <zip.h>

namespace crafted {

QByteArray build(const QList<Member> &members)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t *z = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!z)
        qFatal("zip_open_from_source: %s", zip_error_strerror(&error));
    zip_source_keep(buffer);
    for (const Member &m : members) {
        const QByteArray name = m.name.toUtf8();
        zip_source_t *s = zip_source_buffer(z, m.data.constData(), zip_uint64_t(m.data.size()), 0);
        const zip_int64_t i = zip_file_add(z, name.constData(), s, ZIP_FL_ENC_RAW);
        if (i < 0)
            qFatal("zip_file_add(%s): %s", name.constData(), zip_strerror(z));
        zip_set_file_compression(z, zip_uint64_t(i), m.deflate ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0);
        zip_file_set_external_attributes(z, zip_uint64_t(i), 0, ZIP_OPSYS_UNIX, m.unixMode << 16);
    }
    if (zip_close(z) != 0)
        qFatal("zip_close: %s", zip_strerror(z));
    zip_source_open(buffer);
    zip_source_seek(buffer, 0, SEEK_END);
    const zip_int64_t size = zip_source_tell(buffer);
    zip_source_seek(buffer, 0, SEEK_SET);
    QByteArray bytes(qsizetype(size), Qt::Uninitialized);
    zip_source_read(buffer, bytes.data(), zip_uint64_t(size));
    zip_source_close(buffer);
    zip_source_free(buffer);
    return bytes;
}

static uint32_t u32(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}
static uint16_t u16(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}
static void put32(QByteArray &b, qsizetype at, uint32_t v)
{
    qToLittleEndian<quint32>(v, b.data() + at);
}

// Calls f(localHeaderOffset, centralHeaderOffset, name) for every member.
template<typename F>
static void forEachMember(const QByteArray &zip, F f)
{
    const qsizetype eocd = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    QVERIFY(eocd >= 0);
    const int count = u16(zip, eocd + 10);
    qsizetype cd = u32(zip, eocd + 16);
    for (int i = 0; i < count; ++i) {
        QCOMPARE(u32(zip, cd), 0x02014b50u);
        const int nameLen = u16(zip, cd + 28);
        const QString name = QString::fromUtf8(zip.mid(cd + 46, nameLen));
        const qsizetype local = u32(zip, cd + 42);
        f(local, cd, name);
        cd += 46 + nameLen + u16(zip, cd + 30) + u16(zip, cd + 32);
    }
}

void setUncompressedSize(QByteArray &zip, const QString &name, uint32_t size)
{
    forEachMember(zip, [&](qsizetype local, qsizetype cd, const QString &n) {
        if (n == name) {
            put32(zip, local + 22, size);
            put32(zip, cd + 24, size);
        }
    });
}

void setCrc(QByteArray &zip, const QString &name, uint32_t crc)
{
    forEachMember(zip, [&](qsizetype local, qsizetype cd, const QString &n) {
        if (n == name) {
            put32(zip, local + 14, crc);
            put32(zip, cd + 16, crc);
        }
    });
}

void rename(QByteArray &zip, const QString &from, const QString &to)
{
    QCOMPARE(from.toUtf8().size(), to.toUtf8().size());
    forEachMember(zip, [&](qsizetype local, qsizetype cd, const QString &n) {
        if (n == from) {
            const QByteArray t = to.toUtf8();
            zip.replace(local + 30, t.size(), t);
            zip.replace(cd + 46, t.size(), t);
        }
    });
}

QList<LocalHeader> localHeaders(const QByteArray &zip)
{
    QList<LocalHeader> out;
    forEachMember(zip, [&](qsizetype local, qsizetype, const QString &n) {
        out.append({n, u16(zip, local + 10), u16(zip, local + 12), u16(zip, local + 28)});
    });
    return out;
}

} // namespace crafted
