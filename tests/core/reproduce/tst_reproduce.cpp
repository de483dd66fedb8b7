// SPDX-License-Identifier: GPL-3.0-or-later
// `mlwb-cli reproduce` on the hello pipeline with the process runner, plus the checks of
// wb::vcs::prepareReproduction (dirty run, changed data) and the byte comparison.
#include "core/vcs/datasetscan.h"
#include "core/vcs/gitrepository.h"
#include "core/vcs/reproduction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace wb;

namespace {

const vcs::Signature kWho{QStringLiteral("Repro Tester"), QStringLiteral("repro@example.com")};

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Cli
{
    int exitCode = -1;
    QByteArray out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Cli cli(const QString &dir, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(qEnvironmentVariable("MLWB_CLI"), args);
    p.waitForFinished(120000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

class TestReproduce : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QTemporaryDir m_ws;
    QString m_pipeline;
    QByteArray m_hello;
    QString m_runId;

    QString runHello()
    {
        auto r = cli(m_ws.path(), {"run", "hello.pipeline.yaml", "--runtime", "process", "--json"});
        if (r.exitCode != 0)
            qWarning("run failed: %s %s", r.out.constData(), r.err.constData());
        return r.json()["runId"].toString();
    }

private slots:
    void initTestCase()
    {
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", (m_home.path() + "/.config").toUtf8());
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
        QVERIFY2(QFileInfo(qEnvironmentVariable("MLWB_CLI")).isExecutable(), "MLWB_CLI must name mlwb-cli");
        m_hello = readBytes(QStringLiteral(MLWB_SOURCE_DIR "/resources/examples/hello.pipeline.yaml"));
        QVERIFY(!m_hello.isEmpty());
        auto repo = vcs::GitRepository::init(m_ws.path());
        QVERIFY(repo.ok());
        m_pipeline = m_ws.filePath("hello.pipeline.yaml");
        writeBytes(m_pipeline, m_hello);
        QVERIFY(repo->commit({m_pipeline, m_ws.filePath(".gitignore")}, "hello", kWho).ok());
    }

    void reproducesByteIdentical()
    {
        m_runId = runHello();
        QVERIFY(!m_runId.isEmpty());
        const QJsonObject recorded =
            QJsonDocument::fromJson(readBytes(m_ws.filePath(".mlwb/runs/" + m_runId + "/run.json"))).object();
        QCOMPARE(recorded["gitDirty"].toBool(true), false);
        QCOMPARE(recorded["gitCommit"].toString().size(), 40);

        auto r = cli(m_ws.path(), {"reproduce", m_runId, "--runtime", "process", "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = r.json();
        QCOMPARE(o["originalRun"].toString(), m_runId);
        const QString newRun = o["newRun"].toString();
        QVERIFY(!newRun.isEmpty() && newRun != m_runId);
        const QJsonArray outputs = o["outputs"].toArray();
        QCOMPARE(outputs.size(), 4); // greet.greeting, shout.loud, count.n, join.report
        for (const QJsonValue &v : outputs)
            QVERIFY2(v["identical"].toBool(), qPrintable(v["task"].toString()));
        // The re-run really executed (no cache) in the same workspace.
        const QJsonObject rerun =
            QJsonDocument::fromJson(readBytes(m_ws.filePath(".mlwb/runs/" + newRun + "/run.json"))).object();
        for (const QJsonValue &s : rerun["steps"].toArray())
            QCOMPARE(s["cached"].toBool(), false);
        QCOMPARE(rerun["gitCommit"], recorded["gitCommit"]);

        auto text = cli(m_ws.path(), {"reproduce", m_runId, "--runtime", "process"});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("byte-identical"), text.out.constData());
    }

    void detectsDifferentOutput()
    {
        QVERIFY(!m_runId.isEmpty());
        // Tamper with one output of the original run: the comparison must notice.
        const QString runDir = m_ws.filePath(".mlwb/runs/" + m_runId);
        const QJsonObject step = QJsonDocument::fromJson(readBytes(runDir + "/join/step.json")).object();
        const QString report = QDir(runDir).absoluteFilePath(step["outputs"].toObject()["report"].toString());
        const QByteArray original = readBytes(report);
        QVERIFY(!original.isEmpty());
        QFile::remove(report); // it may be a hard link shared with the cache
        writeBytes(report, original + "!");
        auto r = cli(m_ws.path(), {"reproduce", m_runId, "--runtime", "process", "--json"});
        QFile::remove(report);
        writeBytes(report, original);
        QCOMPARE(r.exitCode, 1);
        int identical = 0;
        for (const QJsonValue &v : r.json()["outputs"].toArray()) {
            if (v["identical"].toBool())
                ++identical;
            else
                QCOMPARE(v["task"].toString(), QString("join"));
        }
        QCOMPARE(identical, 3);
    }

    void dirtyRunRefused()
    {
        QByteArray dirty = m_hello;
        dirty.replace("default: world", "default: dirty");
        writeBytes(m_pipeline, dirty);
        const QString id = runHello();
        writeBytes(m_pipeline, m_hello);
        QVERIFY(!id.isEmpty());
        auto r = cli(m_ws.path(), {"reproduce", id, "--runtime", "process"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("uncommitted") && r.err.contains("--allow-dirty"), r.err.constData());
        // Allowed: re-runs the commit with the recorded parameters, with a warning.
        auto allowed = cli(m_ws.path(), {"reproduce", id, "--runtime", "process", "--allow-dirty", "--json"});
        QVERIFY2(allowed.exitCode == 0, allowed.err.constData());
        QVERIFY(allowed.err.contains("warning"));
        QCOMPARE(allowed.json()["warnings"].toArray().size(), 1);
    }

    // Only the files a run uses make it dirty: an uncommitted, unrelated pipeline does not.
    void unrelatedChangeIsNotDirty()
    {
        const QString other = QDir(m_ws.path()).filePath(QStringLiteral("unrelated.pipeline.yaml"));
        writeBytes(other, "name: Unrelated\n");
        const QString id = runHello();
        QFile::remove(other);
        QVERIFY(!id.isEmpty());
        auto r = cli(m_ws.path(), {"reproduce", id, "--runtime", "process", "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.json()["identical"].toBool());
        QCOMPARE(r.json()["warnings"].toArray().size(), 0);
    }

    void unknownRun()
    {
        auto r = cli(m_ws.path(), {"reproduce", "20990101-000000-dead", "--runtime", "process"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("no run '20990101-000000-dead'"), r.err.constData());
        QCOMPARE(cli(m_ws.path(), {"reproduce", "../x"}).exitCode, 1);
    }

    void changedDataRefused()
    {
        QTemporaryDir ws;
        auto repo = vcs::GitRepository::init(ws.path());
        QVERIFY(repo.ok());
        writeBytes(ws.filePath("data/train.csv"), "a,b\n1,2\n");
        auto added = vcs::addDataset(ws.filePath("data/train.csv"), {}, &repo.value());
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().text()));
        writeBytes(ws.filePath("p.pipeline.yaml"), m_hello);
        auto commit = repo->commit({ws.filePath("p.pipeline.yaml"), added->manifestPath}, "data", kWho);
        QVERIFY(commit.ok());
        vcs::RecordedRun run{"r1", ws.filePath(".mlwb/runs/r1"), ws.filePath("p.pipeline.yaml"), *commit, false, {}};

        QTemporaryDir out;
        auto ok = vcs::prepareReproduction(*repo, run, out.filePath("a"), {});
        QVERIFY2(ok.ok(), ok.ok() ? "" : qPrintable(ok.error().text()));
        QCOMPARE(readBytes(out.filePath("a/data/train.csv")), QByteArray("a,b\n1,2\n")); // data linked in
        QCOMPARE(ok->pipelineFile, out.filePath("a/p.pipeline.yaml"));

        writeBytes(ws.filePath("data/train.csv"), "a,b\n1,3\n");
        auto refused = vcs::prepareReproduction(*repo, run, out.filePath("b"), {});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QString("data-changed"));
        QVERIFY2(refused.error().message.contains("data/train.csv.dataset.yaml"), qPrintable(refused.error().message));
        auto allowed = vcs::prepareReproduction(*repo, run, out.filePath("c"), {false, true});
        QVERIFY(allowed.ok());
        QCOMPARE(allowed->warnings.size(), 1);

        run.gitDirty = true;
        auto dirty = vcs::prepareReproduction(*repo, run, out.filePath("d"), {false, true});
        QCOMPARE(dirty.error().code, QString("dirty-run"));
    }

    void folderComparison()
    {
        QTemporaryDir d;
        writeBytes(d.filePath("a/x/1.txt"), "same");
        writeBytes(d.filePath("b/x/1.txt"), "same");
        QVERIFY(vcs::sameContent(d.filePath("a"), d.filePath("b")));
        writeBytes(d.filePath("b/x/2.txt"), "extra");
        QString why;
        QVERIFY(!vcs::sameContent(d.filePath("a"), d.filePath("b"), &why));
        QVERIFY(!why.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReproduce)
#include "tst_reproduce.moc"
