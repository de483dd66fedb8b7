// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bundle/safezipreader.h"
#include "core/bundle/zipwriter.h"
#include "zipcraft.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace wb::bundle;
using crafted::Member;

class TstSafeZipReader : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    int m_counter = 0;

    // A fresh parent folder holding only the archive, so leftovers are easy to see.
    struct Case
    {
        QString parent, zip, target;
    };
    Case makeCase(const QByteArray &zipBytes)
    {
        Case c;
        c.parent = m_tmp.filePath(QStringLiteral("case%1").arg(++m_counter));
        QDir().mkpath(c.parent);
        c.zip = c.parent + QStringLiteral("/in.zip");
        QFile f(c.zip);
        if (!f.open(QIODevice::WriteOnly) || f.write(zipBytes) != zipBytes.size())
            qFatal("cannot write test archive");
        f.close();
        c.target = c.parent + QStringLiteral("/out");
        return c;
    }
    // Extraction must fail with `code` naming `mention`, and leave the parent as it was.
    void expectRefused(const QByteArray &zipBytes, const QString &code, const QString &mention,
                       const ZipLimits &limits = {})
    {
        const Case c = makeCase(zipBytes);
        const auto r = extractZipSafely(c.zip, c.target, limits);
        QVERIFY2(!r.ok(), "extraction should have failed");
        QVERIFY2(r.error().code == code, qPrintable(r.error().code + QStringLiteral(": ") + r.error().text()));
        QVERIFY2(r.error().text().contains(mention), qPrintable(r.error().text()));
        QCOMPARE(QDir(c.parent).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{QStringLiteral("in.zip")});
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("evil"))));
        // The in-memory reader refuses the same archive.
        const auto mem = readZipEntriesFromBytes(zipBytes, limits);
        QVERIFY(!mem.ok());
        QCOMPARE(mem.error().code, code);
    }
    static QByteArray zeros(qsizetype n) { return QByteArray(n, '\0'); }

private slots:
    void extractsAGoodArchive()
    {
        const auto zip = ZipWriter().toBytes({{"pipeline.yaml", "a: 1\n"}, {"sub/", {}}, {"sub/dir/x.txt", "x"}});
        QVERIFY(zip.ok());
        const Case c = makeCase(zip.value());
        const auto r = extractZipSafely(c.zip, c.target);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
        QCOMPARE(r.value(), (QStringList{"pipeline.yaml", "sub/dir/x.txt"}));
        QFile f(c.target + QStringLiteral("/sub/dir/x.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("x"));
        QCOMPARE(QDir(c.parent).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 (QStringList{"in.zip", "out"})); // no staging folder left behind
        // An existing non-empty target is refused, an empty one is accepted.
        const auto again = extractZipSafely(c.zip, c.target);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("zip-target-exists"));
        const QString empty = c.parent + QStringLiteral("/empty");
        QDir().mkpath(empty);
        QVERIFY(extractZipSafely(c.zip, empty).ok());
    }

    void refusesZipSlip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("dotdot") << "../evil";
        QTest::newRow("nested dotdot") << "a/../../evil";
        QTest::newRow("absolute") << "/tmp/evil";
        QTest::newRow("backslash") << "..\\evil";
        QTest::newRow("drive letter") << "C:/evil";
        QTest::newRow("dot") << "./evil";
        QTest::newRow("empty component") << "a//evil";
    }
    void refusesZipSlip()
    {
        QFETCH(QString, name);
        expectRefused(crafted::build({{"ok.txt", "fine"}, {name, "pwned"}}),
                      QStringLiteral("zip-unsafe-name"), name);
    }

    void refusesSymlinks()
    {
        expectRefused(crafted::build({{"link", "/etc/passwd", 0120777}}), QStringLiteral("zip-symlink"),
                      QStringLiteral("link"));
        expectRefused(crafted::build({{"fifo", "", 0010644}}), QStringLiteral("zip-special-file"),
                      QStringLiteral("fifo"));
    }

    void refusesDuplicates()
    {
        QByteArray zip = crafted::build({{"aaaa.txt", "1"}, {"bbbb.txt", "2"}});
        crafted::rename(zip, "bbbb.txt", "aaaa.txt");
        expectRefused(zip, QStringLiteral("zip-duplicate"), QStringLiteral("aaaa.txt"));
        expectRefused(crafted::build({{"Readme.md", "1"}, {"README.md", "2"}}),
                      QStringLiteral("zip-duplicate"), QStringLiteral("README.md"));
        expectRefused(crafted::build({{"a", "file"}, {"a/b", "inside"}}), QStringLiteral("zip-duplicate"),
                      QStringLiteral("\"a\""));
    }

    void refusesBombsByDeclaredSize()
    {
        // 4 MiB of zeros deflates ~1000:1.
        expectRefused(crafted::build({{"bomb.bin", zeros(4 << 20)}}), QStringLiteral("zip-limit"),
                      QStringLiteral("bomb.bin"));
        ZipLimits tight;
        tight.maxEntrySize = 1000;
        expectRefused(crafted::build({{"big.txt", QByteArray(2000, 'x'), 0100644, false}}),
                      QStringLiteral("zip-limit"), QStringLiteral("big.txt"), tight);
        ZipLimits total;
        total.maxTotalUncompressed = 1500;
        expectRefused(crafted::build({{"a.txt", QByteArray(1000, 'x')}, {"b.txt", QByteArray(1000, 'y')}}),
                      QStringLiteral("zip-limit"), QStringLiteral("in.zip"), total);
    }

    void refusesTooManyEntries()
    {
        ZipLimits limits;
        limits.maxEntries = 3;
        QList<Member> members;
        for (int i = 0; i < 4; ++i)
            members.append({QStringLiteral("f%1").arg(i), "x"});
        expectRefused(crafted::build(members), QStringLiteral("zip-limit"), QStringLiteral("4 members"), limits);
    }

    void stopsWhenTheHeaderLiesAboutTheSize()
    {
        // Header claims 1000 bytes; the data inflates to 4 MiB. The declared ratio looks
        // harmless, so only counting the real output catches it.
        QByteArray zip = crafted::build({{"liar.bin", zeros(4 << 20)}});
        crafted::setUncompressedSize(zip, "liar.bin", 1000);
        const Case c = makeCase(zip);
        const auto r = extractZipSafely(c.zip, c.target);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().text().contains(QStringLiteral("liar.bin")), qPrintable(r.error().text()));
        QVERIFY2(r.error().code == QStringLiteral("zip-limit") || r.error().code == QStringLiteral("zip-corrupt"),
                 qPrintable(r.error().code));
        QCOMPARE(QDir(c.parent).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{QStringLiteral("in.zip")});

        // With a generous per-entry limit the actual-ratio check alone must stop it.
        QByteArray zip2 = crafted::build({{"liar.bin", zeros(4 << 20)}});
        crafted::setUncompressedSize(zip2, "liar.bin", 3 << 20);
        const auto r2 = readZipEntriesFromBytes(zip2);
        QVERIFY(!r2.ok());
        QVERIFY2(r2.error().text().contains(QStringLiteral("liar.bin")), qPrintable(r2.error().text()));
    }

    void reportsCorruptArchives()
    {
        QByteArray badCrc = crafted::build({{"good.txt", "good"}, {"data.txt", "some text here"}});
        crafted::setCrc(badCrc, "data.txt", 0xdeadbeef);
        expectRefused(badCrc, QStringLiteral("zip-corrupt"), QStringLiteral("data.txt"));

        const QByteArray whole = crafted::build({{"a.txt", QByteArray(5000, 'a')}});
        expectRefused(whole.left(whole.size() / 2), QStringLiteral("zip-not-zip"), QStringLiteral("truncated"));
        QByteArray holed = whole;
        holed.remove(40, 20); // bytes missing inside: offsets no longer match
        expectRefused(holed, QStringLiteral("zip-corrupt"), QStringLiteral("in.zip"));
        expectRefused(QByteArray("name: not a zip\n"), QStringLiteral("zip-not-zip"), QStringLiteral("not a ZIP"));
        const auto missing = extractZipSafely(m_tmp.filePath("nope.zip"), m_tmp.filePath("nope"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("zip-open"));
    }

    void leavesNothingPartialOnLateFailure()
    {
        // First member extracts fine, the second fails its CRC: the target must not appear.
        QByteArray zip = crafted::build({{"first.txt", QByteArray(10000, 'f')}, {"second.txt", "s"}});
        crafted::setCrc(zip, "second.txt", 1);
        expectRefused(zip, QStringLiteral("zip-corrupt"), QStringLiteral("second.txt"));
    }

    void readerListsMembers()
    {
        auto r = SafeZipReader::openBytes(crafted::build({{"x.txt", "hello"}}));
        QVERIFY(r.ok());
        QCOMPARE(r->members().size(), 1);
        QCOMPARE(r->members().first().size, qint64(5));
        QCOMPARE(r->readAll(r->members().first()).value(), QByteArray("hello"));
    }
};

QTEST_GUILESS_MAIN(TstSafeZipReader)
#include "tst_safezipreader.moc"
