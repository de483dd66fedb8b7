// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vcs/datasetpath.h"

#include "core/base/tr.h"
#include "core/vcs/datasetmanifest.h"
#include "core/vcs/dvcdata.h"
#include "core/vcs/dvclock.h"

#include <QDir>
#include <QFileInfo>

namespace wb::vcs {

namespace {
bool isManifest(const QString &path)
{
    return path.endsWith(QLatin1String(".dataset.yaml")) || path.endsWith(QLatin1String(".dataset.yml"));
}
bool isDvc(const QString &path)
{
    return path.endsWith(QLatin1String(".dvc")) || QFileInfo(path).fileName() == QLatin1String("Dvcfile");
}
Error remote(const QString &path, const QString &uri)
{
    return makeError(QStringLiteral("dataset.remote"),
                     Tr::tr("%1 describes remote data (%2); download it and give the local file instead").arg(path, uri));
}
} // namespace

bool isDatasetDescription(const QString &path)
{
    return isManifest(path) || isDvc(path) || isDvcLockRef(path);
}

Result<QString> resolveDatasetFile(const QString &path)
{
    if (!isDatasetDescription(path))
        return path;
    QString data;
    if (isDvcLockRef(path)) {
        auto ref = parseDvcLockRef(path);
        WB_TRY(ref);
        auto out = resolveDvcLockRef(*ref);
        WB_TRY(out);
        if (out->dataPath.contains(QLatin1String("://")))
            return remote(path, out->dataPath);
        data = out->dataPath;
    } else {
        const QFileInfo described(path);
        if (!described.exists())
            return makeError(QStringLiteral("dataset.missing"), Tr::tr("Cannot open %1: the file does not exist").arg(path));
        if (isManifest(path)) {
            auto manifest = loadDatasetManifest(path);
            WB_TRY(manifest);
            if (manifest->isRemote())
                return remote(path, manifest->path);
            data = QDir::cleanPath(described.absoluteDir().filePath(manifest->path));
        } else {
            auto outs = loadDvcOuts(path);
            WB_TRY(outs);
            if (outs->size() != 1)
                return makeError(QStringLiteral("dataset.outs"),
                                 Tr::tr("%1 lists %2 outputs; give the data file itself").arg(path).arg(outs->size()));
            if (outs->first().path.contains(QLatin1String("://")))
                return remote(path, outs->first().path);
            data = outs->first().path; // absolute, wdir applied
        }
    }
    const QFileInfo info(data);
    if (!info.exists())
        return makeError(QStringLiteral("dataset.missing"),
                         Tr::tr("%1 describes %2, which is not there; fetch the data first (e.g. dvc pull)")
                             .arg(path, data));
    if (info.isDir())
        return makeError(QStringLiteral("dataset.folder"),
                         Tr::tr("%1 describes the folder %2; a single data file is needed: give one file of that folder")
                             .arg(path, data));
    return data;
}

} // namespace wb::vcs
