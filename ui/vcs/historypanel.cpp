// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/vcs/historypanel.h"

#include "core/vcs/pipelinerevision.h"
#include "ui/vcs/pipelinediffview.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace wb::ui {

namespace {
constexpr int kIdRole = Qt::UserRole;
}

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_list = new QListWidget(this);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    layout->addWidget(m_list, 1);
    // Two rows of two: the dock stays narrow enough to share the right side with Properties.
    auto *buttons = new QGridLayout;
    m_open = new QPushButton(tr("Open read-only"), this);
    m_restore = new QPushButton(tr("Restore…"), this);
    m_compareWorking = new QPushButton(tr("Compare with working copy"), this);
    m_compareTwo = new QPushButton(tr("Compare selected"), this);
    m_open->setToolTip(tr("Open this version of the pipeline without changing the working copy"));
    m_restore->setToolTip(tr("Make this version current again as a new commit"));
    m_compareTwo->setToolTip(tr("Select two commits to compare them"));
    buttons->addWidget(m_open, 0, 0);
    buttons->addWidget(m_restore, 0, 1);
    buttons->addWidget(m_compareWorking, 1, 0);
    buttons->addWidget(m_compareTwo, 1, 1);
    layout->addLayout(buttons);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &HistoryPanel::updateActions);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &HistoryPanel::openSelected);
    connect(m_open, &QPushButton::clicked, this, &HistoryPanel::openSelected);
    connect(m_restore, &QPushButton::clicked, this, [this] { restoreSelected(); });
    connect(m_compareWorking, &QPushButton::clicked, this, &HistoryPanel::compareSelectedWithWorkingCopy);
    connect(m_compareTwo, &QPushButton::clicked, this, &HistoryPanel::compareSelectedCommits);
    updateActions();
}

void HistoryPanel::setFile(const QString &pipelineFile)
{
    m_file = pipelineFile;
    m_repo.reset();
    if (!m_file.isEmpty()) {
        auto repo = vcs::GitRepository::open(QFileInfo(m_file).absolutePath());
        if (repo.ok())
            m_repo.emplace(std::move(repo.value()));
    }
    refresh();
}

void HistoryPanel::refresh()
{
    m_list->clear();
    if (m_file.isEmpty()) {
        m_status->setText(tr("No pipeline open."));
    } else if (!m_repo) {
        m_status->setText(tr("%1 is not in a git repository: use Commit to start versioning it.")
                              .arg(QFileInfo(m_file).fileName()));
    } else {
        // The history of one file is a short walk; it stays on the GUI thread.
        auto log = m_repo->history(m_file);
        if (!log.ok()) {
            m_status->setText(tr("Cannot read the history: %1").arg(log.error().text()));
        } else {
            m_status->setText(log->isEmpty() ? tr("%1 has no commits yet.").arg(QFileInfo(m_file).fileName())
                                             : tr("%n commit(s) of %1", nullptr, int(log->size()))
                                                   .arg(QFileInfo(m_file).fileName()));
            for (const vcs::CommitInfo &c : *log) {
                auto *item = new QListWidgetItem(QStringLiteral("%1  %2  %3\n%4")
                                                     .arg(c.id.left(8), c.time.toLocalTime().toString(
                                                                             QStringLiteral("yyyy-MM-dd HH:mm")),
                                                          c.author, c.summary()),
                                                 m_list);
                item->setData(kIdRole, c.id);
                item->setToolTip(c.message);
            }
        }
    }
    updateActions();
}

QStringList HistoryPanel::commitIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids << m_list->item(i)->data(kIdRole).toString();
    return ids;
}

QStringList HistoryPanel::selectedIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->isSelected())
            ids << m_list->item(i)->data(kIdRole).toString();
    return ids;
}

void HistoryPanel::updateActions()
{
    const int n = int(selectedIds().size());
    m_open->setEnabled(n == 1);
    m_restore->setEnabled(n == 1);
    m_compareWorking->setEnabled(n == 1);
    m_compareTwo->setEnabled(n == 2);
}

void HistoryPanel::showError(const QString &what, const Error &error)
{
    QMessageBox::warning(this, what, error.text());
}

void HistoryPanel::openSelected()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1 || !m_repo)
        return;
    auto rel = m_repo->relativePath(m_file);
    auto bytes = rel.ok() ? m_repo->readAt(ids.first(), *rel) : Result<QByteArray>(rel.error());
    if (!bytes.ok())
        return showError(tr("Cannot open this version"), bytes.error());
    emit openVersionRequested(m_file, ids.first(), *bytes);
}

QString HistoryPanel::restoreSelected()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1 || !m_repo)
        return {};
    auto id = m_repo->restore(m_file, ids.first(),
                              tr("Restore %1 from %2").arg(QFileInfo(m_file).fileName(), ids.first().left(8)));
    if (!id.ok()) {
        if (id.error().code == QLatin1String("would-overwrite"))
            QMessageBox::information(this, tr("Restore"),
                                     tr("%1 has uncommitted changes. Commit or discard them first, then restore.")
                                         .arg(QFileInfo(m_file).fileName()));
        else
            showError(tr("Cannot restore this version"), id.error());
        return {};
    }
    refresh();
    emit fileRestored(m_file, *id);
    return *id;
}

void HistoryPanel::compareSelectedWithWorkingCopy()
{
    const QStringList ids = selectedIds();
    if (ids.size() == 1)
        showDiff(ids.first(), vcs::worktreeRevision());
}

void HistoryPanel::compareSelectedCommits()
{
    const QStringList ids = selectedIds();
    if (ids.size() == 2)
        showDiff(ids.at(1), ids.at(0)); // the list is newest first: older -> newer
}

void HistoryPanel::showDiff(const QString &revA, const QString &revB)
{
    if (!m_repo)
        return;
    emit compareRequested(m_file, revA, revB);
    auto before = vcs::readPipelineAt(*m_repo, revA, m_file);
    if (!before.ok())
        return showError(tr("Cannot compare"), before.error());
    // The working copy as the user sees it: the editor's content when it has unsaved edits.
    const std::optional<model::PipelineSnapshot> edited =
        revB == vcs::worktreeRevision() && m_editorSnapshot ? m_editorSnapshot() : std::nullopt;
    auto after = edited ? Result<model::PipelineSnapshot>(*edited) : vcs::readPipelineAt(*m_repo, revB, m_file);
    if (!after.ok())
        return showError(tr("Cannot compare"), after.error());
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Changes to %1").arg(QFileInfo(m_file).fileName()));
    auto *layout = new QVBoxLayout(dialog);
    auto *view = new PipelineDiffView(dialog);
    auto label = [&edited](const QString &rev) {
        if (rev != vcs::worktreeRevision())
            return rev.left(8);
        return edited ? tr("editor (unsaved)") : tr("working copy");
    };
    view->setPipelines(*before, *after, label(revA), label(revB));
    layout->addWidget(view);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(box);
    dialog->resize(1000, 600);
    dialog->show();
}

} // namespace wb::ui
