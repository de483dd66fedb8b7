// SPDX-License-Identifier: GPL-3.0-or-later
// Literal argument values against their KFP v1 types (kfp/components/_data_passing.py):
// what checkLiteral accepts, the validator's invalid-value diagnostics for task constants and
// pipeline parameter defaults, and checkRunParameters for values given at run time.
#include "core/model/literalcheck.h"
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

QList<Diagnostic> withCode(const Diagnostics &ds, const QString &code)
{
    QList<Diagnostic> out;
    for (const Diagnostic &d : ds)
        if (d.code == code)
            out.append(d);
    return out;
}

InputSpec parameter(const QString &name, const QString &type, const QVariant &def = {})
{
    InputSpec p;
    p.name = name;
    if (!type.isEmpty())
        p.type = TypeSpec::fromName(type);
    p.defaultValue = def;
    return p;
}

} // namespace

class tst_LiteralCheck : public QObject
{
    Q_OBJECT

private slots:
    void acceptsWhatKfpAccepts_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        auto row = [](const char *type, const QString &value, bool ok) {
            QTest::addRow("%s %s", type, qPrintable(value)) << QString::fromLatin1(type) << value << ok;
        };
        // Integer: Python int(str).
        for (const char *t : {"Integer", "int"}) {
            row(t, "42", true);
            row(t, "-7", true);
            row(t, "+7", true);
            row(t, "007", true);
            row(t, " 12 ", true);   // int() strips white space
            row(t, "1_000", true);  // digit grouping
            row(t, QString::fromUtf8("\u0663"), true); // ARABIC-INDIC DIGIT THREE: int() takes it
            row(t, "abc", false);
            row(t, "1.0", false);
            row(t, "1e3", false);
            row(t, "", false);
            row(t, "1__0", false);
            row(t, "_1", false);
            row(t, "1_", false);
            row(t, "0x10", false);
            row(t, "- 1", false);
            row(t, "True", false);
        }
        // Float: Python float(str).
        for (const char *t : {"Float", "float"}) {
            row(t, "0.25", true);
            row(t, "1", true);
            row(t, "-1.5", true);
            row(t, "1e3", true);
            row(t, "1e-3", true);
            row(t, "1.E5", true);
            row(t, ".5", true);
            row(t, "5.", true);
            row(t, "1_000.5", true);
            row(t, " 2.5\n", true);
            row(t, "inf", true);
            row(t, "-Infinity", true);
            row(t, "NaN", true);
            row(t, "abc", false);
            row(t, "", false);
            row(t, ".", false);
            row(t, "1e", false);
            row(t, "1.5.2", false);
            row(t, "1,5", false);
            row(t, "0x1p3", false);
            row(t, "infinit", false);
            row(t, "1._5", false);
        }
        // Boolean: KFP's deserializer is distutils strtobool (any case, no white space).
        for (const char *t : {"Boolean", "Bool", "bool"}) {
            for (const char *v : {"True", "False", "true", "false", "TRUE", "1", "0", "yes", "No", "on", "off", "t", "F", "y", "n"})
                row(t, QString::fromLatin1(v), true);
            for (const char *v : {"", "abc", "2", "-1", " true", "true ", "truee", "1.0", "None"})
                row(t, QString::fromLatin1(v), false);
        }
        // JSON (Python's json.loads).
        for (const char *t : {"JsonObject", "Dictionary", "Dict", "dict"}) {
            row(t, R"({"a":1})", true);
            row(t, "{}", true);
            row(t, R"( {"a": [1, {"b": null}], "c": NaN} )", true);
            row(t, R"({"a": "\u00e9\n"})", true);
            row(t, "[1]", false);
            row(t, "1", false);
            row(t, R"("x")", false);
            row(t, R"({"a":1,})", false);  // trailing comma
            row(t, "{'a': 1}", false);      // Python dict syntax is not JSON
            row(t, R"({"a":1} x)", false);  // extra data
            row(t, R"({"a":1)", false);
            row(t, R"({"a":01})", false);
            row(t, R"({"a":"\x"})", false); // invalid escape
            row(t, "{\"a\":\"b\tc\"}", false); // control character inside a string
            row(t, "", false);
        }
        for (const char *t : {"JsonArray", "List", "list"}) {
            row(t, "[1,2]", true);
            row(t, "[]", true);
            row(t, R"([1.5e3, -0, "x", true, false, null, -Infinity])", true);
            row(t, R"({"a":1})", false);
            row(t, "[1,2", false);
            row(t, "[1,]", false);
            row(t, "[1.]", false);
            row(t, "1,2", false);
        }
        row("Json", "1", true);
        row("Json", R"("x")", true);
        row("Json", "null", true);
        row("Json", "[1]", true);
        row("Json", "nul", false);
        row("Json", "+1", false);
        // Not checked: strings, untyped, unknown names, other spellings than KFP's.
        for (const char *t : {"String", "str", "", "CSV", "Model", "integer", "INTEGER", "boolean", "Base64Pickle", "GCSPath"})
            for (const char *v : {"abc", "", "1.0", "[1]"})
                row(t, QString::fromLatin1(v), true);
    }
    void acceptsWhatKfpAccepts()
    {
        QFETCH(QString, type);
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        const TypeSpec spec = type.isEmpty() ? TypeSpec{} : TypeSpec::fromName(type);
        const auto why = checkLiteral(spec, value);
        QVERIFY2(why.has_value() != accepted, qPrintable(why.value_or(QStringLiteral("accepted"))));
        if (why)
            QVERIFY(!why->isEmpty());
    }

    void reasonsSayWhatIsWrong()
    {
        QCOMPARE(checkLiteral(TypeSpec::fromName("Integer"), QString("abc")).value_or(QString()), QString("not an integer"));
        QCOMPARE(checkLiteral(TypeSpec::fromName("Float"), QString("abc")).value_or(QString()), QString("not a number"));
        QVERIFY(checkLiteral(TypeSpec::fromName("Boolean"), QString("abc")).value_or(QString()).startsWith("not a boolean"));
        QCOMPARE(checkLiteral(TypeSpec::fromName("JsonObject"), QString("[1]")).value_or(QString()), QString("not a JSON object"));
        QCOMPARE(checkLiteral(TypeSpec::fromName("JsonArray"), QString("{}")).value_or(QString()), QString("not a JSON array"));
        QCOMPARE(checkLiteral(TypeSpec::fromName("JsonArray"), QString("[1,]")).value_or(QString()),
                 QString("not valid JSON (error at character 4)"));
    }

    void deepNestingIsRefusedWithoutCrashing()
    {
        const QString deep = QString(100000, QLatin1Char('[')) + QString(100000, QLatin1Char(']'));
        QVERIFY(checkLiteral(TypeSpec::fromName("JsonArray"), deep).has_value());
        const QString fine = QString(50, QLatin1Char('[')) + QString(50, QLatin1Char(']'));
        QVERIFY(!checkLiteral(TypeSpec::fromName("JsonArray"), fine).has_value());
    }

    void mapTypesAreNotChecked()
    {
        TypeSpec gcs;
        gcs.name = "Integer"; // even a map whose key looks like a parameter type
        gcs.raw = QVariantMap{{"Integer", QVariantMap{{"data_type", "CSV"}}}};
        QVERIFY(!checkLiteral(gcs, QString("abc")).has_value());
        QCOMPARE(literalKind(gcs), LiteralKind::Unchecked);
    }

    void constantsAreCheckedAsTheyArePassed()
    {
        const TypeSpec integer = TypeSpec::fromName("Integer");
        const TypeSpec boolean = TypeSpec::fromName("Boolean");
        QVERIFY(!checkLiteral(integer, QVariant(5)).has_value());
        QVERIFY(!checkLiteral(integer, QVariant(qlonglong(-5))).has_value());
        QVERIFY(checkLiteral(integer, QVariant(2.5)).has_value());
        QVERIFY(checkLiteral(integer, QVariant(true)).has_value()); // passed as "True"
        QCOMPARE(literalText(QVariant(true)), QString("True"));
        QVERIFY(!checkLiteral(boolean, QVariant(false)).has_value());
        QVERIFY(!checkLiteral(TypeSpec::fromName("Float"), QVariant(0.25)).has_value());
        QVERIFY(!checkLiteral(TypeSpec::fromName("JsonArray"), QVariant(QVariantList{1, 2})).has_value());
        QVERIFY(checkLiteral(TypeSpec::fromName("JsonObject"), QVariant(QVariantList{1, 2})).has_value());
        QVERIFY(!checkLiteral(integer, QVariant()).has_value()); // null: nothing passed
    }

    void validatorReportsTaskLiterals()
    {
        auto spec = makeSpec("Train", {"n_estimators:Integer", "lr:Float?", "flags:JsonObject?", "name:String?",
                                       "path:CSV?"},
                             {"model:Model"});
        PipelineDocument doc;
        PipelineSnapshot s;
        s.info.parameters.append(parameter("n", "Integer"));
        s.tasks = {task("train", spec, {{"n_estimators", ArgumentValue::fromConstant(QString("abc"))},
                                        {"lr", ArgumentValue::fromConstant(QString("1e-3"))},
                                        {"flags", ArgumentValue::fromConstant(QString("[1]"))},
                                        {"name", ArgumentValue::fromConstant(QString("anything"))},
                                        {"path", ArgumentValue::fromConstant(QString("abc"))}}),
                   task("train2", spec, {{"n_estimators", ArgumentValue::fromParameter("n")}})};
        doc.resetContent(s);
        const QList<Diagnostic> bad = withCode(validatePipeline(doc.model()), "invalid-value");
        QCOMPARE(bad.size(), 2);
        QCOMPARE(bad.at(0).severity, Diagnostic::Severity::Error);
        QCOMPARE(bad.at(0).task, QString("train"));
        QCOMPARE(bad.at(0).message,
                 QString("Task \"train\": input \"n_estimators\" (Integer) cannot take \"abc\": not an integer."));
        QCOMPARE(bad.at(1).task, QString("train"));
        QVERIFY2(bad.at(1).message.contains("\"flags\" (JsonObject)") && bad.at(1).message.contains("\"[1]\"")
                     && bad.at(1).message.contains("not a JSON object"),
                 qPrintable(bad.at(1).message));
    }

    void validatorReportsParameterDefaults()
    {
        PipelineDocument doc;
        PipelineSnapshot s;
        s.info.parameters = {parameter("seed", "Integer", QString("forty-two")),
                             parameter("ok_seed", "Integer", 42),
                             parameter("rate", "Float", QString("0.5")),
                             parameter("debug", "Boolean", true),
                             parameter("cfg", "JsonObject", QString("{\"a\": 1")),
                             parameter("free", "", QString("whatever")),
                             parameter("none", "Integer")};
        doc.resetContent(s);
        const Diagnostics ds = validatePipeline(doc.model());
        const QList<Diagnostic> bad = withCode(ds, "invalid-value");
        QCOMPARE(bad.size(), 2);
        QVERIFY(bad.at(0).task.isEmpty());
        QCOMPARE(bad.at(0).message,
                 QString("Pipeline parameter \"seed\" (Integer) has the default \"forty-two\", which does not fit: "
                         "not an integer."));
        QVERIFY2(bad.at(1).message.contains("\"cfg\" (JsonObject)") && bad.at(1).message.contains("not valid JSON"),
                 qPrintable(bad.at(1).message));
        QVERIFY(wb::hasErrors(ds));
    }

    void runParametersAreChecked()
    {
        PipelineInfo info;
        info.parameters = {parameter("n", "Integer", 10), parameter("rate", "Float"), parameter("tags", "JsonArray"),
                           parameter("bad_default", "Boolean", QString("maybe")), parameter("s", "String")};
        // Good values, unknown names (left to the plan compiler) and an overridden bad default.
        Diagnostics ds = checkRunParameters(info, {{"n", "+3"}, {"rate", "1e3"}, {"tags", "[\"a\"]"},
                                                   {"bad_default", "false"}, {"s", "x"}, {"other", "y"}});
        QVERIFY2(ds.isEmpty(), qPrintable(ds.value(0).message));
        // Values that do not fit, one diagnostic each, naming parameter, type and value.
        ds = checkRunParameters(info, {{"n", "abc"}, {"rate", "fast"}, {"tags", "a,b"}, {"bad_default", "yes"}});
        QCOMPARE(ds.size(), 3);
        for (const Diagnostic &d : ds) {
            QCOMPARE(d.code, QString("invalid-value"));
            QCOMPARE(d.severity, Diagnostic::Severity::Error);
        }
        QCOMPARE(ds.at(0).message, QString("Pipeline parameter \"n\" (Integer) cannot take \"abc\": not an integer."));
        QCOMPARE(ds.at(1).message, QString("Pipeline parameter \"rate\" (Float) cannot take \"fast\": not a number."));
        QVERIFY2(ds.at(2).message.contains("\"tags\" (JsonArray) cannot take \"a,b\""), qPrintable(ds.at(2).message));
        // A default the run would use is checked too.
        ds = checkRunParameters(info, {});
        QCOMPARE(ds.size(), 1);
        QVERIFY2(ds.first().message.contains("\"bad_default\" (Boolean) has the default \"maybe\""),
                 qPrintable(ds.first().message));
    }

    void longValuesAreShortenedInMessages()
    {
        const QString big = QString(500, QLatin1Char('x'));
        PipelineInfo info;
        info.parameters = {parameter("n", "Integer")};
        const Diagnostics ds = checkRunParameters(info, {{"n", big}});
        QCOMPARE(ds.size(), 1);
        QVERIFY(ds.first().message.size() < 150);
        QVERIFY(ds.first().message.contains(QChar(0x2026)));
    }
};

QTEST_MAIN(tst_LiteralCheck)
#include "tst_literalcheck.moc"
