// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace hostreview {

// What went wrong, with enough context for a person to find it: the file, the position in it
// (1-based line and column, 0 when unknown), the JSON pointer of the offending value, and why.
struct Error
{
    QString reason;
    QString file;
    QString pointer;
    int line = 0;
    int column = 0;
    // True when the input (a file, an argument) is at fault rather than the system: the CLI
    // exits 2 for these, 1 for other failures.
    bool invalidInput = false;
    // True when the failure is a lock held by another program that did not go away in time: the
    // same action may succeed later.
    bool busy = false;
    // Byte offset in the file, when the producer knows it but not the line (-1 otherwise).
    qint64 offset = -1;

    Error() = default;
    explicit Error(QString why)
        : reason(std::move(why))
    { }

    // An Error of the input (invalidInput set): an action refused because of what it was given.
    static Error input(QString why)
    {
        Error e(std::move(why));
        e.invalidInput = true;
        return e;
    }

    // "file:line:column: /pointer: reason", leaving out the parts that are unknown.
    QString toString() const;
};

// A value or an Error. Core APIs return this instead of throwing, so failures never cross
// signal/slot or event-loop boundaries as exceptions.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_data); }
    const T& value() const& { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Result of an action that returns nothing on success.
template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace hostreview
