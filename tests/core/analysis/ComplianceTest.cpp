// SPDX-License-Identifier: EUPL-1.2
#include "analysis/Compliance.h"
#include "TestSupport.h"
#include "format/AnalysisProfile.h"
#include "format/DossierReader.h"

#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace hostreview;
using namespace hostreview::test;
using namespace Qt::StringLiterals;

namespace {

Dossier minimal()
{
    auto d = DossierReader::read(minimalJson(), u"minimal.json"_s);
    EXPECT_TRUE(d.ok());
    return d.ok() ? *d : Dossier();
}

CellState stateOf(const ComplianceMatrix& m, const QString& requirement, const QString& vendor)
{
    for (qsizetype r = 0; r < m.rows().size(); ++r) {
        for (qsizetype c = 0; c < m.vendors().size(); ++c) {
            if (m.rows()[r].requirement->id == requirement && m.vendors()[c]->id == vendor)
                return m.cell(r, c).state;
        }
    }
    ADD_FAILURE() << "no cell " << requirement.toStdString() << " x " << vendor.toStdString();
    return CellState::NoAnswer;
}

const VendorScore& scoreOf(const ComplianceMatrix& m, const QString& vendor)
{
    for (const VendorScore& s : m.scores()) {
        if (s.vendor->id == vendor)
            return s;
    }
    static const VendorScore none;
    ADD_FAILURE() << "no score for " << vendor.toStdString();
    return none;
}

} // namespace

// The minimal dossier: R-1 (mandatory; rev 1 weight 3 from 1 March, rev 2 weight 5 from 15 March),
// R-2 (weight 1, optional). B-1 (V-1) on 10 March: R-1 rev 1 full, R-2 partial; B-2 (V-2) on
// 24 March: R-1 rev 2 full.
TEST(ComplianceTest, AnAnswerGoesStaleWhenANewRevisionComesIntoForce)
{
    const Dossier d = minimal();
    const DossierQueries q(d);
    EXPECT_EQ(stateOf(ComplianceMatrix::compute(q, QDate(2024, 3, 9)), u"R-1"_s, u"V-1"_s), CellState::NoAnswer)
        << "the bid is not submitted yet";
    EXPECT_EQ(stateOf(ComplianceMatrix::compute(q, QDate(2024, 3, 14)), u"R-1"_s, u"V-1"_s), CellState::Full);
    EXPECT_EQ(stateOf(ComplianceMatrix::compute(q, QDate(2024, 3, 15)), u"R-1"_s, u"V-1"_s), CellState::Stale)
        << "rev 2 is in force from the 15th, the day included";
    const ComplianceMatrix late = ComplianceMatrix::compute(q, QDate(2024, 3, 24));
    EXPECT_EQ(stateOf(late, u"R-1"_s, u"V-2"_s), CellState::Full);
    EXPECT_EQ(stateOf(late, u"R-2"_s, u"V-1"_s), CellState::Partial);
    EXPECT_EQ(stateOf(late, u"R-2"_s, u"V-2"_s), CellState::NoAnswer);
}

TEST(ComplianceTest, ScoresCountFullAsTheWeightInForcePartialAsHalfAndStaleAsNothing)
{
    const Dossier d = minimal();
    const DossierQueries q(d);
    const ComplianceMatrix before = ComplianceMatrix::compute(q, QDate(2024, 3, 14));
    const VendorScore& v1 = scoreOf(before, u"V-1"_s);
    EXPECT_DOUBLE_EQ(v1.maxScore, 3 + 1) << "rev 1's weight 3, and R-2's default 1";
    EXPECT_DOUBLE_EQ(v1.score, 3 + 0.5);
    EXPECT_EQ(v1.mandatoryMet, 1);
    EXPECT_EQ(v1.mandatoryTotal, 1);

    const ComplianceMatrix after = ComplianceMatrix::compute(q, QDate(2024, 3, 24));
    const VendorScore& stale = scoreOf(after, u"V-1"_s);
    EXPECT_DOUBLE_EQ(stale.maxScore, 5 + 1) << "the weight of the revision in force";
    EXPECT_DOUBLE_EQ(stale.score, 0.5) << "the stale full answer counts 0, the partial one half";
    EXPECT_EQ(stale.mandatoryMet, 0);
    EXPECT_EQ(stale.stale, 1);
    const VendorScore& v2 = scoreOf(after, u"V-2"_s);
    EXPECT_DOUBLE_EQ(v2.score, 5);
    EXPECT_EQ(v2.mandatoryMet, 1);
    EXPECT_EQ(v2.unanswered, 1);
    EXPECT_NEAR(v2.percent(), 100.0 * 5 / 6, 1e-9);
}

TEST(ComplianceTest, TheDemoMatrixAsOfThreeDays)
{
    const Dossier d = demoDossier();
    const DossierQueries q(d);
    // 11 December: OVHcloud has answered (its bid is of that day), Microsoft not yet.
    const ComplianceMatrix first = ComplianceMatrix::compute(q, QDate(2023, 12, 11));
    EXPECT_EQ(stateOf(first, u"TEC-02"_s, u"V-OVH"_s), CellState::Full);
    EXPECT_EQ(stateOf(first, u"TEC-02"_s, u"V-MSFT-IE"_s), CellState::NoAnswer);
    EXPECT_EQ(scoreOf(first, u"V-MSFT-IE"_s).score, 0);
    // 14 December: TEC-02 (12th) and FUN-02 (14th) changed after OVHcloud answered.
    const ComplianceMatrix second = ComplianceMatrix::compute(q, QDate(2023, 12, 14));
    EXPECT_EQ(stateOf(second, u"TEC-02"_s, u"V-OVH"_s), CellState::Stale);
    EXPECT_EQ(stateOf(second, u"FUN-02"_s, u"V-OVH"_s), CellState::Stale);
    EXPECT_EQ(scoreOf(second, u"V-OVH"_s).stale, 2);
    // 18 December, the final deadline: NumSpot's bid was withdrawn, so it has no answer at all.
    const ComplianceMatrix last = ComplianceMatrix::compute(q, QDate(2023, 12, 18));
    EXPECT_EQ(stateOf(last, u"SOV-01"_s, u"V-MSFT-IE"_s), CellState::None);
    EXPECT_EQ(stateOf(last, u"SOV-01"_s, u"V-OVH"_s), CellState::Full);
    EXPECT_EQ(scoreOf(last, u"V-NUMSPOT"_s).unanswered, int(last.rows().size()));
    // Every score is the sum over the rows it is computed from.
    for (const VendorScore& s : last.scores()) {
        double max = 0;
        for (const MatrixRow& r : last.rows())
            max += r.inForce->weightOrDefault();
        EXPECT_DOUBLE_EQ(s.maxScore, max);
        EXPECT_EQ(s.full + s.partial + s.none + s.stale + s.unanswered, int(last.rows().size()));
    }
    EXPECT_GT(scoreOf(last, u"V-OVH"_s).score, scoreOf(last, u"V-MSFT-IE"_s).score)
        << "the disqualified bid scored higher than the selected one";
}

TEST(ComplianceTest, TheVendorSeesWhatChangedSinceItAnsweredAndWhatToAnswerAgain)
{
    const Dossier d = minimal();
    const DossierQueries q(d);
    auto p = VendorPerspective::compute(q, u"V-1"_s, QDate(2024, 3, 20));
    ASSERT_TRUE(p.ok());
    ASSERT_EQ(p->changedSinceAnswered().size(), 1);
    EXPECT_EQ(p->changedSinceAnswered().front().requirement->id, u"R-1"_s);
    EXPECT_EQ(p->changedSinceAnswered().front().answered->rev, 1);
    EXPECT_EQ(p->changedSinceAnswered().front().inForce->rev, 2);
    ASSERT_EQ(p->toAnswer().size(), 1);
    EXPECT_TRUE(p->deadline().has_value());
    EXPECT_TRUE(p->toText().contains(u"R-1: you answered rev 1"_s)) << p->toText().toStdString();
    // With what changed in the text, word by word.
    EXPECT_TRUE(p->toText().contains(u"words: AES-256 at rest{+, keys in an HSM+}."_s)) << p->toText().toStdString();

    const QList<QByteArray> lines = p->toCsv().split('\n');
    ASSERT_GE(lines.size(), 3);
    EXPECT_TRUE(lines[0].startsWith("vendor,requirement,title,mandatory,weight,rev_in_force,rev_answered"));
    EXPECT_EQ(lines[1].trimmed(), "V-1,R-1,Encryption,yes,5,2,1,full,2024-03-10,B-1,stale,");
    EXPECT_EQ(lines[2].trimmed(), "V-1,R-2,Exit plan,no,1,1,1,partial,2024-03-10,B-1,current,secret plan");

    auto unknown = VendorPerspective::compute(q, u"V-9"_s, QDate(2024, 3, 20));
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().reason.contains(u"V-9"_s));
}

TEST(ComplianceTest, ExposedLawsComeFromTheVendorsCountryOrItsParents)
{
    const Dossier d = minimal();
    const AnalysisProfile p = AnalysisProfile::defaults();
    EXPECT_TRUE(exposedLaws(*d.vendor(u"V-1"), p.exposedJurisdictions).isEmpty()) << "FR";
    EXPECT_EQ(exposedLaws(*d.vendor(u"V-2"), p.exposedJurisdictions), p.exposedJurisdictions.value(u"US"_s))
        << "an Irish subsidiary of a US parent";
}

TEST_F(DemoReviewFileTest, TheMatrixAndVendorCommandsSayTheSame)
{
    QString out, err;
    ASSERT_EQ(
        runCli({u"matrix"_s, m_review, u"--dossier"_s, u"EMC2-2023"_s, u"--as-of"_s, u"2023-12-14"_s}, &out, &err), 0)
        << err.toStdString();
    EXPECT_TRUE(out.contains(u"Compliance as of 14 December 2023"_s)) << out.toStdString();
    EXPECT_TRUE(out.contains(u"V-OVH OvHcloud"_s, Qt::CaseInsensitive)) << out.toStdString();
    const QString csv = m_dir.filePath(u"ovh.csv"_s);
    ASSERT_EQ(runCli({u"vendor"_s,
                      m_review,
                      u"--dossier"_s,
                      u"EMC2-2023"_s,
                      u"--vendor"_s,
                      u"V-OVH"_s,
                      u"--as-of"_s,
                      u"2023-12-14"_s,
                      u"--csv"_s,
                      csv},
                     &out,
                     &err),
              0)
        << err.toStdString();
    // TEC-02 and FUN-02 were revised, COM-02 withdrawn on 14 December: a withdrawal is a change too.
    EXPECT_TRUE(out.contains(u"Changed since you answered (3):"_s)) << out.toStdString();
    EXPECT_TRUE(out.contains(u"TEC-02: you answered rev 1"_s)) << out.toStdString();
    EXPECT_TRUE(out.contains(u"COM-02: you answered rev 1 (Full); the requirement was withdrawn on 14 December 2023"_s))
        << out.toStdString();
    // Nothing to answer for a withdrawn requirement.
    EXPECT_TRUE(out.contains(u"To answer before the deadline (2):"_s)) << out.toStdString();
    EXPECT_EQ(QFileInfo(csv).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    EXPECT_TRUE(readAll(csv).contains("V-OVH,TEC-02,"));
    EXPECT_EQ(runCli({u"vendor"_s, m_review, u"--dossier"_s, u"EMC2-2023"_s, u"--vendor"_s, u"V-NONE"_s}, &out, &err),
              2);
    EXPECT_TRUE(err.contains(u"V-NONE"_s));
}

TEST(ComplianceTest, AnAnswerToARevisionNotInForceYetIsToAnswerAgainButNothingChangedSince)
{
    // B-1 (10 March) answers R-1 rev 2, which comes into force on 15 March.
    QByteArray json = minimalJson();
    const QByteArray find = "\"requirement\": \"R-1\", \"rev\": 1";
    ASSERT_EQ(json.count(find), 1);
    json.replace(find, "\"requirement\": \"R-1\", \"rev\": 2");
    auto d = DossierReader::read(json, u"early.json"_s);
    ASSERT_TRUE(d.ok()) << d.error().toString().toStdString();
    const DossierQueries q(*d);
    auto p = VendorPerspective::compute(q, u"V-1"_s, QDate(2024, 3, 12));
    ASSERT_TRUE(p.ok());
    EXPECT_TRUE(p->changedSinceAnswered().isEmpty()) << "rev 1 was in force before and after the answer";
    ASSERT_FALSE(p->toAnswer().isEmpty());
    EXPECT_EQ(p->toAnswer().front().requirement->id, u"R-1"_s) << "rev 1 is in force: not answered";
    // From the 15th, the answer is to the revision in force: nothing to answer again on R-1.
    auto later = VendorPerspective::compute(q, u"V-1"_s, QDate(2024, 3, 15));
    ASSERT_TRUE(later.ok());
    EXPECT_TRUE(later->changedSinceAnswered().isEmpty());
    for (const auto& i : later->toAnswer())
        EXPECT_NE(i.requirement->id, u"R-1"_s);
}

TEST(ComplianceTest, NoDeadlineIsInForceBeforeTheOpening)
{
    const Dossier d = minimal(); // opened 1 March, deadline 20 March
    const DossierQueries q(d);
    auto before = VendorPerspective::compute(q, u"V-1"_s, QDate(2024, 2, 28));
    ASSERT_TRUE(before.ok());
    EXPECT_EQ(before->deadline(), std::nullopt);
    EXPECT_TRUE(before->toText().contains(u"No deadline in force"_s)) << before->toText().toStdString();
    auto opened = VendorPerspective::compute(q, u"V-1"_s, QDate(2024, 3, 1));
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(opened->deadline(), QDate(2024, 3, 20));
}
