// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/plugin/ipackageexporter.h"

#include <QString>

namespace wb::plugin {

/// Compiles the pipeline file to the KFP v2 IR and runs `exporter` on it. The warnings are the
/// compiler's that still apply to the exported file followed by the exporter's own: the
/// compiler's "dataset-uri" advice (set a Kubeflow run parameter) is left out because the
/// exporter decides where datasets come from.
Result<ExportedPipeline> exportPipelineWith(IPackageExporter &exporter, const QString &pipelinePath);

} // namespace wb::plugin
