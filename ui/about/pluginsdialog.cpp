// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/about/pluginsdialog.h"

#include "core/plugin/pluginmanager.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wb::ui {

PluginsDialog::PluginsDialog(const plugin::PluginManager *manager, QWidget *parent)
    : QDialog(parent)
    , m_manager(manager)
    , m_table(new QTableWidget(this))
    , m_summary(new QLabel(this))
    , m_selected(new QLabel(this))
    , m_paths(new QLabel(this))
{
    setObjectName(QStringLiteral("PluginsDialog"));
    setWindowTitle(tr("Plugins"));
    m_table->setObjectName(QStringLiteral("pluginTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Version"), tr("Kind"), tr("Interface"), tr("Status"), tr("File"), tr("Details")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_paths->setWordWrap(true);
    m_paths->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_selected->setObjectName(QStringLiteral("selectedPlugin"));
    m_selected->setWordWrap(true);
    m_selected->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_selected->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    m_selected->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row < 0 || !m_manager || row >= m_manager->plugins().size()) {
            m_selected->clear();
            return;
        }
        const plugin::PluginSpec &s = m_manager->plugins().at(row);
        QStringList lines{QDir::toNativeSeparators(s.path)};
        if (!s.isLoaded())
            lines << tr("Refused: %1").arg(s.reason);
        if (!s.description.isEmpty())
            lines << s.description;
        if (!s.provides.isEmpty())
            lines << tr("Provides: %1").arg(s.provides.join(QStringLiteral(", ")));
        m_selected->setText(lines.join(QLatin1Char('\n')));
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy Report"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] {
        if (m_manager)
            QApplication::clipboard()->setText(m_manager->report());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_selected);
    layout->addWidget(m_paths);
    layout->addWidget(buttons);
    resize(1040, 480);
    refresh();
}

void PluginsDialog::refresh()
{
    const QList<plugin::PluginSpec> specs = m_manager ? m_manager->plugins() : QList<plugin::PluginSpec>();
    m_table->setRowCount(int(specs.size()));
    const QIcon loadedIcon = style()->standardIcon(QStyle::SP_DialogApplyButton);
    const QIcon refusedIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    int loaded = 0;
    for (int row = 0; row < specs.size(); ++row) {
        const plugin::PluginSpec &s = specs.at(row);
        loaded += s.isLoaded() ? 1 : 0;
        const QString details = s.isLoaded() ? s.description : s.reason;
        const QString cells[ColumnCount] = {
            s.name.isEmpty() ? QFileInfo(s.path).fileName() : s.name,
            s.version.isNull() ? QString() : s.version.toString(),
            plugin::pluginKind(s.iid),
            s.iid,
            s.isLoaded() ? tr("Loaded") : tr("Refused"),
            QFileInfo(s.path).fileName(),
            details};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(column == FileColumn ? QDir::toNativeSeparators(s.path) : cells[column]);
            m_table->setItem(row, column, item);
        }
        m_table->item(row, StatusColumn)->setIcon(s.isLoaded() ? loadedIcon : refusedIcon);
        m_table->item(row, NameColumn)->setData(Qt::UserRole, s.path);
    }
    m_table->resizeColumnsToContents();
    if (!specs.isEmpty())
        m_table->setCurrentCell(0, NameColumn);
    m_summary->setText(specs.isEmpty() ? tr("No plugins were found.")
                                       : tr("%n plugin file(s) found, %1 loaded.", nullptr, int(specs.size())).arg(loaded));
    const QStringList paths = m_manager ? m_manager->searchPaths() : QStringList();
    QStringList shown;
    for (const QString &p : paths)
        shown << QDir::toNativeSeparators(p);
    m_paths->setText(tr("Searched folders (add more with the environment variable MLWB_PLUGIN_PATH): %1")
                         .arg(shown.isEmpty() ? tr("none") : shown.join(QStringLiteral("; "))));
}

QString PluginsDialog::selectedText() const
{
    return m_selected->text();
}

int PluginsDialog::rowOfFile(const QString &path) const
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, NameColumn)->data(Qt::UserRole).toString() == path)
            return row;
    return -1;
}

} // namespace wb::ui
