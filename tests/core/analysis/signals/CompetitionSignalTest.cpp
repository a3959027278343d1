// SPDX-License-Identifier: EUPL-1.2
// The competition family: WINNER_ONLY_COMPLIANT, SINGLE_BID, FEW_BIDS, ALL_BUT_WINNER_DISQUALIFIED,
// NO_OPEN_PROCEDURE.
// Each signal: a dossier where it fires, a near miss where it must not (usually a fact exactly at
// the threshold), and one where it cannot be evaluated. Each starts from SignalScenario, where
// every signal is evaluated and clear (docs/signals.md).
#include "analysis/ClaimCheck.h"
#include "analysis/SignalEngine.h"
#include "analysis/signals/SignalCatalogue.h"
#include "core/analysis/signals/SignalExpectations.h"
#include "core/analysis/signals/SignalScenario.h"
#include "text/AnalysisFormat.h"

#include <gtest/gtest.h>

using namespace hostreview;
using namespace hostreview::test;
using namespace Qt::StringLiterals;

// --- WINNER_ONLY_COMPLIANT --------------------------------------------------------------------

TEST(SignalTest, WinnerOnlyCompliantFiresOnAMandatoryRequirement)
{
    const Analysis a = SignalScenario()
                           .setAnswers(u"B-2"_s, u"R-1"_s, 1, u"partial"_s)
                           .setAnswers(u"B-3"_s, u"R-1"_s, 1, u"none"_s)
                           .analyze();
    expectFires(a, u"WINNER_ONLY_COMPLIANT"_s, u"R-1"_s);
    EXPECT_EQ(findSignal(a, u"WINNER_ONLY_COMPLIANT"_s)->at, day(3, 29));
}

TEST(SignalTest, WinnerOnlyCompliantIsClearWithAnotherCompliantBidderOrAnOptionalRequirement)
{
    expectClear(SignalScenario().setAnswers(u"B-2"_s, u"R-1"_s, 1, u"partial"_s).analyze(), u"WINNER_ONLY_COMPLIANT"_s);
    expectClear(SignalScenario()
                    .setAnswers(u"B-2"_s, u"R-7"_s, 1, u"partial"_s)
                    .setAnswers(u"B-3"_s, u"R-7"_s, 1, u"partial"_s)
                    .analyze(),
                u"WINNER_ONLY_COMPLIANT"_s);
}

TEST(SignalTest, WinnerOnlyCompliantCountsAStaleAnswerAsNotCompliant)
{
    // Rev 2 of R-1: only the winner answers it again.
    const Analysis a = SignalScenario()
                           .revise(u"R-1"_s, u"2024-03-21"_s)
                           .answer(u"B-1"_s, u"R-1"_s, 2, u"full"_s, u"2024-03-22"_s)
                           .analyze();
    expectFires(a, u"WINNER_ONLY_COMPLIANT"_s, u"R-1"_s);
}

TEST(SignalTest, WinnerOnlyCompliantNeedsTheSelectedVendor)
{
    expectNotEvaluated(SignalScenario().removeDecisionKey(u"selected_vendor"_s).analyze(),
                       u"WINNER_ONLY_COMPLIANT"_s,
                       u"decision.selected_vendor"_s);
}

// --- SINGLE_BID and FEW_BIDS ------------------------------------------------------------------

TEST(SignalTest, SingleBidFiresWhenOneBidIsLeft)
{
    const Analysis a = SignalScenario().setBid(u"B-2"_s, u"status"_s, u"withdrawn"_s).removeBid(u"B-3"_s).analyze();
    expectFires(a, u"SINGLE_BID"_s, u"T-SIG"_s);
    expectClear(a, u"FEW_BIDS"_s);
}

TEST(SignalTest, SingleBidAndFewBidsAtTheirThresholds)
{
    const Analysis two = SignalScenario().removeBid(u"B-3"_s).analyze();
    expectClear(two, u"SINGLE_BID"_s);
    expectFires(two, u"FEW_BIDS"_s, u"T-SIG"_s);
    EXPECT_EQ(findSignal(two, u"FEW_BIDS"_s)->severity, Severity::Low);
    expectClear(SignalScenario().analyze(), u"FEW_BIDS"_s); // three
    expectFires(SignalScenario().analyze(std::nullopt, R"({"few_bids_below": 4})"), u"FEW_BIDS"_s, u"T-SIG"_s);
}

TEST(SignalTest, BidCountsAreAlwaysEvaluatedAndGrowAsBidsArrive)
{
    // No bid at all: clear, not "not evaluated"; as of a day before any bid, the same.
    SignalScenario none;
    none.root[u"bids"_s] = QJsonArray();
    expectClear(none.analyze(), u"SINGLE_BID"_s);
    expectClear(none.analyze(), u"FEW_BIDS"_s);
    SignalScenario staggered;
    staggered.setBid(u"B-2"_s, u"submitted_at"_s, u"2024-03-22"_s).setBid(u"B-3"_s, u"submitted_at"_s, u"2024-03-24"_s);
    expectClear(staggered.analyze(day(3, 19)), u"SINGLE_BID"_s);
    expectFires(staggered.analyze(day(3, 20)), u"SINGLE_BID"_s, u"T-SIG"_s);
    expectFires(staggered.analyze(day(3, 22)), u"FEW_BIDS"_s, u"T-SIG"_s);
    expectClear(staggered.analyze(day(3, 24)), u"FEW_BIDS"_s);
}

// --- ALL_BUT_WINNER_DISQUALIFIED --------------------------------------------------------------

TEST(SignalTest, AllButWinnerDisqualifiedFires)
{
    const Analysis a = SignalScenario()
                           .setBid(u"B-2"_s, u"status"_s, u"disqualified"_s)
                           .setBid(u"B-3"_s, u"status"_s, u"disqualified"_s)
                           .analyze();
    expectFires(a, u"ALL_BUT_WINNER_DISQUALIFIED"_s, u"T-SIG"_s);
    const Signal* s = findSignal(a, u"ALL_BUT_WINNER_DISQUALIFIED"_s);
    EXPECT_TRUE(hasEvidence(*s, u"bid"_s, u"B-2"_s));
    EXPECT_TRUE(hasEvidence(*s, u"bid"_s, u"B-3"_s));
}

TEST(SignalTest, AllButWinnerDisqualifiedIsClearWithOneOtherBidStandingOrNoOtherBid)
{
    expectClear(SignalScenario().setBid(u"B-2"_s, u"status"_s, u"disqualified"_s).analyze(),
                u"ALL_BUT_WINNER_DISQUALIFIED"_s);
    // A withdrawn bid does not count; with no other bid left there is nobody to disqualify.
    expectClear(SignalScenario()
                    .setBid(u"B-2"_s, u"status"_s, u"withdrawn"_s)
                    .setBid(u"B-3"_s, u"status"_s, u"withdrawn"_s)
                    .analyze(),
                u"ALL_BUT_WINNER_DISQUALIFIED"_s);
}

TEST(SignalTest, AllButWinnerDisqualifiedNeedsTheSelectedVendor)
{
    expectNotEvaluated(SignalScenario()
                           .setBid(u"B-2"_s, u"status"_s, u"disqualified"_s)
                           .setBid(u"B-3"_s, u"status"_s, u"disqualified"_s)
                           .removeDecision()
                           .analyze(),
                       u"ALL_BUT_WINNER_DISQUALIFIED"_s,
                       u"decision"_s);
}

// --- NO_OPEN_PROCEDURE ------------------------------------------------------------------------

TEST(SignalTest, NoOpenProcedureFiresOnDirectAwardAndNegotiationWithoutPublication)
{
    expectFires(
        SignalScenario().setDossier(u"procedure"_s, u"direct_award"_s).analyze(), u"NO_OPEN_PROCEDURE"_s, u"T-SIG"_s);
    expectFires(SignalScenario().setDossier(u"procedure"_s, u"negotiated_without_publication"_s).analyze(),
                u"NO_OPEN_PROCEDURE"_s,
                u"T-SIG"_s);
}

TEST(SignalTest, NoOpenProcedureIsClearOnANegotiationWithPublication)
{
    expectClear(SignalScenario().setDossier(u"procedure"_s, u"negotiated_with_publication"_s).analyze(),
                u"NO_OPEN_PROCEDURE"_s);
}

TEST(SignalTest, NoOpenProcedureNeedsTheProcedure)
{
    expectNotEvaluated(
        SignalScenario().removeDossierKey(u"procedure"_s).analyze(), u"NO_OPEN_PROCEDURE"_s, u"dossier.procedure"_s);
}
