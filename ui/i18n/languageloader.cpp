// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/i18n/languageloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace wb::ui {

QString installTranslations(QCoreApplication &app, const QString &languageOverride,
                            const QString &qmDirectory)
{
    QString language = languageOverride;
    if (language.isEmpty())
        language = QSettings().value(QStringLiteral("ui/language")).toString();
    // An explicit choice is one locale; otherwise every UI language of the system, in order.
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return {};

    auto *ours = new QTranslator(&app);
    if (!ours->load(locale, QStringLiteral("mlwb"), QStringLiteral("_"), qmDirectory)) {
        delete ours;
        return {};
    }
    QCoreApplication::installTranslator(ours);

    // Qt's own strings (standard buttons, dialogs). Optional: Debian ships them in
    // qt6-translations-l10n.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return ours->language().section(QLatin1Char('_'), 0, 0);
}

} // namespace wb::ui
