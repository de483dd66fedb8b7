// SPDX-License-Identifier: GPL-3.0-or-later
// Root DAG of the KFP v2 IR: tasks and their inputs, importers for datasets, pipeline
// parameters and outputs (see compileKfpIr).
#include "core/base/tr.h"
#include "core/bundle/kfpircompiler_p.h"
#include "core/bundle/kfpirtypes.h"
#include "core/manifest/yamltree.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace wb::bundle::detail {

using model::ArgumentValue;

static QString celString(const QString &s)
{
    QString e = s;
    e.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    e.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + e + QLatin1Char('\'');
}

/// CEL as the SDK writes it for dsl.If: int(...)/double(...) casts for numbers, quoted text.
QString IrCompiler::conditionCel(const TaskPlan &plan)
{
    const model::RunCondition &c = *plan.task->options.condition;
    const QString ref = QStringLiteral("inputs.parameter_values['%1']").arg(plan.channel);
    if (plan.channelType == QLatin1String("NUMBER_INTEGER") || plan.channelType == QLatin1String("NUMBER_DOUBLE")) {
        bool ok = false;
        const double d = c.value.trimmed().toDouble(&ok);
        if (ok) {
            if (plan.channelType == QLatin1String("NUMBER_INTEGER"))
                return QStringLiteral("int(%1) %2 %3").arg(ref, c.op, c.value.trimmed());
            QString lit = KfpIr::pythonText(QVariant(d));
            return QStringLiteral("double(%1) %2 %3").arg(ref, c.op, lit);
        }
        warn(plan.task->name, QStringLiteral("condition-type"),
             Tr::tr("The run condition of \"%1\" compares a number with \"%2\"; it is compared as text.")
                 .arg(plan.task->name, c.value));
    }
    if (plan.channelType == QLatin1String("BOOLEAN")) {
        const QString l = c.value.trimmed().toLower();
        if (l == QLatin1String("true") || l == QLatin1String("false"))
            return QStringLiteral("%1 %2 %3").arg(ref, c.op, l);
    }
    return QStringLiteral("%1 %2 %3").arg(ref, c.op, celString(c.value));
}

/// Dataset manifest -> importer task (one per manifest) fed by a root parameter with its URI.
QString IrCompiler::importerFor(const QString &manifestPath)
{
    if (const auto it = m_importerTasks.constFind(manifestPath); it != m_importerTasks.cend())
        return *it;
    QString stem = QFileInfo(manifestPath).fileName();
    for (const char *suffix : {".dataset.yaml", ".dataset.yml", ".yaml", ".yml"})
        if (stem.endsWith(QLatin1String(suffix))) {
            stem.chop(qsizetype(qstrlen(suffix)));
            break;
        }
    const QString base = KfpIr::sanitizeName(stem).isEmpty() ? QStringLiteral("dataset") : KfpIr::sanitizeName(stem);
    QString param = QStringLiteral("dataset_%1_uri").arg(QString(base).replace(QLatin1Char('-'), QLatin1Char('_')));
    auto paramTaken = [&](const QString &n) {
        if (m_datasetParameters.contains(n))
            return true;
        for (const model::InputSpec &p : m_snapshot.info.parameters)
            if (p.name == n)
                return true;
        return false;
    };
    for (int n = 2; paramTaken(param); ++n)
        param = QStringLiteral("dataset_%1_%2_uri").arg(QString(base).replace(QLatin1Char('-'), QLatin1Char('_'))).arg(n);

    // The default URI: the manifest's `path` (a URI, or a path relative to the manifest).
    QString uri = manifestPath;
    bool remote = false;
    const QString file = m_options.datasetFiles.contains(manifestPath) ? m_options.datasetFiles.value(manifestPath)
                         : m_options.pipelineDir.isEmpty()            ? QString()
                                                                      : QDir(m_options.pipelineDir).filePath(manifestPath);
    QFile f(file);
    if (!file.isEmpty() && f.size() < (qint64(1) << 20) && f.open(QIODevice::ReadOnly)) {
        Result<manifest::YamlNode> doc = manifest::parseYaml(f.readAll(), file);
        const manifest::YamlNode *path = doc ? doc->find(QStringLiteral("path")) : nullptr;
        if (path && path->isScalar()) {
            remote = path->text.contains(QLatin1String("://"));
            uri = remote ? path->text
                         : QDir::cleanPath(QFileInfo(manifestPath).path() + QLatin1Char('/') + path->text);
        }
    }
    if (!remote)
        warn(QString(), QStringLiteral("dataset-uri"),
             Tr::tr("Dataset %1 is a local file; set the pipeline parameter %2 to its URI (gs://, s3://, minio://...) when you start a run on Kubeflow.")
                 .arg(manifestPath, param));
    m_datasetParameters.insert(param, QVariantMap{{QStringLiteral("parameterType"), QStringLiteral("STRING")},
                                                  {QStringLiteral("defaultValue"), uri},
                                                  {QStringLiteral("isOptional"), true},
                                                  {QStringLiteral("description"),
                                                   Tr::tr("URI of the data of dataset manifest %1").arg(manifestPath)}});

    const QVariantMap dataset = KfpIr::artifactType(QStringLiteral("system.Dataset"));
    const QVariantMap component{
        {QStringLiteral("inputDefinitions"),
         QVariantMap{{QStringLiteral("parameters"),
                      QVariantMap{{QStringLiteral("uri"), QVariantMap{{QStringLiteral("parameterType"), QStringLiteral("STRING")}}}}}}},
        {QStringLiteral("outputDefinitions"),
         QVariantMap{{QStringLiteral("artifacts"),
                      QVariantMap{{QStringLiteral("artifact"), QVariantMap{{QStringLiteral("artifactType"), dataset}}}}}}}};
    const QVariantMap executor{
        {QStringLiteral("importer"),
         QVariantMap{{QStringLiteral("artifactUri"), QVariantMap{{QStringLiteral("runtimeParameter"), QStringLiteral("uri")}}},
                     {QStringLiteral("typeSchema"), dataset}}}};
    const QString comp = addComponent(QStringLiteral("importer-") + base, component, executor);
    QString task = QStringLiteral("importer-") + base;
    for (int n = 2; m_taskNames.contains(task); ++n)
        task = QStringLiteral("importer-%1-%2").arg(base).arg(n);
    m_taskNames.insert(task);
    m_tasks.insert(task, QVariantMap{
        {QStringLiteral("taskInfo"), QVariantMap{{QStringLiteral("name"), task}}},
        {QStringLiteral("componentRef"), QVariantMap{{QStringLiteral("name"), comp}}},
        {QStringLiteral("cachingOptions"), QVariantMap{{QStringLiteral("enableCache"), true}}},
        {QStringLiteral("inputs"),
         QVariantMap{{QStringLiteral("parameters"),
                      QVariantMap{{QStringLiteral("uri"), QVariantMap{{QStringLiteral("componentInputParameter"), param}}}}}}}});
    m_importerTasks.insert(manifestPath, task);
    return task;
}

QVariantMap IrCompiler::buildTask(const TaskPlan &p)
{
    const model::Task &t = *p.task;
    const model::ComponentSpec &spec = *t.spec;
    QVariantMap params, artifacts;
    QSet<QString> deps;
    for (const model::InputSpec &in : spec.inputs) {
        const ArgumentValue *arg = t.argument(in.name);
        const bool artifact = p.inputs.value(in.name) == Io::Artifact;
        if (!arg) {
            if (!in.optional && !in.hasDefault())
                error(t.name, QStringLiteral("unbound-input"),
                      Tr::tr("Input \"%1\" of task \"%2\" has no value.").arg(in.name, t.name));
            continue;
        }
        switch (arg->kind) {
        case ArgumentValue::Kind::Constant: {
            if (artifact) {
                error(t.name, QStringLiteral("constant-to-file"),
                      Tr::tr("Task \"%1\" passes a constant to \"%2\", which the component reads as a file; KFP v2 passes files only between tasks (use a dataset or an upstream task).")
                          .arg(t.name, in.name));
                break;
            }
            const QString type = parameterType(in.type);
            std::optional<QVariant> v = KfpIr::typedParameterValue(arg->constant, type);
            if (!v) {
                warn(t.name, QStringLiteral("constant-type"),
                     Tr::tr("The value of \"%1\" of task \"%2\" is not a %3; it is passed as text.").arg(in.name, t.name, type));
                v = QVariant(KfpIr::pythonText(arg->constant));
            }
            params.insert(in.name, QVariantMap{{QStringLiteral("runtimeValue"), QVariantMap{{QStringLiteral("constant"), *v}}}});
            break;
        }
        case ArgumentValue::Kind::Parameter: {
            bool known = false;
            for (const model::InputSpec &pp : m_snapshot.info.parameters)
                known = known || pp.name == arg->parameter;
            if (!known)
                error(t.name, QStringLiteral("unknown-parameter"),
                      Tr::tr("Task \"%1\" uses the unknown pipeline parameter \"%2\".").arg(t.name, arg->parameter));
            else if (artifact)
                error(t.name, QStringLiteral("parameter-to-file"),
                      Tr::tr("Task \"%1\" passes pipeline parameter \"%2\" to \"%3\", which the component reads as a file; KFP v2 cannot do that.")
                          .arg(t.name, arg->parameter, in.name));
            else
                params.insert(in.name, QVariantMap{{QStringLiteral("componentInputParameter"), arg->parameter}});
            break;
        }
        case ArgumentValue::Kind::TaskOutput: {
            const int up = m_planIndex.value(arg->task, -1);
            if (up < 0 || !m_plans.at(up).outputs.contains(arg->output)) {
                if (m_taskNames.contains(arg->task) && up < 0)
                    break; // the producer already has an error
                error(t.name, QStringLiteral("unknown-output"),
                      Tr::tr("Task \"%1\" reads \"%2\" of \"%3\", which does not exist.").arg(t.name, arg->output, arg->task));
                break;
            }
            deps.insert(arg->task);
            const bool producerArtifact = m_plans.at(up).outputs.value(arg->output) == Io::Artifact;
            if (producerArtifact != artifact) {
                error(t.name, QStringLiteral("value-and-file"),
                      Tr::tr("Output \"%1\" of \"%2\" is read as a file by one task and as a value by \"%3\"; KFP v2 cannot pass one output both ways.")
                          .arg(arg->output, arg->task, t.name));
                break;
            }
            if (artifact)
                artifacts.insert(in.name, QVariantMap{{QStringLiteral("taskOutputArtifact"),
                                                       QVariantMap{{QStringLiteral("producerTask"), arg->task},
                                                                   {QStringLiteral("outputArtifactKey"), arg->output}}}});
            else
                params.insert(in.name, QVariantMap{{QStringLiteral("taskOutputParameter"),
                                                    QVariantMap{{QStringLiteral("producerTask"), arg->task},
                                                                {QStringLiteral("outputParameterKey"), arg->output}}}});
            break;
        }
        case ArgumentValue::Kind::Dataset: {
            const QString importer = importerFor(arg->manifest);
            if (artifact) {
                deps.insert(importer);
                artifacts.insert(in.name, QVariantMap{{QStringLiteral("taskOutputArtifact"),
                                                       QVariantMap{{QStringLiteral("producerTask"), importer},
                                                                   {QStringLiteral("outputArtifactKey"), QStringLiteral("artifact")}}}});
            } else {
                const QString param = m_tasks.value(importer).toMap().value(QStringLiteral("inputs")).toMap()
                                          .value(QStringLiteral("parameters")).toMap().value(QStringLiteral("uri")).toMap()
                                          .value(QStringLiteral("componentInputParameter")).toString();
                warn(t.name, QStringLiteral("dataset-as-value"),
                     Tr::tr("Task \"%1\" reads dataset %2 as a value; on Kubeflow it receives the data's URI.").arg(t.name, arg->manifest));
                params.insert(in.name, QVariantMap{{QStringLiteral("componentInputParameter"), param}});
            }
            break;
        }
        }
    }
    for (const auto &[input, arg] : t.arguments)
        if (!spec.input(input))
            warn(t.name, QStringLiteral("unknown-input"),
                 Tr::tr("Task \"%1\" sets \"%2\", which its component does not have; it is left out.").arg(t.name, input));
    for (const QString &a : t.after) {
        if (m_planIndex.contains(a))
            deps.insert(a);
        else if (!m_taskNames.contains(a))
            error(t.name, QStringLiteral("unknown-task"), Tr::tr("Task \"%1\" runs after the unknown task \"%2\".").arg(t.name, a));
    }

    QVariantMap task{{QStringLiteral("taskInfo"), QVariantMap{{QStringLiteral("name"), t.name}}},
                     {QStringLiteral("componentRef"), QVariantMap{{QStringLiteral("name"), p.component}}},
                     {QStringLiteral("cachingOptions"),
                      t.options.cache ? QVariantMap{{QStringLiteral("enableCache"), true}} : QVariantMap{}}};
    if (const auto &c = t.options.condition) {
        if (!m_planIndex.contains(c->task)) {
            error(t.name, QStringLiteral("unknown-task"),
                  Tr::tr("The run condition of \"%1\" uses the unknown task \"%2\".").arg(t.name, c->task));
        } else {
            deps.insert(c->task);
            params.insert(p.channel, QVariantMap{{QStringLiteral("taskOutputParameter"),
                                                  QVariantMap{{QStringLiteral("producerTask"), c->task},
                                                              {QStringLiteral("outputParameterKey"), c->output}}}});
            task.insert(QStringLiteral("triggerPolicy"), QVariantMap{{QStringLiteral("condition"), conditionCel(p)}});
        }
    }
    if (t.extraIsEnabled.isValid())
        warn(t.name, QStringLiteral("condition-dropped"),
             Tr::tr("The run condition of \"%1\" has no KFP v2 form and is left out.").arg(t.name));
    if (t.options.retries > 0) {
        QVariantMap retry{{QStringLiteral("maxRetryCount"), t.options.retries}};
        if (t.options.retryBackoffSeconds > 0)
            retry.insert(QStringLiteral("backoffDuration"), QStringLiteral("%1s").arg(t.options.retryBackoffSeconds));
        task.insert(QStringLiteral("retryPolicy"), retry);
    }
    if (t.options.timeoutSeconds > 0)
        warn(t.name, QStringLiteral("timeout-dropped"),
             Tr::tr("The timeout of \"%1\" has no KFP v2 form and is left out.").arg(t.name));
    QVariantMap inputs;
    if (!params.isEmpty())
        inputs.insert(QStringLiteral("parameters"), params);
    if (!artifacts.isEmpty())
        inputs.insert(QStringLiteral("artifacts"), artifacts);
    if (!inputs.isEmpty())
        task.insert(QStringLiteral("inputs"), inputs);
    QStringList sorted(deps.cbegin(), deps.cend());
    sorted.sort();
    if (!sorted.isEmpty())
        task.insert(QStringLiteral("dependentTasks"), QVariant(QVariantList(sorted.cbegin(), sorted.cend())));
    return task;
}

QVariantMap IrCompiler::rootInputDefinitions() const
{
    QVariantMap params = m_datasetParameters;
    for (const model::InputSpec &in : m_snapshot.info.parameters) {
        const QString type = parameterType(in.type);
        QVariantMap d{{QStringLiteral("parameterType"), type}};
        if (in.optional || in.hasDefault())
            d.insert(QStringLiteral("isOptional"), true);
        if (!in.description.isEmpty())
            d.insert(QStringLiteral("description"), in.description);
        if (in.hasDefault()) {
            const std::optional<QVariant> v = KfpIr::typedParameterValue(in.defaultValue, type);
            d.insert(QStringLiteral("defaultValue"), v ? *v : QVariant(KfpIr::pythonText(in.defaultValue)));
        }
        params.insert(in.name, d);
    }
    return params.isEmpty() ? QVariantMap{} : QVariantMap{{QStringLiteral("parameters"), params}};
}

void IrCompiler::buildOutputs(QVariantMap &root, QVariantMap &dag)
{
    QVariantMap defParams, defArtifacts, outParams, outArtifacts;
    for (const model::PipelineOutput &o : m_snapshot.info.outputs) {
        const int up = m_planIndex.value(o.task, -1);
        if (o.task.isEmpty() || up < 0 || !m_plans.at(up).outputs.contains(o.output)) {
            warn(QString(), QStringLiteral("unbound-output"),
                 Tr::tr("Pipeline output \"%1\" is not connected to a task output; it is left out.").arg(o.spec.name));
            continue;
        }
        if (m_plans.at(up).outputs.value(o.output) == Io::Artifact) {
            const model::OutputSpec *src = m_plans.at(up).task->spec->output(o.output);
            defArtifacts.insert(o.spec.name, QVariantMap{{QStringLiteral("artifactType"),
                                                          KfpIr::artifactType(KfpIr::artifactSchemaTitle(src->type))}});
            outArtifacts.insert(o.spec.name, QVariantMap{{QStringLiteral("artifactSelectors"),
                                                          QVariantList{QVariantMap{{QStringLiteral("outputArtifactKey"), o.output},
                                                                                   {QStringLiteral("producerSubtask"), o.task}}}}});
        } else {
            const model::OutputSpec *src = m_plans.at(up).task->spec->output(o.output);
            defParams.insert(o.spec.name, QVariantMap{{QStringLiteral("parameterType"), parameterType(src->type)}});
            outParams.insert(o.spec.name, QVariantMap{{QStringLiteral("valueFromParameter"),
                                                       QVariantMap{{QStringLiteral("outputParameterKey"), o.output},
                                                                   {QStringLiteral("producerSubtask"), o.task}}}});
        }
    }
    QVariantMap defs, outs;
    if (!defParams.isEmpty()) {
        defs.insert(QStringLiteral("parameters"), defParams);
        outs.insert(QStringLiteral("parameters"), outParams);
    }
    if (!defArtifacts.isEmpty()) {
        defs.insert(QStringLiteral("artifacts"), defArtifacts);
        outs.insert(QStringLiteral("artifacts"), outArtifacts);
    }
    if (!defs.isEmpty()) {
        root.insert(QStringLiteral("outputDefinitions"), defs);
        dag.insert(QStringLiteral("outputs"), outs);
    }
}

} // namespace wb::bundle::detail
