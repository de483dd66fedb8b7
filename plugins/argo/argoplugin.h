// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plugin/ipackageexporter.h"

#include <QObject>

namespace wb::argo {

/// Thin plugin shell: the conversion lives in argoconverter.cpp.
class ArgoPlugin : public QObject, public wb::plugin::IPackageExporter
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID MLWB_IPACKAGEEXPORTER_IID FILE "argo.json")
    Q_INTERFACES(wb::plugin::IPackageExporter)

public:
    QString id() const override;
    QString name() const override;
    QString fileSuffix() const override;
    Result<wb::plugin::ExportedPipeline> exportPipeline(const QVariantMap &pipelineIr) override;
};

} // namespace wb::argo
