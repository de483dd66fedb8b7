// SPDX-License-Identifier: GPL-3.0-or-later
// A drift report kept as an artifact of a run: files under .mlwb/runs/<run>/drift-report, a
// "drift-report" execution of the run with the datasets as inputs and system.HTML /
// system.Metrics outputs attributed to the run's context; unknown runs and stores are refused.
// Also the artifact -> local file resolution used to compare two dataset artifacts.
#include "core/drift/csvreader.h"
#include "core/drift/driftengine.h"
#include "core/drift/driftstore.h"
#include "core/store/metadatastore.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace wb;
using namespace wb::drift;

class TstDriftStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_ws;
    qint64 m_runContext = 0;

    static QString data(const char *f) { return QStringLiteral(MLWB_SOURCE_DIR "/tests/data/drift/") + QLatin1String(f); }

    static DriftReport report()
    {
        auto r = readCsv(data("small_ref.csv"));
        auto c = readCsv(data("small_cur.csv"));
        if (!r || !c)
            return {};
        auto rep = computeDrift(*r, *c, DriftOptions{});
        return rep ? *rep : DriftReport{};
    }

    static std::optional<store::ArtifactInfo> ofType(const QList<store::ArtifactInfo> &list, const char *type)
    {
        for (const store::ArtifactInfo &a : list)
            if (a.typeName == QLatin1String(type))
                return a;
        return std::nullopt;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_ws.isValid());
        store::MetadataStore db;
        QVERIFY(db.open(store::MetadataStore::defaultPath(m_ws.path())).ok());
        store::RunInfo info;
        info.pipelineName = QStringLiteral("train");
        info.runName = QStringLiteral("20240601-101500-3fa2");
        auto id = db.beginRun(info);
        QVERIFY(id.ok());
        m_runContext = *id;
    }

    void storesFilesAndArtifacts()
    {
        const DriftReport rep = report();
        QCOMPARE(int(rep.columns.size()), 7);
        auto stored = storeDriftReport(m_ws.path(), QStringLiteral("20240601-101500-3fa2"), {rep});
        QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().text()));
        QCOMPARE(QDir(stored->folder).absolutePath(),
                 QDir(m_ws.filePath(QStringLiteral(".mlwb/runs/20240601-101500-3fa2/drift-report"))).absolutePath());
        QFile html(stored->htmlPath), jsonl(stored->jsonlPath);
        QVERIFY(html.open(QIODevice::ReadOnly));
        QCOMPARE(html.readAll().count("<svg"), 7);
        QVERIFY(jsonl.open(QIODevice::ReadOnly));
        QCOMPARE(jsonl.readAll().count('\n'), 8); // 7 columns + the dataset line
        QCOMPARE(stored->runContextId, m_runContext);

        store::MetadataStore db;
        QVERIFY(db.open(store::MetadataStore::defaultPath(m_ws.path()), store::MetadataStore::Mode::ReadOnly).ok());
        // both outputs attributed to the run's context, with the files' URIs
        auto attributed = db.artifactsOfContext(m_runContext);
        QVERIFY(attributed.ok());
        const auto page = ofType(*attributed, "system.HTML");
        const auto metrics = ofType(*attributed, "system.Metrics");
        QVERIFY(page && metrics);
        QCOMPARE(page->id, stored->htmlArtifactId);
        QCOMPARE(metrics->id, stored->metricsArtifactId);
        QCOMPARE(page->uri, QUrl::fromLocalFile(QFileInfo(stored->htmlPath).absoluteFilePath()).toString());
        QCOMPARE(metrics->uri, QUrl::fromLocalFile(QFileInfo(stored->jsonlPath).absoluteFilePath()).toString());
        QCOMPARE(metrics->customProperties.value("drift_columns").toLongLong(), 7);
        QCOMPARE(metrics->customProperties.value("drift_drifted").toLongLong(), qint64(rep.dataset.selectedDrifted));
        QVERIFY(ofType(*attributed, "system.Dataset")); // the inputs too
        // the execution of the run, with its events: lineage shows where the report came from
        auto execs = db.executionsOfContext(m_runContext);
        QVERIFY(execs.ok());
        QCOMPARE(execs->size(), 1);
        QCOMPARE(execs->first().id, stored->executionId);
        QCOMPARE(execs->first().customProperties.value("task_name").toString(), QStringLiteral("drift-report"));
        auto lineage = db.lineage(stored->htmlArtifactId, store::LineageDirection::Upstream, 1);
        QVERIFY(lineage.ok());
        QStringList uris;
        for (const store::LineageNode &n : lineage->nodes)
            uris << n.uri;
        QVERIFY2(uris.contains(QUrl::fromLocalFile(data("small_ref.csv")).toString()), qPrintable(uris.join(' ')));
        QVERIFY(uris.contains(QUrl::fromLocalFile(data("small_cur.csv")).toString()));
        // the run's metrics list shows the figures
        auto detail = db.runDetail(m_runContext);
        QVERIFY(detail.ok());
        QVERIFY(detail->summary.metrics.contains(QStringLiteral("drift-report.drift_share"))); // named after its step
    }

    void storingAgainUpdatesTheSameNodes()
    {
        const DriftReport rep = report();
        auto first = storeDriftReport(m_ws.path(), QStringLiteral("20240601-101500-3fa2"), {rep});
        auto second = storeDriftReport(m_ws.path(), QStringLiteral("20240601-101500-3fa2"), {rep});
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(second->htmlArtifactId, first->htmlArtifactId);
        QCOMPARE(second->metricsArtifactId, first->metricsArtifactId);
        QCOMPARE(second->executionId, first->executionId);
    }

    void refusesUnknownRunsAndStores()
    {
        const DriftReport rep = report();
        auto r = storeDriftReport(m_ws.path(), QStringLiteral("no-such-run"), {rep});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("drift.run"));
        QVERIFY(r.error().text().contains(QStringLiteral("no-such-run")));
        QVERIFY2(r.error().text().contains(QStringLiteral("20240601-101500-3fa2")), qPrintable(r.error().text())); // names known runs
        QVERIFY(!QFileInfo::exists(m_ws.filePath(QStringLiteral(".mlwb/runs/no-such-run"))));
        QVERIFY(!checkDriftRun(m_ws.path(), QStringLiteral("no-such-run")).ok());
        QVERIFY(checkDriftRun(m_ws.path(), QStringLiteral("20240601-101500-3fa2")).ok());
        QVERIFY(!storeDriftReport(m_ws.path(), QStringLiteral("../escape"), {rep}).ok());
        QTemporaryDir empty;
        r = storeDriftReport(empty.path(), QStringLiteral("20240601-101500-3fa2"), {rep});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("drift.nostore"));
        QVERIFY(!QFileInfo::exists(store::MetadataStore::defaultPath(empty.path()))); // not created
    }

    void artifactFiles()
    {
        QTemporaryDir ws;
        const QString db = store::MetadataStore::defaultPath(ws.path());
        qint64 fileUrl = 0, plain = 0, relative = 0, remote = 0;
        {
            store::MetadataStore s;
            QVERIFY(s.open(db).ok());
            auto put = [&](const QString &uri) {
                store::ArtifactInfo a;
                a.typeName = QStringLiteral("system.Dataset");
                a.uri = uri;
                return *s.putArtifact(a);
            };
            fileUrl = put(QUrl::fromLocalFile(data("small_ref.csv")).toString());
            plain = put(data("small_cur.csv"));
            relative = put(QStringLiteral("data/train.csv"));
            remote = put(QStringLiteral("gs://bucket/train.csv"));
        }
        QCOMPARE(*artifactLocalFile(db, fileUrl), data("small_ref.csv"));
        QCOMPARE(*artifactLocalFile(db, plain), data("small_cur.csv"));
        QCOMPARE(*artifactLocalFile(db, relative), QDir(ws.path()).absoluteFilePath(QStringLiteral("data/train.csv")));
        auto r = artifactLocalFile(db, remote);
        QVERIFY(!r.ok());
        QVERIFY(r.error().text().contains(QStringLiteral("gs://bucket/train.csv")));
        r = artifactLocalFile(db, 999);
        QVERIFY(!r.ok());
        QVERIFY(r.error().text().contains(QStringLiteral("999")));
        QVERIFY(!artifactLocalFile(ws.filePath(QStringLiteral("missing.sqlite")), fileUrl).ok());
    }
};

QTEST_GUILESS_MAIN(TstDriftStore)
#include "tst_driftstore.moc"
