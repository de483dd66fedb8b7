// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <utility>
#include <vector>

namespace wb::manifest {

/// A tree to be written as YAML: ordered maps, sequences, typed scalars. `flow` writes the node
/// (and everything under it) on one line, `{a: 1, b: [x, y]}`. Deterministic and YAML-free:
/// strings that would read back as another type (numbers, booleans, null) are quoted, so
/// writing and reading with parseYaml() gives the same values back.
struct YamlOut
{
    enum class Kind { Scalar, Map, Sequence };
    Kind kind = Kind::Scalar;
    QVariant scalar;  ///< invalid = null
    std::vector<std::pair<QString, YamlOut>> entries;
    std::vector<YamlOut> items;
    bool flow = false;

    static YamlOut value(const QVariant &v) { YamlOut o; o.scalar = v; return o; }
    static YamlOut map(bool flow = false) { YamlOut o; o.kind = Kind::Map; o.flow = flow; return o; }
    static YamlOut sequence(bool flow = false) { YamlOut o; o.kind = Kind::Sequence; o.flow = flow; return o; }
    /// Converts QVariantMap / QVariantList / scalars (maps come out sorted by key).
    static YamlOut fromVariant(const QVariant &v, bool flow = false);

    YamlOut &add(const QString &key, YamlOut v) { entries.emplace_back(key, std::move(v)); return entries.back().second; }
    YamlOut &append(YamlOut v) { items.push_back(std::move(v)); return items.back(); }
};

/// Writes a YamlOut map or sequence as a block-style document ending in a newline.
QByteArray writeYaml(const YamlOut &root);

/// A scalar as YAML text (plain when that reads back as the same string, else quoted).
QString yamlScalar(const QVariant &v);

} // namespace wb::manifest
