// SPDX-License-Identifier: GPL-3.0-or-later
// Editor performance on a large pipeline (2,000 tasks / ~2,600 edges; --short: 300 tasks):
// open to first paint, one-node move repaint (median), zoom to fit, resident memory; measured
// in the main window (canvas plus overview map, problems and properties panels).
#include "core/manifest/pipelinefile.h"
#include "core/model/pipelinedocument.h"
#include "ui/canvas/nodeitem.h"
#include "ui/canvas/pipelinescene.h"
#include "ui/canvas/pipelineview.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/panels/componentpalette.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace wb;

static model::PipelineSnapshot makePipeline(int tasks)
{
    auto spec = std::make_shared<model::ComponentSpec>();
    spec->name = QStringLiteral("Step");
    spec->implementation = model::ComponentSpec::Implementation::Container;
    spec->container.image = QStringLiteral("busybox");
    for (const char *n : {"a", "b", "c"})
        spec->inputs.append(model::InputSpec{QString::fromLatin1(n), model::TypeSpec::fromName(QStringLiteral("CSV")), {}, {}, true, {}});
    for (const char *n : {"out", "extra"})
        spec->outputs.append(model::OutputSpec{QString::fromLatin1(n), model::TypeSpec::fromName(QStringLiteral("CSV")), {}, {}});
    model::PipelineSnapshot s;
    s.info.name = QStringLiteral("Big");
    const int perRow = 40;
    for (int i = 0; i < tasks; ++i) {
        model::Task t;
        t.name = QStringLiteral("t%1").arg(i);
        t.ref.name = spec->name;
        t.ref.spec = spec;
        t.ref.specInline = true;
        t.spec = spec;
        t.position = QPointF((i % perRow) * 260, (i / perRow) * 160);
        t.hasPosition = true;
        // A chain per row plus a cross link every third task: ~1.3 edges per task.
        if (i % perRow)
            t.arguments.append({QStringLiteral("a"), model::ArgumentValue::fromTaskOutput(QStringLiteral("t%1").arg(i - 1), QStringLiteral("out"))});
        if (i >= perRow && i % 3 == 0)
            t.arguments.append({QStringLiteral("b"), model::ArgumentValue::fromTaskOutput(QStringLiteral("t%1").arg(i - perRow), QStringLiteral("extra"))});
        if (i >= perRow && i % perRow == 0)
            t.arguments.append({QStringLiteral("c"), model::ArgumentValue::fromTaskOutput(QStringLiteral("t%1").arg(i - 1), QStringLiteral("out"))});
        s.tasks.append(t);
    }
    return s;
}

static double residentMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

/// Processes events until the viewport painted at least once more.
static double waitForPaint(ui::PipelineView &view, QElapsedTimer &timer)
{
    const int before = view.paintCount();
    while (view.paintCount() == before && timer.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return timer.nsecsElapsed() / 1e6;
}

/// Processes events until `done` holds (or 10 s passed).
template<typename F>
static void waitUntil(F done)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

/// CPU time of the GUI thread (ms): what the editor itself spent, whatever the machine's load.
static double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/// Processes events for `ms` milliseconds.
static void idle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const bool shortMode = app.arguments().contains(QStringLiteral("--short"));
    const int tasks = shortMode ? 300 : 2000;
    // Settings of the benchmark's own (window layout, recent files), not the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("mlwb-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_editor"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.pipeline.yaml"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 2;
        f.write(manifest::writePipeline(makePipeline(tasks)));
    }

    // The file part alone (read, YAML, resolve), warm, for the breakdown.
    QElapsedTimer readTimer;
    readTimer.start();
    if (!manifest::readPipelineFile(path)) {
        std::fprintf(stderr, "read failed\n");
        return 2;
    }
    const double readMs = readTimer.nsecsElapsed() / 1e6;

    // The whole editor as a user sees it: canvas, overview map, problems, properties…
    ui::MainWindow window;
    window.setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
    window.resize(1600, 1000);
    window.show();
    waitUntil([&] { return window.view()->paintCount() > 0 && !window.palette()->isScanning(); });
    ui::PipelineView &view = *window.view();
    ui::PipelineScene &scene = *window.scene();
    const model::PipelineDocument &doc = *window.document();

    // Open: read + resolve + model + scene items + the first paint of the fitted view.
    bool fitted = false;
    int paintsAtFit = 0;
    QObject::connect(&view, &ui::PipelineView::zoomChanged, &app, [&] {
        if (!fitted)
            paintsAtFit = view.paintCount();
        fitted = true;
    });
    QElapsedTimer timer;
    timer.start();
    const double cpuAtOpen = threadCpuMs();
    if (!window.openPipeline(path)) {
        std::fprintf(stderr, "open failed\n");
        return 2;
    }
    const double loadMs = timer.nsecsElapsed() / 1e6;
    waitUntil([&] { return fitted && view.paintCount() > paintsAtFit; });
    const double openMs = timer.nsecsElapsed() / 1e6;
    const double openCpuMs = threadCpuMs() - cpuAtOpen;
    const int edges = int(doc.model().edges().size());
    idle(400); // let the deferred work (validation, overview map) settle

    // Move one node at 100 % zoom (what a drag does per mouse move), repaint.
    view.resetZoom();
    ui::NodeItem *node = scene.nodeItem(doc.model().taskIds().at(tasks / 2 + 5));
    view.centerOn(node);
    idle(300);
    QList<double> moves;
    for (int i = 0; i < 60; ++i) {
        timer.restart();
        node->setPos(node->pos() + QPointF(i % 2 ? -3 : 3, 2));
        moves.append(waitForPaint(view, timer));
    }
    std::sort(moves.begin(), moves.end());
    const double moveMedian = moves.at(moves.size() / 2);

    // Zoom to fit: transform + repaint of everything (median of a few).
    QList<double> fits, fitCpu;
    for (int i = 0; i < 5; ++i) {
        view.resetZoom();
        view.centerOn(node);
        idle(200);
        timer.restart();
        const double cpu = threadCpuMs();
        view.fitToContents();
        fits.append(waitForPaint(view, timer));
        fitCpu.append(threadCpuMs() - cpu);
    }
    std::sort(fits.begin(), fits.end());
    std::sort(fitCpu.begin(), fitCpu.end());
    const double fitMs = fits.at(fits.size() / 2);
    const double rss = residentMb();

    QTextStream out(stdout);
    out << "bench_editor: " << tasks << " tasks, " << edges << " edges, main window 1600x1000"
        << (shortMode ? " (--short)" : "") << "\n";
    out << QStringLiteral("  open to first paint   %1 ms   (target <= 1500)\n").arg(openMs, 0, 'f', 1);
    out << QStringLiteral("    GUI thread CPU %1 ms; openPipeline() %2 ms, of which reading the file %3 ms\n")
               .arg(openCpuMs, 0, 'f', 1).arg(loadMs, 0, 'f', 1).arg(readMs, 0, 'f', 1);
    out << QStringLiteral("  move one node, median %1 ms   (target <= 16)\n").arg(moveMedian, 0, 'f', 2);
    out << QStringLiteral("  zoom to fit, median   %1 ms   (target <= 100; GUI thread CPU %2 ms)\n")
               .arg(fitMs, 0, 'f', 1).arg(fitCpu.at(fitCpu.size() / 2), 0, 'f', 1);
    out << QStringLiteral("  resident memory       %1 MB   (target <= 300)\n").arg(rss, 0, 'f', 1);
    out.flush();
    if (shortMode)
        return 0;
    const bool ok = openMs <= 1500 && moveMedian <= 16 && fitMs <= 100 && rss <= 300;
    if (!ok)
        out << "bench_editor: a target was missed\n";
    return ok ? 0 : 1;
}
