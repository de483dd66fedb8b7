// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QByteArray>
#include <QString>
#include <QVariantMap>
#include <QtPlugin>

namespace wb::plugin {

/// Turns a compiled pipeline into another orchestrator's format (Argo Workflow, ...). Works on
/// the KFP v2 IR as plain data (the YAML of pipeline.yaml parsed into maps, lists and scalars)
/// so exporters need nothing from the pipeline model.
class IPackageExporter
{
public:
    virtual ~IPackageExporter() = default;

    virtual QString id() const = 0;          ///< stable, e.g. "argo-workflow"
    virtual QString name() const = 0;        ///< translated display name for menus
    virtual QString fileSuffix() const = 0;  ///< without dot, e.g. "argo.yaml"
    virtual Result<QByteArray> exportPipeline(const QVariantMap &pipelineIr) = 0;
};

} // namespace wb::plugin

#define MLWB_IPACKAGEEXPORTER_IID "io.mlwb.IPackageExporter/1"
Q_DECLARE_INTERFACE(wb::plugin::IPackageExporter, MLWB_IPACKAGEEXPORTER_IID)
