// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workspace/filevalidation.h"

#include "core/manifest/componentreader.h"
#include "core/manifest/pipelinefile.h"
#include "core/model/pipelinedocument.h"
#include "core/model/pipelinevalidator.h"

#include <QSet>

namespace wb::ui {

Result<Diagnostics> validateWorkspaceFile(const QString &file, WorkspaceFileKind kind)
{
    if (kind == WorkspaceFileKind::Component) {
        auto spec = manifest::readComponentFile(file);
        if (spec.ok())
            return Diagnostics{};
        Diagnostic d;
        d.code = spec.error().code;
        d.message = spec.error().text();
        d.file = file;
        return Diagnostics{d};
    }
    model::PipelineDocument doc; // lives and dies on this thread
    auto loaded = manifest::openPipeline(doc, file);
    if (!loaded.ok())
        return loaded.error();
    // A task whose component the loader already explained is not reported again as unknown.
    Diagnostics out = *loaded;
    QSet<QString> explained;
    for (const Diagnostic &d : *loaded)
        if (!d.task.isEmpty() && d.severity == Diagnostic::Severity::Error)
            explained.insert(d.task);
    for (const Diagnostic &d : model::validatePipeline(doc.model()))
        if (!(d.code == QLatin1String("unknown-component") && explained.contains(d.task)))
            out.append(d);
    return out;
}

} // namespace wb::ui
