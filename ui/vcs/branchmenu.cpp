// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/vcs/branchmenu.h"

#include "core/vcs/gitrepository.h"

#include <QInputDialog>

namespace wb::ui {

BranchMenu::BranchMenu(QWidget *parent)
    : QMenu(tr("&Branches"), parent)
{
    setObjectName(QStringLiteral("menuBranches"));
    connect(this, &QMenu::aboutToShow, this, &BranchMenu::refresh);
    refresh();
}

void BranchMenu::refresh()
{
    clear();
    auto repo = vcs::GitRepository::open(m_dir);
    if (m_dir.isEmpty() || !repo.ok()) {
        addAction(tr("(no repository)"))->setEnabled(false);
        return;
    }
    const QString current = repo->currentBranch().ok() ? *repo->currentBranch() : QString();
    if (auto names = repo->branches(); names.ok()) {
        for (const QString &name : *names) {
            QAction *a = addAction(name);
            a->setObjectName(QStringLiteral("branch:") + name);
            a->setCheckable(true);
            a->setChecked(name == current);
            connect(a, &QAction::triggered, this, [this, name] {
                if (auto r = switchTo(name); !r.ok() && r.error().code != QStringLiteral("cancelled"))
                    emit errorOccurred(r.error().text());
            });
        }
    }
    addSeparator();
    QAction *branch = addAction(tr("&New Branch…"));
    branch->setObjectName(QStringLiteral("actionNewBranch"));
    connect(branch, &QAction::triggered, this, [this] {
        if (auto r = newBranch(); !r.ok() && r.error().code != QStringLiteral("cancelled"))
            emit errorOccurred(r.error().text());
    });
    QAction *tag = addAction(tr("&Tag Release…"));
    tag->setObjectName(QStringLiteral("actionTagRelease"));
    connect(tag, &QAction::triggered, this, [this] {
        if (auto r = tagRelease(); !r.ok() && r.error().code != QStringLiteral("cancelled"))
            emit errorOccurred(r.error().text());
    });
}

QString BranchMenu::ask(const QString &label, const QString &suggestion)
{
    if (m_prompt)
        return m_prompt(label, suggestion).trimmed();
    return QInputDialog::getText(parentWidget(), tr("Versions"), label, QLineEdit::Normal, suggestion).trimmed();
}

Result<void> BranchMenu::switchTo(const QString &branch)
{
    auto repo = vcs::GitRepository::open(m_dir);
    if (!repo.ok())
        return repo.error();
    if (m_beforeSwitch && !m_beforeSwitch())
        return makeError(QStringLiteral("cancelled"), tr("Cancelled."));
    WB_TRY(repo->switchBranch(branch));
    emit message(tr("Switched to branch %1.").arg(branch));
    emit switched(branch);
    return {};
}

Result<QString> BranchMenu::newBranch()
{
    auto repo = vcs::GitRepository::open(m_dir);
    if (!repo.ok())
        return repo.error();
    const QString name = ask(tr("Name of the new branch (it starts at the current commit):"), QString());
    if (name.isEmpty())
        return makeError(QStringLiteral("cancelled"), tr("Cancelled."));
    if (m_beforeSwitch && !m_beforeSwitch())
        return makeError(QStringLiteral("cancelled"), tr("Cancelled."));
    WB_TRY(repo->createBranch(name));
    WB_TRY(repo->switchBranch(name));
    emit message(tr("Created and switched to branch %1.").arg(name));
    emit switched(name);
    return name;
}

Result<QString> BranchMenu::tagRelease()
{
    auto repo = vcs::GitRepository::open(m_dir);
    if (!repo.ok())
        return repo.error();
    const QString name = ask(tr("Release tag for the current commit:"), QStringLiteral("v1.0"));
    if (name.isEmpty())
        return makeError(QStringLiteral("cancelled"), tr("Cancelled."));
    // An annotated tag needs a tagger; without a configured identity it stays lightweight.
    auto who = repo->defaultSignature();
    const vcs::Signature tagger = who.ok() ? *who : vcs::Signature{};
    WB_TRY(repo->createTag(name, QStringLiteral("HEAD"), who.ok() ? tr("Release %1").arg(name) : QString(), tagger));
    emit message(tr("Tagged the current commit as %1.").arg(name));
    return name;
}

} // namespace wb::ui
