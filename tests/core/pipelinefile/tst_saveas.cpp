// SPDX-License-Identifier: GPL-3.0-or-later
// Save As into another folder: relative component urls and dataset manifests are rebased so
// the saved pipeline still resolves everything; a component folder that moved along with the
// pipeline stays relative; a failed save leaves the document as it was.
#include "core/manifest/pipelinefile.h"
#include "core/model/pipelinedocument.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;
using namespace wb::model;
using namespace wb::manifest;

namespace {

const QString kExamples = QStringLiteral(MLWB_SOURCE_DIR "/resources/examples");

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(f);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(f, target))
            return false;
    }
    return true;
}

/// The churn example (pipeline, its components and its dataset manifest) in `dir`.
bool makeWorkspace(const QString &dir)
{
    return QDir().mkpath(dir) && copyTree(kExamples + QStringLiteral("/components"), dir + QStringLiteral("/components"))
           && copyTree(kExamples + QStringLiteral("/data"), dir + QStringLiteral("/data"))
           && QFile::copy(kExamples + QStringLiteral("/churn.pipeline.yaml"), dir + QStringLiteral("/churn.pipeline.yaml"));
}

QStringList problems(const Diagnostics &ds)
{
    QStringList out;
    for (const Diagnostic &d : ds)
        out.append(d.task + QLatin1Char(':') + d.code);
    return out;
}

QString canonical(const QString &dir, const QString &rel)
{
    return QFileInfo(QDir(dir).absoluteFilePath(rel)).canonicalFilePath();
}

} // namespace

class tst_SaveAs : public QObject
{
    Q_OBJECT

private slots:
    void savedElsewhereStillResolves()
    {
        QTemporaryDir tmp;
        const QString ws = tmp.filePath(QStringLiteral("ws"));
        QVERIFY(makeWorkspace(ws));
        PipelineDocument doc;
        Result<Diagnostics> opened = openPipeline(doc, ws + QStringLiteral("/churn.pipeline.yaml"));
        QVERIFY(opened.ok());
        QVERIFY2(opened->isEmpty(), qPrintable(problems(opened.value()).join(u' ')));

        const QString other = tmp.filePath(QStringLiteral("elsewhere/sub"));
        QVERIFY(QDir().mkpath(other));
        const QString target = other + QStringLiteral("/churn.pipeline.yaml");
        const Result<void> saved = savePipelineAs(doc, target);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().text()));
        QCOMPARE(doc.filePath(), target);
        QVERIFY(!doc.isDirty());

        // Opened from its new place: every component found, no digest warning, the dataset
        // manifest resolves to the original file.
        Result<LoadedPipeline> again = readPipelineFile(target);
        QVERIFY(again.ok());
        QVERIFY2(again->diagnostics.isEmpty(), qPrintable(problems(again->diagnostics).join(u' ')));
        QCOMPARE(again->snapshot.tasks.size(), 10);
        for (const Task &t : again->snapshot.tasks) {
            QVERIFY2(!t.isMissing(), qPrintable(t.name));
            QVERIFY2(t.ref.url.startsWith(QLatin1String("../../ws/components/")), qPrintable(t.ref.url));
            QCOMPARE(canonical(other, t.ref.url).left(QFileInfo(ws).canonicalFilePath().size()),
                     QFileInfo(ws).canonicalFilePath());
        }
        const ArgumentValue *data = again->snapshot.tasks.at(0).argument(QStringLiteral("data"));
        QVERIFY(data && data->kind == ArgumentValue::Kind::Dataset);
        QCOMPARE(data->manifest, QStringLiteral("../../ws/data/churn.dataset.yaml"));
        QCOMPARE(canonical(other, data->manifest), QFileInfo(ws + QStringLiteral("/data/churn.dataset.yaml")).canonicalFilePath());

        // Saving again in place changes nothing.
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray first = f.readAll();
        f.close();
        QVERIFY(savePipelineAs(doc, target).ok());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), first);
    }

    void componentsThatMovedAlongStayRelative()
    {
        QTemporaryDir tmp;
        const QString ws = tmp.filePath(QStringLiteral("ws"));
        const QString moved = tmp.filePath(QStringLiteral("moved"));
        QVERIFY(makeWorkspace(ws));
        // The user copied the whole folder elsewhere and saves the pipeline into the copy.
        QVERIFY(makeWorkspace(moved));
        QVERIFY(QFile::remove(moved + QStringLiteral("/churn.pipeline.yaml")));
        // …except one component, which only exists in the original place.
        QVERIFY(QDir(moved + QStringLiteral("/components/select_best")).removeRecursively());

        PipelineDocument doc;
        QVERIFY(openPipeline(doc, ws + QStringLiteral("/churn.pipeline.yaml")).ok());
        const QString target = moved + QStringLiteral("/churn.pipeline.yaml");
        QVERIFY(savePipelineAs(doc, target).ok());
        Result<LoadedPipeline> again = readPipelineFile(target);
        QVERIFY(again.ok());
        QVERIFY2(again->diagnostics.isEmpty(), qPrintable(problems(again->diagnostics).join(u' ')));
        for (const Task &t : again->snapshot.tasks) {
            QVERIFY2(!t.isMissing(), qPrintable(t.name));
            if (t.name == QLatin1String("select-best")) {
                QCOMPARE(t.ref.url, QStringLiteral("../ws/components/select_best/component.yaml"));
            } else {
                QVERIFY2(t.ref.url.startsWith(QLatin1String("components/")), qPrintable(t.ref.url));
                QVERIFY(canonical(moved, t.ref.url).startsWith(QFileInfo(moved).canonicalFilePath() + u'/'));
            }
        }
        QCOMPARE(again->snapshot.tasks.at(0).argument(QStringLiteral("data"))->manifest,
                 QStringLiteral("data/churn.dataset.yaml"));
    }

    void failedSaveLeavesTheDocumentAlone()
    {
        QTemporaryDir tmp;
        const QString ws = tmp.filePath(QStringLiteral("ws"));
        QVERIFY(makeWorkspace(ws));
        PipelineDocument doc;
        const QString path = ws + QStringLiteral("/churn.pipeline.yaml");
        QVERIFY(openPipeline(doc, path).ok());
        const QByteArray before = writePipeline(doc.model());
        // A folder that exists but cannot be written: the rebase must be undone.
        const QString locked = tmp.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(locked));
        QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner);
        const bool writable = QFile(locked + QStringLiteral("/probe")).open(QIODevice::WriteOnly); // root ignores modes
        if (!writable) {
            QVERIFY(!savePipelineAs(doc, locked + QStringLiteral("/churn.pipeline.yaml")).ok());
            QCOMPARE(writePipeline(doc.model()), before);
            QCOMPARE(doc.filePath(), path);
        }
        QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        // A folder that does not exist: refused before anything changes.
        const Result<void> r = savePipelineAs(doc, tmp.filePath(QStringLiteral("no/such/churn.pipeline.yaml")));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("no/such")));
        QCOMPARE(writePipeline(doc.model()), before);
        QCOMPARE(doc.filePath(), path);
        QVERIFY(!doc.isDirty());
    }

    void untitledPipelineRebasesFromTheGivenFolder()
    {
        QTemporaryDir tmp;
        const QString ws = tmp.filePath(QStringLiteral("ws"));
        QVERIFY(makeWorkspace(ws));
        // An untitled pipeline whose components were added relative to the workspace.
        Result<LoadedPipeline> loaded = readPipelineFile(ws + QStringLiteral("/churn.pipeline.yaml"));
        QVERIFY(loaded.ok());
        PipelineDocument doc;
        doc.resetContent(loaded->snapshot);
        const QString sub = ws + QStringLiteral("/pipelines");
        QVERIFY(QDir().mkpath(sub));
        QVERIFY(savePipelineAs(doc, sub + QStringLiteral("/new.pipeline.yaml"), ws).ok());
        Result<LoadedPipeline> again = readPipelineFile(sub + QStringLiteral("/new.pipeline.yaml"));
        QVERIFY(again.ok());
        QVERIFY2(again->diagnostics.isEmpty(), qPrintable(problems(again->diagnostics).join(u' ')));
        QCOMPARE(again->snapshot.tasks.at(1).ref.url, QStringLiteral("../components/check_schema/component.yaml"));
    }
};

QTEST_GUILESS_MAIN(tst_SaveAs)
#include "tst_saveas.moc"
