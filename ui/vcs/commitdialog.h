// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/vcs/gitrepository.h"

#include <QDialog>

#include <functional>
#include <optional>

class QListWidget;
class QPlainTextEdit;
class QLabel;
class QDialogButtonBox;

namespace wb::ui {

/// Commits changed manifests (pipelines, dataset manifests, .dvc, components): a checkbox per
/// file from manifestStatus(), a message, and the author from git's configuration. When no
/// identity is configured it asks once for a name and e-mail and stores them in the
/// repository's .git/config.
class CommitDialog : public QDialog
{
    Q_OBJECT
public:
    /// Asks for a missing identity; returns nullopt when the user cancels. Replaceable for tests.
    using IdentityPrompt = std::function<std::optional<vcs::Signature>(QWidget *parent)>;

    explicit CommitDialog(const QString &repositoryDir, QWidget *parent = nullptr);

    bool hasRepository() const { return m_repo.has_value(); }
    QListWidget *fileList() const { return m_files; }
    /// Every file listed, in order (manifests first).
    QStringList listedFiles() const;
    QStringList checkedFiles() const;
    void setChecked(const QString &path, bool checked);
    void setMessage(const QString &message);
    void setIdentityPrompt(IdentityPrompt prompt) { m_prompt = std::move(prompt); }

    /// Commits the checked files; shows problems in the dialog. Returns the new commit id.
    QString commitChecked();
    QString lastCommit() const { return m_lastCommit; }
    QString errorText() const;

    void accept() override;

private:
    void reload();
    void updateAuthor();
    static std::optional<vcs::Signature> askIdentity(QWidget *parent);

    std::optional<vcs::GitRepository> m_repo;
    QListWidget *m_files = nullptr;
    QPlainTextEdit *m_message = nullptr;
    QLabel *m_author = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    IdentityPrompt m_prompt;
    QString m_lastCommit;
};

} // namespace wb::ui
