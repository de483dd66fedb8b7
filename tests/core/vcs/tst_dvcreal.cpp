// SPDX-License-Identifier: GPL-3.0-or-later
// DVC files as real repositories hold them: `wdir:` in .dvc files, DVC 1.x stage files,
// dvc.lock (schema 2.0, DVC 3 `hash: md5`, the 1.x form), references `dvc.lock:STAGE:PATH`,
// verification, lineage, and the mlwb-cli commands over them. Fixtures: tests/data/vcs/dvc-real.
#include "vcstesthelpers.h"

#include "core/vcs/datasetpath.h"
#include "core/vcs/datasetscan.h"
#include "core/vcs/dvcdata.h"
#include "core/vcs/dvcformat.h"
#include "core/vcs/dvclineage.h"
#include "core/vcs/dvclock.h"
#include "core/vcs/md5hash.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QtTest>

using namespace wb::vcs;
using namespace wb::vcs::test;

static const QString kReal = QStringLiteral(MLWB_SOURCE_DIR "/tests/data/vcs/dvc-real");

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

/// The fixtures copied into `dir`, made a DVC repository (a `.dvc/` folder at the top).
bool copyFixtures(const QString &dir)
{
    QDirIterator it(kReal, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = dir + QLatin1Char('/') + QDir(kReal).relativeFilePath(file);
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(file, target))
            return false;
    }
    return QDir().mkpath(dir + QStringLiteral("/.dvc"));
}

/// The error code, or "<ok>" (calling error() on a success would throw instead of failing).
template<typename R>
QString codeOf(const R &r)
{
    return r.ok() ? QStringLiteral("<ok>") : r.error().code;
}

QStringList stageNames(const QList<DvcLineageStep> &steps)
{
    QStringList names;
    for (const DvcLineageStep &s : steps)
        names << s.stage.name;
    return names;
}

QStringList stageNames(const wb::Result<QList<DvcLineageStep>> &steps)
{
    return steps.ok() ? stageNames(*steps) : QStringList{QStringLiteral("error: ") + steps.error().text()};
}

const DatasetEntry *entryFor(const QList<DatasetEntry> &list, const QString &path)
{
    for (const DatasetEntry &e : list)
        if (e.path == path)
            return &e;
    return nullptr;
}

} // namespace

class TestDvcReal : public QObject
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

    void wdirOneLevelUpIsListedVerifiedAndResolved()
    {
        QTemporaryDir tmp;
        QVERIFY(copyFixtures(tmp.path()));
        const QString dvcFile = tmp.path() + "/registry/meta/iris.csv.dvc";
        const QString data = tmp.path() + "/registry/data/iris.csv";

        auto parsed = parseDvcFile(readText(dvcFile), "iris.csv.dvc");
        QVERIFY2(parsed.ok(), qPrintable(why(parsed)));
        QCOMPARE(parsed->wdir, QString(".."));
        QVERIFY(!parsed->stage);
        QCOMPARE(parsed->outs.first().path, QString("data/iris.csv"));
        // relative to the .dvc file's own folder: wdir applied
        QCOMPARE(readDvcFile(readText(dvcFile), "iris.csv.dvc")->first().path, QString("../data/iris.csv"));

        const QList<DatasetEntry> list = listDatasets(tmp.path());
        const DatasetEntry *e = entryFor(list, "registry/data/iris.csv");
        QVERIFY2(e, "the .dvc's out is listed where wdir puts it");
        QCOMPARE(e->file, QString("registry/meta/iris.csv.dvc"));
        QCOMPARE(e->kind, QString("dvc"));
        QCOMPARE(e->md5, QString("9c987876ed47f88f818871b27e79a528"));
        QCOMPARE(e->size, qint64(137));
        QVERIFY(!entryFor(list, "registry/meta/data/iris.csv"));

        auto outs = loadDvcOuts(dvcFile);
        QVERIFY2(outs.ok(), qPrintable(why(outs)));
        QCOMPARE(outs->first().path, data);
        auto report = verifyDvcOut(outs->first(), outs->first().path, dvcFile);
        QVERIFY2(report.ok(), qPrintable(why(report)));
        QCOMPARE(report->status, VerifyStatus::Unchanged);

        // the resolver drift uses
        auto resolved = resolveDatasetFile(dvcFile);
        QVERIFY2(resolved.ok(), qPrintable(why(resolved)));
        QCOMPARE(*resolved, data);

        auto verify = cli(tmp.path(), {"dataset", "verify", "registry/meta/iris.csv.dvc", "--json"});
        QVERIFY2(verify.exitCode == 0, verify.err.constData());
        QCOMPARE(verify.json()["status"].toString(), QString("unchanged"));
        QCOMPARE(verify.json()["data"].toString(), data);
        auto drift = cli(tmp.path(), {"drift", "registry/meta/iris.csv.dvc", "registry/data/iris.csv", "--json"});
        QVERIFY2(drift.exitCode == 0, drift.err.constData());
        QVERIFY(drift.out.contains("\"species\""));
    }

    void dvc1StageFileOutsAreRead()
    {
        QTemporaryDir tmp;
        QVERIFY(copyFixtures(tmp.path()));
        const QString dvcFile = tmp.path() + "/registry/stages/small.dvc";
        auto parsed = parseDvcFile(readText(dvcFile), "small.dvc");
        QVERIFY2(parsed.ok(), qPrintable(why(parsed)));
        QVERIFY(parsed->stage);
        QCOMPARE(parsed->wdir, QString(".."));
        QCOMPARE(parsed->outs.size(), 1);
        // the top-level md5 is the stage's checksum, not the data's
        QCOMPARE(parsed->outs.first().md5, QString("c920dfd411e870218732046d0005e36f"));
        QCOMPARE(parsed->outs.first().size, qint64(-1));

        const DatasetEntry *e = entryFor(listDatasets(tmp.path()), "registry/data/iris-small.csv");
        QVERIFY(e);
        QCOMPARE(e->file, QString("registry/stages/small.dvc"));
        auto outs = loadDvcOuts(dvcFile);
        QVERIFY2(outs.ok(), qPrintable(why(outs)));
        auto report = verifyDvcOut(outs->first(), outs->first().path, dvcFile);
        QVERIFY2(report.ok(), qPrintable(why(report)));
        QCOMPARE(report->status, VerifyStatus::Unchanged); // no recorded size is not a change

        // a stage file that only runs a command has no outs, and that is no error
        auto noOuts = parseDvcFile("md5: 0\ncmd: echo hi\ndeps:\n- path: a.txt\n", "run.dvc");
        QVERIFY2(noOuts.ok(), qPrintable(why(noOuts)));
        QVERIFY(noOuts->outs.isEmpty());
        // DVC 0.x's default stage file name is listed like a .dvc file
        writeText(tmp.path() + "/legacy/Dvcfile", "cmd: cp input.txt copy.txt\nouts:\n- md5: b1946ac92492d2347c6235b4d2611184\n  path: copy.txt\n");
        const DatasetEntry *dvcfile = entryFor(listDatasets(tmp.path()), "legacy/copy.txt");
        QVERIFY(dvcfile);
        QCOMPARE(dvcfile->kind, QString("dvc"));
    }

    void dvcLock20ChainedStagesWithDirAndDvc3Entries()
    {
        auto lock = loadDvcLock(kReal + "/pipeline/dvc.lock", "dvc.lock");
        QVERIFY2(lock.ok(), qPrintable(why(lock)));
        QCOMPARE(lock->schema, QString("2.0"));
        QCOMPARE(lock->stageNames(), QStringList({"prepare", "featurize", "train", "report"}));

        const DvcLockStage *prepare = lock->stage("prepare");
        QCOMPARE(prepare->cmd, QString("python src/prepare.py data/raw.csv"));
        QCOMPARE(prepare->deps.size(), 2);
        QCOMPARE(prepare->deps[0].path, QString("data/raw.csv"));
        QCOMPARE(prepare->deps[0].md5, QString("29455a86239400847484f8476a6bc8c6"));
        const DvcOut &dir = prepare->outs.first();
        QVERIFY(dir.isDir());
        QCOMPARE(dir.md5, QString("0e911600c9b3527e0afb7b93aeda9017.dir"));
        QCOMPARE(dir.nfiles, qint64(2));
        QCOMPARE(dir.size, qint64(24));
        const QVariantMap params = prepare->params.value("params.yaml").toMap();
        QCOMPARE(params.value("prepare.seed").toLongLong(), 20170428LL);
        QCOMPARE(params.value("prepare.split").toDouble(), 0.5);

        const DvcLockStage *train = lock->stage("train");
        QCOMPARE(train->cmd, QString("python src/train.py data/features.csv model.txt")); // cmd as a list
        QCOMPARE(train->outs.first().hash, QString("md5"));
        QCOMPARE(train->outs.first().md5, QString("32afde9f5d6692707fa5c3741600e381"));
        QCOMPARE(train->deps.first().hash, QString("md5"));
        QVERIFY(train->out("./model.txt"));

        // what the lock recorded is what the fixtures hold (folder: DVC's .dir hash)
        const QString base = kReal + "/pipeline/";
        for (const DvcLockStage &s : lock->stages) {
            for (const DvcOut &o : s.outs) {
                auto report = verifyDvcOut(o, base + o.path, "dvc.lock");
                QVERIFY2(report.ok(), qPrintable(why(report)));
                QCOMPARE(report->status, o.path == "report.txt" ? VerifyStatus::Missing : VerifyStatus::Unchanged);
            }
        }
    }

    void oldFormatLockHasStagesAtTopLevel()
    {
        QTemporaryDir tmp;
        QVERIFY(copyFixtures(tmp.path()));
        auto lock = loadDvcLock(tmp.path() + "/legacy/dvc.lock");
        QVERIFY2(lock.ok(), qPrintable(why(lock)));
        QVERIFY(lock->schema.isEmpty());
        QCOMPARE(lock->stageNames(), QStringList({"upper"}));
        const DvcOut &out = lock->stages.first().outs.first();
        QCOMPARE(out.path, QString("output.txt"));
        QCOMPARE(out.size, qint64(-1));

        auto ref = parseDvcLockRef(tmp.path() + "/legacy/dvc.lock:upper:output.txt");
        QVERIFY2(ref.ok(), qPrintable(why(ref)));
        auto found = resolveDvcLockRef(*ref);
        QVERIFY2(found.ok(), qPrintable(why(found)));
        QCOMPARE(found->dataPath, tmp.path() + "/legacy/output.txt");
        QCOMPARE(verifyDvcOut(found->out, found->dataPath, "dvc.lock")->status, VerifyStatus::Unchanged);
        const DatasetEntry *e = entryFor(listDatasets(tmp.path()), "legacy/output.txt");
        QVERIFY(e);
        QCOMPARE(e->kind, QString("dvc.lock"));
        QCOMPARE(e->stage, QString("upper"));
    }

    void lockReferencesParse()
    {
        auto plain = parseDvcLockRef("dvc.lock:train:model.txt");
        QVERIFY(plain.ok());
        QCOMPARE(plain->lockFile, QString("dvc.lock"));
        QCOMPARE(plain->stage, QString("train"));
        QCOMPARE(plain->path, QString("model.txt"));
        auto sub = parseDvcLockRef("sub/dir/dvc.lock:eval@1:out/a:b.csv");
        QVERIFY(sub.ok());
        QCOMPARE(sub->lockFile, QString("sub/dir/dvc.lock"));
        QCOMPARE(sub->stage, QString("eval@1"));
        QCOMPARE(sub->path, QString("out/a:b.csv")); // stage names have no ':', paths may
        QVERIFY(!isDvcLockRef("mydvc.lock:a:b"));
        QVERIFY(!isDvcLockRef("data/train.csv"));
        for (const QString bad : {"dvc.lock:train", "dvc.lock::x", "dvc.lock:train:"}) {
            QVERIFY(isDvcLockRef(bad));
            auto r = parseDvcLockRef(bad);
            QVERIFY(!r.ok());
            QCOMPARE(codeOf(r), QString("invalid-reference"));
            QVERIFY2(why(r).contains("dvc.lock:STAGE:PATH"), qPrintable(why(r)));
        }
    }

    void lockReferenceResolvesForDrift()
    {
        QTemporaryDir tmp;
        QVERIFY(copyFixtures(tmp.path()));
        auto features = resolveDatasetFile(tmp.path() + "/pipeline/dvc.lock:featurize:data/features.csv");
        QVERIFY2(features.ok(), qPrintable(why(features)));
        QCOMPARE(*features, tmp.path() + "/pipeline/data/features.csv");
        auto folder = resolveDatasetFile(tmp.path() + "/pipeline/dvc.lock:prepare:data/prepared");
        QCOMPARE(codeOf(folder), QString("dataset.folder"));
        auto missing = resolveDatasetFile(tmp.path() + "/pipeline/dvc.lock:report:report.txt");
        QCOMPARE(codeOf(missing), QString("dataset.missing"));
        QVERIFY(why(missing).contains("dvc pull"));

        auto drift = cli(tmp.path(), {"drift", "pipeline/dvc.lock:featurize:data/features.csv",
                                      "pipeline/data/features.csv", "--json"});
        QVERIFY2(drift.exitCode == 0, drift.err.constData());
        QVERIFY(drift.out.contains("\"xy\""));
    }

    void verifyDetectsChangedFileAndFolder()
    {
        QTemporaryDir tmp;
        QVERIFY(copyFixtures(tmp.path()));
        writeText(tmp.path() + "/pipeline/data/features.csv", "x,y,xy\n1,2,2\n5,6,31\n");
        auto ref = parseDvcLockRef("pipeline/dvc.lock:featurize:data/features.csv");
        auto found = resolveDvcLockRef(*ref, tmp.path());
        QVERIFY2(found.ok(), qPrintable(why(found)));
        auto report = verifyDvcOut(found->out, found->dataPath, "dvc.lock");
        QVERIFY2(report.ok(), qPrintable(why(report)));
        QCOMPARE(report->status, VerifyStatus::Changed);
        QCOMPARE(report->diff.changedFields(), QStringList({"md5"})); // same size, other bytes
        QCOMPARE(report->diff.md5From, QString("65cab901e93463872a646ec1dffabfb5"));
        QCOMPARE(report->diff.md5To, md5OfFile(found->dataPath)->md5);

        writeText(tmp.path() + "/pipeline/data/prepared/extra.csv", "x\n");
        auto dir = cli(tmp.path(), {"dataset", "verify", "pipeline/dvc.lock:prepare:data/prepared", "--json"});
        QCOMPARE(dir.exitCode, 1);
        QCOMPARE(dir.json()["status"].toString(), QString("changed"));
        QCOMPARE(dir.json()["stage"].toString(), QString("prepare"));
        QVERIFY(dir.json()["changed"].toArray().contains(QJsonValue("nfiles")));

        auto text = cli(tmp.path(), {"dataset", "verify", "pipeline/dvc.lock:featurize:data/features.csv"});
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.out.startsWith("changed: ") && text.out.contains("65cab901e93463872a646ec1dffabfb5"),
                 text.out.constData());
        auto missing = cli(tmp.path(), {"dataset", "verify", "pipeline/dvc.lock:report:report.txt"});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.out.startsWith("missing: ") && missing.out.contains("dvc pull"), missing.out.constData());
        auto ok = cli(tmp.path(), {"dataset", "verify", "pipeline/dvc.lock:train:model.txt"});
        QVERIFY2(ok.exitCode == 0 && ok.out.startsWith("unchanged: "), ok.out.constData());
    }

    void lineageReturnsTheChainOfStages()
    {
        auto lock = loadDvcLock(kReal + "/pipeline/dvc.lock");
        QVERIFY2(lock.ok(), qPrintable(why(lock)));
        auto steps = dvcLineage(*lock, "model.txt", "dvc.lock");
        QVERIFY2(steps.ok(), qPrintable(why(steps)));
        QCOMPARE(stageNames(*steps), QStringList({"prepare", "featurize", "train"})); // not the downstream report
        const DvcLineageStep &train = steps->last();
        QCOMPARE(train.depStages.size(), 2);
        QCOMPARE(train.depStages[0], QStringList({"featurize"}));
        QVERIFY(train.depStages[1].isEmpty()); // src/train.py comes from git
        QCOMPARE(steps->at(1).depStages[0], QStringList({"prepare"}));
        // a file inside a folder out: the stage writing the folder
        QCOMPARE(stageNames(dvcLineage(*lock, "data/prepared/train.csv", "dvc.lock")), QStringList({"prepare"}));
        QCOMPARE(stageNames(dvcLineage(*lock, "report.txt", "dvc.lock")),
                 QStringList({"prepare", "featurize", "train", "report"}));
        auto none = dvcLineage(*lock, "src/train.py", "dvc.lock");
        QCOMPARE(codeOf(none), QString("unknown-out"));

        // a cycle in a broken lock file ends
        auto cyclic = readDvcLock("a:\n  deps:\n  - path: y\n  outs:\n  - path: x\nb:\n  deps:\n  - path: x\n  outs:\n  - path: y\n",
                                  "cyclic.lock");
        QVERIFY(cyclic.ok());
        QCOMPARE(stageNames(dvcLineage(*cyclic, "y", "cyclic.lock")), QStringList({"a", "b"}));
    }

    void cliListsLockOutsAndPrintsLineage()
    {
        QTemporaryDir tmp;
        QVERIFY(copyFixtures(tmp.path()));
        auto list = cli(tmp.path(), {"dataset", "list", "--json"});
        QVERIFY2(list.exitCode == 0, list.err.constData());
        QMap<QString, QJsonObject> byPath;
        for (const QJsonValue &v : list.json()["datasets"].toArray())
            byPath.insert(v.toObject()["path"].toString(), v.toObject());
        QCOMPARE(byPath.size(), 7);
        const QJsonObject prepared = byPath.value("pipeline/data/prepared");
        QCOMPARE(prepared["kind"].toString(), QString("dvc.lock"));
        QCOMPARE(prepared["stage"].toString(), QString("prepare"));
        QCOMPARE(prepared["file"].toString(), QString("pipeline/dvc.lock"));
        QCOMPARE(prepared["md5"].toString(), QString("0e911600c9b3527e0afb7b93aeda9017.dir"));
        QCOMPARE(prepared["nfiles"].toInt(), 2);
        QCOMPARE(byPath.value("pipeline/model.txt")["stage"].toString(), QString("train"));
        QCOMPARE(byPath.value("legacy/output.txt")["stage"].toString(), QString("upper"));
        QCOMPARE(byPath.value("registry/data/iris.csv")["kind"].toString(), QString("dvc"));
        QVERIFY(!byPath.value("registry/data/iris.csv").contains("stage"));
        auto text = cli(tmp.path(), {"dataset", "list"});
        QVERIFY2(text.out.contains("dvc.lock  pipeline/model.txt  32afde9f5d6692707fa5c3741600e381  (stage train of pipeline/dvc.lock)"),
                 text.out.constData());

        auto lineage = cli(tmp.path(), {"dataset", "lineage", "pipeline/dvc.lock:train:model.txt", "--json"});
        QVERIFY2(lineage.exitCode == 0, lineage.err.constData());
        QStringList names;
        for (const QJsonValue &s : lineage.json()["stages"].toArray())
            names << s.toObject()["name"].toString();
        QCOMPARE(names, QStringList({"prepare", "featurize", "train"}));
        const QJsonObject featurize = lineage.json()["stages"].toArray()[1].toObject();
        QCOMPARE(featurize["deps"].toArray()[0].toObject()["from_stages"].toArray(), QJsonArray({"prepare"}));
        QCOMPARE(lineage.json()["stages"].toArray()[0].toObject()["params"].toObject()["params.yaml"].toObject()["prepare.split"].toDouble(), 0.5);
        QCOMPARE(lineage.json()["stage"].toString(), QString("train"));

        // by data path, from a sub-folder: the dvc.lock above it is found
        auto byData = cli(tmp.path() + "/pipeline/data", {"dataset", "lineage", "features.csv"});
        QVERIFY2(byData.exitCode == 0, byData.err.constData());
        QVERIFY2(byData.out.contains("stage prepare: ") && byData.out.contains("stage featurize: ")
                     && !byData.out.contains("stage train: ") && byData.out.contains("(from prepare)"),
                 byData.out.constData());
        auto notWritten = cli(tmp.path(), {"dataset", "lineage", "pipeline/src/train.py"});
        QCOMPARE(notWritten.exitCode, 1);
        QVERIFY2(notWritten.err.contains("No dvc.lock"), notWritten.err.constData());
        QCOMPARE(cli(tmp.path(), {"dataset", "lineage"}).exitCode, 2);
    }

    void badInputGetsClearMessages()
    {
        QTemporaryDir tmp;
        QVERIFY(copyFixtures(tmp.path()));
        // malformed YAML: file:line:col
        auto syntax = readDvcLock("schema: '2.0'\nstages:\n  a:\n    outs: [\n", "dvc.lock");
        QCOMPARE(codeOf(syntax), QString("yaml-syntax"));
        QVERIFY2(why(syntax).startsWith("dvc.lock:5:1: "), qPrintable(why(syntax)));
        auto dvcSyntax = parseDvcFile("outs:\n- md5: [\n", "bad.dvc");
        QCOMPARE(codeOf(dvcSyntax), QString("yaml-syntax"));
        QVERIFY2(why(dvcSyntax).startsWith("bad.dvc:3:1: "), qPrintable(why(dvcSyntax)));
        auto noPath = readDvcLock("schema: '2.0'\nstages:\n  a:\n    outs:\n    - md5: abc\n", "dvc.lock");
        QCOMPARE(codeOf(noPath), QString("invalid-dvc-lock"));
        QVERIFY2(why(noPath).startsWith("dvc.lock:5:7: ") && why(noPath).contains("'path'"),
                 qPrintable(why(noPath)));
        auto schema = readDvcLock("schema: '3.0'\nstages: {}\n", "dvc.lock");
        QVERIFY2(why(schema).contains("'3.0'"), qPrintable(why(schema)));
        auto conflict = readDvcLock("schema: '2.0'\n<<<<<<< HEAD\nstages: {}\n=======\n>>>>>>> x\n", "dvc.lock");
        QCOMPARE(codeOf(conflict), QString("merge-conflict"));
        QVERIFY(readDvcLock("", "dvc.lock")->stages.isEmpty());

        // unknown stage / out name what there is
        const QString lockRef = tmp.path() + "/pipeline/dvc.lock";
        auto stage = resolveDvcLockRef({lockRef, "evaluate", "model.txt"});
        QCOMPARE(codeOf(stage), QString("unknown-stage"));
        QVERIFY2(why(stage).contains("'evaluate'") && why(stage).contains("prepare, featurize, train, report"),
                 qPrintable(why(stage)));
        auto out = resolveDvcLockRef({lockRef, "train", "model.pkl"});
        QCOMPARE(codeOf(out), QString("unknown-out"));
        QVERIFY2(why(out).contains("'model.pkl'") && why(out).contains("model.txt"),
                 qPrintable(why(out)));
        auto cliStage = cli(tmp.path(), {"dataset", "lineage", "pipeline/dvc.lock:evaluate:model.txt"});
        QCOMPARE(cliStage.exitCode, 1);
        QVERIFY2(cliStage.err.contains("no stage 'evaluate'"), cliStage.err.constData());

        // wdir escaping the repository root: refused by the reader, the listing and the resolver
        writeText(tmp.path() + "/registry/meta/escape.dvc", "wdir: ../../..\nouts:\n- md5: 0\n  path: etc/passwd\n");
        auto escape = loadDvcOuts(tmp.path() + "/registry/meta/escape.dvc");
        QCOMPARE(codeOf(escape), QString("dvc-wdir-outside"));
        QVERIFY2(why(escape).contains("'../../..'") && why(escape).contains(tmp.path()),
                 qPrintable(why(escape)));
        QCOMPARE(codeOf(resolveDatasetFile(tmp.path() + "/registry/meta/escape.dvc")), QString("dvc-wdir-outside"));
        const QList<DatasetEntry> list = listDatasets(tmp.path());
        auto listed = std::find_if(list.begin(), list.end(), [](const DatasetEntry &e) { return e.file == "registry/meta/escape.dvc"; });
        QVERIFY(listed != list.end());
        QVERIFY2(listed->error.contains("wdir") && listed->path.isEmpty(), qPrintable(listed->error));
        // outside any repository the .dvc file's own folder bounds wdir
        QTemporaryDir bare;
        writeText(bare.path() + "/a/x.dvc", "wdir: ..\nouts:\n- md5: 0\n  path: x.csv\n");
        QCOMPARE(codeOf(loadDvcOuts(bare.path() + "/a/x.dvc")), QString("dvc-wdir-outside"));
        // wdir that is not text
        for (const QByteArray wdir : {"2020", "[a, b]", "true"}) {
            auto bad = parseDvcFile("wdir: " + wdir + "\nouts:\n- path: x\n", "w.dvc");
            QVERIFY(!bad.ok());
            QCOMPARE(codeOf(bad), QString("invalid-dvc"));
            QVERIFY2(why(bad).startsWith("w.dvc:1:7: 'wdir'"), qPrintable(why(bad)));
        }
        QVERIFY(parseDvcFile("wdir: '2020'\nouts:\n- path: x\n", "w.dvc").ok());
    }
};

QTEST_GUILESS_MAIN(TestDvcReal)
#include "tst_dvcreal.moc"
