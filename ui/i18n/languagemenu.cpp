// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/i18n/languagemenu.h"

#include <QActionGroup>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>

namespace wb::ui {

static const QString kLanguageKey = QStringLiteral("ui/language");

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    setTitle(tr("&Language"));
    m_group->setExclusive(true);
    const QString system = QLocale::system().nativeLanguageName();
    // Language names stay in their own language, so a user can find theirs in any UI language.
    const QList<QPair<QString, QString>> entries{
        {QString(), system.isEmpty() ? tr("System Default") : tr("System Default (%1)").arg(system)},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")}};
    for (const auto &[code, label] : entries) {
        QAction *a = addAction(label);
        a->setObjectName(QStringLiteral("actionLanguage_") + (code.isEmpty() ? QStringLiteral("system") : code));
        a->setData(code);
        a->setCheckable(true);
        m_group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { choose(code); });
        if (code.isEmpty())
            addSeparator();
    }
    // Another window or a test may have changed the setting.
    connect(this, &QMenu::aboutToShow, this, &LanguageMenu::syncChecks);
    syncChecks();
}

QStringList LanguageMenu::languageCodes()
{
    return {QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString LanguageMenu::storedLanguage()
{
    return QSettings().value(kLanguageKey).toString();
}

QAction *LanguageMenu::actionFor(const QString &code) const
{
    for (QAction *a : m_group->actions())
        if (a->data().toString() == code)
            return a;
    return nullptr;
}

void LanguageMenu::setRestartNotifier(std::function<void(const QString &message)> notifier)
{
    m_notifier = std::move(notifier);
}

void LanguageMenu::syncChecks()
{
    QAction *current = actionFor(storedLanguage());
    if (!current)
        current = actionFor(QString()); // an unknown stored code behaves like the system default
    current->setChecked(true);
}

void LanguageMenu::choose(const QString &code)
{
    if (code == storedLanguage()) {
        syncChecks();
        return;
    }
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, code);
    settings.sync();
    syncChecks();
    emit languageChosen(code);
    const QString message = tr("The new language applies the next time you start mlwb.");
    if (m_notifier)
        m_notifier(message);
    else
        QMessageBox::information(parentWidget(), tr("Language"), message);
}

} // namespace wb::ui
