// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workspace/workspacebrowser.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace wb::ui {

namespace {

constexpr int kMaxWatched = 2000; // inotify watches are a per-user budget

QIcon kindIcon(const QStyle *style, WorkspaceFileKind kind)
{
    switch (kind) {
    case WorkspaceFileKind::Pipeline: return QIcon(QStringLiteral(":/mlwb/icons/mlwb.svg"));
    case WorkspaceFileKind::Component: return style->standardIcon(QStyle::SP_FileDialogContentsView);
    case WorkspaceFileKind::Dataset: return style->standardIcon(QStyle::SP_DriveHDIcon);
    case WorkspaceFileKind::Notebook: return style->standardIcon(QStyle::SP_FileDialogInfoView);
    case WorkspaceFileKind::Other: return style->standardIcon(QStyle::SP_FileIcon);
    }
    return {};
}

QColor gitColor(WorkspaceGitState state)
{
    switch (state) {
    case WorkspaceGitState::Modified: return QColor(0xc0, 0x80, 0x00);
    case WorkspaceGitState::Untracked:
    case WorkspaceGitState::Added: return QColor(0x2e, 0x9a, 0x48);
    case WorkspaceGitState::Deleted:
    case WorkspaceGitState::Conflicted: return QColor(0xd0, 0x40, 0x40);
    default: return {};
    }
}

} // namespace

WorkspaceBrowser::WorkspaceBrowser(QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_empty(new QLabel(tr("No workspace is open."), this))
    , m_openWorkspace(new QPushButton(tr("Open Workspace…"), this))
    , m_showOthers(new QCheckBox(tr("Show other files"), this))
    , m_watcher(new QFileSystemWatcher(this))
{
    setObjectName(QStringLiteral("workspaceBrowser"));
    m_model->setHorizontalHeaderLabels({tr("File"), tr("Git")});
    m_view->setObjectName(QStringLiteral("workspaceTree"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setUniformRowHeights(true);
    m_view->setIndentation(14);
    m_view->setTextElideMode(Qt::ElideLeft); // the file name stays readable in a narrow dock
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_summary->setWordWrap(true);
    m_empty->setWordWrap(true);
    m_openWorkspace->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_empty);
    layout->addWidget(m_openWorkspace);
    layout->addWidget(m_showOthers);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &WorkspaceBrowser::refresh);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_debounce.start(); });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_debounce.start(); });
    connect(m_openWorkspace, &QPushButton::clicked, this, &WorkspaceBrowser::openWorkspaceRequested);
    connect(m_showOthers, &QCheckBox::toggled, this, &WorkspaceBrowser::rebuild);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const QModelIndex name = index.siblingAtColumn(0);
        if (!name.data(KindRole).isNull())
            activate(name.data(PathRole).toString());
    });
    connect(m_view, &QTreeView::collapsed, this, [this](const QModelIndex &i) { m_collapsed.insert(i.data(GroupRole).toInt()); });
    connect(m_view, &QTreeView::expanded, this, [this](const QModelIndex &i) { m_collapsed.remove(i.data(GroupRole).toInt()); });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex name = m_view->indexAt(pos).siblingAtColumn(0);
        if (!name.isValid() || name.data(KindRole).isNull())
            return;
        QMenu *menu = contextMenuFor(name.data(PathRole).toString(), this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_view->viewport()->mapToGlobal(pos));
    });
    setRoot(QString());
}

WorkspaceBrowser::~WorkspaceBrowser() = default;

QString WorkspaceBrowser::absolute(const QString &path) const
{
    return QDir(m_root).absoluteFilePath(path);
}

void WorkspaceBrowser::setRoot(const QString &root)
{
    m_root = root.isEmpty() ? QString() : QDir(root).absolutePath();
    m_scan = WorkspaceScan{};
    m_collapsed.clear();
    m_driftReference.clear();
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    ++m_generation; // a scan of the previous root is dropped
    m_scanning = false;
    m_rescanPending = false;
    m_empty->setVisible(m_root.isEmpty());
    m_openWorkspace->setVisible(m_root.isEmpty());
    m_view->setVisible(!m_root.isEmpty());
    rebuild();
    if (!m_root.isEmpty())
        refresh();
}

void WorkspaceBrowser::setShowOtherFiles(bool show)
{
    m_showOthers->setChecked(show);
}

void WorkspaceBrowser::refresh()
{
    if (m_root.isEmpty())
        return;
    if (m_scanning) {
        m_rescanPending = true;
        return;
    }
    m_scanning = true;
    if (m_scan.root.isEmpty()) { // the first look: later ones keep the list as it is meanwhile
        m_summary->setText(tr("Scanning…"));
        m_summary->show();
    }
    const int generation = m_generation;
    auto *watcher = new QFutureWatcher<WorkspaceScan>(this);
    connect(watcher, &QFutureWatcher<WorkspaceScan>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        onScanned(watcher->result(), generation);
    });
    // Only values go to the worker: the browser may be gone when it finishes.
    watcher->setFuture(QtConcurrent::run([root = m_root] { return scanWorkspace(root); }));
}

void WorkspaceBrowser::onScanned(const WorkspaceScan &scan, int generation)
{
    if (generation != m_generation)
        return; // another workspace by now
    m_scanning = false;
    m_scan = scan;
    watch(scan);
    rebuild();
    emit scanned();
    if (m_rescanPending) {
        m_rescanPending = false;
        refresh();
    }
}

void WorkspaceBrowser::watch(const WorkspaceScan &scan)
{
    QStringList wanted;
    for (const QString &dir : scan.dirs)
        wanted << absolute(dir);
    // Files of the four kinds: an edit in place changes their git state.
    for (const WorkspaceEntry &e : scan.files)
        if (e.kind != WorkspaceFileKind::Other && e.exists)
            wanted << absolute(e.path);
    const QString git = absolute(QStringLiteral(".git"));
    if (QFileInfo(git).isDir())
        wanted << git; // commits, staging and branch switches rewrite the index there
    if (wanted.size() > kMaxWatched)
        wanted = wanted.mid(0, kMaxWatched);
    const QStringList current = m_watcher->directories() + m_watcher->files();
    const QSet<QString> want(wanted.cbegin(), wanted.cend());
    const QSet<QString> have(current.cbegin(), current.cend());
    const QSet<QString> gone = have - want;
    const QSet<QString> added = want - have;
    if (!gone.isEmpty())
        m_watcher->removePaths(QStringList(gone.cbegin(), gone.cend()));
    if (!added.isEmpty())
        m_watcher->addPaths(QStringList(added.cbegin(), added.cend()));
}

void WorkspaceBrowser::rebuild()
{
    const QString selected = m_view->currentIndex().siblingAtColumn(0).data(PathRole).toString();
    m_model->removeRows(0, m_model->rowCount());
    const QBrush grey = palette().brush(QPalette::Disabled, QPalette::Text);
    for (WorkspaceFileKind kind : {WorkspaceFileKind::Pipeline, WorkspaceFileKind::Component, WorkspaceFileKind::Dataset,
                                   WorkspaceFileKind::Notebook, WorkspaceFileKind::Other}) {
        if (kind == WorkspaceFileKind::Other && !m_showOthers->isChecked())
            continue;
        const int count = m_scan.count(kind);
        if (count == 0)
            continue;
        auto *group = new QStandardItem(WorkspaceLabels::group(kind, count));
        group->setData(int(kind), GroupRole);
        group->setSelectable(false);
        QFont bold = group->font();
        bold.setBold(true);
        group->setFont(bold);
        for (const WorkspaceEntry &e : std::as_const(m_scan.files)) {
            if (e.kind != kind)
                continue;
            auto *name = new QStandardItem(kindIcon(style(), e.kind), e.path);
            name->setData(e.path, PathRole);
            name->setData(int(e.kind), KindRole);
            name->setToolTip(e.detail.isEmpty() ? e.path : e.path + QLatin1Char('\n') + e.detail);
            auto *git = new QStandardItem(WorkspaceLabels::git(e.git));
            if (const QColor c = gitColor(e.git); c.isValid())
                git->setForeground(c);
            if (e.kind == WorkspaceFileKind::Other || !e.exists)
                name->setForeground(grey);
            if (!e.exists) {
                QFont italic = name->font();
                italic.setItalic(true);
                name->setFont(italic);
            }
            group->appendRow({name, git});
        }
        m_model->appendRow({group, new QStandardItem});
        m_view->setFirstColumnSpanned(m_model->rowCount() - 1, QModelIndex(), true);
    }
    m_view->expandAll();
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_collapsed.contains(m_model->index(row, 0).data(GroupRole).toInt()))
            m_view->collapse(m_model->index(row, 0));
    if (QModelIndex i = indexOf(selected); i.isValid())
        m_view->setCurrentIndex(i);
    updateSummary();
}

void WorkspaceBrowser::updateSummary()
{
    // The groups count the files; this line says what the list cannot.
    QStringList notes;
    if (!m_scan.root.isEmpty() && m_scan.files.isEmpty())
        notes << tr("No pipelines, components, datasets or notebooks here yet.");
    if (m_scan.truncated)
        notes << tr("Only the first %n file(s) are listed.", nullptr, int(m_scan.files.size()));
    if (!m_scan.gitError.isEmpty())
        notes << m_scan.gitError;
    else if (!m_scan.root.isEmpty() && !m_scan.repository)
        notes << tr("Not a git repository.");
    m_summary->setText(notes.join(QLatin1Char('\n')));
    m_summary->setVisible(!notes.isEmpty());
}

QModelIndex WorkspaceBrowser::indexOf(const QString &path) const
{
    if (path.isEmpty())
        return {};
    const QModelIndexList hits = m_model->match(m_model->index(0, 0), PathRole, path, 1,
                                                Qt::MatchExactly | Qt::MatchRecursive);
    return hits.isEmpty() ? QModelIndex() : hits.first();
}

void WorkspaceBrowser::setDriftReference(const QString &absolutePath)
{
    m_driftReference = absolutePath;
    emit statusMessage(tr("Drift reference: %1. Double-click another dataset to compare it with this one.")
                           .arg(QDir(m_root).relativeFilePath(absolutePath)));
}

void WorkspaceBrowser::activate(const QString &path)
{
    const WorkspaceEntry *e = m_scan.entry(path);
    if (!e || !e->exists)
        return;
    const QString file = absolute(path);
    if (e->kind != WorkspaceFileKind::Dataset) {
        emit openRequested(file, e->kind);
        return;
    }
    // A dataset opens in the Drift tab: the first one chosen is the reference, the next the
    // current data compared with it.
    if (m_driftReference.isEmpty() || m_driftReference == file)
        setDriftReference(file);
    else
        emit driftRequested(m_driftReference, file);
}

QMenu *WorkspaceBrowser::contextMenuFor(const QString &path, QWidget *parent)
{
    auto *menu = new QMenu(parent ? parent : this);
    const WorkspaceEntry *e = m_scan.entry(path);
    if (!e)
        return menu;
    const QString file = absolute(path);
    const WorkspaceFileKind kind = e->kind;
    auto add = [menu](const char *name, const QString &text, bool enabled, auto slot) {
        QAction *a = menu->addAction(text);
        a->setObjectName(QString::fromLatin1(name));
        a->setEnabled(enabled);
        QObject::connect(a, &QAction::triggered, menu, slot);
        return a;
    };
    if (kind != WorkspaceFileKind::Dataset)
        add("wsOpen", tr("Open"), e->exists, [this, file, kind] { emit openRequested(file, kind); });
    if (kind == WorkspaceFileKind::Pipeline)
        add("wsRun", tr("Run…"), e->exists, [this, file] { emit runRequested(file); });
    if (kind == WorkspaceFileKind::Pipeline || kind == WorkspaceFileKind::Component)
        add("wsValidate", tr("Validate"), e->exists, [this, file, kind] { emit validateRequested(file, kind); });
    if (kind == WorkspaceFileKind::Dataset) {
        add("wsDriftReference", tr("Use as Drift Reference"), e->exists, [this, file] { setDriftReference(file); });
        const QString reference = m_driftReference;
        QAction *compare = add("wsDriftCompare",
                               reference.isEmpty() ? tr("Compare with Drift Reference")
                                                   : tr("Compare with %1 (Drift)").arg(QFileInfo(reference).fileName()),
                               e->exists && !reference.isEmpty() && reference != file,
                               [this, reference, file] { emit driftRequested(reference, file); });
        if (reference.isEmpty())
            compare->setToolTip(tr("Choose a reference dataset first"));
    }
    if (m_scan.repository)
        add("wsHistory", tr("History"), true, [this, file] { emit historyRequested(file); });
    return menu;
}

} // namespace wb::ui
