// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlvariant.h"

#include "core/base/tr.h"

#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <string>

namespace wb::argo {

static QVariant plainScalar(const std::string &text)
{
    const QString s = QString::fromStdString(text);
    static const QRegularExpression nullRe(QStringLiteral("^(~|null|Null|NULL|)$"));
    static const QRegularExpression trueRe(QStringLiteral("^(true|True|TRUE)$"));
    static const QRegularExpression falseRe(QStringLiteral("^(false|False|FALSE)$"));
    static const QRegularExpression intRe(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression floatRe(
        QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    if (nullRe.match(s).hasMatch())
        return QVariant();
    if (trueRe.match(s).hasMatch())
        return true;
    if (falseRe.match(s).hasMatch())
        return false;
    bool ok = false;
    if (intRe.match(s).hasMatch()) {
        const qlonglong v = s.toLongLong(&ok);
        if (ok)
            return v;
    }
    if (floatRe.match(s).hasMatch()) {
        const double d = s.toDouble(&ok);
        if (ok)
            return d;
    }
    return s;
}

static QVariant toVariant(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        QVariantMap map;
        for (auto it = node.begin(); it != node.end(); ++it)
            map.insert(QString::fromStdString(it->first.as<std::string>()), toVariant(it->second));
        return map;
    }
    case YAML::NodeType::Sequence: {
        QVariantList list;
        for (const YAML::Node &child : node)
            list.append(toVariant(child));
        return list;
    }
    case YAML::NodeType::Scalar:
        // "?" = plain scalar, resolved by content; quoted or !!str-tagged ones stay strings.
        if (node.Tag() == "?")
            return plainScalar(node.Scalar());
        return QString::fromStdString(node.Scalar());
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return QVariant();
}

Result<QVariant> parseYaml(const QByteArray &yaml)
{
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        return toVariant(root);
    } catch (const YAML::Exception &e) {
        return makeError(QStringLiteral("yaml-syntax"),
                         Tr::tr("The YAML is not valid: line %1, column %2: %3.")
                             .arg(e.mark.line + 1)
                             .arg(e.mark.column + 1)
                             .arg(QString::fromStdString(e.msg)));
    }
}

static bool needsQuotes(const QString &s)
{
    // YAML 1.1 readers (PyYAML, Go yaml.v2 used by Argo) also take yes/no/on/off as bools.
    static const QRegularExpression ambiguous(QStringLiteral(
        "^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N"
        "|[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)"
        "|0x[0-9a-fA-F_]+|0o?[0-7_]+|[0-9]+(:[0-5]?[0-9])+)$"));
    return s.isEmpty() || s.contains(QLatin1Char('\n')) || s.trimmed() != s || ambiguous.match(s).hasMatch();
}

static int keyRank(const QString &key)
{
    static const QStringList order{
        QStringLiteral("apiVersion"), QStringLiteral("kind"),         QStringLiteral("metadata"),
        QStringLiteral("name"),       QStringLiteral("generateName"), QStringLiteral("entrypoint"),
        QStringLiteral("template"),   QStringLiteral("dependencies"), QStringLiteral("when"),
        QStringLiteral("arguments"),  QStringLiteral("inputs"),       QStringLiteral("outputs"),
        QStringLiteral("image"),      QStringLiteral("command"),      QStringLiteral("args")};
    const qsizetype i = order.indexOf(key);
    return i < 0 ? int(order.size()) : int(i);
}

static void emitNode(YAML::Emitter &out, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QVariantMap: {
        const QVariantMap map = value.toMap();
        QStringList keys = map.keys();
        std::stable_sort(keys.begin(), keys.end(),
                         [](const QString &a, const QString &b) { return keyRank(a) < keyRank(b); });
        out << YAML::BeginMap;
        for (const QString &k : std::as_const(keys)) {
            out << YAML::Key << k.toStdString() << YAML::Value;
            emitNode(out, map.value(k));
        }
        out << YAML::EndMap;
        return;
    }
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        out << YAML::BeginSeq;
        for (const QVariant &v : value.toList())
            emitNode(out, v);
        out << YAML::EndSeq;
        return;
    }
    case QMetaType::Bool:
        out << (value.toBool() ? "true" : "false");
        return;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        out << value.toString().toStdString();
        return;
    case QMetaType::Double:
        out << QString::number(value.toDouble(), 'g', 17).toStdString();
        return;
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        out << YAML::Null;
        return;
    default: {
        const QString s = value.toString();
        if (needsQuotes(s))
            out << YAML::DoubleQuoted;
        out << s.toStdString();
        return;
    }
    }
}

QByteArray emitYaml(const QVariant &value)
{
    YAML::Emitter out;
    out.SetIndent(2);
    emitNode(out, value);
    QByteArray bytes(out.c_str(), qsizetype(out.size()));
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    return bytes;
}

} // namespace wb::argo
