// SPDX-License-Identifier: EUPL-1.2
// The engine over the whole catalogue: the bias index, profiles, order, determinism.
#include "analysis/SignalEngine.h"
#include "analysis/ClaimCheck.h"
#include "analysis/signals/SignalCatalogue.h"
#include "core/analysis/signals/SignalExpectations.h"
#include "core/analysis/signals/SignalScenario.h"
#include "text/AnalysisFormat.h"

#include <gtest/gtest.h>

using namespace hostreview;
using namespace hostreview::test;
using namespace Qt::StringLiterals;

// --- The bias index, profiles, determinism ----------------------------------------------------

TEST(SignalTest, BiasIndexWeighsEachCodeByItsCatalogueSeverity)
{
    // NO_OPEN_PROCEDURE (high, 3) and LATE_PUBLICATION (low, 1) fire; all 22 codes are
    // evaluated, so the denominator is the sum of every catalogue weight.
    const Analysis a = SignalScenario()
                           .setDossier(u"procedure"_s, u"direct_award"_s)
                           .setDecision(u"published_at"_s, u"2024-06-01"_s)
                           .analyze();
    EXPECT_EQ(a.fired.size(), 2) << describe(a);
    int total = 0;
    for (const auto& e : SignalCatalogue::entries())
        total += SignalCatalogue::weight(e.severity);
    EXPECT_EQ(total, 3 * 13 + 2 * 6 + 1 * 3);
    ASSERT_TRUE(a.biasIndexTenths);
    EXPECT_EQ(*a.biasIndexTenths, 74) << "100 x 4 / 54 = 7.407..., shown 7.4";
    EXPECT_EQ(AnalysisFormat::indexText(a), u"7.4"_s);
}

TEST(SignalTest, BiasIndexLeavesOutWhatWasNotEvaluated)
{
    // Without a decision, the codes that need one are left out of the denominator.
    const Analysis a = SignalScenario().removeDecision().setDossier(u"procedure"_s, u"direct_award"_s).analyze();
    int num = 0;
    int den = 0;
    for (const IndexComponent& c : a.breakdown) {
        if (c.evaluated) {
            den += c.weight;
            num += c.fired ? c.weight : 0;
        }
    }
    EXPECT_LT(den, 54);
    EXPECT_EQ(num, 3) << "NO_OPEN_PROCEDURE only; " << describe(a);
    ASSERT_TRUE(a.biasIndexTenths);
    EXPECT_EQ(*a.biasIndexTenths, (2000 * num + den) / (2 * den));
}

TEST(SignalTest, TheDossiersProfileAppliesFirstThenTheFile)
{
    SignalScenario sc;
    sc.setAnalysisProfile(QJsonObject{{u"few_bids_below"_s, 4}});
    expectFires(sc.analyze(), u"FEW_BIDS"_s, u"T-SIG"_s);
    expectClear(sc.analyze(std::nullopt, R"({"few_bids_below": 3})"), u"FEW_BIDS"_s);
}

TEST(SignalTest, SameInputSameBytes)
{
    const SignalScenario sc = SignalScenario()
                                  .revise(u"R-1"_s, u"2024-03-23"_s, {}, QString())
                                  .revise(u"R-2"_s, u"2024-03-30"_s)
                                  .setBid(u"B-2"_s, u"status"_s, u"disqualified"_s);
    const QByteArray first = AnalysisFormat::toJson(sc.analyze());
    EXPECT_EQ(first, AnalysisFormat::toJson(sc.analyze()));
    EXPECT_EQ(AnalysisFormat::toText(sc.analyze(), u"t"_s), AnalysisFormat::toText(sc.analyze(), u"t"_s));
}

TEST(SignalTest, SignalsAreInCatalogueOrderThenBySubject)
{
    const Analysis a = SignalScenario()
                           .revise(u"R-3"_s, u"2024-03-24"_s, {}, QString())
                           .revise(u"R-1"_s, u"2024-03-25"_s, {}, QString())
                           .analyze();
    ASSERT_GE(a.fired.size(), 5) << describe(a);
    QHash<QString, int> rank;
    for (const auto& e : SignalCatalogue::entries())
        rank.insert(QString::fromLatin1(e.code), int(rank.size()));
    for (qsizetype i = 1; i < a.fired.size(); ++i) {
        const Signal& p = a.fired[i - 1];
        const Signal& s = a.fired[i];
        EXPECT_TRUE(rank[p.code] < rank[s.code] || (p.code == s.code && p.subjectId <= s.subjectId)) << describe(a);
    }
    EXPECT_NE(findSignal(a, u"LATE_CHANGE"_s, u"R-1"_s), nullptr);
    EXPECT_NE(findSignal(a, u"LATE_CHANGE"_s, u"R-3"_s), nullptr);
}

// DEADLINE_NOT_EXTENDED's "a number in the text changed": the numbers as written (runs of digits
// joined by single '.' or ','), compared in order.
TEST(SignalTest, ANumberInTheTextChangedComparesTheNumbersAsWritten)
{
    const auto numberChanged = [](const QString& before, const QString& after) {
        Requirement r;
        r.id = u"R-1"_s;
        RequirementRevision first;
        first.rev = 1;
        first.text = before;
        RequirementRevision second;
        second.rev = 2;
        second.text = after;
        r.revisions = {first, second};
        return SignalEngine::significance(r, r.revisions[1], std::nullopt)
            .contains(SignalEngine::tr("a number in the text changed"));
    };
    EXPECT_TRUE(numberChanged(u"Keep 90 days of logs."_s, u"Keep 30 days of logs."_s));
    EXPECT_TRUE(numberChanged(u"RTO of 4 hours."_s, u"RTO of 4 hours, RPO of 1 hour."_s)) << "a number added";
    EXPECT_TRUE(numberChanged(u"99.9% available."_s, u"99.99% available."_s));
    EXPECT_TRUE(numberChanged(u"1,5 TB."_s, u"1.5 TB."_s)) << "written differently";
    EXPECT_TRUE(numberChanged(u"10 000 users."_s, u"10000 users."_s));
    EXPECT_TRUE(numberChanged(u"2 sites, 3 zones."_s, u"3 sites, 2 zones."_s)) << "the order counts";
    EXPECT_FALSE(numberChanged(u"Keep 90 days of logs."_s, u"Logs are kept for 90 days."_s));
    EXPECT_FALSE(numberChanged(u"ISO 27001, audited."_s, u"ISO 27001. Audited."_s)) << "punctuation after a number";
    EXPECT_FALSE(numberChanged(u"Version 1.2.3 or later."_s, u"Version 1.2.3, or later."_s));
    EXPECT_FALSE(numberChanged(u"No figures."_s, u"Still none."_s));
    EXPECT_FALSE(numberChanged(u"٣ sites."_s, u"٤ sites."_s)) << "only ASCII digits are numbers, as before";
}
