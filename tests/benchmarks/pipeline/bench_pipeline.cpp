// SPDX-License-Identifier: GPL-3.0-or-later
// Pipeline benchmark: load + validate a generated 2,000-task / ~2,600-edge pipeline (target
// <= 1 s) and Graphviz layout through wb_layout vs the `dot` command on the same graph
// (target <= 1.3x), measured in the same run. --short: 300 tasks, never fails on timing.
#include "core/base/fileio.h"
#include "core/layout/layoutgraph.h"
#include "core/manifest/pipelinefile.h"
#include "core/model/pipelinedocument.h"
#include "core/model/pipelinelayout.h"
#include "core/model/pipelinevalidator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

namespace {

const char *kSource = R"(name: Source
outputs:
- {name: table, type: CSV}
implementation:
  container:
    image: busybox:1.36
    command: [sh, -ec, 'echo a > "$0"', {outputPath: table}]
)";

const char *kTransform = R"(name: Transform
inputs:
- {name: a, type: CSV}
- {name: b, type: CSV, optional: true}
- {name: factor, type: Integer, default: '2'}
outputs:
- {name: table, type: CSV}
implementation:
  container:
    image: busybox:1.36
    command: [sh, -ec, 'cat "$0" > "$2"', {inputPath: a}, {inputValue: factor}, {outputPath: table}]
)";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    const auto r = wb::writeFileAtomically(path, bytes);
    if (!r)
        std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(path), qPrintable(r.error().text()));
    return r.ok();
}

/// Layered random DAG: each task reads `a` from a task in the previous few layers, 30% also `b`.
QByteArray generate(int tasks, const QString &srcDigest, const QString &trDigest, int *edges)
{
    QRandomGenerator rng(42);
    QByteArray y = "name: Benchmark\ninputs:\n- {name: factor, type: Integer, default: '3'}\nimplementation:\n  graph:\n    tasks:\n";
    const int width = 20;
    *edges = 0;
    for (int i = 0; i < tasks; ++i) {
        const QByteArray name = "t" + QByteArray::number(i);
        y += "      " + name + ":\n";
        if (i < width) {
            y += "        componentRef: {url: components/source.yaml, digest: " + srcDigest.toLatin1() + "}\n";
            continue;
        }
        y += "        componentRef: {url: components/transform.yaml, digest: " + trDigest.toLatin1() + "}\n";
        y += "        arguments:\n";
        const int layer = i / width;
        auto pick = [&] {
            const int from = std::max(0, (layer - 3) * width);
            return from + int(rng.bounded(layer * width - from));
        };
        y += "          a: {taskOutput: {taskId: t" + QByteArray::number(pick()) + ", outputName: table}}\n";
        ++*edges;
        if (rng.bounded(100) < 33) {
            y += "          b: {taskOutput: {taskId: t" + QByteArray::number(pick()) + ", outputName: table}}\n";
            ++*edges;
        }
        if (i % 7 == 0)
            y += "          factor: {graphInput: {inputName: factor}}\n";
    }
    return y;
}

QByteArray dotFile(const wb::layout::LayoutGraph &g)
{
    QByteArray d = "digraph layout {\n  rankdir=LR; nodesep=" + QByteArray::number(g.nodeSeparation / 72.0)
                   + "; ranksep=" + QByteArray::number(g.rankSeparation / 72.0) + ";\n"
                   + "  node [shape=box, fixedsize=true, label=\"\"];\n";
    for (const auto &n : g.nodes)
        d += "  \"" + n.id.toUtf8() + "\" [width=" + QByteArray::number(n.width / 72.0)
             + ", height=" + QByteArray::number(n.height / 72.0) + "];\n";
    for (const auto &e : g.edges)
        d += "  \"" + e.from.toUtf8() + "\" -> \"" + e.to.toUtf8() + "\";\n";
    return d + "}\n";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool shortRun = app.arguments().contains(QStringLiteral("--short"));
    const int tasks = shortRun ? 300 : 2000;
    QTemporaryDir dir;
    if (!dir.isValid() || !QDir(dir.path()).mkpath(QStringLiteral("components")))
        return 1;
    const QByteArray src(kSource), tr(kTransform);
    if (!writeFile(dir.filePath("components/source.yaml"), src)
        || !writeFile(dir.filePath("components/transform.yaml"), tr))
        return 1;
    int edges = 0;
    const QString path = dir.filePath("bench.pipeline.yaml");
    if (!writeFile(path, generate(tasks, wb::sha256Hex(src), wb::sha256Hex(tr), &edges)))
        return 1;

    QElapsedTimer timer;
    timer.start();
    if (auto parsed = wb::manifest::readPipelineFile(path); !parsed)
        return 1;
    std::printf("read (parse + resolve, no model): %lld ms\n", timer.elapsed());
    timer.restart();
    wb::model::PipelineDocument doc;
    auto loaded = wb::manifest::openPipeline(doc, path);
    if (!loaded) {
        std::fprintf(stderr, "load failed: %s\n", qPrintable(loaded.error().text()));
        return 1;
    }
    const qint64 loadMs = timer.elapsed();
    const wb::Diagnostics diags = wb::model::validatePipeline(doc.model());
    const qint64 loadValidateMs = timer.elapsed();
    if (!loaded->isEmpty() || !diags.isEmpty()) {
        std::fprintf(stderr, "unexpected diagnostics: %lld load, %lld validate (%s)\n",
                     qlonglong(loaded->size()), qlonglong(diags.size()),
                     qPrintable(diags.value(0, loaded->value(0)).message));
        return 1;
    }
    std::printf("pipeline: %d tasks, %d edges (model: %lld)\n", tasks, edges, qlonglong(doc.model().edges().size()));
    std::printf("load: %lld ms, load+validate: %lld ms (target <= 1000 ms)\n", loadMs, loadValidateMs);

    timer.restart();
    const QByteArray saved = wb::manifest::writePipeline(doc.model());
    std::printf("save (serialize): %lld ms, %lld bytes\n", timer.elapsed(), qlonglong(saved.size()));

    const wb::layout::LayoutGraph graph = wb::model::toLayoutGraph(doc.model());
    timer.restart();
    auto layout = wb::layout::layoutWithGraphviz(graph);
    const qint64 libMs = timer.elapsed();
    if (!layout) {
        std::fprintf(stderr, "layout failed: %s\n", qPrintable(layout.error().text()));
        return 1;
    }
    if (!doc.requestApplyLayout(layout.value())) {
        std::fprintf(stderr, "applying the layout failed\n");
        return 1;
    }
    bool ok = loadValidateMs <= 1000;
    const QString dot = QStandardPaths::findExecutable(QStringLiteral("dot"));
    if (dot.isEmpty()) {
        std::printf("layout (wb_layout): %lld ms; `dot` not installed, no comparison\n", libMs);
    } else {
        const QString dotPath = dir.filePath("bench.dot");
        if (!writeFile(dotPath, dotFile(graph)))
            return 1;
        QProcess p;
        p.setStandardOutputFile(QProcess::nullDevice());
        timer.restart();
        p.start(dot, {QStringLiteral("-Tplain"), dotPath});
        p.waitForFinished(-1);
        const qint64 dotMs = timer.elapsed();
        const double ratio = double(libMs) / std::max<qint64>(dotMs, 1);
        std::printf("layout: wb_layout %lld ms, `dot -Tplain` %lld ms, ratio %.2f (target <= 1.3)\n",
                    libMs, dotMs, ratio);
        ok = ok && ratio <= 1.3;
    }
    if (shortRun)
        return 0;
    std::printf(ok ? "PASS\n" : "FAIL: a target was missed\n");
    return ok ? 0 : 1;
}
