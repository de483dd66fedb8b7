// SPDX-License-Identifier: GPL-3.0-or-later
// Export of a large pipeline to a KFP package: load + compile to IR + YAML + ZIP + SHA256SUMS.
// Target: 200 tasks in <= 200 ms (median of 5). `--short`: 50 tasks, figures only.
#include "core/base/fileio.h"
#include "core/bundle/packageexporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

/// Five component files referenced by url + digest, tasks in layers of 10, each reading two
/// files of the layer above and a pipeline parameter.
QString writePipeline(const QString &dir, int tasks)
{
    QDir(dir).mkpath("components");
    QStringList digests;
    for (int c = 0; c < 5; ++c) {
        const QByteArray comp = QStringLiteral(
            "name: Step %1\ninputs:\n- {name: a, type: CSV, optional: true}\n- {name: b, type: CSV, optional: true}\n"
            "- {name: seed, type: Integer, default: '1'}\noutputs:\n- {name: out, type: CSV}\n- {name: score, type: Float}\n"
            "implementation:\n  container:\n    image: python:3.11\n    command: [python3, -c, 'print(1)']\n"
            "    args:\n    - {if: {cond: {isPresent: a}, then: [--a, {inputPath: a}]}}\n"
            "    - {if: {cond: {isPresent: b}, then: [--b, {inputPath: b}]}}\n"
            "    - {concat: [--seed=, {inputValue: seed}]}\n    - {outputPath: out}\n    - {outputPath: score}\n")
                                   .arg(c)
                                   .toUtf8();
        QFile f(QDir(dir).filePath(QStringLiteral("components/step%1.yaml").arg(c)));
        f.open(QIODevice::WriteOnly);
        f.write(comp);
        digests << wb::sha256Hex(comp);
    }
    QString y = QStringLiteral("name: Big export\ninputs:\n- {name: seed, type: Integer, default: '7'}\n"
                               "implementation:\n  graph:\n    tasks:\n");
    for (int i = 0; i < tasks; ++i) {
        const int c = i % 5;
        y += QStringLiteral("      t%1:\n        componentRef: {name: Step %2, url: components/step%2.yaml, digest: %3}\n"
                            "        arguments:\n          seed: {graphInput: {inputName: seed}}\n")
                 .arg(i).arg(c).arg(digests.at(c));
        if (i >= 10) {
            y += QStringLiteral("          a: {taskOutput: {taskId: t%1, outputName: out}}\n").arg(i - 10);
            y += QStringLiteral("          b: {taskOutput: {taskId: t%1, outputName: out}}\n").arg(i - 10 + (i % 10 == 9 ? -9 : 1));
        }
        if (i % 7 == 3)
            y += QStringLiteral("        executionOptions: {retryStrategy: {maxRetries: 2}, cachingStrategy: {maxCacheStaleness: P0D}}\n");
    }
    const QString path = QDir(dir).filePath("big.pipeline.yaml");
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(y.toUtf8());
    return path;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool isShort = app.arguments().contains(QStringLiteral("--short"));
    const int tasks = isShort ? 50 : 200;
    const double targetMs = 200.0;
    QTextStream out(stdout);
    QTemporaryDir tmp;
    const QString pipeline = writePipeline(tmp.path(), tasks);

    QList<double> times;
    QByteArray first;
    qsizetype irBytes = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        wb::Result<wb::bundle::PipelinePackage> p = wb::bundle::buildPipelinePackage(pipeline);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (!p) {
            out << "export failed: " << p.error().text() << '\n';
            return 1;
        }
        if (run == 0) {
            first = p->zip;
            irBytes = p->entries.first().data.size();
        } else if (p->zip != first) {
            out << "export is not deterministic\n";
            return 1;
        }
        times << ms;
    }
    QList<double> compileTimes;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        wb::Result<wb::bundle::PipelinePackage> p = wb::bundle::compilePipelineFile(pipeline);
        compileTimes << double(t.nsecsElapsed()) / 1e6;
        if (!p)
            return 1;
    }
    std::sort(compileTimes.begin(), compileTimes.end());
    out << QStringLiteral("load + compile to IR only: median %1 ms\n").arg(compileTimes.at(2), 0, 'f', 1);
    std::sort(times.begin(), times.end());
    const double median = times.at(times.size() / 2);
    out << QStringLiteral("export of %1 tasks to ZIP: median %2 ms (min %3, max %4), pipeline.yaml %5 KiB, zip %6 KiB; target <= %7 ms for 200 tasks\n")
               .arg(tasks)
               .arg(median, 0, 'f', 1)
               .arg(times.first(), 0, 'f', 1)
               .arg(times.last(), 0, 'f', 1)
               .arg(irBytes / 1024)
               .arg(first.size() / 1024)
               .arg(targetMs);
    if (!isShort && median > targetMs) {
        out << "FAIL: target missed\n";
        return 1;
    }
    return 0;
}
