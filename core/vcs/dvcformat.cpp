// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vcs/dvcformat.h"

#include "core/base/tr.h"
#include "core/vcs/datasetmanifest.h"
#include "core/vcs/dvcyaml_p.h"
#include "core/vcs/md5hash.h"

#include <QDir>

#include <yaml-cpp/yaml.h> // the emitter of writeDvcFile; reading goes through manifest::parseYaml

#include <algorithm>
#include <utility>

namespace wb::vcs {

// Python json.dumps(ensure_ascii=True) string encoding.
static void appendJsonString(QByteArray &out, const QString &s)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        switch (u) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (u < 0x20 || u > 0x7e) { // UTF-16 units, so astral characters become surrogate pairs as in Python
                out += "\\u";
                out += hex[(u >> 12) & 0xf];
                out += hex[(u >> 8) & 0xf];
                out += hex[(u >> 4) & 0xf];
                out += hex[u & 0xf];
            } else {
                out += char(u);
            }
        }
    }
    out += '"';
}

QByteArray dvcDirJson(QList<DvcDirEntry> entries)
{
    // Python sorts str by code point, which is the byte order of UTF-8.
    std::sort(entries.begin(), entries.end(), [](const DvcDirEntry &a, const DvcDirEntry &b) {
        return a.relpath.toUtf8() < b.relpath.toUtf8();
    });
    QByteArray out = "[";
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (i)
            out += ", ";
        out += "{\"md5\": ";
        appendJsonString(out, entries[i].md5);
        out += ", \"relpath\": ";
        appendJsonString(out, entries[i].relpath);
        out += '}';
    }
    out += ']';
    return out;
}

QString dvcDirMd5(const QList<DvcDirEntry> &entries)
{
    return md5Hex(dvcDirJson(entries)) + QStringLiteral(".dir");
}

namespace detail {

Error dvcError(const QString &source, const manifest::YamlNode &at, const QString &what, const char *code)
{
    if (at.line <= 0)
        return makeError(QString::fromLatin1(code), Tr::tr("%1: %2").arg(source, what));
    return makeError(QString::fromLatin1(code),
                     Tr::tr("%1:%2:%3: %4").arg(source).arg(at.line).arg(at.column).arg(what));
}

static Result<qint64> count(const manifest::YamlNode *n, const QString &key, const QString &source, const char *code)
{
    if (!n || n->isNull())
        return qint64(-1);
    const QVariant v = n->scalarValue();
    if (!n->isScalar() || (v.typeId() != QMetaType::Int && v.typeId() != QMetaType::LongLong))
        return dvcError(source, *n, Tr::tr("'%1' must be a whole number").arg(key), code);
    return std::max<qint64>(v.toLongLong(), -1); // writeDvcFile writes -1 for an unknown size
}

Result<DvcOut> readDvcEntry(const manifest::YamlNode &o, const QString &source, const QString &list, const char *code)
{
    const manifest::YamlNode *path = o.find(QStringLiteral("path"));
    if (!o.isMap() || !path || !path->isScalar() || path->text.isEmpty())
        return dvcError(source, o, Tr::tr("each entry of '%1' needs a 'path'").arg(list), code);
    DvcOut out;
    out.path = path->text;
    for (const auto &[key, field] : {std::pair{"md5", &out.md5}, std::pair{"hash", &out.hash}}) {
        const manifest::YamlNode *n = o.find(QLatin1String(key));
        if (n && !n->isNull() && !n->isScalar())
            return dvcError(source, *n, Tr::tr("'%1' must be text").arg(QLatin1String(key)), code);
        if (n)
            *field = n->text; // as written: an all-digit md5 must not become a number
    }
    auto size = count(o.find(QStringLiteral("size")), QStringLiteral("size"), source, code);
    WB_TRY(size);
    auto nfiles = count(o.find(QStringLiteral("nfiles")), QStringLiteral("nfiles"), source, code);
    WB_TRY(nfiles);
    out.size = *size;
    out.nfiles = *nfiles;
    return out;
}

Result<QList<DvcOut>> readDvcEntries(const manifest::YamlNode *list, const QString &source, const QString &name,
                                     const char *code)
{
    QList<DvcOut> out;
    if (!list || list->isNull())
        return out;
    if (!list->isSequence())
        return dvcError(source, *list, Tr::tr("'%1' must be a list").arg(name), code);
    for (const manifest::YamlNode &item : list->items) {
        auto entry = readDvcEntry(item, source, name, code);
        WB_TRY(entry);
        out.append(*entry);
    }
    return out;
}

} // namespace detail

Result<DvcFile> parseDvcFile(const QByteArray &bytes, const QString &sourceName)
{
    constexpr const char *code = "invalid-dvc";
    WB_TRY(checkConflictMarkers(bytes, sourceName));
    auto tree = manifest::parseYaml(bytes, sourceName);
    WB_TRY(tree);
    const manifest::YamlNode &root = *tree;
    DvcFile file;
    file.stage = root.isMap() && (root.find(QStringLiteral("cmd")) || root.find(QStringLiteral("deps")));
    const manifest::YamlNode *outs = root.isMap() ? root.find(QStringLiteral("outs")) : nullptr;
    // a stage file may only run a command; a data file without outs describes nothing
    if (!file.stage && (!outs || !outs->isSequence()))
        return detail::dvcError(sourceName, outs ? *outs : root, Tr::tr("a .dvc file needs an 'outs:' list"), code);
    if (const manifest::YamlNode *wdir = root.find(QStringLiteral("wdir")); wdir && !wdir->isNull()) {
        // DVC's schema takes a string (or null): `wdir: 2020` or a list is not a folder
        if (!wdir->isScalar() || wdir->scalarValue().typeId() != QMetaType::QString)
            return detail::dvcError(sourceName, *wdir,
                                    Tr::tr("'wdir' must be a folder path written as text (quote it, e.g. wdir: '%1')")
                                        .arg(wdir->isScalar() ? wdir->text : QStringLiteral("..")),
                                    code);
        file.wdir = wdir->text;
    }
    auto entries = detail::readDvcEntries(outs, sourceName, QStringLiteral("outs"), code);
    WB_TRY(entries);
    file.outs = *entries;
    return file;
}

Result<QList<DvcOut>> readDvcFile(const QByteArray &bytes, const QString &sourceName)
{
    auto file = parseDvcFile(bytes, sourceName);
    WB_TRY(file);
    QList<DvcOut> outs = file->outs;
    if (!file->wdir.isEmpty() && file->wdir != QLatin1String("."))
        for (DvcOut &o : outs)
            if (!o.path.contains(QLatin1String("://")) && !QDir::isAbsolutePath(o.path))
                o.path = QDir::cleanPath(file->wdir + QLatin1Char('/') + o.path);
    return outs;
}

static QByteArray yamlScalar(const QString &s)
{
    YAML::Emitter e;
    e << s.toStdString();
    return QByteArray(e.c_str());
}

QByteArray writeDvcFile(const DvcOut &out)
{
    QByteArray y = "outs:\n- md5: " + yamlScalar(out.md5) + '\n';
    y += "  size: " + QByteArray::number(out.size) + '\n';
    if (out.isDir() && out.nfiles >= 0)
        y += "  nfiles: " + QByteArray::number(out.nfiles) + '\n';
    y += "  hash: md5\n";
    y += "  path: " + yamlScalar(out.path) + '\n';
    return y;
}

} // namespace wb::vcs
