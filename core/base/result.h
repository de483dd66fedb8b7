// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace wb {

/// What went wrong, in words a user can act on. `code` is a short stable identifier that
/// tests and JSON output can rely on; `message` is translated prose; `detail` is optional
/// technical context (a file:line, the library's own error text).
struct Error
{
    QString code;
    QString message;
    QString detail;

    /// "message (detail)" or just "message".
    QString text() const { return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')'); }
};

inline Error makeError(QString code, QString message, QString detail = {})
{
    return Error{std::move(code), std::move(message), std::move(detail)};
}

/// Either a value or an Error (C++20 has no std::expected). No exceptions cross library
/// boundaries: adapters around yaml-cpp, libgit2, sqlite3 and cgraph convert into this.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(const T &value) : m_data(value) {}
    Result(T &&value) : m_data(std::move(value)) {}
    Result(const Error &error) : m_data(error) {}
    Result(Error &&error) : m_data(std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(const Error &error) : m_error(error) {}
    Result(Error &&error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using VoidResult = Result<void>;

} // namespace wb

/// Propagate an error from an expression returning any Result<...>.
#define WB_TRY(expr)                                                                               \
    do {                                                                                           \
        auto &&wb_try_result_ = (expr);                                                            \
        if (!wb_try_result_.ok())                                                                  \
            return wb_try_result_.error();                                                         \
    } while (false)
