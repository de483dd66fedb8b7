// SPDX-License-Identifier: GPL-3.0-or-later
// Overhead of DockerCliRuntime per step: N sequential busybox no-op containers through the
// runtime vs the same number of plain `docker run --rm` calls (QProcess), interleaved so
// engine drift hits every series alike. Target (issue 4, whole executor): <= 1.10x.
#include "core/exec/dockercliruntime.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>

#include <cstdio>

using namespace wb::exec;

static const QString kImage = QStringLiteral("mlwb/busybox:latest");

static qint64 runViaRuntime(DockerCliRuntime &rt, int i, bool *ok)
{
    ContainerRequest r;
    r.runId = QStringLiteral("bench-%1").arg(QCoreApplication::applicationPid());
    r.taskName = QStringLiteral("noop");
    r.attempt = i;
    r.image = kImage;
    r.command = {QStringLiteral("true")};
    QEventLoop loop;
    ExitInfo result;
    RunHandle handle = 0;
    QObject::connect(&rt, &ContainerRuntime::finished, &loop,
                     [&](RunHandle h, const ExitInfo &info) {
                         if (h == handle) {
                             result = info;
                             loop.quit();
                         }
                     });
    QElapsedTimer t;
    t.start();
    handle = rt.start(r);
    loop.exec();
    const qint64 ms = t.elapsed();
    if (!result.succeeded()) {
        std::fprintf(stderr, "runtime step failed: %s\n", qPrintable(result.error));
        *ok = false;
    }
    return ms;
}

static qint64 runPlain(const QStringList &args, bool *ok)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(QStringLiteral("docker"), args);
    p.waitForFinished(60000);
    const qint64 ms = t.elapsed();
    if (p.exitCode() != 0) {
        std::fprintf(stderr, "plain docker run failed: %s\n", p.readAllStandardError().constData());
        *ok = false;
    }
    return ms;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool shortMode = app.arguments().contains(QStringLiteral("--short"));
    const int n = shortMode ? 5 : 20;
    if (qEnvironmentVariable("MLWB_SKIP_DOCKER_TESTS") == QLatin1String("1")) {
        std::printf("bench_runtime: skipped (MLWB_SKIP_DOCKER_TESTS=1)\n");
        return 0;
    }
    DockerCliRuntime rt;
    const auto info = rt.probe();
    if (!info.ok()) {
        std::fprintf(stderr, "bench_runtime: %s\n", qPrintable(info.error().text()));
        return 1;
    }
    if (!rt.imageId(kImage).ok()) {
        std::fprintf(stderr, "bench_runtime: %s missing (docker-env.sh images)\n", qPrintable(kImage));
        return 1;
    }
    const QStringList plainNone{QStringLiteral("run"), QStringLiteral("--rm"),
                                QStringLiteral("--network"), QStringLiteral("none"), kImage,
                                QStringLiteral("true")};
    const QStringList plain{QStringLiteral("run"), QStringLiteral("--rm"), kImage,
                            QStringLiteral("true")};
    bool ok = true;
    // Warm-up: first container start pays for page cache and engine state.
    runViaRuntime(rt, 0, &ok);
    runPlain(plainNone, &ok);
    qint64 tRuntime = 0, tNone = 0, tPlain = 0;
    for (int i = 1; i <= n; ++i) {
        tRuntime += runViaRuntime(rt, i, &ok);
        tNone += runPlain(plainNone, &ok);
        tPlain += runPlain(plain, &ok);
    }
    if (!ok)
        return 1;
    const double ratioNone = double(tRuntime) / double(std::max<qint64>(1, tNone));
    const double ratioPlain = double(tRuntime) / double(std::max<qint64>(1, tPlain));
    std::printf("engine: %s %s (client %s)\n", qPrintable(info->name),
                qPrintable(info->serverVersion), qPrintable(info->version));
    std::printf("%d sequential no-op containers (%s)\n", n, qPrintable(kImage));
    std::printf("  DockerCliRuntime (hardened, --network none): %6lld ms total, %6.1f ms/step\n",
                tRuntime, double(tRuntime) / n);
    std::printf("  docker run --rm --network none (QProcess):   %6lld ms total, %6.1f ms/step\n",
                tNone, double(tNone) / n);
    std::printf("  docker run --rm (QProcess):                  %6lld ms total, %6.1f ms/step\n",
                tPlain, double(tPlain) / n);
    std::printf("ratio runtime / plain --network none: %.3fx (target <= 1.10x)\n", ratioNone);
    std::printf("ratio runtime / plain docker run:     %.3fx\n", ratioPlain);
    if (!shortMode && ratioNone > 1.10) {
        std::printf("FAILED: overhead target missed\n");
        return 1;
    }
    return 0;
}
