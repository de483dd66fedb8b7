// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

namespace wb::ui {

/// The workbench's main window: menus, the central canvas area and the dock panels.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    /// Opens the given workspace folder (the example workspace on first start).
    void openWorkspace(const QString &dir);

private:
    void createMenus();
    void showAbout();

    QString m_workspace;
};

} // namespace wb::ui
