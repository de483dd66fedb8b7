// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vcs/gitsupport_p.h"

namespace wb::vcs::detail {

Error gitError(const QString &code, const QString &message)
{
    const git_error *e = git_error_last();
    return makeError(code, message, e && e->message ? QString::fromUtf8(e->message).trimmed() : QString());
}

QString oidToString(const git_oid &oid)
{
    char buf[GIT_OID_HEXSZ + 1];
    git_oid_tostr(buf, sizeof buf, &oid);
    return QString::fromLatin1(buf);
}

} // namespace wb::vcs::detail
