// SPDX-License-Identifier: GPL-3.0-or-later
// Editor performance on a large pipeline (2,000 tasks / ~2,600 edges; --short: 300 tasks):
// open to first paint, one-node move repaint (median), zoom to fit, resident memory.
#include "core/manifest/pipelinefile.h"
#include "core/model/pipelinedocument.h"
#include "ui/canvas/nodeitem.h"
#include "ui/canvas/pipelinescene.h"
#include "ui/canvas/pipelineview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

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

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const bool shortMode = app.arguments().contains(QStringLiteral("--short"));
    const int tasks = shortMode ? 300 : 2000;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.pipeline.yaml"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 2;
        f.write(manifest::writePipeline(makePipeline(tasks)));
    }

    model::PipelineDocument doc;
    ui::PipelineScene scene(&doc);
    ui::PipelineView view;
    view.setScene(&scene);
    view.resize(1600, 1000);
    view.show();
    QCoreApplication::processEvents();

    // Open: read + resolve + model + scene items + first paint of the fitted view.
    QElapsedTimer timer;
    timer.start();
    Result<Diagnostics> opened = manifest::openPipeline(doc, path);
    if (!opened) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(opened.error().text()));
        return 2;
    }
    view.fitToContents();
    view.viewport()->update();
    const double openMs = waitForPaint(view, timer);
    const int edges = int(doc.model().edges().size());

    // Move one node at 100 % zoom (what a drag does per mouse move), repaint.
    view.resetZoom();
    ui::NodeItem *node = scene.nodeItem(doc.model().taskIds().at(tasks / 2 + 5));
    view.centerOn(node);
    QCoreApplication::processEvents();
    QList<double> moves;
    for (int i = 0; i < 60; ++i) {
        timer.restart();
        node->setPos(node->pos() + QPointF(i % 2 ? -3 : 3, 2));
        moves.append(waitForPaint(view, timer));
    }
    std::sort(moves.begin(), moves.end());
    const double moveMedian = moves.at(moves.size() / 2);

    // Zoom to fit: transform + repaint of everything.
    timer.restart();
    view.fitToContents();
    const double fitMs = waitForPaint(view, timer);
    const double rss = residentMb();

    QTextStream out(stdout);
    out << "bench_editor: " << tasks << " tasks, " << edges << " edges" << (shortMode ? " (--short)" : "") << "\n";
    out << QStringLiteral("  open to first paint   %1 ms   (target <= 1500)\n").arg(openMs, 0, 'f', 1);
    out << QStringLiteral("  move one node, median %1 ms   (target <= 16)\n").arg(moveMedian, 0, 'f', 2);
    out << QStringLiteral("  zoom to fit           %1 ms   (target <= 100)\n").arg(fitMs, 0, 'f', 1);
    out << QStringLiteral("  resident memory       %1 MB   (target <= 300)\n").arg(rss, 0, 'f', 1);
    out.flush();
    if (shortMode)
        return 0;
    const bool ok = openMs <= 1500 && moveMedian <= 16 && fitMs <= 100 && rss <= 300;
    if (!ok)
        out << "bench_editor: a target was missed\n";
    return ok ? 0 : 1;
}
