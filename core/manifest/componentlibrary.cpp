// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/manifest/componentlibrary.h"

#include "core/base/fileio.h"
#include "core/manifest/componentreader.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace wb::manifest {

ComponentLibrary ComponentLibrary::scan(const QStringList &roots, const std::atomic_bool *cancel)
{
    ComponentLibrary lib;
    for (const QString &rootPath : roots) {
        const QDir root(rootPath);
        if (!root.exists())
            continue;
        QStringList files;
        QDirIterator it(root.absolutePath(), {QStringLiteral("*.yaml"), QStringLiteral("*.yml")},
                        QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        std::sort(files.begin(), files.end()); // stable listing whatever the file system order
        for (const QString &file : files) {
            if (cancel && cancel->load())
                return lib;
            LibraryEntry e;
            e.root = root.absolutePath();
            e.absolutePath = file;
            e.relativePath = root.relativeFilePath(file);
            const QString folder = QFileInfo(e.relativePath).path();
            e.category = folder == QLatin1String(".") ? QString() : folder;
            Result<QByteArray> bytes = readFileLimited(file, kMaxComponentFileBytes);
            if (!bytes) {
                e.error = bytes.error();
                lib.m_entries.append(e);
                continue;
            }
            e.digest = sha256Hex(bytes.value());
            Result<model::ComponentSpec> spec = readComponentSpec(bytes.value(), file);
            if (!spec) {
                if (spec.error().code == QLatin1String("not-a-component"))
                    continue;
                e.error = spec.error();
                lib.m_entries.append(e);
                continue;
            }
            const QVariantMap annotations = spec->metadata.value(QStringLiteral("annotations")).toMap();
            const QString category = annotations.value(QStringLiteral("category")).toString();
            if (!category.isEmpty())
                e.category = category;
            e.spec = std::make_shared<const model::ComponentSpec>(std::move(spec.value()));
            lib.m_entries.append(e);
        }
    }
    return lib;
}

const LibraryEntry *ComponentLibrary::findByPath(const QString &relativePath) const
{
    const QString wanted = QDir::cleanPath(relativePath);
    for (const LibraryEntry &e : m_entries)
        if (e.relativePath == wanted)
            return &e;
    return nullptr;
}

const LibraryEntry *ComponentLibrary::findByDigest(const QString &digest) const
{
    QString wanted = digest.trimmed().toLower();
    if (wanted.startsWith(QLatin1String("sha256:")))
        wanted = wanted.mid(7);
    if (wanted.isEmpty())
        return nullptr;
    for (const LibraryEntry &e : m_entries)
        if (e.digest == wanted)
            return &e;
    return nullptr;
}

QList<LibraryEntry> ComponentLibrary::errors() const
{
    QList<LibraryEntry> out;
    for (const LibraryEntry &e : m_entries)
        if (!e.ok())
            out.append(e);
    return out;
}

} // namespace wb::manifest
