// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/fileio.h"
#include "core/bundle/checksums.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace wb::bundle;

class TstChecksums : public QObject
{
    Q_OBJECT
private:
    static ZipEntries members()
    {
        return {{"pipeline.yaml", "a: 1\n"}, {"components/b.yaml", "b\n"}, {"README.md", "hi\n"}};
    }
private slots:
    void formatIsSha256sums()
    {
        const QByteArray sums = makeSha256Sums(members());
        const QList<QByteArray> lines = sums.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).endsWith("  README.md")); // sorted by name
        QVERIFY(lines.at(1).endsWith("  components/b.yaml"));
        QCOMPARE(lines.at(2), wb::sha256Hex("a: 1\n").toLatin1() + "  pipeline.yaml");
        // The real tool agrees.
        if (QStandardPaths::findExecutable("sha256sum").isEmpty())
            return;
        QTemporaryDir dir;
        for (const ZipEntry &e : members()) {
            QDir().mkpath(QFileInfo(dir.filePath(e.name)).absolutePath());
            QVERIFY(wb::writeFileAtomically(dir.filePath(e.name), e.data).ok());
        }
        QVERIFY(wb::writeFileAtomically(dir.filePath(kChecksumsName), sums).ok());
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start("sha256sum", {"-c", "--quiet", kChecksumsName});
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(verifySha256SumsInDir(sums, dir.path()).ok());
        QVERIFY(wb::writeFileAtomically(dir.filePath("README.md"), "changed").ok());
        QVERIFY(!verifySha256SumsInDir(sums, dir.path()).ok());
    }

    void verifiesMembers()
    {
        ZipEntries entries = members();
        const QByteArray sums = makeSha256Sums(entries);
        entries.append(ZipEntry{kChecksumsName, sums});
        QVERIFY(verifySha256Sums(sums, entries).ok());

        ZipEntries tampered = entries;
        tampered[0].data = "a: 2\n";
        tampered.removeAt(1);
        tampered.append(ZipEntry{"extra.sh", "rm -rf /"});
        const auto r = verifySha256Sums(sums, tampered);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("checksums-mismatch"));
        QVERIFY(r.error().message.contains("\"pipeline.yaml\" has been modified"));
        QVERIFY(r.error().message.contains("\"components/b.yaml\" is missing"));
        QVERIFY(r.error().message.contains("\"extra.sh\" is not listed"));
    }

    void parsesAndRefusesMalformedLists()
    {
        const QByteArray hash(64, 'A');
        const auto ok = parseSha256Sums(hash + " *bin.dat\r\n\n" + QByteArray(64, 'b') + "  x y.txt\n");
        QVERIFY(ok.ok());
        QCOMPARE(ok->size(), 2);
        QCOMPARE(ok->at(0).first, QStringLiteral("bin.dat"));
        QCOMPARE(ok->at(0).second, QString(64, 'a'));
        QCOMPARE(ok->at(1).first, QStringLiteral("x y.txt"));
        const auto bad = parseSha256Sums("abc  x\n");
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains("line 1"));
        const auto dup = parseSha256Sums(hash + "  x\n" + hash + "  x\n");
        QVERIFY(!dup.ok());
        QVERIFY(dup.error().message.contains("twice"));
    }
};

QTEST_GUILESS_MAIN(TstChecksums)
#include "tst_checksums.moc"
