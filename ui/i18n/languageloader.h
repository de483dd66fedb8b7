// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

namespace wb::ui {

/// Installs mlwb's translation (`mlwb_<lang>.qm` from `qmDirectory`, by default the
/// resources embedded in the mlwb executable) and Qt's own (`qtbase_<lang>.qm` from
/// QLibraryInfo::TranslationsPath). The language is `languageOverride` if set, else the
/// QSettings key `ui/language`, else the system's UI languages. Returns the language
/// installed ("de"), or an empty string when the UI stays English.
QString installTranslations(QCoreApplication &app, const QString &languageOverride = {},
                            const QString &qmDirectory = QStringLiteral(":/i18n"));

} // namespace wb::ui
