// SPDX-License-Identifier: GPL-3.0-or-later
#include "argoconverter.h"

#include "argoplaceholders.h"

#include "core/base/tr.h"

#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace wb::argo {

static QVariantMap sub(const QVariantMap &m, const char *key)
{
    return m.value(QLatin1String(key)).toMap();
}

/// Kubernetes-style name: lowercase letters, digits and '-', at most 63 characters.
static QString dnsName(const QString &s)
{
    QString out;
    for (const QChar c : s.toLower())
        out += (c.isLetterOrNumber() && c.unicode() < 128) ? c : QLatin1Char('-');
    out.replace(QRegularExpression(QStringLiteral("-+")), QStringLiteral("-"));
    while (out.startsWith(QLatin1Char('-')))
        out.remove(0, 1);
    out = out.left(63);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("x") : out;
}

/// Argo parameters are strings: scalars as text, lists and structs as compact JSON.
static QString scalarText(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Double:
        return QString::number(v.toDouble(), 'g', 17);
    case QMetaType::QVariantMap:
    case QMetaType::QVariantList:
        return QString::fromUtf8(QJsonDocument::fromVariant(v).toJson(QJsonDocument::Compact));
    default:
        return v.toString();
    }
}

static Error unsupported(const QString &where, const QString &what)
{
    return makeError(QStringLiteral("argo-unsupported"),
                     Tr::tr("\"%1\" uses %2, which the Argo exporter does not support.").arg(where, what));
}

namespace {
class Converter
{
public:
    explicit Converter(const QVariantMap &ir)
        : m_components(sub(ir, "components"))
        , m_executors(sub(sub(ir, "deploymentSpec"), "executors"))
    {
    }

    Result<QVariantMap> run(const QVariantMap &ir);

private:
    QString uniqueTemplateName(const QString &base);
    Result<QString> templateFor(const QString &component);
    Result<QVariantMap> containerTemplate(const QString &component, const QVariantMap &spec, const QString &name);
    Result<QVariantMap> dagTemplate(const QString &where, const QVariantMap &spec, const QString &name);
    Result<bool> isPresent(const QString &component, const QString &input) const;
    void collectBindings(const QVariantMap &dag, int depth);

    QVariantMap m_components;
    QVariantMap m_executors;
    QHash<QString, QString> m_templateOf;
    QSet<QString> m_usedNames;
    QVariantList m_templates;
    QHash<QString, QList<QSet<QString>>> m_bindings; // component -> inputs bound by each use
};
} // namespace

static QVariantList inputDeclarations(const QVariantMap &inputDefs)
{
    QVariantList params;
    const QVariantMap defs = sub(inputDefs, "parameters");
    for (auto it = defs.constBegin(); it != defs.constEnd(); ++it) {
        const QVariantMap def = it.value().toMap();
        QVariantMap p{{QStringLiteral("name"), it.key()}};
        if (def.contains(QStringLiteral("defaultValue")))
            p.insert(QStringLiteral("default"), scalarText(def.value(QStringLiteral("defaultValue"))));
        else if (def.value(QStringLiteral("isOptional")).toBool())
            p.insert(QStringLiteral("default"), QString());
        params.append(p);
    }
    return params;
}

void Converter::collectBindings(const QVariantMap &dag, int depth)
{
    if (depth > 32)
        return;
    const QVariantMap tasks = sub(dag, "tasks");
    for (const QVariant &t : tasks) {
        const QVariantMap task = t.toMap();
        const QString comp = sub(task, "componentRef").value(QStringLiteral("name")).toString();
        QSet<QString> bound;
        for (const QString &k : sub(sub(task, "inputs"), "parameters").keys())
            bound.insert(k);
        for (const QString &k : sub(sub(task, "inputs"), "artifacts").keys())
            bound.insert(k);
        m_bindings[comp].append(bound);
        const QVariantMap spec = m_components.value(comp).toMap();
        if (spec.contains(QStringLiteral("dag")))
            collectBindings(sub(spec, "dag"), depth + 1);
    }
}

// IfPresent is decided when exporting: Argo has no "was this input given" test.
Result<bool> Converter::isPresent(const QString &component, const QString &input) const
{
    const QVariantMap inputs = sub(m_components.value(component).toMap(), "inputDefinitions");
    QVariantMap def = sub(inputs, "parameters").value(input).toMap();
    if (def.isEmpty())
        def = sub(inputs, "artifacts").value(input).toMap();
    if (def.contains(QStringLiteral("defaultValue")) || !def.value(QStringLiteral("isOptional")).toBool())
        return true;
    const QList<QSet<QString>> uses = m_bindings.value(component);
    qsizetype bound = 0;
    for (const QSet<QString> &u : uses)
        bound += u.contains(input) ? 1 : 0;
    if (bound == 0)
        return false;
    if (bound == uses.size())
        return true;
    return unsupported(component, Tr::tr("an IfPresent placeholder on \"%1\", which some tasks set and others "
                                         "do not").arg(input));
}

QString Converter::uniqueTemplateName(const QString &base)
{
    QString name = dnsName(base);
    for (int i = 2; m_usedNames.contains(name); ++i)
        name = dnsName(base).left(58) + QLatin1Char('-') + QString::number(i);
    m_usedNames.insert(name);
    return name;
}

Result<QString> Converter::templateFor(const QString &component)
{
    if (m_templateOf.contains(component))
        return m_templateOf.value(component);
    const QVariantMap spec = m_components.value(component).toMap();
    if (spec.isEmpty())
        return makeError(QStringLiteral("argo-invalid-ir"),
                         Tr::tr("The pipeline refers to the undefined component \"%1\".").arg(component));
    QString base = component;
    if (base.startsWith(QLatin1String("comp-")))
        base.remove(0, 5);
    const QString name = uniqueTemplateName(base);
    m_templateOf.insert(component, name);
    Result<QVariantMap> t = spec.contains(QStringLiteral("dag")) ? dagTemplate(component, spec, name)
                                                                 : containerTemplate(component, spec, name);
    if (!t)
        return t.error();
    m_templates.append(t.value());
    return name;
}

static QVariantMap resources(const QVariantMap &r)
{
    QVariantMap limits, requests;
    auto put = [&r](QVariantMap &target, const char *key, const char *field, const char *deprecated, const char *unit) {
        if (r.contains(QLatin1String(field)))
            target.insert(QLatin1String(key), scalarText(r.value(QLatin1String(field))));
        else if (r.contains(QLatin1String(deprecated)))
            target.insert(QLatin1String(key), scalarText(r.value(QLatin1String(deprecated))) + QLatin1String(unit));
    };
    put(limits, "cpu", "resourceCpuLimit", "cpuLimit", "");
    put(limits, "memory", "resourceMemoryLimit", "memoryLimit", "G");
    put(requests, "cpu", "resourceCpuRequest", "cpuRequest", "");
    put(requests, "memory", "resourceMemoryRequest", "memoryRequest", "G");
    const QVariantMap acc = sub(r, "accelerator");
    const QString type = acc.value(QStringLiteral("resourceType"), acc.value(QStringLiteral("type"))).toString();
    if (!type.isEmpty())
        limits.insert(type, scalarText(acc.value(QStringLiteral("resourceCount"), acc.value(QStringLiteral("count")))));
    QVariantMap out;
    if (!limits.isEmpty())
        out.insert(QStringLiteral("limits"), limits);
    if (!requests.isEmpty())
        out.insert(QStringLiteral("requests"), requests);
    return out;
}

Result<QVariantMap> Converter::containerTemplate(const QString &component, const QVariantMap &spec,
                                                 const QString &name)
{
    const QString label = spec.value(QStringLiteral("executorLabel")).toString();
    const QVariantMap executor = m_executors.value(label).toMap();
    if (executor.contains(QStringLiteral("importer")))
        return unsupported(component, Tr::tr("an importer"));
    if (executor.contains(QStringLiteral("resolver")))
        return unsupported(component, Tr::tr("a resolver"));
    const QVariantMap c = sub(executor, "container");
    if (c.value(QStringLiteral("image")).toString().isEmpty())
        return makeError(QStringLiteral("argo-invalid-ir"),
                         Tr::tr("Component \"%1\" has no container image (executor \"%2\").").arg(component, label));

    const QVariantMap inputDefs = sub(spec, "inputDefinitions");
    QVariantMap inputs, outputs;
    const QVariantList params = inputDeclarations(inputDefs);
    if (!params.isEmpty())
        inputs.insert(QStringLiteral("parameters"), params);
    QVariantList artifacts;
    const QVariantMap inArtifacts = sub(inputDefs, "artifacts");
    for (auto it = inArtifacts.constBegin(); it != inArtifacts.constEnd(); ++it) {
        QVariantMap a{{QStringLiteral("name"), it.key()}, {QStringLiteral("path"), inputArtifactPath(it.key())}};
        if (it.value().toMap().value(QStringLiteral("isOptional")).toBool())
            a.insert(QStringLiteral("optional"), true);
        artifacts.append(a);
    }
    if (!artifacts.isEmpty())
        inputs.insert(QStringLiteral("artifacts"), artifacts);

    const QVariantMap outputDefs = sub(spec, "outputDefinitions");
    QVariantList outParams, outArtifacts;
    for (const QString &p : sub(outputDefs, "parameters").keys())
        outParams.append(QVariantMap{{QStringLiteral("name"), p},
                                     {QStringLiteral("valueFrom"), QVariantMap{{QStringLiteral("path"), outputParameterPath(p)}}}});
    for (const QString &a : sub(outputDefs, "artifacts").keys())
        outArtifacts.append(QVariantMap{{QStringLiteral("name"), a}, {QStringLiteral("path"), outputArtifactPath(a)}});
    if (!outParams.isEmpty())
        outputs.insert(QStringLiteral("parameters"), outParams);
    if (!outArtifacts.isEmpty())
        outputs.insert(QStringLiteral("artifacts"), outArtifacts);

    auto present = [this, &component](const QString &input) { return isPresent(component, input); };
    QVariantMap container{{QStringLiteral("image"), c.value(QStringLiteral("image"))}};
    for (const char *key : {"command", "args"}) {
        const QVariantList items = c.value(QLatin1String(key)).toList();
        if (items.isEmpty())
            continue;
        Result<QStringList> translated = translateCommand(items, component, present);
        if (!translated)
            return translated.error();
        container.insert(QLatin1String(key), translated.value());
    }
    QVariantList env;
    for (const QVariant &e : c.value(QStringLiteral("env")).toList()) {
        const QVariantMap m = e.toMap();
        env.append(QVariantMap{{QStringLiteral("name"), m.value(QStringLiteral("name")).toString()},
                               {QStringLiteral("value"), scalarText(m.value(QStringLiteral("value")))}});
    }
    if (!env.isEmpty())
        container.insert(QStringLiteral("env"), env);
    const QVariantMap res = resources(sub(c, "resources"));
    if (!res.isEmpty())
        container.insert(QStringLiteral("resources"), res);

    QVariantMap t{{QStringLiteral("name"), name}, {QStringLiteral("container"), container}};
    if (!inputs.isEmpty())
        t.insert(QStringLiteral("inputs"), inputs);
    if (!outputs.isEmpty())
        t.insert(QStringLiteral("outputs"), outputs);
    return t;
}

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

Result<QVariantMap> Converter::dagTemplate(const QString &where, const QVariantMap &spec, const QString &name)
{
    const QVariantMap dag = sub(spec, "dag");
    const QVariantMap tasks = sub(dag, "tasks");
    if (tasks.isEmpty())
        return makeError(QStringLiteral("argo-invalid-ir"), Tr::tr("\"%1\" has no tasks.").arg(where));
    QHash<QString, QString> taskName; // KFP task -> Argo task name (unique in this DAG)
    QSet<QString> used;
    for (const QString &t : tasks.keys()) {
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
        if (task.contains(QStringLiteral("parameterIterator")) || task.contains(QStringLiteral("artifactIterator")))
            return unsupported(kfpName, Tr::tr("a ParallelFor loop"));
        Result<QString> tmpl = templateFor(sub(task, "componentRef").value(QStringLiteral("name")).toString());
        if (!tmpl)
            return tmpl.error();
        QStringList deps;
        for (const QVariant &d : task.value(QStringLiteral("dependentTasks")).toList()) {
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

Result<QVariantMap> Converter::run(const QVariantMap &ir)
{
    const QString pipelineName = sub(ir, "pipelineInfo").value(QStringLiteral("name")).toString();
    const QVariantMap root = sub(ir, "root");
    if (pipelineName.isEmpty() || !root.contains(QStringLiteral("dag")))
        return makeError(QStringLiteral("argo-invalid-ir"),
                         Tr::tr("This is not a KFP v2 pipeline: pipelineInfo.name or root.dag is missing."));
    if (!sub(sub(root, "inputDefinitions"), "artifacts").isEmpty())
        return unsupported(pipelineName, Tr::tr("pipeline-level input artifacts"));
    collectBindings(sub(root, "dag"), 0);

    const QString entry = uniqueTemplateName(pipelineName);
    Result<QVariantMap> main = dagTemplate(pipelineName, root, entry);
    if (!main)
        return main.error();
    m_templates.prepend(main.value());

    QVariantMap spec{{QStringLiteral("entrypoint"), entry}, {QStringLiteral("templates"), m_templates}};
    QVariantList arguments;
    const QVariantMap params = sub(sub(root, "inputDefinitions"), "parameters");
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        QVariantMap p{{QStringLiteral("name"), it.key()}};
        const QVariantMap def = it.value().toMap();
        if (def.contains(QStringLiteral("defaultValue")))
            p.insert(QStringLiteral("value"), scalarText(def.value(QStringLiteral("defaultValue"))));
        arguments.append(p);
    }
    if (!arguments.isEmpty())
        spec.insert(QStringLiteral("arguments"), QVariantMap{{QStringLiteral("parameters"), arguments}});

    return QVariantMap{
        {QStringLiteral("apiVersion"), QStringLiteral("argoproj.io/v1alpha1")},
        {QStringLiteral("kind"), QStringLiteral("Workflow")},
        {QStringLiteral("metadata"), QVariantMap{{QStringLiteral("generateName"), dnsName(pipelineName).left(57) + QLatin1Char('-')}}},
        {QStringLiteral("spec"), spec}};
}

Result<QVariantMap> irToWorkflow(const QVariantMap &ir)
{
    return Converter(ir).run(ir);
}

} // namespace wb::argo
