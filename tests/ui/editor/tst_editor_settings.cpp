// SPDX-License-Identifier: GPL-3.0-or-later
// What the main window remembers between runs, in a QSettings scope of the test's own:
// the theme (applies a palette to the application and the canvas, persists, is applied by the
// next window), the window layout (dock placement, hidden docks, geometry saved on close and
// restored by the next MainWindow) and the recent files list.
#include "editortestsupport.h"

#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/theme.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QSettings>
#include <QTemporaryDir>

using namespace wb;
using namespace wbtest;

namespace {

double meanLightness(const QImage &image)
{
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    double sum = 0;
    int n = 0;
    for (int y = 0; y < img.height(); y += 4)
        for (int x = 0; x < img.width(); x += 4, ++n)
            sum += QColor(img.pixel(x, y)).lightness();
    return n ? sum / n : 0;
}

} // namespace

class TestEditorSettings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void themeSwitching();
    void themePersists();
    void windowLayoutPersists();
    void recentFiles();

private:
    QTemporaryDir m_tmp;
};

void TestEditorSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("mlwb-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_editor_settings"));
    QSettings().clear();
    QVERIFY(QSettings().fileName().contains(QStringLiteral("mlwb-test"))); // never the user's file
}

void TestEditorSettings::themeSwitching()
{
    ui::ThemeManager::apply(ui::Theme::Light);
    ui::MainWindow w;
    w.resize(1200, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openPipeline(examplesDir() + QStringLiteral("/hello.pipeline.yaml")));
    QTest::qWait(50);
    const double lightCanvas = meanLightness(w.view()->viewport()->grab().toImage());

    w.action(QStringLiteral("actionThemeDark"))->trigger();
    QCOMPARE(ui::ThemeManager::current(), ui::Theme::Dark);
    QVERIFY(ui::ThemeManager::isDark());
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
    QTRY_VERIFY(w.QWidget::palette().color(QPalette::Base).lightness() < 100);
    QVERIFY(w.view()->palette().color(QPalette::Base).lightness() < 100);
    QCOMPARE(QSettings().value(QStringLiteral("theme")).toString(), QStringLiteral("dark"));
    QVERIFY(w.action(QStringLiteral("actionThemeDark"))->isChecked());
    // The canvas follows: its style and what it paints.
    QVERIFY(w.scene()->canvasStyle().dark);
    QVERIFY(w.scene()->canvasStyle().background.lightness() < 100);
    QTest::qWait(50);
    const double darkCanvas = meanLightness(w.view()->viewport()->grab().toImage());
    QVERIFY2(darkCanvas < 90 && lightCanvas > 180,
             qPrintable(QStringLiteral("light %1, dark %2").arg(lightCanvas).arg(darkCanvas)));

    w.action(QStringLiteral("actionThemeLight"))->trigger();
    QCOMPARE(ui::ThemeManager::current(), ui::Theme::Light);
    QVERIFY(!ui::ThemeManager::isDark());
    QVERIFY(!w.scene()->canvasStyle().dark);
    QCOMPARE(QSettings().value(QStringLiteral("theme")).toString(), QStringLiteral("light"));
    QVERIFY(w.action(QStringLiteral("actionThemeLight"))->isChecked());
    QVERIFY(!w.action(QStringLiteral("actionThemeDark"))->isChecked());

    w.action(QStringLiteral("actionThemeSystem"))->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("theme")).toString(), QStringLiteral("system"));
    QCOMPARE(ui::ThemeManager::fromName(QStringLiteral("bogus")), ui::Theme::System);
}

void TestEditorSettings::themePersists()
{
    // Saved as dark by an earlier session; this one starts light.
    QSettings().setValue(QStringLiteral("theme"), QStringLiteral("dark"));
    ui::ThemeManager::apply(ui::Theme::Light);
    QVERIFY(!ui::ThemeManager::isDark());
    {
        ui::MainWindow w;
        QVERIFY(ui::ThemeManager::isDark());
        QVERIFY(w.scene()->canvasStyle().dark);
        // The View > Theme menu is built before the saved theme is applied.
        QVERIFY(w.action(QStringLiteral("actionThemeDark"))->isChecked());
    }
    QSettings().setValue(QStringLiteral("theme"), QStringLiteral("light"));
    {
        ui::MainWindow w;
        QVERIFY(!ui::ThemeManager::isDark());
        QVERIFY(!w.scene()->canvasStyle().dark);
    }
    ui::ThemeManager::apply(ui::Theme::System);
    QSettings().remove(QStringLiteral("theme"));
}

void TestEditorSettings::windowLayoutPersists()
{
    QSettings().remove(QStringLiteral("mainwindow"));
    QSize chosen;
    {
        // Without saved settings: the default layout.
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // 1440 x 900 unless the panels' minimum sizes need more.
        QCOMPARE(w.size(), QSize(1440, 900).expandedTo(w.minimumSizeHint()));
        QCOMPARE(w.dockWidgetArea(w.findChild<QDockWidget *>(QStringLiteral("dockProperties"))), Qt::RightDockWidgetArea);
        QVERIFY(w.findChild<QDockWidget *>(QStringLiteral("dockProblems"))->isVisible());

        // The user rearranges: Properties to the left, Problems closed, another window size.
        chosen = w.size() + QSize(57, 31);
        w.resize(chosen);
        QDockWidget *props = w.findChild<QDockWidget *>(QStringLiteral("dockProperties"));
        w.addDockWidget(Qt::LeftDockWidgetArea, props);
        w.findChild<QDockWidget *>(QStringLiteral("dockProblems"))->close();
        QTest::qWait(20);
        QVERIFY(w.close()); // saves on close
    }
    QVERIFY(QSettings().contains(QStringLiteral("mainwindow/geometry")));
    QVERIFY(QSettings().contains(QStringLiteral("mainwindow/state")));
    {
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.size(), chosen);
        QCOMPARE(w.dockWidgetArea(w.findChild<QDockWidget *>(QStringLiteral("dockProperties"))), Qt::LeftDockWidgetArea);
        QVERIFY(w.findChild<QDockWidget *>(QStringLiteral("dockProperties"))->isVisible());
        QVERIFY(!w.findChild<QDockWidget *>(QStringLiteral("dockProblems"))->isVisible());
        QVERIFY(w.findChild<QDockWidget *>(QStringLiteral("dockComponents"))->isVisible());
        // Closing without a change keeps it as it is.
        QVERIFY(w.close());
    }
    {
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.dockWidgetArea(w.findChild<QDockWidget *>(QStringLiteral("dockProperties"))), Qt::LeftDockWidgetArea);
        // A window that was not closed (a crash) saves nothing.
        w.findChild<QDockWidget *>(QStringLiteral("dockProperties"))->close();
    }
    ui::MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.findChild<QDockWidget *>(QStringLiteral("dockProperties"))->isVisible());
    QSettings().remove(QStringLiteral("mainwindow"));
}

void TestEditorSettings::recentFiles()
{
    QSettings().remove(QStringLiteral("recentFiles"));
    QStringList paths;
    for (int i = 0; i < 12; ++i) {
        const QString p = m_tmp.filePath(QStringLiteral("p%1.pipeline.yaml").arg(i));
        QVERIFY(QFile::copy(examplesDir() + QStringLiteral("/hello.pipeline.yaml"), p));
        paths.append(QFileInfo(p).absoluteFilePath());
    }
    QStringList errors;
    auto w = std::make_unique<ui::MainWindow>();
    w->setErrorReporter([&](const QString &, const QString &m) { errors.append(m); });
    QMenu *menu = w->findChild<QMenu *>(QStringLiteral("menuRecent"));
    QVERIFY(menu);
    QVERIFY(!w->action(QStringLiteral("actionClearRecent"))->isEnabled());

    QVERIFY(w->openPipeline(paths.at(0)));
    QVERIFY(w->openPipeline(paths.at(1)));
    QVERIFY(w->openPipeline(paths.at(2)));
    QCOMPARE(w->recentFiles(), (QStringList{paths.at(2), paths.at(1), paths.at(0)}));
    // Opening one again moves it to the top, without a duplicate.
    QVERIFY(w->openPipeline(paths.at(0)));
    QCOMPARE(w->recentFiles(), (QStringList{paths.at(0), paths.at(2), paths.at(1)}));
    // The menu lists them in that order, numbered.
    QVERIFY(w->action(QStringLiteral("actionRecent1"))->text().contains(QStringLiteral("p0.pipeline.yaml")));
    QVERIFY(w->action(QStringLiteral("actionRecent2"))->text().contains(QStringLiteral("p2.pipeline.yaml")));
    QVERIFY(w->action(QStringLiteral("actionRecent3"))->text().contains(QStringLiteral("p1.pipeline.yaml")));
    QVERIFY(!w->action(QStringLiteral("actionRecent4")));
    QVERIFY(w->action(QStringLiteral("actionClearRecent"))->isEnabled());

    // Choosing an entry opens it.
    w->action(QStringLiteral("actionRecent3"))->trigger();
    QTRY_COMPARE(w->document()->filePath(), paths.at(1));
    QCOMPARE(w->recentFiles().first(), paths.at(1));
    // A failed open is not added.
    QVERIFY(!w->openPipeline(m_tmp.filePath(QStringLiteral("nothing-here.pipeline.yaml"))));
    QCOMPARE(errors.size(), 1);
    QVERIFY(!w->recentFiles().join(u' ').contains(QStringLiteral("nothing-here")));

    // At most ten, the oldest go.
    for (const QString &p : paths)
        QVERIFY(w->openPipeline(p));
    QCOMPARE(w->recentFiles().size(), 10);
    QCOMPARE(w->recentFiles().first(), paths.at(11));
    QCOMPARE(w->recentFiles().last(), paths.at(2));
    QVERIFY(w->action(QStringLiteral("actionRecent10")));

    // Kept for the next session.
    w.reset();
    w = std::make_unique<ui::MainWindow>();
    w->setErrorReporter([&](const QString &, const QString &m) { errors.append(m); });
    QCOMPARE(w->recentFiles().size(), 10);
    QVERIFY(w->action(QStringLiteral("actionRecent1"))->text().contains(QStringLiteral("p11.pipeline.yaml")));

    // An entry whose file is gone: reported and dropped from the list, nothing else changes.
    QVERIFY(QFile::remove(paths.at(10)));
    w->action(QStringLiteral("actionRecent2"))->trigger();
    QTRY_COMPARE(errors.size(), 2);
    QVERIFY(errors.last().contains(QStringLiteral("p10.pipeline.yaml")));
    QCOMPARE(w->recentFiles().size(), 9);
    QVERIFY(!w->recentFiles().contains(paths.at(10)));
    QVERIFY(w->document()->filePath().isEmpty());

    // Clear.
    w->action(QStringLiteral("actionClearRecent"))->trigger();
    QTRY_VERIFY(!w->action(QStringLiteral("actionRecent1")));
    QVERIFY(w->recentFiles().isEmpty());
    QVERIFY(!w->action(QStringLiteral("actionClearRecent"))->isEnabled());
}

QTEST_MAIN(TestEditorSettings)
#include "tst_editor_settings.moc"
