// SPDX-License-Identifier: GPL-3.0-or-later
// What the workbench tests share: includes and the helpers that set a workspace up.
#pragma once

#include "core/exec/runsession.h"
#include "core/exec/runworkspace.h"
#include "core/model/pipelinedocument.h"
#include "core/store/metadatastore.h"
#include "core/vcs/datasetscan.h"
#include "core/vcs/gitrepository.h"
#include "ui/about/handbookdialog.h"
#include "ui/canvas/nodeitem.h"
#include "ui/canvas/pipelinescene.h"
#include "ui/canvas/pipelineview.h"
#include "ui/drift/driftpage.h"
#include "ui/editor/editorcontroller.h"
#include "ui/drift/driftview.h"
#include "ui/i18n/languagemenu.h"
#include "ui/lineage/graphscene.h"
#include "ui/lineage/lineageview.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/workbenchviews.h"
#include "ui/run/runpanel.h"
#include "ui/runs/metadatabrowser.h"
#include "ui/runs/rundetailview.h"
#include "ui/runs/runsview.h"
#include "ui/runs/runtablemodel.h"
#include "ui/vcs/branchmenu.h"
#include "ui/vcs/historypanel.h"
#include "ui/vcs/versiontab.h"

#include <QDockWidget>
#include <QGraphicsView>
#include <QPainter>
#include <QScopeGuard>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace wb;
using namespace wb::ui;

namespace workbenchtest {

inline QString copyDiamond(const QString &ws)
{
    const QString target = ws + QStringLiteral("/diamond.pipeline.yaml");
    QFile::copy(QStringLiteral(MLWB_SOURCE_DIR "/tests/data/pipelines/diamond.pipeline.yaml"), target);
    QFile(target).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return target;
}

inline QStringList menuTitles(QMainWindow &w)
{
    QStringList out;
    for (QAction *a : w.menuBar()->actions())
        out << a->text().remove(QLatin1Char('&'));
    return out;
}

} // namespace workbenchtest
using namespace workbenchtest;
