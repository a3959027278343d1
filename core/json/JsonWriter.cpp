// SPDX-License-Identifier: EUPL-1.2
#include "json/JsonWriter.h"

#include <QLocale>

#include <cmath>

namespace hostreview {

JsonWriter::JsonWriter(Style style)
    : m_style(style)
{ }

void JsonWriter::newline()
{
    if (m_style == Style::Compact)
        return;
    m_out += '\n';
    m_out.append(static_cast<qsizetype>(m_stack.size() * 2), ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_stack.empty()) {
        if (m_stack.back().count++ > 0)
            m_out += ',';
        newline();
    }
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_stack.push_back(Frame{true});
}

void JsonWriter::endObject()
{
    const bool empty = m_stack.back().count == 0;
    m_stack.pop_back();
    if (!empty)
        newline();
    m_out += '}';
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_stack.push_back(Frame{false});
}

void JsonWriter::endArray()
{
    endObject(); // same layout
    m_out.back() = ']';
}

void JsonWriter::key(QAnyStringView name)
{
    beforeValue();
    appendEscaped(name.toString());
    m_out += m_style == Style::Compact ? ":" : ": ";
    m_afterKey = true;
}

void JsonWriter::string(QStringView value)
{
    beforeValue();
    appendEscaped(value);
}

void JsonWriter::boolean(bool value)
{
    beforeValue();
    m_out += value ? "true" : "false";
}

void JsonWriter::integer(qint64 value)
{
    beforeValue();
    m_out += QByteArray::number(value);
}

void JsonWriter::numberText(const QByteArray& literal)
{
    beforeValue();
    m_out += literal;
}

void JsonWriter::number(double value)
{
    constexpr double limit = 9007199254740992.0; // 2^53
    if (std::isfinite(value) && std::floor(value) == value && std::fabs(value) <= limit) {
        integer(static_cast<qint64>(value));
        return;
    }
    beforeValue();
    if (!std::isfinite(value)) {
        m_out += "null"; // JSON has no infinities; callers validate before writing
        return;
    }
    m_out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

void JsonWriter::null()
{
    beforeValue();
    m_out += "null";
}

void JsonWriter::copy(const JsonValue& value)
{
    switch (value.type()) {
    case JsonValue::Type::Object:
        beginObject();
        for (JsonValue c = value.firstChild(); c.isValid(); c = c.nextSibling()) {
            key(c.key());
            copy(c);
        }
        endObject();
        break;
    case JsonValue::Type::Array:
        beginArray();
        for (JsonValue c = value.firstChild(); c.isValid(); c = c.nextSibling())
            copy(c);
        endArray();
        break;
    case JsonValue::Type::String:
        string(value.toString());
        break;
    case JsonValue::Type::Number:
    case JsonValue::Type::Bool:
    case JsonValue::Type::Null:
        beforeValue();
        m_out += value.literal();
        break;
    }
}

void JsonWriter::appendEscaped(QStringView value)
{
    m_out += '"';
    qsizetype runStart = 0;
    auto flush = [&](qsizetype end) {
        if (end > runStart)
            m_out += value.sliced(runStart, end - runStart).toUtf8();
    };
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        flush(i);
        switch (c) {
        case u'"':
            m_out += "\\\"";
            break;
        case u'\\':
            m_out += "\\\\";
            break;
        case u'\n':
            m_out += "\\n";
            break;
        case u'\r':
            m_out += "\\r";
            break;
        case u'\t':
            m_out += "\\t";
            break;
        case u'\b':
            m_out += "\\b";
            break;
        case u'\f':
            m_out += "\\f";
            break;
        default:
            m_out += "\\u00";
            m_out += QByteArray::number(c, 16).rightJustified(2, '0');
        }
        runStart = i + 1;
    }
    flush(value.size());
    m_out += '"';
}

QByteArray JsonWriter::finish()
{
    if (m_style == Style::Indented && !m_out.endsWith('\n'))
        m_out += '\n';
    return m_out;
}

} // namespace hostreview
