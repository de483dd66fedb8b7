// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bundle/v2placeholders.h"

#include "core/base/tr.h"
#include "core/bundle/kfpirtypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace wb::bundle::V2Placeholders {

using model::CommandItem;
using Kind = model::CommandItem::Kind;

namespace {

/// A converted element: either a plain string or a JSON structure (Concat / IfPresent) that
/// is a JSON object inside another structure and its JSON text at the top level.
struct Element
{
    QString text;
    bool structure = false;
    QString json() const { return structure ? text : KfpIr::pythonJsonString(text); }
};

Error unsupportedItem(const QString &what)
{
    return makeError(QStringLiteral("v2-placeholder"),
                     Tr::tr("The placeholder %1 has no KFP v2 form; rewrite the component without it.").arg(what));
}

QString quoted(const QString &name)
{
    QString n = name;
    return n.replace(QLatin1Char('\''), QLatin1String("\\'"));
}

Result<void> convert(const std::vector<CommandItem> &items, const V2PlaceholderContext &ctx, QList<Element> &out);

Result<QString> jsonList(const std::vector<CommandItem> &items, const V2PlaceholderContext &ctx)
{
    QList<Element> els;
    WB_TRY(convert(items, ctx, els));
    QStringList parts;
    for (const Element &e : els)
        parts << e.json();
    return QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
}

/// The constant value of an `if` condition, if it is one.
std::optional<bool> constantCondition(const CommandItem &cond)
{
    if (cond.kind != Kind::Literal)
        return std::nullopt;
    const QString l = cond.text.trimmed().toLower();
    if (l == QLatin1String("true") || l == QLatin1String("1") || l == QLatin1String("yes") || l == QLatin1String("y")
        || l == QLatin1String("on") || l == QLatin1String("t"))
        return true;
    if (l == QLatin1String("false") || l == QLatin1String("0") || l == QLatin1String("no") || l == QLatin1String("n")
        || l == QLatin1String("off") || l == QLatin1String("f") || l.isEmpty())
        return false;
    return std::nullopt;
}

Result<void> convertOne(const CommandItem &item, const V2PlaceholderContext &ctx, QList<Element> &out)
{
    const QString n = quoted(item.text);
    switch (item.kind) {
    case Kind::Literal:
        out.append({item.text, false});
        return {};
    case Kind::InputValue:
        if (ctx.artifactInputs.contains(item.text))
            return makeError(QStringLiteral("v2-placeholder"),
                             Tr::tr("Input \"%1\" is read both as a value and as a file; KFP v2 cannot pass one input both ways.")
                                 .arg(item.text));
        out.append({QStringLiteral("{{$.inputs.parameters['%1']}}").arg(n), false});
        return {};
    case Kind::InputPath:
        out.append({QStringLiteral("{{$.inputs.artifacts['%1'].path}}").arg(n), false});
        return {};
    case Kind::InputUri:
        out.append({QStringLiteral("{{$.inputs.artifacts['%1'].uri}}").arg(n), false});
        return {};
    case Kind::OutputPath:
        out.append({ctx.artifactOutputs.contains(item.text)
                        ? QStringLiteral("{{$.outputs.artifacts['%1'].path}}").arg(n)
                        : QStringLiteral("{{$.outputs.parameters['%1'].output_file}}").arg(n),
                    false});
        return {};
    case Kind::OutputUri:
        out.append({QStringLiteral("{{$.outputs.artifacts['%1'].uri}}").arg(n), false});
        return {};
    case Kind::ExecutorInput:
        out.append({QStringLiteral("{{$}}"), false});
        return {};
    case Kind::Concat: {
        Result<QString> list = jsonList(item.parts, ctx);
        if (!list)
            return list.error();
        out.append({QStringLiteral("{\"Concat\": %1}").arg(list.value()), true});
        return {};
    }
    case Kind::If: {
        if (item.cond.size() != 1)
            return unsupportedItem(QStringLiteral("if (without one condition)"));
        const CommandItem &cond = item.cond.front();
        if (const std::optional<bool> c = constantCondition(cond))
            return convert(*c ? item.thenItems : item.elseItems, ctx, out);
        if (cond.kind != Kind::IsPresent)
            return unsupportedItem(Tr::tr("if (a condition other than isPresent or a constant)"));
        Result<QString> thenList = jsonList(item.thenItems, ctx);
        if (!thenList)
            return thenList.error();
        QString s = QStringLiteral("{\"IfPresent\": {\"InputName\": %1, \"Then\": %2")
                        .arg(KfpIr::pythonJsonString(cond.text), thenList.value());
        if (!item.elseItems.empty()) {
            Result<QString> elseList = jsonList(item.elseItems, ctx);
            if (!elseList)
                return elseList.error();
            s += QStringLiteral(", \"Else\": ") + elseList.value();
        }
        out.append({s + QStringLiteral("}}"), true});
        return {};
    }
    case Kind::IsPresent:
        return unsupportedItem(Tr::tr("isPresent (outside an if condition)"));
    case Kind::InputMetadata:
        return unsupportedItem(QStringLiteral("inputMetadata"));
    case Kind::OutputMetadata:
        return unsupportedItem(QStringLiteral("outputMetadata"));
    case Kind::InputOutputPortName:
        return unsupportedItem(QStringLiteral("inputOutputPortName"));
    }
    return {};
}

Result<void> convert(const std::vector<CommandItem> &items, const V2PlaceholderContext &ctx, QList<Element> &out)
{
    for (const CommandItem &item : items)
        WB_TRY(convertOne(item, ctx, out));
    return {};
}

} // namespace

Result<QStringList> toV2(const std::vector<CommandItem> &items, const V2PlaceholderContext &context)
{
    QList<Element> els;
    WB_TRY(convert(items, context, els));
    QStringList out;
    for (const Element &e : els)
        out << e.text;
    return out;
}

Result<QString> toV2Single(const CommandItem &item, const V2PlaceholderContext &context)
{
    QList<Element> els;
    WB_TRY(convertOne(item, context, els));
    if (els.size() == 1)
        return els.first().text;
    QStringList parts;
    for (const Element &e : els)
        parts << e.text;
    return parts.join(QString()); // a constant `if` picked several items: join like concat
}

// ---------------------------------------------------------------------------------- v2 -> v1

namespace {

CommandItem fromJson(const QJsonValue &v, QStringList *unsupported);

std::vector<CommandItem> fromJsonList(const QJsonValue &v, QStringList *unsupported)
{
    std::vector<CommandItem> out;
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            out.push_back(fromJson(e, unsupported));
    } else if (!v.isUndefined() && !v.isNull()) {
        out.push_back(fromJson(v, unsupported));
    }
    return out;
}

CommandItem fromJson(const QJsonValue &v, QStringList *unsupported)
{
    if (v.isString())
        return fromV2(v.toString(), unsupported);
    const QJsonObject o = v.toObject();
    if (o.contains(QLatin1String("Concat"))) {
        CommandItem c;
        c.kind = Kind::Concat;
        c.parts = fromJsonList(o.value(QLatin1String("Concat")), unsupported);
        return c;
    }
    if (o.contains(QLatin1String("IfPresent"))) {
        const QJsonObject ip = o.value(QLatin1String("IfPresent")).toObject();
        CommandItem c;
        c.kind = Kind::If;
        c.cond.push_back(CommandItem::placeholder(Kind::IsPresent, ip.value(QLatin1String("InputName")).toString()));
        c.thenItems = fromJsonList(ip.value(QLatin1String("Then")), unsupported);
        c.hasElse = ip.contains(QLatin1String("Else"));
        c.elseItems = fromJsonList(ip.value(QLatin1String("Else")), unsupported);
        return c;
    }
    const QString text = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    if (unsupported)
        unsupported->append(text);
    return CommandItem::literal(text);
}

/// One {{$...}} placeholder body (what follows "$") -> a v1 item; nullopt if it has no v1 form.
std::optional<CommandItem> placeholderItem(const QString &body)
{
    if (body.isEmpty())
        return CommandItem::placeholder(Kind::ExecutorInput, QString());
    static const QRegularExpression re(QStringLiteral(
        "^\\.(inputs|outputs)\\.(parameters|artifacts)\\['((?:[^'\\\\]|\\\\.)*)'\\](?:\\.(path|uri|output_file))?$"));
    const QRegularExpressionMatch m = re.match(body);
    if (!m.hasMatch())
        return std::nullopt;
    QString name = m.captured(3);
    name.replace(QLatin1String("\\'"), QLatin1String("'"));
    const bool in = m.captured(1) == QLatin1String("inputs");
    const bool param = m.captured(2) == QLatin1String("parameters");
    const QString field = m.captured(4);
    if (in && param && field.isEmpty())
        return CommandItem::placeholder(Kind::InputValue, name);
    if (in && !param && field == QLatin1String("path"))
        return CommandItem::placeholder(Kind::InputPath, name);
    if (in && !param && field == QLatin1String("uri"))
        return CommandItem::placeholder(Kind::InputUri, name);
    if (!in && param && field == QLatin1String("output_file"))
        return CommandItem::placeholder(Kind::OutputPath, name);
    if (!in && !param && field == QLatin1String("path"))
        return CommandItem::placeholder(Kind::OutputPath, name);
    if (!in && !param && field == QLatin1String("uri"))
        return CommandItem::placeholder(Kind::OutputUri, name);
    return std::nullopt;
}

} // namespace

CommandItem fromV2(const QString &text, QStringList *unsupported)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1String("{\"Concat\"")) || trimmed.startsWith(QLatin1String("{\"IfPresent\""))) {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &err);
        if (err.error == QJsonParseError::NoError && doc.isObject())
            return fromJson(doc.object(), unsupported);
    }
    static const QRegularExpression ph(QStringLiteral("\\{\\{\\$((?:[^}]|\\}(?!\\}))*)\\}\\}"));
    std::vector<CommandItem> parts;
    qsizetype pos = 0;
    auto it = ph.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() > pos)
            parts.push_back(CommandItem::literal(text.mid(pos, m.capturedStart() - pos)));
        const std::optional<CommandItem> item = placeholderItem(m.captured(1));
        if (item) {
            parts.push_back(*item);
            if (item->kind == Kind::ExecutorInput && unsupported)
                unsupported->append(m.captured(0));
        } else {
            parts.push_back(CommandItem::literal(m.captured(0)));
            if (unsupported)
                unsupported->append(m.captured(0));
        }
        pos = m.capturedEnd();
    }
    if (pos < text.size())
        parts.push_back(CommandItem::literal(text.mid(pos)));
    if (parts.empty())
        return CommandItem::literal(text);
    // Merge adjacent literals (an unsupported placeholder kept as text).
    std::vector<CommandItem> merged;
    for (CommandItem &p : parts) {
        if (!merged.empty() && merged.back().kind == Kind::Literal && p.kind == Kind::Literal)
            merged.back().text += p.text;
        else
            merged.push_back(std::move(p));
    }
    if (merged.size() == 1)
        return merged.front();
    CommandItem c;
    c.kind = Kind::Concat;
    c.parts = std::move(merged);
    return c;
}

} // namespace wb::bundle::V2Placeholders
