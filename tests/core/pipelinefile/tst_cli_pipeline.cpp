// SPDX-License-Identifier: GPL-3.0-or-later
// mlwb-cli validate / layout, run as a process (the contract other tools rely on).
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kData = QStringLiteral(MLWB_SOURCE_DIR "/tests/data/pipelines/");

struct Run
{
    int exit = -1;
    QByteArray out;
    QByteArray err;
    qint64 ms = 0;
};

Run cli(const QStringList &args)
{
    Run r;
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(qEnvironmentVariable("MLWB_CLI"), args);
    if (!p.waitForFinished(60000))
        p.kill();
    r.ms = t.elapsed();
    r.exit = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class tst_CliPipeline : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("MLWB_CLI"))
            QFAIL("MLWB_CLI is not set (run through ctest)");
        QVERIFY(m_dir.isValid());
    }

    void validateValid()
    {
        Run r = cli({"validate", kData + "diamond.pipeline.yaml"});
        QCOMPARE(r.exit, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("valid"));
        r = cli({"validate", "--json", kData + "diamond.pipeline.yaml"});
        QCOMPARE(r.exit, 0);
        const QJsonDocument doc = QJsonDocument::fromJson(r.out);
        QVERIFY(doc.isArray());
        QVERIFY(doc.array().isEmpty());
    }

    void validateCycle()
    {
        Run r = cli({"validate", "--json", kData + "cycle.pipeline.yaml"});
        QCOMPARE(r.exit, 1);
        const QJsonArray arr = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(arr.size(), 1);
        const QJsonObject d = arr.first().toObject();
        QCOMPARE(d.value("severity").toString(), QString("error"));
        QCOMPARE(d.value("code").toString(), QString("cycle"));
        QCOMPARE(d.value("task").toString(), QString("a"));
        QVERIFY(d.value("message").toString().contains("a, b"));
        r = cli({"validate", kData + "cycle.pipeline.yaml"});
        QCOMPARE(r.exit, 1);
        QVERIFY(r.out.contains("[cycle]"));
        r = cli({"layout", kData + "cycle.pipeline.yaml"});
        QCOMPARE(r.exit, 1);
        QVERIFY(r.err.contains("cycle"));
    }

    void validateMissingComponents()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(kData + "refs.pipeline.yaml", dir.filePath("refs.pipeline.yaml")));
        Run r = cli({"validate", "--json", dir.filePath("refs.pipeline.yaml")});
        QCOMPARE(r.exit, 1);
        QStringList codes;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
            codes.append(v.toObject().value("task").toString() + ":" + v.toObject().value("code").toString());
        // components/ was not copied: every local reference is missing, reported once each
        QVERIFY2(codes.contains("make:component-not-found"), qPrintable(codes.join(", ")));
        QVERIFY(codes.contains("remote:remote-component"));
        QVERIFY(!codes.contains("make:unknown-component"));
    }

    void remoteComponentsAreErrors()
    {
        const QString path = QStringLiteral(MLWB_SHARED_DIR "/fixtures/kfp/components/graph-xgboost-train-regression-and-metrics.yaml");
        if (!QFile::exists(path))
            QSKIP("../shared fixtures are not present");
        const Run r = cli({"validate", "--json", path});
        QCOMPARE(r.exit, 1); // its five components are remote: not runnable here
        const QJsonArray arr = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(arr.size(), 5);
        for (const QJsonValue &v : arr)
            QCOMPARE(v.toObject().value("code").toString(), QString("remote-component"));
        QCOMPARE(cli({"layout", path}).exit, 0); // missing components still lay out
    }

    void selfContaining()
    {
        Run r = cli({"validate", kData + "self.pipeline.yaml"});
        QCOMPARE(r.exit, 1);
        QVERIFY(r.out.contains("contains itself"));
        r = cli({"layout", kData + "self.pipeline.yaml"});
        QCOMPARE(r.exit, 1);
        QVERIFY(r.err.contains("contains itself"));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("expect");
        QTest::newRow("malformed") << QByteArray("name: x\nimplementation: {graph: {tasks: [\n") << QByteArray("bad.yaml");
        QTest::newRow("empty") << QByteArray() << QByteArray("empty");
        QTest::newRow("binary") << QByteArray("\x7f" "ELF\x00\x00\x01", 7) << QByteArray("bad.yaml");
        QTest::newRow("container") << QByteArray("name: c\nimplementation: {container: {image: x}}\n") << QByteArray("not a pipeline");
    }

    void badInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, expect);
        const QString path = m_dir.filePath("bad.yaml");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        f.close();
        for (const char *cmd : {"validate", "layout"}) {
            const Run r = cli({cmd, path});
            QCOMPARE(r.exit, 1);
            QVERIFY2(r.err.contains(expect), r.err.constData());
            QVERIFY(r.ms < 5000);
        }
        QCOMPARE(cli({"validate", m_dir.filePath("absent.yaml")}).exit, 1);
        QCOMPARE(cli({"validate"}).exit, 2);
    }

    void hugeFile()
    {
        const QString path = m_dir.filePath("huge.yaml");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(100LL * 1024 * 1024));
        f.close();
        const Run r = cli({"validate", path});
        QCOMPARE(r.exit, 1);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(r.ms < 5000);
        QFile::remove(path);
    }

    void layoutPrintsAndWrites()
    {
        Run r = cli({"layout", "--json", kData + "diamond.pipeline.yaml"});
        QCOMPARE(r.exit, 0);
        const QJsonObject pos = QJsonDocument::fromJson(r.out).object().value("positions").toObject();
        QCOMPARE(pos.size(), 4);
        const double split = pos.value("split").toObject().value("x").toDouble();
        const double all = pos.value("count-all").toObject().value("x").toDouble();
        const double compare = pos.value("compare").toObject().value("x").toDouble();
        QVERIFY(split < all && all < compare); // left to right
        QVERIFY(pos.value("count-all").toObject().value("y") != pos.value("count-unique").toObject().value("y"));

        const QString copy = m_dir.filePath("diamond.pipeline.yaml");
        QFile::remove(copy);
        QVERIFY(QFile::copy(kData + "diamond.pipeline.yaml", copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        r = cli({"layout", "--write", copy});
        QCOMPARE(r.exit, 0);
        QFile written(copy);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        QCOMPARE(bytes.count("editor.mlwb.io/position"), 4);
        QCOMPARE(cli({"validate", copy}).exit, 0);
        // laying out again changes nothing
        r = cli({"layout", "--write", copy});
        QCOMPARE(r.exit, 0);
        QFile again(copy);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), bytes);
    }
};

QTEST_GUILESS_MAIN(tst_CliPipeline)
#include "tst_cli_pipeline.moc"
