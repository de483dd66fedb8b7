// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow, part 3: new / open / save / recent files / export / crash recovery.
#include "ui/mainwindow/mainwindow.h"

#include "core/base/fileio.h"
#include "core/manifest/pipelinefile.h"
#include "core/model/pipelinedocument.h"
#include "ui/canvas/pipelinescene.h"
#include "ui/canvas/pipelineview.h"
#include "ui/editor/editorcontroller.h"
#include "ui/editor/pipelineloader.h"
#include "ui/panels/problemspanel.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QRegularExpression>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace wb::ui {

static const int kMaxRecent = 10;

void MainWindow::newPipeline()
{
    m_openOnlyPipeline = false; // the user chose what to edit
    model::PipelineSnapshot empty;
    empty.info.name = tr("Untitled pipeline");
    m_doc->resetContent(empty);
    m_doc->setFilePath(QString());
    m_problems->setLoadDiagnostics({});
    m_recovery->setDocument(m_doc);
    updateTitle();
    updateBaseDirs();
    updateActions();
}

bool MainWindow::openPipeline(const QString &path)
{
    m_openOnlyPipeline = false; // the user chose what to edit
    const QString abs = QFileInfo(path).absoluteFilePath();
    Result<Diagnostics> r = openPipelineForEditing(*m_doc, abs);
    if (!r) {
        showError(tr("Cannot open pipeline"), tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(abs), r.error().text()));
        return false;
    }
    m_recovery->setDocument(m_doc);
    m_problems->setLoadDiagnostics(r.value());
    addRecentFile(abs);
    updateTitle();
    updateBaseDirs();
    updateActions();
    // After the view has its final size.
    QTimer::singleShot(0, m_view, &PipelineView::fitToContents);
    const int problems = int(r->size());
    showStatus(problems ? tr("Opened %1 with %n problem(s); see the Problems panel.", nullptr, problems)
                              .arg(QFileInfo(abs).fileName())
                        : tr("Opened %1").arg(QFileInfo(abs).fileName()));
    return true;
}

bool MainWindow::save()
{
    if (m_doc->filePath().isEmpty())
        return saveAsDialog();
    return saveTo(m_doc->filePath());
}

bool MainWindow::saveTo(const QString &path)
{
    // Into another folder: relative component and dataset paths are rebased so the saved file
    // still finds them. An untitled pipeline's paths are relative to the workspace.
    const Result<void> r = manifest::savePipelineAs(*m_doc, QFileInfo(path).absoluteFilePath(),
                                                    m_doc->filePath().isEmpty() ? m_workspace : QString());
    if (!r) {
        showError(tr("Cannot save pipeline"), tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), r.error().text()));
        return false;
    }
    m_recovery->discardCurrent();
    addRecentFile(m_doc->filePath());
    updateTitle();
    showStatus(tr("Saved %1").arg(QFileInfo(path).fileName()));
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_doc->isDirty())
        return true;
    QMessageBox::StandardButton answer;
    if (m_unsavedPrompt) {
        answer = m_unsavedPrompt();
    } else {
        const QString name = m_doc->filePath().isEmpty() ? tr("Untitled pipeline") : QFileInfo(m_doc->filePath()).fileName();
        answer = QMessageBox::warning(this, tr("Unsaved changes"),
                                      tr("%1 has unsaved changes. Save them before closing it?").arg(name),
                                      QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    }
    switch (answer) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        m_recovery->discardCurrent();
        return true;
    default:
        return false;
    }
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(QStringLiteral("recentFiles")).toStringList();
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecent)
        files.removeLast();
    QSettings().setValue(QStringLiteral("recentFiles"), files);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString f = files.at(i);
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(f)));
        a->setObjectName(QStringLiteral("actionRecent%1").arg(i + 1));
        if (i < 9)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key(Qt::Key_1 + i)));
        // Queued: opening rebuilds this menu, which deletes the action being triggered.
        connect(a, &QAction::triggered, this, [this, f] {
            QTimer::singleShot(0, this, [this, f] {
                if (!QFileInfo::exists(f)) {
                    QStringList files = recentFiles();
                    files.removeAll(f);
                    QSettings().setValue(QStringLiteral("recentFiles"), files);
                    rebuildRecentMenu();
                    showError(tr("Cannot open pipeline"),
                              tr("%1 no longer exists. It was removed from the recent files.")
                                  .arg(QDir::toNativeSeparators(f)));
                    return;
                }
                if (maybeSave())
                    openPipeline(f);
            });
        });
    }
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear Recent Files"));
    clear->setObjectName(QStringLiteral("actionClearRecent"));
    clear->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_Backspace));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        QSettings().remove(QStringLiteral("recentFiles"));
        QTimer::singleShot(0, this, [this] { rebuildRecentMenu(); });
    });
}

void MainWindow::openDialog()
{
    if (!maybeSave())
        return;
    const QString start = m_doc->filePath().isEmpty() ? m_workspace : QFileInfo(m_doc->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Pipeline"), start,
                                                      tr("Pipelines (*.pipeline.yaml *.pipeline.yml *.yaml *.yml)"));
    if (!path.isEmpty())
        openPipeline(path);
}

QString MainWindow::suggestedPipelineFileName(const QString &pipelineName)
{
    // "Churn Model v2" -> "churn-model-v2.pipeline.yaml"
    QString base = pipelineName.trimmed().toLower();
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9._-]+")), QStringLiteral("-"));
    base.remove(QRegularExpression(QStringLiteral("^[-.]+|[-.]+$")));
    return (base.isEmpty() ? QStringLiteral("untitled") : base) + QStringLiteral(".pipeline.yaml");
}

bool MainWindow::saveAsDialog()
{
    QString start = m_doc->filePath();
    if (start.isEmpty())
        start = (m_workspace.isEmpty() ? QDir::homePath() : m_workspace) + QLatin1Char('/')
            + suggestedPipelineFileName(m_doc->model().snapshot().info.name);
    QString path = QFileDialog::getSaveFileName(this, tr("Save Pipeline As"), start, tr("Pipelines (*.pipeline.yaml)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".yaml")) && !path.endsWith(QLatin1String(".yml")))
        path += QStringLiteral(".pipeline.yaml");
    return saveTo(path);
}

void MainWindow::exportDialog(bool svg)
{
    const QString base = m_doc->filePath().isEmpty() ? tr("pipeline") : QFileInfo(m_doc->filePath()).completeBaseName();
    const QString dir = m_doc->filePath().isEmpty() ? m_workspace : QFileInfo(m_doc->filePath()).absolutePath();
    const QString path = QFileDialog::getSaveFileName(
        this, svg ? tr("Export as SVG") : tr("Export as PNG"),
        dir + QLatin1Char('/') + base.section(QLatin1Char('.'), 0, 0) + (svg ? QStringLiteral(".svg") : QStringLiteral(".png")),
        svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const Result<void> r = svg ? m_controller->exportSvg(path) : m_controller->exportPng(path);
    if (!r)
        showError(tr("Export failed"), r.error().text());
    else
        showStatus(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::addComponentFolderDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Add Component Folder"), m_workspace);
    if (dir.isEmpty())
        return;
    QSettings s;
    QStringList folders = s.value(QStringLiteral("components/userFolders")).toStringList();
    if (!folders.contains(dir))
        folders.append(dir);
    s.setValue(QStringLiteral("components/userFolders"), folders);
    updateComponentRoots();
}

QList<RecoveryEntry> MainWindow::pendingRecoveries() const
{
    return m_recovery->pendingRecoveries();
}

bool MainWindow::restoreRecovery(const RecoveryEntry &entry)
{
    Result<QByteArray> bytes = readFileLimited(entry.recoveryPath, manifest::kMaxPipelineFileBytes);
    if (!bytes) {
        showError(tr("Cannot recover pipeline"), bytes.error().text());
        return false;
    }
    // Relative component urls resolve against the original file's folder.
    const QString base = entry.originalPath.isEmpty() ? (m_workspace.isEmpty() ? QDir::currentPath() : m_workspace)
                                                      : QFileInfo(entry.originalPath).absolutePath();
    const QString source = entry.originalPath.isEmpty() ? entry.recoveryPath : entry.originalPath;
    Result<manifest::LoadedPipeline> loaded = manifest::readPipeline(bytes.value(), source, base);
    if (!loaded) {
        showError(tr("Cannot recover pipeline"), loaded.error().text());
        return false;
    }
    placeUnpositionedTasks(loaded->snapshot);
    m_doc->resetContent(loaded->snapshot);
    m_doc->setFilePath(entry.originalPath);
    m_doc->undoStack()->resetClean(); // recovered = not saved
    m_recovery->setDocument(m_doc);
    m_problems->setLoadDiagnostics(loaded->diagnostics);
    RecoveryManager::remove(entry);
    m_recovery->autosaveNow(); // keep it safe under the new slot until saved
    updateTitle();
    updateBaseDirs();
    QTimer::singleShot(0, m_view, &PipelineView::fitToContents);
    showStatus(tr("Recovered unsaved changes; save to keep them."), 8000);
    return true;
}

void MainWindow::offerRecovery()
{
    const QList<RecoveryEntry> entries = pendingRecoveries();
    if (entries.isEmpty()) {
        showStatus(tr("There are no unsaved pipelines to recover."));
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Recover Unsaved Pipelines"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *label = new QLabel(tr("mlwb did not close normally. These pipelines had unsaved changes:"), &dialog);
    label->setWordWrap(true);
    auto *list = new QListWidget(&dialog);
    for (const RecoveryEntry &e : entries)
        list->addItem(tr("%1 — autosaved %2")
                          .arg(e.originalPath.isEmpty() ? tr("Untitled pipeline") : QDir::toNativeSeparators(e.originalPath),
                               QLocale().toString(e.saved, QLocale::ShortFormat)));
    list->setCurrentRow(0);
    auto *buttons = new QDialogButtonBox(&dialog);
    QPushButton *restore = buttons->addButton(tr("Restore"), QDialogButtonBox::AcceptRole);
    QPushButton *discard = buttons->addButton(tr("Discard All"), QDialogButtonBox::DestructiveRole);
    buttons->addButton(tr("Later"), QDialogButtonBox::RejectRole);
    layout->addWidget(label);
    layout->addWidget(list);
    layout->addWidget(buttons);
    bool discardAll = false;
    connect(restore, &QPushButton::clicked, &dialog, &QDialog::accept);
    connect(discard, &QPushButton::clicked, &dialog, [&] {
        discardAll = true;
        dialog.reject();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted) {
        const int row = list->currentRow();
        if (row >= 0 && maybeSave())
            restoreRecovery(entries.at(row));
    } else if (discardAll) {
        for (const RecoveryEntry &e : entries)
            RecoveryManager::remove(e);
    }
}

} // namespace wb::ui
