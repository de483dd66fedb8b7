// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QByteArray>
#include <QVariant>

namespace wb::store {

/// ML Metadata stores google.protobuf.Struct values as
/// `"mlmd-struct::" + base64(serialized Struct)` in `string_value`. This is a minimal,
/// hand-written protobuf wire-format codec for exactly Struct / Value / ListValue (no protobuf
/// dependency): Struct -> QVariantMap, ListValue -> QVariantList, number -> double,
/// string -> QString, bool -> bool, null -> QVariant::fromValue(nullptr).
namespace StructCodec {

inline constexpr char kPrefix[] = "mlmd-struct::";

bool isStructString(const QString &value);
/// Decodes a full "mlmd-struct::..." string.
Result<QVariantMap> decodeString(const QString &value);
/// Decodes serialized Struct bytes.
Result<QVariantMap> decodeStruct(const QByteArray &bytes);
/// Encodes a map as serialized Struct bytes / as the full "mlmd-struct::..." string.
QByteArray encodeStruct(const QVariantMap &map);
QString encodeString(const QVariantMap &map);

} // namespace StructCodec
} // namespace wb::store
