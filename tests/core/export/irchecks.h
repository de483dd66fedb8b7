// SPDX-License-Identifier: GPL-3.0-or-later
// Structural checks of a KFP v2 IR that always run (the strict protobuf validator in
// ../shared is optional): proto3-JSON key names only, schema version, pipeline name, every
// reference resolves, dependentTasks cover the data edges.
#pragma once

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QVariantMap>

namespace irchecks {

inline void keysIn(const QVariantMap &m, const QStringList &allowed, const QString &where, QStringList &problems)
{
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        if (!allowed.contains(it.key()))
            problems << where + QStringLiteral(": unknown key ") + it.key();
}

inline void checkDefinitions(const QVariantMap &defs, bool inputs, const QString &where, QStringList &problems)
{
    keysIn(defs, {"parameters", "artifacts"}, where, problems);
    const QVariantMap params = defs.value("parameters").toMap();
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        const QVariantMap p = it.value().toMap();
        keysIn(p, inputs ? QStringList{"parameterType", "defaultValue", "isOptional", "description", "literals"}
                         : QStringList{"parameterType", "description"},
               where + "/" + it.key(), problems);
        static const QStringList types{"NUMBER_DOUBLE", "NUMBER_INTEGER", "STRING", "BOOLEAN", "LIST", "STRUCT"};
        if (!types.contains(p.value("parameterType").toString()))
            problems << where + "/" + it.key() + ": bad parameterType " + p.value("parameterType").toString();
    }
    const QVariantMap arts = defs.value("artifacts").toMap();
    for (auto it = arts.cbegin(); it != arts.cend(); ++it) {
        const QVariantMap a = it.value().toMap();
        keysIn(a, {"artifactType", "isArtifactList", "isOptional", "description", "metadata"}, where + "/" + it.key(), problems);
        const QVariantMap t = a.value("artifactType").toMap();
        if (!t.value("schemaTitle").toString().contains('.') || t.value("schemaVersion").toString() != "0.0.1")
            problems << where + "/" + it.key() + ": bad artifactType";
    }
}

inline QStringList structuralProblems(const QVariantMap &ir)
{
    QStringList problems;
    keysIn(ir, {"components", "deploymentSpec", "pipelineInfo", "root", "schemaVersion", "sdkVersion", "defaultPipelineRoot"},
           "top", problems);
    if (ir.value("schemaVersion").toString() != "2.1.0")
        problems << "schemaVersion is not 2.1.0";
    const QVariantMap info = ir.value("pipelineInfo").toMap();
    keysIn(info, {"name", "displayName", "description"}, "pipelineInfo", problems);
    static const QRegularExpression nameRe(
        "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$");
    if (!nameRe.match(info.value("name").toString()).hasMatch())
        problems << "pipelineInfo.name is not DNS-style: " + info.value("name").toString();
    const QVariantMap comps = ir.value("components").toMap();
    const QVariantMap deploy = ir.value("deploymentSpec").toMap();
    keysIn(deploy, {"executors"}, "deploymentSpec", problems);
    const QVariantMap execs = deploy.value("executors").toMap();
    for (auto it = execs.cbegin(); it != execs.cend(); ++it) {
        const QVariantMap e = it.value().toMap();
        keysIn(e, {"container", "importer", "resolver"}, it.key(), problems);
        keysIn(e.value("container").toMap(), {"image", "command", "args", "env", "resources", "lifecycle"}, it.key(), problems);
        keysIn(e.value("container").toMap().value("resources").toMap(),
               {"resourceCpuLimit", "resourceMemoryLimit", "resourceCpuRequest", "resourceMemoryRequest", "accelerator"},
               it.key() + "/resources", problems);
        keysIn(e.value("importer").toMap(), {"artifactUri", "typeSchema", "reimport", "metadata", "downloadToWorkspace"},
               it.key() + "/importer", problems);
    }
    auto checkComponent = [&](const QVariantMap &c, const QString &where) {
        keysIn(c, {"executorLabel", "dag", "inputDefinitions", "outputDefinitions"}, where, problems);
        checkDefinitions(c.value("inputDefinitions").toMap(), true, where + "/inputDefinitions", problems);
        checkDefinitions(c.value("outputDefinitions").toMap(), false, where + "/outputDefinitions", problems);
        if (c.contains("executorLabel") && !execs.contains(c.value("executorLabel").toString()))
            problems << where + ": executorLabel does not resolve";
        const QVariantMap tasks = c.value("dag").toMap().value("tasks").toMap();
        for (auto t = tasks.cbegin(); t != tasks.cend(); ++t) {
            const QVariantMap task = t.value().toMap();
            const QString tw = where + "/" + t.key();
            keysIn(task, {"taskInfo", "componentRef", "inputs", "dependentTasks", "cachingOptions", "triggerPolicy",
                          "retryPolicy", "parameterIterator", "artifactIterator", "iteratorPolicy"},
                   tw, problems);
            keysIn(task.value("cachingOptions").toMap(), {"enableCache", "cacheKey"}, tw, problems);
            keysIn(task.value("retryPolicy").toMap(), {"maxRetryCount", "backoffDuration", "backoffFactor", "backoffMaxDuration"}, tw, problems);
            keysIn(task.value("triggerPolicy").toMap(), {"condition", "strategy"}, tw, problems);
            if (task.value("taskInfo").toMap().value("name").toString() != t.key())
                problems << tw + ": taskInfo.name differs";
            if (!comps.contains(task.value("componentRef").toMap().value("name").toString()))
                problems << tw + ": componentRef does not resolve";
            QSet<QString> producers;
            const QVariantMap inputs = task.value("inputs").toMap();
            keysIn(inputs, {"parameters", "artifacts"}, tw + "/inputs", problems);
            for (const char *kind : {"parameters", "artifacts"}) {
                const QVariantMap ins = inputs.value(kind).toMap();
                for (auto i = ins.cbegin(); i != ins.cend(); ++i) {
                    const QVariantMap in = i.value().toMap();
                    keysIn(in, {"componentInputParameter", "taskOutputParameter", "runtimeValue", "taskFinalStatus",
                                "parameterExpressionSelector", "taskOutputArtifact", "componentInputArtifact"},
                           tw + "/" + i.key(), problems);
                    for (const char *src : {"taskOutputParameter", "taskOutputArtifact"})
                        if (in.contains(src))
                            producers.insert(in.value(src).toMap().value("producerTask").toString());
                }
            }
            QStringList deps;
            for (const QVariant &d : task.value("dependentTasks").toList())
                deps << d.toString();
            QStringList sorted = deps;
            sorted.sort();
            if (sorted != deps)
                problems << tw + ": dependentTasks not sorted";
            for (const QString &p : producers)
                if (!deps.contains(p))
                    problems << tw + ": data edge from " + p + " missing in dependentTasks";
            for (const QString &d : deps)
                if (!tasks.contains(d))
                    problems << tw + ": dependentTasks names unknown task " + d;
        }
    };
    for (auto it = comps.cbegin(); it != comps.cend(); ++it)
        checkComponent(it.value().toMap(), it.key());
    checkComponent(ir.value("root").toMap(), "root");
    return problems;
}

/// The strict validator from ../shared, or an empty string when it is not there.
inline QString kfpValidator()
{
    const QString tool = QStringLiteral(MLWB_SHARED_DIR "/tools/kfp-validator/check-kfp-package");
    return QFileInfo(tool).isExecutable() ? tool : QString();
}

/// Runs a ../shared checker; returns its output on failure, empty on success.
inline QString runChecker(const QString &tool, const QString &file)
{
    QProcess p;
    p.start(tool, {file});
    if (!p.waitForFinished(120000))
        return QStringLiteral("checker timed out");
    const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 ? QString() : out;
}

} // namespace irchecks
