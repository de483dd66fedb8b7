// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/modelmapper.h"

#include "core/base/tr.h"
#include "core/model/pipelinemodel.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace wb::model::ModelMapper {

namespace {

const QString kPosition = QStringLiteral("editor.mlwb.io/position");
const QString kAfter = QStringLiteral("mlwb.io/after");
const QString kBackoff = QStringLiteral("mlwb.io/retry-backoff-seconds");
const QString kTimeout = QStringLiteral("mlwb.io/timeout-seconds");
const QString kCpu = QStringLiteral("mlwb.io/cpu");
const QString kMemory = QStringLiteral("mlwb.io/memory");
const QString kGpu = QStringLiteral("mlwb.io/gpu");
const QString kNetwork = QStringLiteral("mlwb.io/network");
const QString kRetry = QStringLiteral("retryStrategy");
const QString kMaxRetries = QStringLiteral("maxRetries");
const QString kCaching = QStringLiteral("cachingStrategy");
const QString kStaleness = QStringLiteral("maxCacheStaleness");
const QString kNoCache = QStringLiteral("P0D");

ArgumentValue toValue(const ArgumentSpec &a)
{
    ArgumentValue v;
    v.type = a.type;
    switch (a.kind) {
    case ArgumentSpec::Kind::Constant: v.kind = ArgumentValue::Kind::Constant; v.constant = a.constant; break;
    case ArgumentSpec::Kind::GraphInput: v.kind = ArgumentValue::Kind::Parameter; v.parameter = a.inputName; break;
    case ArgumentSpec::Kind::TaskOutput:
        v.kind = ArgumentValue::Kind::TaskOutput;
        v.task = a.taskId;
        v.output = a.outputName;
        break;
    case ArgumentSpec::Kind::Dataset: v.kind = ArgumentValue::Kind::Dataset; v.manifest = a.manifest; break;
    }
    return v;
}

ArgumentSpec toSpec(const ArgumentValue &v)
{
    ArgumentSpec a;
    a.type = v.type;
    switch (v.kind) {
    case ArgumentValue::Kind::Constant: a.kind = ArgumentSpec::Kind::Constant; a.constant = v.constant; break;
    case ArgumentValue::Kind::Parameter: a.kind = ArgumentSpec::Kind::GraphInput; a.inputName = v.parameter; break;
    case ArgumentValue::Kind::TaskOutput:
        a.kind = ArgumentSpec::Kind::TaskOutput;
        a.taskId = v.task;
        a.outputName = v.output;
        break;
    case ArgumentValue::Kind::Dataset: a.kind = ArgumentSpec::Kind::Dataset; a.manifest = v.manifest; break;
    }
    return a;
}

QString numberText(double v)
{
    return QString::number(v, 'g', 12);
}

/// Takes an int annotation out of `m` (0 when absent or not a number).
int takeInt(QVariantMap &m, const QString &key)
{
    bool ok = false;
    const int v = m.value(key).toString().toInt(&ok);
    if (!ok)
        return 0;
    m.remove(key);
    return v;
}

std::optional<RunCondition> parseCondition(const QVariant &isEnabled)
{
    const QVariantMap m = isEnabled.toMap();
    if (m.size() != 1 || !RunCondition::isValidOperator(m.firstKey()))
        return std::nullopt;
    const QVariantMap operands = m.first().toMap();
    const QVariantMap ref = operands.value(QStringLiteral("op1")).toMap().value(QStringLiteral("taskOutput")).toMap();
    const QVariant op2 = operands.value(QStringLiteral("op2"));
    if (operands.size() != 2 || ref.isEmpty() || !op2.isValid() || op2.typeId() == QMetaType::QVariantMap
        || op2.typeId() == QMetaType::QVariantList)
        return std::nullopt;
    RunCondition c;
    c.op = m.firstKey();
    c.task = ref.value(QStringLiteral("taskId")).toString();
    c.output = ref.value(QStringLiteral("outputName")).toString();
    c.value = op2.typeId() == QMetaType::Bool ? (op2.toBool() ? QStringLiteral("True") : QStringLiteral("False"))
                                               : op2.toString();
    if (c.task.isEmpty() || c.output.isEmpty())
        return std::nullopt;
    return c;
}

Task toTask(const TaskSpec &ts, const ComponentResolver &resolver, Diagnostics &diags)
{
    Task t;
    t.name = ts.id;
    t.ref = ts.componentRef;
    ResolvedComponent r = resolver(ts.id, ts.componentRef);
    t.spec = r.spec;
    t.missingReason = r.spec ? QString() : r.missingReason;
    diags.append(r.diagnostics);
    if (!t.ref.specInline)
        t.ref.spec.reset(); // a file reference stays a reference when saved
    for (const auto &[input, arg] : ts.arguments)
        t.arguments.append({input, toValue(arg)});

    QVariantMap ann = ts.annotations;
    if (ann.contains(kPosition)) {
        const QStringList xy = ann.value(kPosition).toString().split(QLatin1Char(','));
        bool okX = false, okY = false;
        const double x = xy.value(0).trimmed().toDouble(&okX);
        const double y = xy.value(1).trimmed().toDouble(&okY);
        if (xy.size() == 2 && okX && okY) {
            t.position = QPointF(x, y);
            t.hasPosition = true;
            ann.remove(kPosition);
        }
    }
    if (ann.contains(kAfter)) {
        const QJsonDocument doc = QJsonDocument::fromJson(ann.value(kAfter).toString().toUtf8());
        if (doc.isArray()) {
            for (const QJsonValue &v : doc.array())
                if (v.isString())
                    t.after.append(v.toString());
            ann.remove(kAfter);
        }
    }
    t.options.retryBackoffSeconds = takeInt(ann, kBackoff);
    t.options.timeoutSeconds = takeInt(ann, kTimeout);
    t.options.gpu = takeInt(ann, kGpu);
    t.options.cpu = ann.take(kCpu).toString();
    t.options.memory = ann.take(kMemory).toString();
    if (ann.contains(kNetwork)) {
        // "true"/"false" (a YAML boolean reads the same); anything else is kept verbatim.
        const QString v = ann.value(kNetwork).toString().trimmed().toLower();
        if (v == QLatin1String("true") || v == QLatin1String("false")) {
            t.options.network = v == QLatin1String("true");
            ann.remove(kNetwork);
        }
    }
    t.extraAnnotations = ann;

    QVariantMap exec = ts.executionOptions;
    QVariantMap retry = exec.value(kRetry).toMap();
    bool ok = false;
    const int retries = retry.value(kMaxRetries).toString().toInt(&ok);
    if (ok && retry.contains(kMaxRetries)) {
        t.options.retries = retries;
        retry.remove(kMaxRetries);
        if (retry.isEmpty())
            exec.remove(kRetry);
        else
            exec.insert(kRetry, retry);
    }
    QVariantMap caching = exec.value(kCaching).toMap();
    if (caching.value(kStaleness).toString() == kNoCache) {
        t.options.cache = false;
        caching.remove(kStaleness);
        if (caching.isEmpty())
            exec.remove(kCaching);
        else
            exec.insert(kCaching, caching);
    }
    t.extraExecutionOptions = exec;

    if (ts.isEnabled.isValid()) {
        if (auto c = parseCondition(ts.isEnabled))
            t.options.condition = c;
        else
            t.extraIsEnabled = ts.isEnabled;
    }
    return t;
}

TaskSpec toTaskSpec(const Task &t)
{
    TaskSpec ts;
    ts.id = t.name;
    ts.componentRef = t.ref;
    if (t.ref.specInline)
        ts.componentRef.spec = t.spec ? t.spec : t.ref.spec;
    else
        ts.componentRef.spec.reset();
    for (const auto &[input, v] : t.arguments)
        ts.arguments.append({input, toSpec(v)});

    QVariantMap exec = t.extraExecutionOptions;
    if (t.options.retries > 0) {
        QVariantMap retry = exec.value(kRetry).toMap();
        retry.insert(kMaxRetries, t.options.retries);
        exec.insert(kRetry, retry);
    }
    if (!t.options.cache) {
        QVariantMap caching = exec.value(kCaching).toMap();
        caching.insert(kStaleness, kNoCache);
        exec.insert(kCaching, caching);
    }
    ts.executionOptions = exec;

    if (const auto &c = t.options.condition) {
        QVariantMap ref{{QStringLiteral("taskId"), c->task}, {QStringLiteral("outputName"), c->output}};
        QVariantMap operands{{QStringLiteral("op1"), QVariantMap{{QStringLiteral("taskOutput"), ref}}},
                             {QStringLiteral("op2"), c->value}};
        ts.isEnabled = QVariantMap{{c->op, operands}};
    } else {
        ts.isEnabled = t.extraIsEnabled;
    }

    QVariantMap ann = t.extraAnnotations;
    if (t.hasPosition)
        ann.insert(kPosition, numberText(t.position.x()) + QLatin1Char(',') + numberText(t.position.y()));
    if (!t.after.isEmpty())
        ann.insert(kAfter, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(t.after))
                                                 .toJson(QJsonDocument::Compact)));
    auto putInt = [&ann](const QString &key, int v) {
        if (v > 0)
            ann.insert(key, QString::number(v));
    };
    putInt(kBackoff, t.options.retryBackoffSeconds);
    putInt(kTimeout, t.options.timeoutSeconds);
    putInt(kGpu, t.options.gpu);
    if (!t.options.cpu.isEmpty())
        ann.insert(kCpu, t.options.cpu);
    if (!t.options.memory.isEmpty())
        ann.insert(kMemory, t.options.memory);
    if (t.options.network)
        ann.insert(kNetwork, *t.options.network ? QStringLiteral("true") : QStringLiteral("false"));
    ts.annotations = ann;
    return ts;
}

} // namespace

ResolvedComponent resolveInlineOnly(const QString &, const ComponentRef &ref)
{
    ResolvedComponent r;
    r.spec = ref.spec;
    if (!r.spec)
        r.missingReason = ref.url.isEmpty() ? Tr::tr("the task has no inline component spec")
                                            : Tr::tr("%1 was not loaded").arg(ref.url);
    return r;
}

ToModelResult toModel(const ComponentSpec &pipeline, const ComponentResolver &resolver)
{
    ToModelResult result;
    if (pipeline.implementation != ComponentSpec::Implementation::Graph) {
        Diagnostic d;
        d.code = QStringLiteral("not-a-pipeline");
        d.message = Tr::tr("\"%1\" is a container component, not a pipeline (it has no implementation.graph).")
                        .arg(pipeline.name);
        result.diagnostics.append(d);
        return result;
    }
    PipelineInfo &info = result.snapshot.info;
    info.name = pipeline.name;
    info.description = pipeline.description;
    info.metadata = pipeline.metadata;
    info.parameters = pipeline.inputs;
    QHash<QString, ArgumentSpec> values;
    for (const auto &[name, arg] : pipeline.graph.outputValues)
        values.insert(name, arg);
    for (const OutputSpec &o : pipeline.outputs) {
        PipelineOutput po;
        po.spec = o;
        const ArgumentSpec a = values.take(o.name);
        if (a.kind == ArgumentSpec::Kind::TaskOutput) {
            po.task = a.taskId;
            po.output = a.outputName;
            po.argumentType = a.type;
        }
        info.outputs.append(po);
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        Diagnostic d;
        d.severity = Diagnostic::Severity::Warning;
        d.code = QStringLiteral("unknown-output");
        d.message = Tr::tr("outputValues names \"%1\", which is not among the pipeline's outputs; it is dropped.")
                        .arg(it.key());
        result.diagnostics.append(d);
    }
    for (const TaskSpec &ts : pipeline.graph.tasks)
        result.snapshot.tasks.append(toTask(ts, resolver, result.diagnostics));
    return result;
}

ComponentSpec fromSnapshot(const PipelineSnapshot &snapshot)
{
    ComponentSpec spec;
    const PipelineInfo &info = snapshot.info;
    spec.name = info.name;
    spec.description = info.description;
    spec.metadata = info.metadata;
    spec.inputs = info.parameters;
    spec.implementation = ComponentSpec::Implementation::Graph;
    for (const PipelineOutput &o : info.outputs) {
        spec.outputs.append(o.spec);
        if (o.task.isEmpty())
            continue;
        ArgumentSpec a;
        a.kind = ArgumentSpec::Kind::TaskOutput;
        a.taskId = o.task;
        a.outputName = o.output;
        a.type = o.argumentType;
        spec.graph.outputValues.append({o.spec.name, a});
    }
    for (const Task &t : snapshot.tasks)
        spec.graph.tasks.append(toTaskSpec(t));
    return spec;
}

ComponentSpec fromModel(const PipelineModel &model)
{
    return fromSnapshot(model.snapshot());
}

} // namespace wb::model::ModelMapper
