// SPDX-License-Identifier: GPL-3.0-or-later
// mlwb-cli history / commit / init / dataset add|verify|diff|list, including the error paths.
#include "vcstesthelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace wb::vcs::test;

static const QString kData = QStringLiteral(MLWB_SOURCE_DIR "/tests/data/vcs");

struct CliRun
{
    int exitCode = -1;
    QByteArray out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

class TestVcsCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QString m_cli;

    CliRun cli(const QString &dir, const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(dir);
        p.start(m_cli, args);
        p.waitForFinished(120000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private slots:
    void initTestCase()
    {
        isolateGitConfig(m_home.path());
        m_cli = qEnvironmentVariable("MLWB_CLI");
        QVERIFY2(QFileInfo(m_cli).isExecutable(), "MLWB_CLI must name the built mlwb-cli");
    }

    void initCommitHistory()
    {
        QTemporaryDir tmp;
        QCOMPARE(cli(tmp.path(), {"init"}).exitCode, 0);
        QVERIFY(QFileInfo::exists(tmp.path() + "/.gitignore"));
        writeText(tmp.path() + "/p.pipeline.yaml", "v1\n");
        auto noId = cli(tmp.path(), {"commit", "p.pipeline.yaml", "-m", "first"});
        QCOMPARE(noId.exitCode, 1);
        QVERIFY2(noId.err.contains("user.name"), noId.err.constData());
        for (int i = 1; i <= 3; ++i) {
            writeText(tmp.path() + "/p.pipeline.yaml", "v" + QByteArray::number(i) + "\n");
            writeText(tmp.path() + "/other.txt", QByteArray::number(i));
            auto c = cli(tmp.path(), {"commit", "p.pipeline.yaml", "-m", QString("step %1").arg(i),
                                      "--author", "Cli User <cli@example.com>"});
            QVERIFY2(c.exitCode == 0, c.err.constData());
            QVERIFY(cli(tmp.path(), {"commit", "other.txt", "-m", "other", "--author", "Cli User <cli@example.com>"}).exitCode == 0);
        }
        QDir().mkpath(tmp.path() + "/sub");
        auto h = cli(tmp.path() + "/sub", {"history", "../p.pipeline.yaml", "--json"});
        QVERIFY2(h.exitCode == 0, h.err.constData());
        const QJsonArray commits = h.json()["commits"].toArray();
        QStringList ids;
        for (const QJsonValue &c : commits)
            ids << c.toObject()["id"].toString();
        QCOMPARE(ids.join('\n'), git(tmp.path(), {"log", "--format=%H", "--", "p.pipeline.yaml"}));
        const QJsonObject newest = commits.first().toObject();
        QCOMPARE(newest["author"].toString(), QString("Cli User"));
        QCOMPARE(newest["message"].toString(), QString("step 3"));
        QVERIFY(newest["time"].toString().endsWith('Z'));
        QCOMPARE(QDateTime::fromString(newest["time"].toString(), Qt::ISODate).toSecsSinceEpoch(),
                 git(tmp.path(), {"log", "-1", "--format=%at", "--", "p.pipeline.yaml"}).toLongLong());
        // --workspace from elsewhere
        auto w = cli(m_home.path(), {"history", "p.pipeline.yaml", "--workspace", tmp.path(), "--json"});
        QCOMPARE(w.json()["commits"].toArray().size(), 3);
    }

    void errorsAreClear()
    {
        QTemporaryDir tmp;
        auto notRepo = cli(tmp.path(), {"history", "x.yaml", "--json"});
        QCOMPARE(notRepo.exitCode, 1);
        QVERIFY2(notRepo.err.contains("not inside a git repository"), notRepo.err.constData());
        QVERIFY(notRepo.out.isEmpty());

        QCOMPARE(cli(tmp.path(), {"init"}).exitCode, 0);
        auto empty = cli(tmp.path(), {"history", "x.yaml", "--json"});
        QCOMPARE(empty.exitCode, 0);
        QCOMPARE(empty.json()["commits"].toArray().size(), 0);

        writeText(tmp.path() + "/d.csv", "a\n1\n");
        QCOMPARE(cli(tmp.path(), {"dataset", "add", "d.csv"}).exitCode, 0);
        QVERIFY(cli(tmp.path(), {"commit", "d.csv.dataset.yaml", ".gitignore", "-m", "add", "--author", "A <a@b.c>"}).exitCode == 0);
        auto badRev = cli(tmp.path(), {"dataset", "diff", "v9.9", "HEAD", "d.csv.dataset.yaml", "--json"});
        QCOMPARE(badRev.exitCode, 1);
        QVERIFY2(badRev.err.contains("'v9.9' does not exist"), badRev.err.constData());

        writeText(tmp.path() + "/c.dataset.yaml", "path: c.csv\n<<<<<<< HEAD\nmd5: a\n=======\nmd5: b\n>>>>>>> x\n");
        auto conflict = cli(tmp.path(), {"dataset", "verify", "c.dataset.yaml"});
        QCOMPARE(conflict.exitCode, 1);
        QVERIFY2(conflict.err.contains("merge conflict in") && conflict.err.contains("line 2"), conflict.err.constData());

        QFile::remove(tmp.path() + "/d.csv");
        auto missing = cli(tmp.path(), {"dataset", "verify", "d.csv.dataset.yaml", "--json"});
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(missing.json()["status"].toString(), QString("missing"));
        QCOMPARE(cli(tmp.path(), {"history"}).exitCode, 2);
    }

    void datasetAddVerifyDiff()
    {
        QTemporaryDir tmp;
        QCOMPARE(cli(tmp.path(), {"init"}).exitCode, 0);
        writeText(tmp.path() + "/t.csv", readText(kData + "/table.csv"));
        auto add = cli(tmp.path(), {"dataset", "add", "t.csv", "--json", "--dvc", "--description", "Toy", "--source", "unit test"});
        QVERIFY2(add.exitCode == 0, add.err.constData());
        const QJsonObject ds = add.json()["dataset"].toObject();
        QProcess md5;
        md5.start("md5sum", {tmp.path() + "/t.csv"});
        md5.waitForFinished();
        QCOMPARE(ds["md5"].toString(), QString::fromLatin1(md5.readAllStandardOutput().left(32)));
        QCOMPARE(ds["table"].toObject()["rows"].toInt(), 4);
        QCOMPARE(ds["description"].toString(), QString("Toy"));
        QCOMPARE(add.json()["gitignore_added"].toString(), QString("/t.csv"));
        QVERIFY(QFileInfo::exists(tmp.path() + "/t.csv.dvc"));

        auto ok = cli(tmp.path(), {"dataset", "verify", "t.csv.dataset.yaml", "--json"});
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(ok.json()["status"].toString(), QString("unchanged"));

        QVERIFY(cli(tmp.path(), {"commit", "t.csv.dataset.yaml", "t.csv.dvc", ".gitignore", "-m", "v1", "--author", "A <a@b.c>"}).exitCode == 0);
        writeText(tmp.path() + "/t.csv", "id,price,extra\n1,x,3\n");
        auto changed = cli(tmp.path(), {"dataset", "verify", "t.csv.dataset.yaml", "--json"});
        QCOMPARE(changed.exitCode, 1);
        QCOMPARE(changed.json()["status"].toString(), QString("changed"));
        QVERIFY(changed.json()["changed"].toArray().contains(QJsonValue("rows")));

        QCOMPARE(cli(tmp.path(), {"dataset", "add", "t.csv"}).exitCode, 0);
        auto diff = cli(tmp.path(), {"dataset", "diff", "HEAD", "WORKTREE", "t.csv.dataset.yaml", "--json"});
        QVERIFY2(diff.exitCode == 0, diff.err.constData());
        const QJsonObject d = diff.json();
        QVERIFY(d["hash_changed"].toBool());
        QCOMPARE(d["rows"].toObject()["from"].toInt(), 4);
        QCOMPARE(d["rows"].toObject()["to"].toInt(), 1);
        QCOMPARE(d["columns_added"].toArray(), QJsonArray({"extra"}));
        QCOMPARE(d["columns_removed"].toArray().size(), 4);
        QCOMPARE(d["columns_retyped"].toArray().first().toObject()["name"].toString(), QString("price"));

        auto list = cli(tmp.path(), {"dataset", "list", "--json"});
        QCOMPARE(list.json()["datasets"].toArray().size(), 2); // the manifest and the .dvc
        auto status = cli(tmp.path(), {"status", "--json"});
        QCOMPARE(status.json()["files"].toArray().first().toObject()["path"].toString(), QString("t.csv.dataset.yaml"));
    }
};

QTEST_GUILESS_MAIN(TestVcsCli)
#include "tst_vcscli.moc"
