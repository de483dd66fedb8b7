// SPDX-License-Identifier: GPL-3.0-or-later
// Drift benchmark: generates make_bench.py's data once (cached), then runs `mlwb-cli drift --json`
// (three times: the median counts, a 2-second run on a shared machine is at the mercy of the
// moment's load) and `/usr/bin/python3 reference_drift.py` once on the same files, measuring
// wall time, CPU time and peak RSS of each child (wait4 rusage). Full mode (1e6 + 1e6 rows x 25
// columns) fails unless our median wall time is >= 20x shorter and our peak memory <= half the
// reference's; --short (1e5 rows) only prints. It also checks that both produce the same
// figures (drift decisions and metrics).
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

struct Run
{
    int code = -1;
    double seconds = 0;
    double cpuSeconds = 0; ///< user + system: meaningful even on a loaded machine
    long maxRssKb = 0;
};

// fork/exec so that wait4 gives this child's own peak RSS
Run runChild(const QStringList &argv, const QString &stdoutPath)
{
    Run r;
    std::fflush(stdout); // or the child would print our buffered lines again
    QElapsedTimer t;
    t.start();
    const pid_t pid = ::fork();
    if (pid == 0) {
        FILE *out = std::freopen(QFile::encodeName(stdoutPath).constData(), "w", stdout);
        (void)out;
        FILE *err = std::freopen("/dev/null", "w", stderr);
        (void)err;
        std::vector<QByteArray> store;
        std::vector<char *> args;
        for (const QString &a : argv)
            store.push_back(a.toLocal8Bit());
        for (QByteArray &b : store)
            args.push_back(b.data());
        args.push_back(nullptr);
        ::execv(args[0], args.data());
        ::_exit(127);
    }
    int status = 0;
    struct rusage ru {};
    ::wait4(pid, &status, 0, &ru);
    r.seconds = double(t.nsecsElapsed()) / 1e9;
    r.maxRssKb = ru.ru_maxrss;
    r.cpuSeconds = double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

int compareOutputs(const QString &ours, const QString &ref)
{
    auto load = [](const QString &p) {
        QMap<QString, QJsonObject> m;
        QFile f(p);
        if (!f.open(QIODevice::ReadOnly))
            return m;
        for (const QByteArray &l : f.readAll().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(l).object();
            if (o.contains("column"))
                m.insert(o.value("column").toString(), o);
        }
        return m;
    };
    const auto a = load(ours), b = load(ref);
    int bad = b.isEmpty() ? 1 : 0;
    for (auto it = b.begin(); it != b.end(); ++it) {
        const QJsonObject g = a.value(it.key()), w = it.value();
        if (g.value("type") != w.value("type")
            || g.value("evidently_default").toObject().value("drift") != w.value("evidently_default").toObject().value("drift")) {
            std::printf("  MISMATCH %s: type/decision\n", qPrintable(it.key()));
            ++bad;
        }
        for (const char *k : {"psi", "kl_ref_cur", "js_distance_base2", "hellinger", "tvd", "l_infinity", "ks_statistic",
                              "wasserstein", "wasserstein_normed"}) {
            if (!w.contains(k) || w.value(k).isNull())
                continue;
            const double x = g.value(k).toDouble(), y = w.value(k).toDouble();
            if (std::abs(x - y) > 1e-9 * std::max(1.0, std::abs(y))) {
                std::printf("  MISMATCH %s.%s: %.17g vs %.17g\n", qPrintable(it.key()), k, x, y);
                ++bad;
            }
        }
        if (w.contains("ks_pvalue") && std::abs(g.value("ks_pvalue").toDouble() - w.value("ks_pvalue").toDouble()) > 1e-6) {
            std::printf("  MISMATCH %s.ks_pvalue\n", qPrintable(it.key()));
            ++bad;
        }
    }
    return bad;
}

QString loadAverage()
{
    double l[3] = {0, 0, 0};
    return ::getloadavg(l, 3) == 3 ? QStringLiteral("%1 %2 %3").arg(l[0], 0, 'f', 2).arg(l[1], 0, 'f', 2).arg(l[2], 0, 'f', 2)
                                   : QStringLiteral("?");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool shortMode = app.arguments().contains(QStringLiteral("--short"));
    const QString cli = qEnvironmentVariableIsEmpty("MLWB_CLI")
                            ? QCoreApplication::applicationDirPath() + QStringLiteral("/../../../app/cli/mlwb-cli")
                            : qEnvironmentVariable("MLWB_CLI");
    const QString tools = QStringLiteral(MLWB_SHARED_DIR "/tools");
    if (!QFile::exists(tools + "/make_bench.py") || !QFile::exists("/usr/bin/python3")) {
        std::printf("SKIP: %s/make_bench.py or /usr/bin/python3 missing\n", qPrintable(tools));
        return 0;
    }
    const int rows = shortMode ? 100000 : 1000000;
    const QString dir = QDir::tempPath() + QStringLiteral("/mlwb-drift-bench-%1").arg(rows);
    if (!QFile::exists(dir + "/bench_cur.csv")) {
        std::printf("generating %d + %d rows into %s (cached for later runs)...\n", rows, rows, qPrintable(dir));
        std::fflush(stdout);
        const int rc = QProcess::execute("/usr/bin/python3", {tools + "/make_bench.py", dir, "--rows-ref", QString::number(rows),
                                                             "--rows-cur", QString::number(rows)});
        if (rc != 0) {
            std::printf("FAIL: make_bench.py exited with %d\n", rc);
            return 1;
        }
    }
    const QString ref = dir + "/bench_ref.csv", cur = dir + "/bench_cur.csv";
    std::printf("drift benchmark, %d + %d rows x 25 columns (%s), %d CPUs, load average %s\n", rows, rows,
                shortMode ? "short" : "full", QThread::idealThreadCount(), qPrintable(loadAverage()));
    std::vector<Run> runs;
    for (int i = 0; i < 3; ++i) {
        runs.push_back(runChild({cli, "drift", ref, cur, "--json"}, dir + "/ours.jsonl"));
        std::printf("  mlwb-cli drift, run %d: %7.2f s  (CPU %6.2f s)  peak RSS %7.1f MB  (exit %d)\n", i + 1,
                    runs.back().seconds, runs.back().cpuSeconds, runs.back().maxRssKb / 1024.0, runs.back().code);
        std::fflush(stdout);
    }
    auto median = [&](auto field) {
        std::vector<double> v;
        for (const Run &r : runs)
            v.push_back(double(field(r)));
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    Run ours;
    ours.seconds = median([](const Run &r) { return r.seconds; });
    ours.cpuSeconds = median([](const Run &r) { return r.cpuSeconds; });
    for (const Run &r : runs) {
        ours.maxRssKb = std::max(ours.maxRssKb, r.maxRssKb);
        ours.code = std::max(ours.code, r.code);
    }
    const Run py = runChild({"/usr/bin/python3", tools + "/reference_drift.py", ref, cur, "--no-timing"}, dir + "/reference.jsonl");
    std::printf("  mlwb-cli drift median: %7.2f s  (CPU %6.2f s)  peak RSS %7.1f MB (largest of the runs)\n", ours.seconds,
                ours.cpuSeconds, ours.maxRssKb / 1024.0);
    std::printf("  reference_drift.py   : %7.2f s  (CPU %6.2f s)  peak RSS %7.1f MB  (exit %d)\n", py.seconds, py.cpuSeconds,
                py.maxRssKb / 1024.0, py.code);
    std::printf("  load average after: %s (wall times on a shared machine include waiting for a CPU)\n", qPrintable(loadAverage()));
    const double speedup = py.seconds / std::max(ours.seconds, 1e-9);
    const double cpuRatio = py.cpuSeconds / std::max(ours.cpuSeconds, 1e-9);
    const double memRatio = double(ours.maxRssKb) / double(std::max(py.maxRssKb, 1L));
    std::printf("  wall-time speed-up %.1fx (target >= 20x), CPU-time ratio %.1fx, memory ratio %.2f (target <= 0.5)\n",
                speedup, cpuRatio, memRatio);
    const int mismatches = (ours.code == 0 && py.code == 0) ? compareOutputs(dir + "/ours.jsonl", dir + "/reference.jsonl") : 1;
    std::printf("  figures vs reference: %s\n", mismatches ? "MISMATCH" : "identical within 1e-9");
    if (mismatches || ours.code != 0)
        return 1;
    if (!shortMode && (speedup < 20 || memRatio > 0.5)) {
        std::printf("FAIL: target missed\n");
        return 1;
    }
    return 0;
}
