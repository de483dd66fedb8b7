// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vcs/md5hash.h"

#include "core/base/tr.h"

#include <QFile>

#include <openssl/evp.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include <memory>
#include <vector>

namespace wb::vcs {

namespace {
struct CtxFree
{
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};
using CtxPtr = std::unique_ptr<EVP_MD_CTX, CtxFree>;

QString hexOf(const unsigned char *digest, unsigned len)
{
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(len)).toHex());
}

struct Fd
{
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};
} // namespace

QString md5Hex(const QByteArray &bytes)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned len = 0;
    EVP_Digest(bytes.constData(), size_t(bytes.size()), digest, &len, EVP_md5(), nullptr);
    return hexOf(digest, len);
}

Result<FileDigest> md5OfFile(const QString &path)
{
    Fd file;
    file.fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (file.fd < 0)
        return makeError("unreadable", Tr::tr("Cannot read %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno))));
    ::posix_fadvise(file.fd, 0, 0, POSIX_FADV_SEQUENTIAL);
    CtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_md5(), nullptr) != 1)
        return makeError("hash-failed", Tr::tr("Cannot compute MD5 (OpenSSL's MD5 is unavailable)"));
    constexpr size_t kChunk = size_t(4) << 20;
    std::vector<unsigned char> buffer(kChunk);
    FileDigest out;
    for (;;) {
        const ssize_t n = ::read(file.fd, buffer.data(), kChunk);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return makeError("unreadable", Tr::tr("Cannot read %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno))));
        }
        if (n == 0)
            break;
        EVP_DigestUpdate(ctx.get(), buffer.data(), size_t(n));
        out.size += n;
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned len = 0;
    EVP_DigestFinal_ex(ctx.get(), digest, &len);
    out.md5 = hexOf(digest, len);
    return out;
}

} // namespace wb::vcs
