// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/workspace/workspacescan.h"

#include <QFileSystemWatcher>
#include <QSet>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QMenu;
class QPushButton;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace wb::ui {

/// The Workspace dock: the workspace's files grouped by kind (pipelines, components, datasets,
/// notebooks; other files hidden, or greyed when shown), each by its path in the workspace and
/// with its git state.
/// The scan (disk and git) runs off the GUI thread and again, debounced, whenever a watched
/// folder or file changes. Double-click opens a file; the context menu offers what its kind
/// allows (open, run, validate, history, drift). The browser only asks: the window acts.
class WorkspaceBrowser : public QWidget
{
    Q_OBJECT
public:
    enum Role {
        PathRole = Qt::UserRole + 1, ///< a file's path relative to the workspace
        KindRole,                    ///< its WorkspaceFileKind (int); groups have none
        GroupRole,                   ///< a group's WorkspaceFileKind (int)
    };

    explicit WorkspaceBrowser(QWidget *parent = nullptr);
    ~WorkspaceBrowser() override;

    /// Lists `root` (empty: nothing). Scans at once.
    void setRoot(const QString &root);
    QString root() const { return m_root; }
    /// Scans again now (a scan already running is followed by one more).
    void refresh();
    bool isScanning() const { return m_scanning; }
    /// The last scan shown.
    const WorkspaceScan &lastScan() const { return m_scan; }
    /// Files that are none of the four kinds: hidden (default) or greyed.
    void setShowOtherFiles(bool show);
    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }

    QTreeView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }
    /// The Name cell of a workspace-relative path (column 1: its git state); invalid when it
    /// is not shown.
    QModelIndex indexOf(const QString &path) const;
    /// The context menu of a file (its actions have object names ws*: wsOpen, wsRun,
    /// wsValidate, wsHistory, wsDriftReference, wsDriftCompare). The caller owns it.
    QMenu *contextMenuFor(const QString &path, QWidget *parent = nullptr);
    /// What a double-click does to a workspace-relative path.
    void activate(const QString &path);
    /// The dataset chosen as drift reference (absolute), or empty.
    QString driftReference() const { return m_driftReference; }
    void setDriftReference(const QString &absolutePath);

signals:
    /// A new scan is shown.
    void scanned();
    void openRequested(const QString &file, wb::ui::WorkspaceFileKind kind);
    void runRequested(const QString &pipeline);
    void validateRequested(const QString &file, wb::ui::WorkspaceFileKind kind);
    void historyRequested(const QString &file);
    /// Compare two datasets (manifests, .dvc files or data files) in the Drift tab.
    void driftRequested(const QString &reference, const QString &current);
    void openWorkspaceRequested();
    void statusMessage(const QString &text);

private:
    void onScanned(const WorkspaceScan &scan, int generation);
    void rebuild();
    void watch(const WorkspaceScan &scan);
    void updateSummary();
    QString absolute(const QString &path) const;

    QString m_root;
    WorkspaceScan m_scan;
    QStandardItemModel *m_model;
    QTreeView *m_view;
    QLabel *m_summary;
    QLabel *m_empty;
    QPushButton *m_openWorkspace;
    QCheckBox *m_showOthers;
    QFileSystemWatcher *m_watcher;
    QTimer m_debounce;
    QSet<int> m_collapsed; ///< groups the user closed (kept across rescans)
    QString m_driftReference;
    bool m_scanning = false;
    bool m_rescanPending = false;
    int m_generation = 0;
};

} // namespace wb::ui
