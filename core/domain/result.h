#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace oversight {

/// Why an operation failed. The code drives behaviour (the CLI's exit code, a dialog's icon); the message is
/// translated and meant for the clerk; the detail is technical (a driver message, a path) and may be empty.
struct Error
{
    enum class Code
    {
        Invalid,  ///< the input was rejected; nothing was written
        NotFound, ///< the record asked for does not exist
        Conflict, ///< the write would break a rule of the data (a duplicate name, a record in use)
        Storage,  ///< the database could not be read or written
        Locked,   ///< another program holds the database
        TooNew,   ///< the file was written by a newer version of the program
        Outdated, ///< the file has an older schema and was opened read-only, so it was not upgraded
        Damaged,  ///< the file is not a database of ours or is corrupt
        Io,       ///< a file could not be read or written
    };

    Code code = Code::Invalid;
    QString message;
    QString detail;
    QString field; ///< the field at fault, when one is (a member name such as "name" or "contactPhone")

    /// Message and detail on one line, for logs and the command line.
    [[nodiscard]] QString fullText() const
    {
        return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')');
    }
};

/// A value or an Error. Core's API returns these; no exception crosses a layer.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    [[nodiscard]] bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] const T &value() const & { return std::get<0>(m_data); }
    [[nodiscard]] T &value() & { return std::get<0>(m_data); }
    [[nodiscard]] T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    [[nodiscard]] const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(Error::Code code, QString message, QString detail = {})
{
    return Error{code, std::move(message), std::move(detail), {}};
}

inline Error fieldError(QString field, QString message)
{
    return Error{Error::Code::Invalid, std::move(message), {}, std::move(field)};
}

} // namespace oversight
