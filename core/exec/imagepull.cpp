// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exec/imagepull.h"

#include "core/base/fileio.h"
#include "core/base/tr.h"

#include <QDir>
#include <QFileInfo>

namespace wb::exec {

static constexpr qint64 kMaxScriptBytes = 1024 * 1024;

QString imageBuildHint(const QString &image, const model::ComponentSpec *spec, const QStringList &dirs)
{
    if (spec) {
        const QVariantMap annotations = spec->metadata.value(QStringLiteral("annotations")).toMap();
        const QString hint = annotations.value(QLatin1String(kImageBuildAnnotation)).toString().trimmed();
        if (!hint.isEmpty())
            return hint;
    }
    const QString marker = QStringLiteral("# mlwb-image: ") + image;
    QStringList seen;
    for (const QString &dir : dirs) {
        if (dir.isEmpty())
            continue;
        const QDir images(QDir(dir).absoluteFilePath(QStringLiteral("images")));
        const QString key = QDir::cleanPath(images.absolutePath());
        if (seen.contains(key))
            continue;
        seen.append(key);
        for (const QString &name : images.entryList({QStringLiteral("*.sh")}, QDir::Files, QDir::Name)) {
            const QString path = images.absoluteFilePath(name);
            auto bytes = readFileLimited(path, kMaxScriptBytes);
            if (!bytes.ok())
                continue;
            for (const QByteArray &line : bytes->split('\n')) {
                if (QString::fromUtf8(line).trimmed() == marker)
                    return QDir::cleanPath(path);
            }
        }
    }
    return {};
}

namespace {

/// Appends " It is built on this machine by SCRIPT." when a build is known.
QString withHint(const QString &text, const QString &hint)
{
    if (hint.isEmpty())
        return text;
    return text + QLatin1Char(' ') + Tr::tr("It is built on this machine by %1.").arg(hint);
}

} // namespace

Result<ImageResolution> resolveImages(ContainerRuntime &runtime, const QList<ImageNeed> &needs, PullPolicy policy,
                                      const QStringList &hintDirs, const ImagePullLineFn &onLine,
                                      const CancelCheckFn &cancelled)
{
    ImageResolution out;
    QList<const ImageNeed *> toPull;
    const bool canPull = runtime.canPullImages();
    for (const ImageNeed &need : needs) {
        if (canPull && policy == PullPolicy::Always) {
            toPull.append(&need);
            continue;
        }
        auto id = runtime.imageId(need.image);
        if (id.ok()) {
            out.ids.insert(need.image, *id);
            continue;
        }
        const QString hint = imageBuildHint(need.image, need.spec.get(), hintDirs);
        if (id.error().code != QLatin1String("ImageMissing") || !canPull)
            return makeError(QStringLiteral("image-missing"),
                             withHint(Tr::tr("Task '%1' needs the image '%2': %3")
                                          .arg(need.task, need.image, id.error().text()),
                                      hint));
        if (policy == PullPolicy::Never)
            return makeError(QStringLiteral("image-missing"),
                             withHint(Tr::tr("Task '%1' needs the image '%2', which is not on this machine, "
                                             "and the pull policy is \"never\". Pull or build it first, or "
                                             "let the run pull it (pull policy \"missing\": mlwb-cli run "
                                             "--pull missing, or \"containers\": {\"pull\": \"missing\"} in "
                                             ".mlwb/settings.json).")
                                          .arg(need.task, need.image),
                                      hint));
        toPull.append(&need);
    }

    QStringList log;
    for (const ImageNeed *need : std::as_const(toPull)) {
        auto say = [&](const QString &line) {
            log.append(line);
            if (onLine)
                onLine(need->image, line);
        };
        if (cancelled && cancelled())
            return makeError(QStringLiteral("cancelled"),
                             Tr::tr("Cancelled before the image '%1' was pulled.").arg(need->image));
        say(Tr::tr("Pulling %1 for task '%2' (pull policy: %3)…")
                .arg(need->image, need->task, pullPolicyName(policy)));
        auto pulled = runtime.pullImage(need->image, say, cancelled);
        if (!pulled.ok()) {
            say(pulled.error().message);
            if (pulled.error().code == QLatin1String("PullCancelled"))
                return makeError(QStringLiteral("cancelled"),
                                 Tr::tr("Cancelled while pulling the image '%1'.").arg(need->image));
            return makeError(QStringLiteral("image-pull-failed"),
                             withHint(Tr::tr("Task '%1' needs the image '%2': %3")
                                          .arg(need->task, need->image, pulled.error().message),
                                      imageBuildHint(need->image, need->spec.get(), hintDirs)));
        }
        auto id = runtime.imageId(need->image);
        if (!id.ok())
            return makeError(QStringLiteral("image-missing"),
                             Tr::tr("Task '%1' needs the image '%2': it was pulled, but: %3")
                                 .arg(need->task, need->image, id.error().text()));
        out.ids.insert(need->image, *id);
        out.pulled.append(need->image);
        say(Tr::tr("Pulled %1 (%2)").arg(need->image, *id));
    }
    if (!log.isEmpty())
        out.log = log.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return out;
}

} // namespace wb::exec
