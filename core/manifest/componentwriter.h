// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/componentspec.h"

#include <QByteArray>

namespace wb::manifest {

/// Writes a component spec (container or graph = pipeline manifest) as KFP v1 YAML.
/// Deterministic: key order name, description, metadata, inputs, outputs, implementation;
/// task keys componentRef, arguments, isEnabled, executionOptions, annotations; tasks,
/// arguments and list items in the spec's order; inputs/outputs one flow map per line.
/// readComponentSpec(writeComponentSpec(s)) == s, and scalar types survive (1440 stays an int,
/// the string '1440' stays a string).
QByteArray writeComponentSpec(const model::ComponentSpec &spec);

} // namespace wb::manifest
