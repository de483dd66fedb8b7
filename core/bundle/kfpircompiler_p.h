// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internals of compileKfpIr, shared by kfpircompiler.cpp (components, executors) and
// kfpirdag.cpp (root DAG, importers, pipeline inputs/outputs).

#include "core/bundle/kfpircompiler.h"

#include <QHash>
#include <QSet>

namespace wb::bundle::detail {

enum class Io { Parameter, Artifact };

/// How a component's command uses its inputs and outputs.
struct Usage
{
    QSet<QString> valueInputs; ///< inputValue / isPresent-only does not count
    QSet<QString> fileInputs;  ///< inputPath / inputUri
    QSet<QString> uriOutputs;  ///< outputUri (must be an artifact)
};

struct TaskPlan
{
    const model::Task *task = nullptr;
    QHash<QString, Io> inputs;
    QHash<QString, Io> outputs;
    QString channel;      ///< condition input "pipelinechannel--<task>-<output>", or empty
    QString channelType;  ///< its parameterType
    QString component;    ///< comp-...
};

class IrCompiler
{
public:
    IrCompiler(const model::PipelineSnapshot &snapshot, const KfpIrOptions &options);
    Result<CompiledIr> run();

    // kfpircompiler.cpp
    void planTasks();
    void buildComponents();
    QString addComponent(const QString &baseName, const QVariantMap &component, const QVariantMap &executor);
    QString parameterType(const model::TypeSpec &type) const;

    // kfpirdag.cpp
    QVariantMap buildTask(const TaskPlan &plan);
    QVariantMap rootInputDefinitions() const;
    void buildOutputs(QVariantMap &root, QVariantMap &dag);
    QString importerFor(const QString &manifest);
    QString conditionCel(const TaskPlan &plan);

    void error(const QString &task, const QString &code, const QString &message);
    void warn(const QString &task, const QString &code, const QString &message);

    const model::PipelineSnapshot &m_snapshot;
    KfpIrOptions m_options;
    Diagnostics m_diagnostics;
    QList<TaskPlan> m_plans;
    QHash<QString, int> m_planIndex;  ///< task name -> index in m_plans
    QVariantMap m_components;
    QVariantMap m_executors;
    QVariantMap m_tasks;
    QHash<QByteArray, QString> m_componentBySignature;
    QSet<QString> m_componentNames;
    QVariantMap m_datasetParameters;          ///< extra root parameters (dataset URIs)
    QHash<QString, QString> m_importerTasks;  ///< manifest -> importer task name
    QSet<QString> m_taskNames;
};

Usage scanUsage(const model::ContainerSpec &container);

} // namespace wb::bundle::detail
