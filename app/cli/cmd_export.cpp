// SPDX-License-Identifier: GPL-3.0-or-later
// `mlwb-cli export PIPELINE --zip|--ir|--argo OUT` and `mlwb-cli import PACKAGE --into DIR`:
// thin wrappers over wb_bundle (packageexporter / packageimporter) and the exporter plugins.
#include "cli.h"

#include "core/base/fileio.h"
#include "core/base/tr.h"
#include "core/bundle/kfpircompiler.h"
#include "core/bundle/packageexporter.h"
#include "core/bundle/packageimporter.h"
#include "core/plugin/apppluginmanager.h"
#include "core/plugin/ipackageexporter.h"
#include "core/plugin/pluginexport.h"
#include "core/plugin/pluginmanager.h"

#include <QTextStream>

namespace {

using wb::Tr;

void printWarnings(const wb::Diagnostics &ds)
{
    QTextStream err(stderr);
    for (const wb::Diagnostic &d : ds) {
        if (d.severity == wb::Diagnostic::Severity::Info)
            continue;
        err << wb::Diagnostic::severityName(d.severity) << " [" << d.code << "] ";
        if (!d.task.isEmpty())
            err << d.task << ": ";
        err << d.message << '\n';
    }
}

int exportArgo(const QString &pipeline, const QString &out)
{
    wb::plugin::PluginManager *plugins = wb::plugin::appPluginManager();
    wb::plugin::IPackageExporter *argo = nullptr;
    for (wb::plugin::IPackageExporter *e : plugins->objects<wb::plugin::IPackageExporter>())
        if (e->id() == QLatin1String("argo-workflow"))
            argo = e;
    if (!argo) {
        wb::cli::printError(Tr::tr("The Argo exporter plugin is not available (searched: %1).%2")
                                .arg(plugins->searchPaths().join(QStringLiteral(", ")),
                                     plugins->report().isEmpty() ? QString() : QStringLiteral("\n") + plugins->report()));
        return wb::cli::InvalidInput;
    }
    wb::Result<wb::plugin::ExportedPipeline> workflow = wb::plugin::exportPipelineWith(*argo, pipeline);
    if (!workflow)
        return wb::cli::fail(workflow.error());
    printWarnings(workflow->warnings);
    if (wb::Result<void> w = wb::writeFileAtomically(out, workflow->data); !w)
        return wb::cli::fail(w.error());
    wb::cli::printLine(out);
    return wb::cli::Ok;
}

int runExport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Export a pipeline for Kubeflow Pipelines (ZIP package or v2 IR) or Argo Workflows."));
    parser.addPositionalArgument(QStringLiteral("PIPELINE"), Tr::tr("Pipeline file (KFP v1 graph component YAML)."));
    const QCommandLineOption zip(QStringLiteral("zip"), Tr::tr("Write a package: KFP pipeline.yaml plus the mlwb sources."), QStringLiteral("OUT.zip"));
    const QCommandLineOption ir(QStringLiteral("ir"), Tr::tr("Write only the compiled KFP v2 IR YAML."), QStringLiteral("OUT.yaml"));
    const QCommandLineOption argo(QStringLiteral("argo"), Tr::tr("Write an Argo Workflow (through the Argo exporter plugin)."), QStringLiteral("OUT.yaml"));
    parser.addOptions({zip, ir, argo});
    int exit = 0;
    if (!wb::cli::parseArguments(parser, QStringLiteral("export"), args, 1, 1, &exit))
        return exit;
    const int chosen = int(parser.isSet(zip)) + int(parser.isSet(ir)) + int(parser.isSet(argo));
    if (chosen != 1) {
        wb::cli::printError(Tr::tr("export: give exactly one of --zip, --ir, --argo"));
        return wb::cli::Usage;
    }
    const QString pipeline = parser.positionalArguments().first();
    if (parser.isSet(argo))
        return exportArgo(pipeline, parser.value(argo));
    if (parser.isSet(ir)) {
        wb::Result<wb::bundle::PipelinePackage> compiled = wb::bundle::compilePipelineFile(pipeline);
        if (!compiled)
            return wb::cli::fail(compiled.error());
        printWarnings(compiled->diagnostics);
        if (wb::Result<void> w = wb::writeFileAtomically(parser.value(ir), wb::bundle::kfpIrToYaml(compiled->ir)); !w)
            return wb::cli::fail(w.error());
        wb::cli::printLine(parser.value(ir));
        return wb::cli::Ok;
    }
    wb::Result<wb::bundle::PipelinePackage> package = wb::bundle::exportPipelinePackage(pipeline, parser.value(zip));
    if (!package)
        return wb::cli::fail(package.error());
    printWarnings(package->diagnostics);
    wb::cli::printLine(parser.value(zip));
    return wb::cli::Ok;
}

int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Import a pipeline package (mlwb ZIP, KFP ZIP or KFP v2 IR YAML) into a folder; prints the pipeline file."));
    parser.addPositionalArgument(QStringLiteral("PACKAGE"), Tr::tr("Package: .zip, .yaml, .yml or .json."));
    const QCommandLineOption into(QStringLiteral("into"), Tr::tr("Folder to write the pipeline into (created if needed)."), QStringLiteral("DIR"));
    parser.addOption(into);
    int exit = 0;
    if (!wb::cli::parseArguments(parser, QStringLiteral("import"), args, 1, 1, &exit))
        return exit;
    if (!parser.isSet(into)) {
        wb::cli::printError(Tr::tr("import: --into DIR is required"));
        return wb::cli::Usage;
    }
    wb::Result<wb::bundle::ImportedPackage> imported =
        wb::bundle::importPipelinePackage(parser.positionalArguments().first(), parser.value(into));
    if (!imported)
        return wb::cli::fail(imported.error());
    printWarnings(imported->diagnostics);
    wb::cli::printLine(imported->pipelinePath);
    return wb::hasErrors(imported->diagnostics) ? wb::cli::InvalidInput : wb::cli::Ok;
}

const wb::cli::Registration exportReg{{QStringLiteral("export"),
                                       QStringLiteral("Export a pipeline as a KFP package (--zip), KFP v2 IR (--ir) or Argo Workflow (--argo)."),
                                       &runExport}};
const wb::cli::Registration importReg{{QStringLiteral("import"),
                                       QStringLiteral("Import an mlwb/KFP pipeline package or KFP v2 IR YAML into a folder."),
                                       &runImport}};

} // namespace
