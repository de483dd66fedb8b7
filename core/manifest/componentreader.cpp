// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/manifest/componentreader.h"

#include "core/base/fileio.h"
#include "core/base/tr.h"
#include "core/manifest/yamltree.h"

#include <QSet>

namespace wb::manifest {

using model::ArgumentSpec;
using model::CommandItem;
using model::ComponentSpec;
using model::TypeSpec;
using Kind = YamlNode::Kind;

namespace {

struct ReadError
{
    Error error;
};

class SpecReader
{
public:
    explicit SpecReader(const QString &source) : m_source(source) {}

    [[noreturn]] void fail(const YamlNode &at, const QString &message, const char *code = "invalid-component") const
    {
        throw ReadError{makeError(QString::fromLatin1(code),
                                  QStringLiteral("%1:%2:%3: %4").arg(m_source).arg(at.line).arg(at.column).arg(message))};
    }

    const YamlNode &expectMap(const YamlNode &n, const QString &what) const
    {
        if (!n.isMap())
            fail(n, Tr::tr("expected a map for '%1'").arg(what));
        return n;
    }

    /// A scalar field as text; null -> empty. Maps/lists are an error.
    QString text(const YamlNode *n, const QString &what) const
    {
        if (!n || n->isNull())
            return {};
        if (!n->isScalar())
            fail(*n, Tr::tr("expected text for '%1'").arg(what));
        return n->text;
    }

    QVariantMap variantMap(const YamlNode *n, const QString &what) const
    {
        if (!n || n->isNull())
            return {};
        expectMap(*n, what);
        return n->toVariant().toMap();
    }

    bool boolean(const YamlNode *n, const QString &what) const
    {
        if (!n || n->isNull())
            return false;
        const QVariant v = n->scalarValue();
        if (n->isScalar() && v.typeId() == QMetaType::Bool)
            return v.toBool();
        if (n->isScalar() && (n->text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
                              || n->text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0))
            return n->text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        fail(*n, Tr::tr("expected true or false for '%1'").arg(what));
    }

    TypeSpec type(const YamlNode *n) const
    {
        if (!n || n->isNull())
            return {};
        if (n->isScalar())
            return TypeSpec{n->text, n->text};
        if (n->isMap() && !n->entries.empty())
            return TypeSpec{n->entries.front().first.text, n->toVariant()};
        fail(*n, Tr::tr("expected a type name or a type map for 'type'"));
    }

    ComponentSpec readSpec(const YamlNode &root, int depth);

private:
    void readInputs(const YamlNode *n, ComponentSpec &spec) const;
    void readOutputs(const YamlNode *n, ComponentSpec &spec) const;
    void readContainer(const YamlNode &n, ComponentSpec &spec) const;
    void readGraph(const YamlNode &n, ComponentSpec &spec, int depth);
    std::vector<CommandItem> readItemList(const YamlNode *n, const QString &what, const ComponentSpec &spec) const;
    CommandItem readItem(const YamlNode &n, const ComponentSpec &spec) const;
    ArgumentSpec readArgument(const YamlNode &n, const QString &what) const;

    QString m_source;
};

ComponentSpec SpecReader::readSpec(const YamlNode &root, int depth)
{
    if (depth > kMaxInlineSpecDepth)
        fail(root, Tr::tr("inline component specs nest deeper than %1 levels").arg(kMaxInlineSpecDepth), "too-deep");
    if (!root.isMap())
        fail(root, Tr::tr("expected a map (a component spec)"), "not-a-component");
    ComponentSpec spec;
    spec.name = text(root.find(QStringLiteral("name")), QStringLiteral("name"));
    spec.description = text(root.find(QStringLiteral("description")), QStringLiteral("description"));
    spec.metadata = variantMap(root.find(QStringLiteral("metadata")), QStringLiteral("metadata"));
    readInputs(root.find(QStringLiteral("inputs")), spec);
    readOutputs(root.find(QStringLiteral("outputs")), spec);

    const YamlNode *impl = root.find(QStringLiteral("implementation"));
    if (!impl)
        fail(root, Tr::tr("not a component: 'implementation' is missing"), "not-a-component");
    expectMap(*impl, QStringLiteral("implementation"));
    if (const YamlNode *c = impl->find(QStringLiteral("container"))) {
        spec.implementation = ComponentSpec::Implementation::Container;
        readContainer(expectMap(*c, QStringLiteral("container")), spec);
    } else if (const YamlNode *g = impl->find(QStringLiteral("graph"))) {
        spec.implementation = ComponentSpec::Implementation::Graph;
        readGraph(expectMap(*g, QStringLiteral("graph")), spec, depth);
    } else {
        fail(*impl, Tr::tr("'implementation' needs a 'container' or a 'graph'"));
    }
    return spec;
}

void SpecReader::readInputs(const YamlNode *n, ComponentSpec &spec) const
{
    if (!n || n->isNull())
        return;
    if (!n->isSequence())
        fail(*n, Tr::tr("expected a list for 'inputs'"));
    QSet<QString> seen;
    for (const YamlNode &item : n->items) {
        expectMap(item, QStringLiteral("inputs"));
        model::InputSpec in;
        const YamlNode *name = item.find(QStringLiteral("name"));
        if (!name || !name->isScalar() || name->text.isEmpty())
            fail(item, Tr::tr("an input needs a 'name'"));
        in.name = name->text;
        if (seen.contains(in.name))
            fail(*name, Tr::tr("non-unique input name '%1'").arg(in.name));
        seen.insert(in.name);
        in.type = type(item.find(QStringLiteral("type")));
        in.description = text(item.find(QStringLiteral("description")), QStringLiteral("description"));
        if (const YamlNode *d = item.find(QStringLiteral("default"))) {
            if (!d->isNull() && !d->isScalar())
                fail(*d, Tr::tr("the default of input '%1' must be a single value").arg(in.name));
            in.defaultValue = d->scalarValue();
        }
        in.optional = boolean(item.find(QStringLiteral("optional")), QStringLiteral("optional"));
        in.annotations = variantMap(item.find(QStringLiteral("annotations")), QStringLiteral("annotations"));
        spec.inputs.append(in);
    }
}

void SpecReader::readOutputs(const YamlNode *n, ComponentSpec &spec) const
{
    if (!n || n->isNull())
        return;
    if (!n->isSequence())
        fail(*n, Tr::tr("expected a list for 'outputs'"));
    QSet<QString> seen;
    for (const YamlNode &item : n->items) {
        expectMap(item, QStringLiteral("outputs"));
        model::OutputSpec out;
        const YamlNode *name = item.find(QStringLiteral("name"));
        if (!name || !name->isScalar() || name->text.isEmpty())
            fail(item, Tr::tr("an output needs a 'name'"));
        out.name = name->text;
        if (seen.contains(out.name))
            fail(*name, Tr::tr("non-unique output name '%1'").arg(out.name));
        seen.insert(out.name);
        out.type = type(item.find(QStringLiteral("type")));
        out.description = text(item.find(QStringLiteral("description")), QStringLiteral("description"));
        out.annotations = variantMap(item.find(QStringLiteral("annotations")), QStringLiteral("annotations"));
        spec.outputs.append(out);
    }
}

void SpecReader::readContainer(const YamlNode &n, ComponentSpec &spec) const
{
    const YamlNode *image = n.find(QStringLiteral("image"));
    if (!image || !image->isScalar())
        fail(image ? *image : n, Tr::tr("the container needs an 'image'"));
    spec.container.image = image->text;
    spec.container.command = readItemList(n.find(QStringLiteral("command")), QStringLiteral("command"), spec);
    spec.container.args = readItemList(n.find(QStringLiteral("args")), QStringLiteral("args"), spec);
    if (const YamlNode *env = n.find(QStringLiteral("env")); env && !env->isNull()) {
        expectMap(*env, QStringLiteral("env"));
        for (const auto &e : env->entries)
            spec.container.env.append(model::EnvVar{e.first.text, readItem(e.second, spec)});
    }
    for (const QString &key : {QStringLiteral("fileOutputs"), QStringLiteral("unconfigurableOutputPaths")}) {
        const YamlNode *fo = n.find(key);
        if (!fo || fo->isNull())
            continue;
        expectMap(*fo, key);
        for (const auto &e : fo->entries) {
            if (!spec.output(e.first.text))
                fail(e.first, Tr::tr("'%1' names an output that does not exist: '%2'").arg(key, e.first.text));
            spec.container.fileOutputs.insert(e.first.text, text(&e.second, key));
        }
    }
}

std::vector<CommandItem> SpecReader::readItemList(const YamlNode *n, const QString &what, const ComponentSpec &spec) const
{
    std::vector<CommandItem> out;
    if (!n || n->isNull())
        return out;
    if (!n->isSequence())
        fail(*n, Tr::tr("expected a list for '%1'").arg(what));
    for (const YamlNode &item : n->items)
        out.push_back(readItem(item, spec));
    return out;
}

CommandItem SpecReader::readItem(const YamlNode &n, const ComponentSpec &spec) const
{
    if (n.isScalar())
        return CommandItem::literal(n.text);
    if (!n.isMap() || n.entries.size() != 1)
        fail(n, Tr::tr("expected a string or a placeholder such as {inputValue: name}"));
    const QString key = n.entries.front().first.text;
    const YamlNode &value = n.entries.front().second;
    using K = CommandItem::Kind;
    static const QHash<QString, K> inputKinds{{"inputValue", K::InputValue}, {"inputPath", K::InputPath},
                                              {"inputUri", K::InputUri}, {"isPresent", K::IsPresent},
                                              {"inputMetadata", K::InputMetadata},
                                              {"inputOutputPortName", K::InputOutputPortName}};
    static const QHash<QString, K> outputKinds{{"outputPath", K::OutputPath}, {"outputUri", K::OutputUri}};
    if (inputKinds.contains(key) || outputKinds.contains(key)) {
        if (!value.isScalar())
            fail(value, Tr::tr("'%1' expects an input or output name").arg(key));
        const bool isInput = inputKinds.contains(key);
        if (isInput && !spec.input(value.text))
            fail(value, Tr::tr("'%1' refers to an input that does not exist: '%2'").arg(key, value.text));
        if (!isInput && !spec.output(value.text))
            fail(value, Tr::tr("'%1' refers to an output that does not exist: '%2'").arg(key, value.text));
        return CommandItem::placeholder(isInput ? inputKinds.value(key) : outputKinds.value(key), value.text);
    }
    if (key == QLatin1String("outputMetadata"))
        return CommandItem::placeholder(K::OutputMetadata, value.isScalar() ? value.text : QString());
    if (key == QLatin1String("executorInput"))
        return CommandItem::placeholder(K::ExecutorInput, QString());
    if (key == QLatin1String("concat")) {
        CommandItem c;
        c.kind = K::Concat;
        c.parts = readItemList(&value, key, spec);
        return c;
    }
    if (key == QLatin1String("if")) {
        expectMap(value, key);
        CommandItem c;
        c.kind = K::If;
        const YamlNode *cond = value.find(QStringLiteral("cond"));
        if (!cond || cond->isNull() || cond->isSequence())
            fail(value, Tr::tr("'if' needs a 'cond' (a value or a placeholder such as {isPresent: name})"));
        c.cond.push_back(readItem(*cond, spec));
        auto branch = [&](const QString &name, std::vector<CommandItem> &into) {
            const YamlNode *b = value.find(name);
            if (!b || b->isNull())
                return false;
            if (b->isSequence()) {
                into = readItemList(b, name, spec);
            } else {
                into.push_back(readItem(*b, spec));
                c.branchesWereScalar = true; // real files write `else: ""`
            }
            return true;
        };
        branch(QStringLiteral("then"), c.thenItems);
        c.hasElse = branch(QStringLiteral("else"), c.elseItems);
        return c;
    }
    fail(n, Tr::tr("unknown placeholder '%1'").arg(key));
}

ArgumentSpec SpecReader::readArgument(const YamlNode &n, const QString &what) const
{
    ArgumentSpec a;
    if (n.isNull() || n.isScalar()) {
        a.constant = n.scalarValue();
        return a;
    }
    if (!n.isMap() || n.entries.size() != 1)
        fail(n, Tr::tr("argument '%1' must be a value, {graphInput: ...}, {taskOutput: ...} or {dataset: ...}").arg(what));
    const QString key = n.entries.front().first.text;
    const YamlNode &v = expectMap(n.entries.front().second, key);
    auto required = [&](const QString &field) {
        const QString s = text(v.find(field), field);
        if (s.isEmpty())
            fail(v, Tr::tr("'%1' of argument '%2' needs '%3'").arg(key, what, field));
        return s;
    };
    if (key == QLatin1String("graphInput")) {
        a.kind = ArgumentSpec::Kind::GraphInput;
        a.inputName = required(QStringLiteral("inputName"));
    } else if (key == QLatin1String("taskOutput")) {
        a.kind = ArgumentSpec::Kind::TaskOutput;
        a.taskId = required(QStringLiteral("taskId"));
        a.outputName = required(QStringLiteral("outputName"));
    } else if (key == QLatin1String("dataset")) {
        a.kind = ArgumentSpec::Kind::Dataset;
        a.manifest = required(QStringLiteral("manifest"));
    } else {
        fail(n, Tr::tr("unknown argument kind '%1' for '%2'").arg(key, what));
    }
    a.type = type(v.find(QStringLiteral("type")));
    return a;
}

void SpecReader::readGraph(const YamlNode &n, ComponentSpec &spec, int depth)
{
    const YamlNode *tasks = n.find(QStringLiteral("tasks"));
    if (tasks && !tasks->isNull()) {
        expectMap(*tasks, QStringLiteral("tasks"));
        for (const auto &t : tasks->entries) {
            model::TaskSpec task;
            task.id = t.first.text;
            expectMap(t.second, task.id);
            const YamlNode *ref = t.second.find(QStringLiteral("componentRef"));
            if (!ref)
                fail(t.second, Tr::tr("task '%1' needs a 'componentRef'").arg(task.id));
            expectMap(*ref, QStringLiteral("componentRef"));
            task.componentRef.name = text(ref->find(QStringLiteral("name")), QStringLiteral("name"));
            task.componentRef.digest = text(ref->find(QStringLiteral("digest")), QStringLiteral("digest"));
            task.componentRef.tag = text(ref->find(QStringLiteral("tag")), QStringLiteral("tag"));
            task.componentRef.url = text(ref->find(QStringLiteral("url")), QStringLiteral("url"));
            if (const YamlNode *s = ref->find(QStringLiteral("spec")); s && !s->isNull()) {
                task.componentRef.spec = std::make_shared<const ComponentSpec>(readSpec(*s, depth + 1));
                task.componentRef.specInline = true;
            }
            if (const YamlNode *args = t.second.find(QStringLiteral("arguments")); args && !args->isNull()) {
                expectMap(*args, QStringLiteral("arguments"));
                for (const auto &a : args->entries)
                    task.arguments.append({a.first.text, readArgument(a.second, a.first.text)});
            }
            if (const YamlNode *e = t.second.find(QStringLiteral("isEnabled")))
                task.isEnabled = e->toVariant();
            task.executionOptions = variantMap(t.second.find(QStringLiteral("executionOptions")), QStringLiteral("executionOptions"));
            task.annotations = variantMap(t.second.find(QStringLiteral("annotations")), QStringLiteral("annotations"));
            spec.graph.tasks.append(task);
        }
    }
    if (const YamlNode *ov = n.find(QStringLiteral("outputValues")); ov && !ov->isNull()) {
        expectMap(*ov, QStringLiteral("outputValues"));
        for (const auto &o : ov->entries) {
            if (!spec.output(o.first.text))
                fail(o.first, Tr::tr("'outputValues' names an output that does not exist: '%1'").arg(o.first.text));
            spec.graph.outputValues.append({o.first.text, readArgument(o.second, o.first.text)});
        }
    }
    // References must point at tasks and inputs that exist (KFP's GraphSpec checks the same).
    auto check = [&](const YamlNode &at, const ArgumentSpec &a, const QString &where) {
        if (a.kind == ArgumentSpec::Kind::GraphInput && !spec.input(a.inputName))
            fail(at, Tr::tr("%1 refers to a pipeline input that does not exist: '%2'").arg(where, a.inputName));
        if (a.kind == ArgumentSpec::Kind::TaskOutput) {
            const bool found = std::any_of(spec.graph.tasks.cbegin(), spec.graph.tasks.cend(),
                                           [&](const model::TaskSpec &t) { return t.id == a.taskId; });
            if (!found)
                fail(at, Tr::tr("%1 refers to a task that does not exist: '%2'").arg(where, a.taskId));
        }
    };
    if (tasks && tasks->isMap()) {
        for (qsizetype i = 0; i < spec.graph.tasks.size(); ++i) {
            const model::TaskSpec &task = spec.graph.tasks.at(i);
            const YamlNode *args = tasks->entries.at(size_t(i)).second.find(QStringLiteral("arguments"));
            for (qsizetype j = 0; j < task.arguments.size(); ++j)
                check(args->entries.at(size_t(j)).second, task.arguments.at(j).second,
                      Tr::tr("argument '%1' of task '%2'").arg(task.arguments.at(j).first, task.id));
        }
    }
    if (const YamlNode *ov = n.find(QStringLiteral("outputValues")); ov && ov->isMap())
        for (qsizetype j = 0; j < spec.graph.outputValues.size(); ++j)
            check(ov->entries.at(size_t(j)).second, spec.graph.outputValues.at(j).second,
                  Tr::tr("output value '%1'").arg(spec.graph.outputValues.at(j).first));
}

} // namespace

Result<ComponentSpec> readComponentSpec(const QByteArray &yaml, const QString &sourceName)
{
    if (yaml.size() > kMaxComponentFileBytes)
        return makeError("too-large", Tr::tr("%1 is too large (%2 MB; the limit is %3 MB)")
                                          .arg(sourceName)
                                          .arg(yaml.size() / (1024.0 * 1024.0), 0, 'f', 1)
                                          .arg(kMaxComponentFileBytes / (1024 * 1024)));
    WB_TRY(checkTextFile(yaml, sourceName, Tr::tr("component file")));
    Result<YamlNode> tree = parseYaml(yaml, sourceName);
    if (!tree)
        return tree.error();
    try {
        SpecReader reader(sourceName);
        return reader.readSpec(tree.value(), 0);
    } catch (const ReadError &e) {
        return e.error;
    }
}

Result<ComponentSpec> readComponentFile(const QString &path)
{
    Result<QByteArray> bytes = readFileLimited(path, kMaxComponentFileBytes);
    if (!bytes)
        return bytes.error();
    return readComponentSpec(bytes.value(), path);
}

} // namespace wb::manifest
