// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/diagnostic.h"
#include "core/base/result.h"
#include "core/bundle/zipentry.h"

#include <QByteArray>
#include <QString>
#include <QVariantMap>

namespace wb::bundle {

/// A pipeline package: the KFP v2 IR for the Kubeflow upload plus everything mlwb needs to
/// open the pipeline again.
struct PipelinePackage
{
    ZipEntries entries;        ///< in archive order
    QByteArray zip;            ///< the archive bytes (deterministic)
    QVariantMap ir;            ///< compiled IR (for other exporters, e.g. Argo)
    Diagnostics diagnostics;   ///< load + compile warnings
};

/// Member names inside a package.
namespace PackageLayout {
inline constexpr char kIrName[] = "pipeline.yaml";        ///< first member, read by the KFP backend
inline constexpr char kPrefix[] = "mlwb/";                 ///< our sources, ignored by KFP
inline constexpr char kChecksums[] = "mlwb/SHA256SUMS";
inline constexpr char kReadme[] = "mlwb/README.md";
} // namespace PackageLayout

/// Builds the package of the pipeline file `pipelinePath`:
///   pipeline.yaml                 the KFP v2 IR (compileKfpIr), first member, DEFLATE
///   mlwb/README.md                what this is, how to upload and how to re-open it
///   mlwb/<file>.pipeline.yaml     the native manifest, byte for byte
///   mlwb/<url>                    every component file the manifest references by path, at
///                                 the same relative path (so the manifest's urls still work)
///   mlwb/<manifest>               every dataset manifest the pipeline binds
///   mlwb/SHA256SUMS               sha256 of every other member (`sha256sum -c` format)
/// References that leave the pipeline's folder are stored as mlwb/external/<n>/<file name>
/// and the stored manifest is rewritten to point there; pipeline.yaml is then compiled from
/// that stored manifest (a dataset's default URI is relative to it), so export -> import ->
/// export gives the same bytes. Fails with "package-too-large" above 32 MiB (KFP's upload
/// limit), and on anything compileKfpIr refuses. The bytes depend only on the inputs.
Result<PipelinePackage> buildPipelinePackage(const QString &pipelinePath);

/// buildPipelinePackage + an atomic write of the archive.
Result<PipelinePackage> exportPipelinePackage(const QString &pipelinePath, const QString &zipPath);

/// Loads and compiles only (for `--ir` and `--argo`).
Result<PipelinePackage> compilePipelineFile(const QString &pipelinePath);

} // namespace wb::bundle
