// SPDX-License-Identifier: GPL-3.0-or-later
// mlwb-cli: the headless entry point. Dispatches to the command whose words match the longest
// prefix of the arguments; each command parses its own options (see cli.h).
#include "cli.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>

using namespace wb::cli;

static void printOverview(FILE *to)
{
    std::fprintf(to, "Usage: mlwb-cli COMMAND [options]   (mlwb-cli COMMAND --help for details)\n\nCommands:\n");
    QList<Command> sorted = commands();
    std::sort(sorted.begin(), sorted.end(), [](const Command &a, const Command &b) { return a.name < b.name; });
    for (const Command &c : sorted)
        std::fprintf(to, "  %-22s %s\n", qPrintable(c.name), qPrintable(c.summary));
    std::fprintf(to, "\n  --version              Print the version.\n  --help                 Print this overview.\n");
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mlwb-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("mlwb"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MLWB_VERSION));

    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        printOverview(stderr);
        return Usage;
    }
    if (args.first() == QLatin1String("--version") || args.first() == QLatin1String("-v")) {
        std::printf("mlwb-cli %s\n", MLWB_VERSION);
        return Ok;
    }
    if (args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")
        || args.first() == QLatin1String("help")) {
        printOverview(stdout);
        return Ok;
    }

    const Command *best = nullptr;
    qsizetype bestWords = 0;
    for (const Command &c : commands()) {
        const QStringList words = c.name.split(QLatin1Char(' '));
        if (words.size() <= args.size() && args.mid(0, words.size()) == words && words.size() > bestWords) {
            best = &c;
            bestWords = words.size();
        }
    }
    if (!best) {
        printError(QStringLiteral("unknown command '%1'").arg(args.first()));
        printOverview(stderr);
        return Usage;
    }
    return best->run(args.mid(bestWords));
}
