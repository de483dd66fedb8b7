// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vcs/datasetscan.h"

#include "core/base/fileio.h"
#include "core/base/tr.h"
#include "core/vcs/dvcdata.h"
#include "core/vcs/dvclock.h"
#include "core/vcs/gitrepository.h"
#include "core/vcs/md5hash.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace wb::vcs {

Result<DataDigest> digestData(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError("data-missing", Tr::tr("The data %1 does not exist").arg(path));
    if (!info.isDir()) {
        auto d = md5OfFile(path);
        WB_TRY(d);
        return DataDigest{d->md5, d->size, -1};
    }
    const QDir root(info.absoluteFilePath());
    QList<DvcDirEntry> entries;
    DataDigest out;
    QDirIterator it(root.path(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString rel = root.relativeFilePath(file);
        if (rel.startsWith(QLatin1String(".git/")) || rel.startsWith(QLatin1String(".dvc/"))
            || rel.contains(QLatin1String("/.git/")) || rel.contains(QLatin1String("/.dvc/")))
            continue;
        auto d = md5OfFile(file);
        WB_TRY(d);
        entries.append({rel, d->md5});
        out.size += d->size;
    }
    out.nfiles = entries.size();
    out.md5 = dvcDirMd5(entries);
    return out;
}

Result<DatasetManifest> scanDataset(const QString &dataPath, const QString &manifestDir, bool profile)
{
    auto digest = digestData(dataPath);
    WB_TRY(digest);
    DatasetManifest m;
    m.path = QDir(manifestDir).relativeFilePath(QFileInfo(dataPath).absoluteFilePath());
    m.md5 = digest->md5;
    m.size = digest->size;
    m.nfiles = digest->nfiles;
    if (profile && digest->nfiles < 0 && isTabularFile(dataPath)) {
        auto t = profileTable(dataPath);
        WB_TRY(t);
        m.table = *t;
    }
    return m;
}

Result<AddedDataset> addDataset(const QString &dataPath, const AddDatasetOptions &options, GitRepository *repo)
{
    QString data = QFileInfo(dataPath).absoluteFilePath();
    while (data.size() > 1 && data.endsWith(QLatin1Char('/')))
        data.chop(1);
    const QFileInfo info(data);
    if (!info.exists())
        return makeError("data-missing", Tr::tr("Cannot add %1: it does not exist").arg(dataPath));
    AddedDataset added;
    auto m = scanDataset(data, info.absolutePath());
    WB_TRY(m);
    added.manifest = *m;
    added.manifest.description = options.description;
    added.manifest.source = options.source;
    added.manifestPath = manifestPathFor(data);
    WB_TRY(writeFileAtomically(added.manifestPath, writeDatasetManifest(added.manifest)));
    if (options.writeDvc) {
        added.dvcPath = data + QStringLiteral(".dvc");
        DvcOut out{added.manifest.md5, added.manifest.size, added.manifest.nfiles, QStringLiteral("md5"), info.fileName()};
        WB_TRY(writeFileAtomically(added.dvcPath, writeDvcFile(out)));
    }
    if (repo) {
        auto rel = repo->relativePath(data);
        if (rel.ok() && !rel->isEmpty() && !repo->isIgnored(*rel) && !repo->isIgnored(*rel + QLatin1Char('/'))) {
            const QString ignoreFile = repo->workdir() + QStringLiteral("/.gitignore");
            QByteArray content;
            if (QFileInfo::exists(ignoreFile)) {
                auto existing = readFileLimited(ignoreFile, 16 << 20);
                WB_TRY(existing);
                content = *existing;
            }
            if (!content.isEmpty() && !content.endsWith('\n'))
                content += '\n';
            added.ignoredEntry = QLatin1Char('/') + *rel + (info.isDir() ? QStringLiteral("/") : QString());
            content += added.ignoredEntry.toUtf8() + '\n';
            WB_TRY(writeFileAtomically(ignoreFile, content));
        }
    }
    return added;
}

QList<DatasetEntry> listDatasets(const QString &rootPath)
{
    QList<DatasetEntry> out;
    const QDir root(rootPath);
    QDirIterator it(rootPath,
                    {QStringLiteral("*.dataset.yaml"), QStringLiteral("*.dvc"), QStringLiteral("Dvcfile"),
                     QStringLiteral("dvc.lock")},
                    QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString rel = root.relativeFilePath(file);
        if (rel.startsWith(QLatin1String(".git/")) || rel.startsWith(QLatin1String(".mlwb/"))
            || rel.startsWith(QLatin1String(".dvc/")))
            continue;
        DatasetEntry e;
        e.file = rel;
        const QString dir = QFileInfo(rel).path();
        auto prefixed = [&](const QString &p) {
            return p.contains(QLatin1String("://")) ? p : QDir::cleanPath(dir + QLatin1Char('/') + p);
        };
        auto fromOut = [&](const DvcOut &o, const QString &path) {
            DatasetEntry one = e;
            one.path = path;
            one.md5 = o.md5;
            one.size = o.size;
            one.nfiles = o.nfiles;
            return one;
        };
        const QString name = it.fileName();
        if (name == QLatin1String("dvc.lock")) {
            e.kind = QStringLiteral("dvc.lock");
            auto lock = loadDvcLock(file, rel);
            if (!lock.ok()) {
                e.error = lock.error().text();
                out.append(e);
                continue;
            }
            for (const DvcLockStage &stage : lock->stages) {
                for (const DvcOut &o : stage.outs) {
                    DatasetEntry one = fromOut(o, prefixed(o.path));
                    one.stage = stage.name;
                    out.append(one);
                }
            }
        } else if (name.endsWith(QLatin1String(".dvc")) || name == QLatin1String("Dvcfile")) {
            e.kind = QStringLiteral("dvc");
            auto outs = loadDvcOuts(file, root.absolutePath(), rel);
            if (!outs.ok()) {
                e.error = outs.error().text();
                out.append(e);
                continue;
            }
            for (const DvcOut &o : *outs)
                out.append(fromOut(o, o.path.contains(QLatin1String("://")) ? o.path : root.relativeFilePath(o.path)));
        } else {
            e.kind = QStringLiteral("mlwb");
            auto bytes = readFileLimited(file, 16 << 20);
            auto m = bytes.ok() ? readDatasetManifest(*bytes, rel) : Result<DatasetManifest>(bytes.error());
            if (!m.ok()) {
                e.error = m.error().text();
            } else {
                e.path = prefixed(m->path);
                e.md5 = m->md5;
                e.size = m->size;
                e.nfiles = m->nfiles;
            }
            out.append(e);
        }
    }
    std::sort(out.begin(), out.end(), [](const DatasetEntry &a, const DatasetEntry &b) {
        return a.file < b.file || (a.file == b.file && a.path < b.path);
    });
    return out;
}

} // namespace wb::vcs
