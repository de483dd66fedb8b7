// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bundle/packageimporter.h"

#include "core/base/fileio.h"
#include "core/base/tr.h"
#include "core/bundle/checksums.h"
#include "core/bundle/kfpircompiler.h"
#include "core/bundle/kfpirimporter.h"
#include "core/bundle/packageexporter.h"
#include "core/bundle/safezipreader.h"
#include "core/bundle/zipnames.h"
#include "core/manifest/pipelinefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace wb::bundle {

namespace {

using Files = QList<QPair<QString, QByteArray>>; // relative path -> bytes

/// Writes all files or none: every target is checked (name, not existing) before the first write.
Result<void> writeFiles(const QString &targetDir, const Files &files)
{
    const QDir dir(targetDir);
    for (const auto &[name, bytes] : files) {
        WB_TRY(checkMemberName(name));
        if (QFileInfo::exists(dir.filePath(name)))
            return makeError(QStringLiteral("import-exists"),
                             Tr::tr("Cannot import into %1: %2 already exists (import into an empty folder).")
                                 .arg(QDir::toNativeSeparators(targetDir), name));
    }
    for (const auto &[name, bytes] : files) {
        const QString path = dir.filePath(name);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return makeError(QStringLiteral("import-write"), Tr::tr("Cannot create the folder of %1.").arg(path));
        WB_TRY(writeFileAtomically(path, bytes));
    }
    return {};
}

bool isYamlName(const QString &name)
{
    const QString l = name.toLower();
    return l.endsWith(QLatin1String(".yaml")) || l.endsWith(QLatin1String(".yml"));
}

Result<ImportedPackage> importIr(const QByteArray &yaml, const QString &sourceName, const QString &targetDir)
{
    Result<IrImport> ir = importKfpIrYaml(yaml, sourceName);
    if (!ir)
        return ir.error();
    ImportedPackage out;
    out.diagnostics = ir->diagnostics;
    const QString file = kfpPipelineName(ir->snapshot.info.name) + QStringLiteral(".pipeline.yaml");
    WB_TRY(writeFiles(targetDir, {{file, manifest::writePipeline(ir->snapshot)}}));
    out.files << file;
    out.pipelinePath = QDir(targetDir).filePath(file);
    return out;
}

Result<ImportedPackage> importNative(const ZipEntries &entries, const QString &targetDir)
{
    const QString prefix = QLatin1String(PackageLayout::kPrefix);
    QByteArray sums;
    ZipEntries others;
    for (const ZipEntry &e : entries) {
        if (e.name == QLatin1String(PackageLayout::kChecksums))
            sums = e.data;
        else
            others.append(e);
    }
    if (Result<void> ok = verifySha256Sums(sums, others); !ok)
        return makeError(QStringLiteral("package-checksum"),
                         Tr::tr("The package is damaged or was modified: %1").arg(ok.error().message), ok.error().detail);
    Files files;
    QString native;
    for (const ZipEntry &e : std::as_const(others)) {
        if (!e.name.startsWith(prefix) || e.name == QLatin1String(PackageLayout::kReadme) || e.name.endsWith(QLatin1Char('/')))
            continue;
        const QString rel = e.name.mid(prefix.size());
        if (!rel.contains(QLatin1Char('/')) && rel.endsWith(QLatin1String(".pipeline.yaml"))) {
            if (!native.isEmpty())
                return makeError(QStringLiteral("package-invalid"),
                                 Tr::tr("The package holds two pipelines (%1 and %2).").arg(native, rel));
            native = rel;
        }
        files.append({rel, e.data});
    }
    if (native.isEmpty())
        return makeError(QStringLiteral("package-invalid"),
                         Tr::tr("The package has mlwb/SHA256SUMS but no mlwb/<name>.pipeline.yaml."));
    WB_TRY(writeFiles(targetDir, files));
    ImportedPackage out;
    out.native = true;
    out.pipelinePath = QDir(targetDir).filePath(native);
    for (const auto &f : std::as_const(files))
        out.files << f.first;
    // Load it once so problems (a component that does not parse...) show up now.
    Result<manifest::LoadedPipeline> loaded = manifest::readPipelineFile(out.pipelinePath);
    if (!loaded)
        return loaded.error();
    out.diagnostics = loaded->diagnostics;
    return out;
}

} // namespace

Result<ImportedPackage> importPipelinePackage(const QString &packagePath, const QString &targetDir)
{
    const QFileInfo info(packagePath);
    if (!info.isFile())
        return makeError(QStringLiteral("import-not-found"), Tr::tr("Cannot open %1: no such file.").arg(packagePath));
    const QString lower = packagePath.toLower();
    if (isYamlName(lower) || lower.endsWith(QLatin1String(".json"))) {
        Result<QByteArray> bytes = readFileLimited(packagePath, kKfpMaxPackageSize);
        if (!bytes)
            return bytes.error();
        return importIr(bytes.value(), packagePath, targetDir);
    }
    QFile f(packagePath);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("import-read"), Tr::tr("Cannot open %1: %2").arg(packagePath, f.errorString()));
    const QByteArray magic = f.read(2);
    f.close();
    if (magic == QByteArray("\x1f\x8b", 2))
        return makeError(QStringLiteral("import-format"),
                         Tr::tr("%1 is a .tar.gz package; unpack it and import its pipeline.yaml.").arg(packagePath));
    if (magic != "PK")
        return makeError(QStringLiteral("import-format"),
                         Tr::tr("Unexpected pipeline file format in %1. Supported: .zip, .yaml, .yml, .json.").arg(packagePath));
    Result<ZipEntries> entries = readZipEntries(packagePath);
    if (!entries)
        return entries.error();
    if (entries->isEmpty())
        return makeError(QStringLiteral("import-format"), Tr::tr("%1 is an empty archive.").arg(packagePath));
    for (const ZipEntry &e : entries.value())
        if (e.name == QLatin1String(PackageLayout::kChecksums))
            return importNative(entries.value(), targetDir);
    // KFP's DecompressPipelineZip: pipeline.yaml, else the first member.
    const ZipEntry *pick = &entries->first();
    for (const ZipEntry &e : entries.value())
        if (e.name == QLatin1String(PackageLayout::kIrName))
            pick = &e;
    if (!isYamlName(pick->name))
        return makeError(QStringLiteral("import-format"),
                         Tr::tr("Expecting a pipeline.yaml file inside %1 (its first member is %2).").arg(packagePath, pick->name));
    return importIr(pick->data, packagePath + QLatin1Char(':') + pick->name, targetDir);
}

} // namespace wb::bundle
