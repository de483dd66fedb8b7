// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/manifest/pipelinefile.h"

#include "core/base/fileio.h"
#include "core/base/tr.h"
#include "core/manifest/componentreader.h"
#include "core/manifest/componentwriter.h"
#include "core/model/modelmapper.h"
#include "core/model/pipelinedocument.h"
#include "core/model/referencerebase.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace wb::manifest {

using namespace wb::model;

namespace {

Diagnostic diag(Diagnostic::Severity s, const QString &code, const QString &task, const QString &message,
                const QString &file)
{
    Diagnostic d;
    d.severity = s;
    d.code = code;
    d.task = task;
    d.message = message;
    d.file = file;
    return d;
}

struct LoadedComponent
{
    ComponentSpecPtr spec;
    QString digest;
    std::optional<Error> error;
};

/// Resolves componentRefs relative to the pipeline file, reading each component file once,
/// and refuses graph components that (transitively) contain themselves.
class FileResolver
{
public:
    FileResolver(const QString &pipelineFile, const QString &baseDir)
        : m_pipelineFile(pipelineFile)
        , m_baseDir(baseDir)
    {
        const QString canonical = QFileInfo(pipelineFile).canonicalFilePath();
        if (!canonical.isEmpty())
            m_stack.append(canonical);
    }

    ResolvedComponent resolve(const QString &task, const ComponentRef &ref)
    {
        ResolvedComponent r;
        QString problem;
        r.spec = resolveRef(ref, m_baseDir, 0, &problem, &r.diagnostics, task);
        if (!r.spec)
            r.missingReason = problem;
        return r;
    }

private:
    ComponentSpecPtr resolveRef(const ComponentRef &ref, const QString &baseDir, int depth, QString *problem,
                                Diagnostics *diags, const QString &task)
    {
        auto fail = [&](const char *code, const QString &message, Diagnostic::Severity s) -> ComponentSpecPtr {
            *problem = message;
            diags->append(diag(s, QString::fromLatin1(code), task, message, m_pipelineFile));
            return nullptr;
        };
        if (depth > kMaxGraphNesting)
            return fail("recursion-too-deep",
                        Tr::tr("graph components are nested more than %1 levels deep").arg(kMaxGraphNesting),
                        Diagnostic::Severity::Error);
        if (ref.spec) {
            if (!checkNested(*ref.spec, baseDir, depth, problem, diags, task))
                return nullptr;
            return ref.spec;
        }
        if (ref.url.isEmpty())
            return fail("component-not-found", Tr::tr("the componentRef has neither a spec nor a url"),
                        Diagnostic::Severity::Error);
        if (ref.url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
            || ref.url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
            return fail("remote-component",
                        Tr::tr("%1 is a remote component; mlwb does not download components. "
                               "Save it next to the pipeline and refer to it by relative path.").arg(ref.url),
                        Diagnostic::Severity::Error);
        const QString path = QDir(baseDir).absoluteFilePath(ref.url);
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (canonical.isEmpty())
            return fail("component-not-found", Tr::tr("component file %1 does not exist").arg(path),
                        Diagnostic::Severity::Error);
        if (m_stack.contains(canonical))
            return fail("recursive-component",
                        Tr::tr("component %1 contains itself (%2)")
                            .arg(ref.url, (m_stack + QStringList{canonical}).join(QStringLiteral(" -> "))),
                        Diagnostic::Severity::Error);
        const LoadedComponent c = load(canonical); // a copy: nested loads may rehash the cache
        if (c.error)
            return fail("component-unreadable", Tr::tr("cannot read component %1: %2").arg(ref.url, c.error->text()),
                        Diagnostic::Severity::Error);
        QString digest = ref.digest.toLower();
        if (digest.startsWith(QLatin1String("sha256:")))
            digest = digest.mid(7);
        if (!digest.isEmpty() && digest != c.digest)
            diags->append(diag(Diagnostic::Severity::Warning, QStringLiteral("component-changed"), task,
                               Tr::tr("Component %1 changed since it was added to the pipeline "
                                      "(its sha256 digest differs). Check it, then re-add it to update the digest.")
                                   .arg(ref.url),
                               m_pipelineFile));
        m_stack.append(canonical);
        const bool ok = checkNested(*c.spec, QFileInfo(canonical).absolutePath(), depth, problem, diags, task);
        m_stack.removeLast();
        return ok ? c.spec : nullptr;
    }

    bool checkNested(const ComponentSpec &spec, const QString &baseDir, int depth, QString *problem,
                     Diagnostics *diags, const QString &task)
    {
        if (spec.implementation != ComponentSpec::Implementation::Graph)
            return true;
        for (const TaskSpec &t : spec.graph.tasks) {
            Diagnostics nested;
            if (!resolveRef(t.componentRef, baseDir, depth + 1, problem, &nested, task)) {
                // Only structural failures make the outer component unusable.
                for (const Diagnostic &d : std::as_const(nested))
                    if (d.code == QLatin1String("recursive-component") || d.code == QLatin1String("recursion-too-deep")) {
                        diags->append(d);
                        return false;
                    }
            }
        }
        return true;
    }

    const LoadedComponent &load(const QString &canonical)
    {
        auto it = m_cache.find(canonical);
        if (it != m_cache.end())
            return *it;
        LoadedComponent c;
        Result<QByteArray> bytes = readFileLimited(canonical, kMaxComponentFileBytes);
        if (!bytes) {
            c.error = bytes.error();
        } else {
            c.digest = sha256Hex(bytes.value());
            Result<ComponentSpec> spec = readComponentSpec(bytes.value(), canonical);
            if (spec)
                c.spec = std::make_shared<const ComponentSpec>(std::move(spec.value()));
            else
                c.error = spec.error();
        }
        return *m_cache.insert(canonical, c);
    }

    QString m_pipelineFile;
    QString m_baseDir;
    QStringList m_stack;
    QHash<QString, LoadedComponent> m_cache;
};

} // namespace

Result<LoadedPipeline> readPipeline(const QByteArray &bytes, const QString &sourceName, const QString &baseDir)
{
    Result<ComponentSpec> spec = readComponentSpec(bytes, sourceName);
    if (!spec)
        return spec.error();
    if (spec->implementation != ComponentSpec::Implementation::Graph)
        return makeError(QStringLiteral("not-a-pipeline"),
                         Tr::tr("%1 is a container component, not a pipeline: it has no implementation.graph.")
                             .arg(sourceName));
    FileResolver resolver(sourceName, baseDir);
    ModelMapper::ToModelResult mapped = ModelMapper::toModel(
        spec.value(), [&resolver](const QString &task, const ComponentRef &ref) { return resolver.resolve(task, ref); });
    return LoadedPipeline{std::move(mapped.snapshot), std::move(mapped.diagnostics)};
}

Result<LoadedPipeline> readPipelineFile(const QString &path)
{
    Result<QByteArray> bytes = readFileLimited(path, kMaxPipelineFileBytes);
    if (!bytes)
        return bytes.error();
    return readPipeline(bytes.value(), path, QFileInfo(path).absolutePath());
}

QByteArray writePipeline(const PipelineSnapshot &snapshot)
{
    return writeComponentSpec(ModelMapper::fromSnapshot(snapshot));
}

QByteArray writePipeline(const PipelineModel &model)
{
    return writeComponentSpec(ModelMapper::fromModel(model));
}

Result<void> writePipelineFile(const QString &path, const PipelineModel &model)
{
    return writeFileAtomically(path, writePipeline(model));
}

Result<Diagnostics> openPipeline(PipelineDocument &doc, const QString &path)
{
    Result<LoadedPipeline> loaded = readPipelineFile(path);
    if (!loaded)
        return loaded.error();
    doc.resetContent(loaded->snapshot);
    doc.setFilePath(path);
    return loaded->diagnostics;
}

Result<void> savePipeline(PipelineDocument &doc, const QString &path)
{
    const QString target = path.isEmpty() ? doc.filePath() : path;
    if (target.isEmpty())
        return makeError(QStringLiteral("no-path"), Tr::tr("The pipeline has no file name yet; use Save As."));
    WB_TRY(writePipelineFile(target, doc.model()));
    doc.setFilePath(target);
    doc.markSaved();
    return {};
}

Result<void> savePipelineAs(PipelineDocument &doc, const QString &path, const QString &currentBaseDir)
{
    if (path.isEmpty())
        return makeError(QStringLiteral("no-path"), Tr::tr("Choose a file name to save the pipeline to."));
    const QString target = QFileInfo(path).absoluteFilePath();
    QString from = currentBaseDir;
    if (from.isEmpty() && !doc.filePath().isEmpty())
        from = QFileInfo(doc.filePath()).absolutePath();
    const QString to = QFileInfo(target).absolutePath();
    if (!QFileInfo(to).isDir())
        return makeError(QStringLiteral("write-failed"),
                         Tr::tr("Cannot save %1: the folder %2 does not exist.").arg(target, to));
    const bool moving = !from.isEmpty() && !isSameDirectory(from, to);
    if (moving)
        doc.rebaseReferences(from, to);
    const Result<void> saved = savePipeline(doc, target);
    if (!saved && moving)
        doc.rebaseReferences(to, from);
    return saved;
}

} // namespace wb::manifest
