// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/diagnostic.h"
#include "core/base/result.h"
#include "core/model/pipelinetypes.h"

#include <QByteArray>
#include <QString>

namespace wb::model {
class PipelineDocument;
class PipelineModel;
} // namespace wb::model

namespace wb::manifest {

/// Pipeline files larger than this are refused before reading.
inline constexpr qint64 kMaxPipelineFileBytes = 16 * 1024 * 1024;
/// Graph components referring to graph components may nest this deep.
inline constexpr int kMaxGraphNesting = 16;

struct LoadedPipeline
{
    model::PipelineSnapshot snapshot;
    Diagnostics diagnostics; ///< problems that did not stop the load (missing components…)
};

/// A pipeline file is a KFP v1 graph component (shared/formats/kfp.md (a)). Loading is
/// two-phase: readComponentSpec parses, then ModelMapper resolves each componentRef:
///  1. an inline `spec`;
///  2. else `url` as a path relative to the pipeline file (its sha256 is compared with `digest`:
///     a mismatch is the warning "component-changed");
///  3. an http(s) url, a missing or unreadable file, or a graph component that contains itself
///     gives a kept, flagged "missing component" task and a diagnostic (remote-component,
///     component-not-found, component-unreadable, recursive-component, recursion-too-deep).
/// Fatal errors (unreadable file, bad YAML, not a graph component) return an Error.
Result<LoadedPipeline> readPipeline(const QByteArray &bytes, const QString &sourceName, const QString &baseDir);
Result<LoadedPipeline> readPipelineFile(const QString &path);

/// Deterministic YAML: writing the same model twice gives the same bytes.
QByteArray writePipeline(const model::PipelineSnapshot &snapshot);
QByteArray writePipeline(const model::PipelineModel &model);
/// Atomic (QSaveFile): the old file survives any failure.
Result<void> writePipelineFile(const QString &path, const model::PipelineModel &model);

/// Opens `path` into `doc` (resets undo, sets the path). Returns the load diagnostics.
Result<Diagnostics> openPipeline(model::PipelineDocument &doc, const QString &path);
/// Saves to `path` (or the document's path when empty) and marks the document clean.
Result<void> savePipeline(model::PipelineDocument &doc, const QString &path = {});
/// Save As: like savePipeline, but when `path` is in another folder than the one the relative
/// references resolve from (`currentBaseDir`, default: the document's folder; an untitled
/// document's refs are relative to the workspace) component urls and dataset manifests are
/// rebased first (PipelineDocument::rebaseReferences), and back again when writing fails.
Result<void> savePipelineAs(model::PipelineDocument &doc, const QString &path,
                            const QString &currentBaseDir = {});

} // namespace wb::manifest
