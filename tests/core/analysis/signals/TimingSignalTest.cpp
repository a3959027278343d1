// SPDX-License-Identifier: EUPL-1.2
// The timing family: SHORT_WINDOW, LATE_CHANGE, DEADLINE_NOT_EXTENDED, CHANGE_AFTER_SUBMISSION,
// CHANGE_AFTER_DEADLINE.
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

// --- The base scenario ----------------------------------------------------------------------

TEST(SignalTest, TheBaseScenarioIsFullyEvaluatedAndClear)
{
    const Analysis a = SignalScenario().analyze();
    EXPECT_TRUE(a.fired.isEmpty()) << describe(a);
    ASSERT_EQ(a.coverage.size(), 22);
    for (const Coverage& c : a.coverage)
        EXPECT_TRUE(c.evaluated) << c.code.toStdString() << " missing " << c.missing.toStdString();
    ASSERT_TRUE(a.biasIndexTenths.has_value());
    EXPECT_EQ(*a.biasIndexTenths, 0);
}

// --- SHORT_WINDOW -----------------------------------------------------------------------------

TEST(SignalTest, ShortWindowFiresUnderTheProceduresMinimum)
{
    // consultation: 15 days; 2024-03-01 to 2024-03-15 is 14.
    const Analysis a = SignalScenario().setEvent(u"E-DL"_s, u"bid_deadline"_s, u"2024-03-15"_s).analyze();
    expectFires(a, u"SHORT_WINDOW"_s, u"T-SIG"_s);
    const Signal* s = findSignal(a, u"SHORT_WINDOW"_s);
    EXPECT_EQ(s->severity, Severity::Medium);
    EXPECT_EQ(s->subjectKind, u"dossier"_s);
    EXPECT_TRUE(s->message.contains(u"14 days"_s)) << s->message.toStdString();
    EXPECT_TRUE(hasEvidence(*s, u"event"_s, u"E-OPEN"_s));
    EXPECT_TRUE(hasEvidence(*s, u"event"_s, u"E-DL"_s));
}

TEST(SignalTest, ShortWindowIsClearAtExactlyTheMinimum)
{
    const Analysis a = SignalScenario().setEvent(u"E-DL"_s, u"bid_deadline"_s, u"2024-03-16"_s).analyze();
    expectClear(a, u"SHORT_WINDOW"_s);
}

TEST(SignalTest, ShortWindowCountsTheExtendedDeadline)
{
    // 14 days announced, extended by a week: the window is the final one, 21 days.
    const Analysis a = SignalScenario()
                           .setEvent(u"E-DL"_s, u"bid_deadline"_s, u"2024-03-15"_s)
                           .setEvent(u"E-EXT"_s, u"deadline_extended"_s, u"2024-03-10"_s, u"2024-03-22"_s)
                           .analyze();
    expectClear(a, u"SHORT_WINDOW"_s);
}

TEST(SignalTest, ShortWindowUsesTheProcedureAndTheProfile)
{
    // 28 days: short for an open procedure (35), not for a consultation (15) unless the
    // profile says so.
    expectFires(SignalScenario().setDossier(u"procedure"_s, u"open"_s).analyze(), u"SHORT_WINDOW"_s, u"T-SIG"_s);
    expectFires(SignalScenario().setDossier(u"procedure"_s, u"restricted"_s).analyze(), u"SHORT_WINDOW"_s, u"T-SIG"_s);
    expectClear(SignalScenario().setDossier(u"procedure"_s, u"unknown"_s).analyze(), u"SHORT_WINDOW"_s);
    expectFires(SignalScenario().analyze(std::nullopt, R"({"min_window_days": {"consultation": 29}})"),
                u"SHORT_WINDOW"_s,
                u"T-SIG"_s);
    expectClear(SignalScenario().analyze(std::nullopt, R"({"min_window_days": 28})"), u"SHORT_WINDOW"_s);
}

TEST(SignalTest, ShortWindowNeedsTheOpening)
{
    expectNotEvaluated(
        SignalScenario().removeEvent(u"E-OPEN"_s).analyze(), u"SHORT_WINDOW"_s, u"events.consultation_opened"_s);
}

// --- LATE_CHANGE ------------------------------------------------------------------------------

TEST(SignalTest, LateChangeFiresUnderSevenDaysBeforeTheDeadline)
{
    const Analysis a = SignalScenario().revise(u"R-1"_s, u"2024-03-23"_s).analyze(); // 6 days
    expectFires(a, u"LATE_CHANGE"_s, u"R-1"_s);
    const Signal* s = findSignal(a, u"LATE_CHANGE"_s, u"R-1"_s);
    EXPECT_EQ(s->severity, Severity::High);
    EXPECT_EQ(s->at, day(3, 23));
    EXPECT_EQ(revisionsIn(*s), QList<int>{2});
    EXPECT_TRUE(hasEvidence(*s, u"event"_s, u"E-DL"_s));
    EXPECT_FALSE(s->basis.isEmpty());
}

TEST(SignalTest, LateChangeIsClearAtExactlySevenDays)
{
    expectClear(SignalScenario().revise(u"R-1"_s, u"2024-03-22"_s).analyze(), u"LATE_CHANGE"_s);
}

TEST(SignalTest, LateChangeOnTheDeadlineDayFiresButNotAfterIt)
{
    expectFires(SignalScenario().revise(u"R-1"_s, u"2024-03-29"_s).analyze(), u"LATE_CHANGE"_s, u"R-1"_s);
    // After the deadline the days are negative: CHANGE_AFTER_DEADLINE, not LATE_CHANGE.
    const Analysis after = SignalScenario().revise(u"R-1"_s, u"2024-03-30"_s).analyze();
    expectClear(after, u"LATE_CHANGE"_s);
    expectFires(after, u"CHANGE_AFTER_DEADLINE"_s, u"R-1"_s);
}

TEST(SignalTest, LateChangeThresholdGrowsWithTheWindow)
{
    // A 40-day window: the threshold is max(7, 0.25 x 40) = 10 days.
    SignalScenario longWindow;
    longWindow.setEvent(u"E-DL"_s, u"bid_deadline"_s, u"2024-04-10"_s).setDecision(u"decided_at"_s, u"2024-04-20"_s);
    expectFires(SignalScenario(longWindow).revise(u"R-1"_s, u"2024-04-01"_s).analyze(), u"LATE_CHANGE"_s, u"R-1"_s);
    expectClear(SignalScenario(longWindow).revise(u"R-1"_s, u"2024-03-31"_s).analyze(), u"LATE_CHANGE"_s);
    // A profile can raise the fixed part.
    expectFires(SignalScenario().revise(u"R-1"_s, u"2024-03-22"_s).analyze(std::nullopt, R"({"late_change_days": 8})"),
                u"LATE_CHANGE"_s,
                u"R-1"_s);
}

TEST(SignalTest, LateChangeThresholdFromAFractionIsExactAtItsValue)
{
    // A 25-day window and a fraction of 0.28: the threshold is exactly 7 days (in binary floating
    // point 0.28 x 25 is 7.000000000000001, which made a change 7 days before the deadline late).
    SignalScenario window25;
    window25.setEvent(u"E-DL"_s, u"bid_deadline"_s, u"2024-03-26"_s);
    const QByteArray profile = R"({"late_change_days": 0, "late_change_fraction": 0.28})";
    expectClear(SignalScenario(window25).revise(u"R-1"_s, u"2024-03-19"_s).analyze(std::nullopt, profile),
                u"LATE_CHANGE"_s);
    expectFires(SignalScenario(window25).revise(u"R-1"_s, u"2024-03-20"_s).analyze(std::nullopt, profile),
                u"LATE_CHANGE"_s,
                u"R-1"_s);
}

TEST(SignalTest, LateChangeCountsAChangeMadeBeforeTheOpeningAgainstTheBidDeadline)
{
    // The deadline in force on any day is the bid deadline until an extension (the format's
    // definition): a rev 2 the day before a late opening is 5 days before the deadline.
    SignalScenario lateOpening;
    lateOpening.setEvent(u"E-OPEN"_s, u"consultation_opened"_s, u"2024-03-25"_s);
    const Analysis a = SignalScenario(lateOpening).revise(u"R-1"_s, u"2024-03-24"_s).analyze();
    expectFires(a, u"LATE_CHANGE"_s, u"R-1"_s);
}

TEST(SignalTest, LateChangeUsesTheDeadlineInForceOnTheDayOfTheChange)
{
    // Changed 6 days before the deadline then in force; the extension came two days later.
    const Analysis a = SignalScenario()
                           .revise(u"R-1"_s, u"2024-03-23"_s)
                           .setEvent(u"E-EXT"_s, u"deadline_extended"_s, u"2024-03-25"_s, u"2024-04-05"_s)
                           .analyze();
    expectFires(a, u"LATE_CHANGE"_s, u"R-1"_s);
    // The same change after an extension announced beforehand is not late.
    const Analysis b = SignalScenario()
                           .setEvent(u"E-EXT"_s, u"deadline_extended"_s, u"2024-03-21"_s, u"2024-04-05"_s)
                           .revise(u"R-1"_s, u"2024-03-23"_s)
                           .setDecision(u"decided_at"_s, u"2024-04-15"_s)
                           .analyze();
    expectClear(b, u"LATE_CHANGE"_s);
}

TEST(SignalTest, LateChangeGivesOneSignalPerRequirementWithEveryRevision)
{
    const Analysis a = SignalScenario()
                           .revise(u"R-1"_s, u"2024-03-24"_s)
                           .revise(u"R-1"_s, u"2024-03-26"_s)
                           .revise(u"R-1"_s, u"2024-03-28"_s)
                           .analyze();
    EXPECT_EQ(countSignals(a, u"LATE_CHANGE"_s), 1);
    const Signal* s = findSignal(a, u"LATE_CHANGE"_s, u"R-1"_s);
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(revisionsIn(*s), (QList<int>{2, 3, 4}));
    EXPECT_EQ(s->at, day(3, 24)) << "the first late change";
}

TEST(SignalTest, LateChangeIsInvisibleTheDayBefore)
{
    const SignalScenario sc = SignalScenario().revise(u"R-1"_s, u"2024-03-23"_s);
    const Analysis before = sc.analyze(day(3, 22));
    EXPECT_EQ(countSignals(before, u"LATE_CHANGE"_s), 0) << describe(before);
    EXPECT_TRUE(findCoverage(before, u"LATE_CHANGE"_s)->evaluated);
    expectFires(sc.analyze(day(3, 23)), u"LATE_CHANGE"_s, u"R-1"_s);
}

TEST(SignalTest, LateChangeNeedsTheDeadline)
{
    const Analysis a = SignalScenario().removeEvent(u"E-DL"_s).revise(u"R-1"_s, u"2024-03-23"_s).analyze();
    expectNotEvaluated(a, u"LATE_CHANGE"_s, u"events.bid_deadline"_s);
}

// --- DEADLINE_NOT_EXTENDED --------------------------------------------------------------------

TEST(SignalTest, DeadlineNotExtendedFiresAfterASignificantLateChange)
{
    const Analysis a = SignalScenario().revise(u"R-7"_s, u"2024-03-23"_s, {{u"mandatory"_s, true}}).analyze();
    expectFires(a, u"DEADLINE_NOT_EXTENDED"_s, u"R-7"_s);
    const Signal* s = findSignal(a, u"DEADLINE_NOT_EXTENDED"_s, u"R-7"_s);
    EXPECT_TRUE(s->message.contains(u"optional → mandatory"_s)) << s->message.toStdString();
}

TEST(SignalTest, DeadlineNotExtendedRecognisesEachKindOfSignificantChange)
{
    // A number in the text, a raised weight, withdrawn then active again, an added requirement.
    expectFires(SignalScenario().revise(u"R-1"_s, u"2024-03-25"_s, {{u"text"_s, u"Keep 30 days of logs."_s}}).analyze(),
                u"DEADLINE_NOT_EXTENDED"_s,
                u"R-1"_s);
    expectFires(SignalScenario().revise(u"R-1"_s, u"2024-03-25"_s, {{u"weight"_s, 4}}).analyze(),
                u"DEADLINE_NOT_EXTENDED"_s,
                u"R-1"_s);
    expectFires(SignalScenario()
                    .revise(u"R-2"_s, u"2024-03-10"_s, {{u"status"_s, u"withdrawn"_s}})
                    .revise(u"R-2"_s, u"2024-03-25"_s, {{u"status"_s, u"active"_s}})
                    .analyze(),
                u"DEADLINE_NOT_EXTENDED"_s,
                u"R-2"_s);
    expectFires(SignalScenario().revise(u"R-9"_s, u"2024-03-25"_s).analyze(), u"DEADLINE_NOT_EXTENDED"_s, u"R-9"_s);
}

TEST(SignalTest, DeadlineNotExtendedIgnoresMinorChanges)
{
    // Reworded, weight lowered, made optional: late (LATE_CHANGE) but not significant.
    const Analysis a = SignalScenario()
                           .revise(u"R-1"_s, u"2024-03-25"_s)
                           .revise(u"R-2"_s, u"2024-03-25"_s, {{u"weight"_s, 1}})
                           .revise(u"R-3"_s, u"2024-03-25"_s, {{u"mandatory"_s, false}})
                           .analyze();
    expectClear(a, u"DEADLINE_NOT_EXTENDED"_s);
    EXPECT_EQ(countSignals(a, u"LATE_CHANGE"_s), 3);
}

TEST(SignalTest, DeadlineNotExtendedIsClearAtExactlySevenDays)
{
    expectClear(SignalScenario().revise(u"R-7"_s, u"2024-03-22"_s, {{u"mandatory"_s, true}}).analyze(),
                u"DEADLINE_NOT_EXTENDED"_s);
}

TEST(SignalTest, DeadlineNotExtendedIsClearWhenALaterExtensionRestoresSevenDays)
{
    // Changed on 03-25 with 4 days left; extended on 03-26 to 04-01: 7 days from the change.
    SignalScenario sc;
    sc.revise(u"R-7"_s, u"2024-03-25"_s, {{u"mandatory"_s, true}}).setDecision(u"decided_at"_s, u"2024-04-10"_s);
    expectClear(
        SignalScenario(sc).setEvent(u"E-EXT"_s, u"deadline_extended"_s, u"2024-03-26"_s, u"2024-04-01"_s).analyze(),
        u"DEADLINE_NOT_EXTENDED"_s);
    // To 03-31 gives only 6 days: still fires.
    expectFires(
        SignalScenario(sc).setEvent(u"E-EXT"_s, u"deadline_extended"_s, u"2024-03-26"_s, u"2024-03-31"_s).analyze(),
        u"DEADLINE_NOT_EXTENDED"_s,
        u"R-7"_s);
}

TEST(SignalTest, DeadlineNotExtendedNeedsTheDeadline)
{
    expectNotEvaluated(
        SignalScenario().removeEvent(u"E-DL"_s).analyze(), u"DEADLINE_NOT_EXTENDED"_s, u"events.bid_deadline"_s);
}

// --- CHANGE_AFTER_SUBMISSION ------------------------------------------------------------------

TEST(SignalTest, ChangeAfterSubmissionFiresOnTheBidLeftStale)
{
    // B-1..B-3 answered R-1 rev 1 on 03-20; rev 2 on 03-25; only B-1 answers again.
    const Analysis a = SignalScenario()
                           .revise(u"R-1"_s, u"2024-03-25"_s)
                           .answer(u"B-1"_s, u"R-1"_s, 2, u"full"_s, u"2024-03-26"_s)
                           .analyze();
    expectFires(a, u"CHANGE_AFTER_SUBMISSION"_s, u"B-2"_s);
    expectFires(a, u"CHANGE_AFTER_SUBMISSION"_s, u"B-3"_s);
    EXPECT_EQ(findSignal(a, u"CHANGE_AFTER_SUBMISSION"_s, u"B-1"_s), nullptr) << "B-1 answered rev 2";
    const Signal* s = findSignal(a, u"CHANGE_AFTER_SUBMISSION"_s, u"B-2"_s);
    EXPECT_EQ(s->subjectKind, u"bid"_s);
    EXPECT_EQ(s->at, day(3, 25));
    EXPECT_TRUE(hasEvidence(*s, u"answer"_s, u"B-2"_s));
}

TEST(SignalTest, ChangeAfterSubmissionIsClearOnTheSubmissionDay)
{
    // "After" is a strictly later day.
    expectClear(SignalScenario().revise(u"R-1"_s, u"2024-03-20"_s).analyze(), u"CHANGE_AFTER_SUBMISSION"_s);
}

TEST(SignalTest, ChangeAfterSubmissionIgnoresWithdrawnBids)
{
    const Analysis a = SignalScenario()
                           .revise(u"R-1"_s, u"2024-03-25"_s)
                           .setBid(u"B-2"_s, u"status"_s, u"withdrawn"_s)
                           .answer(u"B-1"_s, u"R-1"_s, 2, u"full"_s, u"2024-03-26"_s)
                           .answer(u"B-3"_s, u"R-1"_s, 2, u"full"_s, u"2024-03-26"_s)
                           .analyze();
    expectClear(a, u"CHANGE_AFTER_SUBMISSION"_s);
}

TEST(SignalTest, ChangeAfterSubmissionNeedsTheDeadline)
{
    expectNotEvaluated(SignalScenario().removeEvent(u"E-DL"_s).revise(u"R-1"_s, u"2024-03-25"_s).analyze(),
                       u"CHANGE_AFTER_SUBMISSION"_s,
                       u"events.bid_deadline"_s);
}

// --- CHANGE_AFTER_DEADLINE --------------------------------------------------------------------

TEST(SignalTest, ChangeAfterDeadlineFiresTheDayAfter)
{
    const Analysis a = SignalScenario().revise(u"R-2"_s, u"2024-03-30"_s).analyze();
    expectFires(a, u"CHANGE_AFTER_DEADLINE"_s, u"R-2"_s);
    EXPECT_EQ(findSignal(a, u"CHANGE_AFTER_DEADLINE"_s)->severity, Severity::High);
}

TEST(SignalTest, ChangeAfterDeadlineIsClearOnTheDeadlineDay)
{
    expectClear(SignalScenario().revise(u"R-2"_s, u"2024-03-29"_s).analyze(), u"CHANGE_AFTER_DEADLINE"_s);
}

TEST(SignalTest, ChangeAfterDeadlineNeedsTheDeadline)
{
    expectNotEvaluated(
        SignalScenario().removeEvent(u"E-DL"_s).analyze(), u"CHANGE_AFTER_DEADLINE"_s, u"events.bid_deadline"_s);
}
