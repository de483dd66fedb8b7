// SPDX-License-Identifier: GPL-3.0-or-later
// The task's network option in the editor: the properties panel's "Network access" checkbox
// shows the effective choice (task option, else the component's default), a click is one undo
// step through the document, and the command preview follows (--network none or not).
#include "core/manifest/pipelinefile.h"
#include "core/model/pipelinedocument.h"
#include "ui/editor/pipelineloader.h"
#include "ui/panels/commandpreviewpanel.h"
#include "ui/panels/propertiespanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace wb;

namespace {

const QByteArray kPipeline = R"(name: Network test
implementation:
  graph:
    tasks:
      plain:
        componentRef:
          spec:
            name: Plain
            implementation: {container: {image: busybox:1.36, command: [sh, -c, 'true']}}
      fetch:
        componentRef:
          spec:
            name: Fetch
            metadata:
              annotations: {mlwb.io/network: 'true'}
            implementation: {container: {image: busybox:1.36, command: [sh, -c, 'true']}}
)";

void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

QByteArray bytesOf(const model::PipelineDocument &doc)
{
    return manifest::writePipeline(doc.model());
}

/// How often the file says `text` (the fetch component's own spec says mlwb.io/network once).
qsizetype count(const model::PipelineDocument &doc, const char *text)
{
    return bytesOf(doc).count(text);
}

} // namespace

class TstNetworkOptionGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<model::PipelineDocument> m_doc;
    std::unique_ptr<ui::PropertiesPanel> m_panel;
    std::unique_ptr<ui::CommandPreviewPanel> m_preview;

    QCheckBox *checkbox()
    {
        settle();
        return m_panel->findChild<QCheckBox *>(QStringLiteral("optNetwork"));
    }
    const model::Task &task(const QString &name) const
    {
        return m_doc->model().task(m_doc->model().taskByName(name));
    }
    void select(const QString &name)
    {
        m_panel->setTask(m_doc->model().taskByName(name));
        m_preview->setTask(m_doc->model().taskByName(name));
        settle();
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("net.pipeline.yaml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kPipeline);
        f.close();
        m_doc = std::make_unique<model::PipelineDocument>();
        m_panel = std::make_unique<ui::PropertiesPanel>();
        m_preview = std::make_unique<ui::CommandPreviewPanel>();
        m_panel->resize(420, 900);
        m_panel->show();
        m_panel->setDocument(m_doc.get());
        m_preview->setDocument(m_doc.get());
        const auto opened = ui::openPipelineForEditing(*m_doc, path);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().text()));
    }

    void cleanup()
    {
        m_panel.reset();
        m_preview.reset();
        m_doc.reset();
    }

    void toggleIsOneUndoStepAndChangesPreview()
    {
        select(QStringLiteral("plain"));
        const QByteArray before = bytesOf(*m_doc);
        QCheckBox *box = checkbox();
        QVERIFY(box);
        QVERIFY(!box->isChecked());
        QCOMPARE(box->text(), QStringLiteral("Network access"));
        QVERIFY2(box->toolTip().contains(QStringLiteral("--network none")), qPrintable(box->toolTip()));
        QVERIFY2(box->toolTip().contains(QStringLiteral("Off by default.")), qPrintable(box->toolTip()));
        QVERIFY2(m_preview->text().contains(QStringLiteral("Network:\n  --network none")), qPrintable(m_preview->text()));
        const int steps = m_doc->undoStack()->count();
        QCOMPARE(count(*m_doc, "mlwb.io/network"), 1);

        box->click();
        QCOMPARE(task(QStringLiteral("plain")).options.network, std::optional<bool>(true));
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        QCOMPARE(count(*m_doc, "mlwb.io/network: 'true'"), 2); // the component's, and now the task's
        QVERIFY2(!m_preview->text().contains(QStringLiteral("--network none")), qPrintable(m_preview->text()));
        QVERIFY2(m_preview->text().contains(QStringLiteral("network: on (task option)")), qPrintable(m_preview->text()));
        QVERIFY(checkbox()->isChecked()); // the rebuilt form shows the model
        QVERIFY2(checkbox()->toolTip().contains(QStringLiteral("Set on this task.")), qPrintable(checkbox()->toolTip()));

        m_doc->undoStack()->undo();
        settle();
        QCOMPARE(task(QStringLiteral("plain")).options.network, std::nullopt);
        QCOMPARE(bytesOf(*m_doc), before);
        QVERIFY(!checkbox()->isChecked());
        QVERIFY2(m_preview->text().contains(QStringLiteral("Network:\n  --network none")), qPrintable(m_preview->text()));

        m_doc->undoStack()->redo();
        settle();
        QVERIFY(checkbox()->isChecked());
        QVERIFY(m_preview->text().contains(QStringLiteral("network: on (task option)")));
    }

    void componentDefaultShownAndOverridden()
    {
        select(QStringLiteral("fetch"));
        QCheckBox *box = checkbox();
        QVERIFY(box->isChecked()); // the component asks for network
        QVERIFY2(box->toolTip().contains(QStringLiteral("the component asks for it")), qPrintable(box->toolTip()));
        QVERIFY2(m_preview->text().contains(QStringLiteral("network: on (component default)")),
                 qPrintable(m_preview->text()));
        const int steps = m_doc->undoStack()->count();

        // Off on this task: the task's option wins over the component.
        box->click();
        QCOMPARE(task(QStringLiteral("fetch")).options.network, std::optional<bool>(false));
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        QCOMPARE(count(*m_doc, "mlwb.io/network: 'false'"), 1);
        QVERIFY2(m_preview->text().contains(QStringLiteral("Network:\n  --network none")), qPrintable(m_preview->text()));

        // On again: the same as the component's default, so the task follows the component.
        checkbox()->click();
        QCOMPARE(task(QStringLiteral("fetch")).options.network, std::nullopt);
        QCOMPARE(m_doc->undoStack()->count(), steps + 2);
        QCOMPARE(count(*m_doc, "mlwb.io/network"), 1); // only the component's
        QVERIFY(m_preview->text().contains(QStringLiteral("network: on (component default)")));
    }
};

QTEST_MAIN(TstNetworkOptionGui)
#include "tst_networkoption_gui.moc"
