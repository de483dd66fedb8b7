// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/exec/containerruntime.h"
#include "core/exec/workspacesettings.h"
#include "core/model/componentspec.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace wb::exec {

/// Component metadata annotation naming how its image is made when no registry has it, e.g.
/// `mlwb.io/image-build: images/build-sklearn-image.sh` (shown as written).
inline constexpr char kImageBuildAnnotation[] = "mlwb.io/image-build";

/// How to get `image` when it cannot be pulled: the annotation mlwb.io/image-build of `spec`,
/// else the absolute path of a script `<dir>/images/*.sh` (for each of `dirs`) that declares
/// the image with a line `# mlwb-image: IMAGE`. Empty when neither knows it.
QString imageBuildHint(const QString &image, const model::ComponentSpec *spec, const QStringList &dirs);

/// One image a run needs: the first task that names it (for messages and the build hint).
struct ImageNeed
{
    QString image;
    QString task;
    model::ComponentSpecPtr spec;
};

struct ImageResolution
{
    QHash<QString, QString> ids; ///< image -> local image id
    QStringList pulled;          ///< images pulled, in order
    QString log;                 ///< what the run keeps as pull.log; empty: nothing was pulled
};

/// A pull's output line, with the image it belongs to.
using ImagePullLineFn = std::function<void(const QString &image, const QString &line)>;

/// Makes every needed image available as `policy` says, before a run starts (blocking: the
/// pulls run `docker pull`). Never: each image must be on this machine. Missing: images that
/// are not are pulled. Always: every image is pulled. A runtime that cannot pull (the process
/// runner) only has its image ids looked up. Errors name the task and the image, say what the
/// engine said, and, when an image is made by a local script, name that script
/// (imageBuildHint with `hintDirs`); a cancel ("cancelled") stops the pull going on.
Result<ImageResolution> resolveImages(ContainerRuntime &runtime, const QList<ImageNeed> &needs, PullPolicy policy,
                                      const QStringList &hintDirs, const ImagePullLineFn &onLine,
                                      const CancelCheckFn &cancelled);

} // namespace wb::exec
