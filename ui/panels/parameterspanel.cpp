// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panels/parameterspanel.h"

#include "core/model/literalcheck.h"
#include "core/model/pipelinedocument.h"

#include <QColor>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

namespace wb::ui {

enum Column { ColName, ColType, ColDefault, ColDescription, ColumnCount };

namespace {

/// Why `value` cannot be the default of a parameter of `type` (a sentence), empty when it can.
QString defaultProblem(const model::TypeSpec &type, const QString &value)
{
    const auto why = model::checkLiteral(type, value);
    return why ? ParametersPanel::tr("\"%1\" does not fit %2: %3.")
                     .arg(model::literalForMessage(value), type.name, *why)
               : QString();
}

/// The Default column's editor marks a value that does not fit the row's type while typing
/// (red frame, reason as tooltip and in the "literalProblem" property).
class DefaultDelegate : public QStyledItemDelegate
{
public:
    DefaultDelegate(std::function<model::TypeSpec(int row)> typeOf, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_typeOf(std::move(typeOf))
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QWidget *w = QStyledItemDelegate::createEditor(parent, option, index);
        auto *edit = qobject_cast<QLineEdit *>(w);
        if (!edit)
            return w;
        edit->setObjectName(QStringLiteral("parameterDefaultEditor"));
        const model::TypeSpec type = m_typeOf(index.row());
        connect(edit, &QLineEdit::textChanged, edit, [edit, type](const QString &text) {
            // An empty cell means "no default".
            const QString problem = text.isEmpty() ? QString() : defaultProblem(type, text);
            edit->setProperty("literalProblem", problem);
            edit->setToolTip(problem);
            edit->setStyleSheet(problem.isEmpty() ? QString()
                                                  : QStringLiteral("QLineEdit { border: 1px solid #d93f3f; }"));
        });
        return w;
    }

private:
    std::function<model::TypeSpec(int row)> m_typeOf;
};

} // namespace

ParametersPanel::ParametersPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("parametersPanel"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("pipelineName"));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("pipelineDescription"));
    m_description->setMaximumHeight(70);
    m_description->setPlaceholderText(tr("What the pipeline does"));
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Description:"), m_description);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("parametersTable"));
    m_table->setHorizontalHeaderLabels({tr("Parameter"), tr("Type"), tr("Default"), tr("Description")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setItemDelegateForColumn(ColDefault, new DefaultDelegate([this](int row) { return rowType(row); }, m_table));
    auto *add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("addParameter"));
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("removeParameter"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, &ParametersPanel::addParameter);
    connect(remove, &QPushButton::clicked, this, &ParametersPanel::removeSelectedParameter);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_loading)
            commitRow(item->row());
    });
    connect(m_name, &QLineEdit::editingFinished, this, &ParametersPanel::commitInfo);
    // A text edit has no editingFinished: commit shortly after typing stops.
    m_infoTimer = new QTimer(this);
    m_infoTimer->setSingleShot(true);
    m_infoTimer->setInterval(800);
    connect(m_infoTimer, &QTimer::timeout, this, &ParametersPanel::commitInfo);
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_infoTimer->start();
    });
}

void ParametersPanel::setDocument(model::PipelineDocument *doc)
{
    if (m_doc)
        disconnect(m_doc->modelObject(), nullptr, this, nullptr);
    m_doc = doc;
    if (doc) {
        const model::PipelineModel *m = doc->modelObject();
        auto later = [this] { QTimer::singleShot(0, this, &ParametersPanel::reload); };
        connect(m, &model::PipelineModel::parametersChanged, this, later);
        connect(m, &model::PipelineModel::infoChanged, this, later);
        connect(m, &model::PipelineModel::modelReset, this, later);
    }
    reload();
}

void ParametersPanel::reload()
{
    if (!m_doc)
        return;
    m_loading = true;
    const model::PipelineModel &m = m_doc->model();
    if (m_name->text() != m.info().name)
        m_name->setText(m.info().name);
    if (m_description->toPlainText() != m.info().description)
        m_description->setPlainText(m.info().description);
    const QList<model::InputSpec> &ps = m.parameters();
    m_table->setRowCount(int(ps.size()));
    for (int r = 0; r < ps.size(); ++r) {
        const model::InputSpec &p = ps.at(r);
        auto set = [&](int col, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            if (col == ColName)
                item->setData(Qt::UserRole, p.name); // the name before an edit
            m_table->setItem(r, col, item);
        };
        set(ColName, p.name);
        set(ColType, p.type.name);
        set(ColDefault, p.hasDefault() ? p.defaultAsString() : QString());
        if (const QString problem = p.hasDefault() ? defaultProblem(p.type, model::literalText(p.defaultValue))
                                                   : QString();
            !problem.isEmpty()) {
            QTableWidgetItem *item = m_table->item(r, ColDefault);
            item->setToolTip(problem);
            item->setForeground(QColor(0xd9, 0x3f, 0x3f));
        }
        set(ColDescription, p.description);
    }
    m_table->resizeColumnsToContents();
    m_loading = false;
}

model::TypeSpec ParametersPanel::rowType(int row) const
{
    const QTableWidgetItem *name = m_table->item(row, ColName);
    const QTableWidgetItem *type = m_table->item(row, ColType);
    const model::InputSpec *p = m_doc && name ? m_doc->model().parameter(name->data(Qt::UserRole).toString()) : nullptr;
    const QString text = type ? type->text().trimmed() : QString();
    // The model's type (a map type stays one) unless the cell has been edited.
    if (p && p->type.name == text)
        return p->type;
    return text.isEmpty() ? model::TypeSpec{} : model::TypeSpec::fromName(text);
}

void ParametersPanel::commitRow(int row)
{
    const QString oldName = m_table->item(row, ColName)->data(Qt::UserRole).toString();
    const model::InputSpec *cur = m_doc->model().parameter(oldName);
    if (!cur)
        return;
    model::InputSpec p = *cur;
    p.name = m_table->item(row, ColName)->text().trimmed();
    const QString type = m_table->item(row, ColType)->text().trimmed();
    if (type != p.type.name)
        p.type = type.isEmpty() ? model::TypeSpec{} : model::TypeSpec::fromName(type);
    const QString def = m_table->item(row, ColDefault)->text();
    if (!(p.hasDefault() && p.defaultAsString() == def))
        p.defaultValue = def.isEmpty() ? QVariant() : QVariant(def);
    p.description = m_table->item(row, ColDescription)->text();
    if (p == *cur)
        return;
    const Result<void> r = m_doc->requestChangeParameter(oldName, p);
    if (!r) {
        emit errorOccurred(r.error().text());
        QTimer::singleShot(0, this, &ParametersPanel::reload);
    }
}

void ParametersPanel::commitInfo()
{
    if (!m_doc || m_loading)
        return;
    const model::PipelineInfo &info = m_doc->model().info();
    if (info.name == m_name->text() && info.description == m_description->toPlainText())
        return;
    const Result<void> r = m_doc->requestSetInfo(m_name->text(), m_description->toPlainText());
    if (!r)
        emit errorOccurred(r.error().text());
}

void ParametersPanel::addParameter()
{
    if (!m_doc)
        return;
    QString name = QStringLiteral("param");
    for (int i = 2; m_doc->model().parameter(name); ++i)
        name = QStringLiteral("param_%1").arg(i);
    model::InputSpec p;
    p.name = name;
    p.type = model::TypeSpec::fromName(QStringLiteral("String"));
    const Result<void> r = m_doc->requestAddParameter(p);
    if (!r)
        emit errorOccurred(r.error().text());
}

void ParametersPanel::removeSelectedParameter()
{
    const int row = m_table->currentRow();
    if (!m_doc || row < 0)
        return;
    const Result<void> r = m_doc->requestRemoveParameter(m_table->item(row, ColName)->data(Qt::UserRole).toString());
    if (!r)
        emit errorOccurred(r.error().text());
}

} // namespace wb::ui
