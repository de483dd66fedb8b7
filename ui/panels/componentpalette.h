// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/manifest/componentlibrary.h"

#include <QFutureWatcher>
#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;
class QLabel;

namespace wb::ui {

/// The component library as a tree (category -> component) with a search box. Components are
/// dragged onto the canvas (MIME: their file path) or double-clicked to add them at the view
/// centre. Folders are scanned off the GUI thread.
class ComponentPalette : public QWidget
{
    Q_OBJECT
public:
    explicit ComponentPalette(QWidget *parent = nullptr);
    ~ComponentPalette() override;

    /// Sets the library folders (shipped, workspace components/, user folders) and rescans.
    void setRoots(const QStringList &roots);
    QStringList roots() const { return m_roots; }
    void rescan();
    bool isScanning() const { return m_watcher.isRunning(); }
    /// Components listed (loaded ones, excluding broken files).
    int componentCount() const;
    /// Absolute path of the first component whose name matches (tests, command palette).
    QString pathOfComponent(const QString &name) const;
    void setFilterText(const QString &text);
    /// Visible component rows after filtering.
    int visibleComponentCount() const;
    QTreeView *view() const { return m_view; }

signals:
    void componentActivated(const QString &path);
    void libraryLoaded(int components);
    void addFolderRequested();

private:
    void populate(const manifest::ComponentLibrary &library);

    QStringList m_roots;
    QLineEdit *m_search;
    QTreeView *m_view;
    QLabel *m_status;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QFutureWatcher<manifest::ComponentLibrary> m_watcher;
    bool m_rescanPending = false;
};

} // namespace wb::ui
