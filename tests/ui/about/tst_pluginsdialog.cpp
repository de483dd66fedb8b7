// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/apppluginmanager.h"
#include "core/plugin/pluginmanager.h"
#include "ui/about/pluginsdialog.h"

#include <QClipboard>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using wb::plugin::PluginManager;
using wb::ui::PluginsDialog;

class TstPluginsDialog : public QObject
{
    Q_OBJECT
private:
    PluginManager m_manager;

    QString cell(const PluginsDialog &d, const QString &stem, int column) const
    {
        for (const wb::plugin::PluginSpec &s : m_manager.plugins())
            if (QFileInfo(s.path).completeBaseName() == QStringLiteral("lib") + stem) {
                const int row = d.rowOfFile(s.path);
                return row < 0 ? QStringLiteral("<no row>") : d.table()->item(row, column)->text();
            }
        return QStringLiteral("<no plugin %1>").arg(stem);
    }

private slots:
    void initTestCase()
    {
        m_manager.setSearchPaths({QStringLiteral(MLWB_TEST_PLUGIN_DIR)});
        m_manager.setAppVersion(QVersionNumber(0, 1, 0));
        m_manager.loadPlugins();
        QCOMPARE(m_manager.plugins().size(), 10);
    }

    void listsEveryPluginFile()
    {
        PluginsDialog d(&m_manager);
        QCOMPARE(d.table()->rowCount(), 10);
        QCOMPARE(d.table()->columnCount(), int(PluginsDialog::ColumnCount));
        // Rows follow the manager's order, one per file.
        for (int i = 0; i < m_manager.plugins().size(); ++i)
            QCOMPARE(d.rowOfFile(m_manager.plugins().at(i).path), i);
        QVERIFY(d.findChild<QLabel *>() != nullptr);
    }

    void showsLoadedPlugins()
    {
        PluginsDialog d(&m_manager);
        QCOMPARE(cell(d, "tp_good", PluginsDialog::NameColumn), QStringLiteral("Good test exporter"));
        QCOMPARE(cell(d, "tp_good", PluginsDialog::VersionColumn), QStringLiteral("1.2.3"));
        QCOMPARE(cell(d, "tp_good", PluginsDialog::KindColumn), QStringLiteral("exporter"));
        QCOMPARE(cell(d, "tp_good", PluginsDialog::InterfaceColumn), QStringLiteral("io.mlwb.IPackageExporter/2"));
        QCOMPARE(cell(d, "tp_good", PluginsDialog::StatusColumn), QStringLiteral("Loaded"));
        QCOMPARE(cell(d, "tp_good", PluginsDialog::DetailsColumn), QStringLiteral("Exports the IR as JSON."));
        QCOMPARE(cell(d, "tp_good", PluginsDialog::FileColumn), QStringLiteral("libtp_good.so"));
        const int row = d.rowOfFile(m_manager.plugins().at(d.rowOfFile(m_manager.plugins().first().path)).path);
        QCOMPARE(d.table()->item(row, PluginsDialog::FileColumn)->toolTip(), m_manager.plugins().first().path);
        QCOMPARE(cell(d, "tp_metric", PluginsDialog::KindColumn), QStringLiteral("drift metric"));
        QCOMPARE(cell(d, "tp_metric", PluginsDialog::StatusColumn), QStringLiteral("Loaded"));
    }

    void showsRefusalsWithReasons_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("older interface") << "tp_wrongversion" << "Good test exporter" << "exporter"
                                         << "version 1, but this mlwb supports version 2";
        QTest::newRow("unknown interface") << "tp_unknowniid" << "" << "io.example.Unknown"
                                           << "unknown interface \"io.example.Unknown/1\"";
        QTest::newRow("missing field") << "tp_badmeta" << "" << "exporter" << "\"Id\" is missing";
        QTest::newRow("too new") << "tp_toonew" << "" << "exporter" << "needs mlwb 99.0 or newer (this is 0.1.0)";
        QTest::newRow("duplicate id") << "tp_zduplicate" << "Good test exporter" << "exporter"
                                      << "duplicate plugin id \"test.good\"";
        QTest::newRow("not implemented") << "tp_notimplemented" << "" << "drift metric" << "does not implement";
        QTest::newRow("not a plugin") << "tp_broken" << "libtp_broken.so" << "" << "not a Qt plugin";
        QTest::newRow("garbage") << "tp_garbage" << "libtp_garbage.so" << "" << "not a Qt plugin";
    }
    void showsRefusalsWithReasons()
    {
        QFETCH(QString, file);
        QFETCH(QString, name);
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        PluginsDialog d(&m_manager);
        QCOMPARE(cell(d, file, PluginsDialog::StatusColumn), QStringLiteral("Refused"));
        QVERIFY2(cell(d, file, PluginsDialog::DetailsColumn).contains(reason), qPrintable(cell(d, file, PluginsDialog::DetailsColumn)));
        QCOMPARE(cell(d, file, PluginsDialog::KindColumn), kind);
        // Selecting the row shows the whole reason and the full path.
        for (const wb::plugin::PluginSpec &s : m_manager.plugins())
            if (QFileInfo(s.path).completeBaseName() == QStringLiteral("lib") + file) {
                d.table()->setCurrentCell(d.rowOfFile(s.path), 0);
                QVERIFY(d.selectedText().contains(s.path));
                QVERIFY(d.selectedText().contains(s.reason));
            }
        if (!name.isEmpty())
            QCOMPARE(cell(d, file, PluginsDialog::NameColumn), name);
        else
            QVERIFY(!cell(d, file, PluginsDialog::NameColumn).isEmpty()); // the declared name or the file name
    }

    void showsSearchPathsAndCopiesReport()
    {
        PluginsDialog d(&m_manager);
        bool pathShown = false;
        for (QLabel *l : d.findChildren<QLabel *>())
            pathShown = pathShown || l->text().contains(QStringLiteral(MLWB_TEST_PLUGIN_DIR));
        QVERIFY(pathShown);
        QPushButton *copy = nullptr;
        for (QPushButton *b : d.findChildren<QPushButton *>())
            if (b->text().contains("Copy"))
                copy = b;
        QVERIFY(copy);
        copy->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), m_manager.report());
        if (!qEnvironmentVariableIsEmpty("MLWB_SCREENSHOT_DIR")) {
            d.table()->setCurrentCell(d.table()->rowCount() - 2, 0);
            d.show();
            QVERIFY(QTest::qWaitForWindowExposed(&d));
            d.grab().save(qEnvironmentVariable("MLWB_SCREENSHOT_DIR") + "/plugins-dialog.png");
        }
    }

    void appManagerFindsTheBuildTreePlugins()
    {
        // A program of the build tree sees the build's plugins (the Argo exporter), once.
        PluginManager *app = wb::plugin::appPluginManager();
        QCOMPARE(wb::plugin::appPluginManager(), app);
        QVERIFY(app->searchPaths().contains(QStringLiteral(MLWB_BINARY_DIR "/plugins")));
        bool argo = false;
        for (const wb::plugin::PluginSpec &s : app->loadedPlugins())
            argo = argo || s.id == QLatin1String("argo-workflow");
        QVERIFY2(argo, qPrintable(app->report()));
        PluginsDialog d(app);
        QCOMPARE(d.table()->rowCount(), int(app->plugins().size()));
    }

    void emptyManager()
    {
        PluginManager none;
        none.setSearchPaths({});
        none.loadPlugins();
        PluginsDialog d(&none);
        QCOMPARE(d.table()->rowCount(), 0);
        PluginsDialog null(nullptr);
        QCOMPARE(null.table()->rowCount(), 0);
    }
};

QTEST_MAIN(TstPluginsDialog)
#include "tst_pluginsdialog.moc"
