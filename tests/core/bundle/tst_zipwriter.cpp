// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bundle/safezipreader.h"
#include "core/bundle/zipwriter.h"
#include "zipcraft.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace wb::bundle;

class TstZipWriter : public QObject
{
    Q_OBJECT
private:
    static ZipEntries sample()
    {
        return {{QStringLiteral("pipeline.yaml"), QByteArray("pipelineInfo:\n  name: x\n").repeated(50)},
                {QStringLiteral("components/"), {}},
                {QStringLiteral("components/train.yaml"), QByteArray("name: Train\n")},
                {QStringLiteral("README.md"), QByteArray("# Package\n")}};
    }
    static QByteArray randomBytes(qsizetype n)
    {
        QByteArray b(n, Qt::Uninitialized);
        QRandomGenerator gen(42);
        gen.fillRange(reinterpret_cast<quint32 *>(b.data()), n / 4);
        return b;
    }

private slots:
    void sameEntriesGiveIdenticalBytes()
    {
        const auto a = ZipWriter().toBytes(sample());
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().text()));
        QTest::qWait(2100); // a wall-clock timestamp would now differ
        const auto b = ZipWriter().toBytes(sample());
        QVERIFY(b.ok());
        QCOMPARE(a.value(), b.value());
        QVERIFY(a->startsWith("PK\x03\x04"));
    }

    void orderAndTimestampAreAsGiven()
    {
        const auto bytes = ZipWriter().toBytes(sample());
        QVERIFY(bytes.ok());
        const auto headers = crafted::localHeaders(bytes.value());
        QCOMPARE(headers.size(), 4);
        QStringList names;
        for (const auto &h : headers) {
            names << h.name;
            QCOMPARE(h.extraLength, uint16_t(0)); // nothing that varies between runs
            QCOMPARE(h.date, uint16_t((0 << 9) | (1 << 5) | 1)); // 1980-01-01
            QCOMPARE(h.time, uint16_t(0));
        }
        QCOMPARE(names, (QStringList{"pipeline.yaml", "components/", "components/train.yaml", "README.md"}));

        ZipWriter dated;
        dated.setTimestamp(QDateTime(QDate(2024, 5, 17), QTime(13, 45, 31)));
        const auto other = dated.toBytes(sample());
        QVERIFY(other.ok());
        QVERIFY(other.value() != bytes.value());
        const auto h = crafted::localHeaders(other.value()).first();
        QCOMPARE(h.date, uint16_t(((2024 - 1980) << 9) | (5 << 5) | 17));
        QCOMPARE(h.time, uint16_t((13 << 11) | (45 << 5) | 15));
    }

    void roundTripsThroughTheSafeReader()
    {
        const auto bytes = ZipWriter().toBytes(sample());
        QVERIFY(bytes.ok());
        const auto back = readZipEntriesFromBytes(bytes.value());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().text()));
        QCOMPARE(back->size(), 3); // the folder entry is implicit
        QCOMPARE(back->at(0).name, QStringLiteral("pipeline.yaml"));
        QCOMPARE(back->at(0).data, sample().at(0).data);
        QCOMPARE(back->at(1).name, QStringLiteral("components/train.yaml"));
        // DEFLATE actually used: 50 repetitions shrink.
        QVERIFY(bytes->size() < sample().at(0).data.size());
    }

    void writesFileAtomically()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.mlwb.zip"));
        const auto r = ZipWriter().writeFile(path, sample());
        QVERIFY(r.ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), ZipWriter().toBytes(sample()).value());
    }

    void refusesBadNamesAndDuplicates()
    {
        for (const QString &bad : {QStringLiteral("../x"), QStringLiteral("/abs"), QStringLiteral("a\\b"),
                                   QStringLiteral("C:x"), QStringLiteral("a/../b"), QString()}) {
            const auto r = ZipWriter().toBytes({{bad, "x"}});
            QVERIFY2(!r.ok(), qPrintable(bad));
            QCOMPARE(r.error().code, QStringLiteral("zip-unsafe-name"));
        }
        const auto dup = ZipWriter().toBytes({{"a", "1"}, {"a", "2"}});
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().code, QStringLiteral("zip-duplicate"));
    }

    void refusesPackagesOverTheLimit()
    {
        ZipWriter small;
        small.setMaxArchiveSize(4096);
        const auto r = small.toBytes({{"data.bin", randomBytes(8192)}});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("zip-too-large"));
        QVERIFY(r.error().message.contains(QStringLiteral("MiB")));
    }

    void defaultLimitIsKfps32MiB()
    {
        QCOMPARE(kKfpMaxPackageSize, qint64(32 * 1024 * 1024));
        const auto r = ZipWriter().toBytes({{"data.bin", randomBytes(33 * 1024 * 1024)}});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("zip-too-large"));
        QVERIFY2(r.error().message.contains(QStringLiteral("32.0 MiB")), qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TstZipWriter)
#include "tst_zipwriter.moc"
