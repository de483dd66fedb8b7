// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/diagnostic.h"
#include "core/base/result.h"

#include <QString>
#include <QStringList>

namespace wb::bundle {

struct ImportedPackage
{
    QString pipelinePath;      ///< the pipeline file written into the target folder
    QStringList files;         ///< every file written, relative to the target folder
    Diagnostics diagnostics;   ///< warnings (parts of a KFP pipeline mlwb cannot represent...)
    bool native = false;       ///< an mlwb package (restored byte for byte) vs a foreign KFP pipeline
};

/// Imports a pipeline package into `targetDir` (created if needed; existing files are never
/// overwritten - that is an error before anything is written):
/// - an mlwb ZIP (mlwb/SHA256SUMS present): every checksum is verified, then the native
///   manifest, its components and dataset manifests are restored under their relative paths
///   (export -> import -> export gives the same bytes);
/// - any other ZIP: the member named pipeline.yaml, else the first member (the KFP backend's
///   rule; it must end in .yaml/.yml) is read as KFP v2 IR;
/// - a .yaml/.yml/.json file: KFP v2 IR.
/// IR is converted by importKfpIrYaml and written as `<name>.pipeline.yaml` with inline
/// component specs. Every archive goes through SafeZipReader (zip-slip, symlinks, bombs...).
Result<ImportedPackage> importPipelinePackage(const QString &packagePath, const QString &targetDir);

} // namespace wb::bundle
