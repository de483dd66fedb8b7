// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/vcs/commitdialog.h"

#include "core/vcs/gitidentity.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace wb::ui {

CommitDialog::CommitDialog(const QString &repositoryDir, QWidget *parent)
    : QDialog(parent)
    , m_prompt(&CommitDialog::askIdentity)
{
    setWindowTitle(tr("Commit"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Changed files:"), this));
    m_files = new QListWidget(this);
    layout->addWidget(m_files, 1);
    layout->addWidget(new QLabel(tr("Message:"), this));
    m_message = new QPlainTextEdit(this);
    m_message->setPlaceholderText(tr("What changed and why"));
    layout->addWidget(m_message, 1);
    m_author = new QLabel(this);
    layout->addWidget(m_author);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->hide();
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Commit"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CommitDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CommitDialog::reject);
    layout->addWidget(m_buttons);

    auto repo = vcs::GitRepository::open(repositoryDir);
    if (repo.ok())
        m_repo.emplace(std::move(repo.value()));
    else {
        m_error->setText(tr("Cannot open the repository: %1").arg(repo.error().text()));
        m_error->show();
    }
    reload();
    updateAuthor();
}

static bool isManifest(const QString &path)
{
    for (const char *end : {".pipeline.yaml", ".dataset.yaml", ".dvc", "component.yaml"})
        if (path.endsWith(QLatin1String(end)))
            return true;
    return false;
}

void CommitDialog::reload()
{
    m_files->clear();
    if (!m_repo)
        return;
    // Every changed or untracked file git does not ignore (the .gitignore, component sources,
    // READMEs, tools…): the files mlwb versions first and checked, the others unchecked.
    auto status = m_repo->status();
    if (!status.ok()) {
        m_error->setText(status.error().text());
        m_error->show();
        return;
    }
    QList<vcs::FileStatus> files = *status;
    std::stable_sort(files.begin(), files.end(), [](const vcs::FileStatus &a, const vcs::FileStatus &b) {
        const bool ma = isManifest(a.path), mb = isManifest(b.path);
        return ma != mb ? ma : a.path < b.path;
    });
    for (const vcs::FileStatus &f : std::as_const(files)) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  (%2)").arg(f.path, vcs::FileStatus::stateName(f.state)), m_files);
        item->setData(Qt::UserRole, f.path);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool checked = isManifest(f.path) && f.state != vcs::FileState::Conflicted;
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
    if (m_files->count() == 0) {
        m_error->setText(tr("Nothing to commit: no file changed."));
        m_error->show();
    }
}

void CommitDialog::updateAuthor()
{
    if (!m_repo) {
        m_author->clear();
        return;
    }
    auto who = m_repo->defaultSignature();
    m_author->setText(who.ok() ? tr("Author: %1 <%2>").arg(who->name, who->email)
                               : tr("Author: not configured yet (you will be asked once)"));
}

QStringList CommitDialog::listedFiles() const
{
    QStringList files;
    for (int i = 0; i < m_files->count(); ++i)
        files << m_files->item(i)->data(Qt::UserRole).toString();
    return files;
}

QStringList CommitDialog::checkedFiles() const
{
    QStringList files;
    for (int i = 0; i < m_files->count(); ++i)
        if (m_files->item(i)->checkState() == Qt::Checked)
            files << m_files->item(i)->data(Qt::UserRole).toString();
    return files;
}

void CommitDialog::setChecked(const QString &path, bool checked)
{
    for (int i = 0; i < m_files->count(); ++i)
        if (m_files->item(i)->data(Qt::UserRole).toString() == path)
            m_files->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void CommitDialog::setMessage(const QString &message)
{
    m_message->setPlainText(message);
}

QString CommitDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString CommitDialog::commitChecked()
{
    m_error->hide();
    m_error->clear();
    auto showError = [this](const QString &text) {
        m_error->setText(text);
        m_error->show();
        return QString();
    };
    if (!m_repo)
        return showError(tr("This folder is not in a git repository."));
    const QStringList files = checkedFiles();
    if (files.isEmpty())
        return showError(tr("Select at least one file to commit."));
    const QString message = m_message->toPlainText().trimmed();
    if (message.isEmpty())
        return showError(tr("Write a commit message."));
    if (!m_repo->defaultSignature().ok()) {
        const std::optional<vcs::Signature> who = m_prompt ? m_prompt(this) : std::nullopt;
        if (!who)
            return showError(tr("A commit needs an author name and e-mail address."));
        if (auto stored = vcs::setRepositoryIdentity(*m_repo, *who); !stored.ok())
            return showError(stored.error().text());
        updateAuthor();
    }
    auto id = m_repo->commit(files, message);
    if (!id.ok())
        return showError(tr("Cannot commit: %1").arg(id.error().text()));
    m_lastCommit = *id;
    return *id;
}

void CommitDialog::accept()
{
    if (!commitChecked().isEmpty())
        QDialog::accept();
}

std::optional<vcs::Signature> CommitDialog::askIdentity(QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Who is committing?"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("Git does not know your name yet. It is stored in this repository only."), &dialog));
    auto *name = new QLineEdit(&dialog);
    auto *email = new QLineEdit(&dialog);
    form->addRow(tr("Name:"), name);
    form->addRow(tr("E-mail:"), email);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(box);
    if (dialog.exec() != QDialog::Accepted || name->text().trimmed().isEmpty() || email->text().trimmed().isEmpty())
        return std::nullopt;
    return vcs::Signature{name->text().trimmed(), email->text().trimmed()};
}

} // namespace wb::ui
