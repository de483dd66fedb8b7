// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/appdirs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace wb::plugin {

bool runsFromBuildTree()
{
    if (!QCoreApplication::instance())
        return false;
    const QString buildRoot = QDir::cleanPath(QStringLiteral(MLWB_BINARY_DIR)) + QLatin1Char('/');
    return QCoreApplication::applicationDirPath().startsWith(buildRoot);
}

QString shippedDataDir(const QString &name)
{
    if (QCoreApplication::instance()) {
        const QString installed = QDir::cleanPath(QCoreApplication::applicationDirPath()
                                                  + QStringLiteral("/../share/mlwb/") + name);
        if (QFileInfo(installed).isDir())
            return installed;
    }
    // Only a program of this build tree may use the source tree, so an installed mlwb never
    // shows a developer's checkout.
    const QString source = QDir::cleanPath(QStringLiteral(MLWB_SOURCE_DIR "/resources/") + name);
    if (runsFromBuildTree() && QFileInfo(source).isDir())
        return source;
    return {};
}

QString shippedHandbook()
{
    if (QCoreApplication::instance()) {
        const QString installed = QDir::cleanPath(QCoreApplication::applicationDirPath()
                                                  + QStringLiteral("/../share/mlwb/doc/README.md"));
        if (QFileInfo::exists(installed))
            return installed;
    }
    const QString source = QStringLiteral(MLWB_SOURCE_DIR "/README.md");
    if (runsFromBuildTree() && QFileInfo::exists(source))
        return source;
    return {};
}

} // namespace wb::plugin
