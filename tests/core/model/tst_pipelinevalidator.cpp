// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/graphalgorithms.h"
#include "core/model/pipelinedocument.h"
#include "core/model/pipelinevalidator.h"
#include "tests/core/model/testspecs.h"

#include <QTest>

using namespace wb::model;
using wb::Diagnostic;
using wb::Diagnostics;
using wb::test::inlineRef;
using wb::test::makeSpec;

namespace {

Task task(const QString &name, const ComponentSpecPtr &spec, Arguments args = {})
{
    Task t;
    t.name = name;
    t.spec = spec;
    t.ref = inlineRef(spec);
    t.arguments = std::move(args);
    return t;
}

QStringList codesFor(const Diagnostics &ds, const QString &task)
{
    QStringList out;
    for (const Diagnostic &d : ds)
        if (d.task == task)
            out.append(d.code);
    return out;
}

const Diagnostic *find(const Diagnostics &ds, const QString &code)
{
    for (const Diagnostic &d : ds)
        if (d.code == code)
            return &d;
    return nullptr;
}

} // namespace

class tst_PipelineValidator : public QObject
{
    Q_OBJECT
    ComponentSpecPtr m_src = makeSpec("Source", {}, {"table:CSV", "n:Integer"});
    ComponentSpecPtr m_sink = makeSpec("Sink", {"table:CSV", "k:Integer", "opt:String?"}, {"out:CSV"});

private slots:
    void validPipelineHasNoDiagnostics()
    {
        PipelineDocument doc;
        PipelineSnapshot s;
        InputSpec k;
        k.name = "k";
        k.type = TypeSpec::fromName("integer");
        s.info.parameters.append(k);
        s.tasks = {task("src", m_src),
                   task("sink", m_sink, {{"table", ArgumentValue::fromTaskOutput("src", "table")},
                                         {"k", ArgumentValue::fromParameter("k")}})};
        s.info.outputs.append(PipelineOutput{OutputSpec{"out", TypeSpec::fromName("CSV"), {}, {}}, "sink", "out", {}});
        doc.resetContent(s);
        const Diagnostics ds = validatePipeline(doc.model());
        QVERIFY2(ds.isEmpty(), qPrintable(ds.value(0).message));
        auto order = graph::topologicalOrder(doc.model());
        QVERIFY(order.ok());
        QCOMPARE(order->size(), 2);
        QCOMPARE(doc.model().task(order->first()).name, QString("src"));
    }

    void reportsEveryProblemAtOnce()
    {
        PipelineDocument doc;
        PipelineSnapshot s;
        Task missing = task("ghost-component", nullptr);
        missing.missingReason = "lib/x.yaml does not exist";
        missing.ref = ComponentRef{};
        missing.ref.url = "lib/x.yaml";
        Task sink = task("sink", m_sink, {{"table", ArgumentValue::fromTaskOutput("src", "n")}, // type
                                          {"extra", ArgumentValue::fromConstant(1)}}); // unknown-input; k missing
        Task sink2 = task("sink2", m_sink, {{"table", ArgumentValue::fromTaskOutput("nobody", "table")},
                                            {"k", ArgumentValue::fromParameter("undefined")}});
        Task sink3 = task("sink3", m_sink, {{"table", ArgumentValue::fromTaskOutput("src", "nope")},
                                            {"k", ArgumentValue::fromConstant(1)}});
        sink3.after = {"vanished"};
        Task dup = task("SRC", m_src);
        s.tasks = {task("src", m_src), missing, sink, sink2, sink3, dup};
        s.info.outputs.append(PipelineOutput{OutputSpec{"o", TypeSpec::fromName("Integer"), {}, {}}, "sink", "out", {}});
        s.info.outputs.append(PipelineOutput{OutputSpec{"free", {}, {}, {}}, {}, {}, {}});
        doc.resetContent(s);
        const Diagnostics ds = validatePipeline(doc.model());
        QCOMPARE(codesFor(ds, "ghost-component"), QStringList{"unknown-component"});
        QVERIFY(find(ds, "unknown-component")->message.contains("lib/x.yaml does not exist"));
        QCOMPARE(codesFor(ds, "sink"), (QStringList{"type-mismatch", "unknown-input", "missing-argument", "type-mismatch"}));
        QCOMPARE(codesFor(ds, "sink2"), (QStringList{"missing-task", "unknown-parameter"}));
        QCOMPARE(codesFor(ds, "sink3"), (QStringList{"missing-output", "missing-task"}));
        QCOMPARE(codesFor(ds, "SRC"), QStringList{"duplicate-task-name"});
        QCOMPARE(find(ds, "unknown-input")->severity, Diagnostic::Severity::Warning);
        QCOMPARE(find(ds, "missing-argument")->severity, Diagnostic::Severity::Error);
        QVERIFY(find(ds, "missing-argument")->message.contains("\"k\""));
        QVERIFY(find(ds, "unbound-output") != nullptr);
        QVERIFY(find(ds, "cycle") == nullptr);
        QVERIFY(wb::hasErrors(ds));
    }

    void cyclesNameTheirTasks()
    {
        PipelineDocument doc;
        PipelineSnapshot s;
        auto pass = makeSpec("Pass", {"in:CSV?"}, {"out:CSV"});
        s.tasks = {task("a", pass, {{"in", ArgumentValue::fromTaskOutput("c", "out")}}),
                   task("b", pass, {{"in", ArgumentValue::fromTaskOutput("a", "out")}}),
                   task("c", pass, {{"in", ArgumentValue::fromTaskOutput("b", "out")}}),
                   task("d", pass, {{"in", ArgumentValue::fromTaskOutput("c", "out")}}),
                   task("e", pass, {{"in", ArgumentValue::fromTaskOutput("e", "out")}})};
        doc.resetContent(s);
        const Diagnostics ds = validatePipeline(doc.model());
        QStringList cycles;
        for (const Diagnostic &d : ds)
            if (d.code == "cycle")
                cycles.append(d.message);
        QCOMPARE(cycles.size(), 2);
        QVERIFY(cycles[0].contains("a, b, c"));
        QVERIFY(cycles[1].contains(": e."));
        auto order = graph::topologicalOrder(doc.model());
        QVERIFY(!order.ok());
        QCOMPARE(order.error().code, QString("cycle"));
        QVERIFY(order.error().message.contains("a -> b -> c"));
        const NodeId a = doc.model().taskByName("a"), d = doc.model().taskByName("d");
        QVERIFY(graph::downstream(doc.model(), a).contains(d));
        QVERIFY(graph::upstream(doc.model(), d).contains(a));
        QVERIFY(!graph::upstream(doc.model(), a).contains(d));
    }

    void cycleThroughAfterAndCondition()
    {
        PipelineDocument doc;
        PipelineSnapshot s;
        Task a = task("a", m_src), b = task("b", m_src);
        a.after = {"b"};
        b.options.condition = RunCondition{"a", "n", "==", "1"};
        s.tasks = {a, b};
        doc.resetContent(s);
        const Diagnostics ds = validatePipeline(doc.model());
        QVERIFY(find(ds, "cycle") != nullptr);
        QCOMPARE(doc.model().edges().size(), 2);
    }

    void deepChainIsFast()
    {
        // 5,000 tasks in a chain: iterative algorithms, no recursion limits.
        PipelineDocument doc;
        PipelineSnapshot s;
        auto pass = makeSpec("Pass", {"in:CSV?"}, {"out:CSV"});
        for (int i = 0; i < 5000; ++i)
            s.tasks.append(task(QString("t%1").arg(i), pass,
                                i ? Arguments{{"in", ArgumentValue::fromTaskOutput(QString("t%1").arg(i - 1), "out")}}
                                  : Arguments{}));
        doc.resetContent(s);
        QVERIFY(validatePipeline(doc.model()).isEmpty());
        QVERIFY(graph::topologicalOrder(doc.model()).ok());
    }
};

QTEST_GUILESS_MAIN(tst_PipelineValidator)
#include "tst_pipelinevalidator.moc"
