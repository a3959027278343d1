// SPDX-License-Identifier: EUPL-1.2
#include "json/JsonDocument.h"

#include <QCoreApplication>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>

using namespace Qt::StringLiterals;

namespace hostreview {

namespace {

// Returns the offset of the first byte that is not part of valid UTF-8 (overlong forms,
// surrogates and code points above U+10FFFF are invalid), or -1.
qsizetype firstInvalidUtf8(const QByteArray& bytes)
{
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        quint32 cp = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (int k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return -1;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

class JsonParser
{
    Q_DECLARE_TR_FUNCTIONS(hostreview::JsonParser)

public:
    JsonParser(JsonDocument::Data& data, int maxDepth)
        : m_data(data)
        , m_s(data.bytes.constData())
        , m_n(data.bytes.size())
        , m_maxDepth(maxDepth)
    { }

    Status run()
    {
        if (m_n >= 3 && std::memcmp(m_s, "\xEF\xBB\xBF", 3) == 0)
            m_pos = 3;
        skipSpace();
        if (m_pos >= m_n)
            return fail(tr("the file is empty: a JSON value was expected"));
        // One node per value, and every value but the root follows a '[', a '{' (its first
        // member) or a ',': their count bounds the node count, so the array is allocated once and
        // never moved. Commas inside strings only make the bound looser, and the pages of an
        // allocation never written are never resident, so the slack costs address space only.
        size_t bound = 1;
        for (qsizetype i = m_pos; i < m_n; ++i) {
            const char c = m_s[i];
            bound += size_t(c == ',') + size_t(c == '[') + size_t(c == '{');
        }
        m_data.nodes.reserve(bound);
        if (!parseValue(0))
            return m_error;
        skipSpace();
        if (m_pos < m_n)
            return fail(tr("unexpected data after the end of the JSON value"));
        return {};
    }

private:
    struct Level
    {
        bool isObject;
        quint32 index = 0;
        QByteArrayView key;
        bool keyEscaped = false;
    };

    Status fail(const QString& reason)
    {
        m_error = Error(reason);
        m_error.pointer = currentPointer();
        m_failed = true;
        return m_error;
    }
    bool failed(const QString& reason)
    {
        (void)fail(reason);
        return false;
    }

    QString currentPointer() const
    {
        QString p;
        for (const Level& l : m_path) {
            p += u'/';
            if (l.isObject) {
                QString k = decodeJsonString(l.key, l.keyEscaped);
                k.replace(u"~"_s, u"~0"_s).replace(u"/"_s, u"~1"_s);
                p += k;
            } else {
                p += QString::number(l.index);
            }
        }
        return p;
    }

    void skipSpace()
    {
        while (m_pos < m_n) {
            const char c = m_s[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_pos;
        }
    }

    quint32 addNode(JsonDocument::Type type)
    {
        JsonDocument::Node node;
        node.type = type;
        node.start = static_cast<quint32>(m_pos);
        m_data.nodes.push_back(node);
        return static_cast<quint32>(m_data.nodes.size() - 1);
    }

    bool parseValue(int depth)
    {
        if (m_pos >= m_n)
            return failed(tr("unexpected end of file: a value was expected"));
        const char c = m_s[m_pos];
        switch (c) {
        case '{':
        case '[':
            if (depth >= m_maxDepth)
                return failed(tr("values are nested more than %1 levels deep").arg(m_maxDepth));
            return c == '{' ? parseObject(depth) : parseArray(depth);
        case '"': {
            const quint32 idx = addNode(JsonDocument::Type::String);
            bool escaped = false;
            if (!scanString(&escaped))
                return false;
            m_data.nodes[idx].end = static_cast<quint32>(m_pos);
            m_data.nodes[idx].escaped = escaped;
            return true;
        }
        case 't':
            return parseLiteral("true", JsonDocument::Type::Bool);
        case 'f':
            return parseLiteral("false", JsonDocument::Type::Bool);
        case 'n':
            return parseLiteral("null", JsonDocument::Type::Null);
        default:
            if (c == '-' || (c >= '0' && c <= '9'))
                return parseNumber();
            return failed(tr("unexpected character '%1': a value was expected").arg(printable(c)));
        }
    }

    static QString printable(char c)
    {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u >= 0x7F)
            return u"\\x"_s + QString::number(u, 16).rightJustified(2, u'0');
        return QString(QLatin1Char(c));
    }

    bool parseLiteral(const char* word, JsonDocument::Type type)
    {
        const auto len = static_cast<qsizetype>(std::strlen(word));
        if (m_pos + len > m_n || std::memcmp(m_s + m_pos, word, static_cast<size_t>(len)) != 0)
            return failed(tr("invalid literal: a value was expected"));
        const quint32 idx = addNode(type);
        m_pos += len;
        m_data.nodes[idx].end = static_cast<quint32>(m_pos);
        return true;
    }

    bool parseNumber()
    {
        const quint32 idx = addNode(JsonDocument::Type::Number);
        auto digit = [this] { return m_pos < m_n && m_s[m_pos] >= '0' && m_s[m_pos] <= '9'; };
        if (m_s[m_pos] == '-')
            ++m_pos;
        if (!digit())
            return failed(tr("invalid number: a digit was expected"));
        if (m_s[m_pos] == '0') {
            ++m_pos;
            if (digit())
                return failed(tr("invalid number: leading zeros are not allowed"));
        } else {
            while (digit())
                ++m_pos;
        }
        if (m_pos < m_n && m_s[m_pos] == '.') {
            ++m_pos;
            if (!digit())
                return failed(tr("invalid number: a digit was expected after the decimal point"));
            while (digit())
                ++m_pos;
        }
        if (m_pos < m_n && (m_s[m_pos] == 'e' || m_s[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_n && (m_s[m_pos] == '+' || m_s[m_pos] == '-'))
                ++m_pos;
            if (!digit())
                return failed(tr("invalid number: a digit was expected in the exponent"));
            while (digit())
                ++m_pos;
        }
        m_data.nodes[idx].end = static_cast<quint32>(m_pos);
        return true;
    }

    // m_pos is on the opening quote; leaves m_pos after the closing quote.
    bool scanString(bool* escaped)
    {
        ++m_pos;
        while (true) {
            if (m_pos >= m_n)
                return failed(tr("unexpected end of file inside a string"));
            const auto c = static_cast<unsigned char>(m_s[m_pos]);
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (c < 0x20)
                return failed(tr("control character %1 must be escaped inside a string").arg(printable(char(c))));
            if (c != '\\') {
                ++m_pos;
                continue;
            }
            *escaped = true;
            if (m_pos + 1 >= m_n)
                return failed(tr("unexpected end of file inside a string"));
            const char e = m_s[m_pos + 1];
            if (std::strchr("\"\\/bfnrt", e) != nullptr && e != '\0') {
                m_pos += 2;
                continue;
            }
            if (e != 'u')
                return failed(tr("invalid escape sequence \\%1 in a string").arg(printable(e)));
            const int unit = readHex4(m_pos + 2);
            if (unit < 0)
                return failed(tr("invalid \\u escape: four hexadecimal digits were expected"));
            // A NUL cuts text short in C APIs, terminals and PDF: no text of a dossier holds one.
            if (unit == 0)
                return failed(tr("\\u0000 (the NUL character) is not allowed in text"));
            if (unit >= 0xDC00 && unit <= 0xDFFF)
                return failed(tr("invalid \\u escape: a low surrogate without a high surrogate"));
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                const int low =
                    (m_pos + 7 < m_n && m_s[m_pos + 6] == '\\' && m_s[m_pos + 7] == 'u') ? readHex4(m_pos + 8) : -1;
                if (low < 0xDC00 || low > 0xDFFF)
                    return failed(tr("invalid \\u escape: a high surrogate without a low surrogate"));
                m_pos += 12;
            } else {
                m_pos += 6;
            }
        }
    }

    int readHex4(qsizetype at) const
    {
        if (at + 4 > m_n)
            return -1;
        int v = 0;
        for (int k = 0; k < 4; ++k) {
            const int h = hexValue(m_s[at + k]);
            if (h < 0)
                return -1;
            v = v * 16 + h;
        }
        return v;
    }

    void link(quint32 parent, quint32& last, quint32 child)
    {
        auto& p = m_data.nodes[parent];
        if (p.count == 0)
            p.firstChild = child;
        else
            m_data.nodes[last].nextSibling = child;
        last = child;
        ++p.count;
    }

    bool parseArray(int depth)
    {
        const quint32 idx = addNode(JsonDocument::Type::Array);
        ++m_pos;
        skipSpace();
        quint32 last = 0;
        m_path.push_back(Level{false, 0, {}, false});
        if (m_pos < m_n && m_s[m_pos] == ']') {
            ++m_pos;
        } else {
            while (true) {
                m_path.back().index = m_data.nodes[idx].count;
                skipSpace();
                const auto child = static_cast<quint32>(m_data.nodes.size());
                if (!parseValue(depth + 1))
                    return false;
                link(idx, last, child);
                skipSpace();
                if (m_pos >= m_n)
                    return failed(tr("unexpected end of file: ',' or ']' was expected"));
                if (m_s[m_pos] == ',') {
                    ++m_pos;
                    continue;
                }
                if (m_s[m_pos] == ']') {
                    ++m_pos;
                    break;
                }
                return failed(tr("unexpected character '%1': ',' or ']' was expected").arg(printable(m_s[m_pos])));
            }
        }
        m_path.pop_back();
        m_data.nodes[idx].end = static_cast<quint32>(m_pos);
        return true;
    }

    bool parseObject(int depth)
    {
        const quint32 idx = addNode(JsonDocument::Type::Object);
        ++m_pos;
        skipSpace();
        quint32 last = 0;
        m_path.push_back(Level{true, 0, {}, false});
        // Member names seen so far, decoded to UTF-8 when they contain escapes.
        std::vector<QByteArray> seen;
        if (m_pos < m_n && m_s[m_pos] == '}') {
            ++m_pos;
        } else {
            while (true) {
                skipSpace();
                if (m_pos >= m_n || m_s[m_pos] != '"') {
                    if (m_pos >= m_n)
                        return failed(tr("unexpected end of file: a member name was expected"));
                    return failed(tr("unexpected character '%1': a member name in double quotes was expected")
                                      .arg(printable(m_s[m_pos])));
                }
                const qsizetype keyStart = m_pos + 1;
                bool keyEscaped = false;
                if (!scanString(&keyEscaped))
                    return false;
                const QByteArrayView keyRaw(m_s + keyStart, m_pos - 1 - keyStart);
                QByteArray keyUtf8 = keyEscaped ? decodeJsonString(keyRaw, true).toUtf8() : keyRaw.toByteArray();
                m_path.back().key = keyRaw;
                m_path.back().keyEscaped = keyEscaped;
                for (const QByteArray& k : seen) {
                    if (k == keyUtf8) {
                        m_pos = keyStart - 1;
                        return failed(tr("duplicate key \"%1\": a key may appear only once in an object")
                                          .arg(QString::fromUtf8(keyUtf8)));
                    }
                }
                seen.push_back(std::move(keyUtf8));
                skipSpace();
                if (m_pos >= m_n || m_s[m_pos] != ':')
                    return failed(tr("':' was expected after the member name"));
                ++m_pos;
                skipSpace();
                const auto child = static_cast<quint32>(m_data.nodes.size());
                if (!parseValue(depth + 1))
                    return false;
                m_data.nodes[child].keyStart = static_cast<quint32>(keyStart);
                m_data.nodes[child].keyEnd = static_cast<quint32>(keyStart + keyRaw.size());
                m_data.nodes[child].keyEscaped = keyEscaped;
                link(idx, last, child);
                skipSpace();
                if (m_pos >= m_n)
                    return failed(tr("unexpected end of file: ',' or '}' was expected"));
                if (m_s[m_pos] == ',') {
                    ++m_pos;
                    continue;
                }
                if (m_s[m_pos] == '}') {
                    ++m_pos;
                    break;
                }
                return failed(tr("unexpected character '%1': ',' or '}' was expected").arg(printable(m_s[m_pos])));
            }
        }
        m_path.pop_back();
        m_data.nodes[idx].end = static_cast<quint32>(m_pos);
        return true;
    }

public:
    qsizetype position() const { return m_pos; }

private:
    JsonDocument::Data& m_data;
    const char* m_s;
    qsizetype m_n;
    int m_maxDepth;
    qsizetype m_pos = 0;
    std::vector<Level> m_path;
    Error m_error;
    bool m_failed = false;
};

JsonDocument::JsonDocument()
    : m_data(std::make_shared<Data>())
{ }

Result<JsonDocument> JsonDocument::parse(QByteArray bytes, int maxDepth)
{
    auto data = std::make_shared<Data>();
    data->bytes = std::move(bytes);
    JsonDocument doc;
    if (data->bytes.size() > qsizetype(std::numeric_limits<quint32>::max() - 1)) {
        return Error(QCoreApplication::translate("hostreview::JsonParser", "the file is larger than 4 GiB"));
    }
    const qsizetype bad = firstInvalidUtf8(data->bytes);
    if (bad >= 0) {
        doc.m_data = data;
        Error e(QCoreApplication::translate("hostreview::JsonParser", "invalid UTF-8 byte 0x%1")
                    .arg(QString::number(static_cast<unsigned char>(data->bytes.at(bad)), 16).toUpper()));
        std::tie(e.line, e.column) = doc.lineColumn(bad);
        return e;
    }
    JsonParser parser(*data, maxDepth);
    Status st = parser.run();
    doc.m_data = data;
    if (!st.ok()) {
        Error e = st.error();
        std::tie(e.line, e.column) = doc.lineColumn(parser.position());
        return e;
    }
    return doc;
}

JsonValue JsonDocument::root() const
{
    if (m_data->nodes.empty())
        return {};
    return JsonValue(m_data.get(), 0);
}

const QByteArray& JsonDocument::bytes() const
{
    return m_data->bytes;
}

std::pair<int, int> JsonDocument::lineColumn(qsizetype offset) const
{
    const QByteArray& b = m_data->bytes;
    offset = std::clamp<qsizetype>(offset, 0, b.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (b.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    int column = 1;
    // A leading byte order mark is no character an editor shows: columns count from after it.
    if (lineStart == 0 && b.startsWith("\xEF\xBB\xBF") && offset >= 3)
        lineStart = 3;
    for (qsizetype i = lineStart; i < offset; ++i) {
        if ((static_cast<unsigned char>(b.at(i)) & 0xC0) != 0x80)
            ++column;
    }
    return {line, column};
}

JsonValue::Type JsonValue::type() const
{
    return node().type;
}

bool JsonValue::toBool() const
{
    return isBool() && m_data->bytes.at(node().start) == 't';
}

QString JsonValue::toString() const
{
    if (!isString())
        return {};
    const auto& n = node();
    return decodeJsonString(QByteArrayView(m_data->bytes.constData() + n.start + 1, n.end - n.start - 2), n.escaped);
}

QByteArrayView JsonValue::rawString() const
{
    if (!isString())
        return {};
    const auto& n = node();
    return QByteArrayView(m_data->bytes.constData() + n.start + 1, n.end - n.start - 2);
}

QByteArrayView JsonValue::literal() const
{
    if (!isValid())
        return {};
    const auto& n = node();
    return QByteArrayView(m_data->bytes.constData() + n.start, n.end - n.start);
}

double JsonValue::toDouble() const
{
    if (!isNumber())
        return 0;
    // A valid JSON number that does not convert is out of the range of a double (1e400): NaN,
    // which readers refuse as out of range (it was 0, which let -1e400 pass as a weight of 0).
    bool ok = false;
    const double d = literal().toByteArray().toDouble(&ok);
    return ok ? d : std::numeric_limits<double>::quiet_NaN();
}

namespace {

// A decimal number as its significant digits (no leading or trailing zero) and the power of ten
// of the last one: "120.50" and "1.205e2" both give ("1205", -1). Zero gives ("0", 0).
std::pair<std::string, long long> normalisedDecimal(std::string_view text)
{
    std::string digits;
    long long exponent = 0;
    size_t i = (!text.empty() && (text[0] == '-' || text[0] == '+')) ? 1 : 0;
    bool fraction = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '.') {
            fraction = true;
        } else if (c == 'e' || c == 'E') {
            long long e = 0;
            const char* from = text.data() + i + 1;
            if (*from == '+')
                ++from;
            const auto [end, ec] = std::from_chars(from, text.data() + text.size(), e);
            (void)end;
            // A larger exponent is out of any double's range, which toDouble() already says.
            exponent += ec == std::errc() ? std::clamp(e, -100000LL, 100000LL) : 100000LL;
            break;
        } else {
            digits += c;
            if (fraction)
                --exponent;
        }
    }
    const size_t first = digits.find_first_not_of('0');
    if (first == std::string::npos)
        return {"0", 0};
    digits.erase(0, first);
    while (digits.back() == '0') {
        digits.pop_back();
        ++exponent;
    }
    return {digits, exponent};
}

} // namespace

bool JsonValue::isExactDouble() const
{
    const double d = toDouble();
    if (!isNumber() || !std::isfinite(d))
        return false;
    char shortest[64];
    const auto [end, ec] = std::to_chars(shortest, shortest + sizeof shortest, d); // shortest that reads back as d
    if (ec != std::errc())
        return false;
    const QByteArrayView lit = literal();
    return normalisedDecimal(std::string_view(shortest, size_t(end - shortest))) ==
           normalisedDecimal(std::string_view(lit.data(), size_t(lit.size())));
}

std::optional<qint64> JsonValue::toInteger() const
{
    if (!isNumber())
        return std::nullopt;
    const QByteArrayView lit = literal();
    for (char c : lit) {
        if (c == '.' || c == 'e' || c == 'E')
            return std::nullopt;
    }
    if (lit.size() > 18)
        return std::nullopt;
    bool ok = false;
    const qint64 v = lit.toByteArray().toLongLong(&ok);
    constexpr qint64 limit = qint64(1) << 53;
    if (!ok || v > limit || v < -limit)
        return std::nullopt;
    return v;
}

qsizetype JsonValue::size() const
{
    return isValid() ? node().count : 0;
}

JsonValue JsonValue::firstChild() const
{
    if (!isValid() || node().count == 0)
        return {};
    return JsonValue(m_data, node().firstChild);
}

JsonValue JsonValue::nextSibling() const
{
    if (!isValid() || node().nextSibling == 0)
        return {};
    return JsonValue(m_data, node().nextSibling);
}

QString JsonValue::key() const
{
    if (!isValid())
        return {};
    const auto& n = node();
    return decodeJsonString(QByteArrayView(m_data->bytes.constData() + n.keyStart, n.keyEnd - n.keyStart),
                            n.keyEscaped);
}

QByteArrayView JsonValue::rawKey(bool* escaped) const
{
    if (!isValid()) {
        *escaped = false;
        return {};
    }
    const auto& n = node();
    *escaped = n.keyEscaped;
    return QByteArrayView(m_data->bytes.constData() + n.keyStart, n.keyEnd - n.keyStart);
}

bool JsonValue::keyEquals(QAnyStringView name) const
{
    if (!isValid())
        return false;
    const auto& n = node();
    if (n.keyEscaped)
        return QAnyStringView::compare(key(), name) == 0;
    const QByteArrayView raw(m_data->bytes.constData() + n.keyStart, n.keyEnd - n.keyStart);
    // A UTF-8 or ASCII name is the same bytes as the key when it is the same string: compared as
    // bytes (Qt compares UTF-8 with Latin-1 character by character).
    return name.visit([&](auto view) {
        using View = decltype(view);
        if constexpr (std::is_same_v<View, QUtf8StringView>) {
            return raw == QByteArrayView(view.data(), view.size());
        } else if constexpr (std::is_same_v<View, QLatin1StringView>) {
            const QByteArrayView bytes(view.data(), view.size());
            const auto ascii = [&] {
                return std::all_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) < 0x80; });
            };
            if (raw.size() == bytes.size() && raw == bytes)
                return ascii() || QAnyStringView::compare(QUtf8StringView(raw), view) == 0;
            return !ascii() && QAnyStringView::compare(QUtf8StringView(raw), view) == 0;
        } else {
            return QAnyStringView::compare(QUtf8StringView(raw), view) == 0;
        }
    });
}

JsonValue JsonValue::member(QAnyStringView name) const
{
    if (!isObject())
        return {};
    for (JsonValue c = firstChild(); c.isValid(); c = c.nextSibling()) {
        if (c.keyEquals(name))
            return c;
    }
    return {};
}

qsizetype JsonValue::offset() const
{
    return isValid() ? node().start : 0;
}

QString JsonValue::typeName(Type type)
{
    switch (type) {
    case Type::Null:
        return u"null"_s;
    case Type::Bool:
        return u"boolean"_s;
    case Type::Number:
        return u"number"_s;
    case Type::String:
        return u"string"_s;
    case Type::Array:
        return u"array"_s;
    case Type::Object:
        return u"object"_s;
    }
    return {};
}

QString decodeJsonString(QByteArrayView raw, bool escaped)
{
    if (!escaped)
        return QString::fromUtf8(raw);
    QString out;
    out.reserve(raw.size());
    qsizetype i = 0;
    qsizetype runStart = 0;
    auto flush = [&](qsizetype end) {
        if (end > runStart)
            out += QString::fromUtf8(raw.sliced(runStart, end - runStart));
    };
    while (i < raw.size()) {
        if (raw[i] != '\\') {
            ++i;
            continue;
        }
        flush(i);
        const char e = raw[i + 1];
        switch (e) {
        case 'b':
            out += u'\b';
            break;
        case 'f':
            out += u'\f';
            break;
        case 'n':
            out += u'\n';
            break;
        case 'r':
            out += u'\r';
            break;
        case 't':
            out += u'\t';
            break;
        case 'u': {
            int v = 0;
            for (int k = 0; k < 4; ++k)
                v = v * 16 + hexValue(raw[i + 2 + k]);
            out += QChar(char16_t(v));
            i += 6;
            runStart = i;
            continue;
        }
        default:
            out += QLatin1Char(e);
        }
        i += 2;
        runStart = i;
    }
    flush(raw.size());
    return out;
}

} // namespace hostreview
