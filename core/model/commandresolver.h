// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/model/componentspec.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

namespace wb::model {

/// The arguments of one container task.
struct ResolveInput
{
    /// Inputs passed by value (constants, parameters, or the content of an upstream file the
    /// caller read for an {inputValue} placeholder). Also valid for {inputPath}: the caller
    /// writes the value into the file at the returned path (as KFP does for constants).
    QHash<QString, QString> values;
    /// Inputs passed as a file (an upstream output, a dataset): present, but no value.
    QSet<QString> present;
};

struct ResolveOptions
{
    QString inputsRoot = QStringLiteral("/tmp/inputs");   ///< KFP v1 _inputs_dir
    QString outputsRoot = QStringLiteral("/tmp/outputs"); ///< KFP v1 _outputs_dir
    /// Inputs not given but with a default take the default (and count as present for
    /// {isPresent}), as the KFP v1 compiler fills defaults into the arguments before resolving.
    bool applyDefaults = true;
};

struct ResolvedCommand
{
    QString image;
    QStringList command;
    QStringList args;
    QList<QPair<QString, QString>> env;   ///< name -> resolved value, in spec order
    QMap<QString, QString> inputPaths;    ///< input name -> in-container path (only inputs used as path/uri)
    QMap<QString, QString> outputPaths;   ///< output name -> path (outputPath/outputUri + fileOutputs)
};

/// KFP v1 `_sanitize_file_name`: every run of characters outside [-_.0-9a-zA-Z] becomes "_".
QString sanitizeFileName(const QString &name);
/// `<root>/<sanitized name>/data`.
QString ioPath(const QString &root, const QString &name);

/// Resolves a container component's command line exactly as KFP v1's
/// `_resolve_command_line_and_paths` (sdk/python/kfp/components/_components.py):
///  - inputValue: the value (or default); absent optional -> the item is dropped; absent
///    required -> error naming the input. Inside concat a dropped part is skipped and the rest
///    is still joined (KFP expands concat items with expand_argument_list, which drops None).
///  - inputPath / outputPath: `<root>/<sanitized>/data`, recorded in inputPaths/outputPaths.
///  - inputUri / outputUri: resolve to the same local paths (a local run has no object store).
///  - concat: parts joined into one argv element; if: cond expanded, then Python strtobool
///    (y/yes/t/true/on/1, n/no/f/false/off/0, case-insensitive; anything else is an error;
///    an empty or dropped cond is false); the chosen branch (list or single item) is spliced.
///  - isPresent: "True" / "False".
///  - v2-only placeholders (executorInput, inputMetadata, outputMetadata,
///    inputOutputPortName) are an error: there is no v2 executor locally.
///  - env values resolve like args; an env value that is dropped leaves the variable out.
/// Values naming no input of the spec are an error (a typo would otherwise pass silently).
Result<ResolvedCommand> resolveCommand(const ComponentSpec &spec, const ResolveInput &input,
                                       const ResolveOptions &options = {});

} // namespace wb::model
