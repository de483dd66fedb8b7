// SPDX-License-Identifier: GPL-3.0-or-later
#include "argoplaceholders.h"

#include "core/base/tr.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace wb::argo {

QString inputArtifactPath(const QString &name)
{
    return QStringLiteral("/tmp/inputs/%1/data").arg(name);
}

QString outputArtifactPath(const QString &name)
{
    return QStringLiteral("/tmp/mlwb-output-artifact-%1").arg(name);
}

QString outputParameterPath(const QString &name)
{
    return QStringLiteral("/tmp/mlwb-output-parameter-%1").arg(name);
}

static Error unsupported(const QString &component, const QString &what)
{
    return makeError(QStringLiteral("argo-unsupported"),
                     Tr::tr("Component \"%1\" uses %2, which Argo Workflows cannot express without "
                            "the KFP launcher.").arg(component, what));
}

static Result<QString> translateString(const QString &text, const QString &component)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{\\$[^}]*\\}\\}"));
    static const QRegularExpression known(QStringLiteral(
        "^\\{\\{\\$\\.(inputs|outputs)\\.(parameters|artifacts)\\['([^']+)'\\](?:\\.([a-z_]+))?\\}\\}$"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString whole = m.captured();
        if (whole == QLatin1String("{{$}}"))
            return unsupported(component, Tr::tr("the executor-input placeholder {{$}} (a Python function component)"));
        const QRegularExpressionMatch k = known.match(whole);
        if (!k.hasMatch())
            return unsupported(component, Tr::tr("the placeholder %1").arg(whole));
        const bool input = k.captured(1) == QLatin1String("inputs");
        const bool parameter = k.captured(2) == QLatin1String("parameters");
        const QString name = k.captured(3);
        const QString field = k.captured(4);
        if (input && parameter && field.isEmpty())
            out += QStringLiteral("{{inputs.parameters.%1}}").arg(name);
        else if (input && !parameter && (field == QLatin1String("path") || field == QLatin1String("uri")))
            out += inputArtifactPath(name);
        else if (!input && !parameter && (field == QLatin1String("path") || field == QLatin1String("uri")))
            out += outputArtifactPath(name); // an Argo artifact's "uri" is the local file it collects
        else if (!input && parameter && field == QLatin1String("output_file"))
            out += outputParameterPath(name);
        else
            return unsupported(component, Tr::tr("the placeholder %1").arg(whole));
    }
    out += text.mid(last);
    return out;
}

static Result<QStringList> translateItem(const QVariant &item, const QString &component,
                                         const std::function<Result<bool>(const QString &)> &isPresent);

static Result<QStringList> translateList(const QVariantList &items, const QString &component,
                                         const std::function<Result<bool>(const QString &)> &isPresent)
{
    QStringList out;
    for (const QVariant &item : items) {
        Result<QStringList> part = translateItem(item, component, isPresent);
        if (!part)
            return part.error();
        out += part.value();
    }
    return out;
}

static Result<QStringList> translateItem(const QVariant &item, const QString &component,
                                         const std::function<Result<bool>(const QString &)> &isPresent)
{
    const QString text = item.toString();
    // The SDK serialises structured placeholders as JSON strings inside command/args.
    if (text.startsWith(QLatin1String("{\"Concat\"")) || text.startsWith(QLatin1String("{\"IfPresent\""))) {
        QJsonParseError error;
        const QJsonObject obj = QJsonDocument::fromJson(text.toUtf8(), &error).object();
        if (error.error != QJsonParseError::NoError)
            return makeError(QStringLiteral("argo-placeholder"),
                             Tr::tr("Component \"%1\": cannot read the placeholder %2: %3.")
                                 .arg(component, text, error.errorString()));
        if (obj.contains(QLatin1String("Concat"))) {
            Result<QStringList> parts = translateList(obj.value(QLatin1String("Concat")).toArray().toVariantList(),
                                                      component, isPresent);
            if (!parts)
                return parts.error();
            return QStringList{parts->join(QString())};
        }
        const QJsonObject ifp = obj.value(QLatin1String("IfPresent")).toObject();
        const QString input = ifp.value(QLatin1String("InputName")).toString();
        Result<bool> present = isPresent(input);
        if (!present)
            return present.error();
        const char *branch = present.value() ? "Then" : "Else";
        return translateList(ifp.value(QLatin1String(branch)).toArray().toVariantList(), component, isPresent);
    }
    Result<QString> s = translateString(text, component);
    if (!s)
        return s.error();
    return QStringList{s.value()};
}

Result<QStringList> translateCommand(const QVariantList &items, const QString &component,
                                     const std::function<Result<bool>(const QString &input)> &isPresent)
{
    return translateList(items, component, isPresent);
}

} // namespace wb::argo
