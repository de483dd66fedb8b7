// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/structcodec.h"

#include "core/base/tr.h"

#include <cstring>

namespace wb::store::StructCodec {

namespace {

enum WireType { Varint = 0, Fixed64 = 1, Len = 2, Fixed32 = 5 };

class Reader
{
public:
    explicit Reader(const QByteArray &bytes) : m_data(bytes), m_pos(0) {}
    bool atEnd() const { return m_pos >= m_data.size(); }
    bool failed() const { return m_failed; }

    quint64 varint()
    {
        quint64 result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (atEnd()) {
                m_failed = true;
                return 0;
            }
            const auto byte = quint8(m_data.at(m_pos++));
            result |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return result;
        }
        m_failed = true;
        return 0;
    }
    QByteArray bytes()
    {
        const quint64 n = varint();
        if (m_failed || n > quint64(m_data.size() - m_pos)) {
            m_failed = true;
            return {};
        }
        const QByteArray out = m_data.mid(m_pos, qsizetype(n));
        m_pos += qsizetype(n);
        return out;
    }
    double fixed64()
    {
        if (m_data.size() - m_pos < 8) {
            m_failed = true;
            return 0;
        }
        quint64 bits = 0;
        for (int i = 7; i >= 0; --i)
            bits = (bits << 8) | quint8(m_data.at(m_pos + i));
        m_pos += 8;
        double d;
        std::memcpy(&d, &bits, sizeof d);
        return d;
    }
    void skip(int wireType)
    {
        switch (wireType) {
        case Varint: varint(); break;
        case Fixed64: m_pos += 8; break;
        case Len: bytes(); break;
        case Fixed32: m_pos += 4; break;
        default: m_failed = true;
        }
        if (m_pos > m_data.size())
            m_failed = true;
    }

private:
    QByteArray m_data;
    qsizetype m_pos;
    bool m_failed = false;
};

QVariant decodeValue(const QByteArray &bytes, int depth, bool *ok);

QVariantList decodeList(const QByteArray &bytes, int depth, bool *ok)
{
    QVariantList list;
    Reader r(bytes);
    while (!r.atEnd() && *ok) {
        const quint64 tag = r.varint();
        if (tag >> 3 == 1 && (tag & 7) == Len)
            list << decodeValue(r.bytes(), depth + 1, ok);
        else
            r.skip(int(tag & 7));
        if (r.failed())
            *ok = false;
    }
    return list;
}

QVariantMap decodeMap(const QByteArray &bytes, int depth, bool *ok)
{
    QVariantMap map;
    if (depth > 100) {
        *ok = false;
        return map;
    }
    Reader r(bytes);
    while (!r.atEnd() && *ok) {
        const quint64 tag = r.varint();
        if (tag >> 3 == 1 && (tag & 7) == Len) {
            Reader entry(r.bytes());
            QString key;
            QVariant value;
            while (!entry.atEnd() && !entry.failed()) {
                const quint64 etag = entry.varint();
                if (etag >> 3 == 1 && (etag & 7) == Len)
                    key = QString::fromUtf8(entry.bytes());
                else if (etag >> 3 == 2 && (etag & 7) == Len)
                    value = decodeValue(entry.bytes(), depth + 1, ok);
                else
                    entry.skip(int(etag & 7));
            }
            if (entry.failed())
                *ok = false;
            map.insert(key, value);
        } else {
            r.skip(int(tag & 7));
        }
        if (r.failed())
            *ok = false;
    }
    return map;
}

QVariant decodeValue(const QByteArray &bytes, int depth, bool *ok)
{
    QVariant value = QVariant::fromValue(nullptr);
    Reader r(bytes);
    while (!r.atEnd() && *ok) {
        const quint64 tag = r.varint();
        const int field = int(tag >> 3);
        const int wire = int(tag & 7);
        if (field == 1 && wire == Varint) {
            r.varint();
            value = QVariant::fromValue(nullptr);
        } else if (field == 2 && wire == Fixed64) {
            value = r.fixed64();
        } else if (field == 3 && wire == Len) {
            value = QString::fromUtf8(r.bytes());
        } else if (field == 4 && wire == Varint) {
            value = r.varint() != 0;
        } else if (field == 5 && wire == Len) {
            value = decodeMap(r.bytes(), depth + 1, ok);
        } else if (field == 6 && wire == Len) {
            value = decodeList(r.bytes(), depth + 1, ok);
        } else {
            r.skip(wire);
        }
        if (r.failed())
            *ok = false;
    }
    return value;
}

void writeVarint(QByteArray &out, quint64 v)
{
    while (v >= 0x80) {
        out.append(char((v & 0x7f) | 0x80));
        v >>= 7;
    }
    out.append(char(v));
}

void writeLen(QByteArray &out, int field, const QByteArray &payload)
{
    writeVarint(out, quint64(field) << 3 | Len);
    writeVarint(out, quint64(payload.size()));
    out.append(payload);
}

QByteArray encodeValue(const QVariant &v);

QByteArray encodeList(const QVariantList &list)
{
    QByteArray out;
    for (const QVariant &item : list)
        writeLen(out, 1, encodeValue(item));
    return out;
}

QByteArray encodeValue(const QVariant &v)
{
    QByteArray out;
    switch (v.typeId()) {
    case QMetaType::Bool:
        writeVarint(out, 4 << 3 | Varint);
        writeVarint(out, v.toBool() ? 1 : 0);
        break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float: {
        writeVarint(out, 2 << 3 | Fixed64);
        const double d = v.toDouble();
        quint64 bits;
        std::memcpy(&bits, &d, sizeof bits);
        for (int i = 0; i < 8; ++i)
            out.append(char((bits >> (8 * i)) & 0xff));
        break;
    }
    case QMetaType::QVariantMap:
        writeLen(out, 5, encodeStruct(v.toMap()));
        break;
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        writeLen(out, 6, encodeList(v.toList()));
        break;
    case QMetaType::Nullptr:
    case QMetaType::UnknownType:
        writeVarint(out, 1 << 3 | Varint);
        writeVarint(out, 0);
        break;
    default:
        writeLen(out, 3, v.toString().toUtf8());
    }
    return out;
}

} // namespace

bool isStructString(const QString &value)
{
    return value.startsWith(QLatin1String(kPrefix));
}

Result<QVariantMap> decodeStruct(const QByteArray &bytes)
{
    bool ok = true;
    QVariantMap map = decodeMap(bytes, 0, &ok);
    if (!ok)
        return makeError(QStringLiteral("store.struct"), Tr::tr("A struct property value is damaged"),
                         Tr::tr("invalid protobuf wire data"));
    return map;
}

Result<QVariantMap> decodeString(const QString &value)
{
    if (!isStructString(value))
        return makeError(QStringLiteral("store.struct"), Tr::tr("Not a struct property value"),
                         value.left(40));
    const QByteArray b64 = value.mid(int(std::strlen(kPrefix))).toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(b64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return makeError(QStringLiteral("store.struct"), Tr::tr("A struct property value is damaged"),
                         Tr::tr("invalid base64"));
    return decodeStruct(*decoded);
}

QByteArray encodeStruct(const QVariantMap &map)
{
    QByteArray out;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        QByteArray entry;
        writeLen(entry, 1, it.key().toUtf8());
        writeLen(entry, 2, encodeValue(it.value()));
        writeLen(out, 1, entry);
    }
    return out;
}

QString encodeString(const QVariantMap &map)
{
    return QLatin1String(kPrefix) + QString::fromLatin1(encodeStruct(map).toBase64());
}

} // namespace wb::store::StructCodec
