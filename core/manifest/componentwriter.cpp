// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/manifest/componentwriter.h"

#include "core/manifest/yamlwriter.h"

namespace wb::manifest {

using model::ArgumentSpec;
using model::CommandItem;
using model::ComponentSpec;

namespace {

YamlOut specToYaml(const ComponentSpec &spec);

YamlOut typeToYaml(const model::TypeSpec &t)
{
    if (t.raw.typeId() == QMetaType::QVariantMap)
        return YamlOut::fromVariant(t.raw, true);
    return YamlOut::value(t.name);
}

YamlOut itemToYaml(const CommandItem &item);

YamlOut itemsToYaml(const std::vector<CommandItem> &items)
{
    YamlOut seq = YamlOut::sequence();
    for (const CommandItem &i : items)
        seq.append(itemToYaml(i));
    return seq;
}

YamlOut branchToYaml(const std::vector<CommandItem> &items, bool scalar)
{
    if (scalar && items.size() == 1)
        return itemToYaml(items.front());
    return itemsToYaml(items);
}

YamlOut itemToYaml(const CommandItem &item)
{
    using K = CommandItem::Kind;
    auto simple = [&](const char *key, const QVariant &v) {
        YamlOut m = YamlOut::map(true);
        m.add(QString::fromLatin1(key), YamlOut::value(v));
        return m;
    };
    switch (item.kind) {
    case K::Literal: return YamlOut::value(item.text);
    case K::InputValue: return simple("inputValue", item.text);
    case K::InputPath: return simple("inputPath", item.text);
    case K::OutputPath: return simple("outputPath", item.text);
    case K::InputUri: return simple("inputUri", item.text);
    case K::OutputUri: return simple("outputUri", item.text);
    case K::IsPresent: return simple("isPresent", item.text);
    case K::InputMetadata: return simple("inputMetadata", item.text);
    case K::InputOutputPortName: return simple("inputOutputPortName", item.text);
    case K::OutputMetadata: return simple("outputMetadata", item.text.isEmpty() ? QVariant() : QVariant(item.text));
    case K::ExecutorInput: return simple("executorInput", QVariant());
    case K::Concat: {
        YamlOut m = YamlOut::map();
        m.add(QStringLiteral("concat"), itemsToYaml(item.parts));
        return m;
    }
    case K::If: {
        YamlOut body = YamlOut::map();
        body.add(QStringLiteral("cond"), item.cond.empty() ? YamlOut::value(QVariant()) : itemToYaml(item.cond.front()));
        if (!item.thenItems.empty() || !item.hasElse)
            body.add(QStringLiteral("then"), branchToYaml(item.thenItems, item.branchesWereScalar));
        if (item.hasElse)
            body.add(QStringLiteral("else"), branchToYaml(item.elseItems, item.branchesWereScalar));
        YamlOut m = YamlOut::map();
        m.add(QStringLiteral("if"), std::move(body));
        return m;
    }
    }
    return YamlOut::value(item.text);
}

YamlOut argumentToYaml(const ArgumentSpec &a)
{
    if (a.kind == ArgumentSpec::Kind::Constant)
        return YamlOut::fromVariant(a.constant, true);
    YamlOut inner = YamlOut::map(true);
    QString key;
    switch (a.kind) {
    case ArgumentSpec::Kind::GraphInput:
        key = QStringLiteral("graphInput");
        inner.add(QStringLiteral("inputName"), YamlOut::value(a.inputName));
        break;
    case ArgumentSpec::Kind::TaskOutput:
        key = QStringLiteral("taskOutput");
        inner.add(QStringLiteral("taskId"), YamlOut::value(a.taskId));
        inner.add(QStringLiteral("outputName"), YamlOut::value(a.outputName));
        break;
    case ArgumentSpec::Kind::Dataset:
        key = QStringLiteral("dataset");
        inner.add(QStringLiteral("manifest"), YamlOut::value(a.manifest));
        break;
    case ArgumentSpec::Kind::Constant:
        break;
    }
    if (!a.type.isUntyped())
        inner.add(QStringLiteral("type"), typeToYaml(a.type));
    YamlOut m = YamlOut::map(true);
    m.add(key, std::move(inner));
    return m;
}

YamlOut graphToYaml(const model::GraphSpec &g)
{
    YamlOut graph = YamlOut::map();
    YamlOut tasks = YamlOut::map();
    for (const model::TaskSpec &t : g.tasks) {
        YamlOut task = YamlOut::map();
        YamlOut ref = YamlOut::map();
        const model::ComponentRef &r = t.componentRef;
        const std::pair<const char *, QString> fields[] = {{"name", r.name}, {"digest", r.digest}, {"tag", r.tag}, {"url", r.url}};
        for (const auto &[key, value] : fields)
            if (!value.isEmpty())
                ref.add(QString::fromLatin1(key), YamlOut::value(value));
        if (r.specInline && r.spec)
            ref.add(QStringLiteral("spec"), specToYaml(*r.spec));
        task.add(QStringLiteral("componentRef"), std::move(ref));
        if (!t.arguments.isEmpty()) {
            YamlOut args = YamlOut::map();
            for (const auto &a : t.arguments)
                args.add(a.first, argumentToYaml(a.second));
            task.add(QStringLiteral("arguments"), std::move(args));
        }
        if (t.isEnabled.isValid())
            task.add(QStringLiteral("isEnabled"), YamlOut::fromVariant(t.isEnabled));
        if (!t.executionOptions.isEmpty())
            task.add(QStringLiteral("executionOptions"), YamlOut::fromVariant(t.executionOptions));
        if (!t.annotations.isEmpty())
            task.add(QStringLiteral("annotations"), YamlOut::fromVariant(t.annotations));
        tasks.add(t.id, std::move(task));
    }
    graph.add(QStringLiteral("tasks"), std::move(tasks));
    if (!g.outputValues.isEmpty()) {
        YamlOut ov = YamlOut::map();
        for (const auto &o : g.outputValues)
            ov.add(o.first, argumentToYaml(o.second));
        graph.add(QStringLiteral("outputValues"), std::move(ov));
    }
    return graph;
}

YamlOut specToYaml(const ComponentSpec &spec)
{
    YamlOut root = YamlOut::map();
    if (!spec.name.isEmpty())
        root.add(QStringLiteral("name"), YamlOut::value(spec.name));
    if (!spec.description.isEmpty())
        root.add(QStringLiteral("description"), YamlOut::value(spec.description));
    if (!spec.metadata.isEmpty())
        root.add(QStringLiteral("metadata"), YamlOut::fromVariant(spec.metadata));
    if (!spec.inputs.isEmpty()) {
        YamlOut inputs = YamlOut::sequence();
        for (const model::InputSpec &in : spec.inputs) {
            YamlOut m = YamlOut::map(true);
            m.add(QStringLiteral("name"), YamlOut::value(in.name));
            if (!in.type.isUntyped())
                m.add(QStringLiteral("type"), typeToYaml(in.type));
            if (!in.description.isEmpty())
                m.add(QStringLiteral("description"), YamlOut::value(in.description));
            if (in.hasDefault())
                m.add(QStringLiteral("default"), YamlOut::value(in.defaultValue));
            if (in.optional)
                m.add(QStringLiteral("optional"), YamlOut::value(true));
            if (!in.annotations.isEmpty())
                m.add(QStringLiteral("annotations"), YamlOut::fromVariant(in.annotations, true));
            inputs.append(std::move(m));
        }
        root.add(QStringLiteral("inputs"), std::move(inputs));
    }
    if (!spec.outputs.isEmpty()) {
        YamlOut outputs = YamlOut::sequence();
        for (const model::OutputSpec &out : spec.outputs) {
            YamlOut m = YamlOut::map(true);
            m.add(QStringLiteral("name"), YamlOut::value(out.name));
            if (!out.type.isUntyped())
                m.add(QStringLiteral("type"), typeToYaml(out.type));
            if (!out.description.isEmpty())
                m.add(QStringLiteral("description"), YamlOut::value(out.description));
            if (!out.annotations.isEmpty())
                m.add(QStringLiteral("annotations"), YamlOut::fromVariant(out.annotations, true));
            outputs.append(std::move(m));
        }
        root.add(QStringLiteral("outputs"), std::move(outputs));
    }
    YamlOut impl = YamlOut::map();
    if (spec.implementation == ComponentSpec::Implementation::Graph) {
        impl.add(QStringLiteral("graph"), graphToYaml(spec.graph));
    } else {
        const model::ContainerSpec &c = spec.container;
        YamlOut container = YamlOut::map();
        container.add(QStringLiteral("image"), YamlOut::value(c.image));
        if (!c.command.empty())
            container.add(QStringLiteral("command"), itemsToYaml(c.command));
        if (!c.args.empty())
            container.add(QStringLiteral("args"), itemsToYaml(c.args));
        if (!c.env.isEmpty()) {
            YamlOut env = YamlOut::map();
            for (const model::EnvVar &e : c.env)
                env.add(e.name, itemToYaml(e.value));
            container.add(QStringLiteral("env"), std::move(env));
        }
        if (!c.fileOutputs.isEmpty())
            container.add(QStringLiteral("fileOutputs"), YamlOut::fromVariant(c.fileOutputs));
        impl.add(QStringLiteral("container"), std::move(container));
    }
    root.add(QStringLiteral("implementation"), std::move(impl));
    return root;
}

} // namespace

QByteArray writeComponentSpec(const ComponentSpec &spec)
{
    return writeYaml(specToYaml(spec));
}

} // namespace wb::manifest
