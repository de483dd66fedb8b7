// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/fileio.h"
#include "core/manifest/pipelinefile.h"
#include "core/model/pipelinedocument.h"
#include "core/model/pipelinevalidator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace wb::model;
using namespace wb::manifest;

namespace {

const QString kData = QStringLiteral(MLWB_SOURCE_DIR "/tests/data/pipelines/");

QStringList codes(const wb::Diagnostics &ds)
{
    QStringList out;
    for (const auto &d : ds)
        out.append(d.task + QLatin1Char(':') + d.code);
    return out;
}

} // namespace

class tst_PipelineFile : public QObject
{
    Q_OBJECT

private slots:
    void diamondLoadsAndValidates()
    {
        PipelineDocument doc;
        auto diags = openPipeline(doc, kData + "diamond.pipeline.yaml");
        QVERIFY2(diags.ok(), qPrintable(diags.ok() ? QString() : diags.error().text()));
        QVERIFY(diags->isEmpty());
        const PipelineModel &m = doc.model();
        QCOMPARE(m.taskCount(), 4);
        QCOMPARE(m.edges().size(), 4);
        QCOMPARE(m.parameters().size(), 1);
        QCOMPARE(m.outputs().first().task, QString("compare"));
        const wb::Diagnostics v = validatePipeline(m);
        QVERIFY2(v.isEmpty(), qPrintable(codes(v).join(", ")));
        QVERIFY(!doc.isDirty());
    }

    void roundTripIsStable()
    {
        auto first = readPipelineFile(kData + "diamond.pipeline.yaml");
        QVERIFY(first.ok());
        const QByteArray bytes1 = writePipeline(first->snapshot);
        QCOMPARE(writePipeline(first->snapshot), bytes1); // deterministic
        auto second = readPipeline(bytes1, "mem.yaml", kData);
        QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().text()));
        // equal modulo ids (the reader allocates none: ids are assigned by the model)
        QCOMPARE(writePipeline(second->snapshot), bytes1);
        QCOMPARE(second->snapshot.tasks.size(), 4);
        QCOMPARE(second->snapshot.info, first->snapshot.info);
    }

    void fileReferencesResolveAndMissingSurvive()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath("components")));
        for (const char *f : {"refs.pipeline.yaml", "components/head.yaml", "components/make-table.yaml"})
            QVERIFY(QFile::copy(kData + f, dir.filePath(f)));
        const QString path = dir.filePath("refs.pipeline.yaml");
        PipelineDocument doc;
        auto diags = openPipeline(doc, path);
        QVERIFY(diags.ok());
        const QStringList c = codes(*diags);
        QVERIFY2(c.contains("head:component-changed"), qPrintable(c.join(", ")));
        QVERIFY(c.contains("gone:component-not-found"));
        QVERIFY(c.contains("remote:remote-component"));
        QVERIFY(!c.contains("make:component-changed")); // digest matches
        const PipelineModel &m = doc.model();
        QVERIFY(!m.task(m.taskByName("make")).isMissing());
        QVERIFY(!m.task(m.taskByName("head")).isMissing());
        QVERIFY(m.task(m.taskByName("gone")).isMissing());
        QVERIFY(m.task(m.taskByName("remote")).isMissing());
        QCOMPARE(m.edges().size(), 2); // make->head, head->gone (kept although gone is missing)
        const QStringList v = codes(validatePipeline(m));
        QVERIFY(v.contains("gone:unknown-component"));
        QVERIFY(v.contains("remote:unknown-component"));

        // Save: file references stay references, missing tasks are written back unchanged.
        const QByteArray original = writePipeline(m);
        QVERIFY(!original.contains("implementation:\n      container")); // no spec inlined
        QVERIFY(original.contains("url: components/head.yaml"));
        QVERIFY(original.contains("https://example.com/component.yaml"));
        QVERIFY(original.contains("digest: abc"));
        QVERIFY(savePipeline(doc).ok());
        auto again = readPipelineFile(path);
        QVERIFY(again.ok());
        QCOMPARE(writePipeline(again->snapshot), original);
        QCOMPARE(again->snapshot.tasks.at(2).arguments.first().second.task, QString("head"));

        // Edit a lot, undo everything: saving gives the same bytes again.
        const NodeId make = m.taskByName("make");
        QVERIFY(doc.requestMoveTasks({{make, QPointF(300, 300)}}).ok());
        QVERIFY(doc.requestRenameTask(m.taskByName("head"), "first-rows").ok());
        QVERIFY(doc.requestDuplicate({make}, QPointF(10, 10)).ok());
        QVERIFY(doc.requestRemoveTasks({m.taskByName("gone")}).ok());
        TaskOptions o;
        o.cache = false;
        o.retries = 2;
        QVERIFY(doc.requestSetTaskOptions(make, o).ok());
        QVERIFY(doc.isDirty());
        QVERIFY(writePipeline(m) != original);
        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        QVERIFY(!doc.isDirty());
        QCOMPARE(writePipeline(m), original);
    }

    void optionsSurviveSave()
    {
        PipelineDocument doc;
        QVERIFY(openPipeline(doc, kData + "diamond.pipeline.yaml").ok());
        const NodeId compare = doc.model().taskByName("compare");
        TaskOptions o;
        o.cache = false;
        o.retries = 3;
        o.retryBackoffSeconds = 10;
        o.timeoutSeconds = 120;
        o.cpu = "1";
        o.memory = "512Mi";
        o.gpu = 1;
        o.condition = RunCondition{"count-all", "n", ">", "3"};
        QVERIFY(doc.requestSetTaskOptions(compare, o).ok());
        QVERIFY(doc.requestAddDependency(compare, doc.model().taskByName("split")).ok());
        QVERIFY(doc.requestMoveTasks({{compare, QPointF(120, 40)}}).ok());
        const QByteArray bytes = writePipeline(doc.model());
        QVERIFY(bytes.contains("editor.mlwb.io/position: 120,40") || bytes.contains("editor.mlwb.io/position: '120,40'"));
        QVERIFY(bytes.contains("maxCacheStaleness: P0D"));
        auto back = readPipeline(bytes, "mem.yaml", kData);
        QVERIFY(back.ok());
        const Task &t = back->snapshot.tasks.at(3);
        QCOMPARE(t.options, o);
        QCOMPARE(t.after, QStringList{"split"});
        QCOMPARE(t.position, QPointF(120, 40));
    }

    void graphFixtureLoads()
    {
        const QString path = QStringLiteral(MLWB_SHARED_DIR "/fixtures/kfp/components/graph-xgboost-train-regression-and-metrics.yaml");
        if (!QFile::exists(path))
            QSKIP("../shared fixtures are not present");
        auto loaded = readPipelineFile(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().text()));
        QCOMPARE(loaded->snapshot.tasks.size(), 5);
        QCOMPARE(loaded->diagnostics.size(), 5); // five remote components, flagged
        PipelineDocument doc;
        doc.resetContent(loaded->snapshot);
        QCOMPARE(doc.model().edges().size(), 4);
        QCOMPARE(doc.model().outputs().size(), 5);
        const QByteArray bytes = writePipeline(doc.model());
        auto again = readPipeline(bytes, path, QFileInfo(path).absolutePath());
        QVERIFY(again.ok());
        QCOMPARE(writePipeline(again->snapshot), bytes);
        QVERIFY(bytes.contains("09b80053da29f8f51575b42e5d2e8ad4b7bdcc92a02c3744e189b1f597006b38"));
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("binary") << QByteArray("\x00\x01\x02name", 7) << "binary";
        QTest::newRow("yaml") << QByteArray("name: [unclosed\n") << "yaml-syntax";
        QTest::newRow("container") << QByteArray("name: c\nimplementation: {container: {image: x}}\n") << "not-a-pipeline";
    }

    void badFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        auto r = readPipeline(bytes, "bad.yaml", kData);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
    }

    void selfContainingComponent()
    {
        auto r = readPipelineFile(kData + "self.pipeline.yaml");
        QVERIFY(r.ok());
        QCOMPARE(codes(r->diagnostics), QStringList{"me:recursive-component"});
        QVERIFY(r->diagnostics.first().message.contains("contains itself"));
        QVERIFY(r->snapshot.tasks.first().isMissing());
    }

    void tooLargeFileIsRefusedQuickly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("big.yaml");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(100 * 1024 * 1024));
        f.close();
        QElapsedTimer timer;
        timer.start();
        auto r = readPipelineFile(path);
        QVERIFY(!r.ok());
        QVERIFY(timer.elapsed() < 2000);
    }
};

QTEST_GUILESS_MAIN(tst_PipelineFile)
#include "tst_pipelinefile.moc"
