// SPDX-License-Identifier: GPL-3.0-or-later
#include "argoplugin.h"

#include "argoconverter.h"
#include "yamlvariant.h"

namespace wb::argo {

QString ArgoPlugin::id() const
{
    return QStringLiteral("argo-workflow");
}

QString ArgoPlugin::name() const
{
    return tr("Argo Workflow");
}

QString ArgoPlugin::fileSuffix() const
{
    return QStringLiteral("argo.yaml");
}

Result<wb::plugin::ExportedPipeline> ArgoPlugin::exportPipeline(const QVariantMap &pipelineIr)
{
    wb::plugin::ExportedPipeline out;
    Result<QVariantMap> workflow = irToWorkflow(pipelineIr, &out.warnings);
    if (!workflow)
        return workflow.error();
    out.data = QByteArray("# Argo Workflow exported by mlwb from a KFP v2 pipeline\n") + emitYaml(workflow.value());
    return out;
}

} // namespace wb::argo
