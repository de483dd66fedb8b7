// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to the Argo plugin: the converter's state, shared by argoconverter.cpp (templates,
// workflow) and argodag.cpp (DAG templates, conditions, importers).

#include "core/base/diagnostic.h"
#include "core/base/result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QVariantMap>

namespace wb::argo::detail {

QVariantMap sub(const QVariantMap &m, const char *key);
/// Kubernetes-style name: lowercase letters, digits and '-', at most 63 characters.
QString dnsName(const QString &s);
/// Argo parameters are strings: scalars as text, lists and structs as compact JSON.
QString scalarText(const QVariant &v);
Error unsupported(const QString &where, const QString &what);
/// inputs.parameters of a template from a KFP inputDefinitions (defaults included).
QVariantList inputDeclarations(const QVariantMap &inputDefs);

class Converter
{
public:
    Converter(const QVariantMap &ir, Diagnostics *warnings)
        : m_components(sub(ir, "components"))
        , m_executors(sub(sub(ir, "deploymentSpec"), "executors"))
        , m_rootParameters(sub(sub(sub(ir, "root"), "inputDefinitions"), "parameters"))
        , m_warnings(warnings)
    {
    }

    Result<QVariantMap> run(const QVariantMap &ir);

private:
    /// Artifact fields a consumer's argument takes from each importer task of one DAG.
    using ImporterArguments = QHash<QString, QVariantMap>;

    QString uniqueTemplateName(const QString &base);
    Result<QString> templateFor(const QString &component);
    Result<QVariantMap> containerTemplate(const QString &component, const QVariantMap &spec, const QString &name);
    Result<QVariantMap> dagTemplate(const QString &where, const QVariantMap &spec, const QString &name, bool root);
    Result<ImporterArguments> importers(const QVariantMap &tasks, bool root, QVariantList *rootInputs);
    QVariantMap importerSpec(const QVariantMap &task) const;
    QSet<QString> importerOnlyParameters(const QVariantMap &rootTasks) const;
    Result<bool> isPresent(const QString &component, const QString &input) const;
    void collectBindings(const QVariantMap &dag, int depth);

    QVariantMap m_components;
    QVariantMap m_executors;
    QVariantMap m_rootParameters;
    Diagnostics *m_warnings;
    QString m_keyPrefix; // where local datasets go in the default artifact repository
    QVariantList m_workflowArtifacts;
    QHash<QString, QString> m_templateOf;
    QSet<QString> m_usedNames;
    QVariantList m_templates;
    QHash<QString, QList<QSet<QString>>> m_bindings; // component -> inputs bound by each use
};

} // namespace wb::argo::detail
