// SPDX-License-Identifier: EUPL-1.2
#include "json/JsonDocument.h"
#include "json/JsonWriter.h"

#include <gtest/gtest.h>

using namespace hostreview;
using namespace Qt::StringLiterals;

namespace {
Error parseError(const QByteArray& bytes)
{
    auto r = JsonDocument::parse(bytes);
    EXPECT_FALSE(r.ok()) << bytes.toStdString();
    return r.ok() ? Error() : r.error();
}
} // namespace

TEST(JsonDocumentTest, ReadsValuesAndKeepsMemberOrder)
{
    auto doc = JsonDocument::parse(R"({"b": [1, -2.5e3, true, null], "a": "x\u00e9\n\ud83d\ude00"})");
    ASSERT_TRUE(doc.ok());
    const JsonValue root = doc->root();
    ASSERT_TRUE(root.isObject());
    EXPECT_EQ(root.size(), 2);
    EXPECT_EQ(root.firstChild().key(), u"b"_s);
    const JsonValue b = root.member(u"b");
    EXPECT_EQ(b.size(), 4);
    EXPECT_EQ(b.firstChild().toInteger(), 1);
    EXPECT_DOUBLE_EQ(b.firstChild().nextSibling().toDouble(), -2500.0);
    EXPECT_EQ(root.member(u"a").toString(), u"xé\n😀"_s);
}

TEST(JsonDocumentTest, RefusesDuplicateKeysWithTheirPosition)
{
    const Error e = parseError("{\n  \"a\": 1,\n  \"b\": {\"c\": 1, \"c\": 2}\n}");
    EXPECT_TRUE(e.reason.contains(u"duplicate key \"c\""_s)) << e.reason.toStdString();
    EXPECT_EQ(e.pointer, u"/b/c"_s);
    EXPECT_EQ(e.line, 3);
    EXPECT_EQ(e.column, 17);
}

TEST(JsonDocumentTest, DuplicateKeysAreComparedDecoded)
{
    const Error e = parseError(R"({"a": 1, "\u0061": 2})");
    EXPECT_TRUE(e.reason.contains(u"duplicate key"_s));
}

TEST(JsonDocumentTest, SyntaxErrorsHaveLineAndColumn)
{
    const Error e = parseError("{\n  \"a\": 1\n  \"b\": 2\n}");
    EXPECT_EQ(e.line, 3);
    EXPECT_EQ(e.column, 3);
    EXPECT_TRUE(e.reason.contains(u"',' or '}' was expected"_s)) << e.reason.toStdString();
}

TEST(JsonDocumentTest, ColumnsOfTheFirstLineDoNotCountAByteOrderMark)
{
    // The same error with and without a BOM: an editor shows the same column for both.
    const Error plain = parseError("{\"a\": 1 \"b\": 2}");
    const Error bom = parseError("\xEF\xBB\xBF{\"a\": 1 \"b\": 2}");
    EXPECT_EQ(plain.column, 9); // the "b"
    EXPECT_EQ(bom.line, 1);
    EXPECT_EQ(bom.column, plain.column);
}

TEST(JsonDocumentTest, RefusesInvalidUtf8WithPosition)
{
    const Error e = parseError("{\"a\": \"caf\xC3\"}");
    EXPECT_TRUE(e.reason.contains(u"invalid UTF-8"_s));
    EXPECT_EQ(e.line, 1);
    EXPECT_EQ(e.column, 11);
    EXPECT_FALSE(JsonDocument::parse("\"\xED\xA0\x80\"").ok()) << "an encoded surrogate is not UTF-8";
    EXPECT_FALSE(JsonDocument::parse("\"\xC0\xAF\"").ok()) << "an overlong form is not UTF-8";
}

TEST(JsonDocumentTest, RefusesLoneSurrogatesAndBadEscapes)
{
    EXPECT_TRUE(parseError(R"(["\ud800"])").reason.contains(u"surrogate"_s));
    EXPECT_TRUE(parseError(R"(["\udc00"])").reason.contains(u"surrogate"_s));
    EXPECT_TRUE(parseError(R"(["\x"])").reason.contains(u"escape"_s));
    EXPECT_TRUE(parseError("[\"a\tb\"]").reason.contains(u"control character"_s));
}

TEST(JsonDocumentTest, RefusesMalformedNumbersAndLiterals)
{
    for (const char* bad : {"[01]", "[1.]", "[-]", "[1e]", "[.5]", "[tru]", "[NaN]", "[+1]"})
        EXPECT_FALSE(JsonDocument::parse(bad).ok()) << bad;
}

TEST(JsonDocumentTest, KeepsLargeIntegersExactly)
{
    auto doc = JsonDocument::parse("[12345678901234567890, 9007199254740993]");
    ASSERT_TRUE(doc.ok());
    const JsonValue big = doc->root().firstChild();
    EXPECT_EQ(big.literal(), "12345678901234567890");
    EXPECT_FALSE(big.toInteger().has_value()) << "beyond 2^53 is not an exact integer";
    EXPECT_FALSE(big.nextSibling().toInteger().has_value());
    JsonWriter w(JsonWriter::Style::Compact);
    w.copy(doc->root());
    EXPECT_EQ(w.finish(), "[12345678901234567890,9007199254740993]");
}

TEST(JsonDocumentTest, LimitsNesting)
{
    const QByteArray deep = QByteArray(300, '[') + QByteArray(300, ']');
    EXPECT_TRUE(parseError(deep).reason.contains(u"nested"_s));
    const QByteArray ok = QByteArray(100, '[') + QByteArray(100, ']');
    EXPECT_TRUE(JsonDocument::parse(ok).ok());
}

TEST(JsonDocumentTest, RefusesTrailingDataAndEmptyInput)
{
    EXPECT_TRUE(parseError("{} {}").reason.contains(u"after the end"_s));
    EXPECT_TRUE(parseError("  \n ").reason.contains(u"empty"_s));
}

TEST(JsonDocumentTest, SkipsAByteOrderMark)
{
    auto doc = JsonDocument::parse("\xEF\xBB\xBF{\"a\": 1}");
    ASSERT_TRUE(doc.ok());
    EXPECT_EQ(doc->root().member(u"a").toInteger(), 1);
}

TEST(JsonWriterTest, EscapesAndIndentsTheSameWayEveryTime)
{
    JsonWriter w;
    w.beginObject();
    w.member(u"text", u"a\"b\\c\n\u0001é");
    w.key(u"n");
    w.number(2.5);
    w.key(u"i");
    w.number(3.0);
    w.key(u"empty");
    w.beginArray();
    w.endArray();
    w.endObject();
    EXPECT_EQ(w.finish(),
              "{\n  \"text\": \"a\\\"b\\\\c\\n\\u0001\xC3\xA9\",\n  \"n\": 2.5,\n  \"i\": 3,\n  \"empty\": []\n}\n");
}
