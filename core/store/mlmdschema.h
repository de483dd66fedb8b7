// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QStringList>

namespace wb::store::Internal {

class SqliteDb;

/// The ML Metadata v10 SQLite schema, statement for statement as ml-metadata's
/// metadata_source_query_config.cc creates it (15 tables, 24 named + 16 automatic indexes),
/// plus the bootstrap rows (MLMDEnv = 10, the nine `mlmd.*` simple types). Our own tables
/// (`mlwb_*`) are versioned separately in `mlwb_meta` and migrated by number.
namespace MlmdSchema {

constexpr int kMlmdSchemaVersion = 10;
constexpr int kOwnSchemaVersion = 1;

/// The 15 MLMD table names in creation order.
QStringList tableNames();

/// What an existing file holds.
enum class FileKind { Empty, Mlmd, PartialMlmd, Foreign };
struct Inspection
{
    FileKind kind = FileKind::Empty;
    int mlmdVersion = 0;   ///< MLMDEnv.schema_version when kind == Mlmd
    int ownVersion = 0;    ///< mlwb_meta schema_version, 0 when our tables are absent
    QStringList missing;   ///< missing MLMD tables for PartialMlmd
};
Result<Inspection> inspect(SqliteDb &db);

/// Creates the MLMD tables, indexes and bootstrap rows in one transaction.
Result<void> createMlmd(SqliteDb &db);
/// Creates or migrates our own tables up to kOwnSchemaVersion.
Result<void> migrateOwn(SqliteDb &db, int fromVersion);

} // namespace MlmdSchema
} // namespace wb::store::Internal
