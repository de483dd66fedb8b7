// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/manifest/pipelinefile.h"
#include "core/plugin/pluginmanager.h"
#include "ui/bundle/packagedialogs.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <functional>

using namespace wb;
using namespace wb::ui;

namespace {

const QString kChurn = QStringLiteral(MLWB_SOURCE_DIR "/resources/examples/churn.pipeline.yaml");

QStringList codes(const Diagnostics &ds)
{
    QStringList out;
    for (const Diagnostic &d : ds)
        out << d.code;
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Answers the modal dialogs the dialog-driven functions open, in order: each step gets the
/// active modal widget (a QFileDialog or a QMessageBox) and handles it.
class Autopilot : public QObject
{
public:
    using Step = std::function<void(QWidget *)>;
    explicit Autopilot(QList<Step> steps)
        : m_steps(std::move(steps))
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal == m_last || m_steps.isEmpty())
                return;
            m_last = modal;
            m_steps.takeFirst()(modal);
        });
        m_timer.start(30);
    }
    bool done() const { return m_steps.isEmpty(); }

private:
    QList<Step> m_steps;
    QTimer m_timer;
    QPointer<QWidget> m_last;
};

Autopilot::Step chooseFile(const QString &path, const QString &filter = {})
{
    return [path, filter](QWidget *w) {
        auto *dialog = qobject_cast<QFileDialog *>(w);
        QVERIFY2(dialog, qPrintable(w->metaObject()->className()));
        if (!filter.isEmpty())
            dialog->selectNameFilter(filter);
        const bool folder = dialog->fileMode() == QFileDialog::Directory;
        dialog->setDirectory(folder ? path : QFileInfo(path).absolutePath());
        QTest::qWait(200); // the dialog fills in its own file name once the folder is read
        if (!folder) {
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            name->setText(QFileInfo(path).fileName());
        }
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept is protected
    };
}

Autopilot::Step acceptMessage(QString *text, const QString &screenshot = {})
{
    return [text, screenshot](QWidget *w) {
        auto *box = qobject_cast<QMessageBox *>(w);
        QVERIFY2(box, qPrintable(w->metaObject()->className()));
        *text = box->text() + QLatin1Char('\n') + box->informativeText();
        if (!screenshot.isEmpty() && !qEnvironmentVariableIsEmpty("MLWB_SCREENSHOT_DIR"))
            box->grab().save(qEnvironmentVariable("MLWB_SCREENSHOT_DIR") + QLatin1Char('/') + screenshot);
        box->accept();
    };
}

} // namespace

class TstPackageDialogs : public QObject
{
    Q_OBJECT
private:
    plugin::PluginManager m_plugins;

    ExportFormat format(const QString &id) const
    {
        for (const ExportFormat &f : exportFormats(&m_plugins))
            if (f.id == id)
                return f;
        qFatal("no export format %s", qPrintable(id));
    }

private slots:
    void initTestCase()
    {
        m_plugins.setSearchPaths({QStringLiteral(MLWB_BINARY_DIR "/plugins"), QStringLiteral(MLWB_TEST_PLUGIN_DIR)});
        m_plugins.loadPlugins();
    }

    void formats()
    {
        QStringList ids;
        for (const ExportFormat &f : exportFormats(&m_plugins))
            ids << f.id;
        QCOMPARE(ids.mid(0, 2), (QStringList{"kfp-zip", "kfp-ir"}));
        QVERIFY2(ids.contains("argo-workflow") && ids.contains("test.good"), qPrintable(ids.join(',')));
        QCOMPARE(exportFormats(nullptr).size(), 2);
        QCOMPARE(format("argo-workflow").nameFilter(), QStringLiteral("Argo Workflow (*.argo.yaml)"));
        QCOMPARE(format("kfp-zip").nameFilter(), QStringLiteral("Kubeflow Pipelines package (*.mlwb.zip)"));
        QVERIFY(format("argo-workflow").exporter);
        QVERIFY(!format("kfp-ir").exporter);
    }

    void suffixes()
    {
        QCOMPARE(withSuffix("/a/churn", format("argo-workflow")), QStringLiteral("/a/churn.argo.yaml"));
        QCOMPARE(withSuffix("/a/churn.argo.yaml", format("argo-workflow")), QStringLiteral("/a/churn.argo.yaml"));
        QCOMPARE(withSuffix("/a/churn.yaml", format("argo-workflow")), QStringLiteral("/a/churn.yaml"));
        QCOMPARE(withSuffix("/a/churn.zip", format("kfp-zip")), QStringLiteral("/a/churn.zip"));
        QCOMPARE(withSuffix("/a/churn.ZIP", format("kfp-zip")), QStringLiteral("/a/churn.ZIP"));
        QCOMPARE(withSuffix("/a/churn", format("kfp-zip")), QStringLiteral("/a/churn.mlwb.zip"));
        QCOMPARE(withSuffix("/a/churn.v2", format("kfp-ir")), QStringLiteral("/a/churn.v2.kfp.yaml"));
    }

    void exportsInEveryFormat_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QByteArray>("contains");
        QTest::addColumn<QString>("warning");
        QTest::addColumn<QString>("notWarning");
        QTest::newRow("kfp-zip") << "kfp-zip" << QByteArray("PK\x03\x04") << "dataset-uri" << "";
        QTest::newRow("kfp-ir") << "kfp-ir" << QByteArray("schemaVersion: '2.1.0'") << "dataset-uri" << "";
        QTest::newRow("argo") << "argo-workflow" << QByteArray("kind: Workflow") << "argo-upload-dataset" << "dataset-uri";
        QTest::newRow("plugin") << "test.good" << QByteArray("\"pipelineInfo\"") << "test-warning" << "dataset-uri";
    }
    void exportsInEveryFormat()
    {
        QFETCH(QString, id);
        QFETCH(QByteArray, contains);
        QFETCH(QString, warning);
        QFETCH(QString, notWarning);
        QTemporaryDir tmp;
        const ExportFormat f = format(id);
        const QString out = withSuffix(tmp.filePath("churn"), f);
        QElapsedTimer timer;
        timer.start();
        const Result<ExportOutcome> r = exportPipelineFile(kChurn, f, out);
        qInfo().noquote() << QStringLiteral("export %1: %2 ms").arg(id).arg(timer.elapsed());
        QVERIFY2(r, qPrintable(r ? QString() : r.error().text()));
        QCOMPARE(r->path, out);
        QVERIFY2(readAll(out).contains(contains), qPrintable(out));
        QVERIFY2(codes(r->warnings).contains(warning), qPrintable(codes(r->warnings).join(',')));
        if (!notWarning.isEmpty())
            QVERIFY(!codes(r->warnings).contains(notWarning));
        QVERIFY(!warningsText(r->warnings).isEmpty());
    }

    void exportErrors()
    {
        QTemporaryDir tmp;
        const Result<ExportOutcome> missing = exportPipelineFile(tmp.filePath("none.pipeline.yaml"), format("kfp-zip"), tmp.filePath("x.zip"));
        QVERIFY(!missing);
        QVERIFY(!QFile::exists(tmp.filePath("x.zip")));
        QVERIFY(!exportPipelineFile(tmp.filePath("none.pipeline.yaml"), format("argo-workflow"), tmp.filePath("x.yaml")));
        ExportFormat unknown{"nope", "Nope", "nope", nullptr};
        const Result<ExportOutcome> r = exportPipelineFile(kChurn, unknown, tmp.filePath("x.nope"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("export-format"));
    }

    void importFolders()
    {
        QTemporaryDir tmp;
        QCOMPARE(suggestedImportFolder("/p/churn.mlwb.zip", tmp.path()), tmp.filePath("churn"));
        QCOMPARE(suggestedImportFolder("/p/add_numbers.yaml", tmp.path()), tmp.filePath("add_numbers"));
        QDir(tmp.path()).mkpath("churn");
        QCOMPARE(suggestedImportFolder("/p/churn.zip", tmp.path()), tmp.filePath("churn-2"));
        QDir(tmp.path()).mkpath("churn-2");
        QCOMPARE(suggestedImportFolder("/p/churn.zip", tmp.path()), tmp.filePath("churn-3"));
    }

    void importsWhatItExported()
    {
        QTemporaryDir tmp;
        const QString zip = tmp.filePath("churn.mlwb.zip");
        QVERIFY(exportPipelineFile(kChurn, format("kfp-zip"), zip));
        const QString target = suggestedImportFolder(zip, tmp.path());
        const Result<bundle::ImportedPackage> imported = importPackageInto(zip, target);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().text()));
        QCOMPARE(imported->pipelinePath, target + "/churn.pipeline.yaml");
        const Result<manifest::LoadedPipeline> opened = manifest::readPipelineFile(imported->pipelinePath);
        QVERIFY(opened && !hasErrors(opened->diagnostics));
        QCOMPARE(opened->snapshot.tasks.size(), size_t(10));
        // Importing again into the same folder is refused, nothing is overwritten.
        const Result<bundle::ImportedPackage> again = importPackageInto(zip, target);
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("import-exists"));
        // The IR alone imports too (as inline components).
        const QString ir = tmp.filePath("churn.kfp.yaml");
        QVERIFY(exportPipelineFile(kChurn, format("kfp-ir"), ir));
        const Result<bundle::ImportedPackage> fromIr = importPackageInto(ir, suggestedImportFolder(ir, tmp.path()));
        QVERIFY2(fromIr, qPrintable(fromIr ? QString() : fromIr.error().text()));
        QVERIFY(QFileInfo(fromIr->pipelinePath).isFile());
        QVERIFY(!fromIr->native);
    }

    // The dialog-driven functions, with their dialogs answered: the file dialog's filter picks
    // the format, the suffix is added, warnings are shown, and the import returns the pipeline.
    void dialogsExportAndImport()
    {
        QTemporaryDir tmp;
        QString message;
        {
            Autopilot pilot({chooseFile(tmp.filePath("wf"), format("argo-workflow").nameFilter()),
                             acceptMessage(&message, "export-warnings.png")});
            const QString written = exportPipelineWithDialogs(nullptr, kChurn, &m_plugins);
            QCOMPARE(written, tmp.filePath("wf.argo.yaml"));
            QVERIFY(pilot.done());
        }
        QVERIFY(readAll(tmp.filePath("wf.argo.yaml")).contains("kind: Workflow"));
        QVERIFY2(message.contains("wf.argo.yaml") && message.contains("churn-model-selection/data/churn.csv"), qPrintable(message));

        // An unsaved pipeline is not exported.
        {
            Autopilot pilot({acceptMessage(&message)});
            QCOMPARE(exportPipelineWithDialogs(nullptr, QString(), &m_plugins), QString());
            QVERIFY(message.contains("Save the pipeline"));
        }

        {
            Autopilot pilot({chooseFile(tmp.filePath("p"), format("kfp-zip").nameFilter()), acceptMessage(&message)});
            QCOMPARE(exportPipelineWithDialogs(nullptr, kChurn, &m_plugins), tmp.filePath("p.mlwb.zip"));
        }
        // Import into a folder that is not empty: a new subfolder named after the package.
        QString opened;
        {
            Autopilot pilot({chooseFile(tmp.filePath("p.mlwb.zip")), chooseFile(tmp.path()), acceptMessage(&message)});
            opened = importPackageWithDialogs(nullptr, tmp.path());
        }
        QCOMPARE(opened, tmp.filePath("p/churn.pipeline.yaml"));
        QVERIFY(QFileInfo(opened).isFile());
        QVERIFY2(message.contains("dataset"), qPrintable(message)); // the import's warnings
    }

    void warningLines()
    {
        Diagnostic a;
        a.message = "First.";
        Diagnostic b;
        b.task = "load";
        b.message = "Second.";
        QCOMPARE(warningsText({a, b}), QStringLiteral("• First.\n• load: Second."));
    }
};

QTEST_MAIN(TstPackageDialogs)
#include "tst_packagedialogs.moc"
