// SPDX-License-Identifier: GPL-3.0-or-later
// DAG templates: tasks, their arguments and dependencies, `when` conditions, and importer
// tasks (datasets) turned into artifact locations.
#include "argoconverter_p.h"
#include "argodatasets.h"

#include "core/base/tr.h"

#include <QRegularExpression>

namespace wb::argo::detail {

// KFP writes trigger conditions in CEL over the task's own inputs, e.g.
// inputs.parameter_values['pipelinechannel--flip-coin-Output'] == 'heads'. Simple comparisons
// (joined by && or ||) map to Argo's govaluate `when`.
static Result<QString> translateCondition(const QString &task, const QString &cel,
                                          const QHash<QString, QString> &argumentValues)
{
    static const QRegularExpression comparison(QStringLiteral(
        "^\\s*(?:(int|double)\\()?inputs\\.parameter_values\\['([^']+)'\\]\\)?\\s*(==|!=|<=|>=|<|>)\\s*"
        "('(?:[^'\\\\]|\\\\.)*'|\"[^\"]*\"|-?[0-9.]+|true|false)\\s*$"));
    QStringList out;
    const QStringList parts = cel.split(QRegularExpression(QStringLiteral("(&&|\\|\\|)")));
    const QRegularExpression ops(QStringLiteral("&&|\\|\\|"));
    auto opIt = ops.globalMatch(cel);
    for (const QString &part : parts) {
        const QRegularExpressionMatch m = comparison.match(part);
        if (!m.hasMatch() || !argumentValues.contains(m.captured(2)))
            return unsupported(task, Tr::tr("the condition \"%1\"").arg(cel.simplified()));
        const QString value = argumentValues.value(m.captured(2));
        QString literal = m.captured(4);
        const bool isString = literal.startsWith(QLatin1Char('\'')) || literal.startsWith(QLatin1Char('"'));
        if (literal.startsWith(QLatin1Char('"')))
            literal = QLatin1Char('\'') + literal.mid(1, literal.size() - 2) + QLatin1Char('\'');
        const QString lhs = isString || literal == QLatin1String("true") || literal == QLatin1String("false")
                                ? QLatin1Char('\'') + value + QLatin1Char('\'')
                                : value;
        if (literal == QLatin1String("true") || literal == QLatin1String("false"))
            literal = QLatin1Char('\'') + literal + QLatin1Char('\'');
        out << QStringLiteral("%1 %2 %3").arg(lhs, m.captured(3), literal);
        if (opIt.hasNext())
            out << opIt.next().captured();
    }
    return out.join(QLatin1Char(' '));
}

QVariantMap Converter::importerSpec(const QVariantMap &task) const
{
    const QString comp = sub(task, "componentRef").value(QStringLiteral("name")).toString();
    const QString label = m_components.value(comp).toMap().value(QStringLiteral("executorLabel")).toString();
    const QVariantMap executor = m_executors.value(label).toMap();
    if (!executor.contains(QStringLiteral("importer")))
        return {};
    QVariantMap importer = sub(executor, "importer");
    importer.insert(QStringLiteral("mlwb-is-importer"), true); // non-empty even for `importer: {}`
    return importer;
}

// Importers need no pod in Argo: the artifact's location is the import.
Result<Converter::ImporterArguments> Converter::importers(const QVariantMap &tasks, bool root, QVariantList *rootInputs)
{
    ImporterArguments out;
    QSet<QString> names;
    for (auto it = tasks.constBegin(); it != tasks.constEnd(); ++it) {
        const QVariantMap importer = importerSpec(it.value().toMap());
        if (importer.isEmpty())
            continue;
        QString name = dnsName(it.key());
        for (int i = 2; names.contains(name); ++i)
            name = dnsName(it.key()).left(58) + QLatin1Char('-') + QString::number(i);
        names.insert(name);
        Result<QString> uri = importerUri(it.key(), it.value().toMap(), importer, root ? &m_rootParameters : nullptr, nullptr);
        if (!uri)
            return uri.error();
        Result<QVariantMap> location = importerLocation(uri.value(), m_keyPrefix, name, m_warnings);
        if (!location)
            return location.error();
        if (root) {
            QVariantMap artifact = location.value();
            artifact.insert(QStringLiteral("name"), name);
            m_workflowArtifacts.append(artifact);
            rootInputs->append(QVariantMap{{QStringLiteral("name"), name}});
            out.insert(it.key(), QVariantMap{{QStringLiteral("from"), QStringLiteral("{{inputs.artifacts.%1}}").arg(name)}});
        } else {
            out.insert(it.key(), location.value());
        }
    }
    return out;
}

QSet<QString> Converter::importerOnlyParameters(const QVariantMap &rootTasks) const
{
    QSet<QString> byImporters, byOthers;
    for (const QVariant &t : rootTasks) {
        const QVariantMap task = t.toMap();
        QSet<QString> &uses = importerSpec(task).isEmpty() ? byOthers : byImporters;
        for (const QVariant &src : sub(sub(task, "inputs"), "parameters"))
            if (src.toMap().contains(QStringLiteral("componentInputParameter")))
                uses.insert(src.toMap().value(QStringLiteral("componentInputParameter")).toString());
    }
    return byImporters - byOthers;
}

Result<QVariantMap> Converter::dagTemplate(const QString &where, const QVariantMap &spec, const QString &name, bool root)
{
    const QVariantMap dag = sub(spec, "dag");
    const QVariantMap tasks = sub(dag, "tasks");
    QVariantList importerInputs;
    Result<ImporterArguments> imported = importers(tasks, root, &importerInputs);
    if (!imported)
        return imported.error();
    const ImporterArguments &importerArgs = imported.value();
    if (tasks.size() == importerArgs.size())
        return makeError(QStringLiteral("argo-invalid-ir"), Tr::tr("\"%1\" has no tasks.").arg(where));
    QHash<QString, QString> taskName; // KFP task -> Argo task name (unique in this DAG)
    QSet<QString> used;
    for (const QString &t : tasks.keys()) {
        if (importerArgs.contains(t))
            continue;
        QString n = dnsName(t);
        for (int i = 2; used.contains(n); ++i)
            n = dnsName(t).left(58) + QLatin1Char('-') + QString::number(i);
        used.insert(n);
        taskName.insert(t, n);
    }
    auto producer = [&](const QVariantMap &ref, QStringList &deps) -> Result<QString> {
        const QString p = ref.value(QStringLiteral("producerTask")).toString();
        if (!taskName.contains(p))
            return makeError(QStringLiteral("argo-invalid-ir"),
                             Tr::tr("\"%1\" refers to the unknown task \"%2\".").arg(where, p));
        deps << taskName.value(p);
        return taskName.value(p);
    };

    QVariantList argoTasks;
    for (auto it = tasks.constBegin(); it != tasks.constEnd(); ++it) {
        const QVariantMap task = it.value().toMap();
        const QString kfpName = it.key();
        if (importerArgs.contains(kfpName))
            continue;
        if (task.contains(QStringLiteral("parameterIterator")) || task.contains(QStringLiteral("artifactIterator")))
            return unsupported(kfpName, Tr::tr("a ParallelFor loop"));
        Result<QString> tmpl = templateFor(sub(task, "componentRef").value(QStringLiteral("name")).toString());
        if (!tmpl)
            return tmpl.error();
        QStringList deps;
        for (const QVariant &d : task.value(QStringLiteral("dependentTasks")).toList()) {
            if (importerArgs.contains(d.toString()))
                continue;
            if (!taskName.contains(d.toString()))
                return makeError(QStringLiteral("argo-invalid-ir"),
                                 Tr::tr("Task \"%1\" depends on the unknown task \"%2\".").arg(kfpName, d.toString()));
            deps << taskName.value(d.toString());
        }
        QVariantList params, artifacts;
        QHash<QString, QString> values;
        const QVariantMap inParams = sub(sub(task, "inputs"), "parameters");
        for (auto p = inParams.constBegin(); p != inParams.constEnd(); ++p) {
            const QVariantMap src = p.value().toMap();
            QString value;
            if (src.contains(QStringLiteral("parameterExpressionSelector")))
                return unsupported(kfpName, Tr::tr("a parameter expression selector"));
            if (src.contains(QStringLiteral("componentInputParameter"))) {
                value = QStringLiteral("{{inputs.parameters.%1}}").arg(src.value(QStringLiteral("componentInputParameter")).toString());
            } else if (src.contains(QStringLiteral("taskOutputParameter"))) {
                const QVariantMap ref = sub(src, "taskOutputParameter");
                Result<QString> from = producer(ref, deps);
                if (!from)
                    return from.error();
                value = QStringLiteral("{{tasks.%1.outputs.parameters.%2}}")
                            .arg(from.value(), ref.value(QStringLiteral("outputParameterKey")).toString());
            } else if (src.contains(QStringLiteral("runtimeValue"))) {
                value = scalarText(sub(src, "runtimeValue").value(QStringLiteral("constant")));
            } else if (src.contains(QStringLiteral("taskFinalStatus"))) {
                return unsupported(kfpName, Tr::tr("an exit handler (taskFinalStatus)"));
            } else {
                return unsupported(kfpName, Tr::tr("an input source of \"%1\" it does not know").arg(p.key()));
            }
            values.insert(p.key(), value);
            params.append(QVariantMap{{QStringLiteral("name"), p.key()}, {QStringLiteral("value"), value}});
        }
        const QVariantMap inArtifacts = sub(sub(task, "inputs"), "artifacts");
        for (auto a = inArtifacts.constBegin(); a != inArtifacts.constEnd(); ++a) {
            const QVariantMap src = a.value().toMap();
            const QString producerTask = sub(src, "taskOutputArtifact").value(QStringLiteral("producerTask")).toString();
            if (importerArgs.contains(producerTask)) {
                QVariantMap artifact = importerArgs.value(producerTask);
                artifact.insert(QStringLiteral("name"), a.key());
                artifacts.append(artifact);
                continue;
            }
            QString from;
            if (src.contains(QStringLiteral("taskOutputArtifact"))) {
                const QVariantMap ref = sub(src, "taskOutputArtifact");
                Result<QString> t = producer(ref, deps);
                if (!t)
                    return t.error();
                from = QStringLiteral("{{tasks.%1.outputs.artifacts.%2}}")
                           .arg(t.value(), ref.value(QStringLiteral("outputArtifactKey")).toString());
            } else if (src.contains(QStringLiteral("componentInputArtifact"))) {
                from = QStringLiteral("{{inputs.artifacts.%1}}").arg(src.value(QStringLiteral("componentInputArtifact")).toString());
            } else {
                return unsupported(kfpName, Tr::tr("an artifact source of \"%1\" it does not know").arg(a.key()));
            }
            artifacts.append(QVariantMap{{QStringLiteral("name"), a.key()}, {QStringLiteral("from"), from}});
        }

        QVariantMap t{{QStringLiteral("name"), taskName.value(kfpName)}, {QStringLiteral("template"), tmpl.value()}};
        deps.removeDuplicates();
        deps.sort();
        if (!deps.isEmpty())
            t.insert(QStringLiteral("dependencies"), deps);
        QVariantMap arguments;
        if (!params.isEmpty())
            arguments.insert(QStringLiteral("parameters"), params);
        if (!artifacts.isEmpty())
            arguments.insert(QStringLiteral("artifacts"), artifacts);
        if (!arguments.isEmpty())
            t.insert(QStringLiteral("arguments"), arguments);
        const QString condition = sub(task, "triggerPolicy").value(QStringLiteral("condition")).toString();
        if (!condition.isEmpty()) {
            Result<QString> when = translateCondition(kfpName, condition, values);
            if (!when)
                return when.error();
            t.insert(QStringLiteral("when"), when.value());
        }
        const QVariantMap retry = sub(task, "retryPolicy");
        if (retry.contains(QStringLiteral("maxRetryCount")))
            t.insert(QStringLiteral("retryStrategy"),
                     QVariantMap{{QStringLiteral("limit"), scalarText(retry.value(QStringLiteral("maxRetryCount")))}});
        argoTasks.append(t);
    }

    QVariantMap inputs;
    const QVariantMap inputDefs = sub(spec, "inputDefinitions");
    const QVariantList params = inputDeclarations(inputDefs);
    if (!params.isEmpty())
        inputs.insert(QStringLiteral("parameters"), params);
    QVariantList inArtifacts;
    for (const QString &a : sub(inputDefs, "artifacts").keys())
        inArtifacts.append(QVariantMap{{QStringLiteral("name"), a}});
    inArtifacts += importerInputs;
    if (!inArtifacts.isEmpty())
        inputs.insert(QStringLiteral("artifacts"), inArtifacts);

    QVariantMap outputs;
    QVariantList outParams, outArtifacts;
    const QVariantMap dagOutputs = sub(dag, "outputs");
    const QVariantMap po = sub(dagOutputs, "parameters");
    for (auto it = po.constBegin(); it != po.constEnd(); ++it) {
        const QVariantMap ref = sub(it.value().toMap(), "valueFromParameter");
        const QString producerTask = ref.value(QStringLiteral("producerSubtask")).toString();
        if (!taskName.contains(producerTask))
            return unsupported(where, Tr::tr("the output \"%1\" (only single-task outputs are supported)").arg(it.key()));
        outParams.append(QVariantMap{
            {QStringLiteral("name"), it.key()},
            {QStringLiteral("valueFrom"),
             QVariantMap{{QStringLiteral("parameter"), QStringLiteral("{{tasks.%1.outputs.parameters.%2}}")
                                                           .arg(taskName.value(producerTask),
                                                                ref.value(QStringLiteral("outputParameterKey")).toString())}}}});
    }
    const QVariantMap ao = sub(dagOutputs, "artifacts");
    for (auto it = ao.constBegin(); it != ao.constEnd(); ++it) {
        const QVariantList selectors = it.value().toMap().value(QStringLiteral("artifactSelectors")).toList();
        const QVariantMap ref = selectors.value(0).toMap();
        const QString producerTask = ref.value(QStringLiteral("producerSubtask")).toString();
        if (selectors.size() != 1 || !taskName.contains(producerTask))
            return unsupported(where, Tr::tr("the output \"%1\" (only single-task outputs are supported)").arg(it.key()));
        outArtifacts.append(QVariantMap{
            {QStringLiteral("name"), it.key()},
            {QStringLiteral("from"), QStringLiteral("{{tasks.%1.outputs.artifacts.%2}}")
                                         .arg(taskName.value(producerTask),
                                              ref.value(QStringLiteral("outputArtifactKey")).toString())}});
    }
    if (!outParams.isEmpty())
        outputs.insert(QStringLiteral("parameters"), outParams);
    if (!outArtifacts.isEmpty())
        outputs.insert(QStringLiteral("artifacts"), outArtifacts);

    QVariantMap t{{QStringLiteral("name"), name}, {QStringLiteral("dag"), QVariantMap{{QStringLiteral("tasks"), argoTasks}}}};
    if (!inputs.isEmpty())
        t.insert(QStringLiteral("inputs"), inputs);
    if (!outputs.isEmpty())
        t.insert(QStringLiteral("outputs"), outputs);
    return t;
}

} // namespace wb::argo::detail
