// SPDX-License-Identifier: GPL-3.0-or-later
// `mlwb-cli component inspect|resolve`: thin wrappers over wb_manifest / wb_model.
#include "cli.h"

#include "core/base/tr.h"
#include "core/manifest/componentreader.h"
#include "core/model/commandresolver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace {

using wb::model::ComponentSpec;

QJsonValue typeJson(const wb::model::TypeSpec &t)
{
    if (t.raw.typeId() == QMetaType::QVariantMap)
        return QJsonValue::fromVariant(t.raw);
    return t.name;
}

QJsonObject inspectJson(const ComponentSpec &spec)
{
    QJsonArray inputs;
    for (const auto &in : spec.inputs) {
        inputs.append(QJsonObject{{"name", in.name},
                                  {"type", typeJson(in.type)},
                                  {"optional", in.optional},
                                  {"default", in.hasDefault() ? QJsonValue::fromVariant(in.defaultValue) : QJsonValue()}});
    }
    QJsonArray outputs;
    for (const auto &out : spec.outputs)
        outputs.append(QJsonObject{{"name", out.name}, {"type", typeJson(out.type)}});
    return QJsonObject{{"name", spec.name},
                       {"description", spec.description},
                       {"inputs", inputs},
                       {"outputs", outputs},
                       {"implementation", spec.implementationName()},
                       {"image", spec.implementation == ComponentSpec::Implementation::Container ? spec.container.image : QString()}};
}

QString typeText(const wb::model::TypeSpec &t)
{
    return t.isUntyped() ? QStringLiteral("(untyped)") : t.name;
}

int runInspect(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(wb::Tr::tr("Shows a KFP v1 component file's interface."));
    const QCommandLineOption json(QStringLiteral("json"), wb::Tr::tr("Print one JSON document."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("FILE"), wb::Tr::tr("component.yaml to read"));
    int exit = 0;
    if (!wb::cli::parseArguments(parser, QStringLiteral("component inspect"), args, 1, 1, &exit))
        return exit;
    auto spec = wb::manifest::readComponentFile(parser.positionalArguments().first());
    if (!spec)
        return wb::cli::fail(spec.error());
    if (parser.isSet(json)) {
        wb::cli::printJson(inspectJson(*spec));
        return wb::cli::Ok;
    }
    wb::cli::printLine(wb::Tr::tr("Name: %1").arg(spec->name.isEmpty() ? wb::Tr::tr("(none)") : spec->name));
    wb::cli::printLine(wb::Tr::tr("Implementation: %1%2").arg(spec->implementationName(),
        spec->implementation == ComponentSpec::Implementation::Container
            ? QStringLiteral(" (image %1)").arg(spec->container.image)
            : wb::Tr::tr(" (%n task(s))", nullptr, int(spec->graph.tasks.size()))));
    if (!spec->description.isEmpty())
        wb::cli::printLine(wb::Tr::tr("Description: %1").arg(spec->description.section(QLatin1Char('\n'), 0, 0)));
    wb::cli::printLine(wb::Tr::tr("Inputs:"));
    for (const auto &in : spec->inputs) {
        QString line = QStringLiteral("  %1: %2").arg(in.name, typeText(in.type));
        if (in.hasDefault())
            line += wb::Tr::tr(" = %1").arg(in.defaultAsString());
        if (in.optional)
            line += wb::Tr::tr(" (optional)");
        wb::cli::printLine(line);
    }
    wb::cli::printLine(wb::Tr::tr("Outputs:"));
    for (const auto &out : spec->outputs)
        wb::cli::printLine(QStringLiteral("  %1: %2").arg(out.name, typeText(out.type)));
    return wb::cli::Ok;
}

int runResolve(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(wb::Tr::tr(
        "Resolves a container component's command line with KFP v1 rules. Inputs not given take "
        "their default; optional inputs without a value are left out."));
    const QCommandLineOption json(QStringLiteral("json"), wb::Tr::tr("Print one JSON document."));
    const QCommandLineOption arg(QStringLiteral("arg"), wb::Tr::tr("An input value (repeatable)."), QStringLiteral("NAME=VALUE"));
    const QCommandLineOption file(QStringLiteral("file-arg"),
                                  wb::Tr::tr("An input passed as a file, without a value (repeatable)."), QStringLiteral("NAME"));
    parser.addOptions({json, arg, file});
    parser.addPositionalArgument(QStringLiteral("FILE"), wb::Tr::tr("component.yaml to read"));
    int exit = 0;
    if (!wb::cli::parseArguments(parser, QStringLiteral("component resolve"), args, 1, 1, &exit))
        return exit;
    wb::model::ResolveInput input;
    for (const QString &a : parser.values(arg)) {
        const qsizetype eq = a.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            wb::cli::printError(wb::Tr::tr("--arg expects NAME=VALUE, got '%1'").arg(a));
            return wb::cli::Usage;
        }
        input.values.insert(a.left(eq), a.mid(eq + 1));
    }
    for (const QString &f : parser.values(file))
        input.present.insert(f);
    auto spec = wb::manifest::readComponentFile(parser.positionalArguments().first());
    if (!spec)
        return wb::cli::fail(spec.error());
    auto resolved = wb::model::resolveCommand(*spec, input);
    if (!resolved)
        return wb::cli::fail(resolved.error());
    auto pathsJson = [](const QMap<QString, QString> &m) {
        QJsonObject o;
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            o.insert(it.key(), it.value());
        return o;
    };
    if (parser.isSet(json)) {
        QJsonObject env;
        for (const auto &e : resolved->env)
            env.insert(e.first, e.second);
        wb::cli::printJson(QJsonObject{{"image", resolved->image},
                                       {"command", QJsonArray::fromStringList(resolved->command)},
                                       {"args", QJsonArray::fromStringList(resolved->args)},
                                       {"env", env},
                                       {"inputPaths", pathsJson(resolved->inputPaths)},
                                       {"outputPaths", pathsJson(resolved->outputPaths)}});
        return wb::cli::Ok;
    }
    wb::cli::printLine(wb::Tr::tr("Image: %1").arg(resolved->image));
    for (const QString &c : resolved->command)
        wb::cli::printLine(QStringLiteral("command: %1").arg(c));
    for (const QString &c : resolved->args)
        wb::cli::printLine(QStringLiteral("arg: %1").arg(c));
    for (auto it = resolved->inputPaths.cbegin(); it != resolved->inputPaths.cend(); ++it)
        wb::cli::printLine(wb::Tr::tr("input %1 -> %2").arg(it.key(), it.value()));
    for (auto it = resolved->outputPaths.cbegin(); it != resolved->outputPaths.cend(); ++it)
        wb::cli::printLine(wb::Tr::tr("output %1 -> %2").arg(it.key(), it.value()));
    return wb::cli::Ok;
}

const wb::cli::Registration inspectReg{{QStringLiteral("component inspect"),
                                        QStringLiteral("Show a component file's inputs, outputs and implementation."),
                                        &runInspect}};
const wb::cli::Registration resolveReg{{QStringLiteral("component resolve"),
                                        QStringLiteral("Resolve a container component's command line (KFP v1 rules)."),
                                        &runResolve}};

} // namespace
