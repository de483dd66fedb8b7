// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exec/runrecovery.h"
#include "core/model/pipelinetypes.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace wb::ui {

/// Asks for what a run needs: a value per pipeline parameter (defaults filled in), the
/// runtime (auto / Docker / process runner; the last one chosen is remembered), how many steps
/// may run at once and the experiment the run is recorded under. A value that does not fit its
/// parameter's KFP type is marked on its field and keeps Run disabled, the reason shown above
/// the buttons (model::checkRunParameters, as `mlwb-cli run --param`).
class RunParametersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RunParametersDialog(const model::PipelineInfo &info, QWidget *parent = nullptr);

    /// Only values that differ from the default or have no default.
    QMap<QString, QString> parameters() const;
    exec::RuntimeMode runtimeMode() const;
    int maxParallel() const;
    void setRuntimeMode(exec::RuntimeMode mode);
    void setMaxParallel(int n);
    /// The runtime chosen in this dialog last time (QSettings), else `fallback` (the default
    /// runtime of the settings).
    void setDefaultRuntime(exec::RuntimeMode fallback);
    QString experiment() const;
    void setExperiment(const QString &name);
    /// Experiments already in the store, offered while typing.
    void setExperimentCompletions(const QStringList &names);
    /// The QSettings key of the remembered runtime ("auto", "docker", "process").
    static QString lastRuntimeKey();

private:
    void validate();

    model::PipelineInfo m_info;
    QMap<QString, QLineEdit *> m_edits;
    QComboBox *m_runtime = nullptr;
    QSpinBox *m_parallel = nullptr;
    QLineEdit *m_experiment = nullptr;
    QPushButton *m_ok = nullptr;
    QLabel *m_problems = nullptr; ///< why Run is disabled (values that do not fit their type)
};

} // namespace wb::ui
