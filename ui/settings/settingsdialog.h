// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/settings/workbenchsettings.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace wb::ui {

class CachePage;

/// Edit → Settings…: Containers (docker binary and context, default runtime, image pull
/// policy, default memory and process limit), Cache (location, size, Clear) and Runs (default
/// experiment). Every value is the user's own (QSettings) unless its "This workspace only" box
/// is checked: then it is this workspace's override, kept in <workspace>/.mlwb/settings.json.
/// Invalid values are named under the pages and keep OK disabled; OK saves.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const QString &workspace, QWidget *parent = nullptr);

    /// The values as edited (not saved yet).
    WorkbenchSettings settings() const;
    /// The editor of a setting (QLineEdit or QComboBox; object name "setting_" + key).
    QWidget *editor(const QString &key) const;
    /// Its "This workspace only" box (object name "override_" + key).
    QCheckBox *overrideBox(const QString &key) const;
    /// Sets the text of a line edit or the item of a combo box with that data.
    void setValue(const QString &key, const QString &value);
    QString validationMessage() const;
    QPushButton *okButton() const { return m_ok; }
    CachePage *cachePage() const { return m_cache; }
    QTabWidget *pages() const { return m_pages; }

    /// Saves, then closes; stays open with the reason when writing fails.
    void accept() override;

private:
    struct Row
    {
        QWidget *editor = nullptr;
        QCheckBox *override = nullptr;
        QString userValue;      ///< kept while the editor shows the override, and back
        QString workspaceValue;
    };
    QWidget *addRow(QFormLayout *form, const char *key, const QString &label, QWidget *editor,
                    const QString &tooltip);
    QComboBox *combo(const QList<QPair<QString, QString>> &items);
    QLineEdit *lineEdit(const QString &placeholder);
    QString text(const QString &key) const;
    void setText(const QString &key, const QString &value);
    void onOverrideToggled(const QString &key, bool on);
    void validate();

    QString m_workspace;
    QString m_workspaceError;
    QMap<QString, Row> m_rows;
    QTabWidget *m_pages = nullptr;
    CachePage *m_cache = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace wb::ui
