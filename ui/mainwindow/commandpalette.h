// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QAction;
class QLineEdit;
class QListWidget;

namespace wb::ui {

/// Ctrl+Shift+P: every action of the window, filtered by the words typed (all must match the
/// action's text or menu path), Enter triggers the highlighted one.
class CommandPalette : public QDialog
{
    Q_OBJECT
public:
    explicit CommandPalette(QWidget *window);

    /// Collects the window's actions (with their menu path) and shows the palette.
    void popup();
    void setFilter(const QString &text);
    /// Visible entries' texts (tests).
    QStringList visibleCommands() const;
    /// Triggers the current entry and closes; returns whether one was triggered.
    bool triggerCurrent();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void collect();

    QWidget *m_window;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QList<QPair<QString, QPointer<QAction>>> m_actions;
};

} // namespace wb::ui
