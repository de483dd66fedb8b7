// SPDX-License-Identifier: GPL-3.0-or-later
// History of one manifest in a 10,000-commit repository vs `git log --format=%H -- FILE`
// (target: <= 3x), and md5 of a ~200 MB file vs `md5sum` (target: not slower, 10% noise
// margin). --short: 1,000 commits and 20 MB, figures only. The generated repository and data
// file are cached next to this program (in the build dir).
#include "core/vcs/gitrepository.h"
#include "core/vcs/md5hash.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

#include <cstdio>
#include <functional>

using namespace wb::vcs;

static const char *kManifest = "pipelines/main.pipeline.yaml";

static QByteArray run(const QString &dir, const QString &program, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(program, args);
    if (!input.isEmpty()) {
        p.write(input);
        p.closeWriteChannel();
    }
    p.waitForFinished(-1);
    if (p.exitCode() != 0)
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

static void appendData(QByteArray &s, const QByteArray &content)
{
    s += "data " + QByteArray::number(content.size()) + "\n" + content + "\n";
}

// One manifest changed in every 3rd commit, one of 200 other files in the rest.
static bool makeRepository(const QString &dir, int commits)
{
    const QString marker = dir + "/.bench-ready";
    if (QFile::exists(marker))
        return true;
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    run(dir, "git", {"init", "-q", "-b", "master"});
    QByteArray s;
    for (int i = 1; i <= commits; ++i) {
        s += "commit refs/heads/master\nmark :" + QByteArray::number(i) + "\n";
        s += "committer Bench <bench@example.com> " + QByteArray::number(1700000000 + i) + " +0000\n";
        appendData(s, "commit " + QByteArray::number(i));
        if (i > 1)
            s += "from :" + QByteArray::number(i - 1) + "\n";
        if (i == 1)
            for (int f = 0; f < 200; ++f)
                s += "M 100644 inline src/m" + QByteArray::number(f % 10) + "/file" + QByteArray::number(f) + ".txt\n",
                    appendData(s, "initial " + QByteArray::number(f));
        if (i % 3 == 0) {
            s += QByteArray("M 100644 inline ") + kManifest + "\n";
            appendData(s, "name: main\nversion: " + QByteArray::number(i) + "\n");
        } else {
            const int f = i % 200;
            s += "M 100644 inline src/m" + QByteArray::number(f % 10) + "/file" + QByteArray::number(f) + ".txt\n";
            appendData(s, "change " + QByteArray::number(i));
        }
        s += "\n";
    }
    run(dir, "git", {"fast-import", "--quiet"}, s);
    QFile m(marker);
    return m.open(QIODevice::WriteOnly);
}

static bool makeDataFile(const QString &path, qint64 bytes)
{
    if (QFileInfo(path).size() == bytes)
        return true;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator rng(42);
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (qint64 done = 0; done < bytes; done += chunk.size()) {
        rng.fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
        f.write(chunk.constData(), std::min<qint64>(chunk.size(), bytes - done));
    }
    return true;
}

static double bestMs(int repeats, const std::function<void()> &fn)
{
    double best = 1e30;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        best = std::min(best, t.nsecsElapsed() / 1e6);
    }
    return best;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool shortMode = app.arguments().contains("--short");
    const int commits = shortMode ? 1000 : 10000;
    const qint64 dataBytes = shortMode ? 20'000'000 : 200'000'000;
    const QString cache = QCoreApplication::applicationDirPath() + "/bench-vcs-cache";
    const QString repoDir = cache + QString("/repo-%1").arg(commits);
    qputenv("GIT_CONFIG_NOSYSTEM", "1");
    bool failed = false;

    QElapsedTimer gen;
    gen.start();
    if (!makeRepository(repoDir, commits)) {
        std::fprintf(stderr, "cannot create the benchmark repository in %s\n", qPrintable(repoDir));
        return 1;
    }
    std::printf("repository: %d commits (%s, prepared in %.0f ms)\n", commits, qPrintable(repoDir), gen.nsecsElapsed() / 1e6);

    auto repo = GitRepository::open(repoDir);
    if (!repo.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(repo.error().text()));
        return 1;
    }
    QStringList ours;
    // Open inside the timed part: a fresh repository has a cold object cache, like git log.
    const double oursMs = bestMs(3, [&] {
        auto fresh = GitRepository::open(repoDir);
        auto log = fresh->history(kManifest);
        ours.clear();
        for (const CommitInfo &c : log.value())
            ours << c.id;
    });
    QByteArray theirs;
    const double gitMs = bestMs(3, [&] { theirs = run(repoDir, "git", {"log", "--format=%H", "--", kManifest}); });
    const bool same = ours.join('\n') == QString::fromLatin1(theirs).trimmed();
    const double ratio = oursMs / gitMs;
    std::printf("history of %s: %lld commits; mlwb %.1f ms, git log %.1f ms, ratio %.2f (target <= 3.00) %s\n",
                kManifest, static_cast<long long>(ours.size()), oursMs, gitMs, ratio,
                same ? "same ids" : "IDS DIFFER");
    if (!same)
        failed = true; // correctness always counts
    if (!shortMode && ratio > 3.0)
        failed = true;

    const QString dataPath = cache + QString("/data-%1.bin").arg(dataBytes);
    if (!makeDataFile(dataPath, dataBytes)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(dataPath));
        return 1;
    }
    QString ourMd5;
    const double md5Ms = bestMs(5, [&] { ourMd5 = md5OfFile(dataPath)->md5; });
    QByteArray sumOut;
    const double md5sumMs = bestMs(5, [&] { sumOut = run(cache, "md5sum", {dataPath}); });
    const bool md5Same = sumOut.startsWith(ourMd5.toLatin1());
    const double mb = dataBytes / 1e6;
    std::printf("md5 of %.0f MB: mlwb %.1f ms (%.0f MB/s), md5sum %.1f ms (%.0f MB/s), ratio %.2f (target <= 1.10) %s\n",
                mb, md5Ms, mb / (md5Ms / 1000), md5sumMs, mb / (md5sumMs / 1000), md5Ms / md5sumMs,
                md5Same ? "same digest" : "DIGEST DIFFERS");
    if (!md5Same)
        failed = true;
    if (!shortMode && md5Ms > md5sumMs * 1.10)
        failed = true;
    std::printf("%s\n", failed ? "FAILED" : "ok");
    return failed ? 1 : 0;
}
