// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace wb {

/// One problem found while parsing or validating. Parsing and validation report every
/// problem at once (a list of these) instead of stopping at the first.
struct Diagnostic
{
    enum class Severity { Error, Warning, Info };

    Severity severity = Severity::Error;
    QString code;    ///< stable identifier, e.g. "cycle", "type-mismatch", "yaml-syntax"
    QString message; ///< translated, user-facing
    QString task;    ///< task name the problem belongs to, if any
    QString file;    ///< source file, if any
    int line = 0;    ///< 1-based, 0 = unknown
    int column = 0;  ///< 1-based, 0 = unknown

    static QString severityName(Severity s);
    QJsonObject toJson() const;
    /// "file:line:col: severity: message [task]" for terminals.
    QString toText() const;
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);

} // namespace wb
