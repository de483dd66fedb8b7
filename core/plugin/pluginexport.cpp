// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/pluginexport.h"

#include "core/bundle/packageexporter.h"

namespace wb::plugin {

Result<ExportedPipeline> exportPipelineWith(IPackageExporter &exporter, const QString &pipelinePath)
{
    Result<bundle::PipelinePackage> compiled = bundle::compilePipelineFile(pipelinePath);
    if (!compiled)
        return compiled.error();
    Result<ExportedPipeline> out = exporter.exportPipeline(compiled->ir);
    if (!out)
        return out.error();
    Diagnostics warnings;
    for (const Diagnostic &d : std::as_const(compiled->diagnostics))
        if (d.code != QLatin1String("dataset-uri"))
            warnings.append(d);
    out->warnings = warnings + out->warnings;
    return out;
}

} // namespace wb::plugin
