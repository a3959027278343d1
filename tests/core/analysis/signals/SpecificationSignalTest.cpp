// SPDX-License-Identifier: EUPL-1.2
// The specification family: SPEC_CHURN, ADDED_AFTER_OPENING, UNEXPLAINED_CHANGE, BRAND_NAME,
// TAILORED_CHANGE.
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

// --- SPEC_CHURN -------------------------------------------------------------------------------

TEST(SignalTest, SpecChurnFiresOnTwoChangesInTheWindow)
{
    const Analysis a = SignalScenario().revise(u"R-1"_s, u"2024-03-05"_s).revise(u"R-1"_s, u"2024-03-10"_s).analyze();
    expectFires(a, u"SPEC_CHURN"_s, u"R-1"_s);
    const Signal* s = findSignal(a, u"SPEC_CHURN"_s, u"R-1"_s);
    EXPECT_EQ(s->subjectKind, u"requirement"_s);
    EXPECT_EQ(revisionsIn(*s), (QList<int>{2, 3}));
    EXPECT_EQ(findSignal(a, u"SPEC_CHURN"_s, u"T-SIG"_s), nullptr) << "1 of 8 requirements is under 25 %";
}

TEST(SignalTest, SpecChurnCountsBothEndsOfTheWindowButNothingAfter)
{
    // Changes on the opening day (rev 2) and on the deadline day: both count.
    expectFires(SignalScenario().revise(u"R-1"_s, u"2024-03-01"_s).revise(u"R-1"_s, u"2024-03-29"_s).analyze(),
                u"SPEC_CHURN"_s,
                u"R-1"_s);
    // One change in the window, one the day after the deadline: one counts.
    const Analysis a = SignalScenario().revise(u"R-1"_s, u"2024-03-10"_s).revise(u"R-1"_s, u"2024-03-30"_s).analyze();
    expectClear(a, u"SPEC_CHURN"_s);
}

TEST(SignalTest, SpecChurnAtDossierLevelFiresAtExactlyTheShare)
{
    // 2 of 8 requirements changed = 25 %: fires; 1 of 8 does not.
    const Analysis a = SignalScenario().revise(u"R-1"_s, u"2024-03-05"_s).revise(u"R-2"_s, u"2024-03-12"_s).analyze();
    expectFires(a, u"SPEC_CHURN"_s, u"T-SIG"_s);
    const Signal* s = findSignal(a, u"SPEC_CHURN"_s, u"T-SIG"_s);
    EXPECT_EQ(s->subjectKind, u"dossier"_s);
    EXPECT_EQ(s->at, day(3, 12)) << "the day the share was reached";
    EXPECT_EQ(findSignal(a, u"SPEC_CHURN"_s, u"R-1"_s), nullptr) << "one change each";
    expectClear(SignalScenario().revise(u"R-1"_s, u"2024-03-05"_s).analyze(), u"SPEC_CHURN"_s);
}

TEST(SignalTest, SpecChurnShareFromADecimalIsExactAtItsValue)
{
    // 25 requirements and a share of 0.28: 7 changed is exactly the share (0.28 x 25 is
    // 7.000000000000001 in binary floating point, which kept the signal from firing).
    SignalScenario many;
    for (int i = 9; i <= 25; ++i)
        many.revise(u"R-%1"_s.arg(i), u"2024-03-01"_s);
    for (int i = 1; i <= 6; ++i)
        many.revise(u"R-%1"_s.arg(i), u"2024-03-0%1"_s.arg(i + 1));
    const QByteArray profile = R"({"churn_share": 0.28})";
    expectClear(SignalScenario(many).analyze(std::nullopt, profile), u"SPEC_CHURN"_s);
    const Analysis a = SignalScenario(many).revise(u"R-7"_s, u"2024-03-09"_s).analyze(std::nullopt, profile);
    expectFires(a, u"SPEC_CHURN"_s, u"T-SIG"_s);
    EXPECT_EQ(findSignal(a, u"SPEC_CHURN"_s, u"T-SIG"_s)->at, day(3, 9));
}

TEST(SignalTest, SpecChurnNeedsTheOpening)
{
    expectNotEvaluated(
        SignalScenario().removeEvent(u"E-OPEN"_s).analyze(), u"SPEC_CHURN"_s, u"events.consultation_opened"_s);
}

// --- ADDED_AFTER_OPENING ----------------------------------------------------------------------

TEST(SignalTest, AddedAfterOpeningFiresOnARequirementAddedMidWay)
{
    const Analysis a = SignalScenario().revise(u"R-9"_s, u"2024-03-05"_s).analyze();
    expectFires(a, u"ADDED_AFTER_OPENING"_s, u"R-9"_s);
    EXPECT_EQ(findSignal(a, u"ADDED_AFTER_OPENING"_s)->at, day(3, 5));
}

TEST(SignalTest, AddedAfterOpeningIsClearOnTheOpeningDay)
{
    expectClear(SignalScenario().revise(u"R-9"_s, u"2024-03-01"_s).analyze(), u"ADDED_AFTER_OPENING"_s);
}

TEST(SignalTest, AddedAfterOpeningNeedsTheOpening)
{
    expectNotEvaluated(SignalScenario().removeEvent(u"E-OPEN"_s).revise(u"R-9"_s, u"2024-03-05"_s).analyze(),
                       u"ADDED_AFTER_OPENING"_s,
                       u"events.consultation_opened"_s);
}

// --- UNEXPLAINED_CHANGE -----------------------------------------------------------------------

TEST(SignalTest, UnexplainedChangeFiresOnAnEmptyOrMissingRationale)
{
    const Analysis a = SignalScenario()
                           .revise(u"R-1"_s, u"2024-03-05"_s, {}, QString())
                           .revise(u"R-2"_s, u"2024-03-05"_s, {}, u"  "_s)
                           .analyze();
    expectFires(a, u"UNEXPLAINED_CHANGE"_s, u"R-1"_s);
    expectFires(a, u"UNEXPLAINED_CHANGE"_s, u"R-2"_s);
    EXPECT_EQ(findSignal(a, u"UNEXPLAINED_CHANGE"_s)->severity, Severity::Low);
}

TEST(SignalTest, UnexplainedChangeIsClearWithARationale)
{
    expectClear(SignalScenario().revise(u"R-1"_s, u"2024-03-05"_s, {}, u"Typo."_s).analyze(), u"UNEXPLAINED_CHANGE"_s);
}

TEST(SignalTest, UnexplainedChangeIsEvaluatedWithoutAnyEvent)
{
    // Revisions carry their own rationale: no other fact is needed, so it is never left out.
    const Analysis a = SignalScenario()
                           .removeEvent(u"E-OPEN"_s)
                           .removeEvent(u"E-DL"_s)
                           .revise(u"R-1"_s, u"2024-03-05"_s, {}, QString())
                           .analyze();
    expectFires(a, u"UNEXPLAINED_CHANGE"_s, u"R-1"_s);
}

// --- BRAND_NAME -------------------------------------------------------------------------------

TEST(SignalTest, BrandNameFiresOnAProductInTheTextInForce)
{
    const Analysis a = SignalScenario()
                           .revise(u"R-3"_s, u"2024-03-05"_s, {{u"text"_s, u"Compatible avec Azure Synapse."_s}})
                           .analyze();
    expectFires(a, u"BRAND_NAME"_s, u"R-3"_s);
    EXPECT_TRUE(findSignal(a, u"BRAND_NAME"_s)->message.contains(u"Azure"_s));
}

TEST(SignalTest, BrandNameIsClearWithOrEquivalentAndOnPartsOfWords)
{
    expectClear(SignalScenario()
                    .revise(u"R-3"_s, u"2024-03-05"_s, {{u"text"_s, u"Compatible avec Azure Synapse ou équivalent."_s}})
                    .analyze(),
                u"BRAND_NAME"_s);
    // Whole words only: "AWSOME" and "Entravé" name nothing.
    expectClear(SignalScenario()
                    .revise(u"R-3"_s, u"2024-03-05"_s, {{u"text"_s, u"Un service AWSOME, jamais entravé."_s}})
                    .analyze(),
                u"BRAND_NAME"_s);
}

TEST(SignalTest, BrandNameIsClearWhenAnEquivalenceTermIsPartOfAWord)
{
    // "ou équivalente" (feminine) and "or equivalents" contain an equivalence term.
    for (const QString& text : {u"Une plateforme Azure ou équivalente."_s, u"Azure Synapse or equivalents."_s}) {
        expectClear(SignalScenario().revise(u"R-3"_s, u"2024-03-05"_s, {{u"text"_s, text}}).analyze(), u"BRAND_NAME"_s);
    }
    // It must start a word: "for equivalent" does not say "or equivalent".
    expectFires(SignalScenario()
                    .revise(u"R-3"_s, u"2024-03-05"_s, {{u"text"_s, u"Azure Synapse, sized for equivalent loads."_s}})
                    .analyze(),
                u"BRAND_NAME"_s,
                u"R-3"_s);
}

TEST(SignalTest, BrandNameLooksOnlyAtTheTextInForce)
{
    const SignalScenario sc = SignalScenario()
                                  .revise(u"R-3"_s, u"2024-03-05"_s, {{u"text"_s, u"Stockage AWS S3."_s}})
                                  .revise(u"R-3"_s, u"2024-03-10"_s, {{u"text"_s, u"Stockage objet S3."_s}});
    expectClear(sc.analyze(), u"BRAND_NAME"_s);
    expectFires(sc.analyze(day(3, 7)), u"BRAND_NAME"_s, u"R-3"_s);
    expectClear(sc.analyze(std::nullopt, R"({"brand_terms": ["Oracle"]})"), u"BRAND_NAME"_s);
}

TEST(SignalTest, BrandNameIsEvaluatedEvenWithoutRequirements)
{
    SignalScenario sc;
    sc.root[u"requirements"_s] = QJsonArray();
    sc.root[u"bids"_s] = QJsonArray();
    expectClear(sc.analyze(), u"BRAND_NAME"_s);
}

// --- TAILORED_CHANGE --------------------------------------------------------------------------

namespace {
// R-1 changes on 03-22 (7 days before the deadline: not late); V-2 was full on rev 1.
SignalScenario tailored(const QString& v2OnRev2, const QString& v1OnRev2)
{
    SignalScenario sc;
    sc.setAnswers(u"B-2"_s, u"R-1"_s, 1, u"full"_s)
        .revise(u"R-1"_s, u"2024-03-22"_s)
        .answer(u"B-1"_s, u"R-1"_s, 2, v1OnRev2, u"2024-03-25"_s)
        .answer(u"B-2"_s, u"R-1"_s, 2, v2OnRev2, u"2024-03-25"_s)
        .answer(u"B-3"_s, u"R-1"_s, 2, u"full"_s, u"2024-03-25"_s);
    return sc;
}
} // namespace

TEST(SignalTest, TailoredChangeFiresWhenOnlyTheOthersLoseCompliance)
{
    const Analysis a = tailored(u"partial"_s, u"full"_s).analyze();
    expectFires(a, u"TAILORED_CHANGE"_s, u"R-1"_s);
    const Signal* s = findSignal(a, u"TAILORED_CHANGE"_s);
    EXPECT_TRUE(hasEvidence(*s, u"answer"_s, u"B-2"_s));
    EXPECT_TRUE(hasEvidence(*s, u"answer"_s, u"B-1"_s));
    EXPECT_FALSE(hasEvidence(*s, u"answer"_s, u"B-3"_s)) << "B-3 stayed full";
    EXPECT_EQ(s->at, day(3, 22));
}

TEST(SignalTest, TailoredChangeIsClearWhenTheOthersStayCompliantOrTheWinnerLoses)
{
    expectClear(tailored(u"full"_s, u"full"_s).analyze(), u"TAILORED_CHANGE"_s);
    expectClear(tailored(u"none"_s, u"partial"_s).analyze(), u"TAILORED_CHANGE"_s);
}

TEST(SignalTest, TailoredChangeNeedsADecision)
{
    expectNotEvaluated(
        tailored(u"partial"_s, u"full"_s).removeDecision().analyze(), u"TAILORED_CHANGE"_s, u"decision"_s);
}
