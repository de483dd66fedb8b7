// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exec/runsetup.h"

#include "core/manifest/pipelinefile.h"
#include "core/model/pipelinetypes.h"
#include "core/store/metadatastore.h"

#include <QDir>
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

QStringList runDependencyFiles(const model::PipelineSnapshot &pipeline, const ExecutionPlan &plan)
{
    QStringList files;
    if (!plan.pipelineFile.isEmpty())
        files << QFileInfo(plan.pipelineFile).absoluteFilePath();
    const QDir base(plan.baseDir);
    for (const model::Task &t : pipeline.tasks) {
        const QString url = t.ref.url;
        if (t.ref.specInline || url.isEmpty() || url.contains(QLatin1String("://")))
            continue; // inline in the pipeline file, or remote
        files << QDir::cleanPath(base.absoluteFilePath(url));
    }
    for (const PlanStep &step : plan.steps)
        for (const PlanInput &in : step.inputs)
            if (in.kind == PlanInput::Kind::DatasetFile && !in.manifestPath.isEmpty())
                files << QDir::cleanPath(in.manifestPath);
    files.removeDuplicates();
    files.sort();
    return files;
}

Result<std::unique_ptr<store::MetadataStore>> openWorkspaceStore(const QString &workspace)
{
    auto store = std::make_unique<store::MetadataStore>();
    if (auto opened = store->open(store::MetadataStore::defaultPath(workspace)); !opened.ok())
        return opened.error();
    return store;
}

} // namespace wb::exec
