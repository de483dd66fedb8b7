// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/idriftmetric.h"
#include "core/plugin/ipackageexporter.h"
#include "core/plugin/pluginmanager.h"

#include <QFileInfo>
#include <QtTest>

using namespace wb::plugin;

class TstPluginManager : public QObject
{
    Q_OBJECT
private:
    PluginManager m_manager;

    const PluginSpec *find(const QString &fileStem) const
    {
        for (const PluginSpec &s : m_manager.plugins())
            if (QFileInfo(s.path).completeBaseName() == QStringLiteral("lib") + fileStem)
                return &s;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        m_manager.setSearchPaths({QStringLiteral(MLWB_TEST_PLUGIN_DIR)});
        m_manager.setAppVersion(QVersionNumber(0, 1, 0));
        m_manager.loadPlugins();
        qInfo().noquote() << m_manager.report();
    }

    void loadsGoodPlugins()
    {
        QStringList ids;
        for (const PluginSpec &s : m_manager.loadedPlugins())
            ids << s.id;
        ids.sort();
        QCOMPARE(ids, (QStringList{"test.good", "test.metric"}));
        const PluginSpec *good = find("tp_good");
        QVERIFY(good && good->isLoaded());
        QCOMPARE(good->name, QStringLiteral("Good test exporter"));
        QCOMPARE(good->version, QVersionNumber(1, 2, 3));
        QCOMPARE(good->provides, QStringList{"exporter:test"});
        QCOMPARE(good->iid, QStringLiteral("io.mlwb.IPackageExporter/2"));

        const QList<IPackageExporter *> exporters = m_manager.objects<IPackageExporter>();
        QCOMPARE(exporters.size(), 1);
        const auto out = exporters.first()->exportPipeline({{"a", 1}});
        QVERIFY(out.ok());
        QCOMPARE(out->data, QByteArray("{\"a\":1}"));
        QCOMPARE(out->warnings.size(), 1);
        QCOMPARE(out->warnings.first().code, QStringLiteral("test-warning"));
        const QList<IDriftMetric *> metrics = m_manager.objects<IDriftMetric>();
        QCOMPARE(metrics.size(), 1);
        QCOMPARE(metrics.first()->compute({1, 2, 3}, {3, 4, 5}), 2.0);
    }

    void refusesWithReasons_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        QTest::newRow("interface version") << "tp_wrongversion" << "version 1, but this mlwb supports version 2";
        QTest::newRow("unknown interface") << "tp_unknowniid" << "unknown interface \"io.example.Unknown/1\"";
        QTest::newRow("missing field") << "tp_badmeta" << "\"Id\" is missing";
        QTest::newRow("too new") << "tp_toonew" << "needs mlwb 99.0 or newer (this is 0.1.0)";
        QTest::newRow("duplicate id") << "tp_zduplicate" << "duplicate plugin id \"test.good\"";
        QTest::newRow("not implemented") << "tp_notimplemented" << "does not implement";
        QTest::newRow("not a plugin") << "tp_broken" << "not a Qt plugin";
        QTest::newRow("garbage file") << "tp_garbage" << "not a Qt plugin";
    }
    void refusesWithReasons()
    {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        const PluginSpec *spec = find(file);
        QVERIFY2(spec, qPrintable(file + " was not found at all"));
        QVERIFY(!spec->isLoaded());
        QVERIFY(!spec->instance);
        QVERIFY2(spec->reason.contains(reason), qPrintable(spec->reason));
        QVERIFY(m_manager.report().contains(QStringLiteral("refused  ") + spec->path));
    }

    void metadataIsCheckedBeforeLoading()
    {
        // These libraries set an environment variable from a static initializer.
        QVERIFY(qEnvironmentVariableIsEmpty("MLWB_TP_LOADED_BADMETA"));
        QVERIFY(qEnvironmentVariableIsEmpty("MLWB_TP_LOADED_TOONEW"));
        QVERIFY(qEnvironmentVariableIsEmpty("MLWB_TP_LOADED_WRONGVERSION"));
        QCOMPARE(m_manager.refusedPlugins().size(), 8);
    }

    void searchPathsFollowEnvironment()
    {
        qputenv("MLWB_PLUGIN_PATH", "/opt/a:/opt/b");
        const QStringList paths = PluginManager::defaultSearchPaths();
        qunsetenv("MLWB_PLUGIN_PATH");
        QVERIFY(paths.contains("/opt/a") && paths.contains("/opt/b"));
        QVERIFY(paths.first().endsWith("/lib/mlwb/plugins"));
        QVERIFY(paths.contains(QStringLiteral(MLWB_BINARY_DIR "/plugins")));
    }
};

QTEST_GUILESS_MAIN(TstPluginManager)
#include "tst_pluginmanager.moc"
