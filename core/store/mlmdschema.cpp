// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/mlmdschema.h"

#include "core/base/tr.h"
#include "core/store/sqlitedb.h"

namespace wb::store::Internal::MlmdSchema {

namespace {

// Property table shape shared by ArtifactProperty / ExecutionProperty / ContextProperty.
QString propertyTable(const char *table, const char *idColumn)
{
    return QStringLiteral(" CREATE TABLE IF NOT EXISTS `%1` ( "
                          "   `%2` INT NOT NULL, "
                          "   `name` VARCHAR(255) NOT NULL, "
                          "   `is_custom_property` TINYINT(1) NOT NULL, "
                          "   `int_value` INT, "
                          "   `double_value` DOUBLE, "
                          "   `string_value` TEXT, "
                          "   `byte_value` BLOB, "
                          "   `proto_value` BLOB, "
                          "   `bool_value` BOOLEAN, "
                          " PRIMARY KEY (`%2`, `name`, `is_custom_property`)); ")
        .arg(QLatin1String(table), QLatin1String(idColumn));
}

QStringList tableDdl()
{
    return {
        QStringLiteral(" CREATE TABLE IF NOT EXISTS `Type` ( "
                       "   `id` INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "   `name` VARCHAR(255) NOT NULL, "
                       "   `version` VARCHAR(255), "
                       "   `type_kind` TINYINT(1) NOT NULL, "
                       "   `description` TEXT, "
                       "   `input_type` TEXT, "
                       "   `output_type` TEXT, "
                       "   `external_id` VARCHAR(255) UNIQUE"
                       " ); "),
        QStringLiteral(" CREATE TABLE IF NOT EXISTS `ParentType` ( "
                       "   `type_id` INT NOT NULL, "
                       "   `parent_type_id` INT NOT NULL, "
                       " PRIMARY KEY (`type_id`, `parent_type_id`)); "),
        QStringLiteral(" CREATE TABLE IF NOT EXISTS `TypeProperty` ( "
                       "   `type_id` INT NOT NULL, "
                       "   `name` VARCHAR(255) NOT NULL, "
                       "   `data_type` INT NULL, "
                       " PRIMARY KEY (`type_id`, `name`)); "),
        QStringLiteral(" CREATE TABLE IF NOT EXISTS `Artifact` ( "
                       "   `id` INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "   `type_id` INT NOT NULL, "
                       "   `uri` TEXT, "
                       "   `state` INT, "
                       "   `name` VARCHAR(255), "
                       "   `external_id` VARCHAR(255) UNIQUE, "
                       "   `create_time_since_epoch` INT NOT NULL DEFAULT 0, "
                       "   `last_update_time_since_epoch` INT NOT NULL DEFAULT 0, "
                       "   UNIQUE(`type_id`, `name`) "
                       " ); "),
        propertyTable("ArtifactProperty", "artifact_id"),
        QStringLiteral(" CREATE TABLE IF NOT EXISTS `Execution` ( "
                       "   `id` INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "   `type_id` INT NOT NULL, "
                       "   `last_known_state` INT, "
                       "   `name` VARCHAR(255), "
                       "   `external_id` VARCHAR(255) UNIQUE, "
                       "   `create_time_since_epoch` INT NOT NULL DEFAULT 0, "
                       "   `last_update_time_since_epoch` INT NOT NULL DEFAULT 0, "
                       "   UNIQUE(`type_id`, `name`) "
                       " ); "),
        propertyTable("ExecutionProperty", "execution_id"),
        QStringLiteral(" CREATE TABLE IF NOT EXISTS `Context` ( "
                       "   `id` INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "   `type_id` INT NOT NULL, "
                       "   `name` VARCHAR(255) NOT NULL, "
                       "   `external_id` VARCHAR(255) UNIQUE, "
                       "   `create_time_since_epoch` INT NOT NULL DEFAULT 0, "
                       "   `last_update_time_since_epoch` INT NOT NULL DEFAULT 0, "
                       "   UNIQUE(`type_id`, `name`) "
                       " ); "),
        propertyTable("ContextProperty", "context_id"),
        QStringLiteral(" CREATE TABLE IF NOT EXISTS `ParentContext` ( "
                       "   `context_id` INT NOT NULL, "
                       "   `parent_context_id` INT NOT NULL, "
                       " PRIMARY KEY (`context_id`, `parent_context_id`)); "),
        QStringLiteral(" CREATE TABLE IF NOT EXISTS `Event` ( "
                       "   `id` INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "   `artifact_id` INT NOT NULL, "
                       "   `execution_id` INT NOT NULL, "
                       "   `type` INT NOT NULL, "
                       "   `milliseconds_since_epoch` INT, "
                       "   UNIQUE(`artifact_id`, `execution_id`, `type`) "
                       " ); "),
        QStringLiteral(" CREATE TABLE IF NOT EXISTS `EventPath` ( "
                       "   `event_id` INT NOT NULL, "
                       "   `is_index_step` TINYINT(1) NOT NULL, "
                       "   `step_index` INT, "
                       "   `step_key` TEXT "
                       " ); "),
        QStringLiteral(" CREATE TABLE IF NOT EXISTS `MLMDEnv` ( "
                       "   `schema_version` INTEGER PRIMARY KEY "
                       " ); "),
        QStringLiteral(" CREATE TABLE IF NOT EXISTS `Association` ( "
                       "   `id` INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "   `context_id` INT NOT NULL, "
                       "   `execution_id` INT NOT NULL, "
                       "   UNIQUE(`context_id`, `execution_id`) "
                       " ); "),
        QStringLiteral(" CREATE TABLE IF NOT EXISTS `Attribution` ( "
                       "   `id` INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "   `context_id` INT NOT NULL, "
                       "   `artifact_id` INT NOT NULL, "
                       "   UNIQUE(`context_id`, `artifact_id`) "
                       " ); "),
    };
}

QString propertyIndex(const char *prefix, const char *table, const char *column)
{
    return QStringLiteral(" CREATE INDEX IF NOT EXISTS `idx_%1_property_%2` "
                          " ON `%3`(`name`, `is_custom_property`, `%4_value`) "
                          " WHERE `%4_value` IS NOT NULL; ")
        .arg(QLatin1String(prefix), QLatin1String(column), QLatin1String(table), QLatin1String(column));
}

QStringList indexDdl()
{
    QStringList list{
        QStringLiteral(" CREATE INDEX IF NOT EXISTS `idx_artifact_uri` ON `Artifact`(`uri`); "),
        QStringLiteral(" CREATE INDEX IF NOT EXISTS `idx_artifact_create_time_since_epoch` "
                       " ON `Artifact`(`create_time_since_epoch`); "),
        QStringLiteral(" CREATE INDEX IF NOT EXISTS `idx_artifact_last_update_time_since_epoch` "
                       " ON `Artifact`(`last_update_time_since_epoch`); "),
        QStringLiteral(" CREATE INDEX IF NOT EXISTS `idx_event_execution_id` ON `Event`(`execution_id`); "),
        QStringLiteral(" CREATE INDEX IF NOT EXISTS `idx_parentcontext_parent_context_id` "
                       " ON `ParentContext`(`parent_context_id`); "),
        QStringLiteral(" CREATE INDEX IF NOT EXISTS `idx_type_name` ON `Type`(`name`); "),
        QStringLiteral(" CREATE INDEX IF NOT EXISTS `idx_execution_create_time_since_epoch` "
                       " ON `Execution`(`create_time_since_epoch`); "),
        QStringLiteral(" CREATE INDEX IF NOT EXISTS `idx_execution_last_update_time_since_epoch` "
                       " ON `Execution`(`last_update_time_since_epoch`); "),
        QStringLiteral(" CREATE INDEX IF NOT EXISTS `idx_context_create_time_since_epoch` "
                       " ON `Context`(`create_time_since_epoch`); "),
        QStringLiteral(" CREATE INDEX IF NOT EXISTS `idx_context_last_update_time_since_epoch` "
                       " ON `Context`(`last_update_time_since_epoch`); "),
        QStringLiteral(" CREATE INDEX IF NOT EXISTS `idx_eventpath_event_id` ON `EventPath`(`event_id`); "),
    };
    for (const char *column : {"int", "double", "string"})
        list << propertyIndex("artifact", "ArtifactProperty", column);
    for (const char *column : {"int", "double", "string"})
        list << propertyIndex("execution", "ExecutionProperty", column);
    for (const char *column : {"int", "double", "string"})
        list << propertyIndex("context", "ContextProperty", column);
    for (const char *table : {"Type", "Artifact", "Execution", "Context"})
        list << QStringLiteral(" CREATE INDEX IF NOT EXISTS `idx_%1_external_id` ON `%2`(`external_id`); ")
                    .arg(QString::fromLatin1(table).toLower(), QLatin1String(table));
    return list;
}

// Our own tables. Version 1: metadata, run archive flags, full metric history, run log lines.
const char *const kOwnV1 =
    "CREATE TABLE IF NOT EXISTS mlwb_meta (key TEXT PRIMARY KEY, value TEXT);"
    "CREATE TABLE IF NOT EXISTS mlwb_run_archive (context_id INTEGER PRIMARY KEY, archived_ms INTEGER NOT NULL);"
    "CREATE TABLE IF NOT EXISTS mlwb_metric_history (context_id INTEGER NOT NULL, key TEXT NOT NULL,"
    " step INTEGER NOT NULL DEFAULT 0, timestamp_ms INTEGER NOT NULL, value DOUBLE, is_nan INTEGER NOT NULL DEFAULT 0);"
    "CREATE INDEX IF NOT EXISTS mlwb_idx_metric_history ON mlwb_metric_history (context_id, key, step);"
    "CREATE TABLE IF NOT EXISTS mlwb_run_log (context_id INTEGER NOT NULL, execution_id INTEGER,"
    " time_ms INTEGER NOT NULL, line TEXT NOT NULL);"
    "CREATE INDEX IF NOT EXISTS mlwb_idx_run_log ON mlwb_run_log (context_id, execution_id);";

} // namespace

QStringList tableNames()
{
    return {QStringLiteral("Type"), QStringLiteral("ParentType"), QStringLiteral("TypeProperty"),
            QStringLiteral("Artifact"), QStringLiteral("ArtifactProperty"), QStringLiteral("Execution"),
            QStringLiteral("ExecutionProperty"), QStringLiteral("Context"), QStringLiteral("ContextProperty"),
            QStringLiteral("ParentContext"), QStringLiteral("Event"), QStringLiteral("EventPath"),
            QStringLiteral("MLMDEnv"), QStringLiteral("Association"), QStringLiteral("Attribution")};
}

Result<Inspection> inspect(SqliteDb &db)
{
    // The first read is where sqlite notices a non-database, a damaged header or a lock.
    auto stmt = db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type='table'"));
    if (!stmt)
        return stmt.error();
    QStringList tables;
    while (stmt->next())
        tables << stmt->columnText(0);
    if (stmt->hasError())
        return stmt->error();

    Inspection info;
    const QStringList names = tableNames();
    for (const QString &name : names) {
        if (!tables.contains(name, Qt::CaseInsensitive))
            info.missing << name;
    }
    QStringList userTables;
    for (const QString &t : std::as_const(tables)) {
        if (!t.startsWith(QLatin1String("sqlite_")))
            userTables << t;
    }
    if (userTables.isEmpty()) {
        info.kind = FileKind::Empty;
        return info;
    }
    if (info.missing.size() == names.size()) {
        info.kind = FileKind::Foreign;
        return info;
    }
    if (!info.missing.isEmpty()) {
        info.kind = FileKind::PartialMlmd;
        return info;
    }
    info.kind = FileKind::Mlmd;
    auto version = db.scalar(QStringLiteral("SELECT schema_version FROM MLMDEnv"));
    if (!version)
        return version.error();
    info.mlmdVersion = version->isValid() ? version->toInt() : 0;
    if (tables.contains(QLatin1String("mlwb_meta"))) {
        auto own = db.scalar(QStringLiteral("SELECT value FROM mlwb_meta WHERE key='schema_version'"));
        if (!own)
            return own.error();
        info.ownVersion = own->toInt();
    }
    return info;
}

Result<void> createMlmd(SqliteDb &db)
{
    Transaction tx(db);
    WB_TRY(tx.begun());
    for (const QString &sql : tableDdl())
        WB_TRY(db.execute(sql));
    for (const QString &sql : indexDdl())
        WB_TRY(db.execute(sql));
    WB_TRY(db.execute(QStringLiteral("INSERT INTO `MLMDEnv`(`schema_version`) VALUES(%1);").arg(kMlmdSchemaVersion)));
    // InitMetadataStore's simple types, in the order ml-metadata upserts them (ids 1-9).
    for (const char *name : {"mlmd.Dataset", "mlmd.Model", "mlmd.Metrics", "mlmd.Statistics"})
        WB_TRY(db.execute(QStringLiteral("INSERT INTO `Type`(`name`, `type_kind`) VALUES('%1', 1);").arg(QLatin1String(name))));
    for (const char *name : {"mlmd.Train", "mlmd.Transform", "mlmd.Process", "mlmd.Evaluate", "mlmd.Deploy"})
        WB_TRY(db.execute(QStringLiteral("INSERT INTO `Type`(`name`, `type_kind`) VALUES('%1', 0);").arg(QLatin1String(name))));
    return tx.commit();
}

Result<void> migrateOwn(SqliteDb &db, int fromVersion)
{
    if (fromVersion >= kOwnSchemaVersion)
        return {};
    Transaction tx(db);
    WB_TRY(tx.begun());
    if (fromVersion < 1)
        WB_TRY(db.execute(QString::fromLatin1(kOwnV1)));
    // Later versions append their steps here: if (fromVersion < 2) ...
    WB_TRY(db.execute(QStringLiteral("INSERT OR REPLACE INTO mlwb_meta(key, value) VALUES('schema_version', '%1')")
                          .arg(kOwnSchemaVersion)));
    return tx.commit();
}

} // namespace wb::store::Internal::MlmdSchema
