// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace wb::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("mlwb"));
    auto *view = new QGraphicsView(new QGraphicsScene(this), this);
    view->setObjectName(QStringLiteral("canvas"));
    setCentralWidget(view);
    createMenus();
    statusBar()->showMessage(tr("Ready"));
    resize(1280, 800);
}

void MainWindow::openWorkspace(const QString &dir)
{
    m_workspace = dir;
    setWindowTitle(tr("%1 — mlwb").arg(dir));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About mlwb"), this, &MainWindow::showAbout);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About mlwb"),
                       tr("<h3>mlwb %1</h3><p>The ML pipeline workbench: design Kubeflow "
                          "pipelines visually, run them locally, review lineage and drift.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace wb::ui
