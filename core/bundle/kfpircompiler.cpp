// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bundle/kfpircompiler.h"

#include "core/base/tr.h"
#include "core/bundle/kfpircompiler_p.h"
#include "core/bundle/kfpirtypes.h"
#include "core/bundle/v2placeholders.h"
#include "core/manifest/yamlwriter.h"

#include <QJsonDocument>

namespace wb::bundle {

using namespace detail;
using model::CommandItem;
using Kind = model::CommandItem::Kind;

namespace detail {

static void scanItems(const std::vector<CommandItem> &items, Usage &u)
{
    for (const CommandItem &i : items) {
        switch (i.kind) {
        case Kind::InputValue:
            u.valueInputs.insert(i.text);
            break;
        case Kind::InputPath:
        case Kind::InputUri:
            u.fileInputs.insert(i.text);
            break;
        case Kind::OutputUri:
            u.uriOutputs.insert(i.text);
            break;
        default:
            break;
        }
        scanItems(i.parts, u);
        scanItems(i.cond, u);
        scanItems(i.thenItems, u);
        scanItems(i.elseItems, u);
    }
}

Usage scanUsage(const model::ContainerSpec &container)
{
    Usage u;
    scanItems(container.command, u);
    scanItems(container.args, u);
    for (const model::EnvVar &e : container.env)
        scanItems({e.value}, u);
    return u;
}

IrCompiler::IrCompiler(const model::PipelineSnapshot &snapshot, const KfpIrOptions &options)
    : m_snapshot(snapshot)
    , m_options(options)
{
    if (m_options.sdkVersion.isEmpty())
        m_options.sdkVersion = QStringLiteral("mlwb-") + QStringLiteral(MLWB_VERSION);
}

void IrCompiler::error(const QString &task, const QString &code, const QString &message)
{
    Diagnostic d;
    d.severity = Diagnostic::Severity::Error;
    d.code = code;
    d.task = task;
    d.message = message;
    m_diagnostics.append(d);
}

void IrCompiler::warn(const QString &task, const QString &code, const QString &message)
{
    Diagnostic d;
    d.severity = Diagnostic::Severity::Warning;
    d.code = code;
    d.task = task;
    d.message = message;
    m_diagnostics.append(d);
}

QString IrCompiler::parameterType(const model::TypeSpec &type) const
{
    return KfpIr::parameterTypeFor(type).value_or(QStringLiteral("STRING"));
}

/// Decides, per task, which inputs and outputs are artifacts (see compileKfpIr's contract).
void IrCompiler::planTasks()
{
    for (const model::Task &t : m_snapshot.tasks)
        m_taskNames.insert(t.name);
    for (const model::Task &t : m_snapshot.tasks) {
        if (t.isMissing()) {
            error(t.name, QStringLiteral("missing-component"),
                  Tr::tr("Task \"%1\" has no component (%2); fix it before exporting.").arg(t.name, t.missingReason));
            continue;
        }
        if (t.spec->implementation != model::ComponentSpec::Implementation::Container) {
            error(t.name, QStringLiteral("graph-component"),
                  Tr::tr("Task \"%1\" uses a graph component; KFP export supports container components only.").arg(t.name));
            continue;
        }
        TaskPlan plan;
        plan.task = &t;
        const Usage u = scanUsage(t.spec->container);
        for (const model::InputSpec &in : t.spec->inputs) {
            Io io = Io::Artifact;
            if (u.fileInputs.contains(in.name))
                io = Io::Artifact;
            else if (u.valueInputs.contains(in.name) || in.type.isUntyped() || KfpIr::parameterTypeFor(in.type))
                io = Io::Parameter;
            plan.inputs.insert(in.name, io);
        }
        m_planIndex.insert(t.name, m_plans.size());
        m_plans.append(plan);
    }
    // What each output's readers need.
    QHash<QString, QSet<int>> needs; // "task\noutput" -> {Io}
    auto key = [](const QString &task, const QString &out) { return task + QLatin1Char('\n') + out; };
    for (const TaskPlan &p : std::as_const(m_plans)) {
        for (const auto &[input, arg] : p.task->arguments) {
            if (arg.kind == model::ArgumentValue::Kind::TaskOutput && p.inputs.contains(input))
                needs[key(arg.task, arg.output)].insert(int(p.inputs.value(input)));
        }
        if (const auto &c = p.task->options.condition)
            needs[key(c->task, c->output)].insert(int(Io::Parameter));
    }
    for (TaskPlan &p : m_plans) {
        const Usage u = scanUsage(p.task->spec->container);
        for (const model::OutputSpec &out : p.task->spec->outputs) {
            const QSet<int> n = needs.value(key(p.task->name, out.name));
            Io io;
            if (u.uriOutputs.contains(out.name) || n.contains(int(Io::Artifact)))
                io = Io::Artifact;
            else if (n.contains(int(Io::Parameter)))
                io = Io::Parameter;
            else
                io = KfpIr::parameterTypeFor(out.type) ? Io::Parameter : Io::Artifact;
            p.outputs.insert(out.name, io);
        }
        if (const auto &c = p.task->options.condition) {
            p.channel = QStringLiteral("pipelinechannel--%1-%2").arg(c->task, c->output);
            const int up = m_planIndex.value(c->task, -1);
            const model::OutputSpec *o = up >= 0 ? m_plans.at(up).task->spec->output(c->output) : nullptr;
            p.channelType = o ? parameterType(o->type) : QStringLiteral("STRING");
        }
    }
}

QString IrCompiler::addComponent(const QString &baseName, const QVariantMap &component, const QVariantMap &executor)
{
    const QByteArray signature = QJsonDocument::fromVariant(QVariantMap{{QStringLiteral("c"), component},
                                                                        {QStringLiteral("e"), executor}})
                                     .toJson(QJsonDocument::Compact);
    if (const auto it = m_componentBySignature.constFind(signature); it != m_componentBySignature.cend())
        return *it;
    QString base = baseName.isEmpty() ? QStringLiteral("component") : baseName;
    QString name = base;
    for (int n = 2; m_componentNames.contains(name); ++n)
        name = base + QLatin1Char('-') + QString::number(n);
    m_componentNames.insert(name);
    const QString comp = QStringLiteral("comp-") + name;
    const QString exec = QStringLiteral("exec-") + name;
    QVariantMap c = component;
    c.insert(QStringLiteral("executorLabel"), exec);
    m_components.insert(comp, c);
    m_executors.insert(exec, executor);
    m_componentBySignature.insert(signature, comp);
    return comp;
}

static QVariantMap nonEmpty(std::initializer_list<std::pair<const char *, QVariantMap>> parts)
{
    QVariantMap m;
    for (const auto &[k, v] : parts)
        if (!v.isEmpty())
            m.insert(QLatin1String(k), v);
    return m;
}

void IrCompiler::buildComponents()
{
    for (TaskPlan &p : m_plans) {
        const model::Task &t = *p.task;
        const model::ComponentSpec &spec = *t.spec;
        QVariantMap inParams, inArtifacts, outParams, outArtifacts;
        V2PlaceholderContext ctx;
        for (const model::InputSpec &in : spec.inputs) {
            QVariantMap d;
            if (in.optional || in.hasDefault())
                d.insert(QStringLiteral("isOptional"), true);
            if (!in.description.isEmpty())
                d.insert(QStringLiteral("description"), in.description);
            if (p.inputs.value(in.name) == Io::Artifact) {
                ctx.artifactInputs.insert(in.name);
                d.insert(QStringLiteral("artifactType"), KfpIr::artifactType(KfpIr::artifactSchemaTitle(in.type)));
                inArtifacts.insert(in.name, d);
                continue;
            }
            const QString type = parameterType(in.type);
            d.insert(QStringLiteral("parameterType"), type);
            if (in.hasDefault()) {
                const std::optional<QVariant> v = KfpIr::typedParameterValue(in.defaultValue, type);
                if (!v)
                    warn(t.name, QStringLiteral("default-type"),
                         Tr::tr("The default of input \"%1\" of \"%2\" is not a %3; it is exported as text.")
                             .arg(in.name, spec.name, type));
                d.insert(QStringLiteral("defaultValue"), v ? *v : QVariant(KfpIr::pythonText(in.defaultValue)));
            }
            inParams.insert(in.name, d);
        }
        if (!p.channel.isEmpty())
            inParams.insert(p.channel, QVariantMap{{QStringLiteral("parameterType"), p.channelType}});
        for (const model::OutputSpec &out : spec.outputs) {
            QVariantMap d;
            if (!out.description.isEmpty())
                d.insert(QStringLiteral("description"), out.description);
            if (p.outputs.value(out.name) == Io::Artifact) {
                ctx.artifactOutputs.insert(out.name);
                d.insert(QStringLiteral("artifactType"), KfpIr::artifactType(KfpIr::artifactSchemaTitle(out.type)));
                outArtifacts.insert(out.name, d);
            } else {
                d.insert(QStringLiteral("parameterType"), parameterType(out.type));
                outParams.insert(out.name, d);
            }
        }
        QVariantMap component;
        const QVariantMap inputs = nonEmpty({{"parameters", inParams}, {"artifacts", inArtifacts}});
        const QVariantMap outputs = nonEmpty({{"parameters", outParams}, {"artifacts", outArtifacts}});
        if (!inputs.isEmpty())
            component.insert(QStringLiteral("inputDefinitions"), inputs);
        if (!outputs.isEmpty())
            component.insert(QStringLiteral("outputDefinitions"), outputs);

        const model::ContainerSpec &cs = spec.container;
        QVariantMap container{{QStringLiteral("image"), cs.image}};
        bool ok = true;
        for (const auto &[key, items] : {std::pair{"command", &cs.command}, std::pair{"args", &cs.args}}) {
            Result<QStringList> conv = V2Placeholders::toV2(*items, ctx);
            if (!conv) {
                error(t.name, conv.error().code, Tr::tr("Task \"%1\": %2").arg(t.name, conv.error().message));
                ok = false;
            } else if (!conv->isEmpty()) {
                container.insert(QLatin1String(key), QVariant(QVariantList(conv->cbegin(), conv->cend())));
            }
        }
        QVariantList env;
        for (const model::EnvVar &e : cs.env) {
            Result<QString> v = V2Placeholders::toV2Single(e.value, ctx);
            if (!v) {
                error(t.name, v.error().code, Tr::tr("Task \"%1\", variable %2: %3").arg(t.name, e.name, v.error().message));
                ok = false;
                continue;
            }
            if (e.value.kind != Kind::Literal)
                warn(t.name, QStringLiteral("env-placeholder"),
                     Tr::tr("Environment variable %1 of \"%2\" uses a placeholder; KFP does not resolve placeholders in env values.")
                         .arg(e.name, t.name));
            env.append(QVariantMap{{QStringLiteral("name"), e.name}, {QStringLiteral("value"), v.value()}});
        }
        if (!env.isEmpty())
            container.insert(QStringLiteral("env"), env);
        if (!cs.fileOutputs.isEmpty())
            warn(t.name, QStringLiteral("file-outputs"),
                 Tr::tr("\"%1\" declares fileOutputs, which KFP v2 does not support; they are left out.").arg(spec.name));
        QVariantMap resources;
        if (!t.options.cpu.isEmpty())
            resources.insert(QStringLiteral("resourceCpuLimit"), t.options.cpu);
        if (!t.options.memory.isEmpty())
            resources.insert(QStringLiteral("resourceMemoryLimit"), t.options.memory);
        if (t.options.gpu > 0)
            resources.insert(QStringLiteral("accelerator"),
                             QVariantMap{{QStringLiteral("resourceType"), QStringLiteral("nvidia.com/gpu")},
                                         {QStringLiteral("resourceCount"), QString::number(t.options.gpu)}});
        if (!resources.isEmpty())
            container.insert(QStringLiteral("resources"), resources);
        if (!ok)
            continue;
        const QString base = KfpIr::sanitizeName(spec.name).isEmpty() ? KfpIr::sanitizeName(t.name)
                                                                       : KfpIr::sanitizeName(spec.name);
        p.component = addComponent(base, component, QVariantMap{{QStringLiteral("container"), container}});
    }
}

Result<CompiledIr> IrCompiler::run()
{
    planTasks();
    buildComponents();
    for (const TaskPlan &p : std::as_const(m_plans))
        if (!p.component.isEmpty())
            m_tasks.insert(p.task->name, buildTask(p));

    QVariantMap dag{{QStringLiteral("tasks"), m_tasks}};
    QVariantMap root;
    buildOutputs(root, dag);
    root.insert(QStringLiteral("dag"), dag);
    const QVariantMap inputs = rootInputDefinitions();
    if (!inputs.isEmpty())
        root.insert(QStringLiteral("inputDefinitions"), inputs);

    QVariantMap info{{QStringLiteral("name"), kfpPipelineName(m_snapshot.info.name)}};
    if (!m_snapshot.info.name.isEmpty() && m_snapshot.info.name != info.value(QStringLiteral("name")).toString())
        info.insert(QStringLiteral("displayName"), m_snapshot.info.name);
    if (!m_snapshot.info.description.isEmpty())
        info.insert(QStringLiteral("description"), m_snapshot.info.description);

    if (hasErrors(m_diagnostics)) {
        QStringList lines;
        for (const Diagnostic &d : std::as_const(m_diagnostics))
            if (d.severity == Diagnostic::Severity::Error)
                lines << d.message;
        return makeError(QStringLiteral("export-failed"),
                         Tr::tr("The pipeline cannot be compiled for Kubeflow Pipelines: %1").arg(lines.join(QLatin1Char(' '))));
    }
    CompiledIr out;
    if (!m_components.isEmpty())
        out.ir.insert(QStringLiteral("components"), m_components);
    if (!m_executors.isEmpty())
        out.ir.insert(QStringLiteral("deploymentSpec"), QVariantMap{{QStringLiteral("executors"), m_executors}});
    out.ir.insert(QStringLiteral("pipelineInfo"), info);
    out.ir.insert(QStringLiteral("root"), root);
    out.ir.insert(QStringLiteral("schemaVersion"), QLatin1String(KfpIr::kSchemaVersion));
    out.ir.insert(QStringLiteral("sdkVersion"), m_options.sdkVersion);
    out.diagnostics = m_diagnostics;
    return out;
}

} // namespace detail

Result<CompiledIr> compileKfpIr(const model::PipelineSnapshot &snapshot, const KfpIrOptions &options)
{
    IrCompiler compiler(snapshot, options);
    return compiler.run();
}

QString kfpPipelineName(const QString &name)
{
    const QString s = KfpIr::sanitizeName(name);
    return s.isEmpty() ? QStringLiteral("pipeline") : s;
}

QByteArray kfpIrToYaml(const QVariantMap &ir)
{
    const QVariantMap info = ir.value(QStringLiteral("pipelineInfo")).toMap();
    QByteArray head = "# PIPELINE DEFINITION\n# Name: " + info.value(QStringLiteral("name")).toString().toUtf8() + '\n';
    const QString description = info.value(QStringLiteral("description")).toString();
    if (!description.isEmpty())
        head += "# Description: " + description.simplified().toUtf8() + '\n';
    head += "# Compiled by mlwb from a KFP v1 graph-component pipeline.\n";
    return head + manifest::writeYaml(manifest::YamlOut::fromVariant(ir));
}

} // namespace wb::bundle
