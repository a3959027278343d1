// SPDX-License-Identifier: EUPL-1.2
// The decision family: RUSHED_DECISION, LATE_PUBLICATION, CLAIM_CONTRADICTED, SELECTED_NOT_COMPLIANT,
// AUTHORIZED_DESPITE_UNACCEPTABLE.
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

// --- RUSHED_DECISION --------------------------------------------------------------------------

TEST(SignalTest, RushedDecisionFiresUnderFiveDaysAndIsHighBeforeTheDeadline)
{
    const Analysis a = SignalScenario().setDecision(u"decided_at"_s, u"2024-04-02"_s).analyze(); // 4 days
    expectFires(a, u"RUSHED_DECISION"_s, u"T-SIG"_s);
    EXPECT_EQ(findSignal(a, u"RUSHED_DECISION"_s)->severity, Severity::Medium);
    const Analysis early = SignalScenario().setDecision(u"decided_at"_s, u"2024-03-28"_s).analyze();
    expectFires(early, u"RUSHED_DECISION"_s, u"T-SIG"_s);
    EXPECT_EQ(findSignal(early, u"RUSHED_DECISION"_s)->severity, Severity::High);
}

TEST(SignalTest, RushedDecisionIsClearAtExactlyFiveDays)
{
    expectClear(SignalScenario().setDecision(u"decided_at"_s, u"2024-04-03"_s).analyze(), u"RUSHED_DECISION"_s);
}

TEST(SignalTest, RushedDecisionNeedsTheDecisionDate)
{
    expectNotEvaluated(
        SignalScenario().removeDecisionKey(u"decided_at"_s).analyze(), u"RUSHED_DECISION"_s, u"decision.decided_at"_s);
}

// --- LATE_PUBLICATION -------------------------------------------------------------------------

TEST(SignalTest, LatePublicationFiresAfterThirtyDays)
{
    const Analysis a = SignalScenario().setDecision(u"published_at"_s, u"2024-05-11"_s).analyze(); // 31
    expectFires(a, u"LATE_PUBLICATION"_s, u"T-SIG"_s);
    EXPECT_EQ(findSignal(a, u"LATE_PUBLICATION"_s)->at, day(5, 11));
}

TEST(SignalTest, LatePublicationIsClearAtExactlyThirtyDays)
{
    expectClear(SignalScenario().setDecision(u"published_at"_s, u"2024-05-10"_s).analyze(), u"LATE_PUBLICATION"_s);
}

TEST(SignalTest, LatePublicationNeedsThePublication)
{
    const SignalScenario sc = SignalScenario().setDecision(u"published_at"_s, u"2024-05-20"_s);
    expectNotEvaluated(SignalScenario(sc).removeDecisionKey(u"published_at"_s).analyze(),
                       u"LATE_PUBLICATION"_s,
                       u"decision.published_at"_s);
    // As of a day before the publication, it does not exist yet.
    expectNotEvaluated(sc.analyze(day(5, 1)), u"LATE_PUBLICATION"_s, u"decision.published_at"_s);
    expectFires(sc.analyze(day(5, 20)), u"LATE_PUBLICATION"_s, u"T-SIG"_s);
}

// --- CLAIM_CONTRADICTED -----------------------------------------------------------------------

TEST(SignalTest, ClaimContradictedByACompliantAlternative)
{
    const Analysis a = SignalScenario()
                           .setDecision(u"claims"_s,
                                        QJsonArray{QJsonObject{{u"id"_s, u"C-NCA"_s},
                                                               {u"kind"_s, u"no_compliant_alternative"_s},
                                                               {u"text"_s, u"Nobody else complied."_s}}})
                           .setAnswers(u"B-2"_s, u"R-1"_s, 1, u"full"_s)
                           .analyze();
    expectFires(a, u"CLAIM_CONTRADICTED"_s, u"C-NCA"_s);
    const Signal* s = findSignal(a, u"CLAIM_CONTRADICTED"_s);
    EXPECT_EQ(s->subjectKind, u"claim"_s);
    EXPECT_TRUE(hasEvidence(*s, u"bid"_s, u"B-2"_s)) << "B-2 complies with every mandatory requirement";
    EXPECT_FALSE(hasEvidence(*s, u"bid"_s, u"B-3"_s));
}

TEST(SignalTest, ClaimOfNoCompliantAlternativeHoldsWhenEveryOtherBidFailsAMandatoryRequirement)
{
    const Analysis a = SignalScenario()
                           .setDecision(u"claims"_s,
                                        QJsonArray{QJsonObject{{u"id"_s, u"C-NCA"_s},
                                                               {u"kind"_s, u"no_compliant_alternative"_s},
                                                               {u"text"_s, u"Nobody else complied."_s}}})
                           .setAnswers(u"B-2"_s, u"R-1"_s, 1, u"partial"_s)
                           .setAnswers(u"B-3"_s, u"R-6"_s, 1, u"none"_s)
                           .analyze();
    expectClear(a, u"CLAIM_CONTRADICTED"_s);
}

TEST(SignalTest, ClaimOfNoAlternativeOfferContradictedByAnyOtherBid)
{
    const QJsonArray claim{
        QJsonObject{{u"id"_s, u"C-NAO"_s}, {u"kind"_s, u"no_alternative_offer"_s}, {u"text"_s, u"No other offer."_s}}};
    expectFires(
        SignalScenario().setDecision(u"claims"_s, claim).setBid(u"B-2"_s, u"status"_s, u"disqualified"_s).analyze(),
        u"CLAIM_CONTRADICTED"_s,
        u"C-NAO"_s);
    // Withdrawn bids do not count.
    expectClear(SignalScenario()
                    .setDecision(u"claims"_s, claim)
                    .setBid(u"B-2"_s, u"status"_s, u"withdrawn"_s)
                    .setBid(u"B-3"_s, u"status"_s, u"withdrawn"_s)
                    .analyze(),
                u"CLAIM_CONTRADICTED"_s);
}

TEST(SignalTest, ClaimOfNoAlternativeOfferIsTestedWithoutADeadline)
{
    // Without a bid deadline, "no compliant alternative" cannot be tested (it is judged at the
    // final deadline), but "no alternative offer" can: another bid exists.
    const QJsonArray both{
        QJsonObject{{u"id"_s, u"C-NAO"_s}, {u"kind"_s, u"no_alternative_offer"_s}, {u"text"_s, u"No other offer."_s}},
        QJsonObject{
            {u"id"_s, u"C-NCA"_s}, {u"kind"_s, u"no_compliant_alternative"_s}, {u"text"_s, u"Nobody complied."_s}}};
    SignalScenario noDeadline;
    noDeadline.removeEvent(u"E-DL"_s).setDecision(u"claims"_s, both);
    const Analysis a = noDeadline.analyze();
    expectFires(a, u"CLAIM_CONTRADICTED"_s, u"C-NAO"_s);
    EXPECT_EQ(findSignal(a, u"CLAIM_CONTRADICTED"_s, u"C-NCA"_s), nullptr);
    // The claims check: the offer claim contradicted, the other one not evaluated (not "holds").
    const Dossier d = noDeadline.dossier();
    const QList<ClaimCheck> checks = ClaimCheck::compute(DossierQueries(d), a);
    ASSERT_EQ(checks.size(), 2);
    EXPECT_EQ(checks[0].verdict, ClaimCheck::Verdict::Contradicted);
    EXPECT_EQ(checks[1].verdict, ClaimCheck::Verdict::NotEvaluated);
    EXPECT_EQ(checks[1].explanation, u"The file lacks a bid deadline [events.bid_deadline]."_s);
    // Only "no compliant alternative": not evaluated, never a false clear.
    expectNotEvaluated(SignalScenario(noDeadline).setDecision(u"claims"_s, QJsonArray{both[1]}).analyze(),
                       u"CLAIM_CONTRADICTED"_s,
                       u"events.bid_deadline"_s);
}

TEST(SignalTest, ClaimContradictedNeedsClaims)
{
    expectNotEvaluated(SignalScenario().setDecision(u"claims"_s, QJsonArray()).analyze(),
                       u"CLAIM_CONTRADICTED"_s,
                       u"decision.claims"_s);
    // A claim of kind "other" states nothing the evidence can test.
    const QJsonArray other{
        QJsonObject{{u"id"_s, u"C-O"_s}, {u"kind"_s, u"other"_s}, {u"text"_s, u"Alpha was the best."_s}}};
    expectNotEvaluated(
        SignalScenario().setDecision(u"claims"_s, other).analyze(), u"CLAIM_CONTRADICTED"_s, u"decision.claims"_s);
}

// --- SELECTED_NOT_COMPLIANT -------------------------------------------------------------------

TEST(SignalTest, SelectedNotCompliantFiresOnAPartialOrStaleAnswer)
{
    expectFires(SignalScenario().setAnswers(u"B-1"_s, u"R-2"_s, 1, u"partial"_s).analyze(),
                u"SELECTED_NOT_COMPLIANT"_s,
                u"R-2"_s);
    // Answered rev 1, rev 2 in force at the deadline: stale.
    const Analysis stale = SignalScenario().revise(u"R-2"_s, u"2024-03-21"_s).analyze();
    expectFires(stale, u"SELECTED_NOT_COMPLIANT"_s, u"R-2"_s);
}

TEST(SignalTest, SelectedNotCompliantIsClearOnAnOptionalRequirementOrAFreshAnswer)
{
    expectClear(SignalScenario().setAnswers(u"B-1"_s, u"R-7"_s, 1, u"none"_s).analyze(), u"SELECTED_NOT_COMPLIANT"_s);
    expectClear(SignalScenario()
                    .revise(u"R-2"_s, u"2024-03-21"_s)
                    .answer(u"B-1"_s, u"R-2"_s, 2, u"full"_s, u"2024-03-29"_s)
                    .answer(u"B-2"_s, u"R-2"_s, 2, u"full"_s, u"2024-03-29"_s)
                    .analyze(),
                u"SELECTED_NOT_COMPLIANT"_s);
    // An answer given the day after the deadline comes too late.
    expectFires(SignalScenario()
                    .revise(u"R-2"_s, u"2024-03-21"_s)
                    .answer(u"B-1"_s, u"R-2"_s, 2, u"full"_s, u"2024-03-30"_s)
                    .analyze(),
                u"SELECTED_NOT_COMPLIANT"_s,
                u"R-2"_s);
}

TEST(SignalTest, SelectedNotCompliantNeedsTheDeadline)
{
    expectNotEvaluated(
        SignalScenario().removeEvent(u"E-DL"_s).analyze(), u"SELECTED_NOT_COMPLIANT"_s, u"events.bid_deadline"_s);
}

// --- AUTHORIZED_DESPITE_UNACCEPTABLE ----------------------------------------------------------

TEST(SignalTest, AuthorizedDespiteUnacceptableFires)
{
    SignalScenario sc;
    sc.root[u"assessment"_s] = QJsonArray{QJsonObject{{u"criterion"_s, u"A-1"_s}, {u"status"_s, u"acceptable"_s}},
                                          QJsonObject{{u"criterion"_s, u"A-2"_s}, {u"status"_s, u"unacceptable"_s}}};
    const Analysis a = SignalScenario(sc).setDecision(u"outcome"_s, u"authorized_with_conditions"_s).analyze();
    expectFires(a, u"AUTHORIZED_DESPITE_UNACCEPTABLE"_s, u"T-SIG"_s);
    EXPECT_TRUE(hasEvidence(*findSignal(a, u"AUTHORIZED_DESPITE_UNACCEPTABLE"_s), u"criterion"_s, u"A-2"_s));
    expectClear(SignalScenario(sc).setDecision(u"outcome"_s, u"refused"_s).analyze(),
                u"AUTHORIZED_DESPITE_UNACCEPTABLE"_s);
}

TEST(SignalTest, AuthorizedDespiteUnacceptableIsClearWhenOnlyToImprove)
{
    SignalScenario sc;
    sc.root[u"assessment"_s] = QJsonArray{QJsonObject{{u"criterion"_s, u"A-1"_s}, {u"status"_s, u"to_improve"_s}}};
    expectClear(sc.analyze(), u"AUTHORIZED_DESPITE_UNACCEPTABLE"_s);
}

TEST(SignalTest, AuthorizedDespiteUnacceptableNeedsAnAssessment)
{
    SignalScenario sc;
    sc.root.remove(u"assessment"_s);
    expectNotEvaluated(sc.analyze(), u"AUTHORIZED_DESPITE_UNACCEPTABLE"_s, u"assessment"_s);
}
