// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/componentspec.h"

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QTimer;

namespace wb::model {
class PipelineDocument;
}

namespace wb::ui {

/// Pipeline name, description and parameters (the graph component's inputs): add, remove,
/// rename (bindings follow), change type / default / description. One request per edit.
/// A default that does not fit the parameter's KFP type is marked (while typing, and in the
/// table with the reason as tooltip).
class ParametersPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ParametersPanel(QWidget *parent = nullptr);
    void setDocument(model::PipelineDocument *doc);
    QTableWidget *table() const { return m_table; }
    void addParameter();
    void removeSelectedParameter();

signals:
    void errorOccurred(const QString &message);

private:
    void reload();
    void commitRow(int row);
    /// The type a row's default is checked against (as the cells show it).
    model::TypeSpec rowType(int row) const;
    void commitInfo();

    model::PipelineDocument *m_doc = nullptr;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QTableWidget *m_table;
    QTimer *m_infoTimer;
    bool m_loading = false;
};

} // namespace wb::ui
