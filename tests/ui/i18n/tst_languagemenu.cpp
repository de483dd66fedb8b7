// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/i18n/languageloader.h"
#include "ui/i18n/languagemenu.h"

#include <QAction>
#include <QSettings>
#include <QSignalSpy>
#include <QTranslator>
#include <QtTest>

using wb::ui::LanguageMenu;

class TstLanguageMenu : public QObject
{
    Q_OBJECT
private:
    QStringList m_messages;

    LanguageMenu *makeMenu()
    {
        auto *menu = new LanguageMenu;
        menu->setRestartNotifier([this](const QString &m) { m_messages << m; });
        return menu;
    }
    static QStringList labels(const LanguageMenu &menu)
    {
        QStringList out;
        for (QAction *a : menu.actions())
            if (!a->isSeparator())
                out << a->text();
        return out;
    }

private slots:
    void initTestCase()
    {
        // Never touch the user's settings.
        QCoreApplication::setOrganizationName(QStringLiteral("mlwb-test-languagemenu"));
        QSettings().clear();
    }
    void cleanupTestCase() { QSettings().clear(); }
    void init() { m_messages.clear(); }

    void offersSystemDefaultAndThreeLanguages()
    {
        std::unique_ptr<LanguageMenu> menu(makeMenu());
        QCOMPARE(LanguageMenu::languageCodes(), (QStringList{"", "en", "de", "fr"}));
        const QStringList texts = labels(*menu);
        QCOMPARE(texts.size(), 4);
        QVERIFY2(texts.first().startsWith("System Default"), qPrintable(texts.first()));
        QCOMPARE(texts.mid(1), (QStringList{"English", "Deutsch", "Français"}));
        for (const QString &code : LanguageMenu::languageCodes()) {
            QAction *a = menu->actionFor(code);
            QVERIFY(a && a->isCheckable());
            QCOMPARE(a->data().toString(), code);
        }
        // Nothing stored: the system default is checked.
        QVERIFY(menu->actionFor(QString())->isChecked());
        QCOMPARE(menu->title(), QStringLiteral("&Language"));
    }

    void choosingStoresTheSettingAndAsksForARestart()
    {
        std::unique_ptr<LanguageMenu> menu(makeMenu());
        QSignalSpy chosen(menu.get(), &LanguageMenu::languageChosen);
        menu->actionFor("de")->trigger();
        QCOMPARE(QSettings().value("ui/language").toString(), QStringLiteral("de"));
        QCOMPARE(LanguageMenu::storedLanguage(), QStringLiteral("de"));
        QVERIFY(menu->actionFor("de")->isChecked());
        QVERIFY(!menu->actionFor(QString())->isChecked());
        QCOMPARE(m_messages.size(), 1);
        QVERIFY2(m_messages.first().contains("next time you start"), qPrintable(m_messages.first()));
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().toString(), QStringLiteral("de"));

        // The same language again changes nothing and says nothing.
        menu->actionFor("de")->trigger();
        QCOMPARE(m_messages.size(), 1);
        QCOMPARE(chosen.size(), 1);

        // Back to the system's language: the key is removed, so the loader follows the system.
        menu->actionFor(QString())->trigger();
        QVERIFY(!QSettings().contains("ui/language"));
        QCOMPARE(m_messages.size(), 2);
        QVERIFY(menu->actionFor(QString())->isChecked());
    }

    void showsTheStoredChoice()
    {
        QSettings().setValue("ui/language", "fr");
        std::unique_ptr<LanguageMenu> menu(makeMenu());
        QVERIFY(menu->actionFor("fr")->isChecked());
        // Changed elsewhere while the menu exists: synced when it opens.
        QSettings().setValue("ui/language", "en");
        emit menu->aboutToShow();
        QVERIFY(menu->actionFor("en")->isChecked());
        // An unknown stored language shows as the system default.
        QSettings().setValue("ui/language", "xx");
        emit menu->aboutToShow();
        QVERIFY(menu->actionFor(QString())->isChecked());
        QSettings().remove("ui/language");
    }

    void theLoaderUsesTheChoice()
    {
        std::unique_ptr<LanguageMenu> menu(makeMenu());
        menu->actionFor("fr")->trigger();
        QCOMPARE(wb::ui::installTranslations(*qApp, QString(), QStringLiteral(MLWB_QM_DIR)), QStringLiteral("fr"));
        // The menu itself is translated (the language names stay as they are).
        std::unique_ptr<LanguageMenu> french(makeMenu());
        QVERIFY2(french->title() != QStringLiteral("&Language"), qPrintable(french->title()));
        const QStringList texts = labels(*french);
        QVERIFY2(!texts.first().startsWith("System Default"), qPrintable(texts.first()));
        QCOMPARE(texts.mid(1), (QStringList{"English", "Deutsch", "Français"}));
        french->actionFor("en")->trigger();
        QVERIFY2(!m_messages.last().contains("next time you start"), qPrintable(m_messages.last()));
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QCOMPARE(wb::ui::installTranslations(*qApp, QString(), QStringLiteral(MLWB_QM_DIR)), QString());
        QSettings().remove("ui/language");
    }

    void screenshot()
    {
        if (qEnvironmentVariableIsEmpty("MLWB_SCREENSHOT_DIR"))
            QSKIP("set MLWB_SCREENSHOT_DIR to save a picture of the menu");
        std::unique_ptr<LanguageMenu> menu(makeMenu());
        menu->actionFor("de")->trigger();
        menu->popup(QPoint(0, 0));
        QVERIFY(QTest::qWaitForWindowExposed(menu.get()));
        menu->grab().save(qEnvironmentVariable("MLWB_SCREENSHOT_DIR") + "/language-menu.png");
        QSettings().remove("ui/language");
    }
};

QTEST_MAIN(TstLanguageMenu)
#include "tst_languagemenu.moc"
