// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bundle/packagedialogs.h"

#include "core/base/fileio.h"
#include "core/base/tr.h"
#include "core/bundle/kfpircompiler.h"
#include "core/bundle/packageexporter.h"
#include "core/plugin/ipackageexporter.h"
#include "core/plugin/pluginexport.h"
#include "core/plugin/pluginmanager.h"
#include "ui/bundle/backgroundtask.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace wb::ui {

namespace {

void showOutcome(QWidget *parent, const QString &title, const QString &done, const Diagnostics &warnings)
{
    Diagnostics shown;
    for (const Diagnostic &d : warnings)
        if (d.severity != Diagnostic::Severity::Info)
            shown.append(d);
    if (shown.isEmpty()) {
        QMessageBox::information(parent, title, done);
        return;
    }
    QMessageBox box(QMessageBox::Warning, title, done, QMessageBox::Ok, parent);
    box.setInformativeText(Tr::tr("Please note:") + QLatin1Char('\n') + warningsText(shown));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

} // namespace

QString ExportFormat::nameFilter() const
{
    return QStringLiteral("%1 (*.%2)").arg(name, suffix);
}

QList<ExportFormat> exportFormats(const plugin::PluginManager *plugins)
{
    QList<ExportFormat> formats{
        {QStringLiteral("kfp-zip"), Tr::tr("Kubeflow Pipelines package"), QStringLiteral("mlwb.zip"), nullptr},
        {QStringLiteral("kfp-ir"), Tr::tr("Kubeflow Pipelines v2 IR"), QStringLiteral("kfp.yaml"), nullptr}};
    if (plugins)
        for (plugin::IPackageExporter *e : plugins->objects<plugin::IPackageExporter>())
            formats.append({e->id(), e->name(), e->fileSuffix(), e});
    return formats;
}

QString withSuffix(const QString &path, const ExportFormat &format)
{
    const QString lower = path.toLower();
    const QString full = QLatin1Char('.') + format.suffix.toLower();
    const QString last = QLatin1Char('.') + format.suffix.section(QLatin1Char('.'), -1).toLower();
    if (lower.endsWith(full) || lower.endsWith(last))
        return path;
    return path + QLatin1Char('.') + format.suffix;
}

Result<ExportOutcome> exportPipelineFile(const QString &pipelinePath, const ExportFormat &format,
                                         const QString &outPath)
{
    ExportOutcome out;
    out.path = outPath;
    if (format.exporter) {
        Result<plugin::ExportedPipeline> exported = plugin::exportPipelineWith(*format.exporter, pipelinePath);
        if (!exported)
            return exported.error();
        WB_TRY(writeFileAtomically(outPath, exported->data));
        out.warnings = exported->warnings;
        return out;
    }
    if (format.id == QLatin1String("kfp-ir")) {
        Result<bundle::PipelinePackage> compiled = bundle::compilePipelineFile(pipelinePath);
        if (!compiled)
            return compiled.error();
        WB_TRY(writeFileAtomically(outPath, bundle::kfpIrToYaml(compiled->ir)));
        out.warnings = compiled->diagnostics;
        return out;
    }
    if (format.id == QLatin1String("kfp-zip")) {
        Result<bundle::PipelinePackage> package = bundle::exportPipelinePackage(pipelinePath, outPath);
        if (!package)
            return package.error();
        out.warnings = package->diagnostics;
        return out;
    }
    return makeError(QStringLiteral("export-format"), Tr::tr("Unknown export format \"%1\".").arg(format.id));
}

QString suggestedImportFolder(const QString &packagePath, const QString &parentDir)
{
    QString base = QFileInfo(packagePath).fileName();
    for (const char *suffix : {".mlwb.zip", ".zip", ".kfp.yaml", ".yaml", ".yml", ".json"})
        if (base.endsWith(QLatin1String(suffix), Qt::CaseInsensitive)) {
            base.chop(qsizetype(qstrlen(suffix)));
            break;
        }
    if (base.isEmpty())
        base = QStringLiteral("imported");
    const QDir parent(parentDir);
    QString candidate = parent.filePath(base);
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = parent.filePath(QStringLiteral("%1-%2").arg(base).arg(n));
    return QDir::cleanPath(candidate);
}

Result<bundle::ImportedPackage> importPackageInto(const QString &packagePath, const QString &targetDir)
{
    return bundle::importPipelinePackage(packagePath, targetDir);
}

QString warningsText(const Diagnostics &warnings)
{
    QStringList lines;
    for (const Diagnostic &d : warnings)
        lines << QStringLiteral("• ") + (d.task.isEmpty() ? d.message : d.task + QStringLiteral(": ") + d.message);
    return lines.join(QLatin1Char('\n'));
}

QString exportPipelineWithDialogs(QWidget *parent, const QString &pipelinePath, const plugin::PluginManager *plugins)
{
    const QString title = Tr::tr("Export Pipeline");
    if (pipelinePath.isEmpty() || !QFileInfo(pipelinePath).isFile()) {
        QMessageBox::warning(parent, title, Tr::tr("Save the pipeline before exporting it."));
        return {};
    }
    const QList<ExportFormat> formats = exportFormats(plugins);
    QStringList filters;
    for (const ExportFormat &f : formats)
        filters << f.nameFilter();
    QString base = QFileInfo(pipelinePath).fileName();
    for (const char *suffix : {".pipeline.yaml", ".pipeline.yml", ".yaml", ".yml"})
        if (base.endsWith(QLatin1String(suffix))) {
            base.chop(qsizetype(qstrlen(suffix)));
            break;
        }
    const QString dir = QFileInfo(pipelinePath).absolutePath();
    QString filter = filters.first();
    QString path = QFileDialog::getSaveFileName(parent, title, QDir(dir).filePath(base + QLatin1Char('.') + formats.first().suffix),
                                                filters.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return {};
    const ExportFormat format = formats.value(filters.indexOf(filter), formats.first());
    path = withSuffix(path, format);
    // Off the GUI thread: reading components and writing a ZIP waits on the disk.
    const std::optional<Result<ExportOutcome>> done = runInBackground<Result<ExportOutcome>>(
        parent, Tr::tr("Exporting %1…").arg(QFileInfo(path).fileName()),
        [pipelinePath, format, path] { return exportPipelineFile(pipelinePath, format, path); },
        [path](const Result<ExportOutcome> &r) {
            if (r.ok())
                QFile::remove(path); // cancelled: leave nothing behind
        });
    if (!done)
        return {};
    const Result<ExportOutcome> &out = *done;
    if (!out) {
        QMessageBox::critical(parent, title, Tr::tr("Cannot export the pipeline as %1: %2").arg(format.name, out.error().text()));
        return {};
    }
    showOutcome(parent, title, Tr::tr("Exported %1.").arg(QDir::toNativeSeparators(path)), out->warnings);
    return path;
}

QString importPackageWithDialogs(QWidget *parent, const QString &startDir)
{
    const QString title = Tr::tr("Import Pipeline");
    const QString package = QFileDialog::getOpenFileName(
        parent, title, startDir,
        Tr::tr("Pipeline packages (*.zip *.yaml *.yml *.json)") + QStringLiteral(";;") + Tr::tr("All files (*)"));
    if (package.isEmpty())
        return {};
    const QString folder = QFileDialog::getExistingDirectory(parent, Tr::tr("Import Into Folder"),
                                                             startDir.isEmpty() ? QFileInfo(package).absolutePath() : startDir);
    if (folder.isEmpty())
        return {};
    // Never mix the import with existing files: a non-empty folder gets a new subfolder.
    const bool empty = QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    const QString target = empty ? folder : suggestedImportFolder(package, folder);
    const bool targetExisted = QFileInfo::exists(target);
    const std::optional<Result<bundle::ImportedPackage>> done = runInBackground<Result<bundle::ImportedPackage>>(
        parent, Tr::tr("Importing %1…").arg(QFileInfo(package).fileName()),
        [package, target] { return importPackageInto(package, target); },
        [target, targetExisted](const Result<bundle::ImportedPackage> &r) {
            // Cancelled: what it wrote goes again (an existing target folder was empty).
            if (r.ok()) {
                QDir(target).removeRecursively();
                if (targetExisted)
                    QDir().mkpath(target);
            }
        });
    if (!done)
        return {};
    const Result<bundle::ImportedPackage> &imported = *done;
    if (!imported) {
        QMessageBox::critical(parent, title, Tr::tr("Cannot import %1: %2").arg(QDir::toNativeSeparators(package), imported.error().text()));
        return {};
    }
    if (!imported->diagnostics.isEmpty())
        showOutcome(parent, title, Tr::tr("Imported %1.").arg(QDir::toNativeSeparators(imported->pipelinePath)), imported->diagnostics);
    return imported->pipelinePath;
}

} // namespace wb::ui
