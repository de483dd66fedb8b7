// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/modelmapper.h"
#include "core/model/pipelinedocument.h"
#include "core/model/pipelinelayout.h"
#include "tests/core/model/testspecs.h"

#include <QTest>

using namespace wb::model;
using wb::test::inlineRef;
using wb::test::makeSpec;

class tst_ModelMapper : public QObject
{
    Q_OBJECT
    ComponentSpecPtr m_src = makeSpec("Source", {}, {"table:CSV", "n:Integer"});
    ComponentSpecPtr m_sink = makeSpec("Sink", {"table:CSV", "k:Integer?"}, {"out:CSV"});

    static TaskSpec taskSpec(const QString &id, const ComponentSpecPtr &spec)
    {
        TaskSpec t;
        t.id = id;
        t.componentRef = inlineRef(spec);
        return t;
    }

private slots:
    void editorDataLivesInAnnotations()
    {
        ComponentSpec graph;
        graph.name = "P";
        graph.implementation = ComponentSpec::Implementation::Graph;
        TaskSpec src = taskSpec("src", m_src);
        src.annotations = {{"editor.mlwb.io/position", "120,40"}, {"author", "me"}};
        TaskSpec sink = taskSpec("sink", m_sink);
        ArgumentSpec a;
        a.kind = ArgumentSpec::Kind::TaskOutput;
        a.taskId = "src";
        a.outputName = "table";
        a.type = TypeSpec::fromName("CSV");
        sink.arguments.append({"table", a});
        sink.annotations = {{"mlwb.io/after", "[\"src\"]"}, {"mlwb.io/timeout-seconds", "60"},
                            {"mlwb.io/cpu", "500m"}, {"mlwb.io/memory", "1Gi"}, {"mlwb.io/gpu", "2"},
                            {"mlwb.io/retry-backoff-seconds", "5"}};
        sink.executionOptions = {{"retryStrategy", QVariantMap{{"maxRetries", 3}}},
                                 {"cachingStrategy", QVariantMap{{"maxCacheStaleness", "P0D"}}},
                                 {"futureOption", true}};
        sink.isEnabled = QVariantMap{{">=", QVariantMap{{"op1", QVariantMap{{"taskOutput", QVariantMap{{"taskId", "src"}, {"outputName", "n"}}}}},
                                                        {"op2", 10}}}};
        graph.graph.tasks = {src, sink};

        const auto mapped = ModelMapper::toModel(graph);
        QVERIFY(mapped.diagnostics.isEmpty());
        const Task &s = mapped.snapshot.tasks.at(0);
        QVERIFY(s.hasPosition);
        QCOMPARE(s.position, QPointF(120, 40));
        QCOMPARE(s.extraAnnotations, (QVariantMap{{"author", "me"}}));
        const Task &k = mapped.snapshot.tasks.at(1);
        QCOMPARE(k.after, QStringList{"src"});
        QCOMPARE(k.options.timeoutSeconds, 60);
        QCOMPARE(k.options.cpu, QString("500m"));
        QCOMPARE(k.options.memory, QString("1Gi"));
        QCOMPARE(k.options.gpu, 2);
        QCOMPARE(k.options.retries, 3);
        QCOMPARE(k.options.retryBackoffSeconds, 5);
        QVERIFY(!k.options.cache);
        QVERIFY(k.options.condition.has_value());
        QCOMPARE(*k.options.condition, (RunCondition{"src", "n", ">=", "10"}));
        QCOMPARE(k.extraExecutionOptions, (QVariantMap{{"futureOption", true}}));
        QCOMPARE(k.argument("table")->type.name, QString("CSV"));

        // and back: the same information, mapped again, gives an equal snapshot
        const ComponentSpec back = ModelMapper::fromSnapshot(mapped.snapshot);
        QCOMPARE(back.graph.tasks.at(0).annotations, src.annotations);
        QCOMPARE(back.graph.tasks.at(1).annotations.value("mlwb.io/after").toString(), QString("[\"src\"]"));
        QCOMPARE(back.graph.tasks.at(1).executionOptions.value("cachingStrategy").toMap().value("maxCacheStaleness").toString(),
                 QString("P0D"));
        const auto again = ModelMapper::toModel(back);
        QVERIFY(again.snapshot == mapped.snapshot);

        PipelineDocument doc;
        doc.resetContent(mapped.snapshot);
        const auto lg = toLayoutGraph(doc.model());
        QCOMPARE(lg.nodes.size(), 2);
        QCOMPARE(lg.edges.size(), 1); // data + after + condition between the same pair: one layout edge
    }

    void missingComponentIsKept()
    {
        ComponentSpec graph;
        graph.implementation = ComponentSpec::Implementation::Graph;
        TaskSpec t;
        t.id = "remote";
        t.componentRef.url = "https://example.com/c.yaml";
        t.componentRef.digest = "abc";
        ArgumentSpec c;
        c.constant = 5;
        t.arguments.append({"x", c});
        t.isEnabled = QVariantMap{{"and", QVariantList{}}}; // unmappable predicate: kept verbatim
        graph.graph.tasks = {t};
        const auto mapped = ModelMapper::toModel(graph);
        const Task &m = mapped.snapshot.tasks.first();
        QVERIFY(m.isMissing());
        QVERIFY(m.missingReason.contains("example.com"));
        const ComponentSpec back = ModelMapper::fromSnapshot(mapped.snapshot);
        const TaskSpec &b = back.graph.tasks.first();
        QCOMPARE(b.componentRef.url, t.componentRef.url);
        QCOMPARE(b.componentRef.digest, QString("abc"));
        QVERIFY(!b.componentRef.spec);
        QCOMPARE(b.arguments.first().second.constant, QVariant(5));
        QCOMPARE(b.isEnabled, t.isEnabled);
    }

    void containerComponentIsNotAPipeline()
    {
        const auto mapped = ModelMapper::toModel(*m_src);
        QCOMPARE(mapped.diagnostics.size(), 1);
        QCOMPARE(mapped.diagnostics.first().code, QString("not-a-pipeline"));
    }
};

QTEST_GUILESS_MAIN(tst_ModelMapper)
#include "tst_modelmapper.moc"
