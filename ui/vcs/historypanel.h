// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/pipelinetypes.h"
#include "core/vcs/gitrepository.h"

#include <QWidget>

#include <functional>
#include <optional>

class QListWidget;
class QLabel;
class QPushButton;

namespace wb::ui {

/// The git log of the current pipeline file. Actions on the selected commit: open it
/// read-only, restore it (a NEW commit; history is never rewritten), compare it with the
/// working copy, or compare two selected commits.
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPanel(QWidget *parent = nullptr);

    /// Shows the history of `pipelineFile` (absolute). Empty clears the panel.
    void setFile(const QString &pipelineFile);
    /// The editor's pipeline when it has unsaved edits (nullopt when it matches the file):
    /// "Compare with working copy" then compares with what the user sees, not the saved file.
    using EditorSnapshot = std::function<std::optional<model::PipelineSnapshot>()>;
    void setEditorSnapshot(EditorSnapshot snapshot) { m_editorSnapshot = std::move(snapshot); }
    QString file() const { return m_file; }
    void refresh();

    QListWidget *commitList() const { return m_list; }
    QStringList commitIds() const;
    /// Selected commit ids, newest first.
    QStringList selectedIds() const;

    void openSelected();
    /// Restores the selected version as a new commit; returns the new commit id or empty.
    QString restoreSelected();
    void compareSelectedWithWorkingCopy();
    void compareSelectedCommits();

signals:
    /// Bytes of the pipeline at `rev`, to open in a read-only editor tab.
    void openVersionRequested(const QString &file, const QString &rev, const QByteArray &bytes);
    /// A diff of `revA` (older) -> `revB` (newer or "WORKTREE"); the panel also shows it.
    void compareRequested(const QString &file, const QString &revA, const QString &revB);
    /// The file was restored from an older version (editors should reload it).
    void fileRestored(const QString &file, const QString &newCommit);

private:
    EditorSnapshot m_editorSnapshot;
    void updateActions();
    void showError(const QString &what, const Error &error);
    void showDiff(const QString &revA, const QString &revB);

    QString m_file;
    std::optional<vcs::GitRepository> m_repo;
    QLabel *m_status = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_compareWorking = nullptr;
    QPushButton *m_compareTwo = nullptr;
};

} // namespace wb::ui
