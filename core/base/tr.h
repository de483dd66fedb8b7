// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace wb {

/// Translation context for code that is not a QObject (Qt Creator's `<lib>tr.h` pattern):
/// `wb::Tr::tr("...")`. lupdate picks these up through the Q_DECLARE_TR_FUNCTIONS macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mlwb)
};

} // namespace wb
