// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/bundle/zipentry.h"

#include <QList>
#include <QPair>

namespace wb::bundle {

/// Name of the checksum member inside a package.
inline constexpr char kChecksumsName[] = "SHA256SUMS";

/// (name, lowercase hex sha256) pairs, sorted by name.
using ChecksumList = QList<QPair<QString, QString>>;

/// The `sha256sum` format: one "<hex>  <name>\n" line per member, sorted by name. Directory
/// entries and the SHA256SUMS member itself are left out. `sha256sum -c SHA256SUMS` accepts it.
QByteArray makeSha256Sums(const ZipEntries &entries);

/// Parses that format (also the "<hex> *<name>" binary-mode form); refuses malformed lines and
/// repeated names, naming the line.
Result<ChecksumList> parseSha256Sums(const QByteArray &text);

/// Checks package members against a SHA256SUMS text: every listed member must exist with that
/// hash and every member except SHA256SUMS itself must be listed. The error lists all problems.
Result<void> verifySha256Sums(const QByteArray &sumsText, const ZipEntries &entries);

/// The same for an extracted package folder (files found recursively, relative '/' names).
Result<void> verifySha256SumsInDir(const QByteArray &sumsText, const QString &dir);

} // namespace wb::bundle
