// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "json/JsonDocument.h"

#include <QAnyStringView>
#include <QByteArray>
#include <QStringView>

#include <vector>

namespace hostreview {

// Writes JSON in a fixed layout: members in the order they are written (not sorted, unlike
// QJsonDocument), two-space indentation or compact, UTF-8 kept as is, numbers in their shortest
// exact form. The same calls always give the same bytes, which is what makes exports comparable
// byte for byte.
class JsonWriter
{
public:
    enum class Style { Indented, Compact };
    explicit JsonWriter(Style style = Style::Indented);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QAnyStringView name);

    void string(QStringView value);
    void boolean(bool value);
    void integer(qint64 value);
    void number(double value); // integral values within 2^53 are written without a fraction
    void null();
    // A number already in JSON syntax, written as given ("29.0": a fixed number of decimals).
    void numberText(const QByteArray& literal);
    // Copies a parsed value verbatim in content (number literals as written, member order kept).
    void copy(const JsonValue& value);

    // Convenience: key then value.
    void member(QAnyStringView name, QStringView value)
    {
        key(name);
        string(value);
    }

    // The document written so far, with a final newline in the indented style.
    QByteArray finish();

private:
    void beforeValue();
    void newline();
    void appendEscaped(QStringView value);

    struct Frame
    {
        bool isObject;
        int count = 0;
    };

    QByteArray m_out;
    std::vector<Frame> m_stack;
    Style m_style;
    bool m_afterKey = false;
};

} // namespace hostreview
