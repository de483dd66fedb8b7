// SPDX-License-Identifier: GPL-3.0-or-later
// Edit → Settings…: values per user (QSettings) with per-workspace overrides (.mlwb/settings.json,
// other keys kept), validation that blocks OK, the docker binary and run defaults reaching the
// run coordinator, the cache page (size, Clear), and the run dialog's remembered runtime and
// experiment (a run lands in the store under it).
#include "core/exec/runrecovery.h"
#include "core/exec/workspacesettings.h"
#include "core/model/pipelinedocument.h"
#include "core/store/metadatastore.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/workbenchviews.h"
#include "ui/run/runcoordinator.h"
#include "ui/run/runparametersdialog.h"
#include "ui/settings/cachepage.h"
#include "ui/settings/settingsdialog.h"
#include "ui/settings/workbenchsettings.h"

#include <QCheckBox>
#include <QCompleter>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace wb;
using namespace wb::ui;
namespace k = wb::ui::settingkeys;

namespace {

const QString kBinary = QString::fromLatin1(k::DockerBinary);
const QString kContext = QString::fromLatin1(k::DockerContext);
const QString kRuntime = QString::fromLatin1(k::Runtime);
const QString kPull = QString::fromLatin1(k::Pull);
const QString kMemory = QString::fromLatin1(k::DefaultMemory);
const QString kPids = QString::fromLatin1(k::PidsLimit);
const QString kExperiment = QString::fromLatin1(k::Experiment);

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QJsonObject settingsJson(const QString &ws)
{
    QFile f(exec::workspaceSettingsPath(ws));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString fakeExecutable(const QString &dir, const QString &name)
{
    const QString path = dir + QLatin1Char('/') + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("#!/bin/sh\nexit 1\n");
    f.close();
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

QString lineText(SettingsDialog &d, const QString &key)
{
    auto *edit = qobject_cast<QLineEdit *>(d.editor(key));
    return edit ? edit->text() : QString();
}

} // namespace

class TstSettings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("mlwb-test-settings"));
        QSettings().clear();
    }
    void init() { QSettings().clear(); }

    void savesUserValuesAndWorkspaceOverrides()
    {
        QTemporaryDir ws;
        // A file written before: an override of the process limit and a key of a newer mlwb.
        writeFile(exec::workspaceSettingsPath(ws.path()), R"({"containers": {"pidsLimit": 100}, "future": {"x": 1}})");
        {
            SettingsDialog d(ws.path());
            QVERIFY(d.overrideBox(kPids)->isChecked());
            QCOMPARE(lineText(d, kPids), QStringLiteral("100"));
            QVERIFY(!d.overrideBox(kMemory)->isChecked());
            QVERIFY(d.overrideBox(kMemory)->isEnabled());

            d.setValue(kContext, QStringLiteral("remote-ctx"));      // the user's
            d.setValue(kExperiment, QStringLiteral("churn"));        // the user's
            d.overrideBox(kMemory)->setChecked(true);                // this workspace's
            d.setValue(kMemory, QStringLiteral("2g"));
            d.overrideBox(kPull)->setChecked(true);
            d.setValue(kPull, QStringLiteral("never"));
            d.overrideBox(kPids)->setChecked(false);                 // back to the user's value
            QCOMPARE(lineText(d, kPids), QString());
            d.setValue(kPids, QStringLiteral("512"));
            QVERIFY2(d.okButton()->isEnabled(), qPrintable(d.validationMessage()));
            d.accept();
            QCOMPARE(d.result(), int(QDialog::Accepted));
        }
        QSettings s;
        QCOMPARE(s.value(QStringLiteral("settings/containers/dockerContext")).toString(), QStringLiteral("remote-ctx"));
        QCOMPARE(s.value(QStringLiteral("settings/runs/experiment")).toString(), QStringLiteral("churn"));
        QCOMPARE(s.value(QStringLiteral("settings/containers/pidsLimit")).toString(), QStringLiteral("512"));
        QVERIFY(!s.contains(QStringLiteral("settings/containers/defaultMemory")));

        const QJsonObject root = settingsJson(ws.path());
        const QJsonObject containers = root.value(QStringLiteral("containers")).toObject();
        QCOMPARE(containers.value(QStringLiteral("defaultMemory")).toString(), QStringLiteral("2g"));
        QCOMPARE(containers.value(QStringLiteral("pull")).toString(), QStringLiteral("never"));
        QVERIFY(!containers.contains(QStringLiteral("pidsLimit"))); // no longer overridden
        QVERIFY(!containers.contains(QStringLiteral("dockerContext")));
        QCOMPARE(root.value(QStringLiteral("future")).toObject().value(QStringLiteral("x")).toInt(), 1); // kept
        // The executor reads the file as before.
        auto read = exec::readWorkspaceSettings(ws.path());
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().text()));
        QCOMPARE(read->containers.defaultMemory.bytes, qint64(2) << 30);

        const WorkbenchSettings loaded = WorkbenchSettings::load(ws.path());
        QCOMPARE(loaded.value(kMemory), QStringLiteral("2g"));
        QVERIFY(loaded.isOverridden(kMemory));
        QCOMPARE(loaded.value(kPids), QStringLiteral("512"));
        QCOMPARE(loaded.value(kContext), QStringLiteral("remote-ctx"));
        // Another workspace sees the user's values only.
        QTemporaryDir other;
        QCOMPARE(WorkbenchSettings::load(other.path()).value(kMemory), QStringLiteral("75%"));
        QCOMPARE(WorkbenchSettings::load(other.path()).value(kExperiment), QStringLiteral("churn"));

        // The dialog shows it all again.
        SettingsDialog again(ws.path());
        QVERIFY(again.overrideBox(kMemory)->isChecked());
        QCOMPARE(lineText(again, kMemory), QStringLiteral("2g"));
        QCOMPARE(lineText(again, kContext), QStringLiteral("remote-ctx"));
        QVERIFY(!again.overrideBox(kPids)->isChecked());
    }

    void invalidValuesKeepOkDisabled()
    {
        QTemporaryDir ws;
        SettingsDialog d(ws.path());
        QVERIFY(d.okButton()->isEnabled());
        d.setValue(kBinary, ws.filePath(QStringLiteral("no-such-docker")));
        QVERIFY(!d.okButton()->isEnabled());
        QVERIFY2(d.validationMessage().contains(QStringLiteral("does not exist")), qPrintable(d.validationMessage()));
        d.setValue(kBinary, QStringLiteral("no-such-docker-on-path-xyz"));
        QVERIFY(!d.okButton()->isEnabled());
        QVERIFY2(d.validationMessage().contains(QStringLiteral("PATH")), qPrintable(d.validationMessage()));
        d.setValue(kBinary, QString());
        QVERIFY(d.okButton()->isEnabled());

        d.setValue(kMemory, QStringLiteral("lots"));
        QVERIFY(!d.okButton()->isEnabled());
        QVERIFY2(d.validationMessage().contains(QStringLiteral("not a memory size")), qPrintable(d.validationMessage()));
        d.accept(); // refused: nothing is written
        QVERIFY(d.result() != QDialog::Accepted);
        QVERIFY(!QSettings().contains(QStringLiteral("settings/containers/defaultMemory")));
        d.setValue(kMemory, QStringLiteral("75%"));
        QVERIFY(d.okButton()->isEnabled());

        d.setValue(kPids, QStringLiteral("0"));
        QVERIFY(!d.okButton()->isEnabled());
        d.setValue(kPids, QString());
        d.setValue(kContext, QStringLiteral("not a context!"));
        QVERIFY(!d.okButton()->isEnabled());
        d.setValue(kContext, QString());
        // An override must name a value.
        d.overrideBox(kMemory)->setChecked(true);
        QCOMPARE(lineText(d, kMemory), QStringLiteral("75%")); // starts from what applies
        d.setValue(kMemory, QString());
        QVERIFY(!d.okButton()->isEnabled());
        d.overrideBox(kMemory)->setChecked(false);
        QVERIFY2(d.okButton()->isEnabled(), qPrintable(d.validationMessage()));

        // Without a workspace there is nothing to override.
        SettingsDialog none{QString()};
        QVERIFY(!none.overrideBox(kMemory)->isEnabled());
    }

    void dockerBinaryAndDefaultsReachTheRunCoordinator()
    {
        QTemporaryDir ws;
        QTemporaryDir bin;
        const QString mine = fakeExecutable(bin.path(), QStringLiteral("my-docker"));
        const QString podman = fakeExecutable(bin.path(), QStringLiteral("podman-wrapper"));
        MainWindow w;
        w.openWorkspace(ws.path());
        RunCoordinator *runs = w.views()->runs();
        QCOMPARE(runs->dockerBinary(), QString());

        QAction *action = w.action(QStringLiteral("actionSettings"));
        QVERIFY(action);
        QVERIFY(!action->shortcut().isEmpty());
        action->trigger();
        auto *d = w.findChild<SettingsDialog *>();
        QVERIFY(d);
        d->setValue(kBinary, mine);
        d->setValue(kContext, QStringLiteral("colima"));
        d->setValue(kRuntime, QStringLiteral("process"));
        d->setValue(kExperiment, QStringLiteral("exp-a"));
        d->setValue(kPids, QStringLiteral("300"));
        d->okButton()->click();
        QCOMPARE(runs->dockerBinary(), mine);
        QCOMPARE(runs->defaults().dockerContext, QStringLiteral("colima"));
        QCOMPARE(runs->defaults().runtime, exec::RuntimeMode::Process);
        QCOMPARE(runs->defaults().experiment, QStringLiteral("exp-a"));
        QCOMPARE(runs->defaults().pidsLimit, 300);
        QTRY_VERIFY(!w.findChild<SettingsDialog *>()); // closed and deleted

        // This workspace only: another binary here, the user's everywhere else.
        action->trigger();
        d = w.findChild<SettingsDialog *>();
        QVERIFY(d);
        QCOMPARE(lineText(*d, kBinary), mine);
        d->overrideBox(kBinary)->setChecked(true);
        d->setValue(kBinary, podman);
        d->okButton()->click();
        QCOMPARE(runs->dockerBinary(), podman);
        QCOMPARE(QSettings().value(QStringLiteral("settings/containers/dockerBinary")).toString(), mine);
        QTemporaryDir other;
        w.openWorkspace(other.path());
        QCOMPARE(runs->dockerBinary(), mine);
        w.openWorkspace(ws.path());
        QCOMPARE(runs->dockerBinary(), podman);
    }

    void dockerContextReachesTheDockerCli()
    {
        // A fake docker that notes the environment it was started with.
        QTemporaryDir bin;
        const QString seen = bin.filePath(QStringLiteral("seen.txt"));
        const QString docker = bin.filePath(QStringLiteral("docker"));
        {
            QFile f(docker);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("#!/bin/sh\necho \"context=$DOCKER_CONTEXT host=$DOCKER_HOST\" >> '%1'\nexit 1\n")
                        .arg(seen).toUtf8());
        }
        QFile(docker).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("DOCKER_HOST", "tcp://elsewhere:2375"); // would win over DOCKER_CONTEXT
        auto restore = qScopeGuard([] { qunsetenv("DOCKER_HOST"); });
        auto selected = exec::selectRuntime(exec::RuntimeMode::Docker, docker, QStringLiteral("colima"));
        QVERIFY(!selected.ok()); // the fake engine does not answer
        QFile f(seen);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY2(text.contains(QStringLiteral("context=colima host=\n")), qPrintable(text));
    }

    void cacheSizeAndClear()
    {
        QTemporaryDir ws;
        const QString cache = ws.filePath(QStringLiteral(".mlwb/cache"));
        writeFile(cache + QStringLiteral("/a.json"), QByteArray(1000, 'a'));
        writeFile(cache + QStringLiteral("/sub/b.json"), QByteArray(24, 'b'));
        SettingsDialog d(ws.path());
        CachePage *page = d.cachePage();
        QVERIFY(page);
        QCOMPARE(QDir(page->location()), QDir(cache));
        QSignalSpy sized(page, &CachePage::sizeChanged);
        QTRY_VERIFY(!page->isBusy());
        if (sized.isEmpty())
            QVERIFY(sized.wait(5000));
        QCOMPARE(sized.last().at(0).toLongLong(), 1024);
        QCOMPARE(sized.last().at(1).toLongLong(), 2);
        QVERIFY2(page->sizeText().contains(QLocale().formattedDataSize(1024)), qPrintable(page->sizeText()));

        // Clear asks first: No keeps everything.
        int asked = 0;
        page->setConfirmClear([&] { ++asked; return false; });
        page->clearInteractive();
        QCOMPARE(asked, 1);
        QVERIFY(QFile::exists(cache + QStringLiteral("/a.json")));

        page->setConfirmClear([&] { ++asked; return true; });
        QSignalSpy cleared(page, &CachePage::cleared);
        page->clearInteractive();
        QVERIFY(cleared.wait(5000));
        QVERIFY(cleared.first().first().toBool());
        QVERIFY(QDir(cache).exists());
        QVERIFY(QDir(cache).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
        QTRY_VERIFY(!page->isBusy());
        QCOMPARE(sized.last().at(0).toLongLong(), 0);
        QCOMPARE(sized.last().at(1).toLongLong(), 0);
    }

    void runDialogRemembersTheRuntimeAndRecordsTheExperiment()
    {
        QTemporaryDir ws;
        const QString file = ws.filePath(QStringLiteral("diamond.pipeline.yaml"));
        QVERIFY(QFile::copy(QStringLiteral(MLWB_SOURCE_DIR "/tests/data/pipelines/diamond.pipeline.yaml"), file));
        QFile(file).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        // The user's default experiment comes from the settings.
        WorkbenchSettings s;
        s.user.insert(kExperiment, QStringLiteral("nightly"));
        s.user.insert(kPids, QStringLiteral("321")); // the user's own process limit
        QVERIFY(s.save(QString()).ok());

        MainWindow w;
        QString error;
        w.setErrorReporter([&](const QString &, const QString &m) { error = m; });
        w.openWorkspace(ws.path());
        QVERIFY(w.openPipeline(file));
        RunCoordinator *runs = w.views()->runs();
        QSignalSpy finished(runs, &RunCoordinator::runFinished);

        QString shownExperiment;
        QTimer::singleShot(0, &w, [&] {
            auto *d = w.findChild<RunParametersDialog *>();
            QVERIFY(d);
            shownExperiment = d->experiment();
            QCOMPARE(d->runtimeMode(), exec::RuntimeMode::Auto); // nothing remembered yet
            d->setRuntimeMode(exec::RuntimeMode::Process);
            d->setExperiment(QStringLiteral("word-counts"));
            d->accept();
        });
        w.action(QStringLiteral("actionRun"))->trigger();
        QCOMPARE(shownExperiment, QStringLiteral("nightly"));
        QVERIFY2(finished.wait(30000) || !finished.isEmpty(), qPrintable(error));
        const auto result = finished.first().first().value<exec::RunResult>();
        QCOMPARE(result.outcome, exec::RunOutcome::Succeeded);

        store::MetadataStore db;
        QVERIFY(db.open(store::MetadataStore::defaultPath(ws.path()), store::MetadataStore::Mode::ReadOnly).ok());
        auto page = db.listRuns();
        QVERIFY(page.ok());
        QCOMPARE(page->runs.size(), 1);
        QCOMPARE(page->runs.first().name, result.runId);
        QCOMPARE(page->runs.first().experiment, QStringLiteral("word-counts"));
        // The user's process limit reached the step (the process runner says it cannot apply it).
        auto logOf = [](const exec::RunResult &r) {
            QFile log(r.runDir + QStringLiteral("/split/attempt-1.log"));
            return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
        };
        QVERIFY2(logOf(result).contains(QStringLiteral("321 processes")), qPrintable(logOf(result)));
        // This workspace's own value wins over the user's.
        QVERIFY(exec::updateWorkspaceSettings(ws.path(), {{kPids, 123}}).ok());
        RunRequest again;
        again.runtime = exec::RuntimeMode::Process;
        again.parameters.insert(QStringLiteral("text"), QStringLiteral("not cached")); // the steps run again
        QVERIFY(runs->start(again));
        QVERIFY2(finished.wait(30000), qPrintable(error));
        const auto second = finished.last().first().value<exec::RunResult>();
        QVERIFY2(logOf(second).contains(QStringLiteral("123 processes")), qPrintable(logOf(second)));
        QCOMPARE(runs->defaults().experiment, QStringLiteral("nightly"));

        // The next run dialog starts on the runtime chosen last time, and completes experiments.
        bool completes = false;
        exec::RuntimeMode remembered = exec::RuntimeMode::Auto;
        QTimer::singleShot(0, &w, [&] {
            auto *d = w.findChild<RunParametersDialog *>();
            QVERIFY(d);
            remembered = d->runtimeMode();
            QTRY_VERIFY(d->findChild<QLineEdit *>(QStringLiteral("experiment"))->completer());
            const QCompleter *c = d->findChild<QLineEdit *>(QStringLiteral("experiment"))->completer();
            const QStringList names = qobject_cast<QStringListModel *>(c->model())
                                          ? qobject_cast<QStringListModel *>(c->model())->stringList()
                                          : QStringList();
            completes = names.contains(QStringLiteral("word-counts"));
            d->reject();
        });
        w.action(QStringLiteral("actionRun"))->trigger();
        QCOMPARE(remembered, exec::RuntimeMode::Process);
        QVERIFY(completes);

        // Choosing another default runtime in the settings makes the dialog start on it.
        WorkbenchSettings docker = WorkbenchSettings::load(ws.path());
        docker.user.insert(kRuntime, QStringLiteral("docker"));
        QVERIFY(docker.save(ws.path()).ok());
        QVERIFY(!QSettings().contains(RunParametersDialog::lastRuntimeKey()));
        RunParametersDialog fresh(w.document()->model().info());
        fresh.setDefaultRuntime(exec::RuntimeMode::Docker);
        QCOMPARE(fresh.runtimeMode(), exec::RuntimeMode::Docker);
    }
};

QTEST_MAIN(TstSettings)
#include "tst_settings.moc"
