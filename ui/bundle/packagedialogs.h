// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/diagnostic.h"
#include "core/base/result.h"
#include "core/bundle/packageimporter.h"

#include <QList>
#include <QString>

class QWidget;

namespace wb::plugin {
class IPackageExporter;
class PluginManager;
} // namespace wb::plugin

namespace wb::ui {

/// One way to export a pipeline: a built-in Kubeflow format or an exporter plugin's.
struct ExportFormat
{
    QString id;      ///< "kfp-zip", "kfp-ir" or the plugin's id ("argo-workflow")
    QString name;    ///< translated ("Kubeflow Pipelines package", "Argo Workflow"...)
    QString suffix;  ///< without the dot: "mlwb.zip", "kfp.yaml", "argo.yaml"
    plugin::IPackageExporter *exporter = nullptr; ///< set for a plugin's format

    /// File dialog filter: "Argo Workflow (*.argo.yaml)".
    QString nameFilter() const;
};

struct ExportOutcome
{
    QString path;          ///< the file written
    Diagnostics warnings;  ///< what the user should know (compiler and exporter warnings)
};

// ---- No dialogs (testable) ----------------------------------------------------------------

/// The KFP package (ZIP: pipeline.yaml + mlwb sources), the KFP v2 IR YAML, then every loaded
/// exporter plugin of `plugins` (may be null) in load order.
QList<ExportFormat> exportFormats(const plugin::PluginManager *plugins);

/// `path` with the format's suffix appended unless it already ends in it (or in its last part,
/// e.g. ".zip" for "mlwb.zip").
QString withSuffix(const QString &path, const ExportFormat &format);

/// Exports the pipeline file as saved on disk to `outPath` in `format` (atomic write).
/// Synchronous: about 0.2 s for the example pipelines, so callers run it on the GUI thread.
Result<ExportOutcome> exportPipelineFile(const QString &pipelinePath, const ExportFormat &format,
                                         const QString &outPath);

/// A folder to import `packagePath` into: <parentDir>/<package name without suffixes>, with
/// "-2", "-3"... appended while that already exists.
QString suggestedImportFolder(const QString &packagePath, const QString &parentDir);

/// Imports an mlwb/KFP ZIP or a KFP v2 IR (.yaml/.yml/.json) into `targetDir`
/// (bundle::importPipelinePackage); the result names the pipeline file to open.
Result<bundle::ImportedPackage> importPackageInto(const QString &packagePath, const QString &targetDir);

/// One line per warning ("task: message"), for message boxes.
QString warningsText(const Diagnostics &warnings);

// ---- Dialog-driven (File -> Export / Import) ----------------------------------------------

/// Asks for the target file (the filter picks the format: KFP package, KFP IR, each exporter
/// plugin), exports `pipelinePath` as saved on disk - the caller saves first - and shows the
/// warnings (or the error) in a message box. Returns the file written, or "" (cancelled/failed).
QString exportPipelineWithDialogs(QWidget *parent, const QString &pipelinePath,
                                  const plugin::PluginManager *plugins);

/// Asks for a package (ZIP, YAML, JSON) and a folder to import it into (empty folder
/// suggested next to `startDir`), imports it and shows warnings or the error. Returns the
/// pipeline file to open, or "".
QString importPackageWithDialogs(QWidget *parent, const QString &startDir);

} // namespace wb::ui
