// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vcs/dvclineage.h"

#include "core/base/tr.h"

#include <QDir>
#include <QSet>

namespace wb::vcs {

namespace {

bool related(const QString &dep, const QString &out)
{
    const QString a = QDir::cleanPath(dep), b = QDir::cleanPath(out);
    return a == b || a.startsWith(b + QLatin1Char('/')) || b.startsWith(a + QLatin1Char('/'));
}

struct Walk
{
    const DvcLock &lock;
    QSet<QString> seen;
    QList<DvcLineageStep> steps;

    // depth-first, producers before consumers; `seen` also ends a cycle in a broken lock file
    void visit(const DvcLockStage &stage)
    {
        if (seen.contains(stage.name))
            return;
        seen.insert(stage.name);
        DvcLineageStep step{stage, {}};
        for (const DvcOut &dep : stage.deps) {
            const QStringList from = dvcProducers(lock, dep.path, stage.name);
            for (const QString &name : from)
                visit(*lock.stage(name));
            step.depStages.append(from);
        }
        steps.append(step);
    }
};

} // namespace

QStringList dvcProducers(const DvcLock &lock, const QString &path, const QString &except)
{
    QStringList names;
    for (const DvcLockStage &s : lock.stages) {
        if (s.name == except)
            continue;
        for (const DvcOut &o : s.outs) {
            if (related(path, o.path)) {
                names << s.name;
                break;
            }
        }
    }
    return names;
}

Result<QList<DvcLineageStep>> dvcLineage(const DvcLock &lock, const QString &outPath, const QString &lockName)
{
    // the stage writing the out itself, or the folder out holding it; not a stage whose out
    // merely lies inside the path (that is a dep's relation, not "produced it")
    const QString wanted = QDir::cleanPath(outPath);
    const DvcLockStage *target = nullptr;
    for (const DvcLockStage &s : lock.stages)
        for (const DvcOut &o : s.outs)
            if (!target && (QDir::cleanPath(o.path) == wanted || wanted.startsWith(QDir::cleanPath(o.path) + QLatin1Char('/'))))
                target = &s;
    if (!target)
        return makeError(QStringLiteral("unknown-out"),
                         Tr::tr("No stage of %1 writes %2").arg(lockName, outPath));
    Walk walk{lock, {}, {}};
    walk.visit(*target);
    return walk.steps;
}

} // namespace wb::vcs
