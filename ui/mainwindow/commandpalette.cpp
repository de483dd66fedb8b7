// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/commandpalette.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QVBoxLayout>

namespace wb::ui {

CommandPalette::CommandPalette(QWidget *window)
    : QDialog(window, Qt::Popup | Qt::FramelessWindowHint)
    , m_window(window)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("commandPalette"));
    m_filter->setObjectName(QStringLiteral("commandFilter"));
    m_filter->setPlaceholderText(tr("Type a command…"));
    m_list->setObjectName(QStringLiteral("commandList"));
    m_list->setUniformItemSizes(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &CommandPalette::setFilter);
    connect(m_list, &QListWidget::itemActivated, this, [this] { triggerCurrent(); });
    resize(520, 360);
}

static void collectMenu(QMenu *menu, const QString &path, QList<QPair<QString, QPointer<QAction>>> &out)
{
    for (QAction *a : menu->actions()) {
        if (a->isSeparator())
            continue;
        const QString text = a->text().remove(QLatin1Char('&'));
        if (a->menu())
            collectMenu(a->menu(), path + text + QStringLiteral(" › "), out);
        else if (!text.isEmpty())
            out.append({path + text, a});
    }
}

void CommandPalette::collect()
{
    m_actions.clear();
    if (auto *mw = qobject_cast<QMainWindow *>(m_window))
        for (QAction *top : mw->menuBar()->actions())
            if (top->menu())
                collectMenu(top->menu(), top->text().remove(QLatin1Char('&')) + QStringLiteral(" › "), m_actions);
}

void CommandPalette::popup()
{
    collect();
    m_filter->clear();
    setFilter(QString());
    const QRect g = m_window->geometry();
    move(g.center().x() - width() / 2, g.top() + 80);
    show();
    m_filter->setFocus();
}

void CommandPalette::setFilter(const QString &text)
{
    if (m_actions.isEmpty())
        collect();
    if (m_filter->text() != text)
        m_filter->setText(text);
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_list->clear();
    for (int i = 0; i < m_actions.size(); ++i) {
        const auto &[label, action] = m_actions.at(i);
        if (!action || !action->isEnabled())
            continue;
        bool match = true;
        for (const QString &w : words)
            match &= label.contains(w, Qt::CaseInsensitive);
        if (!match)
            continue;
        QString shown = label;
        if (!action->shortcut().isEmpty())
            shown += QStringLiteral("    ") + action->shortcut().toString(QKeySequence::NativeText);
        auto *item = new QListWidgetItem(shown, m_list);
        item->setData(Qt::UserRole, i);
    }
    m_list->setCurrentRow(0);
}

QStringList CommandPalette::visibleCommands() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out.append(m_actions.at(m_list->item(i)->data(Qt::UserRole).toInt()).first);
    return out;
}

bool CommandPalette::triggerCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return false;
    QPointer<QAction> a = m_actions.at(item->data(Qt::UserRole).toInt()).second;
    hide();
    if (!a)
        return false;
    a->trigger();
    return true;
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto *k = static_cast<QKeyEvent *>(event);
        switch (k->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
            QCoreApplication::sendEvent(m_list, event);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            triggerCurrent();
            return true;
        case Qt::Key_Escape:
            hide();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace wb::ui
