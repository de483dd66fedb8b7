// SPDX-License-Identifier: GPL-3.0-or-later
// Autosave to the recovery folder while there are unsaved changes; after a "crash" the next
// window lists the recovery file and restores it (without the modal dialog).
#include "editortestsupport.h"

#include "ui/mainwindow/mainwindow.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

using namespace wb;
using namespace wbtest;

class TestEditorRecovery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void autosaveThenRestoreAfterCrash();
    void savingRemovesTheRecoveryFile();

private:
    QTemporaryDir m_tmp;
};

void TestEditorRecovery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("mlwb-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_editor_recovery"));
    QSettings().clear();
    QVERIFY(m_tmp.isValid());
}

void TestEditorRecovery::autosaveThenRestoreAfterCrash()
{
    // A copy of the example workspace, so the test can write next to the pipeline.
    const QString ws = m_tmp.filePath(QStringLiteral("ws"));
    QVERIFY(QDir().mkpath(ws));
    QVERIFY(QFile::copy(examplesDir() + QStringLiteral("/hello.pipeline.yaml"), ws + QStringLiteral("/hello.pipeline.yaml")));
    const QString recoveryDir = m_tmp.filePath(QStringLiteral("recovery"));
    const QString crashDir = m_tmp.filePath(QStringLiteral("crashed"));

    QByteArray edited;
    QString originalPath;
    {
        ui::MainWindow w;
        w.recoveryManager()->setDirectory(recoveryDir);
        w.recoveryManager()->setIntervalMs(150);
        w.openWorkspace(ws);
        QVERIFY(w.openPipeline(ws + QStringLiteral("/hello.pipeline.yaml")));
        originalPath = w.document()->filePath();
        model::PipelineDocument *doc = w.document();
        QVERIFY(doc->requestRenameTask(doc->model().taskByName(QStringLiteral("count")), QStringLiteral("count-bytes")).ok());
        QVERIFY(w.isWindowModified());
        const QString rec = w.recoveryManager()->currentRecoveryPath();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(rec), 3000);
        edited = bytesOf(*doc);
        QFile f(rec);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), edited);
        // A second edit is written on the next tick.
        QVERIFY(doc->requestMoveTasks({{doc->model().taskByName(QStringLiteral("join")), QPointF(999, 99)}}).ok());
        edited = bytesOf(*doc);
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            QFile g(rec);
            return g.open(QIODevice::ReadOnly) && g.readAll() == edited;
        }(), 3000);
        // "Crash": keep what is on disk before the window closes normally (which cleans up).
        QVERIFY(QDir().mkpath(crashDir));
        for (const QFileInfo &fi : QDir(recoveryDir).entryInfoList(QDir::Files))
            QVERIFY(QFile::copy(fi.absoluteFilePath(), crashDir + QLatin1Char('/') + fi.fileName()));
        w.setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
        QVERIFY(w.close());
        QVERIFY(!QFile::exists(rec)); // a normal close leaves nothing behind
    }
    ui::MainWindow w2;
    w2.recoveryManager()->setDirectory(crashDir);
    const QList<ui::RecoveryEntry> pending = w2.pendingRecoveries();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().originalPath, originalPath);
    QVERIFY(w2.restoreRecovery(pending.first()));
    QCOMPARE(bytesOf(*w2.document()), edited);
    QCOMPARE(w2.document()->filePath(), originalPath);
    QVERIFY(w2.document()->isDirty());
    QVERIFY(w2.isWindowModified());
    // Components resolved against the original folder: nothing is missing.
    for (model::NodeId id : w2.document()->model().taskIds())
        QVERIFY(!w2.document()->model().task(id).isMissing());
    // Saving writes the recovered content to the original file.
    QVERIFY(w2.save());
    QFile saved(originalPath);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), edited);
    QVERIFY(w2.pendingRecoveries().isEmpty());
}

void TestEditorRecovery::savingRemovesTheRecoveryFile()
{
    const QString recoveryDir = m_tmp.filePath(QStringLiteral("recovery2"));
    ui::MainWindow w;
    w.recoveryManager()->setDirectory(recoveryDir);
    w.recoveryManager()->setIntervalMs(100);
    model::PipelineDocument *doc = w.document();
    QVERIFY(doc->requestSetInfo(QStringLiteral("Temp"), QString()).ok());
    const QString rec = w.recoveryManager()->currentRecoveryPath();
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(rec), 3000);
    QVERIFY(w.saveTo(m_tmp.filePath(QStringLiteral("temp.pipeline.yaml"))));
    QVERIFY(!QFile::exists(rec));
    QVERIFY(QDir(recoveryDir).entryList({QStringLiteral("*.pipeline.yaml")}, QDir::Files).isEmpty());
    QVERIFY(!w.isWindowModified());
    QVERIFY(!w.recoveryManager()->autosaveNow()); // nothing unsaved
}

QTEST_MAIN(TestEditorRecovery)
#include "tst_editor_recovery.moc"
