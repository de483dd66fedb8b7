// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/driftstore.h"

#include "core/base/fileio.h"
#include "core/base/tr.h"
#include "core/drift/htmlreport.h"
#include "core/drift/reportjson.h"
#include "core/store/metadatastore.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace wb::drift {

namespace {
const QString kRunType = QStringLiteral("system.PipelineRun");

QString fileUri(const QString &path)
{
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString();
}

// "a, b and 3 more" for messages naming the runs a user could have meant
QString someRuns(store::MetadataStore &db)
{
    auto runs = db.contexts(kRunType);
    if (!runs || runs->isEmpty())
        return Tr::tr("the store has no runs yet");
    QStringList names;
    for (auto it = runs->crbegin(); it != runs->crend() && names.size() < 5; ++it)
        names << it->name;
    QString text = Tr::tr("recent runs: %1").arg(names.join(QStringLiteral(", ")));
    if (runs->size() > names.size())
        text += Tr::tr(" (and %1 more; mlwb-cli store runs lists them)").arg(runs->size() - names.size());
    return text;
}
// The run's context id in the workspace's store, opened read-write in `db`.
Result<qint64> openRun(store::MetadataStore &db, const QString &workspace, const QString &runId)
{
    if (runId.isEmpty() || runId.contains(QLatin1Char('/')) || runId.contains(QLatin1Char('\\')) || runId.startsWith(QLatin1Char('.')))
        return makeError(QStringLiteral("drift.run"), Tr::tr("'%1' is not a run id (like 20240601-101500-3fa2)").arg(runId));
    const QString dbPath = store::MetadataStore::defaultPath(workspace);
    if (!QFileInfo::exists(dbPath))
        return makeError(QStringLiteral("drift.nostore"),
                         Tr::tr("%1 has no run store (%2): run a pipeline in this workspace first, or pass --workspace")
                             .arg(QDir::toNativeSeparators(workspace), QDir::toNativeSeparators(dbPath)));
    WB_TRY(db.open(dbPath));
    auto run = db.contextByName(kRunType, runId);
    WB_TRY(run);
    if (!*run)
        return makeError(QStringLiteral("drift.run"),
                         Tr::tr("There is no run '%1' in %2; %3").arg(runId, dbPath, someRuns(db)));
    return (*run)->id;
}
} // namespace

Result<void> checkDriftRun(const QString &workspace, const QString &runId)
{
    store::MetadataStore db;
    auto run = openRun(db, workspace, runId);
    WB_TRY(run);
    return {};
}

Result<StoredDriftReport> storeDriftReport(const QString &workspace, const QString &runId,
                                           const std::vector<DriftReport> &reports, const QStringList &labels)
{
    if (reports.empty())
        return makeError(QStringLiteral("drift.store"), Tr::tr("There is no drift report to store"));
    store::MetadataStore db;
    auto runContext = openRun(db, workspace, runId);
    WB_TRY(runContext);

    StoredDriftReport out;
    out.runContextId = *runContext;
    out.folder = QDir(workspace).absoluteFilePath(QStringLiteral(".mlwb/runs/%1/drift-report").arg(runId));
    if (!QDir().mkpath(out.folder))
        return makeError(QStringLiteral("drift.store"), Tr::tr("Cannot create the folder %1").arg(out.folder));
    out.htmlPath = out.folder + QStringLiteral("/drift-report.html");
    out.jsonlPath = out.folder + QStringLiteral("/drift.jsonl");
    QByteArray jsonl;
    for (size_t i = 0; i < reports.size(); ++i)
        jsonl += reportToJsonLines(reports[i], int(i) < labels.size() ? labels[int(i)] : QString());
    WB_TRY(writeFileAtomically(out.htmlPath, htmlReport(reports)));
    WB_TRY(writeFileAtomically(out.jsonlPath, jsonl));

    // the figures of the (last) comparison as metrics of the run
    const DatasetDrift &d = reports.back().dataset;
    store::Properties metrics;
    metrics.insert(QStringLiteral("drift_columns"), qint64(d.evidentlyTested));
    metrics.insert(QStringLiteral("drift_drifted"), qint64(d.selectedDrifted));
    metrics.insert(QStringLiteral("drift_share"), d.evidentlyTested ? double(d.selectedDrifted) / d.evidentlyTested : 0.0);
    metrics.insert(QStringLiteral("drift_dataset"), qint64(d.selectedDatasetDrift ? 1 : 0));
    if (reports.size() > 1)
        metrics.insert(QStringLiteral("drift_windows"), qint64(reports.size()));

    store::StepRecord step;
    step.taskName = QStringLiteral("drift-report");
    step.state = store::ExecutionState::Complete;
    step.startMs = step.endMs = QDateTime::currentMSecsSinceEpoch();
    auto input = [&](const QString &source, const QString &name) {
        if (!source.isEmpty() && QFileInfo::exists(source))
            step.inputs.append({fileUri(source), QStringLiteral("system.Dataset"), name, {}});
    };
    input(reports.front().referenceSource, QStringLiteral("reference"));
    if (reports.front().currentSource != reports.front().referenceSource)
        input(reports.front().currentSource, QStringLiteral("current"));
    step.outputs.append({fileUri(out.htmlPath), QStringLiteral("system.HTML"), QStringLiteral("report"), {}});
    step.outputs.append({fileUri(out.jsonlPath), QStringLiteral("system.Metrics"), QStringLiteral("metrics"), metrics});
    auto exec = db.recordStep(out.runContextId, step);
    WB_TRY(exec);
    out.executionId = *exec;
    auto events = db.eventsOfExecution(out.executionId);
    WB_TRY(events);
    for (const store::EventInfo &e : *events) {
        if (!store::isOutputEvent(e.type) || e.path.isEmpty())
            continue;
        if (e.path.first() == QLatin1String("report"))
            out.htmlArtifactId = e.artifactId;
        else if (e.path.first() == QLatin1String("metrics"))
            out.metricsArtifactId = e.artifactId;
    }
    return out;
}

Result<QString> artifactLocalFile(const QString &storePath, qint64 artifactId)
{
    if (!QFileInfo::exists(storePath))
        return makeError(QStringLiteral("drift.nostore"), Tr::tr("Cannot open the metadata store %1: the file does not exist").arg(storePath));
    store::MetadataStore db;
    WB_TRY(db.open(storePath, store::MetadataStore::Mode::ReadOnly));
    auto artifact = db.artifact(artifactId);
    if (!artifact)
        return makeError(QStringLiteral("drift.artifact"),
                         Tr::tr("There is no artifact %1 in %2").arg(artifactId).arg(storePath));
    const QString uri = artifact->uri;
    if (uri.isEmpty())
        return makeError(QStringLiteral("drift.artifact"), Tr::tr("Artifact %1 has no URI: there is no file to compare").arg(artifactId));
    QString path;
    if (uri.startsWith(QLatin1String("file:"))) {
        path = QUrl(uri).toLocalFile();
    } else if (uri.contains(QLatin1String("://"))) {
        return makeError(QStringLiteral("drift.remote"),
                         Tr::tr("Artifact %1 is stored at %2, not on this computer; download it and compare the local file")
                             .arg(artifactId).arg(uri));
    } else {
        // a plain path; relative ones are relative to the workspace (<workspace>/.mlwb/metadata.sqlite)
        const QDir workspace = QFileInfo(QFileInfo(storePath).absolutePath()).absolutePath();
        path = QDir::isAbsolutePath(uri) ? uri : workspace.absoluteFilePath(uri);
    }
    if (path.isEmpty())
        return makeError(QStringLiteral("drift.artifact"), Tr::tr("Artifact %1 has an unreadable URI: %2").arg(artifactId).arg(uri));
    return QDir::cleanPath(path);
}

} // namespace wb::drift
