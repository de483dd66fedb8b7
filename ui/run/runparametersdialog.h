// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exec/runrecovery.h"
#include "core/model/pipelinetypes.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace wb::ui {

/// Asks for what a run needs: a value per pipeline parameter (defaults filled in), the
/// runtime (auto / Docker / process runner) and how many steps may run at once.
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

private:
    void validate();

    model::PipelineInfo m_info;
    QMap<QString, QLineEdit *> m_edits;
    QComboBox *m_runtime = nullptr;
    QSpinBox *m_parallel = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace wb::ui
