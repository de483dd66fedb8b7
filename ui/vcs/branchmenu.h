// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QMenu>

#include <functional>

namespace wb::ui {

/// Versions → Branches: the workspace repository's branches (the current one checked; pick
/// one to switch), "New Branch…" and "Tag Release…". Switching is safe: git refuses when
/// local changes would be lost, and the message says so.
class BranchMenu : public QMenu
{
    Q_OBJECT
public:
    /// Asks for a name (label, suggestion); empty = cancelled. Replaceable for tests.
    using NamePrompt = std::function<QString(const QString &label, const QString &suggestion)>;

    explicit BranchMenu(QWidget *parent = nullptr);
    void setRepositoryDir(const QString &dir) { m_dir = dir; }
    void setNamePrompt(NamePrompt prompt) { m_prompt = std::move(prompt); }
    /// Called before the working tree changes (save unsaved edits); false stops the switch.
    void setBeforeSwitch(std::function<bool()> hook) { m_beforeSwitch = std::move(hook); }

    /// Rebuilds the entries from the repository (also done each time the menu opens).
    void refresh();
    Result<void> switchTo(const QString &branch);
    Result<QString> newBranch();   ///< asks for a name, creates the branch at HEAD and switches
    Result<QString> tagRelease();  ///< asks for a name, tags HEAD (annotated)

signals:
    /// The working tree changed to `branch`: editors should reload their files.
    void switched(const QString &branch);
    void errorOccurred(const QString &message);
    void message(const QString &text);

private:
    QString ask(const QString &label, const QString &suggestion);

    QString m_dir;
    NamePrompt m_prompt;
    std::function<bool()> m_beforeSwitch;
};

} // namespace wb::ui
