// SPDX-License-Identifier: GPL-3.0-or-later
#include "argoconverter.h"

#include "argoconverter_p.h"
#include "argoplaceholders.h"

#include "core/base/tr.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace wb::argo {

namespace detail {

QVariantMap sub(const QVariantMap &m, const char *key)
{
    return m.value(QLatin1String(key)).toMap();
}

QString dnsName(const QString &s)
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

QString scalarText(const QVariant &v)
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

Error unsupported(const QString &where, const QString &what)
{
    return makeError(QStringLiteral("argo-unsupported"),
                     Tr::tr("\"%1\" uses %2, which the Argo exporter does not support.").arg(where, what));
}

QVariantList inputDeclarations(const QVariantMap &inputDefs)
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
    Result<QVariantMap> t = spec.contains(QStringLiteral("dag")) ? dagTemplate(component, spec, name, false)
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

Result<QVariantMap> Converter::run(const QVariantMap &ir)
{
    const QString pipelineName = sub(ir, "pipelineInfo").value(QStringLiteral("name")).toString();
    QVariantMap root = sub(ir, "root");
    if (pipelineName.isEmpty() || !root.contains(QStringLiteral("dag")))
        return makeError(QStringLiteral("argo-invalid-ir"),
                         Tr::tr("This is not a KFP v2 pipeline: pipelineInfo.name or root.dag is missing."));
    if (!sub(sub(root, "inputDefinitions"), "artifacts").isEmpty())
        return unsupported(pipelineName, Tr::tr("pipeline-level input artifacts"));
    collectBindings(sub(root, "dag"), 0);
    m_keyPrefix = dnsName(pipelineName).left(57);
    // Parameters only importers read (dataset URIs) are baked into artifact locations.
    const QSet<QString> baked = importerOnlyParameters(sub(sub(root, "dag"), "tasks"));
    if (!baked.isEmpty()) {
        QVariantMap inputDefs = sub(root, "inputDefinitions");
        QVariantMap params = sub(inputDefs, "parameters");
        for (const QString &p : baked)
            params.remove(p);
        inputDefs.insert(QStringLiteral("parameters"), params);
        root.insert(QStringLiteral("inputDefinitions"), inputDefs);
    }

    const QString entry = uniqueTemplateName(pipelineName);
    Result<QVariantMap> main = dagTemplate(pipelineName, root, entry, true);
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
    QVariantMap workflowArguments;
    if (!arguments.isEmpty())
        workflowArguments.insert(QStringLiteral("parameters"), arguments);
    if (!m_workflowArtifacts.isEmpty())
        workflowArguments.insert(QStringLiteral("artifacts"), m_workflowArtifacts);
    if (!workflowArguments.isEmpty())
        spec.insert(QStringLiteral("arguments"), workflowArguments);

    return QVariantMap{
        {QStringLiteral("apiVersion"), QStringLiteral("argoproj.io/v1alpha1")},
        {QStringLiteral("kind"), QStringLiteral("Workflow")},
        {QStringLiteral("metadata"), QVariantMap{{QStringLiteral("generateName"), dnsName(pipelineName).left(57) + QLatin1Char('-')}}},
        {QStringLiteral("spec"), spec}};
}

} // namespace detail

Result<QVariantMap> irToWorkflow(const QVariantMap &ir, Diagnostics *warnings)
{
    return detail::Converter(ir, warnings).run(ir);
}

} // namespace wb::argo
