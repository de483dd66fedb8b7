// SPDX-License-Identifier: GPL-3.0-or-later
// mlwb-cli validate and mlwb-cli run --param with values that do not fit their KFP type, run as
// a process: validate lists them (exit 1), run refuses them before anything starts (exit 1).
#include <QDir>
#include <QFile>
#include <QFileInfo>
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

Run cli(const QStringList &args, const QString &workingDir = {})
{
    Run r;
    QProcess p;
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.start(qEnvironmentVariable("MLWB_CLI"), args);
    if (!p.waitForFinished(120000))
        p.kill();
    r.exit = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

/// A pipeline with an Integer and a Float parameter and one task whose arguments are `arguments`
/// (YAML flow entries). The task only echoes its values, so the process runner can run it.
QByteArray pipeline(const char *arguments)
{
    return QByteArray(R"(name: Typed values
inputs:
- {name: n, type: Integer, default: '3'}
- {name: rate, type: Float, default: '0.5'}
implementation:
  graph:
    tasks:
      train:
        componentRef:
          spec:
            name: Train
            inputs:
            - {name: n_estimators, type: Integer}
            - {name: cfg, type: JsonObject}
            - {name: n2, type: Integer}
            - {name: label, type: String}
            implementation:
              container:
                image: busybox:1.36
                command: [sh, -c, 'echo "$0 $1 $2 $3"', {inputValue: n_estimators}, {inputValue: cfg}, {inputValue: n2}, {inputValue: label}]
        arguments: )") + arguments + "\n";
}

} // namespace

class tst_LiteralCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_bad;
    QString m_good;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("MLWB_CLI"))
            QFAIL("MLWB_CLI is not set (run through ctest)");
        QVERIFY(m_dir.isValid());
        m_bad = write("bad.pipeline.yaml",
                      pipeline(R"({n_estimators: abc, cfg: '[1]', n2: {graphInput: {inputName: n}}, label: '12'})"));
        m_good = write("good.pipeline.yaml",
                       pipeline(R"({n_estimators: 100, cfg: '{"depth": 3}', n2: {graphInput: {inputName: n}}, label: abc})"));
    }

    void validateListsValuesThatDoNotFit()
    {
        Run r = cli({"validate", "--json", m_bad});
        QCOMPARE(r.exit, 1);
        const QJsonArray arr = QJsonDocument::fromJson(r.out).array();
        QStringList messages;
        for (const QJsonValue &v : arr) {
            const QJsonObject d = v.toObject();
            if (d.value("code").toString() != "invalid-value")
                continue;
            QCOMPARE(d.value("severity").toString(), QString("error"));
            QCOMPARE(d.value("task").toString(), QString("train"));
            messages.append(d.value("message").toString());
        }
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0), QString("Task \"train\": input \"n_estimators\" (Integer) cannot take \"abc\": not an integer."));
        QCOMPARE(messages.at(1), QString("Task \"train\": input \"cfg\" (JsonObject) cannot take \"[1]\": not a JSON object."));

        r = cli({"validate", m_bad});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.out.contains("error [invalid-value] train: Task \"train\": input \"n_estimators\" (Integer) cannot take \"abc\""),
                 r.out.constData());
        QVERIFY(!r.out.contains("valid\n"));

        r = cli({"validate", m_good});
        QCOMPARE(r.exit, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("valid"));
    }

    void validateChecksParameterDefaults()
    {
        QByteArray bytes = pipeline(R"({n_estimators: 1, cfg: '{}', n2: {graphInput: {inputName: n}}, label: x})");
        bytes.replace("default: '0.5'", "default: half");
        const Run r = cli({"validate", "--json", write("default.pipeline.yaml", bytes)});
        QCOMPARE(r.exit, 1);
        const QJsonArray arr = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(arr.size(), 1);
        const QJsonObject d = arr.first().toObject();
        QCOMPARE(d.value("code").toString(), QString("invalid-value"));
        QVERIFY(d.value("task").isNull());
        QCOMPARE(d.value("message").toString(),
                 QString("Pipeline parameter \"rate\" (Float) has the default \"half\", which does not fit: not a number."));
    }

    void runRefusesParamsThatDoNotFit()
    {
        QTemporaryDir ws;
        QVERIFY(ws.isValid());
        Run r = cli({"run", m_good, "--workspace", ws.path(), "--runtime", "process", "--json",
                     "--param", "n=abc", "--param", "rate=1e-3"});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains("Pipeline parameter \"n\" (Integer) cannot take \"abc\": not an integer."),
                 r.err.constData());
        QVERIFY2(!r.err.contains("\"rate\""), r.err.constData()); // 1e-3 is a Float
        QVERIFY(r.out.isEmpty());
        // Nothing started: no run folder, no metadata store.
        QVERIFY(!QFileInfo::exists(ws.filePath(".mlwb/runs")));
        QVERIFY(!QFileInfo::exists(ws.filePath(".mlwb/metadata.sqlite")));

        r = cli({"run", m_good, "--workspace", ws.path(), "--runtime", "process", "--param", "n=1.0"});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains("cannot take \"1.0\": not an integer"), r.err.constData());
    }

    // A task constant the container would refuse stops the run before it starts too (the
    // plan compiler checks it, so the GUI's Run and reproduce refuse it as well).
    void runRefusesConstantsThatDoNotFit()
    {
        QTemporaryDir ws;
        QVERIFY(ws.isValid());
        const Run r = cli({"run", m_bad, "--workspace", ws.path(), "--runtime", "process"});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains("input 'n_estimators' (Integer) cannot take 'abc': not an integer"), r.err.constData());
        QVERIFY(!QFileInfo::exists(ws.filePath(".mlwb/runs")));
    }

    void runAcceptsParamsThatFit()
    {
        QTemporaryDir ws;
        QVERIFY(ws.isValid());
        const Run r = cli({"run", m_good, "--workspace", ws.path(), "--runtime", "process", "--json",
                           "--param", "n=+7", "--param", "rate=inf"});
        QVERIFY2(r.exit == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value("state").toString(), QString("succeeded"));
    }
};

QTEST_MAIN(tst_LiteralCli)
#include "tst_literalcli.moc"
