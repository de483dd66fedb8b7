// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bundle/kfpirimporter.h"

#include "core/base/tr.h"
#include "core/bundle/kfpirtypes.h"
#include "core/bundle/v2placeholders.h"
#include "core/manifest/yamltree.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace wb::bundle {

using model::ArgumentValue;
using model::CommandItem;

namespace {

constexpr int kMaxDagDepth = 32;

QVariantMap sub(const QVariantMap &m, const char *key)
{
    return m.value(QLatin1String(key)).toMap();
}

QVariant plainValue(const QVariant &v)
{
    if (v.typeId() == QMetaType::QVariantMap || v.typeId() == QMetaType::QVariantList)
        return QString::fromUtf8(QJsonDocument::fromVariant(v).toJson(QJsonDocument::Compact));
    return v;
}

class IrImporter
{
public:
    explicit IrImporter(const QVariantMap &ir)
        : m_components(sub(ir, "components"))
        , m_executors(sub(sub(ir, "deploymentSpec"), "executors"))
    {
    }

    Result<IrImport> run(const QVariantMap &ir);

private:
    struct Scope
    {
        QString path;                           ///< "" = root, else "group/subgroup"
        QHash<QString, ArgumentValue> inputs;   ///< a group's inputs, resolved at the root
        QHash<QString, bool> inputBound;
        QStringList after;                      ///< the group's own dependencies (leaf names)
        std::optional<model::RunCondition> condition;
    };

    void assignNames(const QVariantMap &dag, const QString &parent, int depth);
    void buildDag(const QVariantMap &dag, const Scope &scope, int depth);
    std::optional<ArgumentValue> resolveInput(const QString &task, const QString &input, const QVariantMap &spec,
                                              const Scope &scope, bool artifact);
    std::optional<model::RunCondition> parseCondition(const QString &task, const QString &cel,
                                                      const QHash<QString, ArgumentValue> &inputs);
    model::ComponentSpecPtr specFor(const QString &task, const QString &component, model::TaskOptions &options);
    QString childPath(const QString &parent, const QString &name) const
    {
        return parent.isEmpty() ? name : parent + QLatin1Char('/') + name;
    }
    void warn(const QString &task, const QString &code, const QString &message)
    {
        Diagnostic d;
        d.severity = Diagnostic::Severity::Warning;
        d.code = code;
        d.task = task;
        d.message = message;
        m_diagnostics.append(d);
    }

    QVariantMap m_components;
    QVariantMap m_executors;
    QHash<QString, QStringList> m_leaves;  ///< task path -> final names of the leaf tasks
    QHash<QString, QString> m_finalName;   ///< leaf task path -> final name
    QSet<QString> m_usedNames;
    QSet<QString> m_skipped;               ///< paths of tasks left out (importers...)
    QHash<QString, model::ComponentSpecPtr> m_specs;
    QList<model::Task> m_tasks;
    Diagnostics m_diagnostics;
    QSet<QString> m_warnedComponents;
};

void IrImporter::assignNames(const QVariantMap &dag, const QString &parent, int depth)
{
    const QVariantMap tasks = sub(dag, "tasks");
    for (auto it = tasks.cbegin(); it != tasks.cend(); ++it) {
        const QString path = childPath(parent, it.key());
        const QVariantMap comp = m_components.value(sub(it.value().toMap(), "componentRef")
                                                        .value(QStringLiteral("name")).toString()).toMap();
        if (comp.contains(QStringLiteral("dag")) && depth < kMaxDagDepth) {
            assignNames(sub(comp, "dag"), path, depth + 1);
            QStringList leaves;
            const QVariantMap inner = sub(sub(comp, "dag"), "tasks");
            for (auto c = inner.cbegin(); c != inner.cend(); ++c)
                leaves += m_leaves.value(childPath(path, c.key()));
            m_leaves.insert(path, leaves);
            continue;
        }
        QString name = it.key();
        if (m_usedNames.contains(name) && !parent.isEmpty())
            name = QString(parent).replace(QLatin1Char('/'), QLatin1Char('-')) + QLatin1Char('-') + it.key();
        const QString base = name;
        for (int n = 2; m_usedNames.contains(name); ++n)
            name = base + QLatin1Char('-') + QString::number(n);
        m_usedNames.insert(name);
        m_finalName.insert(path, name);
        m_leaves.insert(path, {name});
    }
}

std::optional<ArgumentValue> IrImporter::resolveInput(const QString &task, const QString &input, const QVariantMap &spec,
                                                      const Scope &scope, bool artifact)
{
    auto fromParent = [&](const QString &name) -> std::optional<ArgumentValue> {
        if (scope.path.isEmpty())
            return ArgumentValue::fromParameter(name);
        if (scope.inputs.contains(name))
            return scope.inputs.value(name);
        warn(task, QStringLiteral("unresolved-input"),
             Tr::tr("Input \"%1\" of task \"%2\" comes from \"%3\" inside a group (e.g. a ParallelFor loop item); it is left unbound.")
                 .arg(input, task, name));
        return std::nullopt;
    };
    auto fromTask = [&](const QString &producer, const QString &key) -> std::optional<ArgumentValue> {
        const QString path = childPath(scope.path.section(QLatin1Char('/'), 0, -1), producer);
        if (m_skipped.contains(path)) {
            warn(task, QStringLiteral("skipped-producer"),
                 Tr::tr("Input \"%1\" of task \"%2\" comes from \"%3\", which was not imported; it is left unbound.")
                     .arg(input, task, producer));
            return std::nullopt;
        }
        if (!m_finalName.contains(path)) {
            warn(task, QStringLiteral("group-output"),
                 Tr::tr("Input \"%1\" of task \"%2\" comes from the output of group \"%3\"; it is left unbound.")
                     .arg(input, task, producer));
            return std::nullopt;
        }
        return ArgumentValue::fromTaskOutput(m_finalName.value(path), key);
    };
    if (artifact) {
        if (spec.contains(QStringLiteral("taskOutputArtifact"))) {
            const QVariantMap t = sub(spec, "taskOutputArtifact");
            return fromTask(t.value(QStringLiteral("producerTask")).toString(), t.value(QStringLiteral("outputArtifactKey")).toString());
        }
        if (spec.contains(QStringLiteral("componentInputArtifact"))) {
            const QString n = spec.value(QStringLiteral("componentInputArtifact")).toString();
            return fromParent(n);
        }
    } else {
        if (spec.contains(QStringLiteral("parameterExpressionSelector")))
            warn(task, QStringLiteral("expression-selector"),
                 Tr::tr("Input \"%1\" of task \"%2\" selects part of a value (%3); the whole value is used.")
                     .arg(input, task, spec.value(QStringLiteral("parameterExpressionSelector")).toString()));
        if (spec.contains(QStringLiteral("componentInputParameter")))
            return fromParent(spec.value(QStringLiteral("componentInputParameter")).toString());
        if (spec.contains(QStringLiteral("taskOutputParameter"))) {
            const QVariantMap t = sub(spec, "taskOutputParameter");
            return fromTask(t.value(QStringLiteral("producerTask")).toString(), t.value(QStringLiteral("outputParameterKey")).toString());
        }
        if (spec.contains(QStringLiteral("runtimeValue")))
            return ArgumentValue::fromConstant(plainValue(sub(spec, "runtimeValue").value(QStringLiteral("constant"))));
        if (spec.contains(QStringLiteral("taskFinalStatus"))) {
            warn(task, QStringLiteral("task-final-status"),
                 Tr::tr("Input \"%1\" of task \"%2\" receives a task's final status (exit handler); it is left unbound.").arg(input, task));
            return std::nullopt;
        }
    }
    warn(task, QStringLiteral("unknown-input-kind"),
         Tr::tr("Input \"%1\" of task \"%2\" has a form mlwb does not know; it is left unbound.").arg(input, task));
    return std::nullopt;
}

std::optional<model::RunCondition> IrImporter::parseCondition(const QString &task, const QString &cel,
                                                              const QHash<QString, ArgumentValue> &inputs)
{
    static const QRegularExpression re(QStringLiteral(
        "^\\s*(?:(?:int|double|string)\\()?inputs\\.parameter_values\\['([^']+)'\\]\\)?\\s*(==|!=|<=|>=|<|>)\\s*"
        "('((?:[^'\\\\]|\\\\.)*)'|\"([^\"]*)\"|[-+0-9.eE]+|true|false)\\s*$"));
    const QRegularExpressionMatch m = re.match(cel);
    const ArgumentValue *source = m.hasMatch() && inputs.contains(m.captured(1)) ? &inputs.find(m.captured(1)).value() : nullptr;
    if (!source || source->kind != ArgumentValue::Kind::TaskOutput) {
        warn(task, QStringLiteral("condition-dropped"),
             Tr::tr("The condition \"%1\" of \"%2\" cannot be represented; the task runs unconditionally.").arg(cel.simplified(), task));
        return std::nullopt;
    }
    model::RunCondition c;
    c.task = source->task;
    c.output = source->output;
    c.op = m.captured(2);
    if (!m.captured(4).isEmpty() || m.captured(3).startsWith(QLatin1Char('\''))) {
        QString v = m.captured(4);
        v.replace(QLatin1String("\\'"), QLatin1String("'")).replace(QLatin1String("\\\\"), QLatin1String("\\"));
        c.value = v;
    } else if (m.captured(3).startsWith(QLatin1Char('"'))) {
        c.value = m.captured(5);
    } else {
        c.value = m.captured(3);
    }
    return c;
}

model::ComponentSpecPtr IrImporter::specFor(const QString &task, const QString &component, model::TaskOptions &options)
{
    const QVariantMap comp = m_components.value(component).toMap();
    const QString label = comp.value(QStringLiteral("executorLabel")).toString();
    const QVariantMap exec = m_executors.value(label).toMap();
    const QVariantMap container = sub(exec, "container");
    const bool firstTime = !m_warnedComponents.contains(component);
    m_warnedComponents.insert(component);
    if (container.isEmpty()) {
        const QString kind = exec.contains(QStringLiteral("importer")) ? QStringLiteral("an importer")
                             : exec.contains(QStringLiteral("resolver")) ? QStringLiteral("a resolver")
                                                                         : QStringLiteral("no container executor");
        warn(task, QStringLiteral("not-a-container"),
             Tr::tr("Task \"%1\" uses %2 (%3); mlwb runs container tasks only, so it is left out.").arg(task, kind, component));
        return nullptr;
    }
    // Resources are per task in mlwb.
    const QVariantMap res = sub(container, "resources");
    options.cpu = res.value(QStringLiteral("resourceCpuLimit"), res.value(QStringLiteral("cpuLimit"))).toString();
    options.memory = res.value(QStringLiteral("resourceMemoryLimit"), res.value(QStringLiteral("memoryLimit"))).toString();
    const QVariantMap acc = sub(res, "accelerator");
    options.gpu = acc.value(QStringLiteral("resourceCount"), acc.value(QStringLiteral("count"))).toString().toInt();
    if (m_specs.contains(component))
        return m_specs.value(component);

    auto spec = std::make_shared<model::ComponentSpec>();
    spec->name = component.startsWith(QLatin1String("comp-")) ? component.mid(5) : component;
    spec->implementation = model::ComponentSpec::Implementation::Container;
    spec->container.image = container.value(QStringLiteral("image")).toString();
    QStringList unsupported;
    for (const QVariant &v : container.value(QStringLiteral("command")).toList())
        spec->container.command.push_back(V2Placeholders::fromV2(v.toString(), &unsupported));
    for (const QVariant &v : container.value(QStringLiteral("args")).toList())
        spec->container.args.push_back(V2Placeholders::fromV2(v.toString(), &unsupported));
    for (const QVariant &v : container.value(QStringLiteral("env")).toList()) {
        const QVariantMap e = v.toMap();
        spec->container.env.append({e.value(QStringLiteral("name")).toString(),
                                    V2Placeholders::fromV2(e.value(QStringLiteral("value")).toString(), &unsupported)});
    }
    for (const QString &k : container.keys())
        if (!QStringList{"image", "command", "args", "env", "resources"}.contains(k))
            warn(task, QStringLiteral("container-field"),
                 Tr::tr("Container field \"%1\" of %2 is not supported and is left out.").arg(k, component));
    unsupported.removeDuplicates();
    if (firstTime && !unsupported.isEmpty())
        warn(task, QStringLiteral("v2-placeholder"),
             Tr::tr("%1 uses %2, which only the KFP launcher resolves ({{$}} is the executor input of lightweight Python components); kept as written, the task runs only on Kubeflow.")
                 .arg(component, unsupported.join(QStringLiteral(", "))));

    // Which inputs the executor really uses (condition channels are declared but unused).
    QString allText;
    for (const QString &k : {QStringLiteral("command"), QStringLiteral("args")})
        for (const QVariant &v : container.value(k).toList())
            allText += v.toString();
    const QVariantMap inDefs = sub(comp, "inputDefinitions");
    const QVariantMap inParams = sub(inDefs, "parameters");
    for (auto it = inParams.cbegin(); it != inParams.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("pipelinechannel--")) && !allText.contains(it.key()))
            continue;
        const QVariantMap d = it.value().toMap();
        model::InputSpec in;
        in.name = it.key();
        in.type = KfpIr::v1TypeForParameterType(d.value(QStringLiteral("parameterType")).toString());
        in.description = d.value(QStringLiteral("description")).toString();
        if (d.contains(QStringLiteral("defaultValue")))
            in.defaultValue = plainValue(d.value(QStringLiteral("defaultValue")));
        in.optional = d.value(QStringLiteral("isOptional")).toBool() && !in.hasDefault();
        spec->inputs.append(in);
    }
    const QVariantMap inArts = sub(inDefs, "artifacts");
    for (auto it = inArts.cbegin(); it != inArts.cend(); ++it) {
        const QVariantMap d = it.value().toMap();
        model::InputSpec in;
        in.name = it.key();
        in.type = KfpIr::v1TypeForSchemaTitle(sub(d, "artifactType").value(QStringLiteral("schemaTitle")).toString());
        in.description = d.value(QStringLiteral("description")).toString();
        in.optional = d.value(QStringLiteral("isOptional")).toBool();
        spec->inputs.append(in);
    }
    const QVariantMap outDefs = sub(comp, "outputDefinitions");
    const QVariantMap outParams = sub(outDefs, "parameters");
    for (auto it = outParams.cbegin(); it != outParams.cend(); ++it) {
        const QVariantMap d = it.value().toMap();
        spec->outputs.append({it.key(), KfpIr::v1TypeForParameterType(d.value(QStringLiteral("parameterType")).toString()),
                              d.value(QStringLiteral("description")).toString(), {}});
    }
    const QVariantMap outArts = sub(outDefs, "artifacts");
    for (auto it = outArts.cbegin(); it != outArts.cend(); ++it) {
        const QVariantMap d = it.value().toMap();
        spec->outputs.append({it.key(), KfpIr::v1TypeForSchemaTitle(sub(d, "artifactType").value(QStringLiteral("schemaTitle")).toString()),
                              d.value(QStringLiteral("description")).toString(), {}});
    }
    m_specs.insert(component, spec);
    return spec;
}

void IrImporter::buildDag(const QVariantMap &dag, const Scope &scope, int depth)
{
    const QVariantMap tasks = sub(dag, "tasks");
    for (auto it = tasks.cbegin(); it != tasks.cend(); ++it) {
        const QString key = it.key();
        const QString path = childPath(scope.path, key);
        const QVariantMap ts = it.value().toMap();
        const QString compName = sub(ts, "componentRef").value(QStringLiteral("name")).toString();
        const QVariantMap comp = m_components.value(compName).toMap();
        const QString shown = m_finalName.value(path, key);

        // Inputs resolved against the enclosing scope.
        QList<QPair<QString, ArgumentValue>> args;
        QHash<QString, ArgumentValue> byName;
        for (const bool artifact : {false, true}) {
            const QVariantMap ins = sub(sub(ts, "inputs"), artifact ? "artifacts" : "parameters");
            for (auto in = ins.cbegin(); in != ins.cend(); ++in) {
                if (auto v = resolveInput(shown, in.key(), in.value().toMap(), scope, artifact)) {
                    args.append({in.key(), *v});
                    byName.insert(in.key(), *v);
                }
            }
        }
        QStringList after = scope.after;
        for (const QVariant &d : ts.value(QStringLiteral("dependentTasks")).toList())
            after += m_leaves.value(childPath(scope.path, d.toString()));
        std::optional<model::RunCondition> condition = scope.condition;
        const QVariantMap trigger = sub(ts, "triggerPolicy");
        if (trigger.contains(QStringLiteral("condition"))) {
            if (condition)
                warn(shown, QStringLiteral("nested-condition"),
                     Tr::tr("\"%1\" is inside several conditions; only the innermost one is kept.").arg(shown));
            if (auto c = parseCondition(shown, trigger.value(QStringLiteral("condition")).toString(), byName))
                condition = c;
        }
        if (trigger.contains(QStringLiteral("strategy")))
            warn(shown, QStringLiteral("trigger-strategy"),
                 Tr::tr("\"%1\" runs with strategy %2 (exit handler); mlwb runs it only after its dependencies succeed.")
                     .arg(shown, trigger.value(QStringLiteral("strategy")).toString()));
        for (const char *iter : {"parameterIterator", "artifactIterator"})
            if (ts.contains(QLatin1String(iter)))
                warn(shown, QStringLiteral("parallel-for"),
                     Tr::tr("\"%1\" is a ParallelFor loop; its tasks are imported once, not once per item.").arg(shown));

        if (comp.contains(QStringLiteral("dag"))) {
            if (depth >= kMaxDagDepth) {
                warn(shown, QStringLiteral("too-deep"), Tr::tr("Groups nested too deep under \"%1\" are left out.").arg(shown));
                continue;
            }
            warn(shown, QStringLiteral("flattened-group"),
                 Tr::tr("Group \"%1\" (a sub-DAG: condition, loop or exit handler) is flattened: its tasks become pipeline tasks.").arg(key));
            Scope inner;
            inner.path = path;
            inner.inputs = byName;
            inner.after = after;
            inner.condition = condition;
            buildDag(sub(comp, "dag"), inner, depth + 1);
            continue;
        }
        model::Task t;
        t.name = shown;
        t.spec = specFor(shown, compName, t.options);
        if (!t.spec) {
            m_skipped.insert(path);
            continue;
        }
        t.ref.name = t.spec->name;
        t.ref.spec = t.spec;
        t.ref.specInline = true;
        QSet<QString> dataProducers;
        for (const auto &[input, value] : std::as_const(args)) {
            if (input.startsWith(QLatin1String("pipelinechannel--")) && !t.spec->input(input))
                continue; // a condition channel
            t.arguments.append({input, value});
            if (value.kind == ArgumentValue::Kind::TaskOutput)
                dataProducers.insert(value.task);
        }
        if (condition)
            dataProducers.insert(condition->task);
        for (const QString &a : std::as_const(after))
            if (!dataProducers.contains(a) && !t.after.contains(a) && a != t.name)
                t.after.append(a);
        t.options.condition = condition;
        const QVariantMap caching = sub(ts, "cachingOptions");
        t.options.cache = caching.value(QStringLiteral("enableCache")).toBool();
        if (caching.contains(QStringLiteral("cacheKey")))
            warn(shown, QStringLiteral("cache-key"), Tr::tr("The custom cache key of \"%1\" is left out.").arg(shown));
        const QVariantMap retry = sub(ts, "retryPolicy");
        t.options.retries = retry.value(QStringLiteral("maxRetryCount")).toInt();
        const QString backoff = retry.value(QStringLiteral("backoffDuration")).toString();
        if (backoff.endsWith(QLatin1Char('s')))
            t.options.retryBackoffSeconds = qRound(backoff.chopped(1).toDouble());
        if (retry.contains(QStringLiteral("backoffFactor")) || retry.contains(QStringLiteral("backoffMaxDuration")))
            warn(shown, QStringLiteral("retry-backoff"),
                 Tr::tr("The backoff factor / maximum of \"%1\" are left out (mlwb retries with a fixed delay).").arg(shown));
        m_tasks.append(t);
    }
}

Result<IrImport> IrImporter::run(const QVariantMap &ir)
{
    const QVariantMap root = sub(ir, "root");
    if (!root.contains(QStringLiteral("dag")))
        return makeError(QStringLiteral("not-a-pipeline"), Tr::tr("The KFP pipeline has no root DAG."));
    assignNames(sub(root, "dag"), QString(), 0);
    buildDag(sub(root, "dag"), Scope{}, 0);

    IrImport out;
    const QVariantMap info = sub(ir, "pipelineInfo");
    out.snapshot.info.name = info.value(QStringLiteral("displayName"), info.value(QStringLiteral("name"))).toString();
    out.snapshot.info.description = info.value(QStringLiteral("description")).toString();
    const QVariantMap inDefs = sub(root, "inputDefinitions");
    const QVariantMap params = sub(inDefs, "parameters");
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        const QVariantMap d = it.value().toMap();
        model::InputSpec in;
        in.name = it.key();
        in.type = KfpIr::v1TypeForParameterType(d.value(QStringLiteral("parameterType")).toString());
        in.description = d.value(QStringLiteral("description")).toString();
        if (d.contains(QStringLiteral("defaultValue")))
            in.defaultValue = plainValue(d.value(QStringLiteral("defaultValue")));
        in.optional = d.value(QStringLiteral("isOptional")).toBool() && !in.hasDefault();
        out.snapshot.info.parameters.append(in);
    }
    const QVariantMap arts = sub(inDefs, "artifacts");
    for (auto it = arts.cbegin(); it != arts.cend(); ++it) {
        model::InputSpec in;
        in.name = it.key();
        in.type = KfpIr::v1TypeForSchemaTitle(sub(sub(it.value().toMap(), "artifactType"), "schemaTitle").isEmpty()
                                                  ? QString()
                                                  : sub(it.value().toMap(), "artifactType").value(QStringLiteral("schemaTitle")).toString());
        out.snapshot.info.parameters.append(in);
        warn(QString(), QStringLiteral("pipeline-artifact-input"),
             Tr::tr("Pipeline input artifact \"%1\" becomes a pipeline parameter (set it to a file path to run locally).").arg(in.name));
    }
    const QVariantMap outDefs = sub(root, "outputDefinitions");
    const QVariantMap dagOuts = sub(sub(root, "dag"), "outputs");
    for (const bool artifact : {false, true}) {
        const QVariantMap defs = sub(outDefs, artifact ? "artifacts" : "parameters");
        const QVariantMap sources = sub(dagOuts, artifact ? "artifacts" : "parameters");
        for (auto it = defs.cbegin(); it != defs.cend(); ++it) {
            const QVariantMap d = it.value().toMap();
            model::PipelineOutput o;
            o.spec.name = it.key();
            o.spec.type = artifact ? KfpIr::v1TypeForSchemaTitle(sub(d, "artifactType").value(QStringLiteral("schemaTitle")).toString())
                                   : KfpIr::v1TypeForParameterType(d.value(QStringLiteral("parameterType")).toString());
            const QVariantMap src = sources.value(it.key()).toMap();
            QVariantMap sel = artifact ? src.value(QStringLiteral("artifactSelectors")).toList().value(0).toMap()
                                       : sub(src, "valueFromParameter");
            const QString producer = sel.value(QStringLiteral("producerSubtask")).toString();
            if (!sel.isEmpty() && m_finalName.contains(producer)) {
                o.task = m_finalName.value(producer);
                o.output = sel.value(artifact ? QStringLiteral("outputArtifactKey") : QStringLiteral("outputParameterKey")).toString();
            } else {
                warn(QString(), QStringLiteral("pipeline-output"),
                     Tr::tr("Pipeline output \"%1\" comes from a group or several alternatives; it is left unconnected.").arg(it.key()));
            }
            out.snapshot.info.outputs.append(o);
        }
    }
    if (ir.contains(QStringLiteral("defaultPipelineRoot")))
        warn(QString(), QStringLiteral("pipeline-root"), Tr::tr("The default pipeline root is left out."));
    out.snapshot.tasks = m_tasks;
    out.diagnostics = m_diagnostics;
    return out;
}

} // namespace

Result<IrImport> importKfpIr(const QVariantMap &ir)
{
    IrImporter importer(ir);
    return importer.run(ir);
}

Result<QVariantList> parseIrDocuments(const QByteArray &yaml, const QString &sourceName)
{
    // Split at document markers (the SDK writes at most a PipelineSpec and a PlatformSpec).
    QList<QByteArray> docs{QByteArray()};
    for (const QByteArray &line : yaml.split('\n')) {
        if (line == "---" || line.startsWith("--- ") || line == "---\r")
            docs.append(QByteArray());
        else
            docs.last() += line + '\n';
    }
    QVariantList out;
    for (const QByteArray &d : std::as_const(docs)) {
        Result<manifest::YamlNode> node = manifest::parseYaml(d, sourceName);
        if (!node)
            return node.error();
        if (!node->isNull())
            out.append(node->toVariant());
    }
    return out;
}

Result<IrImport> importKfpIrYaml(const QByteArray &yaml, const QString &sourceName)
{
    Result<QVariantList> docs = parseIrDocuments(yaml, sourceName);
    if (!docs)
        return docs.error();
    std::optional<QVariantMap> spec;
    int platform = 0;
    for (const QVariant &d : docs.value()) {
        const QVariantMap m = d.toMap();
        if (!spec && (m.contains(QStringLiteral("pipelineInfo")) || m.contains(QStringLiteral("root"))))
            spec = m;
        else
            ++platform;
    }
    if (!spec)
        return makeError(QStringLiteral("not-a-kfp-pipeline"),
                         Tr::tr("%1 is not a KFP v2 pipeline (no document has pipelineInfo and root).").arg(sourceName));
    Result<IrImport> out = importKfpIr(*spec);
    if (out && platform > 0) {
        Diagnostic d;
        d.severity = Diagnostic::Severity::Warning;
        d.code = QStringLiteral("platform-spec");
        d.message = Tr::tr("The platform-specific settings (second YAML document: Kubernetes volumes, secrets...) are left out.");
        out->diagnostics.append(d);
    }
    return out;
}

} // namespace wb::bundle
