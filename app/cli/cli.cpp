// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "core/base/tr.h"

#include <QDir>

#include <QJsonObject>

#include <cstdio>

namespace wb::cli {

static QList<Command> &registry()
{
    static QList<Command> list;
    return list;
}

Registration::Registration(Command command)
{
    registry().append(std::move(command));
}

const QList<Command> &commands()
{
    return registry();
}

bool parseArguments(QCommandLineParser &parser,
                    const QString &commandName,
                    const QStringList &args,
                    int minPositional,
                    int maxPositional,
                    int *exitCode)
{
    parser.setApplicationDescription(parser.applicationDescription());
    const QCommandLineOption help({"h", "help"}, QStringLiteral("Show this help."));
    parser.addOption(help);
    QStringList argv{QStringLiteral("mlwb-cli ") + commandName};
    argv += args;
    if (!parser.parse(argv)) {
        printError(parser.errorText());
        std::fputs(qPrintable(parser.helpText()), stderr);
        *exitCode = Usage;
        return false;
    }
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        *exitCode = Ok;
        return false;
    }
    const int n = int(parser.positionalArguments().size());
    if (n < minPositional || (maxPositional >= 0 && n > maxPositional)) {
        printError(n < minPositional ? QStringLiteral("missing arguments for '%1'").arg(commandName)
                                     : QStringLiteral("too many arguments for '%1'").arg(commandName));
        std::fputs(qPrintable(parser.helpText()), stderr);
        *exitCode = Usage;
        return false;
    }
    return true;
}

void printError(const QString &message)
{
    std::fprintf(stderr, "mlwb-cli: %s\n", qPrintable(message));
}

int fail(const wb::Error &err)
{
    printError(err.text());
    return InvalidInput;
}

QCommandLineOption workspaceOption()
{
    return QCommandLineOption(QStringLiteral("workspace"), wb::Tr::tr("Workspace folder (default: .)."),
                              QStringLiteral("DIR"));
}

QString workspaceDir(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    return QDir(parser.isSet(option) ? parser.value(option) : QDir::currentPath()).absolutePath();
}

QCommandLineOption runtimeOption()
{
    return QCommandLineOption(QStringLiteral("runtime"), wb::Tr::tr("docker, process or auto (default: auto)."),
                              QStringLiteral("KIND"), QStringLiteral("auto"));
}

QCommandLineOption dockerBinaryOption()
{
    return QCommandLineOption(QStringLiteral("docker-binary"), wb::Tr::tr("docker (default), podman or a path."),
                              QStringLiteral("PATH"));
}

int failWithDetail(const wb::Error &err)
{
    printError(err.message);
    for (const QString &line : err.detail.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        std::fprintf(stderr, "  %s\n", qPrintable(line));
    return InvalidInput;
}

void printJson(const QJsonDocument &doc)
{
    const QByteArray bytes = doc.toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printJson(const QJsonObject &obj)
{
    printJson(QJsonDocument(obj));
}

void printLine(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

} // namespace wb::cli
