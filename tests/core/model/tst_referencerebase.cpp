// SPDX-License-Identifier: GPL-3.0-or-later
// Rebasing relative references when a pipeline moves to another folder: the path rule, the
// task/snapshot functions, and the document: rebased tasks, undo/redo after a rebase.
#include "core/model/pipelinedocument.h"
#include "core/model/referencerebase.h"
#include "testspecs.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;
using namespace wb::model;

class tst_ReferenceRebase : public QObject
{
    Q_OBJECT

    static void write(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

private slots:
    void pathRule()
    {
        QTemporaryDir tmp;
        const QString a = tmp.filePath(QStringLiteral("a"));
        const QString b = tmp.filePath(QStringLiteral("b/deep"));
        write(a + QStringLiteral("/components/x.yaml"), "name: X\n");
        QVERIFY(QDir().mkpath(b));
        // Not there in the new folder: a relative path to the original.
        QCOMPARE(rebaseRelativePath(QStringLiteral("components/x.yaml"), a, b),
                 QStringLiteral("../../a/components/x.yaml"));
        // Same folder, absolute paths, urls and empty strings are kept.
        QCOMPARE(rebaseRelativePath(QStringLiteral("components/x.yaml"), a, a + QStringLiteral("/.")),
                 QStringLiteral("components/x.yaml"));
        QCOMPARE(rebaseRelativePath(QStringLiteral("/abs/x.yaml"), a, b), QStringLiteral("/abs/x.yaml"));
        QCOMPARE(rebaseRelativePath(QStringLiteral("https://h/x.yaml"), a, b), QStringLiteral("https://h/x.yaml"));
        QCOMPARE(rebaseRelativePath(QString(), a, b), QString());
        // A copy with the same bytes next to the new location (the folder moved along): kept.
        write(b + QStringLiteral("/components/x.yaml"), "name: X\n");
        QCOMPARE(rebaseRelativePath(QStringLiteral("components/x.yaml"), a, b), QStringLiteral("components/x.yaml"));
        // A different file under the same name must not silently replace the component.
        write(b + QStringLiteral("/components/x.yaml"), "name: Other\n");
        QCOMPARE(rebaseRelativePath(QStringLiteral("components/x.yaml"), a, b),
                 QStringLiteral("../../a/components/x.yaml"));
        // Original gone, one alongside: it resolves there, keep it.
        QVERIFY(QFile::remove(a + QStringLiteral("/components/x.yaml")));
        QCOMPARE(rebaseRelativePath(QStringLiteral("components/x.yaml"), a, b), QStringLiteral("components/x.yaml"));
        // Original gone and nothing alongside: still names the same (missing) place.
        QCOMPARE(rebaseRelativePath(QStringLiteral("gone/y.yaml"), a, b), QStringLiteral("../../a/gone/y.yaml"));
        // Going up and back: "../shared/x" from a/sub is a/shared... from b it is relative again.
        write(tmp.filePath(QStringLiteral("shared/z.yaml")), "z\n");
        QCOMPARE(rebaseRelativePath(QStringLiteral("../shared/z.yaml"), a, b), QStringLiteral("../../shared/z.yaml"));
    }

    void symlinkedFolderResolvesPhysically()
    {
        QTemporaryDir tmp;
        const QString real = tmp.filePath(QStringLiteral("real/inner"));
        QVERIFY(QDir().mkpath(real));
        write(tmp.filePath(QStringLiteral("comp/x.yaml")), "x\n");
        const QString link = tmp.filePath(QStringLiteral("link"));
        QVERIFY(QFile::link(real, link));
        // Saved into link/ (= real/inner): ".." must climb the physical tree.
        const QString rebased = rebaseRelativePath(QStringLiteral("comp/x.yaml"), tmp.path(), link);
        QVERIFY(QFileInfo(QDir(link).absoluteFilePath(rebased)).exists());
        QCOMPARE(QFileInfo(QDir(link).absoluteFilePath(rebased)).canonicalFilePath(),
                 QFileInfo(tmp.filePath(QStringLiteral("comp/x.yaml"))).canonicalFilePath());
    }

    void taskAndSnapshot()
    {
        QTemporaryDir tmp;
        const QString a = tmp.filePath(QStringLiteral("a"));
        const QString b = tmp.filePath(QStringLiteral("b"));
        QVERIFY(QDir().mkpath(a));
        QVERIFY(QDir().mkpath(b));
        PipelineSnapshot s;
        Task byUrl;
        byUrl.name = QStringLiteral("by-url");
        byUrl.ref.url = QStringLiteral("components/x.yaml");
        byUrl.arguments.append({QStringLiteral("data"), ArgumentValue::fromDataset(QStringLiteral("data/d.dataset.yaml"))});
        byUrl.arguments.append({QStringLiteral("n"), ArgumentValue::fromConstant(QStringLiteral("components/x.yaml"))});
        s.tasks.append(byUrl);
        // An inline graph component whose inner task refers to a file by relative url.
        auto graph = std::make_shared<ComponentSpec>();
        graph->name = QStringLiteral("Sub");
        graph->implementation = ComponentSpec::Implementation::Graph;
        TaskSpec inner;
        inner.id = QStringLiteral("inner");
        inner.componentRef.url = QStringLiteral("components/y.yaml");
        graph->graph.tasks.append(inner);
        Task nested;
        nested.name = QStringLiteral("nested");
        nested.ref = test::inlineRef(graph);
        nested.spec = graph;
        s.tasks.append(nested);
        Task plain;
        plain.name = QStringLiteral("inline");
        plain.ref = test::inlineRef(test::makeSpec(QStringLiteral("P"), {}, {}));
        plain.spec = plain.ref.spec;
        s.tasks.append(plain);

        QCOMPARE(rebaseReferences(s, a, b), 2);
        QCOMPARE(s.tasks.at(0).ref.url, QStringLiteral("../a/components/x.yaml"));
        QCOMPARE(s.tasks.at(0).argument(QStringLiteral("data"))->manifest, QStringLiteral("../a/data/d.dataset.yaml"));
        // Constants are values, not paths.
        QCOMPARE(s.tasks.at(0).argument(QStringLiteral("n"))->constant.toString(), QStringLiteral("components/x.yaml"));
        QCOMPARE(s.tasks.at(1).ref.spec->graph.tasks.at(0).componentRef.url, QStringLiteral("../a/components/y.yaml"));
        QVERIFY(s.tasks.at(1).spec == s.tasks.at(1).ref.spec); // the resolved spec follows
        QCOMPARE(graph->graph.tasks.at(0).componentRef.url, QStringLiteral("components/y.yaml")); // not mutated
        QVERIFY(s.tasks.at(2).ref.spec == plain.ref.spec);
        // And back: the original strings.
        QCOMPARE(rebaseReferences(s, b, a), 2);
        QCOMPARE(s.tasks.at(0).ref.url, QStringLiteral("components/x.yaml"));
        QCOMPARE(s.tasks.at(0).argument(QStringLiteral("data"))->manifest, QStringLiteral("data/d.dataset.yaml"));
        QCOMPARE(rebaseReferences(s, a, a), 0);
    }

    void documentUndoAfterRebase()
    {
        QTemporaryDir tmp;
        const QString a = tmp.filePath(QStringLiteral("a"));
        const QString b = tmp.filePath(QStringLiteral("b"));
        QVERIFY(QDir().mkpath(a));
        QVERIFY(QDir().mkpath(b));
        PipelineDocument doc;
        PipelineSnapshot s;
        Task t;
        t.name = QStringLiteral("one");
        t.ref.url = QStringLiteral("components/one.yaml");
        t.spec = test::makeSpec(QStringLiteral("One"), {"in"}, {"out"});
        s.tasks.append(t);
        doc.resetContent(s);
        const NodeId one = doc.model().taskByName(QStringLiteral("one"));
        ComponentRef twoRef;
        twoRef.url = QStringLiteral("components/two.yaml");
        const Result<NodeId> two = doc.requestAddTask(twoRef, test::makeSpec(QStringLiteral("Two"), {"in"}, {}), {});
        QVERIFY(two.ok());
        QVERIFY(doc.requestRenameTask(one, QStringLiteral("first")).ok());
        QVERIFY(doc.requestRemoveTasks({two.value()}).ok());

        int changedSignals = 0;
        connect(doc.modelObject(), &PipelineModel::taskChanged, this, [&] { ++changedSignals; });
        const int undoCount = doc.undoStack()->count();
        doc.rebaseReferences(a, b);
        QCOMPARE(doc.undoStack()->count(), undoCount); // not an undo step
        QCOMPARE(changedSignals, 1);
        QCOMPARE(doc.model().task(one).ref.url, QStringLiteral("../a/components/one.yaml"));

        // Undo brings back states captured before the move: they are rebased on arrival.
        doc.undoStack()->undo(); // the removed task comes back
        QCOMPARE(doc.model().task(two.value()).ref.url, QStringLiteral("../a/components/two.yaml"));
        doc.undoStack()->undo(); // rename undone: the old task value returns
        QCOMPARE(doc.model().task(one).name, QStringLiteral("one"));
        QCOMPARE(doc.model().task(one).ref.url, QStringLiteral("../a/components/one.yaml"));
        doc.undoStack()->redo();
        doc.undoStack()->redo();
        QCOMPARE(doc.model().task(one).ref.url, QStringLiteral("../a/components/one.yaml"));
        QVERIFY(!doc.model().findTask(two.value()));

        // A task added after the move is relative to the new folder already: untouched.
        ComponentRef threeRef;
        threeRef.url = QStringLiteral("local/three.yaml");
        const Result<NodeId> three = doc.requestAddTask(threeRef, test::makeSpec(QStringLiteral("Three"), {}, {}), {});
        QVERIFY(three.ok());
        QCOMPARE(doc.model().task(three.value()).ref.url, QStringLiteral("local/three.yaml"));
        doc.undoStack()->undo();
        doc.undoStack()->redo();
        QCOMPARE(doc.model().task(three.value()).ref.url, QStringLiteral("local/three.yaml"));

        // Moving back restores the original strings; a reset forgets the history of moves.
        doc.rebaseReferences(b, a);
        QCOMPARE(doc.model().task(one).ref.url, QStringLiteral("components/one.yaml"));
        QCOMPARE(doc.model().task(three.value()).ref.url, QStringLiteral("../b/local/three.yaml"));
        doc.resetContent(s);
        QCOMPARE(doc.model().task(doc.model().taskByName(QStringLiteral("one"))).ref.url,
                 QStringLiteral("components/one.yaml"));
    }
};

QTEST_GUILESS_MAIN(tst_ReferenceRebase)
#include "tst_referencerebase.moc"
