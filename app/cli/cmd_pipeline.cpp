// SPDX-License-Identifier: GPL-3.0-or-later
// `mlwb-cli validate|layout PIPELINE`: thin wrappers over wb_manifest (pipelinefile),
// wb_model (validator, document) and wb_layout.
#include "cli.h"

#include "core/base/tr.h"
#include "core/layout/layoutgraph.h"
#include "core/manifest/pipelinefile.h"
#include "core/model/pipelinedocument.h"
#include "core/model/pipelinelayout.h"
#include "core/model/pipelinevalidator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace {

using wb::Diagnostic;
using wb::Diagnostics;
using wb::Tr;

/// Load diagnostics plus validation; a task whose component the loader already explained is
/// not reported a second time as unknown-component.
Diagnostics allDiagnostics(const Diagnostics &load, const wb::model::PipelineModel &model)
{
    Diagnostics out = load;
    QSet<QString> explained;
    for (const Diagnostic &d : load)
        if (!d.task.isEmpty() && d.severity == Diagnostic::Severity::Error)
            explained.insert(d.task);
    for (const Diagnostic &d : wb::model::validatePipeline(model))
        if (!(d.code == QLatin1String("unknown-component") && explained.contains(d.task)))
            out.append(d);
    return out;
}

QJsonArray diagnosticsJson(const Diagnostics &ds)
{
    QJsonArray arr;
    for (const Diagnostic &d : ds)
        arr.append(QJsonObject{{"severity", Diagnostic::severityName(d.severity)},
                               {"code", d.code},
                               {"task", d.task.isEmpty() ? QJsonValue() : QJsonValue(d.task)},
                               {"message", d.message}});
    return arr;
}

QString diagnosticLine(const Diagnostic &d)
{
    QString line = Diagnostic::severityName(d.severity) + QStringLiteral(" [") + d.code + QStringLiteral("] ");
    if (!d.task.isEmpty())
        line += d.task + QStringLiteral(": ");
    return line + d.message;
}

int runValidate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Check a pipeline file and list every problem."));
    parser.addPositionalArgument(QStringLiteral("PIPELINE"), Tr::tr("Pipeline file (KFP v1 graph component YAML)."));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print the diagnostics as a JSON array."));
    parser.addOption(json);
    int exit = 0;
    if (!wb::cli::parseArguments(parser, QStringLiteral("validate"), args, 1, 1, &exit))
        return exit;
    wb::model::PipelineDocument doc;
    auto loaded = wb::manifest::openPipeline(doc, parser.positionalArguments().first());
    if (!loaded)
        return wb::cli::fail(loaded.error());
    const Diagnostics ds = allDiagnostics(loaded.value(), doc.model());
    if (parser.isSet(json)) {
        wb::cli::printJson(QJsonDocument(diagnosticsJson(ds)));
    } else {
        for (const Diagnostic &d : ds)
            wb::cli::printLine(diagnosticLine(d));
        if (!wb::hasErrors(ds))
            wb::cli::printLine(QStringLiteral("valid"));
    }
    return wb::hasErrors(ds) ? wb::cli::InvalidInput : wb::cli::Ok;
}

int runLayout(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Arrange the tasks of a pipeline with Graphviz dot (left to right)."));
    parser.addPositionalArgument(QStringLiteral("PIPELINE"), Tr::tr("Pipeline file (KFP v1 graph component YAML)."));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print the positions as JSON."));
    const QCommandLineOption write(QStringLiteral("write"), Tr::tr("Store the new positions in the file."));
    parser.addOption(json);
    parser.addOption(write);
    int exit = 0;
    if (!wb::cli::parseArguments(parser, QStringLiteral("layout"), args, 1, 1, &exit))
        return exit;
    const QString path = parser.positionalArguments().first();
    wb::model::PipelineDocument doc;
    auto loaded = wb::manifest::openPipeline(doc, path);
    if (!loaded)
        return wb::cli::fail(loaded.error());
    // Structural problems make a layout meaningless; missing components do not.
    for (const Diagnostic &d : allDiagnostics(loaded.value(), doc.model())) {
        if (d.code == QLatin1String("cycle") || d.code == QLatin1String("recursive-component")
            || d.code == QLatin1String("recursion-too-deep")) {
            wb::cli::printError(Tr::tr("Cannot lay out %1: %2").arg(path, d.message));
            return wb::cli::InvalidInput;
        }
    }
    auto result = wb::layout::layoutWithGraphviz(wb::model::toLayoutGraph(doc.model()));
    if (!result)
        return wb::cli::fail(result.error());
    if (auto applied = doc.requestApplyLayout(result.value()); !applied)
        return wb::cli::fail(applied.error());
    if (parser.isSet(write) && doc.isDirty()) {
        if (auto saved = wb::manifest::savePipeline(doc); !saved)
            return wb::cli::fail(saved.error());
    }
    const wb::model::PipelineModel &m = doc.model();
    if (parser.isSet(json)) {
        QJsonObject positions;
        for (wb::model::NodeId id : m.taskIds()) {
            const auto &t = m.task(id);
            positions.insert(t.name, QJsonObject{{"x", t.position.x()}, {"y", t.position.y()}});
        }
        wb::cli::printJson(QJsonObject{{"positions", positions}});
    } else {
        for (wb::model::NodeId id : m.taskIds()) {
            const auto &t = m.task(id);
            wb::cli::printLine(QStringLiteral("%1\t%2\t%3").arg(t.name).arg(t.position.x()).arg(t.position.y()));
        }
        if (parser.isSet(write))
            wb::cli::printLine(Tr::tr("Wrote %1").arg(path));
    }
    return wb::cli::Ok;
}

const wb::cli::Registration validateReg{{QStringLiteral("validate"),
                                         Tr::tr("Check a pipeline file and list every problem."), &runValidate}};
const wb::cli::Registration layoutReg{{QStringLiteral("layout"),
                                       Tr::tr("Arrange a pipeline's tasks (print or --write positions)."), &runLayout}};

} // namespace
