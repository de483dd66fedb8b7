// SPDX-License-Identifier: GPL-3.0-or-later
// Fails on every visible main-window string that is still English under a German or French
// translator. Words that are the same in the target language and product names go in the
// allow-lists below, nothing else.
#include "ui/i18n/languageloader.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTabWidget>
#include <QTranslator>
#include <QtTest>

class TstTranslations : public QObject
{
    Q_OBJECT
private:
    // Visible text of the window, "<kind> <objectName>: text", mnemonics removed.
    static QStringList visibleStrings(QMainWindow &w)
    {
        QStringList out;
        auto add = [&out](const QString &kind, const QString &text) {
            QString t = text;
            t.remove(QRegularExpression(QStringLiteral("&(?!&)")));
            t = t.split(QLatin1Char('\t')).first().trimmed(); // drop shortcut column
            if (!t.isEmpty())
                out << kind + QLatin1Char('\x1f') + t;
        };
        add(QStringLiteral("window title"), w.windowTitle());
        add(QStringLiteral("status bar"), w.statusBar()->currentMessage());
        for (QAction *a : w.findChildren<QAction *>())
            if (!a->isSeparator())
                add(QStringLiteral("action"), a->text());
        for (QMenu *m : w.findChildren<QMenu *>())
            add(QStringLiteral("menu"), m->title());
        for (QLabel *l : w.findChildren<QLabel *>())
            add(QStringLiteral("label"), l->text());
        for (QAbstractButton *b : w.findChildren<QAbstractButton *>())
            add(QStringLiteral("button"), b->text());
        for (QDockWidget *d : w.findChildren<QDockWidget *>())
            add(QStringLiteral("dock"), d->windowTitle());
        for (QGroupBox *g : w.findChildren<QGroupBox *>())
            add(QStringLiteral("group"), g->title());
        for (QTabWidget *t : w.findChildren<QTabWidget *>())
            for (int i = 0; i < t->count(); ++i)
                add(QStringLiteral("tab"), t->tabText(i));
        return out;
    }

    static bool allowed(const QString &text, const QString &language)
    {
        // Product and format names, and things without words.
        static const QStringList names{
            "mlwb", "Kubeflow", "KFP", "Argo", "Docker", "Podman", "MLMD", "MLflow", "Git", "DVC",
            "YAML", "JSON", "CSV", "SQLite", "Graphviz", "Qt", "PSI", "KS", "OK",
            // Language names in the language menu stay in their own language.
            "English", "Deutsch", "Français"};
        static const QHash<QString, QStringList> sameWord{
            {"de", {"Name", "Status", "Export", "Import", "Pipeline", "Pipelines", "Version", "Details",
                    "Filter", "Start", "Stop", "Log", "Drift", "Position", "Parameter", "Optional", "Info",
                    "Minimum", "Maximum", "Zoom", "Layout"}},
            {"fr", {"Description", "Pipeline", "Pipelines", "Version", "Type", "Image", "Options",
                    "Position", "Parameters", "Message", "Statut", "Drift", "Zoom", "Info", "Minimum",
                    "Maximum", "Source", "Export", "Import"}}};
        if (!text.contains(QRegularExpression(QStringLiteral("[A-Za-z]{2,}"))))
            return true;
        QString rest = text;
        for (const QString &n : names)
            rest.remove(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(n))));
        if (!rest.contains(QRegularExpression(QStringLiteral("[A-Za-z]{2,}"))))
            return true;
        return sameWord.value(language).contains(text);
    }

private slots:
    void noEnglishLeft_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << "de";
        QTest::newRow("French") << "fr";
    }

    void noEnglishLeft()
    {
        QFETCH(QString, language);
        QStringList english;
        {
            wb::ui::MainWindow w;
            english = visibleStrings(w);
        }
        QVERIFY(!english.isEmpty());

        const QString installed = wb::ui::installTranslations(*qApp, language, QStringLiteral(MLWB_QM_DIR));
        QCOMPARE(installed, language);
        QStringList translated;
        {
            wb::ui::MainWindow w;
            translated = visibleStrings(w);
        }
        // Remove our translators again for the next row.
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }

        QStringList untranslated;
        for (const QString &entry : std::as_const(translated)) {
            const QString text = entry.section(QLatin1Char('\x1f'), 1);
            if (english.contains(entry) && !allowed(text, language))
                untranslated << entry.section(QLatin1Char('\x1f'), 0, 0) + QStringLiteral(": \"") + text
                                    + QLatin1Char('"');
        }
        untranslated.removeDuplicates();
        QVERIFY2(untranslated.isEmpty(),
                 qPrintable(QStringLiteral("%1 string(s) not translated to %2 (add them to translations/mlwb_%2.ts "
                                           "after `cmake --build <dir> --target update_translations`):\n  %3")
                                .arg(untranslated.size())
                                .arg(language, untranslated.join(QStringLiteral("\n  ")))));
        QVERIFY(translated != english); // the translator really did something
    }

    void loaderHonoursSettingsAndEnglish()
    {
        QCOMPARE(wb::ui::installTranslations(*qApp, QStringLiteral("en"), QStringLiteral(MLWB_QM_DIR)), QString());
        // A language without a .qm file leaves the UI English.
        QCOMPARE(wb::ui::installTranslations(*qApp, QStringLiteral("ja"), QStringLiteral(MLWB_QM_DIR)), QString());
        QCoreApplication::setOrganizationName(QStringLiteral("mlwb-test-i18n"));
        QSettings settings;
        settings.setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
        QCOMPARE(wb::ui::installTranslations(*qApp, QString(), QStringLiteral(MLWB_QM_DIR)), QStringLiteral("fr"));
        settings.remove(QStringLiteral("ui/language"));
        QCOMPARE(QCoreApplication::translate("wb::ui::MainWindow", "&File"), QStringLiteral("&Fichier"));
    }
};

QTEST_MAIN(TstTranslations)
#include "tst_translations.moc"
