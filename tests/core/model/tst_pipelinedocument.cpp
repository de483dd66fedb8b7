// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/graphalgorithms.h"
#include "core/model/pipelinedocument.h"
#include "tests/core/model/testspecs.h"

#include <QSignalSpy>
#include <QTest>

using namespace wb::model;
using wb::test::inlineRef;
using wb::test::makeSpec;

class tst_PipelineDocument : public QObject
{
    Q_OBJECT

    ComponentSpecPtr m_load = makeSpec("Load CSV", {"url:String"}, {"table:CSV"});
    ComponentSpecPtr m_clean = makeSpec("Clean", {"table:CSV", "limit:Integer?"}, {"table:CSV", "count:Integer"});
    ComponentSpecPtr m_train = makeSpec("Train", {"data:csv", "epochs:Integer"}, {"model:Model", "score:Float"});

    NodeId add(PipelineDocument &doc, const ComponentSpecPtr &spec, const QString &name = {})
    {
        auto r = doc.requestAddTask(inlineRef(spec), spec, QPointF(10, 20), name);
        if (!r)
            qFatal("add failed: %s", qPrintable(r.error().message));
        return r.value();
    }

    /// load -> clean -> train, connected; returns ids.
    QList<NodeId> chain(PipelineDocument &doc)
    {
        const NodeId a = add(doc, m_load), b = add(doc, m_clean), c = add(doc, m_train);
        if (!doc.requestConnect(a, "table", b, "table") || !doc.requestConnect(b, "table", c, "data"))
            qFatal("connect failed");
        return {a, b, c};
    }

    /// Undo restores `before`, redo restores `after`, and the request was exactly one command.
    void checkUndoRedo(PipelineDocument &doc, int countBefore, const PipelineSnapshot &before)
    {
        QCOMPARE(doc.undoStack()->count(), countBefore + 1);
        const PipelineSnapshot after = doc.model().snapshot();
        QVERIFY(!(after == before));
        doc.undoStack()->undo();
        QVERIFY(doc.model().snapshot() == before);
        doc.undoStack()->redo();
        QVERIFY(doc.model().snapshot() == after);
    }

    /// A refused request changes nothing and pushes nothing.
    template<typename R>
    void checkRefused(PipelineDocument &, const R &result, const char *code)
    {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QString::fromLatin1(code));
        QVERIFY(!result.error().message.isEmpty());
    }

private slots:
    void addTaskGivesUniqueNames()
    {
        PipelineDocument doc;
        QSignalSpy added(doc.modelObject(), &PipelineModel::taskAdded);
        const NodeId a = add(doc, m_train);
        const NodeId b = add(doc, m_train);
        const NodeId c = add(doc, m_train, "Train-2"); // case-insensitive clash
        QCOMPARE(doc.model().task(a).name, QString("train"));
        QCOMPARE(doc.model().task(b).name, QString("train-2"));
        QCOMPARE(doc.model().task(c).name, QString("Train-2-2"));
        QCOMPARE(added.count(), 3);
        QCOMPARE(added.at(1).at(0).value<NodeId>(), b);
        QCOMPARE(doc.undoStack()->count(), 3);
        QSignalSpy removed(doc.modelObject(), &PipelineModel::taskRemoved);
        doc.undoStack()->undo();
        QCOMPARE(removed.count(), 1);
        QVERIFY(!doc.model().contains(c));
        doc.undoStack()->redo();
        QVERIFY(doc.model().contains(c)); // same id after redo
        QCOMPARE(doc.model().taskByName("Train-2-2"), c);
        checkRefused(doc, doc.requestAddTask(inlineRef(m_train), m_train, {}, "  "), "invalid-name");
        QCOMPARE(doc.undoStack()->count(), 3);
    }

    void connectAddsEdgeAndUndo()
    {
        PipelineDocument doc;
        const NodeId a = add(doc, m_load), b = add(doc, m_clean);
        QSignalSpy edgeAdded(doc.modelObject(), &PipelineModel::edgeAdded);
        QSignalSpy edgeRemoved(doc.modelObject(), &PipelineModel::edgeRemoved);
        QSignalSpy changed(doc.modelObject(), &PipelineModel::taskChanged);
        const PipelineSnapshot before = doc.model().snapshot();
        QVERIFY(doc.requestConnect(a, "table", b, "table").ok());
        QCOMPARE(edgeAdded.count(), 1);
        const Edge e = edgeAdded.at(0).at(0).value<Edge>();
        QCOMPARE(e.from, a);
        QCOMPARE(e.to, b);
        QCOMPARE(e.output, QString("table"));
        QCOMPARE(e.input, QString("table"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(doc.model().inEdges(b).size(), 1);
        QCOMPARE(doc.model().outEdges(a).size(), 1);
        checkUndoRedo(doc, 2, before);
        QCOMPARE(edgeRemoved.count(), 1);
        QCOMPARE(edgeAdded.count(), 2);
    }

    void checkConnectRefusals()
    {
        PipelineDocument doc;
        const QList<NodeId> ids = chain(doc);
        const NodeId a = ids[0], b = ids[1], c = ids[2];
        const NodeId d = add(doc, m_clean);
        const PipelineSnapshot before = doc.model().snapshot();
        const int count = doc.undoStack()->count();
        checkRefused(doc, doc.requestConnect(b, "table", b, "table"), "self-loop");
        checkRefused(doc, doc.requestConnect(a, "nope", d, "table"), "unknown-port");
        checkRefused(doc, doc.requestConnect(a, "table", d, "nope"), "unknown-port");
        checkRefused(doc, doc.requestConnect(b, "count", d, "table"), "type-mismatch");
        checkRefused(doc, doc.requestConnect(d, "table", b, "table"), "input-already-bound");
        QVERIFY(doc.model().snapshot() == before); // refusals change nothing
        QCOMPARE(doc.undoStack()->count(), count);
        // d -> a would be fine; c -> ? : make a cycle: clean(d) fed by train? use b.count -> d.limit, then d -> ...
        QVERIFY(doc.requestConnect(b, "count", d, "limit").ok());
        const PipelineSnapshot before2 = doc.model().snapshot();
        QVERIFY(doc.requestDisconnect(b, "table").ok()); // b.table free now
        checkRefused(doc, doc.requestConnect(d, "table", b, "table"), "would-cycle");
        QString reason;
        QVERIFY(!doc.canConnect(d, "table", b, "table", &reason));
        QVERIFY(reason.contains("cycle"));
        QVERIFY(doc.canConnect(a, "table", b, "table"));
        // "CSV" vs "csv": type names compare ignoring case
        QVERIFY(doc.canConnect(d, "table", c, "data") == false); // bound
        doc.undoStack()->undo();
        QVERIFY(doc.model().snapshot() == before2);
        doc.undoStack()->undo();
        QVERIFY(doc.model().snapshot() == before);
        QCOMPARE(doc.undoStack()->count(), count + 2);
        QVERIFY(doc.requestDisconnect(b, "table").ok());
        QVERIFY(doc.requestConnect(d, "table", b, "table").ok()); // no cycle without b.count -> d
        QVERIFY(doc.requestDisconnect(c, "data").ok());
        QVERIFY(doc.requestConnect(d, "table", c, "data").ok()); // CSV -> csv accepted
        checkRefused(doc, doc.requestConnect(NodeId{999}, "table", c, "data"), "unknown-task");
    }

    void untypedConnectsToAnything()
    {
        PipelineDocument doc;
        auto anyOut = makeSpec("Any", {}, {"out"});
        const NodeId a = add(doc, anyOut), c = add(doc, m_train);
        QVERIFY(doc.requestConnect(a, "out", c, "data").ok());
    }

    void removeTasksUnbindsInOneStep()
    {
        PipelineDocument doc;
        const QList<NodeId> ids = chain(doc);
        QVERIFY(doc.requestAddDependency(ids[2], ids[0]).ok());
        QVERIFY(doc.requestSetOutput(PipelineOutput{OutputSpec{"model", TypeSpec::fromName("Model"), {}, {}},
                                                    "clean", "table", {}}).ok());
        const PipelineSnapshot before = doc.model().snapshot();
        const int count = doc.undoStack()->count();
        QSignalSpy removed(doc.modelObject(), &PipelineModel::taskRemoved);
        QSignalSpy edgeRemoved(doc.modelObject(), &PipelineModel::edgeRemoved);
        QVERIFY(doc.requestRemoveTasks({ids[1]}).ok());
        QCOMPARE(removed.count(), 1);
        QCOMPARE(edgeRemoved.count(), 2); // load->clean, clean->train
        QVERIFY(doc.model().task(ids[2]).argument("data") == nullptr);
        QCOMPARE(doc.model().task(ids[2]).after, QStringList{"load-csv"});
        QVERIFY(doc.model().outputs().first().task.isEmpty());
        QCOMPARE(doc.model().edges().size(), 1); // the after edge
        checkUndoRedo(doc, count, before);
        doc.undoStack()->undo();
        QCOMPARE(doc.model().taskIds(), ids); // order restored
        checkRefused(doc, doc.requestRemoveTasks({NodeId{4242}}), "unknown-task");
        QVERIFY(doc.model().snapshot() == before);
        // several at once
        QVERIFY(doc.requestRemoveTasks({ids[2], ids[0]}).ok());
        QCOMPARE(doc.model().taskCount(), 1);
        doc.undoStack()->undo();
        QVERIFY(doc.model().snapshot() == before);
    }

    void renameRewritesBindings()
    {
        PipelineDocument doc;
        const QList<NodeId> ids = chain(doc);
        QVERIFY(doc.requestAddDependency(ids[2], ids[1]).ok());
        TaskOptions o;
        o.condition = RunCondition{"clean", "count", ">", "10"};
        QVERIFY(doc.requestSetTaskOptions(ids[2], o).ok());
        const PipelineSnapshot before = doc.model().snapshot();
        const int count = doc.undoStack()->count();
        QSignalSpy edgeAdded(doc.modelObject(), &PipelineModel::edgeAdded);
        QVERIFY(doc.requestRenameTask(ids[1], "tidy").ok());
        QCOMPARE(edgeAdded.count(), 0); // same edges, new name
        const Task &train = doc.model().task(ids[2]);
        QCOMPARE(train.argument("data")->task, QString("tidy"));
        QCOMPARE(train.after, QStringList{"tidy"});
        QCOMPARE(train.options.condition->task, QString("tidy"));
        QCOMPARE(doc.model().taskByName("tidy"), ids[1]);
        QVERIFY(!doc.model().taskByName("clean").isValid());
        checkUndoRedo(doc, count, before);
        checkRefused(doc, doc.requestRenameTask(ids[1], "LOAD-CSV"), "duplicate-task-name");
        checkRefused(doc, doc.requestRenameTask(ids[1], ""), "invalid-name");
    }

    void argumentsAndParameters()
    {
        PipelineDocument doc;
        const QList<NodeId> ids = chain(doc);
        const NodeId train = ids[2];
        PipelineSnapshot before = doc.model().snapshot();
        int count = doc.undoStack()->count();
        QVERIFY(doc.requestSetArgument(train, "epochs", ArgumentValue::fromConstant(5)).ok());
        QCOMPARE(doc.model().task(train).argument("epochs")->constant.toInt(), 5);
        checkUndoRedo(doc, count, before);
        checkRefused(doc, doc.requestSetArgument(train, "nope", ArgumentValue::fromConstant(1)), "unknown-port");
        checkRefused(doc, doc.requestSetArgument(train, "epochs", ArgumentValue::fromParameter("n")), "unknown-parameter");

        InputSpec p;
        p.name = "n";
        p.type = TypeSpec::fromName("Integer");
        p.defaultValue = 3;
        before = doc.model().snapshot();
        count = doc.undoStack()->count();
        QSignalSpy params(doc.modelObject(), &PipelineModel::parametersChanged);
        QVERIFY(doc.requestAddParameter(p).ok());
        QCOMPARE(params.count(), 1);
        checkUndoRedo(doc, count, before);
        checkRefused(doc, doc.requestAddParameter(p), "duplicate-parameter");
        QVERIFY(doc.requestSetArgument(train, "epochs", ArgumentValue::fromParameter("n")).ok());

        // rename the parameter: the binding follows
        before = doc.model().snapshot();
        count = doc.undoStack()->count();
        InputSpec renamed = p;
        renamed.name = "epochs";
        QVERIFY(doc.requestChangeParameter("n", renamed).ok());
        QCOMPARE(doc.model().task(train).argument("epochs")->parameter, QString("epochs"));
        checkUndoRedo(doc, count, before);

        // remove it: the binding goes, in the same step
        before = doc.model().snapshot();
        count = doc.undoStack()->count();
        QVERIFY(doc.requestRemoveParameter("epochs").ok());
        QVERIFY(doc.model().task(train).argument("epochs") == nullptr);
        QVERIFY(doc.model().parameters().isEmpty());
        checkUndoRedo(doc, count, before);

        before = doc.model().snapshot();
        count = doc.undoStack()->count();
        QVERIFY(doc.requestSetArgument(ids[0], "url", ArgumentValue::fromDataset("data/iris.dataset.yaml")).ok());
        checkUndoRedo(doc, count, before);
        before = doc.model().snapshot();
        count = doc.undoStack()->count();
        QVERIFY(doc.requestClearArgument(ids[0], "url").ok());
        checkUndoRedo(doc, count, before);
        checkRefused(doc, doc.requestClearArgument(ids[0], "url"), "unknown-port");
        // setting a task output through setArgument checks like connect
        checkRefused(doc, doc.requestSetArgument(ids[0], "url", ArgumentValue::fromTaskOutput("train", "model")),
                     "type-mismatch");
    }

    void taskOptions()
    {
        PipelineDocument doc;
        const QList<NodeId> ids = chain(doc);
        TaskOptions o;
        o.cache = false;
        o.retries = 3;
        o.retryBackoffSeconds = 30;
        o.timeoutSeconds = 600;
        o.cpu = "2";
        o.memory = "4Gi";
        o.gpu = 1;
        o.condition = RunCondition{"clean", "count", ">=", "100"};
        const PipelineSnapshot before = doc.model().snapshot();
        const int count = doc.undoStack()->count();
        QSignalSpy edgeAdded(doc.modelObject(), &PipelineModel::edgeAdded);
        QVERIFY(doc.requestSetTaskOptions(ids[2], o).ok());
        QCOMPARE(doc.model().task(ids[2]).options, o);
        QCOMPARE(edgeAdded.count(), 1);
        QCOMPARE(edgeAdded.at(0).at(0).value<Edge>().kind, Edge::Kind::Condition);
        checkUndoRedo(doc, count, before);
        TaskOptions bad;
        bad.retries = -1;
        checkRefused(doc, doc.requestSetTaskOptions(ids[2], bad), "invalid-option");
        bad = TaskOptions{};
        bad.condition = RunCondition{"train", "score", ">", "0.5"};
        checkRefused(doc, doc.requestSetTaskOptions(ids[0], bad), "would-cycle");
        bad.condition = RunCondition{"clean", "count", "=~", "1"};
        checkRefused(doc, doc.requestSetTaskOptions(ids[2], bad), "invalid-option");
        bad.condition = RunCondition{"ghost", "count", "==", "1"};
        checkRefused(doc, doc.requestSetTaskOptions(ids[2], bad), "unknown-task");
    }

    void dependencies()
    {
        PipelineDocument doc;
        const NodeId a = add(doc, m_load), b = add(doc, m_load);
        const PipelineSnapshot before = doc.model().snapshot();
        const int count = doc.undoStack()->count();
        QVERIFY(doc.requestAddDependency(b, a).ok());
        QCOMPARE(doc.model().edges().size(), 1);
        QCOMPARE(doc.model().edges().first().kind, Edge::Kind::After);
        checkUndoRedo(doc, count, before);
        checkRefused(doc, doc.requestAddDependency(a, b), "would-cycle");
        checkRefused(doc, doc.requestAddDependency(b, a), "duplicate");
        checkRefused(doc, doc.requestAddDependency(a, a), "self-loop");
        const PipelineSnapshot withDep = doc.model().snapshot();
        QVERIFY(doc.requestRemoveEdge(doc.model().edges().first()).ok());
        QVERIFY(doc.model().edges().isEmpty());
        checkUndoRedo(doc, count + 1, withDep);
        checkRefused(doc, doc.requestRemoveDependency(a, b), "unknown-edge");
    }

    void moveIsOneStep()
    {
        PipelineDocument doc;
        const NodeId a = add(doc, m_load), b = add(doc, m_load);
        const PipelineSnapshot before = doc.model().snapshot();
        QSignalSpy moved(doc.modelObject(), &PipelineModel::positionsChanged);
        QVERIFY(doc.requestMoveTasks({{a, QPointF(100, 0)}, {b, QPointF(300, 50)}}).ok());
        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.at(0).at(0).value<QList<NodeId>>().size(), 2);
        QCOMPARE(doc.model().task(b).position, QPointF(300, 50));
        checkUndoRedo(doc, 2, before);
        QVERIFY(doc.requestMoveTasks({{a, QPointF(100, 0)}}).ok()); // no change: no command
        QCOMPARE(doc.undoStack()->count(), 3);
        checkRefused(doc, doc.requestMoveTasks({{NodeId{77}, QPointF()}}), "unknown-task");
    }

    void applyLayoutIsOneStep()
    {
        PipelineDocument doc;
        chain(doc);
        wb::layout::LayoutResult r;
        r.positions.insert("load-csv", QPointF(0.4, 0));
        r.positions.insert("clean", QPointF(260, 0));
        r.positions.insert("train", QPointF(520, 10.6));
        const PipelineSnapshot before = doc.model().snapshot();
        const int count = doc.undoStack()->count();
        QVERIFY(doc.requestApplyLayout(r).ok());
        QCOMPARE(doc.model().task(doc.model().taskByName("train")).position, QPointF(520, 11));
        checkUndoRedo(doc, count, before);
        r.positions.insert("ghost", QPointF());
        checkRefused(doc, doc.requestApplyLayout(r), "unknown-task");
    }

    void pasteRemapsNames()
    {
        PipelineDocument doc;
        const QList<NodeId> ids = chain(doc);
        QVERIFY(doc.requestAddDependency(ids[2], ids[0]).ok());
        const PipelineFragment frag = doc.copyTasks({ids[2], ids[1]}); // clean + train
        QCOMPARE(frag.tasks.size(), 2);
        QCOMPARE(frag.tasks.first().name, QString("clean")); // document order
        const PipelineSnapshot before = doc.model().snapshot();
        const int count = doc.undoStack()->count();
        auto pasted = doc.requestPaste(frag, QPointF(50, 50));
        QVERIFY(pasted.ok());
        QCOMPARE(pasted->size(), 2);
        const Task &c2 = doc.model().task(pasted->at(0));
        const Task &t2 = doc.model().task(pasted->at(1));
        QCOMPARE(c2.name, QString("clean-2"));
        QCOMPARE(t2.name, QString("train-2"));
        QCOMPARE(t2.argument("data")->task, QString("clean-2"));   // internal edge remapped
        QCOMPARE(c2.argument("table")->task, QString("load-csv")); // external upstream kept
        QCOMPARE(t2.after, QStringList{"load-csv"});
        QCOMPARE(t2.position, QPointF(60, 70));
        QCOMPARE(doc.model().edges().size(), 3 + 3);
        checkUndoRedo(doc, count, before);

        // paste into another document: upstream outside the fragment is gone -> unbound
        PipelineDocument other;
        auto p2 = other.requestPaste(frag, QPointF());
        QVERIFY(p2.ok());
        QCOMPARE(other.model().task(p2->at(0)).name, QString("clean"));
        QVERIFY(other.model().task(p2->at(0)).argument("table") == nullptr);
        QVERIFY(other.model().task(p2->at(1)).after.isEmpty());
        QCOMPARE(other.model().task(p2->at(1)).argument("data")->task, QString("clean"));

        auto dup = doc.requestDuplicate({ids[0]}, QPointF(0, 100));
        QVERIFY(dup.ok());
        QCOMPARE(doc.model().task(dup->first()).name, QString("load-csv-2"));
    }

    void pipelineInfoAndOutputs()
    {
        PipelineDocument doc;
        chain(doc);
        PipelineSnapshot before = doc.model().snapshot();
        int count = doc.undoStack()->count();
        QSignalSpy info(doc.modelObject(), &PipelineModel::infoChanged);
        QVERIFY(doc.requestSetInfo("My pipeline", "Does things").ok());
        QCOMPARE(info.count(), 1);
        checkUndoRedo(doc, count, before);
        before = doc.model().snapshot();
        count = doc.undoStack()->count();
        PipelineOutput o{OutputSpec{"model", TypeSpec::fromName("Model"), {}, {}}, "train", "model", {}};
        QVERIFY(doc.requestSetOutput(o).ok());
        checkUndoRedo(doc, count, before);
        checkRefused(doc, doc.requestSetOutput(PipelineOutput{OutputSpec{"x", {}, {}, {}}, "train", "nope", {}}),
                     "unknown-port");
        before = doc.model().snapshot();
        count = doc.undoStack()->count();
        QVERIFY(doc.requestRemoveOutput("model").ok());
        checkUndoRedo(doc, count, before);
        checkRefused(doc, doc.requestRemoveOutput("model"), "unknown-output");
    }

    void undoAllRestoresStartAndDirtyFlag()
    {
        PipelineDocument doc;
        PipelineSnapshot start;
        start.info.name = "start";
        Task t;
        t.name = "pre";
        t.spec = m_load;
        t.ref = inlineRef(m_load);
        start.tasks.append(t);
        doc.resetContent(start);
        QVERIFY(!doc.isDirty());
        const PipelineSnapshot initial = doc.model().snapshot();
        QSignalSpy dirty(&doc, &PipelineDocument::dirtyChanged);
        const QList<NodeId> ids = chain(doc);
        QVERIFY(doc.isDirty());
        QCOMPARE(dirty.count(), 1);
        QVERIFY(doc.requestMoveTasks({{doc.model().taskByName("pre"), QPointF(5, 5)}}).ok());
        QVERIFY(doc.requestRenameTask(ids[0], "source").ok());
        QVERIFY(doc.requestRemoveTasks({ids[1]}).ok());
        QVERIFY(doc.requestDuplicate({ids[2]}, QPointF(1, 1)).ok());
        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        QVERIFY(doc.model().snapshot() == initial);
        QVERIFY(!doc.model().task(doc.model().taskByName("pre")).hasPosition);
        QVERIFY(!doc.isDirty());
        QVERIFY(wb::model::graph::topologicalOrder(doc.model()).ok());
    }
};

QTEST_GUILESS_MAIN(tst_PipelineDocument)
#include "tst_pipelinedocument.moc"
