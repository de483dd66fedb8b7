// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bundle/packageexporter.h"

#include "core/base/fileio.h"
#include "core/base/tr.h"
#include "core/bundle/checksums.h"
#include "core/bundle/kfpircompiler.h"
#include "core/bundle/zipwriter.h"
#include "core/manifest/pipelinefile.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>

namespace wb::bundle {

namespace {

struct Loaded
{
    model::PipelineSnapshot snapshot;
    QByteArray bytes;
    QString dir;
    Diagnostics diagnostics;
};

Result<Loaded> load(const QString &pipelinePath)
{
    Result<QByteArray> bytes = readFileLimited(pipelinePath, manifest::kMaxPipelineFileBytes);
    if (!bytes)
        return bytes.error();
    Loaded l;
    l.dir = QFileInfo(pipelinePath).absolutePath();
    Result<manifest::LoadedPipeline> p = manifest::readPipeline(bytes.value(), pipelinePath, l.dir);
    if (!p)
        return p.error();
    l.bytes = bytes.value();
    l.snapshot = p->snapshot;
    l.diagnostics = p->diagnostics;
    return l;
}

bool isLocalReference(const QString &url)
{
    return !url.isEmpty() && !url.contains(QLatin1String("://"));
}

/// Where a referenced file goes inside mlwb/: its own relative path when it stays inside the
/// pipeline's folder, else external/<n>/<file name>. The file name is kept because the IR
/// derives names from it (a dataset manifest's stem names its importer and URI parameter).
QString packagePathFor(const QString &dir, const QString &ref, QMap<QString, QString> &externals)
{
    const QString clean = QDir::cleanPath(ref);
    if (!QDir::isAbsolutePath(clean) && !clean.startsWith(QLatin1String("../")) && clean != QLatin1String(".."))
        return clean;
    const QString abs = QDir::cleanPath(QDir(dir).filePath(ref));
    if (!externals.contains(abs))
        externals.insert(abs, QStringLiteral("external/%1/%2").arg(externals.size() + 1).arg(QFileInfo(abs).fileName()));
    return externals.value(abs);
}

QByteArray readme(const model::PipelineSnapshot &s, const QString &nativeName, const QStringList &members,
                  const QVariantMap &ir)
{
    QStringList l;
    l << QStringLiteral("# %1").arg(s.info.name.isEmpty() ? nativeName : s.info.name) << QString();
    if (!s.info.description.isEmpty())
        l << s.info.description << QString();
    l << QStringLiteral("Pipeline package written by mlwb. Contents:") << QString()
      << QStringLiteral("- `pipeline.yaml`: the pipeline compiled to the Kubeflow Pipelines v2 IR (schema 2.1.0).")
      << QStringLiteral("  Upload this ZIP (or just pipeline.yaml) in the KFP UI or with")
      << QStringLiteral("  `POST /apis/v2beta1/pipelines/upload` (form field `uploadfile`); KFP reads only pipeline.yaml.")
      << QStringLiteral("- `mlwb/%1`: the pipeline as mlwb edits it (a KFP v1 graph component).").arg(nativeName)
      << QStringLiteral("- `mlwb/SHA256SUMS`: checksums of every member (`sha256sum -c mlwb/SHA256SUMS` after unzipping).")
      << QString() << QStringLiteral("Sources:") << QString();
    for (const QString &m : members)
        l << QStringLiteral("- `%1`").arg(m);
    const QVariantMap params = ir.value(QStringLiteral("root")).toMap().value(QStringLiteral("inputDefinitions")).toMap()
                                   .value(QStringLiteral("parameters")).toMap();
    QStringList datasets;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        if (it.key().startsWith(QLatin1String("dataset_")) && it.key().endsWith(QLatin1String("_uri")))
            datasets << QStringLiteral("- `%1` (default `%2`)").arg(it.key(), it.value().toMap().value(QStringLiteral("defaultValue")).toString());
    if (!datasets.isEmpty()) {
        l << QString() << QStringLiteral("Datasets: each dataset enters the pipeline through an importer task whose URI is a")
          << QStringLiteral("pipeline parameter. Set it to where the data lives (gs://, s3://, minio://) when you start a run:")
          << QString();
        l += datasets;
    }
    l << QString() << QStringLiteral("Open it again in mlwb with `mlwb-cli import THIS.zip --into DIR`.");
    return l.join(QLatin1Char('\n')).toUtf8() + '\n';
}

} // namespace

Result<PipelinePackage> compilePipelineFile(const QString &pipelinePath)
{
    Result<Loaded> l = load(pipelinePath);
    if (!l)
        return l.error();
    Result<CompiledIr> ir = compileKfpIr(l->snapshot, KfpIrOptions{l->dir, {}, {}});
    if (!ir)
        return ir.error();
    PipelinePackage p;
    p.ir = ir->ir;
    p.diagnostics = l->diagnostics + ir->diagnostics;
    return p;
}

Result<PipelinePackage> buildPipelinePackage(const QString &pipelinePath)
{
    Result<Loaded> loaded = load(pipelinePath);
    if (!loaded)
        return loaded.error();
    Loaded &l = loaded.value();

    // Referenced files, keyed by their path inside mlwb/.
    QMap<QString, QString> externals; // absolute source -> package path
    QMap<QString, QString> files;     // package path -> absolute source
    KfpIrOptions storedOptions{l.dir, {}, {}};
    bool rewritten = false;
    model::PipelineSnapshot stored = l.snapshot;
    for (model::Task &t : stored.tasks) {
        if (!t.ref.specInline && isLocalReference(t.ref.url)) {
            const QString inPackage = packagePathFor(l.dir, t.ref.url, externals);
            files.insert(inPackage, QDir::cleanPath(QDir(l.dir).filePath(t.ref.url)));
            if (inPackage != t.ref.url) {
                t.ref.url = inPackage;
                rewritten = true;
            }
        }
        for (auto &[input, arg] : t.arguments) {
            if (arg.kind != model::ArgumentValue::Kind::Dataset || !isLocalReference(arg.manifest))
                continue;
            const QString inPackage = packagePathFor(l.dir, arg.manifest, externals);
            const QString source = QDir::cleanPath(QDir(l.dir).filePath(arg.manifest));
            files.insert(inPackage, source);
            storedOptions.datasetFiles.insert(inPackage, source);
            if (inPackage != arg.manifest) {
                arg.manifest = inPackage;
                rewritten = true;
            }
        }
    }
    // The IR is compiled from the manifest as stored, so that importing the package and
    // exporting it again gives the same pipeline.yaml; the diagnostics name the user's paths.
    Result<CompiledIr> ir = compileKfpIr(l.snapshot, KfpIrOptions{l.dir, {}, {}});
    if (!ir)
        return ir.error();
    if (rewritten) {
        Result<CompiledIr> storedIr = compileKfpIr(stored, storedOptions);
        if (!storedIr)
            return storedIr.error();
        ir->ir = storedIr->ir;
    }
    const QString nativeName = QFileInfo(pipelinePath).fileName();
    PipelinePackage p;
    p.ir = ir->ir;
    p.diagnostics = l.diagnostics + ir->diagnostics;
    ZipEntries sources;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (it.key() == nativeName)
            continue;
        Result<QByteArray> bytes = readFileLimited(it.value(), kKfpMaxPackageSize);
        if (!bytes)
            return makeError(QStringLiteral("package-source"),
                             Tr::tr("Cannot add %1 to the package: %2").arg(it.key(), bytes.error().text()));
        sources.append({QLatin1String(PackageLayout::kPrefix) + it.key(), bytes.value()});
    }
    QStringList sourceNames;
    for (const ZipEntry &e : std::as_const(sources))
        sourceNames << e.name;

    p.entries.append({QLatin1String(PackageLayout::kIrName), kfpIrToYaml(p.ir)});
    p.entries.append({QLatin1String(PackageLayout::kReadme), readme(l.snapshot, nativeName, sourceNames, p.ir)});
    p.entries.append({QLatin1String(PackageLayout::kPrefix) + nativeName,
                      rewritten ? manifest::writePipeline(stored) : l.bytes});
    p.entries += sources;
    p.entries.append({QLatin1String(PackageLayout::kChecksums), makeSha256Sums(p.entries)});

    ZipWriter writer;
    writer.setMaxArchiveSize(kKfpMaxPackageSize);
    Result<QByteArray> zip = writer.toBytes(p.entries);
    if (!zip)
        return zip.error().code == QLatin1String("zip-too-large")
                   ? makeError(QStringLiteral("package-too-large"), zip.error().message, zip.error().detail)
                   : zip.error();
    p.zip = zip.value();
    return p;
}

Result<PipelinePackage> exportPipelinePackage(const QString &pipelinePath, const QString &zipPath)
{
    Result<PipelinePackage> p = buildPipelinePackage(pipelinePath);
    if (!p)
        return p.error();
    WB_TRY(writeFileAtomically(zipPath, p->zip));
    return p;
}

} // namespace wb::bundle
