// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exec/runsetup.h"

#include "core/manifest/pipelinefile.h"
#include "core/model/pipelinetypes.h"
#include "core/store/metadatastore.h"

#include <QFileInfo>

namespace wb::exec {

Result<ExecutionPlanPtr> compileRunPlan(const model::PipelineSnapshot &pipeline, const QString &pipelineFile,
                                        const QMap<QString, QString> &parameters)
{
    PlanOptions options;
    options.pipelineFile = QFileInfo(pipelineFile).absoluteFilePath();
    options.baseDir = QFileInfo(pipelineFile).absolutePath();
    options.parameters = parameters;
    auto plan = PlanCompiler::compile(pipeline, options);
    if (!plan.ok())
        return plan.error();
    return std::make_shared<const ExecutionPlan>(std::move(*plan));
}

Result<ExecutionPlanPtr> compileRunPlan(const QString &pipelineFile, const QMap<QString, QString> &parameters)
{
    auto loaded = manifest::readPipelineFile(pipelineFile);
    if (!loaded.ok())
        return loaded.error();
    return compileRunPlan(loaded->snapshot, pipelineFile, parameters);
}

Result<std::unique_ptr<store::MetadataStore>> openWorkspaceStore(const QString &workspace)
{
    auto store = std::make_unique<store::MetadataStore>();
    if (auto opened = store->open(store::MetadataStore::defaultPath(workspace)); !opened.ok())
        return opened.error();
    return store;
}

} // namespace wb::exec
