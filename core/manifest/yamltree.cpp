// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/manifest/yamltree.h"

#include "core/base/tr.h"

#include <QRegularExpression>
#include <QVariantList>
#include <QVariantMap>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <limits>

namespace wb::manifest {

namespace {

struct ConvertError
{
    Error error;
};

QString position(const QString &source, const YAML::Mark &mark)
{
    if (mark.is_null())
        return source;
    return QStringLiteral("%1:%2:%3").arg(source).arg(mark.line + 1).arg(mark.column + 1);
}

class Converter
{
public:
    Converter(const QString &source, const YamlLimits &limits) : m_source(source), m_limits(limits) {}

    /// Cheap first pass (no allocations): an alias bomb is refused in ~0.1 s instead of
    /// building a million-node tree first.
    void count(const YAML::Node &node, int depth)
    {
        check(node, depth);
        if (node.IsSequence()) {
            for (const YAML::Node &child : node)
                count(child, depth + 1);
        } else if (node.IsMap()) {
            for (auto it = node.begin(); it != node.end(); ++it) {
                count(it->first, depth + 1);
                count(it->second, depth + 1);
            }
        }
    }

    void resetCount() { m_count = 0; }

    void check(const YAML::Node &node, int depth)
    {
        if (++m_count > m_limits.maxNodes)
            throw ConvertError{makeError(
                "too-complex",
                Tr::tr("%1: the document expands to more than %2 YAML nodes (nested anchors and "
                       "aliases?); refusing to load it")
                    .arg(position(m_source, node.Mark()))
                    .arg(m_limits.maxNodes))};
        if (depth > m_limits.maxDepth)
            throw ConvertError{makeError(
                "too-deep",
                Tr::tr("%1: the document nests deeper than %2 levels (or an alias refers to "
                       "itself); refusing to load it")
                    .arg(position(m_source, node.Mark()))
                    .arg(m_limits.maxDepth))};
    }

    YamlNode convert(const YAML::Node &node, int depth)
    {
        const YAML::Mark mark = node.Mark();
        check(node, depth);

        YamlNode out;
        out.line = mark.is_null() ? 0 : mark.line + 1;
        out.column = mark.is_null() ? 0 : mark.column + 1;
        const std::string tag = node.Tag();
        if (tag != "?" && tag != "!")
            out.tag = QString::fromStdString(tag);
        switch (node.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            out.kind = YamlNode::Kind::Null;
            break;
        case YAML::NodeType::Scalar:
            out.kind = YamlNode::Kind::Scalar;
            out.text = QString::fromStdString(node.Scalar());
            out.quoted = tag == "!" || out.tag == QLatin1String("tag:yaml.org,2002:str");
            break;
        case YAML::NodeType::Sequence:
            out.kind = YamlNode::Kind::Sequence;
            out.items.reserve(node.size());
            for (const YAML::Node &child : node)
                out.items.push_back(convert(child, depth + 1));
            break;
        case YAML::NodeType::Map:
            out.kind = YamlNode::Kind::Map;
            for (auto it = node.begin(); it != node.end(); ++it) {
                YamlNode key = convert(it->first, depth + 1);
                if (!key.isScalar() && !key.isNull())
                    throw ConvertError{makeError(
                        "yaml-unsupported",
                        Tr::tr("%1: only text keys are supported in maps")
                            .arg(position(m_source, it->first.Mark())))};
                for (const auto &entry : out.entries) {
                    if (entry.first.text == key.text)
                        throw ConvertError{makeError(
                            "duplicate-key",
                            Tr::tr("%1: duplicate key '%2' (first at line %3)")
                                .arg(position(m_source, it->first.Mark()), key.text)
                                .arg(entry.first.line))};
                }
                YamlNode value = convert(it->second, depth + 1);
                out.entries.emplace_back(std::move(key), std::move(value));
            }
            break;
        }
        return out;
    }

private:
    const QString &m_source;
    YamlLimits m_limits;
    qint64 m_count = 0;
};

bool isBoolText(const QString &t, bool *value)
{
    static const QStringList yes{"yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"};
    static const QStringList no{"no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"};
    if (yes.contains(t)) {
        *value = true;
        return true;
    }
    if (no.contains(t)) {
        *value = false;
        return true;
    }
    return false;
}

QVariant intValue(QString t)
{
    t.remove(QLatin1Char('_'));
    bool neg = false;
    if (t.startsWith(QLatin1Char('-')) || t.startsWith(QLatin1Char('+'))) {
        neg = t.startsWith(QLatin1Char('-'));
        t = t.mid(1);
    }
    int base = 10;
    if (t.startsWith(QLatin1String("0x"))) {
        base = 16;
        t = t.mid(2);
    } else if (t.startsWith(QLatin1String("0b"))) {
        base = 2;
        t = t.mid(2);
    } else if (t.size() > 1 && t.startsWith(QLatin1Char('0'))) {
        base = 8; // PyYAML (YAML 1.1) reads 0755 as octal
    }
    bool ok = false;
    qlonglong v = t.toLongLong(&ok, base);
    if (!ok)
        return {};
    if (neg)
        v = -v;
    if (v >= std::numeric_limits<int>::min() && v <= std::numeric_limits<int>::max())
        return QVariant(int(v));
    return QVariant(v);
}

} // namespace

const YamlNode *YamlNode::find(const QString &key) const
{
    for (const auto &entry : entries)
        if (entry.first.text == key)
            return &entry.second;
    return nullptr;
}

QVariant YamlNode::scalarValue() const
{
    if (kind == Kind::Null)
        return {};
    if (kind != Kind::Scalar)
        return toVariant();
    if (quoted)
        return text;
    // Resolution of plain scalars as in PyYAML's YAML 1.1 resolver (KFP reads files with it).
    static const QRegularExpression intRe(QStringLiteral(
        "^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+)$"));
    static const QRegularExpression floatRe(QStringLiteral(
        "^(?:[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?|\\.[0-9_]+(?:[eE][-+][0-9]+)?)$"));
    const bool forceInt = tag == QLatin1String("tag:yaml.org,2002:int");
    const bool forceFloat = tag == QLatin1String("tag:yaml.org,2002:float");
    const bool forceBool = tag == QLatin1String("tag:yaml.org,2002:bool");
    bool b = false;
    if ((tag.isEmpty() || forceBool) && isBoolText(text, &b))
        return b;
    if ((tag.isEmpty() || forceInt) && intRe.match(text).hasMatch()) {
        const QVariant v = intValue(text);
        if (v.isValid())
            return v;
    }
    if ((tag.isEmpty() || forceFloat) && floatRe.match(text).hasMatch()) {
        QString t = text;
        t.remove(QLatin1Char('_'));
        bool ok = false;
        const double d = t.toDouble(&ok);
        if (ok)
            return d;
    }
    if (tag.isEmpty() || forceFloat) {
        static const QRegularExpression infRe(QStringLiteral("^([-+]?)\\.(inf|Inf|INF)$"));
        const auto m = infRe.match(text);
        if (m.hasMatch())
            return m.captured(1) == QLatin1String("-") ? -std::numeric_limits<double>::infinity()
                                                       : std::numeric_limits<double>::infinity();
        if (text == QLatin1String(".nan") || text == QLatin1String(".NaN") || text == QLatin1String(".NAN"))
            return std::numeric_limits<double>::quiet_NaN();
    }
    return text;
}

QVariant YamlNode::toVariant() const
{
    switch (kind) {
    case Kind::Null:
        return {};
    case Kind::Scalar:
        return scalarValue();
    case Kind::Sequence: {
        QVariantList list;
        list.reserve(qsizetype(items.size()));
        for (const YamlNode &i : items)
            list.append(i.toVariant());
        return list;
    }
    case Kind::Map: {
        QVariantMap map;
        for (const auto &e : entries)
            map.insert(e.first.text, e.second.toVariant());
        return map;
    }
    }
    return {};
}

Result<YamlNode> parseYaml(const QByteArray &bytes, const QString &sourceName, const YamlLimits &limits)
{
    try {
        const YAML::Node root = YAML::Load(bytes.toStdString());
        Converter converter(sourceName, limits);
        converter.count(root, 0);
        converter.resetCount();
        return converter.convert(root, 0);
    } catch (const ConvertError &e) {
        return e.error;
    } catch (const YAML::DeepRecursion &e) {
        return makeError("too-deep",
                         Tr::tr("%1: the document nests too deeply (more than %2 levels)")
                             .arg(position(sourceName, e.mark))
                             .arg(e.depth()));
    } catch (const YAML::Exception &e) {
        return makeError("yaml-syntax",
                         Tr::tr("%1: YAML syntax error: %2")
                             .arg(position(sourceName, e.mark), QString::fromStdString(e.msg)));
    } catch (const std::exception &e) {
        return makeError("yaml-syntax",
                         Tr::tr("%1: cannot parse YAML: %2").arg(sourceName, QString::fromUtf8(e.what())));
    }
}

} // namespace wb::manifest
