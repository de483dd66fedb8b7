// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

#include <functional>

namespace wb::model {

/// Kdenlive's composable undo: a request builds `undo` and `redo` chains while it applies its
/// steps; on failure it runs `undo` and nothing changed.
using Fun = std::function<bool()>;

inline Fun noOp()
{
    return [] { return true; };
}

/// Appends `step` to a redo chain.
inline void pushBack(Fun &chain, Fun step)
{
    chain = [first = std::move(chain), second = std::move(step)] { return first() && second(); };
}

/// Prepends `step` to an undo chain (undo runs in reverse order of the steps).
inline void pushFront(Fun &chain, Fun step)
{
    chain = [first = std::move(step), second = std::move(chain)] { return first() && second(); };
}

/// A QUndoCommand over lambdas. Skips its first redo(): QUndoStack::push calls redo() on a
/// change the request has already applied.
class FunctionalUndoCommand : public QUndoCommand
{
public:
    FunctionalUndoCommand(Fun undo, Fun redo, const QString &text, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    Fun m_undo;
    Fun m_redo;
    bool m_skipRedo = true;
};

} // namespace wb::model
