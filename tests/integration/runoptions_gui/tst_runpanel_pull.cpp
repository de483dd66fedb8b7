// SPDX-License-Identifier: GPL-3.0-or-later
// The run panel shows the image pulls of a starting run live, as an "Image pull" row at the top
// whose log is the pull's output; the row stays when the run starts, says why when the start
// fails, and comes back from pull.log when a finished run is shown from its folder. The
// session's signals are emitted here as its worker would (no engine needed).
#include "core/exec/runsession.h"
#include "core/exec/runworkspace.h"
#include "ui/run/runpanel.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;

class TstRunPanelPull : public QObject
{
    Q_OBJECT

    static QTableWidget *table(ui::RunPanel &p) { return p.findChild<QTableWidget *>(); }
    static QStringList rowNames(ui::RunPanel &p)
    {
        QStringList names;
        for (int r = 0; r < table(p)->rowCount(); ++r)
            names.append(table(p)->item(r, 0)->text());
        return names;
    }

private slots:
    void pullLinesLiveThenKeptWhenTheRunStarts()
    {
        exec::RunSession session;
        ui::RunPanel panel;
        panel.show();
        panel.attach(&session);
        const QString run = QStringLiteral("20260101-000000-abcd");
        const QString image = QStringLiteral("127.0.0.1:5000/mlwb/pulltest:1");

        emit session.pullLine(run, image, QStringLiteral("Pulling %1 for task 'a' (pull policy: missing)…").arg(image));
        emit session.pullLine(run, image, QStringLiteral("1: Pulling from mlwb/pulltest"));
        QCOMPARE(rowNames(panel), QStringList{QStringLiteral("Image pull")});
        QVERIFY(panel.selectedTask().isEmpty()); // the pull row is no task: no "re-run from here"
        QVERIFY2(panel.logText().contains(QStringLiteral("1: Pulling from mlwb/pulltest")), qPrintable(panel.logText()));
        bool statusSaysPulling = false;
        for (QLabel *l : panel.findChildren<QLabel *>())
            statusSaysPulling |= l->text() == QStringLiteral("Pulling %1…").arg(image);
        QVERIFY(statusSaysPulling);
        QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("cancelRun"))->isEnabled()); // cancel stops the pull
        QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("rerunFromHere"))->isEnabled());
        // Live: the next line appears in the shown log at once.
        emit session.pullLine(run, image, QStringLiteral("Status: Downloaded newer image for ") + image);
        QVERIFY(panel.logText().endsWith(QStringLiteral("Status: Downloaded newer image for ") + image));

        emit session.runStarted(run, QStringLiteral("docker"));
        QVERIFY(rowNames(panel).contains(QStringLiteral("Image pull")));
        QCOMPARE(panel.pullLogText().split(QLatin1Char('\n')).size(), 3);
        // A step's lines stay in the step's log.
        emit session.logLine(run, QStringLiteral("a"), 1, exec::OutputStream::Stdout, QStringLiteral("hello"));
        QVERIFY(!panel.pullLogText().contains(QStringLiteral("hello")));

        // The next start's pull replaces what was shown.
        emit session.pullLine(QStringLiteral("20260101-000001-beef"), image, QStringLiteral("second"));
        QCOMPARE(panel.pullLogText(), QStringLiteral("second"));
        QCOMPARE(rowNames(panel), QStringList{QStringLiteral("Image pull")});
    }

    void failedStartSaysWhy()
    {
        exec::RunSession session;
        ui::RunPanel panel;
        panel.attach(&session);
        emit session.pullLine(QStringLiteral("r1"), QStringLiteral("x:1"), QStringLiteral("Pulling x:1…"));
        const QString why = QStringLiteral("Task 'a' needs the image 'x:1': Cannot pull the image 'x:1': denied");
        emit session.startFailed(why, QStringLiteral("image-pull-failed"));
        bool said = false;
        for (QLabel *l : panel.findChildren<QLabel *>())
            said |= l->text() == QStringLiteral("The run did not start") && l->toolTip() == why;
        QVERIFY(said);
        QCOMPARE(table(panel)->item(0, 1)->text(), QStringLiteral("Failed"));
        QCOMPARE(table(panel)->item(0, 1)->toolTip(), why);
        QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("cancelRun"))->isEnabled());
    }

    void runFolderShowsPullLog()
    {
        QTemporaryDir dir;
        const QString runDir = dir.filePath(QStringLiteral("20260101-000000-abcd"));
        QDir().mkpath(runDir);
        QFile f(exec::runfiles::pullLogPath(runDir));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Pulling img:1 for task 'a' (pull policy: always)…\nPulled img:1 (sha256:1)\n");
        f.close();
        ui::RunPanel panel;
        panel.showRunFolder(runDir, {QStringLiteral("a")});
        QCOMPARE(rowNames(panel), (QStringList{QStringLiteral("Image pull"), QStringLiteral("a")}));
        QCOMPARE(panel.pullLogText(),
                 QStringLiteral("Pulling img:1 for task 'a' (pull policy: always)…\nPulled img:1 (sha256:1)"));
    }
};

QTEST_MAIN(TstRunPanelPull)
#include "tst_runpanel_pull.moc"
