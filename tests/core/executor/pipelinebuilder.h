// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builds small pipelines with inline components for the executor tests.

#include "core/manifest/pipelinefile.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTest>

struct TaskDef
{
    QString name;
    /// input bindings: "path:TASK.OUT" (inputPath of an upstream output), "value:TASK.OUT"
    /// (inputValue of an upstream output), "const:TEXT", "param:NAME" (inputValue).
    QStringList inputs;
    QStringList outputs;
    QString image = QStringLiteral("img");
    QString script = QStringLiteral("true"); ///< sh -c script; $0.. are the placeholders
};

inline QByteArray pipelineYaml(const QList<TaskDef> &tasks, const QStringList &params = {})
{
    QByteArray y = "name: Test pipeline\n";
    if (!params.isEmpty()) {
        y += "inputs:\n";
        for (const QString &p : params) {
            const QString name = p.section(QLatin1Char('='), 0, 0);
            y += "- {name: " + name.toUtf8() + ", type: String";
            if (p.contains(QLatin1Char('=')))
                y += ", default: '" + p.section(QLatin1Char('='), 1).toUtf8() + "'";
            y += "}\n";
        }
    }
    y += "implementation:\n  graph:\n    tasks:\n";
    for (const TaskDef &t : tasks) {
        y += "      " + t.name.toUtf8() + ":\n        componentRef:\n          spec:\n";
        y += "            name: " + t.name.toUtf8() + "\n";
        QByteArray placeholders, args;
        if (!t.inputs.isEmpty()) {
            y += "            inputs:\n";
            for (int i = 0; i < t.inputs.size(); ++i) {
                const QString in = QStringLiteral("in%1").arg(i);
                y += "            - {name: " + in.toUtf8() + "}\n";
                const QString b = t.inputs.at(i);
                const QString kind = b.section(QLatin1Char(':'), 0, 0);
                const QString ref = b.section(QLatin1Char(':'), 1);
                placeholders += QByteArray(kind == QLatin1String("path") ? ", {inputPath: " : ", {inputValue: ")
                    + in.toUtf8() + "}";
                if (kind == QLatin1String("path") || kind == QLatin1String("value"))
                    args += "          " + in.toUtf8() + ": {taskOutput: {taskId: "
                        + ref.section(QLatin1Char('.'), 0, 0).toUtf8() + ", outputName: "
                        + ref.section(QLatin1Char('.'), 1).toUtf8() + "}}\n";
                else if (kind == QLatin1String("param"))
                    args += "          " + in.toUtf8() + ": {graphInput: {inputName: " + ref.toUtf8() + "}}\n";
                else
                    args += "          " + in.toUtf8() + ": '" + ref.toUtf8() + "'\n";
            }
        }
        if (!t.outputs.isEmpty()) {
            y += "            outputs:\n";
            for (const QString &o : t.outputs) {
                y += "            - {name: " + o.toUtf8() + "}\n";
                placeholders += ", {outputPath: " + o.toUtf8() + "}";
            }
        }
        QString script = t.script;
        script.replace(QLatin1Char('\''), QStringLiteral("''"));
        y += "            implementation:\n              container:\n                image: " + t.image.toUtf8()
            + "\n                command: [sh, -c, '" + script.toUtf8() + "'" + placeholders + "]\n";
        if (!args.isEmpty())
            y += "        arguments:\n" + args;
    }
    return y;
}

inline wb::model::PipelineSnapshot buildPipeline(const QList<TaskDef> &tasks, const QStringList &params = {})
{
    auto loaded = wb::manifest::readPipeline(pipelineYaml(tasks, params), QStringLiteral("test.pipeline.yaml"),
                                             QStringLiteral("/tmp"));
    if (!loaded.ok())
        qWarning("%s\n%s", qPrintable(loaded.error().text()), pipelineYaml(tasks, params).constData());
    return loaded.ok() ? loaded->snapshot : wb::model::PipelineSnapshot{};
}

inline wb::model::Task *taskOf(wb::model::PipelineSnapshot &s, const QString &name)
{
    for (auto &t : s.tasks)
        if (t.name == name)
            return &t;
    return nullptr;
}
