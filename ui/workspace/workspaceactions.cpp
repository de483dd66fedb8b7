// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workspace/workspaceactions.h"

#include "core/base/fileio.h"
#include "core/model/pipelinedocument.h"
#include "ui/drift/driftpage.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/workbenchviews.h"
#include "ui/vcs/historypanel.h"
#include "ui/workspace/filevalidation.h"
#include "ui/workspace/workspacebrowser.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QUrl>
#include <QtConcurrent>

namespace wb::ui {

WorkspaceActions::WorkspaceActions(MainWindow *window, WorkspaceBrowser *browser)
    : QObject(window)
    , m_window(window)
    , m_browser(browser)
{
    setObjectName(QStringLiteral("workspaceActions"));
    connect(browser, &WorkspaceBrowser::openRequested, this, &WorkspaceActions::open);
    connect(browser, &WorkspaceBrowser::runRequested, this, &WorkspaceActions::run);
    connect(browser, &WorkspaceBrowser::validateRequested, this, &WorkspaceActions::validate);
    connect(browser, &WorkspaceBrowser::historyRequested, this, &WorkspaceActions::showHistory);
    connect(browser, &WorkspaceBrowser::driftRequested, this, &WorkspaceActions::compareDrift);
    connect(browser, &WorkspaceBrowser::statusMessage, window, [window](const QString &text) {
        window->showStatus(text, 8000);
    });
}

bool WorkspaceActions::openPipeline(const QString &file)
{
    m_window->centralTabs()->setCurrentIndex(0);
    if (QFileInfo(m_window->document()->filePath()) == QFileInfo(file))
        return true;
    return m_window->maybeSave() && m_window->openPipeline(file);
}

void WorkspaceActions::open(const QString &file, WorkspaceFileKind kind)
{
    switch (kind) {
    case WorkspaceFileKind::Pipeline:
        openPipeline(file);
        return;
    case WorkspaceFileKind::Component:
        openAsText(file);
        return;
    case WorkspaceFileKind::Dataset:
        m_browser->activate(QDir(m_browser->root()).relativeFilePath(file));
        return;
    case WorkspaceFileKind::Notebook:
    case WorkspaceFileKind::Other:
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(file)))
            m_window->showStatus(tr("No application opens %1.").arg(QFileInfo(file).fileName()), 8000);
        return;
    }
}

void WorkspaceActions::run(const QString &pipeline)
{
    if (openPipeline(pipeline))
        m_window->action(QStringLiteral("actionRun"))->trigger();
}

void WorkspaceActions::validate(const QString &file, WorkspaceFileKind kind)
{
    m_window->showStatus(tr("Validating %1…").arg(QFileInfo(file).fileName()), 0);
    auto *watcher = new QFutureWatcher<Result<Diagnostics>>(this);
    connect(watcher, &QFutureWatcher<Result<Diagnostics>>::finished, this, [this, watcher, file] {
        watcher->deleteLater();
        const Result<Diagnostics> r = watcher->result();
        showValidation(file, r.ok() ? *r : Diagnostics{}, r.ok() ? QString() : r.error().text());
    });
    watcher->setFuture(QtConcurrent::run([file, kind] { return validateWorkspaceFile(file, kind); }));
}

void WorkspaceActions::showValidation(const QString &file, const Diagnostics &problems, const QString &error)
{
    const QString name = QFileInfo(file).fileName();
    QStringList lines;
    for (const Diagnostic &d : problems)
        lines << (d.task.isEmpty() ? QString() : d.task + QStringLiteral(": ")) + d.message;
    const int errors = int(std::count_if(problems.cbegin(), problems.cend(), [](const Diagnostic &d) {
        return d.severity == Diagnostic::Severity::Error;
    }));
    const QString summary = !error.isEmpty() ? tr("Cannot validate %1: %2").arg(name, error)
                            : problems.isEmpty()
                                ? tr("%1 is valid.").arg(name)
                                : tr("%1: %n problem(s), %2 error(s).", nullptr, int(problems.size())).arg(name).arg(errors);
    m_window->showStatus(summary, 10000);
    emit validated(file, problems, error);
    if (!m_window->isVisible())
        return; // tests read the signal
    QMessageBox box(problems.isEmpty() && error.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                    tr("Validate"), summary, QMessageBox::Ok, m_window);
    if (!lines.isEmpty()) {
        box.setInformativeText(lines.mid(0, 10).join(QLatin1Char('\n')));
        box.setDetailedText(lines.join(QLatin1Char('\n')));
    }
    box.exec();
}

void WorkspaceActions::showHistory(const QString &file)
{
    m_window->views()->historyPanel()->setFile(file);
    m_window->action(QStringLiteral("actionShowVersions"))->trigger();
}

void WorkspaceActions::compareDrift(const QString &reference, const QString &current)
{
    m_window->views()->showDriftTab();
    m_window->views()->driftPage()->compareFiles(reference, current);
}

void WorkspaceActions::openAsText(const QString &file)
{
    QTabWidget *tabs = m_window->centralTabs();
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->widget(i)->property("mlwbTextFile").toString() == file) {
            tabs->setCurrentIndex(i);
            emit textOpened(file, i);
            return;
        }
    }
    auto *watcher = new QFutureWatcher<Result<QByteArray>>(this);
    connect(watcher, &QFutureWatcher<Result<QByteArray>>::finished, this, [this, watcher, file] {
        watcher->deleteLater();
        const Result<QByteArray> bytes = watcher->result();
        if (!bytes.ok()) {
            m_window->showError(tr("Cannot open %1").arg(QFileInfo(file).fileName()), bytes.error().text());
            emit textOpened(file, -1);
            return;
        }
        auto *text = new QPlainTextEdit(m_window);
        text->setObjectName(QStringLiteral("textTab"));
        text->setReadOnly(true);
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        text->setPlainText(QString::fromUtf8(*bytes));
        text->setProperty("mlwbTextFile", file);
        text->setProperty("mlwbClosableTab", true); // the central tabs close it
        QTabWidget *tabs = m_window->centralTabs();
        const QString title = QDir(m_browser->root()).relativeFilePath(file);
        const int index = tabs->addTab(text, tr("%1 (read-only)").arg(title));
        tabs->setTabToolTip(index, QDir::toNativeSeparators(file));
        tabs->setCurrentIndex(index);
        emit textOpened(file, index);
    });
    watcher->setFuture(QtConcurrent::run([file] { return readFileLimited(file, 4 * 1024 * 1024); }));
}

} // namespace wb::ui
