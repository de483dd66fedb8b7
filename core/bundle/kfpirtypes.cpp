// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bundle/kfpirtypes.h"

#include <QHash>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace wb::bundle::KfpIr {

std::optional<QString> parameterTypeFor(const model::TypeSpec &type)
{
    if (type.isUntyped() || type.raw.typeId() == QMetaType::QVariantMap)
        return std::nullopt;
    static const QHash<QString, QString> map{
        {"integer", "NUMBER_INTEGER"}, {"int", "NUMBER_INTEGER"},
        {"double", "NUMBER_DOUBLE"},   {"float", "NUMBER_DOUBLE"},
        {"string", "STRING"},          {"str", "STRING"},        {"text", "STRING"},
        {"bool", "BOOLEAN"},           {"boolean", "BOOLEAN"},
        {"dict", "STRUCT"},            {"jsonobject", "STRUCT"},
        {"list", "LIST"},              {"jsonarray", "LIST"},
    };
    const auto it = map.constFind(type.name.toLower());
    if (it == map.cend())
        return std::nullopt;
    return *it;
}

QString artifactSchemaTitle(const model::TypeSpec &type)
{
    if (!type.isUntyped() && type.raw.typeId() != QMetaType::QVariantMap) {
        if (type.name.startsWith(QLatin1String("google.")) || type.name.startsWith(QLatin1String("system.")))
            return type.name;
        static const QHash<QString, QString> map{
            {"artifact", "system.Artifact"},
            {"model", "system.Model"},
            {"dataset", "system.Dataset"},
            {"metrics", "system.Metrics"},
            {"classificationmetrics", "system.ClassificationMetrics"},
            {"slicedclassificationmetrics", "system.SlicedClassificationMetrics"},
            {"html", "system.HTML"},
            {"markdown", "system.Markdown"},
        };
        const auto it = map.constFind(type.name.toLower());
        if (it != map.cend())
            return *it;
    }
    return QStringLiteral("system.Artifact");
}

QVariantMap artifactType(const QString &schemaTitle)
{
    return QVariantMap{{QStringLiteral("schemaTitle"), schemaTitle},
                       {QStringLiteral("schemaVersion"), QLatin1String(kArtifactSchemaVersion)}};
}

model::TypeSpec v1TypeForParameterType(const QString &parameterType)
{
    static const QHash<QString, QString> map{
        {"NUMBER_INTEGER", "Integer"}, {"NUMBER_DOUBLE", "Float"}, {"STRING", "String"},
        {"BOOLEAN", "Boolean"},        {"STRUCT", "JsonObject"},   {"LIST", "JsonArray"},
    };
    return model::TypeSpec::fromName(map.value(parameterType, QStringLiteral("String")));
}

model::TypeSpec v1TypeForSchemaTitle(const QString &schemaTitle)
{
    if (schemaTitle.startsWith(QLatin1String("google.")))
        return model::TypeSpec::fromName(schemaTitle);
    const QString last = schemaTitle.section(QLatin1Char('.'), -1);
    return model::TypeSpec::fromName(last.isEmpty() ? QStringLiteral("Artifact") : last);
}

static std::optional<QVariant> parseJson(const QString &text, bool wantObject)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError || (wantObject ? !doc.isObject() : !doc.isArray()))
        return std::nullopt;
    return doc.toVariant();
}

std::optional<QVariant> typedParameterValue(const QVariant &value, const QString &parameterType)
{
    const int id = value.typeId();
    const bool isText = id == QMetaType::QString || id == QMetaType::QByteArray;
    const QString text = value.toString().trimmed();
    if (parameterType == QLatin1String("NUMBER_INTEGER")) {
        if (id == QMetaType::Double) {
            const double d = value.toDouble();
            if (std::floor(d) != d)
                return std::nullopt;
            return QVariant(qlonglong(d));
        }
        if (id == QMetaType::Bool)
            return std::nullopt;
        bool ok = false;
        const qlonglong n = text.toLongLong(&ok);
        return ok ? std::optional<QVariant>(QVariant(n)) : std::nullopt;
    }
    if (parameterType == QLatin1String("NUMBER_DOUBLE")) {
        if (id == QMetaType::Bool)
            return std::nullopt;
        bool ok = false;
        const double d = text.toDouble(&ok);
        return ok ? std::optional<QVariant>(QVariant(d)) : std::nullopt;
    }
    if (parameterType == QLatin1String("BOOLEAN")) {
        if (id == QMetaType::Bool)
            return value;
        const QString l = text.toLower();
        if (l == QLatin1String("true") || l == QLatin1String("1"))
            return QVariant(true);
        if (l == QLatin1String("false") || l == QLatin1String("0"))
            return QVariant(false);
        return std::nullopt;
    }
    if (parameterType == QLatin1String("STRUCT")) {
        if (id == QMetaType::QVariantMap)
            return value;
        return isText ? parseJson(text, true) : std::nullopt;
    }
    if (parameterType == QLatin1String("LIST")) {
        if (id == QMetaType::QVariantList)
            return value;
        return isText ? parseJson(text, false) : std::nullopt;
    }
    return QVariant(pythonText(value));
}

QString pythonText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case QMetaType::Double:
    case QMetaType::Float: {
        QString s = QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
        if (!s.contains(QLatin1Char('.')) && !s.contains(QLatin1Char('e')) && !s.contains(QLatin1String("inf"))
            && !s.contains(QLatin1String("nan")))
            s += QLatin1String(".0");
        return s;
    }
    case QMetaType::QVariantMap:
    case QMetaType::QVariantList:
        return QString::fromUtf8(QJsonDocument::fromVariant(value).toJson(QJsonDocument::Compact));
    default:
        return value.toString();
    }
}

QString sanitizeName(const QString &name)
{
    static const QRegularExpression other(QStringLiteral("[^-0-9a-z]+"));
    static const QRegularExpression dashes(QStringLiteral("-+"));
    QString s = name.toLower();
    s.replace(other, QStringLiteral("-"));
    s.replace(dashes, QStringLiteral("-"));
    while (s.startsWith(QLatin1Char('-')))
        s.remove(0, 1);
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    return s;
}

QString pythonJsonString(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        switch (u) {
        case '"': out += QLatin1String("\\\""); break;
        case '\\': out += QLatin1String("\\\\"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\r': out += QLatin1String("\\r"); break;
        case '\t': out += QLatin1String("\\t"); break;
        case '\b': out += QLatin1String("\\b"); break;
        case '\f': out += QLatin1String("\\f"); break;
        default:
            if (u < 0x20 || u > 0x7e)
                out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

} // namespace wb::bundle::KfpIr
