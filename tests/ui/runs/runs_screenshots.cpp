// SPDX-License-Identifier: GPL-3.0-or-later
// runs_screenshots <dir> [mlflow.db]: records a small store (plus an optional MLflow import),
// opens it in the MetadataBrowser and saves runs-*.png / lineage-*.png into <dir>.
#include "runstestdata.h"

#include "ui/lineage/lineageview.h"
#include "ui/runs/comparerunsview.h"
#include "ui/runs/metadatabrowser.h"
#include "ui/runs/rundetailview.h"
#include "ui/runs/runsview.h"
#include "ui/runs/runtablemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTreeWidget>

#include <cstdio>
#include <functional>

using namespace wb::ui;

namespace {

void waitUntil(const std::function<bool()> &done, int ms = 10000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    QCoreApplication::processEvents();
}

bool save(QWidget *w, const QString &path)
{
    QCoreApplication::processEvents();
    const bool ok = w->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: runs_screenshots <output dir> [mlflow.db]\n");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("metadata.sqlite"));
    runstest::SmallStore ids;
    {
        wb::store::MetadataStore s;
        if (!s.open(path))
            return 1;
        ids = runstest::recordSmallStore(s, dir.path());
    }
    MetadataBrowser browser;
    browser.resize(1280, 800);
    browser.show();
    if (!browser.openStore(path, false))
        return 1;
    if (argc > 2) {
        bool finished = false;
        QObject::connect(&browser, &MetadataBrowser::importFinished, [&](bool, const QString &m) {
            finished = true;
            std::printf("%s\n", qPrintable(m));
        });
        (void)browser.importMlflow(QString::fromLocal8Bit(argv[2]));
        waitUntil([&] { return finished; }, 60000);
    }
    RunTableModel *model = browser.runsView()->model();
    waitUntil([&] { return model->rowCount() > 0 && !model->isLoading(); });
    const int row = model->rowOfRun(ids.runA);
    browser.runsView()->table()->selectRow(row < 0 ? 0 : row);
    (void)browser.showRun(ids.runA);
    waitUntil([] { return false; }, 300);
    bool ok = save(&browser, out + QStringLiteral("/runs-table.png"));
    browser.runDetailView()->tabs()->setCurrentIndex(2);
    browser.runDetailView()->previewArtifact(ids.data);
    ok &= save(&browser, out + QStringLiteral("/runs-detail-artifacts.png"));
    (void)browser.compareRuns({ids.runA, ids.runB, ids.runC});
    browser.compareView()->tabs()->setCurrentIndex(0);
    ok &= save(&browser, out + QStringLiteral("/runs-compare.png"));
    browser.compareView()->tabs()->setCurrentIndex(1);
    ok &= save(&browser, out + QStringLiteral("/runs-compare-tasks.png"));
    browser.compareView()->setScatterAxes(QStringLiteral("param.lr"), QStringLiteral("metric.train.accuracy"));
    browser.compareView()->tabs()->setCurrentIndex(3);
    waitUntil([] { return false; }, 300);
    ok &= save(&browser, out + QStringLiteral("/runs-compare-charts.png"));
    (void)browser.showLineage(ids.model);
    (void)browser.lineageView()->expandNode(QStringLiteral("context:%1").arg(ids.runA));
    waitUntil([] { return false; }, 200);
    ok &= save(&browser, out + QStringLiteral("/lineage-model.png"));
    return ok ? 0 : 1;
}
