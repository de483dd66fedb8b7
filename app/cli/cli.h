// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QStringList>

#include <functional>

/// The headless command line. Contract for every command (other tools call it):
/// exit 0 on success, 1 on invalid input (message on stderr), 2 on wrong usage;
/// `--json` prints exactly one JSON document on stdout (drift: JSON Lines).
namespace wb::cli {

enum ExitCode { Ok = 0, InvalidInput = 1, Usage = 2 };

struct Command
{
    QString name;     ///< one or two words: "validate", "component inspect"
    QString summary;  ///< one line for the overview help
    std::function<int(const QStringList &args)> run; ///< args after the command words
};

/// Registers a command at static-initialisation time: `static Registration r{{...}};`
struct Registration
{
    explicit Registration(Command command);
};

const QList<Command> &commands();

/// Parses `args` with `parser` (a program name is prepended). Handles --help (prints help,
/// returns 0 through `exitCode`) and unknown options / missing positionals (prints the error
/// and help to stderr, exit 2). Returns true when the command should go on.
bool parseArguments(QCommandLineParser &parser,
                    const QString &commandName,
                    const QStringList &args,
                    int minPositional,
                    int maxPositional,
                    int *exitCode);

/// Prints a user-facing error to stderr: "mlwb-cli: message".
void printError(const QString &message);
/// Convenience: prints err.text() and returns ExitCode::InvalidInput.
int fail(const wb::Error &err);
/// As fail(), with the detail (one problem per line) indented below the message.
int failWithDetail(const wb::Error &err);

/// `--workspace DIR` (default: the current folder), shared by the commands that work on one.
QCommandLineOption workspaceOption();
/// The absolute workspace folder that option names.
QString workspaceDir(const QCommandLineParser &parser, const QCommandLineOption &option);
/// `--runtime docker|process|auto` and `--docker-binary PATH` of the commands that run steps.
QCommandLineOption runtimeOption();
QCommandLineOption dockerBinaryOption();
/// Prints one JSON document (indented) to stdout.
void printJson(const QJsonDocument &doc);
void printJson(const QJsonObject &obj);
/// Prints a line of text to stdout.
void printLine(const QString &line);

} // namespace wb::cli
