// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace wb::plugin {
class PluginManager;
}

namespace wb::ui {

/// Help -> About -> Plugins: one row per plugin file the PluginManager examined, in its
/// order: name (the file name when the metadata has none), version, kind (exporter, container
/// runtime, drift metric), interface id, loaded or refused, the file (full path in its tool
/// tip) and the refusal reason (or, when loaded, the description). Below: the folders searched
/// and "Copy Report"; the selected row's full text is shown under the table.
class PluginsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { NameColumn, VersionColumn, KindColumn, InterfaceColumn, StatusColumn, FileColumn,
                  DetailsColumn, ColumnCount };

    explicit PluginsDialog(const plugin::PluginManager *manager, QWidget *parent = nullptr);

    /// Rebuilds the rows from the manager.
    void refresh();
    QTableWidget *table() const { return m_table; }
    /// The row of a plugin file (by path as the manager stores it), or -1.
    int rowOfFile(const QString &path) const;
    /// The full text shown for the selected row.
    QString selectedText() const;

private:
    const plugin::PluginManager *m_manager;
    QTableWidget *m_table;
    QLabel *m_summary;
    QLabel *m_selected;
    QLabel *m_paths;
};

} // namespace wb::ui
