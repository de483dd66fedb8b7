// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/store/storetypes.h"

namespace wb::ui {

/// The runs search box language, turned into a store::RunFilter:
///   free text            substring of run name, display name or experiment
///   state:failed         run state (complete, failed, running, canceled, cached, interrupted, new)
///   exp:name             experiment (also experiment:)
///   after:2026-01-01     started on or after (ISO date or date-time, local time)
///   before:2026-02-01    started before
///   param.lr>0.1         parameter condition; operators = == != < <= > >= ~ (contains)
///   metric.auc>=0.8      metric condition, by the store's metric name: runs recorded by mlwb
///                        name them after their step, e.g. metric.evaluate-logreg.roc_auc>0.8
///                        (the name runs up to the operator; it may contain dots)
/// Words may be quoted ("my run"). Unknown prefixes are searched as text.
namespace RunQuery {
Result<store::RunFilter> parse(const QString &text);
}

} // namespace wb::ui
