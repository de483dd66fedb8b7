// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/commandresolver.h"

#include "core/base/tr.h"

#include <QRegularExpression>

namespace wb::model {

QString sanitizeFileName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("[^-_.0-9a-zA-Z]+"));
    QString s = name;
    return s.replace(re, QStringLiteral("_"));
}

QString ioPath(const QString &root, const QString &name)
{
    QString r = root;
    while (r.size() > 1 && r.endsWith(QLatin1Char('/')))
        r.chop(1);
    return r + QLatin1Char('/') + sanitizeFileName(name) + QStringLiteral("/data");
}

namespace {

struct ResolveError
{
    Error error;
};

/// The expansion of one item: dropped (KFP's None), one string, or a list to splice.
struct Expanded
{
    enum class Kind { None, String, List } kind = Kind::None;
    QString text;
    QStringList list;
};

class Resolver
{
public:
    Resolver(const ComponentSpec &spec, const ResolveInput &in, const ResolveOptions &opt)
        : m_spec(spec), m_in(in), m_opt(opt)
    {
        for (auto it = spec.container.fileOutputs.cbegin(); it != spec.container.fileOutputs.cend(); ++it)
            out.outputPaths.insert(it.key(), it.value().toString());
    }

    [[noreturn]] void fail(const QString &code, const QString &message) const
    {
        throw ResolveError{makeError(code, message)};
    }

    const InputSpec &inputSpec(const QString &name) const
    {
        const InputSpec *i = m_spec.input(name);
        if (!i)
            fail(QStringLiteral("unknown-input"),
                 Tr::tr("The command refers to an input that does not exist: '%1'").arg(name));
        return *i;
    }

    /// The argument of an input: given value, else default; nullopt = not passed.
    bool hasArgument(const QString &name) const
    {
        if (m_in.values.contains(name) || m_in.present.contains(name))
            return true;
        return m_opt.applyDefaults && inputSpec(name).hasDefault();
    }

    [[noreturn]] void missing(const InputSpec &i) const
    {
        fail(QStringLiteral("missing-argument"),
             Tr::tr("No value provided for the required input '%1' of component '%2'")
                 .arg(i.name, m_spec.name.isEmpty() ? Tr::tr("(unnamed)") : m_spec.name));
    }

    Expanded expand(const CommandItem &item)
    {
        using K = CommandItem::Kind;
        Expanded e;
        switch (item.kind) {
        case K::Literal:
            return str(item.text);
        case K::InputValue: {
            const InputSpec &i = inputSpec(item.text);
            if (m_in.values.contains(i.name))
                return str(m_in.values.value(i.name));
            if (m_in.present.contains(i.name))
                fail(QStringLiteral("value-needed"),
                     Tr::tr("Input '%1' is consumed by value but was passed as a file; its content "
                            "must be read and passed as a value")
                         .arg(i.name));
            if (m_opt.applyDefaults && i.hasDefault())
                return str(i.defaultAsString());
            if (i.optional)
                return e;
            missing(i);
        }
        case K::InputPath:
        case K::InputUri: {
            const InputSpec &i = inputSpec(item.text);
            if (!hasArgument(i.name)) {
                if (i.optional)
                    return e;
                missing(i);
            }
            const QString path = ioPath(m_opt.inputsRoot, i.name);
            out.inputPaths.insert(i.name, path);
            return str(path);
        }
        case K::OutputPath:
        case K::OutputUri: {
            if (!m_spec.output(item.text))
                fail(QStringLiteral("unknown-output"),
                     Tr::tr("The command refers to an output that does not exist: '%1'").arg(item.text));
            const QString path = ioPath(m_opt.outputsRoot, item.text);
            const auto existing = out.outputPaths.constFind(item.text);
            if (existing != out.outputPaths.cend() && existing.value() != path)
                fail(QStringLiteral("conflicting-output"),
                     Tr::tr("Conflicting output files specified for output '%1': %2 and %3")
                         .arg(item.text, existing.value(), path));
            out.outputPaths.insert(item.text, path);
            return str(path);
        }
        case K::IsPresent:
            return str(hasArgument(inputSpec(item.text).name) ? QStringLiteral("True") : QStringLiteral("False"));
        case K::Concat:
            return str(expandList(item.parts).join(QString()));
        case K::If: {
            const bool cond = condition(item);
            const std::vector<CommandItem> &branch = cond ? item.thenItems : item.elseItems;
            e.kind = Expanded::Kind::List;
            if (branch.size() == 1 && item.branchesWereScalar) {
                const Expanded one = expand(branch.front());
                if (one.kind == Expanded::Kind::String)
                    e.list << one.text;
                else if (one.kind == Expanded::Kind::List)
                    e.list = one.list;
            } else {
                e.list = expandList(branch);
            }
            return e;
        }
        case K::ExecutorInput:
        case K::InputMetadata:
        case K::OutputMetadata:
        case K::InputOutputPortName:
            fail(QStringLiteral("unsupported-placeholder"),
                 Tr::tr("The component uses a KFP v2-only placeholder, which a local run cannot resolve"));
        }
        return e;
    }

    bool condition(const CommandItem &ifItem)
    {
        if (ifItem.cond.empty())
            return false;
        const Expanded c = expand(ifItem.cond.front());
        // Python: `condition_result and strtobool(condition_result)`: None, '' and [] are false.
        if (c.kind == Expanded::Kind::None || (c.kind == Expanded::Kind::String && c.text.isEmpty())
            || (c.kind == Expanded::Kind::List && c.list.isEmpty()))
            return false;
        if (c.kind == Expanded::Kind::List)
            fail(QStringLiteral("bad-condition"), Tr::tr("An 'if' condition expanded to a list, not a truth value"));
        static const QStringList yes{"y", "yes", "t", "true", "on", "1"};
        static const QStringList no{"n", "no", "f", "false", "off", "0"};
        const QString v = c.text.toLower();
        if (yes.contains(v))
            return true;
        if (no.contains(v))
            return false;
        fail(QStringLiteral("bad-condition"),
             Tr::tr("An 'if' condition must be a truth value (true/false, yes/no, 1/0...), got '%1'").arg(c.text));
    }

    QStringList expandList(const std::vector<CommandItem> &items)
    {
        QStringList list;
        for (const CommandItem &i : items) {
            const Expanded e = expand(i);
            if (e.kind == Expanded::Kind::String)
                list << e.text;
            else if (e.kind == Expanded::Kind::List)
                list += e.list;
        }
        return list;
    }

    ResolvedCommand out;

private:
    static Expanded str(const QString &s)
    {
        Expanded e;
        e.kind = Expanded::Kind::String;
        e.text = s;
        return e;
    }

    const ComponentSpec &m_spec;
    const ResolveInput &m_in;
    const ResolveOptions &m_opt;
};

} // namespace

Result<ResolvedCommand> resolveCommand(const ComponentSpec &spec, const ResolveInput &input,
                                       const ResolveOptions &options)
{
    if (spec.implementation != ComponentSpec::Implementation::Container)
        return makeError("not-a-container",
                         Tr::tr("Only container components have a command line; '%1' is a %2 component")
                             .arg(spec.name, spec.implementationName().isEmpty() ? Tr::tr("incomplete")
                                                                                 : spec.implementationName()));
    for (auto it = input.values.cbegin(); it != input.values.cend(); ++it)
        if (!spec.input(it.key()))
            return makeError("unknown-input", Tr::tr("'%1' is not an input of component '%2'").arg(it.key(), spec.name));
    for (const QString &name : input.present)
        if (!spec.input(name))
            return makeError("unknown-input", Tr::tr("'%1' is not an input of component '%2'").arg(name, spec.name));
    try {
        Resolver r(spec, input, options);
        r.out.image = spec.container.image;
        r.out.command = r.expandList(spec.container.command);
        r.out.args = r.expandList(spec.container.args);
        for (const EnvVar &v : spec.container.env) {
            const QStringList value = r.expandList({v.value});
            if (!value.isEmpty())
                r.out.env.append({v.name, value.join(QString())});
        }
        return r.out;
    } catch (const ResolveError &e) {
        return e.error;
    }
}

} // namespace wb::model
