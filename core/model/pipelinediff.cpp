// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/pipelinediff.h"

#include "core/base/tr.h"

#include <QJsonArray>
#include <QSet>

namespace wb::model {

namespace {

QString variantText(const QVariant &v)
{
    if (!v.isValid())
        return {};
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.typeId() == QMetaType::QVariantMap || v.typeId() == QMetaType::QVariantList)
        return QStringLiteral("{...}");
    return v.toString();
}

QString conditionText(const std::optional<RunCondition> &c)
{
    if (!c)
        return {};
    return QStringLiteral("%1.%2 %3 %4").arg(c->task, c->output, c->op, c->value);
}

QString positionText(const Task &t)
{
    if (!t.hasPosition)
        return {};
    return QStringLiteral("%1,%2").arg(t.position.x()).arg(t.position.y());
}

void addField(QList<FieldChange> &out, const QString &field, const QString &before, const QString &after)
{
    out.append(FieldChange{field, before, after});
}

QString inputSummary(const InputSpec &p)
{
    QString s = p.type.name.isEmpty() ? QStringLiteral("untyped") : p.type.name;
    if (p.hasDefault())
        s += QStringLiteral(" = ") + variantText(p.defaultValue);
    if (p.optional)
        s += QStringLiteral(" (optional)");
    return s;
}

QString outputSummary(const PipelineOutput &o)
{
    QString s = o.spec.type.name.isEmpty() ? QStringLiteral("untyped") : o.spec.type.name;
    if (!o.task.isEmpty())
        s += QStringLiteral(" <- %1.%2").arg(o.task, o.output);
    return s;
}

QList<FieldChange> taskFieldChanges(const Task &a, const Task &b)
{
    QList<FieldChange> f;
    if (a.ref.name != b.ref.name || a.ref.url != b.ref.url || a.ref.tag != b.ref.tag
        || a.ref.specInline != b.ref.specInline)
        addField(f, QStringLiteral("component.ref"), a.ref.url.isEmpty() ? a.ref.name : a.ref.url,
                 b.ref.url.isEmpty() ? b.ref.name : b.ref.url);
    if (a.ref.digest != b.ref.digest)
        addField(f, QStringLiteral("component.digest"), a.ref.digest, b.ref.digest);
    if (a.ref.specInline && b.ref.specInline && !(a.ref == b.ref))
        addField(f, QStringLiteral("component.spec"), a.ref.spec ? a.ref.spec->name : QString(),
                 b.ref.spec ? b.ref.spec->name : QString());

    // Arguments: old order first, then inputs bound only in the new version.
    QStringList inputs;
    for (const auto &arg : a.arguments)
        inputs.append(arg.first);
    for (const auto &arg : b.arguments)
        if (!inputs.contains(arg.first))
            inputs.append(arg.first);
    for (const QString &in : std::as_const(inputs)) {
        const ArgumentValue *va = a.argument(in);
        const ArgumentValue *vb = b.argument(in);
        if (va && vb && *va == *vb)
            continue;
        addField(f, QStringLiteral("arguments.") + in, va ? argumentText(*va) : QString(),
                 vb ? argumentText(*vb) : QString());
    }

    const TaskOptions &oa = a.options, &ob = b.options;
    auto opt = [&f](const char *name, const QString &x, const QString &y) {
        if (x != y)
            addField(f, QStringLiteral("options.") + QLatin1String(name), x, y);
    };
    auto num = [](int v) { return QString::number(v); };
    opt("cache", oa.cache ? QStringLiteral("true") : QStringLiteral("false"),
        ob.cache ? QStringLiteral("true") : QStringLiteral("false"));
    opt("retries", num(oa.retries), num(ob.retries));
    opt("retryBackoffSeconds", num(oa.retryBackoffSeconds), num(ob.retryBackoffSeconds));
    opt("timeoutSeconds", num(oa.timeoutSeconds), num(ob.timeoutSeconds));
    opt("cpu", oa.cpu, ob.cpu);
    opt("memory", oa.memory, ob.memory);
    opt("gpu", num(oa.gpu), num(ob.gpu));
    if (a.extraExecutionOptions != b.extraExecutionOptions)
        addField(f, QStringLiteral("options.extra"), QString::number(a.extraExecutionOptions.size()),
                 QString::number(b.extraExecutionOptions.size()));
    if (oa.condition != ob.condition || a.extraIsEnabled != b.extraIsEnabled)
        addField(f, QStringLiteral("condition"),
                 oa.condition ? conditionText(oa.condition) : variantText(a.extraIsEnabled),
                 ob.condition ? conditionText(ob.condition) : variantText(b.extraIsEnabled));
    if (a.after != b.after)
        addField(f, QStringLiteral("after"), a.after.join(QLatin1String(", ")), b.after.join(QLatin1String(", ")));
    if (a.extraAnnotations != b.extraAnnotations)
        addField(f, QStringLiteral("annotations"), QString::number(a.extraAnnotations.size()),
                 QString::number(b.extraAnnotations.size()));
    if (a.hasPosition != b.hasPosition || (a.hasPosition && a.position != b.position))
        addField(f, QStringLiteral("position"), positionText(a), positionText(b));
    return f;
}

const Task *findTask(const PipelineSnapshot &p, const QString &name)
{
    for (const Task &t : p.tasks)
        if (t.name == name)
            return &t;
    return nullptr;
}

QJsonArray changesToJson(const QList<FieldChange> &list)
{
    QJsonArray out;
    for (const FieldChange &c : list)
        out.append(QJsonObject{{QStringLiteral("field"), c.field}, {QStringLiteral("before"), c.before},
                               {QStringLiteral("after"), c.after}});
    return out;
}

} // namespace

QStringList TaskChange::fieldNames() const
{
    QStringList names;
    for (const FieldChange &f : fields)
        names.append(f.field);
    return names;
}

QString argumentText(const ArgumentValue &v)
{
    switch (v.kind) {
    case ArgumentValue::Kind::Constant:
        return variantText(v.constant);
    case ArgumentValue::Kind::Parameter:
        return QStringLiteral("{%1}").arg(v.parameter);
    case ArgumentValue::Kind::TaskOutput:
        return QStringLiteral("%1.%2").arg(v.task, v.output);
    case ArgumentValue::Kind::Dataset:
        return QStringLiteral("dataset:") + v.manifest;
    }
    return {};
}

QStringList edgeStrings(const PipelineSnapshot &p)
{
    QStringList edges;
    for (const Task &t : p.tasks) {
        for (const auto &arg : t.arguments)
            if (arg.second.kind == ArgumentValue::Kind::TaskOutput)
                edges.append(QStringLiteral("%1.%2->%3.%4").arg(arg.second.task, arg.second.output, t.name, arg.first));
        for (const QString &up : t.after)
            edges.append(QStringLiteral("%1->%2 (after)").arg(up, t.name));
        if (t.options.condition)
            edges.append(QStringLiteral("%1.%2->%3 (condition)")
                             .arg(t.options.condition->task, t.options.condition->output, t.name));
    }
    edges.removeDuplicates();
    return edges;
}

PipelineDiff diffPipelines(const PipelineSnapshot &before, const PipelineSnapshot &after)
{
    PipelineDiff d;
    for (const Task &t : after.tasks)
        if (!findTask(before, t.name))
            d.added.append(t.name);
    for (const Task &t : before.tasks) {
        const Task *n = findTask(after, t.name);
        if (!n) {
            d.removed.append(t.name);
            continue;
        }
        QList<FieldChange> fields = taskFieldChanges(t, *n);
        if (!fields.isEmpty())
            d.changed.append(TaskChange{t.name, fields});
    }

    const QStringList ea = edgeStrings(before), eb = edgeStrings(after);
    const QSet<QString> sa(ea.cbegin(), ea.cend()), sb(eb.cbegin(), eb.cend());
    for (const QString &e : eb)
        if (!sa.contains(e))
            d.edgesAdded.append(e);
    for (const QString &e : ea)
        if (!sb.contains(e))
            d.edgesRemoved.append(e);

    auto findParam = [](const QList<InputSpec> &list, const QString &name) -> const InputSpec * {
        for (const InputSpec &p : list)
            if (p.name == name)
                return &p;
        return nullptr;
    };
    for (const InputSpec &p : after.info.parameters)
        if (!findParam(before.info.parameters, p.name))
            d.parametersAdded.append(p.name);
    for (const InputSpec &p : before.info.parameters) {
        const InputSpec *n = findParam(after.info.parameters, p.name);
        if (!n)
            d.parametersRemoved.append(p.name);
        else if (!(p == *n))
            addField(d.parametersChanged, p.name, inputSummary(p), inputSummary(*n));
    }

    auto findOutput = [](const QList<PipelineOutput> &list, const QString &name) -> const PipelineOutput * {
        for (const PipelineOutput &o : list)
            if (o.spec.name == name)
                return &o;
        return nullptr;
    };
    for (const PipelineOutput &o : after.info.outputs)
        if (!findOutput(before.info.outputs, o.spec.name))
            d.outputsAdded.append(o.spec.name);
    for (const PipelineOutput &o : before.info.outputs) {
        const PipelineOutput *n = findOutput(after.info.outputs, o.spec.name);
        if (!n)
            d.outputsRemoved.append(o.spec.name);
        else if (!(o == *n))
            addField(d.outputsChanged, o.spec.name, outputSummary(o), outputSummary(*n));
    }

    if (before.info.name != after.info.name)
        addField(d.header, QStringLiteral("name"), before.info.name, after.info.name);
    if (before.info.description != after.info.description)
        addField(d.header, QStringLiteral("description"), before.info.description, after.info.description);
    if (before.info.metadata != after.info.metadata)
        addField(d.header, QStringLiteral("metadata"), QString(), QString());
    return d;
}

bool PipelineDiff::isEmpty() const
{
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && edgesAdded.isEmpty()
           && edgesRemoved.isEmpty() && parametersAdded.isEmpty() && parametersRemoved.isEmpty()
           && parametersChanged.isEmpty() && outputsAdded.isEmpty() && outputsRemoved.isEmpty()
           && outputsChanged.isEmpty() && header.isEmpty();
}

const TaskChange *PipelineDiff::change(const QString &task) const
{
    for (const TaskChange &c : changed)
        if (c.task == task)
            return &c;
    return nullptr;
}

PipelineDiff PipelineDiff::withoutPositions() const
{
    PipelineDiff d = *this;
    d.changed.clear();
    for (TaskChange c : changed) {
        c.fields.removeIf([](const FieldChange &f) { return f.field == QLatin1String("position"); });
        if (!c.fields.isEmpty())
            d.changed.append(c);
    }
    return d;
}

QJsonObject PipelineDiff::toJson() const
{
    QJsonArray changedJson;
    for (const TaskChange &c : changed)
        changedJson.append(QJsonObject{{QStringLiteral("task"), c.task},
                                       {QStringLiteral("fields"), QJsonArray::fromStringList(c.fieldNames())},
                                       {QStringLiteral("details"), changesToJson(c.fields)}});
    return QJsonObject{
        {QStringLiteral("added"), QJsonArray::fromStringList(added)},
        {QStringLiteral("removed"), QJsonArray::fromStringList(removed)},
        {QStringLiteral("changed"), changedJson},
        {QStringLiteral("edgesAdded"), QJsonArray::fromStringList(edgesAdded)},
        {QStringLiteral("edgesRemoved"), QJsonArray::fromStringList(edgesRemoved)},
        {QStringLiteral("parameters"),
         QJsonObject{{QStringLiteral("added"), QJsonArray::fromStringList(parametersAdded)},
                     {QStringLiteral("removed"), QJsonArray::fromStringList(parametersRemoved)},
                     {QStringLiteral("changed"), changesToJson(parametersChanged)}}},
        {QStringLiteral("outputs"),
         QJsonObject{{QStringLiteral("added"), QJsonArray::fromStringList(outputsAdded)},
                     {QStringLiteral("removed"), QJsonArray::fromStringList(outputsRemoved)},
                     {QStringLiteral("changed"), changesToJson(outputsChanged)}}},
        {QStringLiteral("header"), changesToJson(header)},
    };
}

QString PipelineDiff::toText() const
{
    if (isEmpty())
        return Tr::tr("No differences.");
    QStringList lines;
    for (const QString &t : added)
        lines << Tr::tr("+ task %1").arg(t);
    for (const QString &t : removed)
        lines << Tr::tr("- task %1").arg(t);
    for (const TaskChange &c : changed) {
        lines << Tr::tr("~ task %1").arg(c.task);
        for (const FieldChange &f : c.fields)
            lines << QStringLiteral("    %1: %2 -> %3").arg(f.field, f.before, f.after);
    }
    for (const QString &e : edgesAdded)
        lines << Tr::tr("+ edge %1").arg(e);
    for (const QString &e : edgesRemoved)
        lines << Tr::tr("- edge %1").arg(e);
    for (const QString &p : parametersAdded)
        lines << Tr::tr("+ parameter %1").arg(p);
    for (const QString &p : parametersRemoved)
        lines << Tr::tr("- parameter %1").arg(p);
    for (const FieldChange &f : parametersChanged)
        lines << Tr::tr("~ parameter %1: %2 -> %3").arg(f.field, f.before, f.after);
    for (const QString &o : outputsAdded)
        lines << Tr::tr("+ output %1").arg(o);
    for (const QString &o : outputsRemoved)
        lines << Tr::tr("- output %1").arg(o);
    for (const FieldChange &f : outputsChanged)
        lines << Tr::tr("~ output %1: %2 -> %3").arg(f.field, f.before, f.after);
    for (const FieldChange &f : header)
        lines << Tr::tr("~ pipeline %1").arg(f.field);
    return lines.join(QLatin1Char('\n'));
}

} // namespace wb::model
