// SPDX-License-Identifier: GPL-3.0-or-later
// `mlwb-cli component inspect|resolve`: exit codes and JSON shapes (the contract other tools use).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exit = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("MLWB_CLI"), args);
    if (!p.waitForFinished(30000))
        qFatal("mlwb-cli did not finish");
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(), p.readAllStandardError()};
}

QString data(const char *name) { return QStringLiteral(MLWB_SOURCE_DIR "/tests/data/components/") + QLatin1String(name); }

QJsonObject json(const Run &r)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(r.out, &e);
    if (e.error != QJsonParseError::NoError || !d.isObject())
        qFatal("not one JSON object: %s", r.out.constData());
    return d.object();
}

} // namespace

class TestComponentCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("MLWB_CLI"))
            QSKIP("MLWB_CLI is not set (run through ctest)");
    }

    void inspectJson()
    {
        const Run r = cli({"component", "inspect", data("pytorch-launcher.yaml"), "--json"});
        QCOMPARE(r.exit, 0);
        const QJsonObject o = json(r);
        QCOMPARE(o.value("name").toString(), QString());
        QCOMPARE(o.value("description").toString(), QStringLiteral("Kubeflow PyTorchJob launcher"));
        QCOMPARE(o.value("implementation").toString(), QStringLiteral("container"));
        QCOMPARE(o.value("image").toString(), QStringLiteral("cascribner/kubeflow-pytorchjob-launcher:v1"));
        const QJsonArray inputs = o.value("inputs").toArray();
        QCOMPARE(inputs.size(), 11);
        QCOMPARE(inputs[0].toObject().value("name").toString(), QStringLiteral("name"));
        QVERIFY(inputs[0].toObject().value("default").isNull());
        QCOMPARE(inputs[0].toObject().value("optional").toBool(), false);
        const QJsonObject timeout = inputs[5].toObject();
        QCOMPARE(timeout.value("name").toString(), QStringLiteral("job_timeout_minutes"));
        QCOMPARE(timeout.value("type").toString(), QStringLiteral("Integer"));
        QVERIFY(timeout.value("default").isDouble());
        QCOMPARE(timeout.value("default").toInt(), 1440);
        QCOMPARE(inputs[6].toObject().value("default").toString(), QStringLiteral("True"));
        QCOMPARE(inputs[8].toObject().value("optional").toBool(), true);
        QVERIFY(o.value("outputs").toArray().isEmpty());
        QCOMPARE(QStringList(o.keys()), QStringList({"description", "image", "implementation", "inputs", "name", "outputs"}));

        const Run g = cli({"component", "inspect", data("graph-xgboost-train-regression-and-metrics.yaml"), "--json"});
        QCOMPARE(g.exit, 0);
        const QJsonObject go = json(g);
        QCOMPARE(go.value("implementation").toString(), QStringLiteral("graph"));
        QCOMPARE(go.value("image").toString(), QString());
        QCOMPARE(go.value("outputs").toArray()[4].toObject().value("type").toString(), QStringLiteral("JsonObject"));
        QCOMPARE(go.value("outputs").toArray()[0].toObject().keys(), QStringList({"name", "type"}));
    }

    void inspectText()
    {
        const Run r = cli({"component", "inspect", data("papermill-notebook.yaml")});
        QCOMPARE(r.exit, 0);
        QVERIFY(r.out.contains("Run notebook using papermill"));
        QVERIFY(r.out.contains("Input data: (untyped) (optional)"));
    }

    void resolveJson()
    {
        const Run r = cli({"component", "resolve", data("test-if-placeholder.yaml"), "--arg", "required_input=A",
                           "--arg", "optional_input_1=x=y", "--json"});
        QCOMPARE(r.exit, 0);
        const QJsonObject o = json(r);
        QCOMPARE(o.value("image").toString(), QStringLiteral("gcr.io/my-project/my-image"));
        QCOMPARE(o.value("command").toArray(), QJsonArray());
        QCOMPARE(o.value("args").toArray(), QJsonArray({"--arg0", "A", "--arg1", "x=y", "--arg3", "default value"}));
        QVERIFY(o.value("inputPaths").isObject());
        QVERIFY(o.value("outputPaths").isObject());

        const Run p = cli({"component", "resolve", data("papermill-notebook.yaml"), "--file-arg", "Notebook", "--json"});
        QCOMPARE(p.exit, 0);
        const QJsonObject po = json(p);
        QCOMPARE(po.value("inputPaths").toObject().value("Notebook").toString(), QStringLiteral("/tmp/inputs/Notebook/data"));
        QCOMPARE(po.value("outputPaths").toObject().value("Output data").toString(), QStringLiteral("/tmp/outputs/Output_data/data"));
    }

    void exitCodes()
    {
        Run r = cli({"component", "resolve", data("test-if-placeholder.yaml"), "--json"});
        QCOMPARE(r.exit, 1);
        QVERIFY(r.err.contains("required_input"));
        QVERIFY(r.out.isEmpty());

        QTemporaryDir dir;
        QFile bad(dir.filePath("bad.yaml"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("name: x\ninputs: abc\nimplementation: {container: {image: x}}\n");
        bad.close();
        r = cli({"component", "inspect", dir.filePath("bad.yaml"), "--json"});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains("bad.yaml:2:9: expected a list for 'inputs'"), r.err.constData());
        r = cli({"component", "inspect", dir.filePath("missing.yaml")});
        QCOMPARE(r.exit, 1);

        QCOMPARE(cli({"component", "inspect"}).exit, 2);
        QCOMPARE(cli({"component", "inspect", "a", "b"}).exit, 2);
        QCOMPARE(cli({"component", "inspect", data("pytorch-launcher.yaml"), "--bogus"}).exit, 2);
        QCOMPARE(cli({"component", "resolve", data("test-if-placeholder.yaml"), "--arg", "novalue"}).exit, 2);
        r = cli({"component", "resolve", "--help"});
        QCOMPARE(r.exit, 0);
        QVERIFY(r.out.contains("--arg"));
        QCOMPARE(cli({"component", "inspect", "--help"}).exit, 0);
    }
};

QTEST_GUILESS_MAIN(TestComponentCli)
#include "tst_componentcli.moc"
