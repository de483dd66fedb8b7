// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/pipelinetypes.h"

#include "core/base/tr.h"

#include <QRegularExpression>

namespace wb::model {

ArgumentValue ArgumentValue::fromConstant(const QVariant &v)
{
    ArgumentValue a;
    a.constant = v;
    return a;
}

ArgumentValue ArgumentValue::fromParameter(const QString &name)
{
    ArgumentValue a;
    a.kind = Kind::Parameter;
    a.parameter = name;
    return a;
}

ArgumentValue ArgumentValue::fromTaskOutput(const QString &task, const QString &output)
{
    ArgumentValue a;
    a.kind = Kind::TaskOutput;
    a.task = task;
    a.output = output;
    return a;
}

ArgumentValue ArgumentValue::fromDataset(const QString &manifest)
{
    ArgumentValue a;
    a.kind = Kind::Dataset;
    a.manifest = manifest;
    return a;
}

bool RunCondition::isValidOperator(const QString &op)
{
    static const QStringList ops{"==", "!=", "<", "<=", ">", ">="};
    return ops.contains(op);
}

const ArgumentValue *Task::argument(const QString &input) const
{
    for (const auto &p : arguments)
        if (p.first == input)
            return &p.second;
    return nullptr;
}

void Task::setArgument(const QString &input, const ArgumentValue &value)
{
    for (auto &p : arguments) {
        if (p.first == input) {
            p.second = value;
            return;
        }
    }
    arguments.append({input, value});
}

bool Task::clearArgument(const QString &input)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i).first == input) {
            arguments.removeAt(i);
            return true;
        }
    }
    return false;
}

QStringList Task::referencedTasks() const
{
    QStringList out;
    for (const auto &p : arguments)
        if (p.second.kind == ArgumentValue::Kind::TaskOutput && !out.contains(p.second.task))
            out.append(p.second.task);
    for (const QString &a : after)
        if (!out.contains(a))
            out.append(a);
    if (options.condition && !out.contains(options.condition->task))
        out.append(options.condition->task);
    return out;
}

bool Task::renameReferences(const QString &from, const QString &to)
{
    bool changed = false;
    for (auto &p : arguments) {
        if (p.second.kind == ArgumentValue::Kind::TaskOutput && p.second.task == from) {
            p.second.task = to;
            changed = true;
        }
    }
    for (QString &a : after) {
        if (a == from) {
            a = to;
            changed = true;
        }
    }
    if (options.condition && options.condition->task == from) {
        options.condition->task = to;
        changed = true;
    }
    return changed;
}

bool Task::dropReferences(const QString &task)
{
    bool changed = false;
    for (qsizetype i = arguments.size() - 1; i >= 0; --i) {
        const ArgumentValue &v = arguments.at(i).second;
        if (v.kind == ArgumentValue::Kind::TaskOutput && v.task == task) {
            arguments.removeAt(i);
            changed = true;
        }
    }
    if (after.removeAll(task) > 0)
        changed = true;
    if (options.condition && options.condition->task == task) {
        options.condition.reset();
        changed = true;
    }
    return changed;
}

bool sameComponentRef(const ComponentRef &a, const ComponentRef &b)
{
    return a.name == b.name && a.digest == b.digest && a.tag == b.tag && a.url == b.url
           && a.spec == b.spec && a.specInline == b.specInline;
}

bool operator==(const Task &a, const Task &b)
{
    return a.id == b.id && a.name == b.name && sameComponentRef(a.ref, b.ref) && a.spec == b.spec
           && a.missingReason == b.missingReason && a.arguments == b.arguments
           && a.after == b.after && a.options == b.options && a.position == b.position
           && a.hasPosition == b.hasPosition && a.extraAnnotations == b.extraAnnotations
           && a.extraExecutionOptions == b.extraExecutionOptions
           && a.extraIsEnabled == b.extraIsEnabled;
}

size_t qHash(const Edge &e, size_t seed) noexcept
{
    return qHashMulti(seed, int(e.kind), e.from, e.output, e.to, e.input);
}

QString taskNameFromComponentName(const QString &componentName)
{
    QString s = componentName.trimmed().toLower();
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
    s.replace(nonWord, QStringLiteral("-"));
    while (s.startsWith(QLatin1Char('-')))
        s.remove(0, 1);
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    return s.isEmpty() ? QStringLiteral("task") : s.left(60);
}

QString checkTaskName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Tr::tr("A task name cannot be empty.");
    if (name != name.trimmed())
        return Tr::tr("A task name cannot start or end with spaces.");
    if (name.size() > 200)
        return Tr::tr("A task name can have at most 200 characters.");
    for (QChar c : name)
        if (c.category() == QChar::Other_Control)
            return Tr::tr("A task name cannot contain control characters.");
    return {};
}

} // namespace wb::model

namespace wb::model {
bool typesCompatible(const TypeSpec &a, const TypeSpec &b)
{
    return a.isUntyped() || b.isUntyped() || a.name.compare(b.name, Qt::CaseInsensitive) == 0;
}
} // namespace wb::model
