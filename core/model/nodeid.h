// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QtGlobal>

namespace wb::model {

/// Internal identity of a task in a PipelineModel. Stable across rename, delete + undo and
/// save/load within a session (not persisted: files use task names). 0 is invalid.
struct NodeId
{
    quint32 value = 0;

    constexpr bool isValid() const { return value != 0; }
    constexpr bool operator==(const NodeId &) const = default;
    constexpr auto operator<=>(const NodeId &) const = default;
};

inline size_t qHash(NodeId id, size_t seed = 0) noexcept { return ::qHash(id.value, seed); }

} // namespace wb::model

Q_DECLARE_METATYPE(wb::model::NodeId)
