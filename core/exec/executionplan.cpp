// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exec/executionplan.h"

#include "core/base/fileio.h"
#include "core/base/tr.h"
#include "core/manifest/componentwriter.h"
#include "core/model/commandresolver.h"
#include "core/model/literalcheck.h"
#include "core/store/runmetrics.h"
#include "core/vcs/datasetmanifest.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace wb::exec {

const PlanInput *PlanStep::input(const QString &name) const
{
    for (const PlanInput &i : inputs)
        if (i.name == name)
            return &i;
    return nullptr;
}

const PlanStep *ExecutionPlan::step(const QString &task) const
{
    const int i = indexOf(task);
    return i < 0 ? nullptr : &steps.at(i);
}

int ExecutionPlan::indexOf(const QString &task) const
{
    for (int i = 0; i < steps.size(); ++i)
        if (steps.at(i).task == task)
            return i;
    return -1;
}

QSet<QString> ExecutionPlan::downstreamOf(const QString &task) const
{
    QSet<QString> result;
    // Steps are topologically ordered: one forward pass reaches every descendant.
    for (const PlanStep &s : steps) {
        for (const QString &d : s.dependsOn) {
            if (d == task || result.contains(d)) {
                result.insert(s.task);
                break;
            }
        }
    }
    return result;
}

QSet<QString> ExecutionPlan::upstreamOf(const QString &task) const
{
    QSet<QString> result;
    QStringList todo{task};
    while (!todo.isEmpty()) {
        const PlanStep *s = step(todo.takeLast());
        if (!s)
            continue;
        for (const QString &d : s->dependsOn)
            if (!result.contains(d)) {
                result.insert(d);
                todo.append(d);
            }
    }
    return result;
}

QString PlanCompiler::valueToString(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    return value.toString();
}

QString PlanCompiler::componentDigest(const model::ComponentSpec &spec)
{
    return sha256Hex(manifest::writeComponentSpec(spec));
}

QString PlanCompiler::artifactTypeFor(const QString &kfpTypeName)
{
    const QString t = kfpTypeName.toLower();
    static const QHash<QString, QString> map = {
        {QStringLiteral("model"), QStringLiteral("system.Model")},
        {QStringLiteral("metrics"), QStringLiteral("system.Metrics")},
        {QStringLiteral("classificationmetrics"), QStringLiteral("system.ClassificationMetrics")},
        {QStringLiteral("slicedclassificationmetrics"),
         QStringLiteral("system.SlicedClassificationMetrics")},
        {QStringLiteral("html"), QStringLiteral("system.HTML")},
        {QStringLiteral("markdown"), QStringLiteral("system.Markdown")},
        {QStringLiteral("dataset"), QStringLiteral("system.Dataset")},
        // Tabular data files are what MLMD users call datasets.
        {QStringLiteral("csv"), QStringLiteral("system.Dataset")},
        {QStringLiteral("tsv"), QStringLiteral("system.Dataset")},
        {QStringLiteral("apacheparquet"), QStringLiteral("system.Dataset")},
    };
    return map.value(t, QStringLiteral("system.Artifact"));
}

static void collectValueUses(const model::CommandItem &item, QSet<QString> &out)
{
    using K = model::CommandItem::Kind;
    if (item.kind == K::InputValue)
        out.insert(item.text);
    for (const auto *list : {&item.parts, &item.cond, &item.thenItems, &item.elseItems})
        for (const model::CommandItem &c : *list)
            collectValueUses(c, out);
}

QSet<QString> PlanCompiler::inputsUsedAsValue(const model::ComponentSpec &spec)
{
    QSet<QString> out;
    for (const auto &c : spec.container.command)
        collectValueUses(c, out);
    for (const auto &c : spec.container.args)
        collectValueUses(c, out);
    for (const auto &e : spec.container.env)
        collectValueUses(e.value, out);
    return out;
}

namespace {

struct Compiler
{
    const model::PipelineSnapshot &pipeline;
    const PlanOptions &options;
    ExecutionPlan plan;
    QStringList problems;
    QHash<QString, const model::Task *> byName;

    void problem(const QString &task, const QString &text)
    {
        problems.append(task.isEmpty() ? text : Tr::tr("Task '%1': %2").arg(task, text));
    }

    void collectParameters()
    {
        for (auto it = options.parameters.cbegin(); it != options.parameters.cend(); ++it) {
            bool known = false;
            for (const model::InputSpec &p : pipeline.info.parameters)
                known = known || p.name == it.key();
            if (!known)
                problem({}, Tr::tr("The pipeline has no parameter '%1'").arg(it.key()));
        }
        for (const model::InputSpec &p : pipeline.info.parameters) {
            if (options.parameters.contains(p.name))
                plan.parameters.insert(p.name, options.parameters.value(p.name));
            else if (p.hasDefault())
                plan.parameters.insert(p.name, p.defaultAsString());
        }
        // Values given for the run (or defaults) that do not fit their parameter's type.
        for (const Diagnostic &d : model::checkRunParameters(pipeline.info, options.parameters))
            problem({}, d.message);
    }

    bool bindInput(const model::Task &task, const QString &inputName,
                   const model::ArgumentValue &arg, PlanStep &step)
    {
        using AK = model::ArgumentValue::Kind;
        const model::InputSpec *spec = task.spec->input(inputName);
        if (!spec) {
            problem(task.name, Tr::tr("the component has no input '%1'").arg(inputName));
            return false;
        }
        PlanInput in;
        in.name = inputName;
        in.typeName = spec->type.name;
        switch (arg.kind) {
        case AK::Constant:
            in.value = PlanCompiler::valueToString(arg.constant);
            // A value the container would refuse stops the run before it starts.
            if (const std::optional<QString> why = model::checkLiteral(spec->type, arg.constant))
                problem(task.name, Tr::tr("input '%1' (%2) cannot take '%3': %4")
                                       .arg(inputName, spec->type.name, model::literalForMessage(in.value), *why));
            break;
        case AK::Parameter:
            if (!plan.parameters.contains(arg.parameter)) {
                bool declared = false;
                for (const model::InputSpec &p : pipeline.info.parameters)
                    declared = declared || p.name == arg.parameter;
                if (!declared)
                    problem(task.name, Tr::tr("input '%1' uses the unknown pipeline parameter "
                                              "'%2'").arg(inputName, arg.parameter));
                else if (!spec->optional && !spec->hasDefault())
                    problem(task.name, Tr::tr("pipeline parameter '%1' has no value; pass "
                                              "--param %1=VALUE").arg(arg.parameter));
                return false; // optional input left out
            }
            in.value = plan.parameters.value(arg.parameter);
            break;
        case AK::TaskOutput: {
            const model::Task *up = byName.value(arg.task);
            if (!up) {
                problem(task.name, Tr::tr("input '%1' is bound to the unknown task '%2'")
                                       .arg(inputName, arg.task));
                return false;
            }
            if (up->spec && !up->spec->output(arg.output)) {
                problem(task.name, Tr::tr("input '%1' is bound to '%2.%3', but task '%2' has "
                                          "no output '%3'").arg(inputName, arg.task, arg.output));
                return false;
            }
            in.kind = PlanInput::Kind::TaskOutput;
            in.task = arg.task;
            in.output = arg.output;
            break;
        }
        case AK::Dataset: {
            const QString manifestPath = QDir(options.baseDir).absoluteFilePath(arg.manifest);
            auto bytes = readFileLimited(manifestPath, 16 * 1024 * 1024);
            if (!bytes.ok()) {
                problem(task.name, Tr::tr("cannot read the dataset manifest '%1': %2")
                                       .arg(arg.manifest, bytes.error().text()));
                return false;
            }
            auto manifest = vcs::readDatasetManifest(*bytes, manifestPath);
            if (!manifest.ok()) {
                problem(task.name, manifest.error().text());
                return false;
            }
            if (manifest->isRemote()) {
                problem(task.name, Tr::tr("the dataset '%1' is remote (%2); download it and "
                                          "describe the local copy").arg(arg.manifest, manifest->path));
                return false;
            }
            const QString data =
                QFileInfo(manifestPath).dir().absoluteFilePath(manifest->path);
            if (!QFileInfo::exists(data)) {
                problem(task.name, Tr::tr("the data file '%1' named by the dataset manifest "
                                          "'%2' does not exist").arg(data, arg.manifest));
                return false;
            }
            in.kind = PlanInput::Kind::DatasetFile;
            in.hostPath = QFileInfo(data).absoluteFilePath();
            in.manifestPath = manifestPath;
            plan.datasetManifestHashes.insert(arg.manifest, vcs::manifestContentHash(*bytes));
            break;
        }
        }
        step.inputs.append(in);
        return true;
    }

    void compileTask(const model::Task &task)
    {
        PlanStep step;
        step.task = task.name;
        step.options = task.options;
        if (task.isMissing()) {
            problem(task.name, Tr::tr("the component is missing: %1").arg(task.missingReason));
            return;
        }
        if (task.spec->implementation != model::ComponentSpec::Implementation::Container) {
            problem(task.name, Tr::tr("only container components can run locally (this one "
                                      "is a %1 component)").arg(task.spec->implementationName()));
            return;
        }
        step.spec = task.spec;
        step.componentName = task.spec->name;
        step.componentDigest = PlanCompiler::componentDigest(*task.spec);
        step.image = task.spec->container.image;
        if (step.image.isEmpty())
            problem(task.name, Tr::tr("the component names no container image"));
        const QSet<QString> asValue = PlanCompiler::inputsUsedAsValue(*task.spec);
        for (const auto &a : task.arguments) {
            if (bindInput(task, a.first, a.second, step))
                step.inputs.last().usedAsValue = asValue.contains(a.first);
        }
        for (const model::OutputSpec &o : task.spec->outputs)
            step.outputs.append({o.name, o.type.name});
        if (const auto &c = task.options.condition) {
            const model::Task *up = byName.value(c->task);
            if (!up)
                problem(task.name, Tr::tr("the run condition names the unknown task '%1'").arg(c->task));
            else if (up->spec && !up->spec->output(c->output))
                problem(task.name, Tr::tr("the run condition names '%1.%2', which does not exist")
                                       .arg(c->task, c->output));
            if (!model::RunCondition::isValidOperator(c->op))
                problem(task.name, Tr::tr("the run condition has the unknown operator '%1'").arg(c->op));
        }
        for (const QString &a : task.after)
            if (!byName.contains(a))
                problem(task.name, Tr::tr("runs after the unknown task '%1'").arg(a));
        QStringList deps = task.referencedTasks();
        deps.removeDuplicates();
        deps.removeAll(task.name);
        std::sort(deps.begin(), deps.end());
        step.dependsOn = deps;
        trialResolve(step);
        plan.steps.append(step);
    }

    // Resolves once with placeholder values, so a bad command line fails before the run.
    void trialResolve(const PlanStep &step)
    {
        model::ResolveInput in;
        for (const PlanInput &i : step.inputs) {
            if (i.kind == PlanInput::Kind::Value)
                in.values.insert(i.name, i.value);
            else if (i.usedAsValue)
                in.values.insert(i.name, QStringLiteral("0"));
            else
                in.present.insert(i.name);
        }
        auto r = model::resolveCommand(*step.spec, in);
        if (!r.ok())
            problem(step.task, r.error().text());
    }

    void order()
    {
        // Kahn's algorithm; ties keep document order.
        QList<PlanStep> pending = plan.steps;
        QList<PlanStep> ordered;
        QSet<QString> done;
        while (!pending.isEmpty()) {
            bool progressed = false;
            for (int i = 0; i < pending.size(); ++i) {
                bool ready = true;
                for (const QString &d : pending.at(i).dependsOn)
                    ready = ready && (done.contains(d) || !byName.contains(d));
                if (ready) {
                    done.insert(pending.at(i).task);
                    ordered.append(pending.takeAt(i));
                    progressed = true;
                    break;
                }
            }
            if (!progressed) {
                QStringList names;
                for (const PlanStep &s : std::as_const(pending))
                    names.append(s.task);
                problem({}, Tr::tr("The tasks %1 form a cycle").arg(names.join(QStringLiteral(", "))));
                break;
            }
        }
        plan.steps = ordered;
    }
};

} // namespace

Result<ExecutionPlan> PlanCompiler::compile(const model::PipelineSnapshot &pipeline,
                                            const PlanOptions &options)
{
    Compiler c{pipeline, options, {}, {}, {}};
    c.plan.pipelineName = pipeline.info.name;
    c.plan.pipelineFile = options.pipelineFile;
    c.plan.baseDir = options.baseDir;
    c.plan.runMetrics = store::RunMetrics::fromMetadata(pipeline.info.metadata);
    for (const model::PipelineOutput &o : pipeline.info.outputs) {
        if (!o.task.isEmpty() && artifactTypeFor(o.spec.type.name) == QLatin1String("system.Metrics"))
            c.plan.runMetricOutputs.append(store::TaskOutputRef{o.task, o.output});
    }
    for (const model::Task &t : pipeline.tasks) {
        if (c.byName.contains(t.name))
            c.problem({}, Tr::tr("Two tasks are named '%1'").arg(t.name));
        c.byName.insert(t.name, &t);
    }
    if (pipeline.tasks.isEmpty())
        c.problem({}, Tr::tr("The pipeline has no tasks"));
    c.collectParameters();
    for (const model::Task &t : pipeline.tasks)
        c.compileTask(t);
    if (c.problems.isEmpty())
        c.order();
    if (!c.problems.isEmpty()) {
        return makeError(QStringLiteral("plan-invalid"),
                         Tr::tr("The pipeline cannot run: %1").arg(c.problems.first()),
                         c.problems.join(QLatin1Char('\n')));
    }
    return c.plan;
}

} // namespace wb::exec
