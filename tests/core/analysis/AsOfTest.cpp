// SPDX-License-Identifier: EUPL-1.2
#include "Generator.h"
#include "TestSupport.h"
#include "analysis/DossierQueries.h"
#include "format/DossierReader.h"
#include "storage/ReviewFile.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hostreview;
using namespace hostreview::test;
using namespace Qt::StringLiterals;

namespace {
Dossier minimal()
{
    auto r = DossierReader::read(minimalJson(), u"minimal.json"_s);
    EXPECT_TRUE(r.ok());
    return r.ok() ? *r : Dossier();
}
} // namespace

TEST(AsOfTest, DeadlineInForceChangesOnTheExtensionsDay)
{
    const Dossier d = minimal();
    const DossierQueries q(d);
    EXPECT_EQ(q.deadlineAt(QDate(2024, 2, 1)), QDate(2024, 3, 20)) << "the spec's definition: the bid_deadline";
    // What a bidder knew of: nothing before the opening, the bid deadline from its day.
    EXPECT_EQ(q.announcedDeadlineAt(QDate(2024, 2, 29)), std::nullopt);
    EXPECT_EQ(q.announcedDeadlineAt(QDate(2024, 3, 1)), QDate(2024, 3, 20));
    EXPECT_EQ(q.announcedDeadlineAt(QDate(2024, 3, 18)), QDate(2024, 3, 25));
    EXPECT_EQ(q.deadlineAt(QDate(2024, 3, 17)), QDate(2024, 3, 20));
    EXPECT_EQ(q.deadlineAt(QDate(2024, 3, 18)), QDate(2024, 3, 25)) << "an extension counts from its own day";
    EXPECT_EQ(q.finalDeadline(), QDate(2024, 3, 25));
}

TEST(AsOfTest, RevisionInForceOnEdgeDays)
{
    const Dossier d = minimal();
    const Requirement& r = d.requirements[0];
    EXPECT_EQ(DossierQueries::inForce(r, QDate(2024, 2, 29)), nullptr) << "nothing before rev 1";
    EXPECT_EQ(DossierQueries::inForce(r, QDate(2024, 3, 1))->rev, 1) << "rev 1 on its own day";
    EXPECT_EQ(DossierQueries::inForce(r, QDate(2024, 3, 14))->rev, 1) << "the day before rev 2";
    EXPECT_EQ(DossierQueries::inForce(r, QDate(2024, 3, 15))->rev, 2) << "rev 2 on its own day";
    const DossierQueries q(d);
    EXPECT_EQ(q.requirementsInForce(QDate(2024, 2, 29)).size(), 0);
    EXPECT_EQ(q.requirementsInForce(QDate(2024, 3, 1)).size(), 2);
}

TEST(AsOfTest, WithdrawnRequirementsLeaveTheSetInForce)
{
    QByteArray json = minimalJson();
    json.replace(R"({ "rev": 1, "effective_at": "2024-03-01", "text": "A tested exit plan." })",
                 R"({ "rev": 1, "effective_at": "2024-03-01", "text": "A tested exit plan." },
                    { "rev": 2, "effective_at": "2024-03-12", "status": "withdrawn", "rationale": "merged" })");
    auto d = DossierReader::read(json, u"w.json"_s);
    ASSERT_TRUE(d.ok()) << d.error().toString().toStdString();
    const DossierQueries q(*d);
    EXPECT_EQ(q.requirementsInForce(QDate(2024, 3, 11)).size(), 2);
    EXPECT_EQ(q.requirementsInForce(QDate(2024, 3, 12)).size(), 1);
}

TEST(AsOfTest, AnswersExistFromTheirDayAndGoStaleWhenTheRevisionChanges)
{
    const Dossier d = minimal();
    const DossierQueries q(d);
    EXPECT_FALSE(q.answerAsOf(u"V-1", u"R-1", QDate(2024, 3, 9))) << "the bid was submitted on 03-10";
    const auto a = q.answerAsOf(u"V-1", u"R-1", QDate(2024, 3, 10));
    ASSERT_TRUE(a);
    EXPECT_EQ(a.response->rev, 1);
    EXPECT_FALSE(q.isStale(a, QDate(2024, 3, 14)));
    EXPECT_TRUE(q.isStale(a, QDate(2024, 3, 15))) << "rev 2 is in force from 03-15";
    EXPECT_TRUE(q.isCompliant(u"V-1", d.requirements[0], QDate(2024, 3, 14)));
    EXPECT_FALSE(q.isCompliant(u"V-1", d.requirements[0], QDate(2024, 3, 15)));
    EXPECT_FALSE(q.isCompliant(u"V-2", d.requirements[0], QDate(2024, 3, 23)));
    EXPECT_TRUE(q.isCompliant(u"V-2", d.requirements[0], QDate(2024, 3, 24)));
}

TEST(AsOfTest, ALaterAnswerReplacesAnEarlierOne)
{
    QByteArray json = minimalJson();
    json.replace(R"([ { "requirement": "R-1", "rev": 1, "compliance": "full" },)",
                 R"([ { "requirement": "R-1", "rev": 1, "compliance": "full" },
                      { "requirement": "R-1", "rev": 2, "compliance": "partial", "at": "2024-03-16" },)");
    auto d = DossierReader::read(json, u"a.json"_s);
    ASSERT_TRUE(d.ok()) << d.error().toString().toStdString();
    const DossierQueries q(*d);
    EXPECT_EQ(q.answerAsOf(u"V-1", u"R-1", QDate(2024, 3, 15)).response->rev, 1);
    const auto later = q.answerAsOf(u"V-1", u"R-1", QDate(2024, 3, 16));
    EXPECT_EQ(later.response->rev, 2);
    EXPECT_EQ(later.response->compliance, Compliance::Partial);
    EXPECT_FALSE(q.isStale(later, QDate(2024, 3, 16)));
}

TEST(AsOfTest, AVendorsAnswersAreFoundWhateverTheOrderOfItsBidsAndAnswers)
{
    // V-1 bids again after V-2, answering R-2 before R-1, and answers R-1 twice at one instant.
    QByteArray json = minimalJson();
    json.replace(R"("responses": [ { "requirement": "R-1", "rev": 2, "compliance": "full" } ] })",
                 R"("responses": [ { "requirement": "R-1", "rev": 2, "compliance": "full" } ] },
                    { "id": "B-3", "vendor": "V-1", "submitted_at": "2024-03-12",
                      "responses": [ { "requirement": "R-2", "rev": 1, "compliance": "none" },
                                     { "requirement": "R-1", "rev": 1, "compliance": "partial" },
                                     { "requirement": "R-1", "rev": 1, "compliance": "none" } ] })");
    auto d = DossierReader::read(json, u"b.json"_s);
    ASSERT_TRUE(d.ok()) << d.error().toString().toStdString();
    const DossierQueries q(*d);
    const auto before = q.answerAsOf(u"V-1", u"R-1", QDate(2024, 3, 11));
    ASSERT_TRUE(before);
    EXPECT_EQ(before.bid->id, u"B-1");
    EXPECT_EQ(before.response->compliance, Compliance::Full);
    const auto after = q.answerAsOf(u"V-1", u"R-1", QDate(2024, 3, 12));
    ASSERT_TRUE(after);
    EXPECT_EQ(after.bid->id, u"B-3");
    EXPECT_EQ(after.response->compliance, Compliance::None) << "on a tie, the later one in the file";
    EXPECT_EQ(q.answerAsOf(u"V-1", u"R-2", QDate(2024, 3, 12)).response->compliance, Compliance::None);
    EXPECT_EQ(q.answerAsOf(u"V-2", u"R-1", QDate(2024, 3, 24)).response->rev, 2) << "V-2's answer stays its own";

    const DossierQueries::Span all = q.answersOf(u"V-1", u"R-1");
    QStringList given;
    for (const auto* p = all.begin; p != all.end; ++p)
        given << p->bid->id + u':' + enumName(p->response->compliance);
    EXPECT_EQ(given, QStringList({u"B-1:full"_s, u"B-3:partial"_s, u"B-3:none"_s})) << "in the order they were given";
    EXPECT_EQ(q.requirementIndex(u"R-2", 0), 1) << "found past the place looked at first";
    EXPECT_EQ(q.requirementIndex(u"R-9", 1), -1);
}

TEST(AsOfTest, WithdrawnBidsAnswerNothing)
{
    QByteArray json = minimalJson();
    json.replace(R"("id": "B-1", "vendor": "V-1", "submitted_at": "2024-03-10",)",
                 R"("id": "B-1", "vendor": "V-1", "submitted_at": "2024-03-10", "status": "withdrawn",)");
    auto d = DossierReader::read(json, u"w.json"_s);
    ASSERT_TRUE(d.ok());
    EXPECT_FALSE(DossierQueries(*d).answerAsOf(u"V-1", u"R-1", QDate(2024, 3, 12)));
}

TEST(AsOfTest, DateTimesCountOnTheirCalendarDayInTheDossiersZone)
{
    const QTimeZone paris("Europe/Paris");
    // 23:30 at UTC-2 is 04:30 the next day in Paris.
    EXPECT_EQ(Moment::parse(u"2024-03-14T23:30:00-02:00"_s, paris)->day(), QDate(2024, 3, 15));
    EXPECT_EQ(Moment::parse(u"2024-03-14T23:30:00+01:00"_s, paris)->day(), QDate(2024, 3, 14));
    // 23:30 UTC in summer is 01:30 the next day in Paris (UTC+2).
    EXPECT_EQ(Moment::parse(u"2024-07-01T23:30:00Z"_s, paris)->day(), QDate(2024, 7, 2));
    // The night the clocks change.
    EXPECT_EQ(Moment::parse(u"2024-03-31T01:30:00Z"_s, paris)->day(), QDate(2024, 3, 31));
    const QTimeZone tokyo("Asia/Tokyo");
    EXPECT_EQ(Moment::parse(u"2024-03-14T20:00:00+01:00"_s, tokyo)->day(), QDate(2024, 3, 15));
    EXPECT_FALSE(Moment::parse(u"2024-02-30"_s, paris).ok());
    EXPECT_TRUE(Moment::parse(u"2024-02-29"_s, paris).ok());
    EXPECT_FALSE(Moment::parse(u"2023-02-29"_s, paris).ok());
}

TEST(AsOfTest, ReviewFileSnapshotAgreesWithTheDossierOnEveryDay)
{
    Generator::Options o;
    o.requirements = 300;
    o.vendors = 3;
    o.changes = 600;
    o.seed = 7;
    const Dossier d = Generator::generate(o);
    QTemporaryDir dir;
    auto file = ReviewFile::open(dir.filePath(u"r.db"_s), ReviewFile::Mode::CreateIfMissing);
    ASSERT_TRUE(file.ok());
    ASSERT_TRUE((*file)->importDossier(d, u"generated"_s).ok());
    for (QDate day = QDate(2024, 1, 7); day <= QDate(2024, 2, 25); day = day.addDays(1)) {
        auto rows = (*file)->requirementsAsOf(d.info.id, day);
        ASSERT_TRUE(rows.ok());
        int expected = 0;
        for (const Requirement& r : d.requirements) {
            if (DossierQueries::inForce(r, day))
                ++expected;
        }
        ASSERT_EQ(rows->size(), expected) << day.toString(Qt::ISODate).toStdString();
        for (const RequirementAsOf& row : *rows) {
            const RequirementRevision* rev = DossierQueries::inForce(*d.requirement(row.id), day);
            ASSERT_NE(rev, nullptr);
            EXPECT_EQ(row.rev, rev->rev) << row.id.toStdString() << " on " << day.toString(Qt::ISODate).toStdString();
        }
    }
}
