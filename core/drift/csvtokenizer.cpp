// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/csvtokenizer.h"

#include "core/base/tr.h"

#include <QFileInfo>

#include <zlib.h>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace wb::drift {

// Plain files are read with read(2) straight into our buffer; gzip files through zlib.
struct CsvTokenizer::Gz
{
    gzFile file = nullptr;
    int fd = -1;
    std::int64_t offset = 0;
    ~Gz()
    {
        if (file)
            gzclose(file);
        if (fd >= 0)
            ::close(fd);
    }
};

CsvTokenizer::CsvTokenizer() = default;
CsvTokenizer::~CsvTokenizer() = default;

Result<void> CsvTokenizer::open(const QString &path, char delimiter, std::int64_t maxFieldBytes)
{
    m_path = path;
    m_maxField = maxFieldBytes;
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(QStringLiteral("drift.csv.missing"), Tr::tr("Cannot open %1: the file does not exist").arg(path));
    if (info.isDir())
        return makeError(QStringLiteral("drift.csv.directory"), Tr::tr("Cannot open %1: it is a folder, not a CSV file").arg(path));
    if (!info.isReadable())
        return makeError(QStringLiteral("drift.csv.unreadable"), Tr::tr("Cannot open %1: permission denied").arg(path));
    m_fileSize = info.size();
    m_gz = std::make_unique<Gz>();
    m_gz->fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (m_gz->fd < 0)
        return makeError(QStringLiteral("drift.csv.open"), Tr::tr("Cannot open %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    unsigned char magic[2] = {0, 0};
    const ssize_t nm = ::pread(m_gz->fd, magic, 2, 0);
    if (nm == 2 && magic[0] == 0x1f && magic[1] == 0x8b) {
        m_gz->file = gzdopen(m_gz->fd, "rb");
        m_gz->fd = -1; // owned by zlib now
    }
    if (m_gz->fd < 0 && !m_gz->file)
        return makeError(QStringLiteral("drift.csv.open"), Tr::tr("Cannot open %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    if (m_gz->file)
        gzbuffer(m_gz->file, 1 << 20);
    m_buf.resize((size_t(4) << 20) + kPadding);
    if (!fill())
        return *m_error;
    // UTF-8 byte order mark (pandas drops it from the first header name)
    if (m_end - m_begin >= 3 && std::memcmp(&m_buf[m_begin], "\xEF\xBB\xBF", 3) == 0)
        m_begin += 3;
    if (m_begin == m_end)
        return makeError(QStringLiteral("drift.csv.empty"), Tr::tr("%1 is empty: a CSV file needs a header line and data rows").arg(path));
    if (delimiter) {
        m_delim = delimiter;
    } else {
        // sniff on the first line (outside quotes): the most frequent of , ; tab; ',' on ties
        int counts[3] = {0, 0, 0};
        bool quoted = false;
        for (size_t i = m_begin; i < m_end; ++i) {
            const char c = m_buf[i];
            if (c == '"')
                quoted = !quoted;
            else if (!quoted && (c == '\n' || c == '\r'))
                break;
            else if (!quoted)
                counts[0] += c == ',', counts[1] += c == ';', counts[2] += c == '\t';
        }
        m_delim = ',';
        if (counts[1] > counts[0] && counts[1] >= counts[2])
            m_delim = ';';
        else if (counts[2] > counts[0] && counts[2] > counts[1])
            m_delim = '\t';
    }
    m_stop[static_cast<unsigned char>(m_delim)] = m_stop[static_cast<unsigned char>('\n')] =
        m_stop[static_cast<unsigned char>('\r')] = true;
    return {};
}

std::int64_t CsvTokenizer::estimatedRows() const
{
    // rows in the first block, scaled to the file size (x4 for compressed files)
    const size_t n = std::min(m_end, size_t(1) << 20);
    const std::int64_t lines = std::count(m_buf.data(), m_buf.data() + n, '\n');
    if (lines < 2 || m_fileSize <= 0)
        return 0;
    const double perByte = double(lines) / double(n);
    return std::int64_t(perByte * double(m_fileSize) * (m_gz && m_gz->file ? 4.0 : 1.0) * 1.02) + 16;
}

double CsvTokenizer::fractionRead() const
{
    if (!m_gz || m_fileSize <= 0)
        return 0.0;
    const auto off = m_gz->file ? std::int64_t(gzoffset(m_gz->file)) : m_gz->offset;
    return std::clamp(double(off) / double(m_fileSize), 0.0, 1.0);
}

void CsvTokenizer::fail(const QString &message)
{
    m_error = makeError(QStringLiteral("drift.csv.parse"), message);
}

bool CsvTokenizer::fill()
{
    if (m_eof)
        return true;
    if (m_begin > 0) {
        std::memmove(m_buf.data(), m_buf.data() + m_begin, m_end - m_begin);
        m_end -= m_begin;
        m_begin = 0;
    }
    if (m_end + kPadding == m_buf.size())
        m_buf.resize((m_buf.size() - kPadding) * 2 + kPadding);
    const size_t capacity = m_buf.size() - kPadding;
    while (m_end < capacity) {
        const unsigned want = unsigned(std::min<size_t>(capacity - m_end, 1u << 30));
        int got;
        if (m_gz->file) {
            got = gzread(m_gz->file, m_buf.data() + m_end, want);
        } else {
            ssize_t r;
            do
                r = ::read(m_gz->fd, m_buf.data() + m_end, want);
            while (r < 0 && errno == EINTR);
            if (r < 0) {
                fail(Tr::tr("Cannot read %1 near line %2: %3").arg(m_path).arg(m_line).arg(QString::fromLocal8Bit(std::strerror(errno))));
                return false;
            }
            got = int(r);
            m_gz->offset += r;
        }
        if (got < 0) {
            int errnum = 0;
            const char *msg = gzerror(m_gz->file, &errnum);
            fail(Tr::tr("Cannot read %1 near line %2: %3").arg(m_path).arg(m_line).arg(
                errnum == Z_ERRNO ? QString::fromLocal8Bit(std::strerror(errno))
                                  : Tr::tr("corrupt compressed data (%1)").arg(QString::fromUtf8(msg))));
            return false;
        }
        if (got == 0 && !m_gz->file) {
            m_eof = true;
            break;
        }
        if (got == 0) {
            int errnum = 0;
            const char *msg = gzerror(m_gz->file, &errnum);
            if (errnum != Z_OK && errnum != Z_STREAM_END) {
                fail(Tr::tr("Cannot read %1 near line %2: corrupt or truncated compressed data (%3)")
                         .arg(m_path).arg(m_line).arg(QString::fromUtf8(msg)));
                return false;
            }
            m_eof = true;
            break;
        }
        m_end += size_t(got);
        if (m_end - m_begin >= (size_t(1) << 20))
            break;
    }
    return true;
}

bool CsvTokenizer::next(std::vector<std::string_view> &fields)
{
    if (m_error)
        return false;
    for (;;) {
        const Step s = parseRow(fields);
        if (s == Step::Row)
            return true;
        if (s == Step::Fail)
            return false;
        if (m_eof) // nothing left
            return false;
        if (!fill())
            return false;
    }
}

CsvTokenizer::Step CsvTokenizer::parseRow(std::vector<std::string_view> &fields)
{
    const char *buf = m_buf.data();
    const size_t end = m_end;
    size_t pos = m_begin;
    std::int64_t line = m_line;
    // blank lines are skipped, as pandas does
    while (pos < end && (buf[pos] == '\n' || buf[pos] == '\r')) {
        if (buf[pos] == '\n' || (buf[pos] == '\r' && (pos + 1 >= end || buf[pos + 1] != '\n')))
            ++line;
        ++pos;
    }
    if (pos >= end) {
        if (!m_eof) {
            // keep the line count of skipped blanks only once they are consumed
            m_line = line;
            m_begin = pos;
            return Step::NeedMore;
        }
        m_line = line;
        m_begin = pos;
        return Step::NeedMore;
    }
    fields.clear();
    m_scratchUsed = 0;
    const std::int64_t startLine = line;
    const char d = m_delim;
#ifdef __SSE2__
    const __m128i vDelim = _mm_set1_epi8(d), vNl = _mm_set1_epi8('\n'), vCr = _mm_set1_epi8('\r');
#endif
    for (;;) {
        size_t fieldStart = pos;
        std::string_view value;
        if (buf[pos] == '"') {
            size_t p = pos + 1;
            bool escaped = false;
            size_t close;
            for (;;) {
                const void *q = std::memchr(buf + p, '"', end - p);
                if (!q) {
                    if (std::int64_t(end - fieldStart) > m_maxField)
                        goto tooLong;
                    if (m_eof) {
                        fail(Tr::tr("%1, line %2: a quoted cell is never closed (missing '\"')").arg(m_path).arg(startLine));
                        return Step::Fail;
                    }
                    return Step::NeedMore;
                }
                close = size_t(static_cast<const char *>(q) - buf);
                if (close + 1 >= end && !m_eof)
                    return Step::NeedMore;
                if (close + 1 < end && buf[close + 1] == '"') {
                    escaped = true;
                    p = close + 2;
                    continue;
                }
                break;
            }
            line += std::count(buf + pos + 1, buf + close, '\n');
            // text after the closing quote up to the delimiter is kept (pandas is lenient too)
            size_t after = close + 1;
            while (after < end && buf[after] != d && buf[after] != '\n' && buf[after] != '\r')
                ++after;
            if (after >= end && !m_eof)
                return Step::NeedMore;
            if (escaped || after > close + 1) {
                if (m_scratchUsed == m_scratch.size())
                    m_scratch.emplace_back();
                std::string &s = m_scratch[m_scratchUsed++];
                s.clear();
                for (size_t i = pos + 1; i < close; ++i) {
                    s.push_back(buf[i]);
                    if (buf[i] == '"')
                        ++i; // "" -> "
                }
                s.append(buf + close + 1, after - close - 1);
                value = s;
            } else {
                value = std::string_view(buf + pos + 1, close - pos - 1);
            }
            pos = after;
        } else {
            size_t p = pos;
#ifdef __SSE2__
            // 16 bytes at a time: first delimiter, '\n' or '\r'
            while (p + 16 <= end) {
                const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(buf + p));
                const int hit = _mm_movemask_epi8(_mm_or_si128(
                    _mm_or_si128(_mm_cmpeq_epi8(x, vDelim), _mm_cmpeq_epi8(x, vNl)), _mm_cmpeq_epi8(x, vCr)));
                if (hit) {
                    p += size_t(__builtin_ctz(unsigned(hit)));
                    break;
                }
                p += 16;
            }
#endif
            while (p < end && !m_stop[static_cast<unsigned char>(buf[p])])
                ++p;
            if (p >= end && !m_eof) {
                if (std::int64_t(p - fieldStart) > m_maxField)
                    goto tooLong;
                return Step::NeedMore;
            }
            value = std::string_view(buf + pos, p - pos);
            pos = p;
        }
        if (std::int64_t(value.size()) > m_maxField)
            goto tooLong;
        fields.push_back(value);
        if (pos >= end)
            break; // end of file ends the row
        if (buf[pos] == d) {
            ++pos;
            if (pos >= end && !m_eof)
                return Step::NeedMore;
            if (pos >= end || buf[pos] == '\n' || buf[pos] == '\r') {
                fields.push_back(std::string_view());
                if (pos >= end)
                    break;
            } else {
                continue;
            }
        }
        // line end
        if (buf[pos] == '\r') {
            if (pos + 1 >= end && !m_eof)
                return Step::NeedMore;
            ++pos;
            if (pos < end && buf[pos] == '\n')
                ++pos;
        } else {
            ++pos;
        }
        ++line;
        break;
    }
    m_rowLine = startLine;
    m_line = line;
    m_begin = pos;
    m_first = false;
    return Step::Row;
tooLong:
    fail(Tr::tr("%1, line %2: a cell is longer than the limit of %3 MB; is this really a CSV file?")
             .arg(m_path).arg(startLine).arg(double(m_maxField) / (1024.0 * 1024.0), 0, 'f', 1));
    return Step::Fail;
}

} // namespace wb::drift
