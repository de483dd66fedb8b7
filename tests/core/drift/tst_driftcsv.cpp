// SPDX-License-Identifier: GPL-3.0-or-later
// CSV import: dialects (quoting, BOM, ; and tab, gzip, NA tokens) and every kind of bad input
// ends in a clear message, never a crash.
#include "core/drift/csvreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

#include <cmath>
#include <sys/stat.h>
#include <unistd.h>

using namespace wb::drift;

class TstDriftCsv : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString p = m_dir.filePath(name);
        QFile f(p);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return p;
    }

    QString gz(const QString &name, const QByteArray &bytes)
    {
        const QString p = m_dir.filePath(name);
        gzFile g = gzopen(QFile::encodeName(p).constData(), "wb");
        gzwrite(g, bytes.constData(), unsigned(bytes.size()));
        gzclose(g);
        return p;
    }

    static QString errorOf(const QString &path, CsvOptions o = {})
    {
        auto r = readCsv(path, o);
        return r ? QString() : r.error().text();
    }

private slots:
    void dialects()
    {
        const QByteArray text = "\xEF\xBB\xBF" "name;value;note\r\n"
                                "a;1.5;\"x;y\"\r\n"
                                "\r\n"
                                "b;NA;\"multi\nline \"\"quoted\"\"\"\r\n"
                                "c; 2e3 ;\r\n";
        auto t = readCsv(write("semi.csv", text));
        QVERIFY2(t, t ? "" : qPrintable(t.error().text()));
        QCOMPARE(t->delimiter, ';');
        QCOMPARE(t->rows, 3);
        QCOMPARE(t->columns[0].name, QStringLiteral("name")); // BOM dropped
        QVERIFY(t->columns[1].numeric);
        QCOMPARE(t->columns[1].value(0), 1.5);
        QVERIFY(std::isnan(t->columns[1].value(1)));
        QCOMPARE(t->columns[1].value(2), 2000.0);
        QVERIFY(!t->columns[2].numeric);
        QCOMPARE(t->columns[2].dictionary[size_t(t->columns[2].ids[1])], std::string("multi\nline \"quoted\""));
        QCOMPARE(t->columns[2].ids[2], -1); // empty -> missing
        auto tab = readCsv(write("tab.tsv", "a\tb\n1\tx\n2\ty\n"));
        QVERIFY(tab);
        QCOMPARE(tab->delimiter, '\t');
        auto z = readCsv(gz("z.csv.gz", "a,b\n1,x\n2,y\n"));
        QVERIFY2(z, z ? "" : qPrintable(z.error().text()));
        QCOMPARE(z->rows, 2);
    }

    void typeSwitchKeepsEarlierText()
    {
        // the first rows look numeric; the text "1.50" must come back verbatim after the switch
        auto t = readCsv(write("switch.csv", "code\n1.50\n007\nNA\nabc\n"));
        QVERIFY(t);
        const Column &c = t->columns[0];
        QVERIFY(!c.numeric);
        QCOMPARE(c.dictionary[size_t(c.ids[0])], std::string("1.50"));
        QCOMPARE(c.dictionary[size_t(c.ids[1])], std::string("007"));
        QCOMPARE(c.ids[2], -1);
        QCOMPARE(c.firstTextLine, 5);
    }

    void largeFileStreams()
    {
        // more than the 4 MB read block, with a quoted newline crossing block boundaries
        QByteArray text = "x,y\n";
        for (int i = 0; i < 300000; ++i)
            text += QByteArray::number(i) + ",\"a\nb" + QByteArray::number(i % 7) + "\"\n";
        auto t = readCsv(write("big.csv", text));
        QVERIFY2(t, t ? "" : qPrintable(t.error().text()));
        QCOMPARE(t->rows, 300000);
        QCOMPARE(t->columns[0].value(size_t(t->rows - 1)), 299999.0);
        QCOMPARE(t->columns[1].dictionary.size(), size_t(7));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << "is empty";
        QTest::newRow("only BOM") << QByteArray("\xEF\xBB\xBF") << "is empty";
        QTest::newRow("header only") << QByteArray("a,b\n") << "no data rows";
        QTest::newRow("ragged long") << QByteArray("a,b\n1,2\n3,4,5\n") << "line 3: expected 2 fields";
        QTest::newRow("ragged short") << QByteArray("a,b\n1,2\n3,4\n5\n") << "line 4: expected 2 fields (as in the header), found 1";
        QTest::newRow("duplicate") << QByteArray("a,b,a\n1,2,3\n") << "'a' appears twice";
        QTest::newRow("utf8 body") << QByteArray("a,b\n1,ok\n2,\xC3\x28\n") << "line 3, column 'b': the text is not valid UTF-8";
        QTest::newRow("utf8 header") << QByteArray("a,\xFF\n1,2\n") << "not valid UTF-8";
        QTest::newRow("open quote") << QByteArray("a,b\n1,\"never closed\n2,3\n") << "line 2: a quoted cell is never closed";
    }

    void badInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString err = errorOf(write(QStringLiteral("bad.csv"), bytes));
        QVERIFY2(err.contains(message), qPrintable(err));
    }

    void singleColumn()
    {
        auto t = readCsv(write("one.csv", "v\n1\n2\n\n3\n"));
        QVERIFY(t);
        QCOMPARE(t->columns.size(), size_t(1));
        QCOMPARE(t->rows, 3);
    }

    void hugeField()
    {
        QByteArray big(50 * 1024 * 1024, 'x');
        const QString p = write("huge.csv", "a,b\n1," + big + "\n");
        big.clear();
        const QString err = errorOf(p);
        QVERIFY2(err.contains("line 2: a cell is longer than the limit of 16.0 MB"), qPrintable(err));
        CsvOptions small;
        small.maxFieldBytes = 10;
        QVERIFY(errorOf(write("h2.csv", "a\n\"0123456789abc\"\n"), small).contains("longer than the limit"));
    }

    void unreadable()
    {
        QVERIFY(errorOf(m_dir.filePath("nope.csv")).contains("does not exist"));
        QVERIFY(errorOf(m_dir.path()).contains("folder"));
        const QString p = write("secret.csv", "a\n1\n");
        ::chmod(QFile::encodeName(p).constData(), 0);
        if (::geteuid() != 0)
            QVERIFY(errorOf(p).contains("permission denied"));
        ::chmod(QFile::encodeName(p).constData(), 0644);
    }

    void corruptGzip()
    {
        QByteArray body = "a,b\n";
        for (int i = 0; i < 20000; ++i)
            body += QByteArray::number(i) + ",x" + QByteArray::number(i * 7919 % 1000) + "\n";
        const QString p = gz("c.csv.gz", body);
        QFile f(p);
        f.open(QIODevice::ReadOnly);
        QByteArray bytes = f.readAll();
        f.close();
        QByteArray truncated = bytes.left(bytes.size() / 2);
        QVERIFY(errorOf(write("trunc.csv.gz", truncated)).contains("compressed data"));
        for (int i = 40; i < bytes.size() - 10; i += 97)
            bytes[i] = char(bytes[i] ^ 0x5A);
        const QString err = errorOf(write("corrupt.csv.gz", bytes));
        QVERIFY2(err.contains("compressed data"), qPrintable(err));
    }

    void vanishesWhileReading()
    {
        // a FIFO whose writer stops early: the reader sees a short file and reports the bad row
        const QString fifo = m_dir.filePath("pipe.csv");
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const pid_t pid = ::fork();
        if (pid == 0) {
            FILE *w = std::fopen(QFile::encodeName(fifo).constData(), "w");
            std::fputs("a,b\n1,2\n3,\"cut", w);
            std::fclose(w);
            ::_exit(0);
        }
        const QString err = errorOf(fifo);
        QVERIFY2(err.contains("never closed"), qPrintable(err));
    }

    void naTokensLikePandas()
    {
        auto t = readCsv(write("na.csv", "a,b\nNA,x\nnull,NULL\n#N/A,\" NA\"\n1,n/a\n"));
        QVERIFY(t);
        QVERIFY(t->columns[0].numeric);
        QCOMPARE(t->columns[0].value(3), 1.0);
        QVERIFY(!t->columns[1].numeric);
        QCOMPARE(t->columns[1].ids[1], -1);
        QCOMPARE(t->columns[1].dictionary[size_t(t->columns[1].ids[2])], std::string(" NA")); // not an NA token
    }
};

QTEST_GUILESS_MAIN(TstDriftCsv)
#include "tst_driftcsv.moc"
