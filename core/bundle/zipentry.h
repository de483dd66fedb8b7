// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace wb::bundle {

/// One member of a package archive, held in memory.
struct ZipEntry
{
    QString name; ///< relative, '/'-separated, e.g. "pipeline.yaml", "components/train.yaml"
    QByteArray data;
};

using ZipEntries = QList<ZipEntry>;

/// KFP's upload limit (backend common.MaxFileLength = 32 << 20); see formats/kfp.md (c).
inline constexpr qint64 kKfpMaxPackageSize = qint64(32) << 20;

/// Limits applied when reading archives from anywhere (an imported package is untrusted).
struct ZipLimits
{
    int maxEntries = 10000;
    qint64 maxTotalUncompressed = qint64(512) << 20;
    qint64 maxEntrySize = qint64(256) << 20;
    /// Highest uncompressed:compressed ratio accepted for an entry...
    double maxRatio = 100.0;
    /// ...once the entry is larger than this: tiny files of repeated text legitimately
    /// compress far better than 100:1, and cannot be a bomb.
    qint64 ratioMinSize = qint64(1) << 20;
};

} // namespace wb::bundle
