// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vcs/datasetpath.h"

#include "core/base/fileio.h"
#include "core/base/tr.h"
#include "core/vcs/datasetmanifest.h"
#include "core/vcs/dvcformat.h"

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
    return path.endsWith(QLatin1String(".dvc"));
}
} // namespace

bool isDatasetDescription(const QString &path)
{
    return isManifest(path) || isDvc(path);
}

Result<QString> resolveDatasetFile(const QString &path)
{
    if (!isDatasetDescription(path))
        return path;
    const QFileInfo described(path);
    if (!described.exists())
        return makeError(QStringLiteral("dataset.missing"), Tr::tr("Cannot open %1: the file does not exist").arg(path));
    QString relative;
    if (isManifest(path)) {
        auto manifest = loadDatasetManifest(path);
        WB_TRY(manifest);
        if (manifest->isRemote())
            return makeError(QStringLiteral("dataset.remote"),
                             Tr::tr("%1 describes remote data (%2); download it and give the local file instead")
                                 .arg(path, manifest->path));
        relative = manifest->path;
    } else {
        auto bytes = readFileLimited(path, 4 << 20);
        WB_TRY(bytes);
        auto outs = readDvcFile(*bytes, path);
        WB_TRY(outs);
        if (outs->size() != 1)
            return makeError(QStringLiteral("dataset.outs"),
                             Tr::tr("%1 lists %2 outputs; give the data file itself").arg(path).arg(outs->size()));
        relative = outs->first().path;
    }
    const QString data = QDir::cleanPath(described.absoluteDir().filePath(relative));
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
