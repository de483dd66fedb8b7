// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/model/componentspec.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace wb::manifest {

/// One component file found in a library folder.
struct LibraryEntry
{
    QString root;          ///< the library folder it was found under
    QString relativePath;  ///< path relative to root, '/'-separated ("tables/csv-head.yaml")
    QString absolutePath;
    QString digest;        ///< sha256 hex of the file bytes (what componentRef.digest holds)
    QString category;      ///< metadata.annotations.category, else the sub-folder ("tables"), "" at top
    model::ComponentSpecPtr spec; ///< null when the file failed to load
    std::optional<Error> error;   ///< why it failed to load (the file is still listed)

    bool ok() const { return spec != nullptr; }
};

/// Folders of KFP component files (*.yaml / *.yml, recursively). A YAML file that is not a
/// component (no `implementation`, e.g. a dataset manifest) is skipped; a broken component
/// file is listed with its error instead of failing the scan. Symlinked folders are not
/// followed (no loops). Scanning reads files: run it off the GUI thread.
class ComponentLibrary
{
public:
    /// Scans `roots` in order; `cancel` (optional) stops early, keeping what was found.
    static ComponentLibrary scan(const QStringList &roots, const std::atomic_bool *cancel = nullptr);

    const QList<LibraryEntry> &entries() const { return m_entries; }
    /// Lookup by path relative to a root ("tables/csv-head.yaml"); first root wins.
    const LibraryEntry *findByPath(const QString &relativePath) const;
    /// Lookup by sha256 digest (case-insensitive; an optional "sha256:" prefix is ignored).
    const LibraryEntry *findByDigest(const QString &digest) const;
    /// Entries that failed to load.
    QList<LibraryEntry> errors() const;

private:
    QList<LibraryEntry> m_entries;
};

} // namespace wb::manifest
