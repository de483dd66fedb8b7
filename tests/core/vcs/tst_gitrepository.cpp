// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vcs/gitrepository.h"
#include "vcstesthelpers.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace wb::vcs;
using namespace wb::vcs::test;

class TestGitRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    const Signature m_me{"Ada Tester", "ada@example.com"};

    GitRepository makeRepo(const QString &dir)
    {
        auto repo = GitRepository::init(dir);
        if (!repo.ok())
            qFatal("init failed: %s", qPrintable(why(repo)));
        return std::move(repo.value());
    }

private slots:
    void initTestCase() { isolateGitConfig(m_home.path()); }

    void initWritesGitignoreAndIsEmpty()
    {
        QTemporaryDir tmp;
        GitRepository repo = makeRepo(tmp.path() + "/ws");
        QCOMPARE(readText(tmp.path() + "/ws/.gitignore"), GitRepository::defaultGitignore());
        QVERIFY(repo.isEmpty());
        QVERIFY(!repo.isDetached());
        auto log = repo.history("a.pipeline.yaml");
        QVERIFY(log.ok());
        QVERIFY(log->isEmpty());
        auto head = repo.resolve("HEAD");
        QVERIFY(!head.ok());
        QCOMPARE(head.error().code, QString("empty-repository"));
        QVERIFY(head.error().message.contains("no commits"));
        auto read = repo.readAt("HEAD", "x");
        QCOMPARE(read.error().code, QString("empty-repository"));
        auto again = GitRepository::init(tmp.path() + "/ws");
        QCOMPARE(again.error().code, QString("exists"));
    }

    void gitignoreKeepsDataOutButManifestsIn()
    {
        QTemporaryDir tmp;
        GitRepository repo = makeRepo(tmp.path());
        QVERIFY(repo.isIgnored(".mlwb/runs/1/out.bin"));
        QVERIFY(repo.isIgnored("data/train.csv"));
        QVERIFY(repo.isIgnored("data/raw/big.parquet"));
        QVERIFY(!repo.isIgnored("data/train.csv.dataset.yaml"));
        QVERIFY(!repo.isIgnored("data/raw/images.dvc"));
        QVERIFY(!repo.isIgnored("pipelines/a.pipeline.yaml"));
        // git itself agrees
        writeText(tmp.path() + "/data/raw/big.csv", "a\n1\n");
        writeText(tmp.path() + "/data/raw/big.csv.dataset.yaml", "path: big.csv\n");
        writeText(tmp.path() + "/.mlwb/store.sqlite", "x");
        const QString untracked = git(tmp.path(), {"status", "--porcelain", "-uall"});
        QVERIFY2(untracked.contains("data/raw/big.csv.dataset.yaml"), qPrintable(untracked));
        QVERIFY2(!untracked.contains("data/raw/big.csv\n") && !untracked.endsWith("big.csv"), qPrintable(untracked));
        QVERIFY(!untracked.contains(".mlwb"));
        auto st = repo.status();
        QVERIFY(st.ok());
        QStringList paths;
        for (const FileStatus &f : *st)
            paths << f.path;
        QCOMPARE(paths, QStringList({".gitignore", "data/raw/big.csv.dataset.yaml"}));
    }

    void openNotARepositoryAndDiscover()
    {
        QTemporaryDir tmp;
        auto bad = GitRepository::open(tmp.path());
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, QString("not-a-repository"));
        QVERIFY(bad.error().message.contains(tmp.path()));
        QVERIFY(bad.error().message.contains("init"));
        makeRepo(tmp.path());
        QDir().mkpath(tmp.path() + "/a/b");
        auto sub = GitRepository::open(tmp.path() + "/a/b");
        QVERIFY(sub.ok());
        QCOMPARE(sub->workdir(), QFileInfo(tmp.path()).canonicalFilePath());
        QCOMPARE(sub->relativePath(tmp.path() + "/a/b/x.yaml").value(), QString("a/b/x.yaml"));
        QCOMPARE(sub->relativePath("/elsewhere/x").error().code, QString("outside-repository"));
    }

    void historyMatchesGitLog()
    {
        QTemporaryDir tmp;
        GitRepository repo = makeRepo(tmp.path());
        QStringList ours;
        for (int i = 0; i < 12; ++i) {
            const QString file = (i % 3 == 0) ? "p/a.pipeline.yaml" : "notes.txt";
            writeText(tmp.path() + "/" + file, QByteArray("v") + QByteArray::number(i) + "\n");
            auto id = repo.commit({file}, QString("change %1\n\nbody %1\n").arg(i), m_me);
            QVERIFY2(id.ok(), qPrintable(why(id)));
        }
        // a deletion and a re-creation are changes too
        QFile::remove(tmp.path() + "/p/a.pipeline.yaml");
        QVERIFY(repo.commit({"p/a.pipeline.yaml"}, "delete", m_me).ok());
        writeText(tmp.path() + "/p/a.pipeline.yaml", "back\n");
        QVERIFY(repo.commit({tmp.path() + "/p/a.pipeline.yaml"}, "recreate", m_me).ok());

        auto log = repo.history("p/a.pipeline.yaml");
        QVERIFY(log.ok());
        QStringList ids;
        for (const CommitInfo &c : *log)
            ids << c.id;
        QCOMPARE(ids.join('\n'), git(tmp.path(), {"log", "--format=%H", "--", "p/a.pipeline.yaml"}));
        QCOMPARE(log->size(), 6);
        QCOMPARE(log->first().message, QString("recreate"));
        QCOMPARE(log->at(2).message, QString("change 9\n\nbody 9"));
        QCOMPARE(log->at(2).author, m_me.name);
        QCOMPARE(log->at(2).email, m_me.email);
        QCOMPARE(log->at(2).time.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(log->at(2).time.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        auto limited = repo.history("p/a.pipeline.yaml", 2);
        QCOMPARE(limited->size(), 2);
        auto none = repo.history("never.txt");
        QVERIFY(none.ok() && none->isEmpty());
    }

    void commitOnlySelectedFilesAndDeletions()
    {
        QTemporaryDir tmp;
        GitRepository repo = makeRepo(tmp.path());
        writeText(tmp.path() + "/a.txt", "a1");
        writeText(tmp.path() + "/b.txt", "b1");
        QVERIFY(repo.commit({"a.txt", "b.txt", ".gitignore"}, "root", m_me).ok());
        QVERIFY(!repo.isEmpty());
        QCOMPARE(git(tmp.path(), {"rev-list", "--count", "HEAD"}), QString("1"));
        writeText(tmp.path() + "/a.txt", "a2");
        writeText(tmp.path() + "/b.txt", "b2");
        QVERIFY(repo.commit({"a.txt"}, "only a", m_me).ok());
        auto st = repo.status();
        QCOMPARE(st->size(), 1);
        QCOMPARE(st->first().path, QString("b.txt"));
        QCOMPARE(st->first().state, FileState::Modified);
        QCOMPARE(repo.readAt("HEAD", "b.txt").value(), QByteArray("b1"));
        QCOMPARE(git(tmp.path(), {"status", "--porcelain"}), QString("M b.txt"));

        QFile::remove(tmp.path() + "/b.txt");
        QCOMPARE(repo.status({"b.txt"})->first().state, FileState::Deleted);
        QVERIFY(repo.commit({"b.txt"}, "drop b", m_me).ok());
        QCOMPARE(repo.readAt("HEAD", "b.txt").error().code, QString("path-not-found"));
        QVERIFY(repo.status()->isEmpty());

        QCOMPARE(repo.commit({"a.txt"}, "again", m_me).error().code, QString("nothing-to-commit"));
        QCOMPARE(repo.commit({"ghost.txt"}, "x", m_me).error().code, QString("path-not-found"));
        QCOMPARE(repo.commit({"a.txt"}, "  ", m_me).error().code, QString("empty-message"));
        writeText(tmp.path() + "/data/big.csv", "1,2\n");
        QCOMPARE(repo.commit({"data/big.csv"}, "data", m_me).error().code, QString("ignored"));
        // new file in a folder, committed through the folder
        writeText(tmp.path() + "/comp/x/component.yaml", "name: x\n");
        QVERIFY(repo.commit({"comp"}, "add comp", m_me).ok());
        QCOMPARE(repo.readAt("HEAD", "comp/x/component.yaml").value(), QByteArray("name: x\n"));
    }

    void identityFromConfigOrError()
    {
        QTemporaryDir tmp;
        GitRepository repo = makeRepo(tmp.path());
        writeText(tmp.path() + "/a.txt", "a");
        auto noId = repo.commit({"a.txt"}, "first");
        QVERIFY(!noId.ok());
        QCOMPARE(noId.error().code, QString("no-identity"));
        QVERIFY(noId.error().message.contains("user.name"));
        QVERIFY(repo.isEmpty()); // nothing was committed
        QCOMPARE(repo.defaultSignature().error().code, QString("no-identity"));
        QCOMPARE(repo.commit({"a.txt"}, "first", Signature{"Only Name", ""}).error().code, QString("no-identity"));

        git(tmp.path(), {"config", "user.name", "Config Person"});
        git(tmp.path(), {"config", "user.email", "config@example.com"});
        auto reopened = GitRepository::open(tmp.path());
        auto id = reopened->commit({"a.txt"}, "first");
        QVERIFY2(id.ok(), qPrintable(why(id)));
        QCOMPARE(reopened->commitInfo("HEAD")->author, QString("Config Person"));
        QCOMPARE(git(tmp.path(), {"log", "-1", "--format=%an <%ae>|%cn"}), QString("Config Person <config@example.com>|Config Person"));
    }

    void statusKindsAndManifestFilter()
    {
        QTemporaryDir tmp;
        GitRepository repo = makeRepo(tmp.path());
        for (const char *f : {"x.pipeline.yaml", "sub/y.dataset.yaml", "d.dvc", "comp/a/component.yaml",
                              "b.component.yaml", "notes.txt", "gone.pipeline.yaml"})
            writeText(tmp.path() + "/" + f, "v1\n");
        QVERIFY(repo.commit({"x.pipeline.yaml", "notes.txt", "gone.pipeline.yaml"}, "base", m_me).ok());
        writeText(tmp.path() + "/x.pipeline.yaml", "v2\n");
        writeText(tmp.path() + "/notes.txt", "v2\n");
        QFile::remove(tmp.path() + "/gone.pipeline.yaml");
        auto st = repo.manifestStatus();
        QVERIFY(st.ok());
        QStringList got;
        for (const FileStatus &f : *st)
            got << f.path + ":" + FileStatus::stateName(f.state);
        got.sort();
        QCOMPARE(got, QStringList({"b.component.yaml:new", "comp/a/component.yaml:new", "d.dvc:new",
                                   "gone.pipeline.yaml:deleted", "sub/y.dataset.yaml:new", "x.pipeline.yaml:modified"}));
    }

    void conflictedFileIsReportedAndRefused()
    {
        QTemporaryDir tmp;
        GitRepository repo = makeRepo(tmp.path());
        writeText(tmp.path() + "/m.dataset.yaml", "path: a\n");
        QVERIFY(repo.commit({"m.dataset.yaml", ".gitignore"}, "base", m_me).ok());
        const QString base = repo.currentBranch().value();
        QVERIFY(repo.createBranch("other").ok());
        writeText(tmp.path() + "/m.dataset.yaml", "path: b\n");
        QVERIFY(repo.commit({"m.dataset.yaml"}, "ours", m_me).ok());
        QVERIFY(repo.switchBranch("other").ok());
        writeText(tmp.path() + "/m.dataset.yaml", "path: c\n");
        QVERIFY(repo.commit({"m.dataset.yaml"}, "theirs", m_me).ok());
        QVERIFY(repo.switchBranch(base).ok());
        int rc = 0;
        git(tmp.path(), {"merge", "other"}, &rc);
        QVERIFY(rc != 0);
        auto st = repo.status();
        QCOMPARE(st->size(), 1);
        QCOMPARE(st->first().state, FileState::Conflicted);
        auto c = repo.commit({"m.dataset.yaml"}, "try", m_me);
        QCOMPARE(c.error().code, QString("conflicted"));
        QVERIFY(c.error().message.contains("m.dataset.yaml"));
    }

    void readAtAndResolveRevisions()
    {
        QTemporaryDir tmp;
        GitRepository repo = makeRepo(tmp.path());
        QStringList ids;
        for (int i = 1; i <= 3; ++i) {
            writeText(tmp.path() + "/f.txt", "v" + QByteArray::number(i));
            ids << repo.commit({"f.txt"}, QString("c%1").arg(i), m_me).value();
        }
        QVERIFY(repo.createTag("v1", ids[0]).ok());
        QVERIFY(repo.createBranch("second", ids[1]).ok());
        QCOMPARE(repo.readAt("HEAD", "f.txt").value(), QByteArray("v3"));
        QCOMPARE(repo.readAt("HEAD~2", "f.txt").value(), QByteArray("v1"));
        QCOMPARE(repo.readAt(ids[1].left(8), "f.txt").value(), QByteArray("v2"));
        QCOMPARE(repo.readAt("second", "f.txt").value(), QByteArray("v2"));
        QCOMPARE(repo.readAt("v1", "f.txt").value(), QByteArray("v1"));
        QCOMPARE(repo.resolve("HEAD~1").value(), ids[1]);
        QCOMPARE(repo.resolve("v1").value(), git(tmp.path(), {"rev-parse", "v1^{commit}"}));
        auto missing = repo.resolve("no-such-branch");
        QCOMPARE(missing.error().code, QString("revision-not-found"));
        QVERIFY(missing.error().message.contains("'no-such-branch'"));
        QCOMPARE(repo.readAt("HEAD~10", "f.txt").error().code, QString("revision-not-found"));
        auto noFile = repo.readAt("HEAD", "nope.txt");
        QCOMPARE(noFile.error().code, QString("path-not-found"));
        QVERIFY(noFile.error().message.contains("nope.txt"));
    }

    void restoreAddsANewCommit()
    {
        QTemporaryDir tmp;
        GitRepository repo = makeRepo(tmp.path());
        writeText(tmp.path() + "/p.pipeline.yaml", "v1\n");
        const QString first = repo.commit({"p.pipeline.yaml", ".gitignore"}, "v1", m_me).value();
        writeText(tmp.path() + "/p.pipeline.yaml", "v2\n");
        const QString second = repo.commit({"p.pipeline.yaml"}, "v2", m_me).value();

        writeText(tmp.path() + "/p.pipeline.yaml", "local edit\n");
        auto refused = repo.restore("p.pipeline.yaml", first, {}, m_me);
        QCOMPARE(refused.error().code, QString("would-overwrite"));
        QCOMPARE(readText(tmp.path() + "/p.pipeline.yaml"), QByteArray("local edit\n"));
        writeText(tmp.path() + "/p.pipeline.yaml", "v2\n");

        auto restored = repo.restore("p.pipeline.yaml", first, {}, m_me);
        QVERIFY2(restored.ok(), qPrintable(why(restored)));
        QCOMPARE(readText(tmp.path() + "/p.pipeline.yaml"), QByteArray("v1\n"));
        QCOMPARE(repo.resolve("HEAD~1").value(), second); // history kept
        QCOMPARE(repo.resolve("HEAD~2").value(), first);
        QVERIFY(repo.commitInfo("HEAD")->message.startsWith("Restore p.pipeline.yaml from " + first.left(10)));
        QVERIFY(repo.status()->isEmpty());
        QCOMPARE(repo.restore("p.pipeline.yaml", first, {}, m_me).error().code, QString("unchanged"));
    }

    void branchesSwitchSafely()
    {
        QTemporaryDir tmp;
        GitRepository repo = makeRepo(tmp.path());
        writeText(tmp.path() + "/f.txt", "main\n");
        QVERIFY(repo.commit({"f.txt"}, "base", m_me).ok());
        const QString base = repo.currentBranch().value();
        QCOMPARE(base, git(tmp.path(), {"symbolic-ref", "--short", "HEAD"}));
        QVERIFY(repo.createBranch("feature").ok());
        QCOMPARE(repo.createBranch("feature").error().code, QString("exists"));
        QCOMPARE(repo.createBranch("bad..name").error().code, QString("invalid-name"));
        QStringList expected{"feature", base};
        expected.sort();
        QCOMPARE(repo.branches().value(), expected);
        QVERIFY(repo.switchBranch("feature").ok());
        QCOMPARE(repo.currentBranch().value(), QString("feature"));
        writeText(tmp.path() + "/f.txt", "feature\n");
        QVERIFY(repo.commit({"f.txt"}, "on feature", m_me).ok());

        writeText(tmp.path() + "/f.txt", "unsaved work\n");
        auto refused = repo.switchBranch(base);
        QCOMPARE(refused.error().code, QString("would-overwrite"));
        QCOMPARE(readText(tmp.path() + "/f.txt"), QByteArray("unsaved work\n"));
        QCOMPARE(repo.currentBranch().value(), QString("feature"));
        writeText(tmp.path() + "/f.txt", "feature\n");
        QVERIFY(repo.switchBranch(base).ok());
        QCOMPARE(readText(tmp.path() + "/f.txt"), QByteArray("main\n"));
        QCOMPARE(repo.switchBranch("nope").error().code, QString("branch-not-found"));
    }

    void tagsLightweightAndAnnotated()
    {
        QTemporaryDir tmp;
        GitRepository repo = makeRepo(tmp.path());
        writeText(tmp.path() + "/f.txt", "1");
        const QString id = repo.commit({"f.txt"}, "one", m_me).value();
        QVERIFY(repo.createTag("light").ok());
        QVERIFY(repo.createTag("heavy", "HEAD", "Release one", m_me).ok());
        QCOMPARE(repo.createTag("light").error().code, QString("exists"));
        auto tags = repo.tags().value();
        QCOMPARE(tags.size(), 2);
        QCOMPARE(tags[0].name, QString("heavy"));
        QVERIFY(tags[0].annotated);
        QCOMPARE(tags[0].message, QString("Release one"));
        QCOMPARE(tags[0].target, id);
        QVERIFY(!tags[1].annotated);
        QCOMPARE(tags[1].target, id);
        QCOMPARE(git(tmp.path(), {"cat-file", "-t", "heavy"}), QString("tag"));
        QCOMPARE(git(tmp.path(), {"cat-file", "-t", "light"}), QString("commit"));
    }

    void detachedHead()
    {
        QTemporaryDir tmp;
        GitRepository repo = makeRepo(tmp.path());
        writeText(tmp.path() + "/f.txt", "1");
        const QString c1 = repo.commit({"f.txt"}, "one", m_me).value();
        writeText(tmp.path() + "/f.txt", "2");
        QVERIFY(repo.commit({"f.txt"}, "two", m_me).ok());
        QVERIFY(repo.checkoutDetached("HEAD~1").ok());
        QVERIFY(repo.isDetached());
        QCOMPARE(repo.currentBranch().value(), QString());
        QCOMPARE(readText(tmp.path() + "/f.txt"), QByteArray("1"));
        QCOMPARE(repo.history("f.txt")->size(), 1);
        writeText(tmp.path() + "/f.txt", "3");
        auto id = repo.commit({"f.txt"}, "three (detached)", m_me);
        QVERIFY2(id.ok(), qPrintable(why(id)));
        QVERIFY(repo.isDetached());
        QCOMPARE(git(tmp.path(), {"rev-parse", "HEAD"}), id.value());
        QCOMPARE(git(tmp.path(), {"rev-parse", "HEAD~1"}), c1);
        QCOMPARE(repo.history("f.txt")->size(), 2);
    }

    void exportTreeWritesASnapshot()
    {
        QTemporaryDir tmp;
        GitRepository repo = makeRepo(tmp.path() + "/ws");
        writeText(tmp.path() + "/ws/a/b.txt", "old");
        writeText(tmp.path() + "/ws/run.sh", "#!/bin/sh\n");
        QFile::setPermissions(tmp.path() + "/ws/run.sh", QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(repo.commit({"a/b.txt", "run.sh", ".gitignore"}, "one", m_me).ok());
        writeText(tmp.path() + "/ws/a/b.txt", "new");
        QVERIFY(repo.commit({"a/b.txt"}, "two", m_me).ok());
        QVERIFY(repo.exportTree("HEAD~1", tmp.path() + "/snap").ok());
        QCOMPARE(readText(tmp.path() + "/snap/a/b.txt"), QByteArray("old"));
        QVERIFY(QFileInfo(tmp.path() + "/snap/run.sh").isExecutable());
        QVERIFY(QFileInfo::exists(tmp.path() + "/snap/.gitignore"));
        QVERIFY(!QFileInfo::exists(tmp.path() + "/snap/.git"));
        QCOMPARE(readText(tmp.path() + "/ws/a/b.txt"), QByteArray("new")); // workspace untouched
        QVERIFY(repo.status()->isEmpty());
        QCOMPARE(repo.exportTree("HEAD", tmp.path() + "/snap").error().code, QString("exists"));
        QCOMPARE(repo.exportTree("nope", tmp.path() + "/snap2").error().code, QString("revision-not-found"));
    }
};

QTEST_GUILESS_MAIN(TestGitRepository)
#include "tst_gitrepository.moc"
