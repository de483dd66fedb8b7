// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantMap>

#include <memory>
#include <optional>
#include <vector>

namespace wb::model {

/// A KFP type: either a plain name ("CSV", "Integer") or a map ({GCSPath: {data_type: CSV}}).
/// `name` is what type checks compare (for a map: its single top-level key); `raw` keeps the
/// original value (QString or QVariantMap) so writing the spec back loses nothing.
struct TypeSpec
{
    QString name;   ///< empty = untyped
    QVariant raw;   ///< invalid = untyped; QString or QVariantMap otherwise

    bool isUntyped() const { return name.isEmpty(); }
    static TypeSpec fromName(const QString &n) { return TypeSpec{n, n}; }
    bool operator==(const TypeSpec &) const = default;
};

/// One element of a container's command/args/env: a literal string or a KFP v1 placeholder.
/// Recursive (concat parts, if branches), hence std::vector, which allows incomplete types.
struct CommandItem
{
    enum class Kind {
        Literal,             ///< text
        InputValue,          ///< {inputValue: name}
        InputPath,           ///< {inputPath: name}
        OutputPath,          ///< {outputPath: name}
        InputUri,            ///< {inputUri: name}
        OutputUri,           ///< {outputUri: name}
        IsPresent,           ///< {isPresent: name}
        Concat,              ///< {concat: [parts]}
        If,                  ///< {if: {cond, then, else}}
        ExecutorInput,       ///< {executorInput: null}   (v2-compat; kept, not resolvable locally)
        InputMetadata,       ///< {inputMetadata: name}   (v2-compat)
        OutputMetadata,      ///< {outputMetadata: null}  (v2-compat)
        InputOutputPortName, ///< {inputOutputPortName: name} (v2-compat)
    };

    Kind kind = Kind::Literal;
    QString text;                     ///< Literal: the string; placeholders: the input/output name
    std::vector<CommandItem> parts;   ///< Concat: the parts
    std::vector<CommandItem> cond;    ///< If: exactly one item (literal "true"/"false", isPresent, inputValue…)
    std::vector<CommandItem> thenItems; ///< If: the then branch (a scalar branch becomes one item)
    std::vector<CommandItem> elseItems; ///< If: the else branch
    bool hasElse = false;             ///< If: whether an else key was written
    bool branchesWereScalar = false;  ///< If: then/else were scalars in the file (kept for round trip)

    static CommandItem literal(const QString &s) { CommandItem c; c.text = s; return c; }
    static CommandItem placeholder(Kind k, const QString &name) { CommandItem c; c.kind = k; c.text = name; return c; }
    bool operator==(const CommandItem &) const = default;
};

struct InputSpec
{
    QString name;
    TypeSpec type;
    QString description;
    QVariant defaultValue;      ///< invalid = no default; otherwise the scalar as written (string, int, double, bool)
    bool optional = false;
    QVariantMap annotations;

    bool hasDefault() const { return defaultValue.isValid(); }
    /// The default serialized as KFP passes it on the command line ("1440", "True", "0.5").
    QString defaultAsString() const;
    bool operator==(const InputSpec &) const = default;
};

struct OutputSpec
{
    QString name;
    TypeSpec type;
    QString description;
    QVariantMap annotations;
    bool operator==(const OutputSpec &) const = default;
};

struct EnvVar
{
    QString name;
    CommandItem value;
    bool operator==(const EnvVar &) const = default;
};

struct ContainerSpec
{
    QString image;
    std::vector<CommandItem> command;
    std::vector<CommandItem> args;
    QList<EnvVar> env;                    ///< in file order
    QVariantMap fileOutputs;              ///< legacy fileOutputs / unconfigurableOutputPaths (output -> path)
    bool operator==(const ContainerSpec &) const = default;
};

struct ComponentSpec;

/// componentRef of a graph task: by name/digest/tag/url and/or an inline spec.
struct ComponentRef
{
    QString name;
    QString digest;   ///< sha256 hex of the referenced file's bytes
    QString tag;
    QString url;      ///< a relative path (our manifests) or a URL (real KFP graph components)
    std::shared_ptr<const ComponentSpec> spec; ///< inline spec, or the resolved one after loading
    bool specInline = false; ///< true when the spec was written inline in the file

    /// Compares name/digest/tag/url/specInline; the spec itself only when written inline
    /// (a resolved, non-inline spec is derived data, not part of the manifest).
    bool operator==(const ComponentRef &other) const;
};

/// An argument of a graph task.
struct ArgumentSpec
{
    enum class Kind {
        Constant,    ///< a literal value (stored as string; scalars keep their original QVariant)
        GraphInput,  ///< {graphInput: {inputName}}  = pipeline parameter
        TaskOutput,  ///< {taskOutput: {taskId, outputName}}
        Dataset,     ///< {dataset: {manifest: path}}  mlwb extension: a dataset manifest reference
    };
    Kind kind = Kind::Constant;
    QVariant constant;   ///< Constant: the value as written
    QString inputName;   ///< GraphInput
    QString taskId;      ///< TaskOutput
    QString outputName;  ///< TaskOutput
    QString manifest;    ///< Dataset: relative path of NAME.dataset.yaml
    TypeSpec type;       ///< optional type written on graphInput/taskOutput
    bool operator==(const ArgumentSpec &) const = default;
};

struct TaskSpec
{
    QString id;                           ///< the key in graph.tasks (unique task name)
    ComponentRef componentRef;
    QList<QPair<QString, ArgumentSpec>> arguments; ///< input name -> argument, in file order
    QVariant isEnabled;                   ///< PredicateType as parsed (QVariantMap), invalid = always
    QVariantMap executionOptions;         ///< retryStrategy, cachingStrategy, as parsed
    QVariantMap annotations;              ///< editor hints (position), mlwb task options
    bool operator==(const TaskSpec &) const = default;
};

struct GraphSpec
{
    QList<TaskSpec> tasks;                ///< in file order
    QList<QPair<QString, ArgumentSpec>> outputValues; ///< output name -> taskOutput
    bool operator==(const GraphSpec &) const = default;
};

/// A KFP v1 component.yaml, container or graph. Value type; shared as shared_ptr<const>.
struct ComponentSpec
{
    enum class Implementation { None, Container, Graph };

    QString name;
    QString description;
    QVariantMap metadata;                 ///< {annotations: {...}, labels: {...}}
    QList<InputSpec> inputs;              ///< file order
    QList<OutputSpec> outputs;            ///< file order
    Implementation implementation = Implementation::None;
    ContainerSpec container;
    GraphSpec graph;

    const InputSpec *input(const QString &n) const;
    const OutputSpec *output(const QString &n) const;
    QString implementationName() const;   ///< "container" | "graph"
    bool operator==(const ComponentSpec &) const = default;
};

using ComponentSpecPtr = std::shared_ptr<const ComponentSpec>;

} // namespace wb::model
