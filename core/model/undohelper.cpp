// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/undohelper.h"

namespace wb::model {

FunctionalUndoCommand::FunctionalUndoCommand(Fun undo, Fun redo, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_undo(std::move(undo))
    , m_redo(std::move(redo))
{}

void FunctionalUndoCommand::undo()
{
    m_undo();
}

void FunctionalUndoCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    m_redo();
}

} // namespace wb::model
