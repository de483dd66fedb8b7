// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <utility>
#include <vector>

namespace wb::manifest {

/// A YAML document as a plain tree with 1-based positions, produced by the yaml-cpp adapter so
/// that no yaml-cpp type (or exception) leaves it. Aliases are expanded into copies, bounded by
/// YamlLimits (an alias bomb or an alias cycle stops with an error instead of eating memory).
struct YamlNode
{
    enum class Kind { Null, Scalar, Sequence, Map };

    Kind kind = Kind::Null;
    QString text;        ///< Scalar: the text as written (after unescaping)
    bool quoted = false; ///< Scalar: quoted or block scalar, or tagged !!str -> always a string
    QString tag;         ///< explicit tag if any ("tag:yaml.org,2002:int"), else empty
    int line = 0;        ///< 1-based
    int column = 0;      ///< 1-based
    std::vector<YamlNode> items;                         ///< Sequence
    std::vector<std::pair<YamlNode, YamlNode>> entries;  ///< Map, in file order (keys unique)

    bool isNull() const { return kind == Kind::Null; }
    bool isScalar() const { return kind == Kind::Scalar; }
    bool isSequence() const { return kind == Kind::Sequence; }
    bool isMap() const { return kind == Kind::Map; }
    /// Map lookup by scalar key; nullptr when absent (or not a map).
    const YamlNode *find(const QString &key) const;

    /// The scalar as typed value, resolved the way PyYAML (what KFP uses) does for plain
    /// scalars: int, float, bool; quoted text stays a string. Null -> invalid QVariant.
    QVariant scalarValue() const;
    /// Generic conversion: maps -> QVariantMap, sequences -> QVariantList, scalars -> scalarValue().
    QVariant toVariant() const;
};

struct YamlLimits
{
    qint64 maxNodes = 1000000; ///< after alias expansion
    int maxDepth = 256;        ///< nesting of collections
};

/// Parses one YAML document. Errors carry "source:line:col: message" (code "yaml-syntax",
/// "duplicate-key", "too-complex", "too-deep"). An empty document gives a Null node.
Result<YamlNode> parseYaml(const QByteArray &bytes, const QString &sourceName,
                           const YamlLimits &limits = {});

} // namespace wb::manifest
