// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/manifest/yamlwriter.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

#include <cmath>

namespace wb::manifest {

namespace {

bool isReservedWord(const QString &s)
{
    static const QStringList words{"null", "true", "false", "yes", "no", "on", "off", "y", "n"};
    return words.contains(s.toLower());
}

/// Characters that would make single quotes unsafe or ambiguous (line breaks, control chars).
bool needsDoubleQuotes(const QString &s)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029 || u == 0xfeff)
            return true;
    }
    return false;
}

QString doubleQuoted(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        switch (u) {
        case '\\': out += QLatin1String("\\\\"); break;
        case '"': out += QLatin1String("\\\""); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\t': out += QLatin1String("\\t"); break;
        case '\r': out += QLatin1String("\\r"); break;
        default:
            if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029 || u == 0xfeff)
                out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

QString quoteString(const QString &s)
{
    static const QRegularExpression plainRe(QStringLiteral("^[A-Za-z_/][-A-Za-z0-9_./ ]*$"));
    if (!s.endsWith(QLatin1Char(' ')) && plainRe.match(s).hasMatch() && !isReservedWord(s))
        return s;
    if (needsDoubleQuotes(s))
        return doubleQuoted(s);
    QString q = s;
    q.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

QString formatDouble(double d)
{
    if (std::isnan(d))
        return QStringLiteral(".nan");
    if (std::isinf(d))
        return d < 0 ? QStringLiteral("-.inf") : QStringLiteral(".inf");
    QString s = QString::number(d, 'g', QLocale::FloatingPointShortest);
    // PyYAML (YAML 1.1) only reads it back as a float with a '.'.
    if (!s.contains(QLatin1Char('.'))) {
        const qsizetype e = s.indexOf(QLatin1Char('e'));
        if (e < 0)
            s += QLatin1String(".0");
        else
            s.insert(e, QLatin1String(".0"));
    }
    return s;
}

/// Multi-line text as a literal block (`|`), the readable form for scripts; only when it
/// reads back exactly (no leading whitespace, no CR or other control characters).
bool fitsLiteralBlock(const QString &s)
{
    if (!s.contains(QLatin1Char('\n')) || s.startsWith(QLatin1Char(' ')) || s.startsWith(QLatin1Char('\t'))
        || s.startsWith(QLatin1Char('\n')))
        return false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != '\n' && u != '\t') || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028
            || u == 0x2029 || u == 0xfeff)
            return false;
    }
    // Trailing lines of only blanks are ambiguous with chomping; keep those quoted.
    const QStringList lines = s.split(QLatin1Char('\n'));
    qsizetype last = lines.size() - 1;
    while (last >= 0 && lines.at(last).isEmpty())
        --last;
    return last >= 0 && !lines.at(last).trimmed().isEmpty();
}

void literalBlock(const QString &s, int indent, QString &head, QStringList &out)
{
    qsizetype trailing = 0;
    while (trailing < s.size() && s.at(s.size() - 1 - trailing) == QLatin1Char('\n'))
        ++trailing;
    head = trailing == 0 ? QStringLiteral("|-") : trailing == 1 ? QStringLiteral("|") : QStringLiteral("|+");
    QStringList lines = s.split(QLatin1Char('\n'));
    if (trailing > 0)
        lines.removeLast();
    const QString pad(indent, QLatin1Char(' '));
    for (const QString &l : lines)
        out << (l.isEmpty() ? QString() : pad + l);
}

QString flowText(const YamlOut &n)
{
    switch (n.kind) {
    case YamlOut::Kind::Scalar:
        return yamlScalar(n.scalar);
    case YamlOut::Kind::Map: {
        QStringList parts;
        for (const auto &e : n.entries)
            parts << quoteString(e.first) + QLatin1String(": ") + flowText(e.second);
        return QLatin1Char('{') + parts.join(QLatin1String(", ")) + QLatin1Char('}');
    }
    case YamlOut::Kind::Sequence: {
        QStringList parts;
        for (const YamlOut &i : n.items)
            parts << flowText(i);
        return QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
    }
    }
    return {};
}

bool isInline(const YamlOut &n)
{
    return n.kind == YamlOut::Kind::Scalar || n.flow
        || (n.kind == YamlOut::Kind::Map && n.entries.empty())
        || (n.kind == YamlOut::Kind::Sequence && n.items.empty());
}

/// `prefix` + the inline form of n; multi-line strings continue as a literal block.
void inlineValue(const QString &prefix, const YamlOut &n, int contentIndent, QStringList &out)
{
    if (n.kind == YamlOut::Kind::Scalar && n.scalar.typeId() == QMetaType::QString
        && fitsLiteralBlock(n.scalar.toString())) {
        QString head;
        QStringList body;
        literalBlock(n.scalar.toString(), contentIndent, head, body);
        out << prefix + head;
        out += body;
        return;
    }
    out << prefix + flowText(n);
}

void writeSequence(const YamlOut &n, int indent, QStringList &out);

void writeMap(const YamlOut &n, int indent, QStringList &out)
{
    const QString pad(indent, QLatin1Char(' '));
    for (const auto &e : n.entries) {
        const QString key = pad + quoteString(e.first) + QLatin1Char(':');
        if (isInline(e.second)) {
            inlineValue(key + QLatin1Char(' '), e.second, indent + 2, out);
        } else if (e.second.kind == YamlOut::Kind::Map) {
            out << key;
            writeMap(e.second, indent + 2, out);
        } else {
            out << key;
            writeSequence(e.second, indent, out); // KFP style: list items at the key's indent
        }
    }
}

void writeSequence(const YamlOut &n, int indent, QStringList &out)
{
    const QString pad(indent, QLatin1Char(' '));
    for (const YamlOut &item : n.items) {
        if (isInline(item)) {
            inlineValue(pad + QLatin1String("- "), item, indent + 2, out);
        } else if (item.kind == YamlOut::Kind::Map) {
            QStringList lines;
            writeMap(item, indent + 2, lines);
            lines.first() = pad + QLatin1String("- ") + lines.first().mid(indent + 2);
            out += lines;
        } else {
            out << pad + QLatin1Char('-');
            writeSequence(item, indent + 2, out);
        }
    }
}

} // namespace

YamlOut YamlOut::fromVariant(const QVariant &v, bool flow)
{
    if (v.typeId() == QMetaType::QVariantMap) {
        YamlOut m = map(flow);
        const QVariantMap vm = v.toMap();
        for (auto it = vm.cbegin(); it != vm.cend(); ++it)
            m.add(it.key(), fromVariant(it.value(), flow));
        return m;
    }
    if (v.typeId() == QMetaType::QVariantList || v.typeId() == QMetaType::QStringList) {
        YamlOut s = sequence(flow);
        for (const QVariant &i : v.toList())
            s.append(fromVariant(i, flow));
        return s;
    }
    return value(v);
}

QString yamlScalar(const QVariant &v)
{
    if (!v.isValid())
        return QStringLiteral("null");
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::Long:
        return v.toString();
    case QMetaType::Double:
    case QMetaType::Float:
        return formatDouble(v.toDouble());
    default:
        return quoteString(v.toString());
    }
}

QByteArray writeYaml(const YamlOut &root)
{
    QStringList lines;
    if (root.kind == YamlOut::Kind::Map)
        writeMap(root, 0, lines);
    else if (root.kind == YamlOut::Kind::Sequence)
        writeSequence(root, 0, lines);
    else
        lines << flowText(root);
    return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

} // namespace wb::manifest
