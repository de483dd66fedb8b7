// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vcs/dvcformat.h"

#include "core/base/tr.h"
#include "core/vcs/md5hash.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>

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

static Error yamlError(const QString &source, const YAML::Mark &mark, const QString &what)
{
    return makeError("yaml-syntax",
                     Tr::tr("%1:%2:%3: %4").arg(source).arg(mark.line + 1).arg(mark.column + 1).arg(what));
}

Result<QList<DvcOut>> readDvcFile(const QByteArray &bytes, const QString &sourceName)
{
    try {
        const YAML::Node root = YAML::Load(bytes.toStdString());
        if (!root.IsMap() || !root["outs"] || !root["outs"].IsSequence())
            return yamlError(sourceName, root.Mark(), Tr::tr("a .dvc file needs an 'outs:' list"));
        QList<DvcOut> outs;
        for (const YAML::Node &o : root["outs"]) {
            if (!o.IsMap() || !o["path"])
                return yamlError(sourceName, o.Mark(), Tr::tr("each entry of 'outs' needs a 'path'"));
            DvcOut out;
            out.path = QString::fromStdString(o["path"].as<std::string>());
            if (o["md5"])
                out.md5 = QString::fromStdString(o["md5"].as<std::string>());
            if (o["size"])
                out.size = o["size"].as<qint64>();
            if (o["nfiles"])
                out.nfiles = o["nfiles"].as<qint64>();
            if (o["hash"])
                out.hash = QString::fromStdString(o["hash"].as<std::string>());
            outs.append(out);
        }
        return outs;
    } catch (const YAML::Exception &e) {
        return yamlError(sourceName, e.mark, QString::fromStdString(e.msg));
    }
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
