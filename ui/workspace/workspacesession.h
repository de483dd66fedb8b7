// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace wb::ui {

/// What was open in a workspace when the window last closed on it, kept per user in
/// QSettings under "sessions/<hash of the workspace path>". Paths inside the workspace are
/// stored relative to it (a moved workspace keeps its session).
namespace workspacesession {

/// The pipelines that were open, absolute, those that still exist only.
QStringList lastPipelines(const QString &workspace);
/// Remembers `pipelines` (absolute) for `workspace`; an empty list forgets them.
void save(const QString &workspace, const QStringList &pipelines);

} // namespace workspacesession
} // namespace wb::ui
