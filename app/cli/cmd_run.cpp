// SPDX-License-Identifier: GPL-3.0-or-later
// mlwb-cli run | runs cleanup: thin wrappers over wb::exec::RunController / recoverAfterCrash.
#include "cli.h"

#include "core/base/tr.h"
#include "core/exec/containerlimits.h"
#include "core/exec/executionplan.h"
#include "core/exec/runcontroller.h"
#include "core/exec/runrecovery.h"
#include "core/exec/runsetup.h"
#include "core/manifest/pipelinefile.h"
#include "core/model/literalcheck.h"
#include "core/store/metadatastore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

using namespace wb;
using namespace wb::cli;

namespace {

std::atomic<bool> g_interrupted{false};

void onSigint(int)
{
    g_interrupted.store(true);
}

int runRun(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Run a pipeline locally (Docker, or the process runner)."));
    parser.addPositionalArgument(QStringLiteral("PIPELINE"), Tr::tr("Pipeline file."));
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       Tr::tr("Workspace folder (default: .); runs go to DIR/.mlwb/runs."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption param(QStringLiteral("param"), Tr::tr("A pipeline parameter (repeatable)."),
                                   QStringLiteral("NAME=VALUE"));
    const QCommandLineOption runtime = runtimeOption();
    const QCommandLineOption maxParallel(QStringLiteral("max-parallel"),
                                         Tr::tr("Steps running at once (default: CPU count)."), QStringLiteral("N"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print the result as JSON."));
    const QCommandLineOption from(QStringLiteral("from"), Tr::tr("Re-run from this task (with --reuse)."),
                                  QStringLiteral("TASK"));
    const QCommandLineOption reuse(QStringLiteral("reuse"), Tr::tr("Run whose outputs the other tasks reuse."),
                                   QStringLiteral("RUN_ID"));
    const QCommandLineOption dockerBinary = dockerBinaryOption();
    const QCommandLineOption secret(QStringLiteral("secret"),
                                    Tr::tr("Pass this environment variable to the steps as a secret (repeatable)."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption noCache(QStringLiteral("no-cache"), Tr::tr("Run every step even when cached."));
    const QCommandLineOption runId(QStringLiteral("run-id"), Tr::tr("Use this run id."), QStringLiteral("ID"));
    const QCommandLineOption logs(QStringLiteral("logs"), Tr::tr("Stream step output to stderr."));
    const QCommandLineOption pidsLimit(QStringLiteral("pids-limit"),
                                       Tr::tr("Processes a container may run at once (default: the workspace "
                                              "setting, 4096)."),
                                       QStringLiteral("N"));
    const QCommandLineOption defaultMemory(QStringLiteral("default-memory"),
                                           Tr::tr("Memory limit of tasks that set none, e.g. 4g or 50% "
                                                  "(default: the workspace setting, 75%)."),
                                           QStringLiteral("SIZE|PCT%"));
    const QCommandLineOption pull(QStringLiteral("pull"),
                                  Tr::tr("When to pull the steps' images before the run: never, missing (the "
                                         "images not on this machine) or always (default: the workspace "
                                         "setting containers.pull, missing)."),
                                  QStringLiteral("POLICY"));
    for (const auto &o : {workspace, param, runtime, maxParallel, json, from, reuse, dockerBinary, secret,
                          noCache, runId, logs, pidsLimit, defaultMemory, pull})
        parser.addOption(o);
    int exit = 0;
    if (!parseArguments(parser, QStringLiteral("run"), args, 1, 1, &exit))
        return exit;
    if (parser.isSet(from) != parser.isSet(reuse)) {
        printError(Tr::tr("--from and --reuse go together"));
        return Usage;
    }
    auto mode = exec::parseRuntimeMode(parser.value(runtime));
    if (!mode.ok()) {
        printError(mode.error().text());
        return Usage;
    }
    exec::RunOptions options;
    options.workspace = workspaceDir(parser, workspace);
    if (parser.isSet(maxParallel)) {
        bool ok = false;
        options.maxParallel = parser.value(maxParallel).toInt(&ok);
        if (!ok || options.maxParallel < 1) {
            printError(Tr::tr("--max-parallel needs a positive number"));
            return Usage;
        }
    }
    if (parser.isSet(pidsLimit)) {
        bool ok = false;
        options.pidsLimit = parser.value(pidsLimit).toInt(&ok);
        if (!ok || options.pidsLimit < 1) {
            printError(Tr::tr("--pids-limit needs a positive number"));
            return Usage;
        }
    }
    if (parser.isSet(defaultMemory)) {
        if (auto amount = exec::parseMemoryAmount(parser.value(defaultMemory)); !amount.ok()) {
            printError(Tr::tr("--default-memory: %1").arg(amount.error().text()));
            return Usage;
        }
        options.defaultMemory = parser.value(defaultMemory);
    }
    if (parser.isSet(pull)) {
        auto policy = exec::parsePullPolicy(parser.value(pull));
        if (!policy.ok()) {
            printError(Tr::tr("--pull: %1").arg(policy.error().text()));
            return Usage;
        }
        options.pull = *policy;
    }
    // A malformed .mlwb/settings.json stops the run here, before anything starts.
    if (auto limits = exec::containerDefaults(options); !limits.ok())
        return fail(limits.error());
    options.fromTask = parser.value(from);
    options.reuseRunId = parser.value(reuse);
    options.secretNames = parser.values(secret);
    options.useCache = !parser.isSet(noCache);
    options.runId = parser.value(runId);

    QMap<QString, QString> parameters;
    for (const QString &p : parser.values(param)) {
        const qsizetype eq = p.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            printError(Tr::tr("--param needs NAME=VALUE, not '%1'").arg(p));
            return Usage;
        }
        parameters.insert(p.left(eq), p.mid(eq + 1));
    }
    const QString pipelineFile = parser.positionalArguments().first();
    auto loaded = manifest::readPipelineFile(pipelineFile);
    if (!loaded.ok())
        return failWithDetail(loaded.error());
    // Values that do not fit their parameter's type stop here, before anything starts.
    if (const Diagnostics bad = model::checkRunParameters(loaded->snapshot.info, parameters); !bad.isEmpty()) {
        for (const Diagnostic &d : bad)
            printError(d.message);
        return InvalidInput;
    }
    auto plan = exec::compileRunPlan(loaded->snapshot, pipelineFile, parameters);
    if (!plan.ok())
        return failWithDetail(plan.error());
    // Only the files this run uses make it dirty (an unrelated edit does not).
    exec::gitStateOf(options.workspace, &options.gitCommit, &options.gitDirty,
                     exec::runDependencyFiles(loaded->snapshot, **plan));

    auto selected = exec::selectRuntime(*mode, parser.value(dockerBinary));
    if (!selected.ok())
        return fail(selected.error());
    if (!selected->warning.isEmpty())
        printError(Tr::tr("warning: %1").arg(selected->warning));

    auto store = exec::openWorkspaceStore(options.workspace);
    if (!store.ok())
        return fail(store.error());

    exec::RunController controller(selected->runtime.get(), store->get());
    const bool quiet = parser.isSet(json);
    const bool streamLogs = parser.isSet(logs);
    QObject::connect(&controller, &exec::RunController::runStarted, [quiet](const QString &id) {
        if (!quiet)
            printLine(Tr::tr("Run %1").arg(id));
    });
    QObject::connect(&controller, &exec::RunController::stepStateChanged,
                     [quiet](const QString &, const QString &task, exec::StepState st, qint64) {
                         if (!quiet)
                             std::fprintf(stderr, "%s: %s\n", qPrintable(task), qPrintable(exec::stepStateName(st)));
                     });
    // Image pulls happen inside start(), before the run: their lines as they come, and Ctrl+C
    // stops a pull (the event loop does not run then).
    QObject::connect(&controller, &exec::RunController::pullLine,
                     [quiet, streamLogs](const QString &, const QString &, const QString &line) {
                         if (!quiet || streamLogs)
                             std::fprintf(stderr, "[pull] %s\n", qPrintable(line));
                     });
    controller.setCancelCheck([] { return g_interrupted.load(); });
    if (streamLogs) {
        QObject::connect(&controller, &exec::RunController::logLine,
                         [](const QString &, const QString &task, int attempt, exec::OutputStream, const QString &line) {
                             std::fprintf(stderr, "[%s#%d] %s\n", qPrintable(task), attempt, qPrintable(line));
                         });
    }

    // Ctrl+C cancels cleanly: the handler only sets a flag; the event loop acts on it.
    g_interrupted.store(false);
    struct sigaction sa = {};
    sa.sa_handler = onSigint;
    sigemptyset(&sa.sa_mask);
    struct sigaction oldInt = {}, oldTerm = {};
    sigaction(SIGINT, &sa, &oldInt);
    sigaction(SIGTERM, &sa, &oldTerm);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&controller] {
        if (g_interrupted.exchange(false) && controller.isRunning()) {
            std::fprintf(stderr, "%s\n", qPrintable(Tr::tr("Interrupted: cancelling the run...")));
            controller.cancel();
        }
    });
    poll.start(100);

    const exec::RunResult result =
        controller.runToCompletion(*plan, options);
    poll.stop();
    sigaction(SIGINT, &oldInt, nullptr);
    sigaction(SIGTERM, &oldTerm, nullptr);

    if (quiet) {
        printJson(result.toJson());
    } else {
        if (result.runId.isEmpty()) {
            printError(result.error);
            return InvalidInput;
        }
        for (const exec::StepResult &s : result.steps) {
            QString line = QStringLiteral("%1\t%2\t%3 ms").arg(s.task, exec::stepStateName(s.state)).arg(s.durationMs());
            if (s.attempts > 1)
                line += Tr::tr("\t%1 attempts").arg(s.attempts);
            if (!s.error.isEmpty())
                line += QLatin1Char('\t') + s.error;
            printLine(line);
        }
        printLine(Tr::tr("Run %1 %2 (%3)").arg(result.runId, exec::runOutcomeName(result.outcome), result.runDir));
        if (!result.error.isEmpty() && result.outcome != exec::RunOutcome::Succeeded)
            printError(result.error);
    }
    return result.outcome == exec::RunOutcome::Succeeded ? Ok : InvalidInput;
}

int runCleanup(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Remove containers of runs that no longer run and mark those runs interrupted."));
    const QCommandLineOption workspace = workspaceOption();
    const QCommandLineOption runtime = runtimeOption();
    const QCommandLineOption dockerBinary = dockerBinaryOption();
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print the result as JSON."));
    for (const auto &o : {workspace, runtime, dockerBinary, json})
        parser.addOption(o);
    int exit = 0;
    if (!parseArguments(parser, QStringLiteral("runs cleanup"), args, 0, 0, &exit))
        return exit;
    auto mode = exec::parseRuntimeMode(parser.value(runtime));
    if (!mode.ok()) {
        printError(mode.error().text());
        return Usage;
    }
    const QString ws = workspaceDir(parser, workspace);
    store::MetadataStore store;
    const QString storePath = store::MetadataStore::defaultPath(ws);
    const bool haveStore = QFileInfo::exists(storePath);
    if (haveStore) {
        if (auto opened = store.open(storePath); !opened.ok())
            return fail(opened.error());
    }
    auto selected = exec::selectRuntime(*mode, parser.value(dockerBinary));
    QStringList notes;
    if (!selected.ok())
        notes.append(Tr::tr("containers not checked: %1").arg(selected.error().text()));
    const exec::RecoveryReport report = exec::recoverAfterCrash(
        ws, haveStore ? &store : nullptr, selected.ok() ? selected->runtime.get() : nullptr);
    notes += report.problems;
    if (parser.isSet(json)) {
        printJson(QJsonObject{{QStringLiteral("interruptedRuns"), QJsonArray::fromStringList(report.interruptedRuns)},
                              {QStringLiteral("removedContainers"), QJsonArray::fromStringList(report.removedContainers)},
                              {QStringLiteral("liveRuns"), QJsonArray::fromStringList(report.liveRuns)},
                              {QStringLiteral("problems"), QJsonArray::fromStringList(notes)}});
    } else {
        for (const QString &r : report.interruptedRuns)
            printLine(Tr::tr("run %1 marked interrupted").arg(r));
        for (const QString &c : report.removedContainers)
            printLine(Tr::tr("container %1 removed").arg(c));
        for (const QString &r : report.liveRuns)
            printLine(Tr::tr("run %1 is still running; left alone").arg(r));
        for (const QString &n : std::as_const(notes))
            printError(n);
        if (report.interruptedRuns.isEmpty() && report.removedContainers.isEmpty())
            printLine(Tr::tr("nothing to clean up"));
    }
    return report.problems.isEmpty() ? Ok : InvalidInput;
}

const Registration runReg{{QStringLiteral("run"), QStringLiteral("Run a pipeline locally."), &runRun}};
const Registration cleanupReg{{QStringLiteral("runs cleanup"),
                               QStringLiteral("Remove orphaned containers and mark interrupted runs."), &runCleanup}};

} // namespace
