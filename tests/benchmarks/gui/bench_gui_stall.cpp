// SPDX-License-Identifier: GPL-3.0-or-later
// GUI stall benchmark: the real main window runs a two-step pipeline on Docker through a
// client that sleeps 5 s on `version`, `image inspect` and `run` (tests/data/engine/
// slow-docker.sh, chosen with the docker-binary setting). A 10 ms timer measures how late the
// GUI event loop gets, from pressing Run (RunCoordinator::start, what the Run dialog calls)
// to the end of the run. Target: longest stall <= 50 ms. The anchor is the engine's own
// delay: a GUI that waited on the engine would stall >= 5,000 ms.
#include "core/exec/runtypes.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/workbenchviews.h"
#include "ui/run/runcoordinator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace wb;

namespace {

constexpr int kTickMs = 10;
constexpr int kTargetMs = 50;
constexpr int kEngineDelaySeconds = 5;

const char kPipeline[] = R"(name: Stall
implementation:
  graph:
    tasks:
      produce:
        componentRef:
          spec:
            name: Produce
            outputs:
            - {name: o}
            implementation:
              container:
                image: mlwb/busybox:latest
                command: [sh, -c, 'echo hello > "$0"', {outputPath: o}]
      consume:
        componentRef:
          spec:
            name: Consume
            inputs:
            - {name: i}
            implementation:
              container:
                image: mlwb/busybox:latest
                command: [sh, -c, 'cat "$0"', {inputPath: i}]
        arguments:
          i: {taskOutput: {taskId: produce, outputName: o}}
)";

// A one-step pipeline without outputs, for a machine without an engine (the stand-in fakes it).
const char kFakePipeline[] = R"(name: Stall
implementation:
  graph:
    tasks:
      step:
        componentRef:
          spec:
            name: Step
            implementation:
              container:
                image: mlwb/busybox:latest
                command: [sh, -c, 'echo hello']
)";

bool engineAnswers()
{
    if (qEnvironmentVariable("MLWB_SKIP_DOCKER_TESTS") == QLatin1String("1"))
        return false;
    QProcess p;
    p.start(QStringLiteral("docker"), {QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("mlwb/busybox:latest")});
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const bool real = engineAnswers();
    QTemporaryDir ws;
    const QString file = ws.filePath(QStringLiteral("stall.pipeline.yaml"));
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return 1;
    f.write(real ? kPipeline : kFakePipeline);
    f.close();
    qputenv("MLWB_SLOW_DOCKER_SECONDS", QByteArray::number(kEngineDelaySeconds));
    qputenv("MLWB_SLOW_DOCKER_FAKE", real ? "0" : "1");

    ui::MainWindow w;
    w.setErrorReporter([](const QString &title, const QString &message) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(title), qPrintable(message));
    });
    w.resize(1280, 800);
    w.show();
    w.openWorkspace(ws.path());
    if (!w.openPipeline(file))
        return 1;
    ui::RunCoordinator *runs = w.views()->runs();
    runs->setDockerBinary(QStringLiteral(MLWB_SOURCE_DIR "/tests/data/engine/slow-docker.sh"));
    // Let the window settle (first paint, crash clean-up of the new workspace) before measuring.
    QEventLoop settle;
    QTimer::singleShot(1500, &settle, &QEventLoop::quit);
    settle.exec();

    QElapsedTimer clock;
    qint64 last = 0, worst = 0, ticks = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(kTickMs);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        worst = std::max(worst, now - last - kTickMs);
        last = now;
        ++ticks;
    });
    exec::RunResult result;
    QString startError;
    QEventLoop loop;
    QObject::connect(runs, &ui::RunCoordinator::runFinished, &loop, [&](const exec::RunResult &r) {
        result = r;
        loop.quit();
    });
    QObject::connect(runs, &ui::RunCoordinator::errorOccurred, &loop, [&](const QString &m) {
        startError = m;
        loop.quit();
    });
    QTimer::singleShot(180000, &loop, &QEventLoop::quit);
    clock.start();
    tick.start();
    ui::RunRequest request;
    request.runtime = exec::RuntimeMode::Docker;
    if (!runs->start(request))
        return 1;
    loop.exec();
    // The last stretch up to the end of the run counts too.
    worst = std::max(worst, clock.elapsed() - last - kTickMs);
    tick.stop();
    const qint64 total = clock.elapsed();

    std::printf("GUI stall during a run on an engine that answers in %d s (%s, 2 steps): longest event-loop "
                "stall %lld ms (target <= %d ms), %.4fx the engine's delay; %lld ticks of %d ms over %lld ms; "
                "run %s\n",
                kEngineDelaySeconds, real ? "real Docker behind the slow client" : "stand-in engine, no Docker here",
                static_cast<long long>(worst), kTargetMs, double(worst) / (kEngineDelaySeconds * 1000.0),
                static_cast<long long>(ticks), kTickMs, static_cast<long long>(total),
                qPrintable(startError.isEmpty() ? exec::runOutcomeName(result.outcome) : startError));
    if (!startError.isEmpty() || result.outcome != exec::RunOutcome::Succeeded) {
        std::printf("FAILED: the run did not succeed (%s)\n", qPrintable(startError + result.error));
        return 1;
    }
    if (worst > kTargetMs)
        std::printf("target missed: longest stall %lld ms > %d ms\n", static_cast<long long>(worst), kTargetMs);
    return worst > kTargetMs && !app.arguments().contains(QStringLiteral("--short")) ? 1 : 0;
}
