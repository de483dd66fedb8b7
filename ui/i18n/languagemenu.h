// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

#include <functional>

class QActionGroup;

namespace wb::ui {

/// Settings -> Language: "System default", English, Deutsch, Français (each language in its
/// own words). Choosing one stores it in QSettings `ui/language` (removed for the system
/// default), which installTranslations() reads at start-up, and tells the user the change
/// applies after a restart - through the restart notifier, a message box unless replaced.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    /// The language codes offered, in menu order; "" is the system default.
    static QStringList languageCodes();
    /// The stored choice ("" = follow the system).
    static QString storedLanguage();
    /// The action of a language code (its data() is the code), or nullptr.
    QAction *actionFor(const QString &code) const;

    /// Replaces the "applies after a restart" message box (tests, or a status-bar message).
    void setRestartNotifier(std::function<void(const QString &message)> notifier);

signals:
    /// A different language was chosen and stored.
    void languageChosen(const QString &code);

private:
    void choose(const QString &code);
    void syncChecks();

    QActionGroup *m_group;
    std::function<void(const QString &)> m_notifier;
};

} // namespace wb::ui
