// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vcs/dvclock.h"

#include "core/base/fileio.h"
#include "core/base/tr.h"
#include "core/vcs/datasetmanifest.h"
#include "core/vcs/dvcyaml_p.h"

#include <QDir>

namespace wb::vcs {

namespace {

constexpr const char *kCode = "invalid-dvc-lock";
const QLatin1String kLockName("dvc.lock");

Result<DvcLockStage> readStage(const manifest::YamlNode &name, const manifest::YamlNode &body, const QString &source)
{
    if (!body.isMap())
        return detail::dvcError(source, body.isNull() ? name : body,
                                Tr::tr("stage '%1' must be a mapping (cmd, deps, params, outs)").arg(name.text), kCode);
    DvcLockStage stage;
    stage.name = name.text;
    stage.line = name.line;
    if (const manifest::YamlNode *cmd = body.find(QStringLiteral("cmd"))) {
        if (cmd->isScalar()) {
            stage.cmd = cmd->text;
        } else if (cmd->isSequence()) { // dvc.yaml allows a list of commands
            QStringList lines;
            for (const manifest::YamlNode &c : cmd->items) {
                if (!c.isScalar())
                    return detail::dvcError(source, c, Tr::tr("each command of 'cmd' must be text"), kCode);
                lines << c.text;
            }
            stage.cmd = lines.join(QLatin1Char('\n'));
        } else if (!cmd->isNull()) {
            return detail::dvcError(source, *cmd, Tr::tr("'cmd' must be text or a list of texts"), kCode);
        }
    }
    auto deps = detail::readDvcEntries(body.find(QStringLiteral("deps")), source, QStringLiteral("deps"), kCode);
    WB_TRY(deps);
    auto outs = detail::readDvcEntries(body.find(QStringLiteral("outs")), source, QStringLiteral("outs"), kCode);
    WB_TRY(outs);
    stage.deps = *deps;
    stage.outs = *outs;
    if (const manifest::YamlNode *params = body.find(QStringLiteral("params")); params && !params->isNull()) {
        if (!params->isMap())
            return detail::dvcError(source, *params, Tr::tr("'params' must map a params file to its values"), kCode);
        stage.params = params->toVariant().toMap();
    }
    return stage;
}

} // namespace

const DvcOut *DvcLockStage::out(const QString &path) const
{
    const QString wanted = QDir::cleanPath(path);
    for (const DvcOut &o : outs)
        if (QDir::cleanPath(o.path) == wanted)
            return &o;
    return nullptr;
}

const DvcLockStage *DvcLock::stage(const QString &name) const
{
    for (const DvcLockStage &s : stages)
        if (s.name == name)
            return &s;
    return nullptr;
}

QStringList DvcLock::stageNames() const
{
    QStringList names;
    for (const DvcLockStage &s : stages)
        names << s.name;
    return names;
}

Result<DvcLock> readDvcLock(const QByteArray &bytes, const QString &sourceName)
{
    // dvc.lock is rewritten on every `dvc repro`, so it is the file most often left conflicted
    WB_TRY(checkConflictMarkers(bytes, sourceName));
    auto tree = manifest::parseYaml(bytes, sourceName);
    WB_TRY(tree);
    const manifest::YamlNode &root = *tree;
    DvcLock lock;
    if (root.isNull())
        return lock;
    if (!root.isMap())
        return detail::dvcError(sourceName, root, Tr::tr("a dvc.lock is a mapping of stages"), kCode);
    const manifest::YamlNode *stages = &root;
    if (const manifest::YamlNode *schema = root.find(QStringLiteral("schema"))) {
        if (!schema->isScalar() || schema->text != QLatin1String("2.0"))
            return detail::dvcError(sourceName, *schema,
                                    Tr::tr("dvc.lock schema '%1' is not supported (known: '2.0', or the DVC 1.x form "
                                           "without 'schema')")
                                        .arg(schema->text),
                                    kCode);
        lock.schema = schema->text;
        stages = root.find(QStringLiteral("stages"));
        if (!stages || stages->isNull())
            return lock;
        if (!stages->isMap())
            return detail::dvcError(sourceName, *stages, Tr::tr("'stages' must map stage names to stages"), kCode);
    }
    for (const auto &[name, body] : stages->entries) {
        auto stage = readStage(name, body, sourceName);
        WB_TRY(stage);
        lock.stages.append(*stage);
    }
    return lock;
}

Result<DvcLock> loadDvcLock(const QString &path, const QString &sourceName)
{
    auto bytes = readFileLimited(path, 16 << 20);
    WB_TRY(bytes);
    return readDvcLock(*bytes, sourceName.isEmpty() ? path : sourceName);
}

static qsizetype lockRefAt(const QString &text)
{
    const QString marker = kLockName + QLatin1Char(':');
    for (qsizetype at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1))
        if (at == 0 || text.at(at - 1) == QLatin1Char('/'))
            return at;
    return -1;
}

bool isDvcLockRef(const QString &text)
{
    return lockRefAt(text) >= 0;
}

Result<DvcLockRef> parseDvcLockRef(const QString &text)
{
    const qsizetype at = lockRefAt(text);
    const qsizetype stageAt = at + kLockName.size() + 1;
    const qsizetype pathAt = at < 0 ? -1 : text.indexOf(QLatin1Char(':'), stageAt);
    if (at < 0 || pathAt <= stageAt || pathAt + 1 >= text.size())
        return makeError(QStringLiteral("invalid-reference"),
                         Tr::tr("'%1' is not a reference to an output of a dvc.lock stage; write "
                                "dvc.lock:STAGE:PATH (or DIR/dvc.lock:STAGE:PATH), PATH as the lock file lists it")
                             .arg(text));
    DvcLockRef ref;
    ref.lockFile = text.left(at + kLockName.size());
    ref.stage = text.mid(stageAt, pathAt - stageAt);
    ref.path = text.mid(pathAt + 1);
    return ref;
}

} // namespace wb::vcs
