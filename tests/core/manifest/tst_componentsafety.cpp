// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile and broken input: every case must end in a clear error, quickly, without a crash.
#include "core/manifest/componentreader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;

namespace {

Error failure(const QByteArray &yaml)
{
    auto r = manifest::readComponentSpec(yaml, QStringLiteral("bad.yaml"));
    if (r.ok())
        qFatal("expected an error for:\n%s", yaml.constData());
    return r.error();
}

const QRegularExpression kPosition(QStringLiteral("^bad\\.yaml:\\d+:\\d+: "));

QByteArray nestedInlineSpecs(int depth)
{
    QByteArray inner = "name: leaf\nimplementation: {container: {image: x}}\n";
    for (int i = 0; i < depth; ++i) {
        QByteArray indented;
        for (const QByteArray &line : inner.split('\n'))
            if (!line.isEmpty())
                indented += "            " + line + "\n";
        inner = "name: level" + QByteArray::number(i) + "\nimplementation:\n  graph:\n    tasks:\n      t:\n"
                "        componentRef:\n          spec:\n" + indented;
    }
    return inner;
}

} // namespace

class TestComponentSafety : public QObject
{
    Q_OBJECT
private slots:
    void malformedYamlHasLineAndColumn()
    {
        const Error e = failure("name: x\ninputs: [a, b\nimplementation: {container: {image: x}}\n");
        QCOMPARE(e.code, QStringLiteral("yaml-syntax"));
        QVERIFY2(kPosition.match(e.message).hasMatch(), qPrintable(e.message));
        const Error tab = failure("name: x\n\tbad: tab\n");
        QCOMPARE(tab.code, QStringLiteral("yaml-syntax"));
    }

    void wrongTypes()
    {
        Error e = failure("name: x\ninputs: abc\nimplementation: {container: {image: x}}\n");
        QCOMPARE(e.code, QStringLiteral("invalid-component"));
        QCOMPARE(e.message, QStringLiteral("bad.yaml:2:9: expected a list for 'inputs'"));
        e = failure("name: x\noutputs: {a: b}\nimplementation: {container: {image: x}}\n");
        QCOMPARE(e.message, QStringLiteral("bad.yaml:2:10: expected a list for 'outputs'"));
        e = failure("name: [a]\nimplementation: {container: {image: x}}\n");
        QVERIFY2(e.message.startsWith("bad.yaml:1:7: expected text for 'name'"), qPrintable(e.message));
        e = failure("name: x\ninputs: [{name: a, optional: maybe}]\nimplementation: {container: {image: x}}\n");
        QVERIFY2(e.message.contains("optional"), qPrintable(e.message));
        e = failure("name: x\ninputs: [{name: a, default: [1, 2]}]\nimplementation: {container: {image: x}}\n");
        QVERIFY2(e.message.contains("default"), qPrintable(e.message));
        e = failure("name: x\nimplementation: {container: {image: x, command: [{inputValue: nope}]}}\n");
        QVERIFY2(e.message.contains("'nope'") && kPosition.match(e.message).hasMatch(), qPrintable(e.message));
        e = failure("name: x\nimplementation: {container: {image: x, command: [{bogus: 1}]}}\n");
        QVERIFY2(e.message.contains("bogus"), qPrintable(e.message));
        e = failure("name: x\nimplementation: {container: {command: [a]}}\n");
        QVERIFY2(e.message.contains("image"), qPrintable(e.message));
        e = failure("name: x\nimplementation: {graph: {tasks: {a: {componentRef: {url: u}, arguments: {x: {taskOutput: {taskId: zz, outputName: o}}}}}}}\n");
        QVERIFY2(e.message.contains("'zz'"), qPrintable(e.message));
        e = failure("- a\n- b\n");
        QCOMPARE(e.code, QStringLiteral("not-a-component"));
        e = failure("name: x\ninputs: []\n");
        QCOMPARE(e.code, QStringLiteral("not-a-component"));
    }

    void duplicateNamesAndKeys()
    {
        Error e = failure("name: x\ninputs: [{name: a}, {name: a}]\nimplementation: {container: {image: x}}\n");
        QVERIFY2(e.message.startsWith("bad.yaml:2:28: non-unique input name 'a'"), qPrintable(e.message));
        e = failure("name: x\noutputs: [{name: o}, {name: o}]\nimplementation: {container: {image: x}}\n");
        QVERIFY2(e.message.contains("non-unique output name 'o'"), qPrintable(e.message));
        e = failure("name: x\nname: y\nimplementation: {container: {image: x}}\n");
        QCOMPARE(e.code, QStringLiteral("duplicate-key"));
        QVERIFY2(e.message.startsWith("bad.yaml:2:1:"), qPrintable(e.message));
    }

    void binaryNonUtf8Empty()
    {
        QCOMPARE(failure(QByteArray("name: x\0\x01\x02", 10)).code, QStringLiteral("binary"));
        QCOMPARE(failure("name: caf\xe9\nimplementation: {container: {image: x}}\n").code, QStringLiteral("encoding"));
        QCOMPARE(failure("").code, QStringLiteral("empty"));
        QCOMPARE(failure("  \n\n").code, QStringLiteral("empty"));
        QTemporaryDir dir;
        QFile f(dir.filePath("empty.yaml"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto r = manifest::readComponentFile(dir.filePath("empty.yaml"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("empty"));
        auto missing = manifest::readComponentFile(dir.filePath("missing.yaml"));
        QCOMPARE(missing.error().code, QStringLiteral("not-found"));
    }

    void hugeFileFailsFast()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("huge.yaml");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(100LL * 1024 * 1024)); // sparse: cheap to create
        f.close();
        QElapsedTimer timer;
        timer.start();
        auto r = manifest::readComponentFile(path);
        const qint64 ms = timer.elapsed();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("too-large"));
        QVERIFY2(r.error().message.contains("too large"), qPrintable(r.error().message));
        QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));
        qInfo("100 MB file refused in %lld ms", ms);
        // The in-memory entry point has the same limit.
        QCOMPARE(failure(QByteArray(17 * 1024 * 1024, 'a')).code, QStringLiteral("too-large"));
    }

    void aliasBomb()
    {
        QByteArray yaml = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
        for (int i = 1; i <= 9; ++i) {
            const QByteArray prev = "*a" + QByteArray::number(i - 1);
            yaml += "a" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [";
            for (int j = 0; j < 10; ++j)
                yaml += (j ? ", " : "") + prev;
            yaml += "]\n";
        }
        yaml += "name: bomb\nmetadata: {annotations: {x: *a9}}\nimplementation: {container: {image: x}}\n";
        QElapsedTimer timer;
        timer.start();
        const Error e = failure(yaml);
        const qint64 ms = timer.elapsed();
        QCOMPARE(e.code, QStringLiteral("too-complex"));
        QVERIFY2(e.message.contains("aliases"), qPrintable(e.message));
        QVERIFY2(ms < 1500, qPrintable(QString::number(ms)));
        qInfo("alias bomb (10^10 nodes) refused in %lld ms", ms);
    }

    void deepNesting()
    {
        const QByteArray deep = QByteArray(5000, '[') + QByteArray(5000, ']');
        const Error e = failure("name: x\nmetadata: {a: " + deep + "}\nimplementation: {container: {image: x}}\n");
        QCOMPARE(e.code, QStringLiteral("too-deep"));
        const QByteArray mid = QByteArray(300, '[') + QByteArray(300, ']');
        QCOMPARE(failure("name: x\nmetadata: {a: " + mid + "}\nimplementation: {container: {image: x}}\n").code,
                 QStringLiteral("too-deep"));
    }

    void inlineSpecDepthLimit()
    {
        QVERIFY(manifest::readComponentSpec(nestedInlineSpecs(manifest::kMaxInlineSpecDepth), "ok.yaml").ok());
        const Error e = failure(nestedInlineSpecs(manifest::kMaxInlineSpecDepth + 1));
        QCOMPARE(e.code, QStringLiteral("too-deep"));
        QVERIFY2(e.message.contains("inline component specs") && kPosition.match(e.message).hasMatch(), qPrintable(e.message));
    }

    void graphContainingItself()
    {
        // An alias to the enclosing spec: a cycle yaml-cpp builds as a shared node.
        const QByteArray yaml = R"(
name: loop
implementation:
  graph:
    tasks:
      t:
        componentRef:
          spec: &s
            name: inner
            implementation:
              graph:
                tasks:
                  again:
                    componentRef: {spec: *s}
)";
        QElapsedTimer timer;
        timer.start();
        const Error e = failure(yaml);
        QVERIFY2(e.code == "too-deep" || e.code == "yaml-syntax" || e.code == "too-complex", qPrintable(e.text()));
        QVERIFY(timer.elapsed() < 5000);
        const Error self = failure("name: x\nmetadata: &m {self: *m}\nimplementation: {container: {image: x}}\n");
        QVERIFY2(!self.message.isEmpty(), qPrintable(self.code));
    }
};

QTEST_GUILESS_MAIN(TestComponentSafety)
#include "tst_componentsafety.moc"
