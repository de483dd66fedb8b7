// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/literalcheck.h"

#include "core/base/tr.h"

#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>

namespace wb::model {

namespace {

/// Python's str.isspace(): Unicode white space plus the ASCII information separators.
bool isPythonSpace(char32_t c)
{
    return QChar::isSpace(c) || (c >= 0x1c && c <= 0x1f);
}

/// What Python's int()/float() see: Unicode white space as ' ', Unicode decimal digits as ASCII
/// digits, any other non-ASCII character as '?' (never valid), then white space stripped.
QString numberText(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (char32_t c : value.toUcs4()) {
        if (isPythonSpace(c))
            out.append(QLatin1Char(' '));
        else if (c < 0x80)
            out.append(QChar(char16_t(c)));
        else if (QChar::isDigit(c) && QChar::digitValue(c) >= 0)
            out.append(QLatin1Char(char('0' + QChar::digitValue(c))));
        else
            out.append(QLatin1Char('?'));
    }
    return out.trimmed();
}

bool isPythonInt(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^[+-]?[0-9](?:_?[0-9])*$"));
    return re.match(numberText(value)).hasMatch();
}

bool isPythonFloat(const QString &value)
{
    static const QRegularExpression re(QStringLiteral(
        "^[+-]?(?:(?:[0-9](?:_?[0-9])*)?\\.[0-9](?:_?[0-9])*|[0-9](?:_?[0-9])*\\.?)"
        "(?:[eE][+-]?[0-9](?:_?[0-9])*)?$"));
    static const QRegularExpression special(QStringLiteral("^[+-]?(?:inf|infinity|nan)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QString t = numberText(value);
    return re.match(t).hasMatch() || special.match(t).hasMatch();
}

/// distutils.util.strtobool, which KFP's Boolean deserializer calls.
bool isStrToBool(const QString &value)
{
    static const QStringList words = {QStringLiteral("y"), QStringLiteral("yes"), QStringLiteral("t"),
                                      QStringLiteral("true"), QStringLiteral("on"), QStringLiteral("1"),
                                      QStringLiteral("n"), QStringLiteral("no"), QStringLiteral("f"),
                                      QStringLiteral("false"), QStringLiteral("off"), QStringLiteral("0")};
    return words.contains(value.toLower());
}

enum class JsonValue { Invalid, Object, Array, Other };

/// Python's json.loads (strict mode, the C scanner): NaN, Infinity and -Infinity are values,
/// white space is space/tab/CR/LF, no control characters inside strings, no trailing commas,
/// nothing after the value. Positions are code points, as Python counts them.
class JsonScanner
{
public:
    explicit JsonScanner(const QString &text)
        : m_s(text.toUcs4())
    {
    }

    /// The kind of the document's value; Invalid with errorPosition() set when it is not JSON.
    JsonValue scan()
    {
        if (!m_s.isEmpty() && m_s.first() == 0xfeff) // json.loads: "Unexpected UTF-8 BOM"
            return JsonValue::Invalid;
        skipSpace();
        const JsonValue v = value();
        if (v == JsonValue::Invalid)
            return v;
        skipSpace();
        return m_pos == m_s.size() ? v : JsonValue::Invalid; // "Extra data"
    }
    qsizetype errorPosition() const { return m_pos; }

private:
    char32_t at(qsizetype i) const { return i < m_s.size() ? m_s.at(i) : 0; }
    bool isDigit(qsizetype i) const { return at(i) >= '0' && at(i) <= '9'; }
    void skipSpace()
    {
        while (m_pos < m_s.size() && (at(m_pos) == ' ' || at(m_pos) == '\t' || at(m_pos) == '\n' || at(m_pos) == '\r'))
            ++m_pos;
    }
    bool word(const char *w)
    {
        qsizetype i = m_pos;
        for (const char *p = w; *p; ++p, ++i)
            if (at(i) != char32_t(*p))
                return false;
        m_pos = i;
        return true;
    }

    JsonValue value()
    {
        switch (at(m_pos)) {
        case '"': return string() ? JsonValue::Other : JsonValue::Invalid;
        case '{': return object();
        case '[': return array();
        case 'n': return word("null") ? JsonValue::Other : JsonValue::Invalid;
        case 't': return word("true") ? JsonValue::Other : JsonValue::Invalid;
        case 'f': return word("false") ? JsonValue::Other : JsonValue::Invalid;
        case 'N': return word("NaN") ? JsonValue::Other : JsonValue::Invalid;
        case 'I': return word("Infinity") ? JsonValue::Other : JsonValue::Invalid;
        case '-':
            if (at(m_pos + 1) == 'I')
                return word("-Infinity") ? JsonValue::Other : JsonValue::Invalid;
            break;
        default: break;
        }
        return number() ? JsonValue::Other : JsonValue::Invalid;
    }

    /// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)? ; a '.' or exponent that does not
    /// continue as a number is left for the caller (and then refused as extra data).
    bool number()
    {
        qsizetype i = m_pos;
        if (at(i) == '-')
            ++i;
        if (at(i) == '0') {
            ++i;
        } else if (at(i) >= '1' && at(i) <= '9') {
            while (isDigit(i))
                ++i;
        } else {
            return false;
        }
        if (at(i) == '.' && isDigit(i + 1)) {
            i += 2;
            while (isDigit(i))
                ++i;
        }
        if (at(i) == 'e' || at(i) == 'E') {
            qsizetype e = i + 1;
            if (at(e) == '-' || at(e) == '+')
                ++e;
            if (isDigit(e)) {
                while (isDigit(e))
                    ++e;
                i = e;
            }
        }
        m_pos = i;
        return true;
    }

    bool string()
    {
        ++m_pos; // opening quote
        while (m_pos < m_s.size()) {
            const char32_t c = at(m_pos);
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (c < 0x20)
                return false; // "Invalid control character"
            if (c == '\\') {
                const char32_t e = at(m_pos + 1);
                if (e == 'u') {
                    for (qsizetype k = m_pos + 2; k < m_pos + 6; ++k) {
                        const char32_t h = at(k);
                        if (!((h >= '0' && h <= '9') || (h >= 'a' && h <= 'f') || (h >= 'A' && h <= 'F'))) {
                            m_pos = k;
                            return false;
                        }
                    }
                    m_pos += 6;
                    continue;
                }
                if (e != '"' && e != '\\' && e != '/' && e != 'b' && e != 'f' && e != 'n' && e != 'r' && e != 't') {
                    ++m_pos;
                    return false; // "Invalid \\escape"
                }
                m_pos += 2;
                continue;
            }
            ++m_pos;
        }
        return false; // "Unterminated string"
    }

    /// Python gives up with RecursionError somewhere around 1000 levels.
    bool enter()
    {
        return ++m_depth <= 1000;
    }

    JsonValue object()
    {
        if (!enter())
            return JsonValue::Invalid;
        ++m_pos;
        skipSpace();
        if (at(m_pos) == '}') {
            ++m_pos;
            --m_depth;
            return JsonValue::Object;
        }
        for (;;) {
            if (at(m_pos) != '"' || !string())
                return JsonValue::Invalid;
            skipSpace();
            if (at(m_pos) != ':')
                return JsonValue::Invalid;
            ++m_pos;
            skipSpace();
            if (value() == JsonValue::Invalid)
                return JsonValue::Invalid;
            skipSpace();
            if (at(m_pos) == '}') {
                ++m_pos;
                --m_depth;
                return JsonValue::Object;
            }
            if (at(m_pos) != ',')
                return JsonValue::Invalid;
            ++m_pos;
            skipSpace();
        }
    }

    JsonValue array()
    {
        if (!enter())
            return JsonValue::Invalid;
        ++m_pos;
        skipSpace();
        if (at(m_pos) == ']') {
            ++m_pos;
            --m_depth;
            return JsonValue::Array;
        }
        for (;;) {
            if (value() == JsonValue::Invalid)
                return JsonValue::Invalid;
            skipSpace();
            if (at(m_pos) == ']') {
                ++m_pos;
                --m_depth;
                return JsonValue::Array;
            }
            if (at(m_pos) != ',')
                return JsonValue::Invalid;
            ++m_pos;
            skipSpace();
        }
    }

    QList<uint> m_s;
    qsizetype m_pos = 0;
    int m_depth = 0;
};

std::optional<QString> checkJson(LiteralKind kind, const QString &value)
{
    JsonScanner scanner(value);
    const JsonValue v = scanner.scan();
    if (v == JsonValue::Invalid)
        return Tr::tr("not valid JSON (error at character %1)").arg(scanner.errorPosition() + 1);
    if (kind == LiteralKind::JsonObject && v != JsonValue::Object)
        return Tr::tr("not a JSON object");
    if (kind == LiteralKind::JsonArray && v != JsonValue::Array)
        return Tr::tr("not a JSON array");
    return std::nullopt;
}

} // namespace

LiteralKind literalKind(const TypeSpec &type)
{
    // A map type ({GCSPath: {…}}) is an artifact type, never a checked literal.
    if (type.isUntyped() || type.raw.typeId() == QMetaType::QVariantMap)
        return LiteralKind::Unchecked;
    // The type names (and aliases) of KFP v1's converters, compared as KFP does: exactly.
    static const QHash<QString, LiteralKind> kinds = {
        {QStringLiteral("Integer"), LiteralKind::Integer},
        {QStringLiteral("int"), LiteralKind::Integer},
        {QStringLiteral("Float"), LiteralKind::Float},
        {QStringLiteral("float"), LiteralKind::Float},
        {QStringLiteral("Boolean"), LiteralKind::Boolean},
        {QStringLiteral("Bool"), LiteralKind::Boolean},
        {QStringLiteral("bool"), LiteralKind::Boolean},
        {QStringLiteral("JsonArray"), LiteralKind::JsonArray},
        {QStringLiteral("List"), LiteralKind::JsonArray},
        {QStringLiteral("list"), LiteralKind::JsonArray},
        {QStringLiteral("JsonObject"), LiteralKind::JsonObject},
        {QStringLiteral("Dictionary"), LiteralKind::JsonObject},
        {QStringLiteral("Dict"), LiteralKind::JsonObject},
        {QStringLiteral("dict"), LiteralKind::JsonObject},
        {QStringLiteral("Json"), LiteralKind::Json},
    };
    return kinds.value(type.name, LiteralKind::Unchecked);
}

QString literalText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
    case QMetaType::QVariantMap:
        // KFP serialises a structured constant with json.dumps.
        return QString::fromUtf8(QJsonDocument::fromVariant(value).toJson(QJsonDocument::Compact));
    default:
        return value.toString();
    }
}

std::optional<QString> checkLiteral(const TypeSpec &type, const QString &value)
{
    const LiteralKind kind = literalKind(type);
    switch (kind) {
    case LiteralKind::Unchecked:
        return std::nullopt;
    case LiteralKind::Integer:
        if (isPythonInt(value))
            return std::nullopt;
        return Tr::tr("not an integer");
    case LiteralKind::Float:
        if (isPythonFloat(value))
            return std::nullopt;
        return Tr::tr("not a number");
    case LiteralKind::Boolean:
        if (isStrToBool(value))
            return std::nullopt;
        return Tr::tr("not a boolean (use True or False)");
    case LiteralKind::Json:
    case LiteralKind::JsonObject:
    case LiteralKind::JsonArray:
        return checkJson(kind, value);
    }
    return std::nullopt;
}

std::optional<QString> checkLiteral(const TypeSpec &type, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return std::nullopt;
    return checkLiteral(type, literalText(value));
}

QString literalForMessage(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\n'), QLatin1Char(' '));
    v.replace(QLatin1Char('\r'), QLatin1Char(' '));
    v.replace(QLatin1Char('\t'), QLatin1Char(' '));
    constexpr qsizetype max = 60;
    if (v.size() > max)
        v = v.left(max - 1) + QChar(0x2026);
    return v;
}

Diagnostics checkRunParameters(const PipelineInfo &info, const QMap<QString, QString> &values)
{
    Diagnostics out;
    for (const InputSpec &p : info.parameters) {
        Diagnostic d;
        d.severity = Diagnostic::Severity::Error;
        d.code = QStringLiteral("invalid-value");
        if (values.contains(p.name)) {
            const QString value = values.value(p.name);
            if (const auto why = checkLiteral(p.type, value)) {
                d.message = Tr::tr("Pipeline parameter \"%1\" (%2) cannot take \"%3\": %4.")
                                .arg(p.name, p.type.name, literalForMessage(value), *why);
                out.append(d);
            }
        } else if (p.hasDefault()) {
            if (const auto why = checkLiteral(p.type, p.defaultValue)) {
                d.message = Tr::tr("Pipeline parameter \"%1\" (%2) has the default \"%3\", which does not fit: %4.")
                                .arg(p.name, p.type.name, literalForMessage(literalText(p.defaultValue)), *why);
                out.append(d);
            }
        }
    }
    return out;
}

} // namespace wb::model
