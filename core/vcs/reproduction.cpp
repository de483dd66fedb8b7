// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vcs/reproduction.h"

#include "core/base/fileio.h"
#include "core/base/tr.h"
#include "core/vcs/datasetcompare.h"
#include "core/vcs/datasetmanifest.h"
#include "core/vcs/datasetscan.h"
#include "core/vcs/gitrepository.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace wb::vcs {

namespace {

constexpr qint64 kMaxJsonBytes = 16 * 1024 * 1024;

Result<QJsonObject> readJsonObject(const QString &path)
{
    auto bytes = readFileLimited(path, kMaxJsonBytes);
    if (!bytes.ok())
        return bytes.error();
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &err);
    if (!doc.isObject())
        return makeError(QStringLiteral("invalid-run"), Tr::tr("Cannot read %1: %2").arg(path, err.errorString()));
    return doc.object();
}

/// task name -> (output name -> absolute path), from every <task>/step.json of a run.
QMap<QString, QMap<QString, QString>> stepOutputs(const QString &runDir)
{
    QMap<QString, QMap<QString, QString>> result;
    const QDir dir(runDir);
    for (const QString &sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString stepJson = dir.filePath(sub + QStringLiteral("/step.json"));
        if (!QFileInfo::exists(stepJson))
            continue;
        auto json = readJsonObject(stepJson);
        if (!json.ok())
            continue;
        const QString task = json->value(QStringLiteral("task")).toString(sub);
        const QJsonObject outs = json->value(QStringLiteral("outputs")).toObject();
        QMap<QString, QString> &map = result[task];
        for (auto it = outs.begin(); it != outs.end(); ++it)
            map.insert(it.key(), dir.absoluteFilePath(it.value().toString()));
    }
    return result;
}

bool sameFile(const QString &a, const QString &b, QString *why)
{
    QFile fa(a), fb(b);
    if (!fa.open(QIODevice::ReadOnly) || !fb.open(QIODevice::ReadOnly)) {
        if (why)
            *why = Tr::tr("cannot open %1").arg(fa.isOpen() ? b : a);
        return false;
    }
    if (fa.size() != fb.size()) {
        if (why)
            *why = Tr::tr("size differs (%1 vs %2 bytes)").arg(fa.size()).arg(fb.size());
        return false;
    }
    constexpr qint64 kChunk = 1 << 20;
    while (!fa.atEnd()) {
        if (fa.read(kChunk) != fb.read(kChunk)) {
            if (why)
                *why = Tr::tr("content differs");
            return false;
        }
    }
    return true;
}

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    const QDir base(dir);
    while (it.hasNext())
        files.append(base.relativeFilePath(it.next()));
    files.sort();
    return files;
}

} // namespace

Result<RecordedRun> readRecordedRun(const QString &workspace, const QString &runId)
{
    if (runId.isEmpty() || runId.contains(QLatin1Char('/')) || runId.contains(QLatin1Char('\\'))
        || runId.startsWith(QLatin1Char('.')))
        return makeError(QStringLiteral("run-not-found"), Tr::tr("'%1' is not a run id").arg(runId));
    RecordedRun run;
    run.runId = runId;
    run.runDir = QDir(workspace).absoluteFilePath(QStringLiteral(".mlwb/runs/") + runId);
    if (!QFileInfo(run.runDir).isDir())
        return makeError(QStringLiteral("run-not-found"),
                         Tr::tr("There is no run '%1' in %2 (see mlwb-cli store runs)").arg(runId, workspace));
    const QString jsonPath = run.runDir + QStringLiteral("/run.json");
    if (!QFileInfo::exists(jsonPath))
        return makeError(QStringLiteral("run-incomplete"),
                         Tr::tr("Run '%1' has no run.json: it is still running or did not finish").arg(runId));
    auto json = readJsonObject(jsonPath);
    if (!json.ok())
        return json.error();
    run.pipelineFile = json->value(QStringLiteral("pipelineFile")).toString();
    run.gitCommit = json->value(QStringLiteral("gitCommit")).toString();
    run.gitDirty = json->value(QStringLiteral("gitDirty")).toBool();
    const QJsonObject params = json->value(QStringLiteral("parameters")).toObject();
    for (auto it = params.begin(); it != params.end(); ++it)
        run.parameters.insert(it.key(), it.value().toString());
    return run;
}

Result<ReproductionSetup> prepareReproduction(const GitRepository &repo, const RecordedRun &run,
                                              const QString &exportDir, const ReproduceOptions &options)
{
    ReproductionSetup setup;
    if (run.gitCommit.isEmpty())
        return makeError(QStringLiteral("no-commit"),
                         Tr::tr("Run '%1' was not made from a git commit, so it cannot be reproduced; "
                                "commit the pipeline and run it again").arg(run.runId));
    if (run.gitDirty) {
        if (!options.allowDirty)
            return makeError(QStringLiteral("dirty-run"),
                             Tr::tr("Run '%1' was made from uncommitted changes to the files it uses "
                                    "(on top of commit %2), so it cannot be reproduced exactly.")
                                 .arg(run.runId, run.gitCommit.left(10)));
        setup.warnings << Tr::tr("Run '%1' was made from uncommitted changes: re-running commit %2, which "
                                 "may differ from what actually ran").arg(run.runId, run.gitCommit.left(10));
    }
    if (run.pipelineFile.isEmpty())
        return makeError(QStringLiteral("invalid-run"), Tr::tr("Run '%1' does not record its pipeline file").arg(run.runId));
    auto rel = repo.relativePath(run.pipelineFile);
    if (!rel.ok())
        return makeError(QStringLiteral("invalid-run"),
                         Tr::tr("The pipeline of run '%1' (%2) is not in the repository %3")
                             .arg(run.runId, run.pipelineFile, repo.workdir()));
    auto commit = repo.resolve(run.gitCommit);
    if (!commit.ok())
        return makeError(commit.error().code,
                         Tr::tr("The commit %1 of run '%2' is not in this repository: %3")
                             .arg(run.gitCommit, run.runId, commit.error().message));
    setup.commit = *commit;
    if (auto exported = repo.exportTree(setup.commit, exportDir); !exported.ok())
        return exported.error();
    setup.pipelineFile = QDir(exportDir).absoluteFilePath(*rel);
    if (!QFileInfo::exists(setup.pipelineFile))
        return makeError(QStringLiteral("path-not-found"),
                         Tr::tr("%1 is not in commit %2").arg(*rel, setup.commit.left(10)));

    // Data files are not in git: check the working tree's data against the manifests of the
    // commit, then link it into the export where the manifests expect it.
    for (const DatasetEntry &entry : listDatasets(exportDir)) {
        if (entry.kind != QLatin1String("mlwb"))
            continue;
        if (!entry.error.isEmpty())
            return makeError(QStringLiteral("invalid-manifest"),
                             Tr::tr("Dataset manifest %1 at commit %2: %3").arg(entry.file, setup.commit.left(10), entry.error));
        auto manifest = loadDatasetManifest(QDir(exportDir).filePath(entry.file));
        if (!manifest.ok())
            return manifest.error();
        if (manifest->isRemote())
            continue;
        auto report = verifyDataset(*manifest, repo.absolutePath(entry.file));
        if (!report.ok())
            return report.error();
        if (report->status != VerifyStatus::Unchanged) {
            const QString what = Tr::tr("The data of dataset %1 (%2) is %3 since commit %4")
                                     .arg(entry.file, entry.path, report->statusName(), setup.commit.left(10));
            if (!options.allowDataChange || report->status == VerifyStatus::Missing)
                return makeError(QStringLiteral("data-changed"),
                                 what + Tr::tr("; the run cannot be reproduced exactly with it."));
            setup.warnings << what;
        }
        const QString target = QDir(exportDir).absoluteFilePath(entry.path);
        if (!QFileInfo::exists(target)) {
            QDir().mkpath(QFileInfo(target).absolutePath());
            if (!QFile::link(report->dataPath, target))
                return makeError(QStringLiteral("export"), Tr::tr("Cannot link %1 into %2").arg(report->dataPath, target));
        }
        setup.datasets << entry.file;
    }
    return setup;
}

bool sameContent(const QString &a, const QString &b, QString *why)
{
    const QFileInfo ia(a), ib(b);
    if (!ia.exists() || !ib.exists()) {
        if (why)
            *why = Tr::tr("missing in the %1 run").arg(ia.exists() ? Tr::tr("new") : Tr::tr("original"));
        return false;
    }
    if (ia.isDir() != ib.isDir()) {
        if (why)
            *why = Tr::tr("a file in one run, a folder in the other");
        return false;
    }
    if (!ia.isDir())
        return sameFile(a, b, why);
    const QStringList fa = filesUnder(a), fb = filesUnder(b);
    if (fa != fb) {
        if (why)
            *why = Tr::tr("the folders hold different files");
        return false;
    }
    for (const QString &f : fa) {
        QString inner;
        if (!sameFile(a + QLatin1Char('/') + f, b + QLatin1Char('/') + f, &inner)) {
            if (why)
                *why = QStringLiteral("%1: %2").arg(f, inner);
            return false;
        }
    }
    return true;
}

QList<OutputComparison> compareRunOutputs(const QString &originalRunDir, const QString &newRunDir)
{
    QList<OutputComparison> result;
    const auto original = stepOutputs(originalRunDir);
    const auto rerun = stepOutputs(newRunDir);
    for (auto t = original.cbegin(); t != original.cend(); ++t) {
        for (auto o = t.value().cbegin(); o != t.value().cend(); ++o) {
            OutputComparison c{t.key(), o.key(), false, {}};
            const QString other = rerun.value(t.key()).value(o.key());
            if (other.isEmpty())
                c.note = Tr::tr("not produced by the new run");
            else
                c.identical = sameContent(o.value(), other, &c.note);
            result.append(c);
        }
    }
    // Outputs only the new run has (the pipeline at the commit differs from what ran).
    for (auto t = rerun.cbegin(); t != rerun.cend(); ++t)
        for (auto o = t.value().cbegin(); o != t.value().cend(); ++o)
            if (!original.value(t.key()).contains(o.key()))
                result.append(OutputComparison{t.key(), o.key(), false, Tr::tr("not produced by the original run")});
    return result;
}

} // namespace wb::vcs
