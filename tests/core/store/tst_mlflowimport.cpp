// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/metadatastore.h"
#include "core/store/mlflowimporter.h"

#include "storetestutil.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace wb::store;
using storetest::RawDb;
using storetest::fileHash;

class TstMlflowImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString schemaSql()
    {
        QFile f(QStringLiteral(MLWB_SOURCE_DIR "/tests/data/store/mlflow_core_schema.sql"));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    // Two experiments, three runs (one nested, one FAILED, one RUNNING), metric history with
    // steps, a NaN point, params, tags and one dataset input.
    QString makeMlflowDb()
    {
        const QString path = m_dir.filePath(QStringLiteral("mlflow.db"));
        RawDb raw(path);
        if (!raw.exec(schemaSql()))
            qWarning() << raw.error();
        const char *sql = R"(
INSERT INTO alembic_version VALUES('1b5f0d9ad7c1');
INSERT INTO experiments VALUES(0,'Default','mlflow-artifacts:/0','active',1700000000000,1700000000000,'default');
INSERT INTO experiments VALUES(1,'tuning','file:///tmp/mlruns/1','active',1700000000000,1700000000000,'default');
INSERT INTO runs VALUES('aaaa0000000000000000000000000001','first','UNKNOWN','','','me','FINISHED',1700000001000,1700000002000,'','active','file:///tmp/mlruns/1/a1/artifacts',1,NULL);
INSERT INTO runs VALUES('aaaa0000000000000000000000000002','child','UNKNOWN','','','me','FAILED',1700000003000,1700000004000,'','active','file:///tmp/mlruns/1/a2/artifacts',1,NULL);
INSERT INTO runs VALUES('aaaa0000000000000000000000000003','live','UNKNOWN','','','me','RUNNING',1700000005000,NULL,'','active','mlflow-artifacts:/0/a3/artifacts',0,NULL);
INSERT INTO params VALUES('lr','0.1','aaaa0000000000000000000000000001');
INSERT INTO params VALUES('depth','5','aaaa0000000000000000000000000001');
INSERT INTO params VALUES('lr','0.2','aaaa0000000000000000000000000002');
INSERT INTO tags VALUES('mlflow.runName','first','aaaa0000000000000000000000000001');
INSERT INTO tags VALUES('mlflow.source.git.commit','deadbeef','aaaa0000000000000000000000000001');
INSERT INTO tags VALUES('mlflow.parentRunId','aaaa0000000000000000000000000001','aaaa0000000000000000000000000002');
INSERT INTO metrics VALUES('loss',0.9,1700000001100,'aaaa0000000000000000000000000001',0,0);
INSERT INTO metrics VALUES('loss',0.5,1700000001200,'aaaa0000000000000000000000000001',1,0);
INSERT INTO metrics VALUES('loss',0.3,1700000001300,'aaaa0000000000000000000000000001',2,0);
INSERT INTO metrics VALUES('loss',0.7,1700000001050,'aaaa0000000000000000000000000001',1,0);
INSERT INTO metrics VALUES('acc',0.8,1700000001300,'aaaa0000000000000000000000000001',0,0);
INSERT INTO metrics VALUES('acc',0,1700000003300,'aaaa0000000000000000000000000002',0,1);
INSERT INTO latest_metrics VALUES('loss',0.3,1700000001300,2,0,'aaaa0000000000000000000000000001');
INSERT INTO datasets VALUES('d0000000-0000-0000-0000-000000000001',1,'train','abc123','local','{"uri": "/data/train.csv"}',NULL,NULL);
INSERT INTO inputs VALUES('i1','DATASET','d0000000-0000-0000-0000-000000000001','RUN','aaaa0000000000000000000000000001',0);
INSERT INTO inputs VALUES('i2','DATASET','d0000000-0000-0000-0000-000000000001','RUN','aaaa0000000000000000000000000002',0);
)";
        if (!raw.exec(QString::fromLatin1(sql)))
            qWarning() << raw.error();
        return path;
    }

    RunSummary byName(const QList<RunSummary> &runs, const QString &name)
    {
        for (const RunSummary &r : runs) {
            if (r.name == name)
                return r;
        }
        return {};
    }

private slots:
    void importSmallStore()
    {
        const QString mlflow = makeMlflowDb();
        const QByteArray before = fileHash(mlflow);
        MetadataStore s;
        QVERIFY(s.open(m_dir.filePath(QStringLiteral("store1.sqlite"))).ok());
        auto sum = MlflowImporter::importFile(s, mlflow);
        QVERIFY2(sum.ok(), qPrintable(sum.ok() ? QString() : sum.error().text()));
        QCOMPARE(fileHash(mlflow), before);
        QVERIFY(!QFile::exists(mlflow + QStringLiteral("-journal")));
        QCOMPARE(sum->runs, 3);
        QCOMPARE(sum->experiments, 2);
        QCOMPARE(sum->params, 3);
        QCOMPARE(sum->tags, 3);
        QCOMPARE(sum->metricPoints, 6);
        QCOMPARE(sum->datasets, 1);

        auto page = s.listRuns();
        QVERIFY(page.ok());
        QCOMPARE(page->runs.size(), 3);
        const RunSummary first = byName(page->runs, QStringLiteral("aaaa0000000000000000000000000001"));
        QCOMPARE(first.displayName, QStringLiteral("first"));
        QCOMPARE(first.state, RunState::Complete);
        QCOMPARE(first.experiment, QStringLiteral("tuning"));
        QCOMPARE(first.startMs, 1700000001000LL);
        QCOMPARE(first.endMs, 1700000002000LL);
        QCOMPARE(first.params.value(QStringLiteral("lr")).toString(), QStringLiteral("0.1"));
        QCOMPARE(first.params.size(), 2);
        // latest = max (step, timestamp, value), as MLflow's latest_metrics
        QCOMPARE(first.metrics.value(QStringLiteral("loss")).toDouble(), 0.3);
        QCOMPARE(first.metrics.value(QStringLiteral("acc")).toDouble(), 0.8);
        const RunSummary child = byName(page->runs, QStringLiteral("aaaa0000000000000000000000000002"));
        QCOMPARE(child.state, RunState::Failed);
        QCOMPARE(byName(page->runs, QStringLiteral("aaaa0000000000000000000000000003")).state, RunState::Running);
        QCOMPARE(byName(page->runs, QStringLiteral("aaaa0000000000000000000000000003")).experiment, QStringLiteral("Default"));

        auto detail = s.runDetail(first.id);
        QVERIFY(detail.ok());
        QCOMPARE(detail->metricHistory.value(QStringLiteral("loss")).size(), 4);
        QCOMPARE(detail->metricHistory.value(QStringLiteral("loss")).last().step, 2);
        QCOMPARE(detail->runProperties.value(QStringLiteral("git_commit")).toString(), QStringLiteral("deadbeef"));
        QCOMPARE(detail->runProperties.value(QStringLiteral("tag.mlflow.runName")).toString(), QStringLiteral("first"));
        QCOMPARE(detail->steps.size(), 1);
        QCOMPARE(detail->steps.first().execution.typeName, QStringLiteral("mlflow.Run"));
        QCOMPARE(detail->steps.first().inputs.size(), 1);
        QCOMPARE(detail->steps.first().inputs.first().uri, QStringLiteral("/data/train.csv"));
        QCOMPARE(detail->steps.first().inputNames.first(), QStringLiteral("train"));
        auto childDetail = s.runDetail(child.id);
        QVERIFY(childDetail->metricHistory.value(QStringLiteral("acc")).first().isNan);
        // the nested run points at its parent run
        auto parents = s.parentContexts(child.id);
        QVERIFY(parents->contains(first.id));

        // Counts equal the source, row for row.
        RawDb src(mlflow, true);
        RawDb dst(s.path(), true);
        QCOMPARE(dst.value(QStringLiteral("SELECT COUNT(*) FROM mlwb_metric_history")), src.value(QStringLiteral("SELECT COUNT(*) FROM metrics")));
        QCOMPARE(dst.value(QStringLiteral("SELECT COUNT(*) FROM ContextProperty WHERE name LIKE 'param.%'")),
                 src.value(QStringLiteral("SELECT COUNT(*) FROM params")));

        // Importing again adds nothing.
        auto again = MlflowImporter::importFile(s, mlflow);
        QVERIFY(again.ok());
        QCOMPARE(again->runs, 0);
        QCOMPARE(again->skippedRuns, 3);
        QCOMPARE(s.listRuns()->runs.size(), 3);
        QCOMPARE(dst.value(QStringLiteral("SELECT COUNT(*) FROM mlwb_metric_history")), QStringLiteral("6"));
    }

    void oldRevisionWithoutNewColumns()
    {
        const QString path = m_dir.filePath(QStringLiteral("old-mlflow.db"));
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral(
                "CREATE TABLE experiments (experiment_id INTEGER PRIMARY KEY, name VARCHAR(256), artifact_location VARCHAR(256), lifecycle_stage VARCHAR(32));"
                "CREATE TABLE runs (run_uuid VARCHAR(32) PRIMARY KEY, name VARCHAR(250), status VARCHAR(9), start_time BIGINT, end_time BIGINT, experiment_id INTEGER);"
                "CREATE TABLE metrics (key VARCHAR(250), value FLOAT, timestamp BIGINT, run_uuid VARCHAR(32));"
                "CREATE TABLE params (key VARCHAR(250), value VARCHAR(250), run_uuid VARCHAR(32));"
                "INSERT INTO experiments VALUES(0,'Default','/m/0','active');"
                "INSERT INTO runs VALUES('r1','old','KILLED',1,2,0);"
                "INSERT INTO metrics VALUES('m',1.5,1,'r1');"
                "INSERT INTO params VALUES('p','v','r1');")));
        }
        MetadataStore s;
        QVERIFY(s.open(m_dir.filePath(QStringLiteral("store2.sqlite"))).ok());
        auto sum = MlflowImporter::importFile(s, path);
        QVERIFY2(sum.ok(), qPrintable(sum.ok() ? QString() : sum.error().text()));
        auto runs = s.listRuns();
        QCOMPARE(runs->runs.size(), 1);
        QCOMPARE(runs->runs.first().state, RunState::Canceled);
        QCOMPARE(runs->runs.first().metrics.value(QStringLiteral("m")).toDouble(), 1.5);
    }

    void badSource()
    {
        MetadataStore s;
        QVERIFY(s.open(m_dir.filePath(QStringLiteral("store3.sqlite"))).ok());
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello");
        f.close();
        auto r = MlflowImporter::importFile(s, text);
        QVERIFY(!r.ok());
        QVERIFY(r.error().text().contains(QStringLiteral("not an SQLite database")));
        const QString other = m_dir.filePath(QStringLiteral("other.db"));
        {
            RawDb raw(other);
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE t(x)")));
        }
        r = MlflowImporter::importFile(s, other);
        QVERIFY(!r.ok());
        QVERIFY(r.error().text().contains(QStringLiteral("not an MLflow tracking store")));
        QCOMPARE(s.listRuns()->runs.size(), 0);
    }

    void realFixture()
    {
        const QString fixture = QStringLiteral(MLWB_SHARED_DIR "/fixtures/mlflow/mlflow-0dinho.db");
        if (!QFile::exists(fixture))
            QSKIP("../shared/fixtures/mlflow is not present next to this checkout");
        const QByteArray before = fileHash(fixture);
        MetadataStore s;
        QVERIFY(s.open(m_dir.filePath(QStringLiteral("store4.sqlite"))).ok());
        auto sum = MlflowImporter::importFile(s, fixture);
        QVERIFY2(sum.ok(), qPrintable(sum.ok() ? QString() : sum.error().text()));
        QCOMPARE(fileHash(fixture), before);
        RawDb src(QStringLiteral("file:") + fixture + QStringLiteral("?mode=ro"), true);
        const int runs = src.value(QStringLiteral("SELECT COUNT(*) FROM runs")).toInt();
        const int params = src.value(QStringLiteral("SELECT COUNT(*) FROM params")).toInt();
        const int metrics = src.value(QStringLiteral("SELECT COUNT(*) FROM metrics")).toInt();
        QVERIFY(runs > 0);
        QCOMPARE(sum->runs, runs);
        QCOMPARE(sum->params, params);
        QCOMPARE(sum->metricPoints, metrics);
        auto page = s.listRuns({}, {}, PageRequest{{}, 1000});
        QCOMPARE(int(page->runs.size()), runs);
        int listedParams = 0;
        int listedMetrics = 0;
        for (const RunSummary &r : page->runs) {
            listedParams += int(r.params.size());
            listedMetrics += int(r.metrics.size());
        }
        QCOMPARE(listedParams, params);
        QCOMPARE(listedMetrics, src.value(QStringLiteral("SELECT COUNT(*) FROM latest_metrics")).toInt());
        RawDb dst(s.path(), true);
        QCOMPARE(dst.value(QStringLiteral("SELECT COUNT(*) FROM mlwb_metric_history")).toInt(), metrics);
    }
};

QTEST_GUILESS_MAIN(TstMlflowImport)
#include "tst_mlflowimport.moc"
