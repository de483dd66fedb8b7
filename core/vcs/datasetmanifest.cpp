// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vcs/datasetmanifest.h"

#include "core/base/fileio.h"
#include "core/base/tr.h"

#include <QJsonArray>
#include <QLocale>

#include <yaml-cpp/yaml.h>

namespace wb::vcs {

namespace {

std::string num(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest).toStdString();
}

std::string str(const QString &s)
{
    return s.toStdString();
}

Error invalid(const QString &source, const YAML::Mark &mark, const QString &what, const char *code = "invalid-manifest")
{
    if (mark.line < 0)
        return makeError(code, Tr::tr("%1: %2").arg(source, what));
    return makeError(code, Tr::tr("%1:%2:%3: %4").arg(source).arg(mark.line + 1).arg(mark.column + 1).arg(what));
}

} // namespace

QString manifestPathFor(const QString &dataPath)
{
    QString p = dataPath;
    while (p.size() > 1 && p.endsWith(QLatin1Char('/')))
        p.chop(1);
    return p + QStringLiteral(".dataset.yaml");
}

QString manifestContentHash(const QByteArray &bytes)
{
    return sha256Hex(bytes);
}

Result<void> checkConflictMarkers(const QByteArray &bytes, const QString &sourceName)
{
    int line = 0;
    for (const QByteArray &l : bytes.split('\n')) {
        ++line;
        if (l.startsWith("<<<<<<<") || l.startsWith(">>>>>>>") || l.startsWith("|||||||")
            || (l.startsWith("=======") && l.trimmed() == "======="))
            return makeError("merge-conflict",
                             Tr::tr("Unresolved merge conflict in %1, line %2: keep one version, remove the "
                                    "<<<<<<< ======= >>>>>>> markers and commit").arg(sourceName).arg(line));
    }
    return {};
}

QByteArray writeDatasetManifest(const DatasetManifest &m)
{
    YAML::Emitter e;
    e << YAML::BeginMap;
    e << YAML::Key << "kind" << YAML::Value << "dataset";
    e << YAML::Key << "version" << YAML::Value << DatasetManifest::kVersion;
    e << YAML::Key << "path" << YAML::Value << str(m.path);
    if (!m.description.isEmpty())
        e << YAML::Key << "description" << YAML::Value << str(m.description);
    if (!m.source.isEmpty())
        e << YAML::Key << "source" << YAML::Value << str(m.source);
    e << YAML::Key << "md5" << YAML::Value << str(m.md5);
    e << YAML::Key << "size" << YAML::Value << static_cast<long long>(m.size);
    if (m.nfiles >= 0)
        e << YAML::Key << "nfiles" << YAML::Value << static_cast<long long>(m.nfiles);
    if (m.table) {
        const TableProfile &t = *m.table;
        e << YAML::Key << "table" << YAML::Value << YAML::BeginMap;
        e << YAML::Key << "delimiter" << YAML::Value << str(t.delimiter);
        e << YAML::Key << "compression" << YAML::Value << (t.gzip ? "gzip" : "none");
        e << YAML::Key << "rows" << YAML::Value << static_cast<long long>(t.rows);
        e << YAML::Key << "columns" << YAML::Value << YAML::BeginSeq;
        for (const ColumnProfile &c : t.columns) {
            e << YAML::BeginMap;
            e << YAML::Key << "name" << YAML::Value << str(c.name);
            e << YAML::Key << "type" << YAML::Value << str(columnTypeName(c.type));
            e << YAML::Key << "missing" << YAML::Value << static_cast<long long>(c.missing);
            if (c.min)
                e << YAML::Key << "min" << YAML::Value << num(*c.min);
            if (c.max)
                e << YAML::Key << "max" << YAML::Value << num(*c.max);
            if (c.mean)
                e << YAML::Key << "mean" << YAML::Value << num(*c.mean);
            if (!c.minText.isEmpty())
                e << YAML::Key << "min" << YAML::Value << str(c.minText);
            if (!c.maxText.isEmpty())
                e << YAML::Key << "max" << YAML::Value << str(c.maxText);
            e << YAML::Key << "distinct" << YAML::Value << static_cast<long long>(c.distinct);
            if (c.distinctCapped)
                e << YAML::Key << "distinct_capped" << YAML::Value << true;
            if (!c.isNumeric() && c.distinct > 0)
                e << YAML::Key << "top" << YAML::Value << YAML::DoubleQuoted << str(c.top);
            e << YAML::EndMap;
        }
        e << YAML::EndSeq << YAML::EndMap;
    }
    e << YAML::EndMap;
    return QByteArray(e.c_str()) + '\n';
}

Result<DatasetManifest> readDatasetManifest(const QByteArray &bytes, const QString &sourceName)
{
    WB_TRY(checkConflictMarkers(bytes, sourceName));
    try {
        const YAML::Node root = YAML::Load(bytes.toStdString());
        if (!root.IsMap())
            return invalid(sourceName, root.Mark(), Tr::tr("a dataset manifest is a mapping with 'path' and 'md5'"));
        if (root["kind"] && root["kind"].as<std::string>() != "dataset")
            return invalid(sourceName, root["kind"].Mark(), Tr::tr("'kind' must be 'dataset'"));
        if (root["version"] && root["version"].as<int>() > DatasetManifest::kVersion)
            return invalid(sourceName, root["version"].Mark(),
                           Tr::tr("version %1 is newer than this mlwb understands (%2); update mlwb")
                               .arg(root["version"].as<int>()).arg(DatasetManifest::kVersion));
        for (const char *key : {"path", "md5"})
            if (!root[key])
                return invalid(sourceName, root.Mark(), Tr::tr("the key '%1' is missing").arg(QLatin1String(key)));
        auto text = [](const YAML::Node &n) { return n ? QString::fromStdString(n.as<std::string>()) : QString(); };
        DatasetManifest m;
        m.path = text(root["path"]);
        m.md5 = text(root["md5"]);
        m.description = text(root["description"]);
        m.source = text(root["source"]);
        if (root["size"])
            m.size = root["size"].as<qint64>();
        if (root["nfiles"])
            m.nfiles = root["nfiles"].as<qint64>();
        if (const YAML::Node t = root["table"]) {
            TableProfile p;
            p.delimiter = t["delimiter"] ? text(t["delimiter"]) : QStringLiteral("comma");
            p.gzip = text(t["compression"]) == QLatin1String("gzip");
            p.rows = t["rows"] ? t["rows"].as<qint64>() : 0;
            for (const YAML::Node &c : t["columns"]) {
                ColumnProfile col;
                col.name = text(c["name"]);
                const auto type = columnTypeFromName(text(c["type"]));
                if (!type)
                    return invalid(sourceName, c["type"] ? c["type"].Mark() : c.Mark(),
                                   Tr::tr("unknown column type '%1' (integer, float, bool, datetime, string)")
                                       .arg(text(c["type"])));
                col.type = *type;
                col.missing = c["missing"] ? c["missing"].as<qint64>() : 0;
                if (col.isNumeric()) {
                    if (c["min"]) col.min = c["min"].as<double>();
                    if (c["max"]) col.max = c["max"].as<double>();
                    if (c["mean"]) col.mean = c["mean"].as<double>();
                } else if (col.type == ColumnType::Datetime) {
                    col.minText = text(c["min"]);
                    col.maxText = text(c["max"]);
                }
                col.distinct = c["distinct"] ? c["distinct"].as<qint64>() : 0;
                col.distinctCapped = c["distinct_capped"] && c["distinct_capped"].as<bool>();
                col.top = text(c["top"]);
                p.columns.append(col);
            }
            m.table = p;
        }
        return m;
    } catch (const YAML::Exception &e) {
        return invalid(sourceName, e.mark, QString::fromStdString(e.msg), "yaml-syntax");
    }
}

Result<DatasetManifest> loadDatasetManifest(const QString &path)
{
    auto bytes = readFileLimited(path, 16 << 20);
    WB_TRY(bytes);
    return readDatasetManifest(*bytes, path);
}

QJsonObject datasetManifestToJson(const DatasetManifest &m)
{
    QJsonObject o{{"kind", "dataset"}, {"version", DatasetManifest::kVersion}, {"path", m.path},
                  {"md5", m.md5}, {"size", double(m.size)}};
    if (!m.description.isEmpty())
        o.insert("description", m.description);
    if (!m.source.isEmpty())
        o.insert("source", m.source);
    if (m.nfiles >= 0)
        o.insert("nfiles", double(m.nfiles));
    if (m.table) {
        QJsonArray cols;
        for (const ColumnProfile &c : m.table->columns) {
            QJsonObject col{{"name", c.name}, {"type", columnTypeName(c.type)}, {"missing", double(c.missing)},
                            {"distinct", double(c.distinct)}};
            if (c.min) col.insert("min", *c.min);
            if (c.max) col.insert("max", *c.max);
            if (c.mean) col.insert("mean", *c.mean);
            if (!c.minText.isEmpty()) col.insert("min", c.minText);
            if (!c.maxText.isEmpty()) col.insert("max", c.maxText);
            if (c.distinctCapped) col.insert("distinct_capped", true);
            if (!c.isNumeric() && c.distinct > 0) col.insert("top", c.top);
            cols.append(col);
        }
        o.insert("table", QJsonObject{{"delimiter", m.table->delimiter},
                                      {"compression", m.table->gzip ? "gzip" : "none"},
                                      {"rows", double(m.table->rows)},
                                      {"columns", cols}});
    }
    return o;
}

} // namespace wb::vcs
