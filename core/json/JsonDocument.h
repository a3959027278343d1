// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "support/Result.h"

#include <QAnyStringView>
#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace hostreview {

class JsonValue;

// A strict, read-only JSON document (RFC 8259) that indexes its source bytes instead of copying
// them, so a 100 MB dossier costs one compact node array. Unlike QJsonDocument it refuses
// duplicate keys, invalid UTF-8 and lone surrogates, keeps number literals exactly as written
// (integers beyond 2^53 are not rounded), and knows where every value starts in the file, so
// errors can name a line and a column.
class JsonDocument
{
public:
    enum class Type : quint8 { Null, Bool, Number, String, Array, Object };

    JsonDocument();

    // Parses bytes. On failure the Error has the reason, the 1-based line and column and, when
    // the parser was inside a value, the JSON pointer of the containing value. A leading UTF-8
    // byte order mark is skipped. Containers nested deeper than maxDepth are refused.
    static Result<JsonDocument> parse(QByteArray bytes, int maxDepth = 256);

    JsonValue root() const;
    const QByteArray& bytes() const;

    // 1-based line and column (counted in Unicode code points) of a byte offset.
    std::pair<int, int> lineColumn(qsizetype offset) const;

    struct Node
    {
        quint32 start = 0;    // first byte of the value (the quote for strings)
        quint32 end = 0;      // one past its last byte
        quint32 keyStart = 0; // the member name's bytes without quotes, for object members
        quint32 keyEnd = 0;
        quint32 firstChild = 0; // 0 = none (node 0 is always the root)
        quint32 nextSibling = 0;
        quint32 count = 0;
        Type type = Type::Null;
        bool escaped = false; // the string contains escapes
        bool keyEscaped = false;
    };
    struct Data
    {
        QByteArray bytes;
        std::vector<Node> nodes;
    };

private:
    std::shared_ptr<const Data> m_data;
    friend class JsonValue;
};

// A light handle to one value of a JsonDocument; valid while the document lives.
class JsonValue
{
public:
    using Type = JsonDocument::Type;

    JsonValue() = default;

    bool isValid() const { return m_data != nullptr; }
    Type type() const;
    bool isNull() const { return isValid() && type() == Type::Null; }
    bool isBool() const { return isValid() && type() == Type::Bool; }
    bool isNumber() const { return isValid() && type() == Type::Number; }
    bool isString() const { return isValid() && type() == Type::String; }
    bool isArray() const { return isValid() && type() == Type::Array; }
    bool isObject() const { return isValid() && type() == Type::Object; }

    bool toBool() const;
    QString toString() const; // decoded; empty for non-strings
    double toDouble() const;  // NaN for a number out of the range of a double (1e400)
    // Whether toDouble() holds the number exactly as written: false for 9007199254740993 (read as
    // ...992), 1e-400 (read as 0) or 0.10000000000000000001; true for 0.1, whose double reads back
    // as 0.1. A stored number must mean what its author wrote.
    bool isExactDouble() const;
    // The integer a number literal denotes, when it is written without fraction or exponent and
    // its magnitude is at most 2^53; nullopt otherwise.
    std::optional<qint64> toInteger() const;
    QByteArrayView literal() const; // the value's bytes as written
    // A string's bytes as written, between the quotes (escapes included); empty for non-strings.
    // Equal bytes decode to equal strings, so readers key caches on them.
    QByteArrayView rawString() const;

    qsizetype size() const; // members or elements
    JsonValue firstChild() const;
    JsonValue nextSibling() const;
    QString key() const; // the member name of an object member
    // Whether the member name is `name`: compared as written, without decoding, unless it has
    // escapes (the reader asks this of every key of a large file).
    bool keyEquals(QAnyStringView name) const;
    // The member name's bytes as written, between the quotes; `escaped` says whether they hold
    // escapes (then key() is the name).
    QByteArrayView rawKey(bool* escaped) const;
    JsonValue member(QAnyStringView key) const; // invalid when absent
    qsizetype offset() const;

    // "object", "array", "string", "number", "boolean" or "null", for error messages.
    static QString typeName(Type type);

private:
    JsonValue(const JsonDocument::Data* data, quint32 index)
        : m_data(data)
        , m_index(index)
    { }
    const JsonDocument::Node& node() const { return m_data->nodes[m_index]; }

    const JsonDocument::Data* m_data = nullptr;
    quint32 m_index = 0;
    friend class JsonDocument;
};

// Decodes the body of a JSON string (without quotes) whose escapes were already validated.
QString decodeJsonString(QByteArrayView raw, bool escaped);

} // namespace hostreview
