// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/cachepage.h"

#include "core/exec/runworkspace.h"
#include "ui/settings/cachefolder.h"

#include <QDir>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace wb::ui {

CachePage::CachePage(const QString &workspace, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("cachePage"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("cacheLocation"));
    m_path->setReadOnly(true);
    m_size = new QLabel(this);
    m_size->setObjectName(QStringLiteral("cacheSize"));
    m_clear = new QPushButton(tr("Clear Cache…"), this);
    m_clear->setObjectName(QStringLiteral("clearCache"));
    m_clear->setToolTip(tr("Forget which outputs earlier runs can lend: every step runs again next time"));
    form->addRow(tr("Location"), m_path);
    form->addRow(tr("Size"), m_size);
    layout->addLayout(form);
    auto *note = new QLabel(tr("The cache is the index of step outputs that later runs reuse instead of running "
                               "the step again. Clearing it keeps the runs and their outputs."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(m_clear, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_clear, &QPushButton::clicked, this, &CachePage::clearInteractive);

    if (workspace.isEmpty()) {
        m_path->setPlaceholderText(tr("Open a workspace first"));
        m_size->setText(tr("No workspace is open."));
        m_clear->setEnabled(false);
        return;
    }
    m_location = exec::runfiles::cacheDir(workspace);
    m_path->setText(QDir::toNativeSeparators(m_location));
    refresh();
}

QString CachePage::sizeText() const
{
    return m_size->text();
}

void CachePage::setBusy(bool busy)
{
    m_busy = busy;
    m_clear->setEnabled(!busy && !m_location.isEmpty());
}

void CachePage::refresh()
{
    if (m_location.isEmpty())
        return;
    const int generation = ++m_generation;
    m_size->setText(tr("Counting…"));
    setBusy(true);
    auto *watcher = new QFutureWatcher<FolderUsage>(this);
    connect(watcher, &QFutureWatcher<FolderUsage>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const FolderUsage usage = watcher->result();
        m_size->setText(tr("%1 in %n file(s)", nullptr, int(usage.files)).arg(QLocale().formattedDataSize(usage.bytes)));
        setBusy(false);
        emit sizeChanged(usage.bytes, usage.files);
    });
    watcher->setFuture(QtConcurrent::run([dir = m_location] { return folderUsage(dir); }));
}

void CachePage::clearInteractive()
{
    if (m_location.isEmpty() || m_busy)
        return;
    const bool yes = m_confirm ? m_confirm()
                               : QMessageBox::question(this, tr("Clear Cache"),
                                                       tr("Delete the step cache of this workspace (%1)? Every step "
                                                          "runs again the next time instead of reusing an earlier "
                                                          "output.")
                                                           .arg(m_size->text()))
                                     == QMessageBox::Yes;
    if (!yes)
        return;
    ++m_generation;
    m_size->setText(tr("Clearing…"));
    setBusy(true);
    auto *watcher = new QFutureWatcher<Result<void>>(this);
    connect(watcher, &QFutureWatcher<Result<void>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Result<void> r = watcher->result();
        setBusy(false);
        emit cleared(r.ok(), r.ok() ? QString() : r.error().text());
        if (!r.ok())
            QMessageBox::warning(this, tr("Clear Cache"), r.error().text());
        refresh();
    });
    watcher->setFuture(QtConcurrent::run([dir = m_location] { return clearFolder(dir); }));
}

} // namespace wb::ui
