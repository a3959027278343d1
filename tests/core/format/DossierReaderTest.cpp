// SPDX-License-Identifier: EUPL-1.2
#include "format/DossierReader.h"
#include "TestSupport.h"
#include "storage/ReviewFile.h"
#include "support/Language.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hostreview;
using namespace hostreview::test;
using namespace Qt::StringLiterals;

namespace {

struct BadCase
{
    const char* name;
    const char* find; // replaced in minimalJson(); empty: the replacement is the whole file
    const char* replace;
    const char* pointer; // expected JSON pointer ("" when only a position is known)
    const char* reason;  // a part of the expected reason
};

// Every way a dossier can be wrong that the spec names, and more.
const BadCase s_cases[] = {
    {"invalid_utf8", "Test dossier", "Test \xFF dossier", "", "invalid UTF-8"},
    {"syntax_missing_comma", "\"version\": 1,", "\"version\": 1", "", "was expected"},
    {"duplicate_key",
     "\"title\": \"Test dossier\",",
     "\"title\": \"Test dossier\", \"title\": \"Again\",",
     "/dossier/title",
     "duplicate key"},
    {"unknown_top_level_key", "\"version\": 1,", "\"version\": 1, \"extra\": true,", "/extra", "unknown key"},
    {"unknown_nested_key",
     "\"mandatory\": true, \"weight\": 3,",
     "\"mandatory\": true, \"wieght\": 3,",
     "/requirements/0/revisions/0/wieght",
     "unknown key"},
    {"wrong_type_title", "\"title\": \"Test dossier\"", "\"title\": 5", "/dossier/title", "string expected"},
    {"wrong_type_sources",
     "\"sources\": [ { \"id\": \"S-1\", \"title\": \"Consultation document\", \"kind\": \"consultation_document\" } ]",
     "\"sources\": \"none\"",
     "/sources",
     "array expected"},
    {"missing_dossier",
     "",
     R"({"format": "hostreview-dossier", "version": 1})",
     "/",
     "missing required key \"dossier\""},
    {"wrong_format", "\"hostreview-dossier\"", "\"other-format\"", "/format", "not a HostReview dossier"},
    {"unsupported_version", "\"version\": 1", "\"version\": 2", "/version", "unsupported version 2"},
    {"invalid_date",
     "\"at\": \"2024-03-20\"",
     "\"at\": \"2024-13-01\"",
     "/events/1/at",
     "date 2024-13-01 is not a valid date"},
    {"date_time_without_offset",
     "\"at\": \"2024-03-20\"",
     "\"at\": \"2024-03-20T10:00:00\"",
     "/events/1/at",
     "is not a date"},
    {"invalid_id", "\"id\": \"R-2\"", "\"id\": \"R 2\"", "/requirements/1/id", "not a valid id"},
    {"id_too_long",
     "\"id\": \"R-2\"",
     "\"id\": \"R-2222222222222222222222222222222222222222222222222222222222222222\"",
     "/requirements/1/id",
     "not a valid id"},
    {"duplicate_requirement_id",
     "\"id\": \"R-2\"",
     "\"id\": \"R-1\"",
     "/requirements/1/id",
     "duplicate requirement id R-1"},
    {"dangling_vendor", "\"vendor\": \"V-1\"", "\"vendor\": \"V-X\"", "/bids/0/vendor", "unknown vendor id V-X"},
    {"dangling_source",
     "\"weight\": 3, \"source\": \"S-1\"",
     "\"weight\": 3, \"source\": \"S-9\"",
     "/requirements/0/revisions/0/source",
     "unknown source id S-9"},
    {"dangling_response_rev",
     "\"requirement\": \"R-2\", \"rev\": 1",
     "\"requirement\": \"R-2\", \"rev\": 3",
     "/bids/0/responses/1/rev",
     "rev 3 of requirement R-2 does not exist"},
    {"dangling_response_requirement",
     "\"requirement\": \"R-2\", \"rev\": 1",
     "\"requirement\": \"R-9\", \"rev\": 1",
     "/bids/0/responses/1/requirement",
     "unknown requirement id R-9"},
    {"revision_gap",
     "{ \"rev\": 2, \"effective_at\": \"2024-03-15\"",
     "{ \"rev\": 3, \"effective_at\": \"2024-03-15\"",
     "/requirements/0/revisions/1/rev",
     "rev 3 follows rev 1"},
    {"revisions_not_starting_at_1",
     "\"revisions\": [ { \"rev\": 1, \"effective_at\": \"2024-03-01\", \"text\": \"A tested",
     "\"revisions\": [ { \"rev\": 2, \"effective_at\": \"2024-03-01\", \"text\": \"A tested",
     "/requirements/1/revisions/0/rev",
     "start at rev 1"},
    {"effective_date_decreasing",
     "{ \"rev\": 2, \"effective_at\": \"2024-03-15\"",
     "{ \"rev\": 2, \"effective_at\": \"2024-02-15\"",
     "/requirements/0/revisions/1/effective_at",
     "never decrease"},
    {"negative_weight",
     "\"weight\": 3,",
     "\"weight\": -3,",
     "/requirements/0/revisions/0/weight",
     "must not be negative"},
    // Out of the range of a double: it was read as 0, which let a negative weight through.
    {"negative_weight_out_of_range",
     "\"weight\": 3,",
     "\"weight\": -1e400,",
     "/requirements/0/revisions/0/weight",
     "number -1e400 is out of range"},
    {"price_out_of_range", "\"amount\": 1200000.5", "\"amount\": 1e400", "/bids/1/price/amount", "out of range"},
    {"extension_without_new_deadline",
     ", \"new_deadline\": \"2024-03-25\"",
     "",
     "/events/2",
     "requires \"new_deadline\""},
    {"unknown_procedure",
     "\"procedure\": \"consultation\"",
     "\"procedure\": \"tender\"",
     "/dossier/procedure",
     "\"tender\" is not one of"},
    {"unknown_compliance",
     "\"compliance\": \"full\" },",
     "\"compliance\": \"yes\" },",
     "/bids/0/responses/0/compliance",
     "\"yes\" is not one of"},
    {"dangling_selected_vendor",
     "\"selected_vendor\": \"V-2\"",
     "\"selected_vendor\": \"V-3\"",
     "/decision/selected_vendor",
     "unknown vendor id V-3"},
    {"unknown_time_zone",
     "\"procedure\": \"consultation\"",
     "\"procedure\": \"consultation\", \"timezone\": \"Mars/Olympus\"",
     "/dossier/timezone",
     "not a known IANA time zone"},
    // Qt reads a POSIX rule as a zone; it is not an IANA name.
    {"posix_rule_as_time_zone",
     "\"procedure\": \"consultation\"",
     "\"procedure\": \"consultation\", \"timezone\": \"XYZ-3\"",
     "/dossier/timezone",
     "not a known IANA time zone"},
    // Qt accepts a fixed offset as a zone; it is not an IANA name.
    {"offset_as_time_zone",
     "\"procedure\": \"consultation\"",
     "\"procedure\": \"consultation\", \"timezone\": \"UTC+01:00\"",
     "/dossier/timezone",
     "\"UTC+01:00\" is not a known IANA time zone"},
    {"fractional_rev",
     "{ \"rev\": 2, \"effective_at\": \"2024-03-15\"",
     "{ \"rev\": 2.5, \"effective_at\": \"2024-03-15\"",
     "/requirements/0/revisions/1/rev",
     "not an integer"},
    {"empty_revisions",
     "\"revisions\": [ { \"rev\": 1, \"effective_at\": \"2024-03-01\", \"text\": \"A tested exit plan.\" } ]",
     "\"revisions\": []",
     "/requirements/1/revisions",
     "at least one revision"},
    {"extensions_not_an_object", "\"x\": {", "\"x\": [ {", "", "was expected"},
    {"duplicate_key_in_extensions",
     "\"big\": 12345678901234567890,",
     "\"big\": 1, \"big\": 2,",
     "/x/org.example/big",
     "duplicate key"},
    {"trailing_data", "", "{} []", "", "after the end"},
    {"root_not_object", "", "[1, 2]", "/", "object expected"},
    {"bad_country_code", "\"country\": \"FR\"", "\"country\": \"FRA\"", "/vendors/0/country", "alpha-2"},
    // Two letters that name no country: "XX" is user-assigned, "EU" a grouping.
    {"unassigned_country_code", "\"country\": \"FR\"", "\"country\": \"XX\"", "/vendors/0/country", "alpha-2"},
    {"grouping_as_country",
     "\"parent_country\": \"US\"",
     "\"parent_country\": \"EU\"",
     "/vendors/1/parent_country",
     "\"EU\" is not an ISO 3166-1 alpha-2 country code"},
    {"lone_surrogate", "Exit plan", "Exit \\ud800 plan", "", "surrogate"},
    {"unknown_language",
     "\"procedure\": \"consultation\"",
     "\"procedure\": \"consultation\", \"language\": \"de\"",
     "/dossier/language",
     "\"de\" is not one of"},
    {"duplicate_opening",
     "{ \"id\": \"E-DL\", \"kind\": \"bid_deadline\"",
     "{ \"id\": \"E-DL\", \"kind\": \"consultation_opened\"",
     "/events/1/kind",
     "only one"},
    {"new_deadline_on_other_event",
     "\"kind\": \"bid_deadline\", \"at\": \"2024-03-20\"",
     "\"kind\": \"bid_deadline\", \"at\": \"2024-03-20\", \"new_deadline\": \"2024-03-30\"",
     "/events/1/new_deadline",
     "only to deadline_extended"},
    {"missing_required_vendor_name", "\"name\": \"Vendor Two\",", "", "/vendors/1", "missing required key \"name\""},
    {"negative_price", "\"amount\": 1200000.5", "\"amount\": -1", "/bids/1/price/amount", "must not be negative"},
    {"null_for_string", "\"title\": \"Encryption\"", "\"title\": null", "/requirements/0/title", "string expected"},
};

QByteArray mutate(const BadCase& c)
{
    if (QByteArrayView(c.find).isEmpty())
        return QByteArray(c.replace);
    QByteArray json = minimalJson();
    const qsizetype at = json.indexOf(c.find);
    EXPECT_GE(at, 0) << c.name << ": pattern not found";
    EXPECT_EQ(json.indexOf(c.find, at + 1), -1) << c.name << ": pattern not unique";
    json.replace(at, qstrlen(c.find), c.replace);
    return json;
}

class InvalidDossierTest : public ::testing::TestWithParam<BadCase>
{ };

TEST_P(InvalidDossierTest, IsRefusedWithPointerAndReasonAndStoresNothing)
{
    const BadCase& c = GetParam();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString bad = dir.filePath(u"bad.json"_s);
    writeAll(bad, mutate(c));

    auto r = DossierReader::readFile(bad);
    ASSERT_FALSE(r.ok()) << c.name << " was accepted";
    const Error& e = r.error();
    EXPECT_EQ(e.file, bad);
    EXPECT_TRUE(e.invalidInput);
    EXPECT_GT(e.line, 0) << c.name << ": no line";
    EXPECT_GT(e.column, 0) << c.name << ": no column";
    if (QByteArrayView(c.pointer).size() > 0) {
        EXPECT_EQ(e.pointer, QString::fromUtf8(c.pointer)) << c.name << ": " << e.toString().toStdString();
    }
    EXPECT_TRUE(e.reason.contains(QString::fromUtf8(c.reason))) << c.name << ": " << e.toString().toStdString();

    // Through the CLI, into a review file that already holds a dossier: exit 2, the message on
    // stderr, and the review file's bytes unchanged.
    const QString review = dir.filePath(u"review.db"_s);
    writeAll(dir.filePath(u"good.json"_s), minimalJson());
    ASSERT_EQ(runCli({u"import"_s, dir.filePath(u"good.json"_s), u"--into"_s, review}), 0);
    const QByteArray before = readAll(review);
    QString out, err;
    EXPECT_EQ(runCli({u"import"_s, bad, u"--into"_s, review}, &out, &err), 2);
    EXPECT_TRUE(err.contains(bad)) << err.toStdString();
    if (QByteArrayView(c.pointer).size() > 0) {
        EXPECT_TRUE(err.contains(QString::fromUtf8(c.pointer))) << err.toStdString();
    }
    EXPECT_EQ(readAll(review), before) << "the review file changed";
    auto file = ReviewFile::open(review, ReviewFile::Mode::OpenExisting);
    ASSERT_TRUE(file.ok());
    EXPECT_EQ((*file)->dossiers()->size(), 1);
}

INSTANTIATE_TEST_SUITE_P(Refused, InvalidDossierTest, ::testing::ValuesIn(s_cases), [](const auto& info) {
    return std::string(info.param.name);
});

} // namespace

TEST(DossierReaderTest, AcceptsTheMinimalDossierWithDefaults)
{
    auto r = DossierReader::read(minimalJson(), u"minimal.json"_s);
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    const Dossier& d = *r;
    EXPECT_EQ(d.info.id, u"T-1"_s);
    EXPECT_EQ(d.info.timezoneOrDefault(), u"Europe/Paris"_s);
    EXPECT_EQ(d.requirements.size(), 2);
    EXPECT_FALSE(d.requirements[1].revisions[0].isMandatory()) << "mandatory defaults to false";
    EXPECT_EQ(d.requirements[1].revisions[0].weightOrDefault(), 1.0) << "weight defaults to 1";
    EXPECT_TRUE(d.requirements[1].revisions[0].isActive()) << "status defaults to active";
    EXPECT_EQ(d.bids[0].statusOrDefault(), BidStatus::Submitted);
    EXPECT_TRUE(d.extensions.contains("12345678901234567890")) << "x is kept verbatim";
}

TEST(DossierReaderTest, OnlyFormatVersionAndDossierAreRequired)
{
    auto r = DossierReader::read(
        R"({"format": "hostreview-dossier", "version": 1, "dossier": {"id": "D", "title": "T"}, "decision": null})",
        u"tiny.json"_s);
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_TRUE(r->requirements.isEmpty());
    EXPECT_FALSE(r->decision.has_value());
}

TEST(DossierReaderTest, RefusesAFileOverTheSizeLimitBeforeReadingIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"big.json"_s);
    writeAll(path, minimalJson());
    auto r = DossierReader::readFile(path, 100);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().reason.contains(u"over the limit"_s)) << r.error().reason.toStdString();
}

TEST(DossierReaderTest, ErrorMessageNamesFilePositionPointerAndReason)
{
    QByteArray json = minimalJson();
    json.replace("\"at\": \"2024-03-20\"", "\"at\": \"2023-13-01\"");
    auto r = DossierReader::read(json, u"case.json"_s);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().toString(), u"case.json:9:51: /events/1/at: date 2023-13-01 is not a valid date"_s);
}

TEST(DossierReaderTest, AnAnswerToAMissingRevisionIsShownAtItsNumberInEitherLanguage)
{
    QByteArray json = minimalJson();
    const QByteArray find = "\"requirement\": \"R-2\", \"rev\": 1";
    ASSERT_GE(json.indexOf(find), 0);
    json.replace(find, "\"requirement\": \"R-2\",\n        \"rev\": 3");
    // Where the 3 is: its line and column (1-based).
    const qsizetype at = json.indexOf("\"rev\": 3") + qsizetype(qstrlen("\"rev\": "));
    const int line = int(json.left(at).count('\n')) + 1;
    const int column = int(at - json.lastIndexOf('\n', at - 1));
    for (const QString& lang : {u"en"_s, u"fr"_s}) {
        ASSERT_TRUE(Language::install(lang));
        auto r = DossierReader::read(json, u"bad.json"_s);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().pointer.section(u'/', -1), u"rev"_s) << lang.toStdString();
        EXPECT_EQ(r.error().line, line) << lang.toStdString();
        EXPECT_EQ(r.error().column, column) << lang.toStdString();
    }
    Language::install(u"en"_s);
}
