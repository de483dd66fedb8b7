// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI contract of store stats / runs list / lineage / mlflow import (JSON shapes, exit codes).
#include "core/store/metadatastore.h"

#include "storetestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace wb::store;

class TstStoreCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_cli;

    int run(const QStringList &args, QByteArray *out, QByteArray *err = nullptr)
    {
        QProcess p;
        p.start(m_cli, args);
        p.waitForFinished(60000);
        *out = p.readAllStandardOutput();
        if (err)
            *err = p.readAllStandardError();
        return p.exitCode();
    }

private slots:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("MLWB_CLI");
        if (m_cli.isEmpty() || !QFile::exists(m_cli))
            QSKIP("MLWB_CLI is not set (run through ctest)");
    }

    void contract()
    {
        // A workspace with one recorded run: ingest -> train.
        const QString ws = m_dir.filePath(QStringLiteral("ws"));
        qint64 modelId = 0;
        {
            MetadataStore s;
            QVERIFY(s.open(MetadataStore::defaultPath(ws)).ok());
            auto id = s.beginRun(RunInfo{QStringLiteral("p"), QStringLiteral("r1"), QStringLiteral("e"),
                                         {{QStringLiteral("lr"), 0.5}}, {}, false, {}, 0});
            QVERIFY(id.ok());
            StepRecord a;
            a.taskName = QStringLiteral("ingest");
            a.outputs = {{QStringLiteral("/d"), QStringLiteral("system.Dataset"), QStringLiteral("data"), {}}};
            StepRecord b;
            b.taskName = QStringLiteral("train");
            b.inputs = a.outputs;
            b.outputs = {{QStringLiteral("/m"), QStringLiteral("system.Model"), QStringLiteral("model"), {}},
                         {QStringLiteral("/metrics"), QStringLiteral("system.Metrics"), QStringLiteral("metrics"), {{QStringLiteral("acc"), 0.75}}}};
            QVERIFY(s.recordStep(*id, a).ok());
            QVERIFY(s.recordStep(*id, b).ok());
            QVERIFY(s.finishRun(*id, RunState::Complete).ok());
            modelId = storetest::RawDb(s.path()).value(QStringLiteral("SELECT id FROM Artifact WHERE uri='/m'")).toLongLong();
        }
        QByteArray out;
        QCOMPARE(run({QStringLiteral("store"), QStringLiteral("stats"), QStringLiteral("--workspace"), ws, QStringLiteral("--json")}, &out), 0);
        QJsonObject stats = QJsonDocument::fromJson(out).object();
        QCOMPARE(stats.value(QStringLiteral("artifact")).toInt(), 3);
        QCOMPARE(stats.value(QStringLiteral("execution")).toInt(), 2);
        QCOMPARE(stats.value(QStringLiteral("event")).toInt(), 4);
        QCOMPARE(stats.value(QStringLiteral("context")).toInt(), 3);
        QCOMPARE(stats.value(QStringLiteral("types")).toObject().value(QStringLiteral("system.Model")).toObject()
                     .value(QStringLiteral("count")).toInt(), 1);

        QCOMPARE(run({QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("--workspace"), ws, QStringLiteral("--json")}, &out), 0);
        const QJsonArray runs = QJsonDocument::fromJson(out).object().value(QStringLiteral("runs")).toArray();
        QCOMPARE(runs.size(), 1);
        const QJsonObject r = runs.first().toObject();
        for (const char *key : {"id", "name", "state", "experiment", "start", "end", "params", "metrics"})
            QVERIFY2(r.contains(QLatin1String(key)), key);
        QCOMPARE(r.value(QStringLiteral("state")).toString(), QStringLiteral("COMPLETE"));
        QCOMPARE(r.value(QStringLiteral("experiment")).toString(), QStringLiteral("e"));
        QCOMPARE(r.value(QStringLiteral("params")).toObject().value(QStringLiteral("lr")).toDouble(), 0.5);
        QCOMPARE(r.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("train.acc")).toDouble(), 0.75);

        const QString store = MetadataStore::defaultPath(ws);
        QCOMPARE(run({QStringLiteral("lineage"), QString::number(modelId), QStringLiteral("--store"), store,
                      QStringLiteral("--direction"), QStringLiteral("up"), QStringLiteral("--depth"), QStringLiteral("2"), QStringLiteral("--json")}, &out), 0);
        const QJsonObject g = QJsonDocument::fromJson(out).object();
        QCOMPARE(g.value(QStringLiteral("nodes")).toArray().size(), 4); // model, train, data, ingest
        QSet<QString> ids;
        for (const QJsonValue &n : g.value(QStringLiteral("nodes")).toArray()) {
            const QJsonObject o = n.toObject();
            QVERIFY(!ids.contains(o.value(QStringLiteral("id")).toString()));
            ids.insert(o.value(QStringLiteral("id")).toString());
            QVERIFY(QStringList({QStringLiteral("artifact"), QStringLiteral("execution")}).contains(o.value(QStringLiteral("kind")).toString()));
            QVERIFY(!o.value(QStringLiteral("type")).toString().isEmpty());
        }
        QVERIFY(ids.contains(QStringLiteral("artifact:%1").arg(modelId)));
        QCOMPARE(g.value(QStringLiteral("edges")).toArray().size(), 3);
        for (const QJsonValue &e : g.value(QStringLiteral("edges")).toArray()) {
            QVERIFY(ids.contains(e.toObject().value(QStringLiteral("from")).toString()));
            QVERIFY(ids.contains(e.toObject().value(QStringLiteral("to")).toString()));
        }
        // Wrong usage and bad input exit codes.
        QCOMPARE(run({QStringLiteral("lineage"), QStringLiteral("x"), QStringLiteral("--store"), store}, &out), 2);
        QByteArray err;
        QCOMPARE(run({QStringLiteral("lineage"), QStringLiteral("999"), QStringLiteral("--store"), store}, &out, &err), 1);
        QVERIFY(err.contains("999"));
        QCOMPARE(run({QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("--store"), m_dir.filePath(QStringLiteral("none.sqlite"))}, &out, &err), 1);
        QVERIFY(err.contains("does not exist"));
    }

    void runsListNamesMetricsByStep()
    {
        // Two steps writing the same metric name, one of them named as the run metric.
        const QString store = m_dir.filePath(QStringLiteral("steps/store.sqlite"));
        {
            MetadataStore s;
            QVERIFY(s.open(store).ok());
            RunInfo info{QStringLiteral("p"), QStringLiteral("r1"), QStringLiteral("e"), {}, {}, false, {}, 0};
            info.runMetrics = {QStringLiteral("eval-b.auc")};
            auto id = s.beginRun(info);
            QVERIFY(id.ok());
            for (const auto &[task, auc] : {std::pair{QStringLiteral("eval-a"), 0.61}, std::pair{QStringLiteral("eval-b"), 0.83}}) {
                StepRecord st;
                st.taskName = task;
                st.outputs = {{QLatin1Char('/') + task, QStringLiteral("system.Metrics"), QStringLiteral("metrics"), {{QStringLiteral("auc"), auc}}}};
                QVERIFY(s.recordStep(*id, st).ok());
            }
            QVERIFY(s.finishRun(*id, RunState::Complete).ok());
        }
        QByteArray out;
        QCOMPARE(run({QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("--store"), store, QStringLiteral("--json")}, &out), 0);
        const QJsonObject r = QJsonDocument::fromJson(out).object().value(QStringLiteral("runs")).toArray().first().toObject();
        const QJsonObject metrics = r.value(QStringLiteral("metrics")).toObject();
        QCOMPARE(metrics.keys(), (QStringList{QStringLiteral("eval-a.auc"), QStringLiteral("eval-b.auc")}));
        QCOMPARE(metrics.value(QStringLiteral("eval-a.auc")).toDouble(), 0.61);
        QCOMPARE(metrics.value(QStringLiteral("eval-b.auc")).toDouble(), 0.83);
        QCOMPARE(r.value(QStringLiteral("run_metrics")).toArray(), QJsonArray{QStringLiteral("eval-b.auc")});
        // the text form shows the run metric with its value
        QCOMPARE(run({QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("--store"), store}, &out), 0);
        QVERIFY2(out.contains("eval-b.auc=0.83"), out.constData());
        QVERIFY(!out.contains("eval-a.auc"));
    }

    void mlflowImportCreatesStore()
    {
        const QString fixture = QStringLiteral(MLWB_SHARED_DIR "/fixtures/mlflow/mlflow-0dinho.db");
        if (!QFile::exists(fixture))
            QSKIP("../shared/fixtures/mlflow is not present next to this checkout");
        const QString store = m_dir.filePath(QStringLiteral("imported/store.sqlite"));
        QByteArray out;
        QCOMPARE(run({QStringLiteral("mlflow"), QStringLiteral("import"), fixture, QStringLiteral("--store"), store}, &out), 0);
        QCOMPARE(run({QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("--store"), store, QStringLiteral("--json")}, &out), 0);
        const QJsonArray runs = QJsonDocument::fromJson(out).object().value(QStringLiteral("runs")).toArray();
        storetest::RawDb src(QStringLiteral("file:") + fixture + QStringLiteral("?mode=ro"), true);
        QCOMPARE(runs.size(), src.value(QStringLiteral("SELECT COUNT(*) FROM runs")).toInt());
        int params = 0;
        for (const QJsonValue &r : runs)
            params += int(r.toObject().value(QStringLiteral("params")).toObject().size());
        QCOMPARE(params, src.value(QStringLiteral("SELECT COUNT(*) FROM params")).toInt());
    }
};

QTEST_GUILESS_MAIN(TstStoreCli)
#include "tst_store_cli.moc"
