// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/referencerebase.h"

#include "core/base/fileio.h"

#include <QDir>
#include <QFileInfo>

namespace wb::model {

/// The folder as the kernel sees it: canonical when it exists, else absolute and clean.
static QString physicalDir(const QString &dir)
{
    const QFileInfo info(dir);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

static bool isPortableRelative(const QString &path)
{
    return !path.isEmpty() && QDir::isRelativePath(path) && !path.contains(QLatin1String("://"));
}

bool isSameDirectory(const QString &a, const QString &b)
{
    return physicalDir(a) == physicalDir(b);
}

static bool sameContent(const QString &a, const QString &b)
{
    const QFileInfo fa(a), fb(b);
    if (fa.canonicalFilePath() == fb.canonicalFilePath())
        return true;
    if (fa.size() != fb.size())
        return false;
    const Result<QString> ha = sha256OfFile(a);
    const Result<QString> hb = sha256OfFile(b);
    return ha && hb && ha.value() == hb.value();
}

QString rebaseRelativePath(const QString &path, const QString &fromDir, const QString &toDir)
{
    if (!isPortableRelative(path))
        return path;
    const QString from = physicalDir(fromDir);
    const QString to = physicalDir(toDir);
    if (from == to)
        return path;
    // realpath semantics: resolve the original the way the loader does (symlinks, then "..").
    const QString joined = QDir(from).absoluteFilePath(path);
    const QString canonical = QFileInfo(joined).canonicalFilePath();
    const QString original = canonical.isEmpty() ? QDir::cleanPath(joined) : canonical;
    const QString alongside = QDir(to).absoluteFilePath(path);
    if (QFileInfo(alongside).isFile() && (canonical.isEmpty() || sameContent(original, alongside)))
        return path;
    return QDir(to).relativeFilePath(original);
}

static ComponentSpecPtr rebaseInlineGraph(const ComponentSpecPtr &spec, const QString &fromDir,
                                          const QString &toDir, int depth);

/// Nested graph tasks of an inline graph component resolve against the pipeline's folder too.
static bool rebaseRef(ComponentRef &ref, const QString &fromDir, const QString &toDir, int depth)
{
    bool changed = false;
    if (!ref.specInline) {
        const QString url = rebaseRelativePath(ref.url, fromDir, toDir);
        changed = url != ref.url;
        ref.url = url;
    } else if (ref.spec) {
        ComponentSpecPtr spec = rebaseInlineGraph(ref.spec, fromDir, toDir, depth);
        if (spec != ref.spec) {
            ref.spec = spec;
            changed = true;
        }
    }
    return changed;
}

static ComponentSpecPtr rebaseInlineGraph(const ComponentSpecPtr &spec, const QString &fromDir,
                                          const QString &toDir, int depth)
{
    // The loader refuses deeper nesting anyway; this only bounds the recursion.
    if (!spec || spec->implementation != ComponentSpec::Implementation::Graph || depth > 16)
        return spec;
    ComponentSpec copy = *spec;
    bool changed = false;
    for (TaskSpec &t : copy.graph.tasks) {
        changed = rebaseRef(t.componentRef, fromDir, toDir, depth + 1) || changed;
        for (auto &arg : t.arguments)
            if (arg.second.kind == ArgumentSpec::Kind::Dataset) {
                const QString m = rebaseRelativePath(arg.second.manifest, fromDir, toDir);
                changed = changed || m != arg.second.manifest;
                arg.second.manifest = m;
            }
    }
    return changed ? std::make_shared<const ComponentSpec>(std::move(copy)) : spec;
}

bool rebaseTaskReferences(Task &task, const QString &fromDir, const QString &toDir)
{
    if (isSameDirectory(fromDir, toDir))
        return false;
    const ComponentSpecPtr before = task.ref.spec;
    bool changed = rebaseRef(task.ref, fromDir, toDir, 0);
    // The resolved spec of an inline reference is the inline spec itself.
    if (task.ref.specInline && task.spec == before)
        task.spec = task.ref.spec;
    for (auto &arg : task.arguments) {
        ArgumentValue &v = arg.second;
        if (v.kind != ArgumentValue::Kind::Dataset)
            continue;
        const QString m = rebaseRelativePath(v.manifest, fromDir, toDir);
        changed = changed || m != v.manifest;
        v.manifest = m;
    }
    return changed;
}

int rebaseReferences(PipelineSnapshot &snapshot, const QString &fromDir, const QString &toDir)
{
    int changed = 0;
    for (Task &t : snapshot.tasks)
        changed += rebaseTaskReferences(t, fromDir, toDir) ? 1 : 0;
    return changed;
}

} // namespace wb::model
