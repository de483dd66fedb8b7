// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/pipelinevalidator.h"

#include "core/base/tr.h"
#include "core/model/graphalgorithms.h"
#include "core/model/literalcheck.h"
#include "core/model/pipelinemodel.h"

namespace wb::model {

namespace {

Diagnostic make(Diagnostic::Severity s, const char *code, const QString &task, const QString &message)
{
    Diagnostic d;
    d.severity = s;
    d.code = QString::fromLatin1(code);
    d.task = task;
    d.message = message;
    return d;
}

constexpr auto Error = Diagnostic::Severity::Error;
constexpr auto Warning = Diagnostic::Severity::Warning;

/// Checks a reference to `task`.`output`; returns the output spec when it resolves.
const OutputSpec *checkOutputRef(const PipelineModel &model, const QString &owner,
                                 const QString &task, const QString &output,
                                 const QString &what, Diagnostics &out)
{
    const NodeId from = model.taskByName(task);
    if (!from.isValid()) {
        out.append(make(Error, "missing-task", owner,
                        Tr::tr("%1 refers to task \"%2\", which does not exist.").arg(what, task)));
        return nullptr;
    }
    const Task &up = model.task(from);
    if (!up.spec)
        return nullptr; // unknown-component is reported on that task already
    const OutputSpec *o = up.spec->output(output);
    if (!o)
        out.append(make(Error, "missing-output", owner,
                        Tr::tr("%1 refers to output \"%2\" of task \"%3\", which has no such output.")
                            .arg(what, output, task)));
    return o;
}

void validateTask(const PipelineModel &model, const Task &t, Diagnostics &out)
{
    if (!t.spec) {
        out.append(make(Error, "unknown-component", t.name,
                        Tr::tr("Task \"%1\": component not found%2")
                            .arg(t.name, t.missingReason.isEmpty() ? QStringLiteral(".")
                                                                   : QStringLiteral(": ") + t.missingReason)));
    }
    for (const auto &[input, value] : t.arguments) {
        const InputSpec *in = t.spec ? t.spec->input(input) : nullptr;
        if (t.spec && !in)
            out.append(make(Warning, "unknown-input", t.name,
                            Tr::tr("Task \"%1\" sets input \"%2\", which its component does not have.")
                                .arg(t.name, input)));
        const QString what = Tr::tr("Input \"%1\" of task \"%2\"").arg(input, t.name);
        if (value.kind == ArgumentValue::Kind::Constant) {
            if (const auto why = in ? checkLiteral(in->type, value.constant) : std::nullopt)
                out.append(make(Error, "invalid-value", t.name,
                                Tr::tr("Task \"%1\": input \"%2\" (%3) cannot take \"%4\": %5.")
                                    .arg(t.name, input, in->type.name,
                                         literalForMessage(literalText(value.constant)), *why)));
        } else if (value.kind == ArgumentValue::Kind::Parameter) {
            const InputSpec *p = model.parameter(value.parameter);
            if (!p)
                out.append(make(Error, "unknown-parameter", t.name,
                                Tr::tr("%1 uses pipeline parameter \"%2\", which is not defined.")
                                    .arg(what, value.parameter)));
            else if (in && !typesCompatible(p->type, in->type))
                out.append(make(Error, "type-mismatch", t.name,
                                Tr::tr("%1 expects %2 but parameter \"%3\" is %4.")
                                    .arg(what, in->type.name, p->name, p->type.name)));
        } else if (value.kind == ArgumentValue::Kind::TaskOutput) {
            const OutputSpec *o = checkOutputRef(model, t.name, value.task, value.output, what, out);
            if (o && in && !typesCompatible(o->type, in->type))
                out.append(make(Error, "type-mismatch", t.name,
                                Tr::tr("%1 expects %2 but output \"%3\" of \"%4\" is %5.")
                                    .arg(what, in->type.name, value.output, value.task, o->type.name)));
        }
    }
    if (t.spec) {
        for (const InputSpec &in : t.spec->inputs) {
            if (!in.optional && !in.hasDefault() && !t.argument(in.name))
                out.append(make(Error, "missing-argument", t.name,
                                Tr::tr("Task \"%1\": required input \"%2\" has no value.").arg(t.name, in.name)));
        }
    }
    for (const QString &a : t.after) {
        if (!model.taskByName(a).isValid())
            out.append(make(Error, "missing-task", t.name,
                            Tr::tr("Task \"%1\" runs after \"%2\", which does not exist.").arg(t.name, a)));
    }
    if (const auto &c = t.options.condition) {
        if (!RunCondition::isValidOperator(c->op))
            out.append(make(Error, "invalid-condition", t.name,
                            Tr::tr("Task \"%1\": unknown comparison \"%2\".").arg(t.name, c->op)));
        checkOutputRef(model, t.name, c->task, c->output,
                       Tr::tr("The run condition of task \"%1\"").arg(t.name), out);
    }
}

} // namespace

Diagnostics validatePipeline(const PipelineModel &model)
{
    Diagnostics out;
    QHash<QString, QString> seen; // lower-case name -> first spelling
    for (NodeId id : model.taskIds()) {
        const Task &t = model.task(id);
        const QString key = t.name.toLower();
        if (seen.contains(key))
            out.append(make(Error, "duplicate-task-name", t.name,
                            Tr::tr("Task name \"%1\" is used twice (\"%2\"); names must differ, ignoring case.")
                                .arg(t.name, seen.value(key))));
        else
            seen.insert(key, t.name);
        validateTask(model, t, out);
    }
    // Defaults of pipeline parameters: what a run uses when no value is given.
    out.append(checkRunParameters(model.info(), {}));
    for (const PipelineOutput &o : model.outputs()) {
        const QString what = Tr::tr("Pipeline output \"%1\"").arg(o.spec.name);
        if (o.task.isEmpty()) {
            out.append(make(Warning, "unbound-output", QString(),
                            Tr::tr("%1 is not connected to any task output.").arg(what)));
            continue;
        }
        const OutputSpec *src = checkOutputRef(model, QString(), o.task, o.output, what, out);
        if (src && !typesCompatible(src->type, o.spec.type))
            out.append(make(Error, "type-mismatch", o.task,
                            Tr::tr("%1 is %2 but output \"%3\" of \"%4\" is %5.")
                                .arg(what, o.spec.type.name, o.output, o.task, src->type.name)));
    }
    for (const QList<NodeId> &cycle : graph::cycles(model)) {
        QStringList names;
        for (NodeId id : cycle)
            names.append(model.task(id).name);
        Diagnostic d = make(Error, "cycle", names.first(),
                            Tr::tr("These tasks form a cycle: %1.").arg(names.join(QStringLiteral(", "))));
        out.append(d);
    }
    return out;
}

} // namespace wb::model
