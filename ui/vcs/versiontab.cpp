// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/vcs/versiontab.h"

#include "core/manifest/pipelinefile.h"
#include "core/model/pipelinedocument.h"
#include "ui/canvas/pipelinescene.h"
#include "ui/canvas/pipelineview.h"

#include <QFileInfo>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace wb::ui {

VersionTab::VersionTab(const QString &file, const QString &revision, QWidget *parent)
    : QWidget(parent)
    , m_file(file)
    , m_revision(revision)
{
}

Result<VersionTab *> VersionTab::create(const QByteArray &bytes, const QString &file, const QString &revision,
                                        const QString &workspace, QWidget *parent)
{
    const QString baseDir = QFileInfo(file).absolutePath();
    auto loaded = manifest::readPipeline(bytes, QStringLiteral("%1@%2").arg(file, revision.left(10)), baseDir);
    if (!loaded.ok())
        return loaded.error();
    auto *tab = new VersionTab(file, revision, parent);
    tab->setObjectName(QStringLiteral("versionTab"));
    tab->m_doc = new model::PipelineDocument(tab);
    tab->m_doc->resetContent(loaded->snapshot);
    tab->m_scene = new PipelineScene(tab->m_doc, tab);
    tab->m_scene->setComponentBaseDirs(baseDir, workspace);
    tab->m_view = new PipelineView(tab);
    tab->m_view->setScene(tab->m_scene);
    tab->m_view->setInteractive(false); // read-only: no selection, drag, drop or delete
    tab->m_view->setAcceptDrops(false);

    auto *banner = new QLabel(tr("Version %1 of %2 — read-only").arg(revision.left(10), QFileInfo(file).fileName()), tab);
    banner->setObjectName(QStringLiteral("versionBanner"));
    banner->setContentsMargins(8, 4, 8, 4);
    banner->setAutoFillBackground(true);
    banner->setBackgroundRole(QPalette::ToolTipBase);
    banner->setForegroundRole(QPalette::ToolTipText);
    auto *lay = new QVBoxLayout(tab);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->setSpacing(0);
    lay->addWidget(banner);
    lay->addWidget(tab->m_view, 1);
    QTimer::singleShot(0, tab->m_view, &PipelineView::fitToContents);
    return tab;
}

VersionTab::~VersionTab()
{
    // Items mirror the document: they go first.
    delete m_scene;
    m_scene = nullptr;
}

} // namespace wb::ui
