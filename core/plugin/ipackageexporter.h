// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/diagnostic.h"
#include "core/base/result.h"

#include <QByteArray>
#include <QString>
#include <QVariantMap>
#include <QtPlugin>

namespace wb::plugin {

/// What an exporter produced: the file's bytes and what the user must know or do before the
/// file works (e.g. "upload data/churn.csv to ..."), as warnings.
struct ExportedPipeline
{
    QByteArray data;
    Diagnostics warnings;
};

/// Turns a compiled pipeline into another orchestrator's format (Argo Workflow, ...). Works on
/// the KFP v2 IR as plain data (the YAML of pipeline.yaml parsed into maps, lists and scalars)
/// so exporters need nothing from the pipeline model.
/// Version 2: exportPipeline returns warnings alongside the bytes (version 1 returned bytes only).
class IPackageExporter
{
public:
    virtual ~IPackageExporter() = default;

    virtual QString id() const = 0;          ///< stable, e.g. "argo-workflow"
    virtual QString name() const = 0;        ///< translated display name for menus
    virtual QString fileSuffix() const = 0;  ///< without dot, e.g. "argo.yaml"
    virtual Result<ExportedPipeline> exportPipeline(const QVariantMap &pipelineIr) = 0;
};

} // namespace wb::plugin

#define MLWB_IPACKAGEEXPORTER_IID "io.mlwb.IPackageExporter/2"
Q_DECLARE_INTERFACE(wb::plugin::IPackageExporter, MLWB_IPACKAGEEXPORTER_IID)
