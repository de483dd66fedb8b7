// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/cachefolder.h"

#include "core/base/tr.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace wb::ui {

FolderUsage folderUsage(const QString &dir)
{
    FolderUsage usage;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        usage.bytes += it.fileInfo().size();
        ++usage.files;
    }
    return usage;
}

Result<void> clearFolder(const QString &dir)
{
    QDir d(dir);
    if (!d.exists())
        return {};
    QStringList failed;
    for (const QFileInfo &fi : d.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        const bool removed = fi.isDir() && !fi.isSymLink() ? QDir(fi.absoluteFilePath()).removeRecursively()
                                                           : QFile::remove(fi.absoluteFilePath());
        if (!removed)
            failed << fi.fileName();
    }
    if (!failed.isEmpty())
        return makeError(QStringLiteral("clear-failed"),
                         Tr::tr("Cannot delete %1 in %2").arg(failed.join(QStringLiteral(", ")), dir));
    return {};
}

} // namespace wb::ui
