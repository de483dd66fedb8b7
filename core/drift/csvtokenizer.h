// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace wb::drift {

/// Pull tokenizer over a (possibly gzip-compressed) CSV file read in large blocks through zlib
/// (which passes plain files through). Fields are views valid until the next call.
class CsvTokenizer
{
public:
    CsvTokenizer();
    ~CsvTokenizer();
    CsvTokenizer(const CsvTokenizer &) = delete;
    CsvTokenizer &operator=(const CsvTokenizer &) = delete;

    Result<void> open(const QString &path, char delimiter, std::int64_t maxFieldBytes);
    /// Next non-blank row. Returns false at end of file or on error (check error()).
    bool next(std::vector<std::string_view> &fields);
    const std::optional<Error> &error() const { return m_error; }
    /// 1-based line where the last returned row starts.
    std::int64_t rowLine() const { return m_rowLine; }
    char delimiter() const { return m_delim; }
    double fractionRead() const;
    /// Rough row count from the first block and the file size (0: unknown), to reserve memory.
    std::int64_t estimatedRows() const;

    // Raw access for the reader's fused fast path (csvfastpath.h), which parses plain rows
    // straight from the buffer and leaves everything unusual to next().
    /// Bytes that can be read past the unread data (for 8- and 16-byte loads).
    static constexpr size_t kPadding = 64;
    const char *unread() const { return m_buf.data() + m_begin; }
    size_t unreadSize() const { return m_end - m_begin; }
    /// Marks `bytes` as consumed: `lines` complete lines ending in '\n', none of them blank.
    void consume(size_t bytes, std::int64_t lines)
    {
        m_begin += bytes;
        m_line += lines;
    }

private:
    enum class Step { Row, NeedMore, Fail };
    Step parseRow(std::vector<std::string_view> &fields);
    bool fill();
    void fail(const QString &message);

    struct Gz;
    std::unique_ptr<Gz> m_gz;
    QString m_path;
    std::vector<char> m_buf; ///< data, then kPadding bytes that are never filled
    size_t m_begin = 0, m_end = 0;
    bool m_eof = false;
    bool m_first = true;
    char m_delim = ',';
    bool m_stop[256] = {}; ///< delimiter, '\n' and '\r': bytes that end an unquoted cell
    std::int64_t m_maxField = 0;
    std::int64_t m_line = 1, m_rowLine = 1;
    std::int64_t m_fileSize = 0;
    std::vector<std::string> m_scratch;
    size_t m_scratchUsed = 0;
    std::optional<Error> m_error;
};

} // namespace wb::drift
