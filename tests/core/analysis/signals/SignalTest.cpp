// SPDX-License-Identifier: EUPL-1.2
// One group of tests per signal of docs/signals.md: a dossier where it fires, a near miss
// where it must not (usually a fact exactly at the threshold), and one where it cannot be
// evaluated. Each starts from SignalScenario, where every signal is evaluated and clear.
#include "analysis/ClaimCheck.h"
#include "analysis/SignalEngine.h"
#include "analysis/signals/SignalCatalogue.h"
#include "core/analysis/signals/SignalScenario.h"
#include "text/AnalysisFormat.h"

#include <gtest/gtest.h>

using namespace hostreview;
using namespace hostreview::test;
using namespace Qt::StringLiterals;

namespace {

QDate day(int month, int dayOfMonth)
{
    return QDate(2024, month, dayOfMonth);
}

void expectFires(const Analysis& a, const QString& code, const QString& subject)
{
    const Coverage* c = findCoverage(a, code);
    ASSERT_NE(c, nullptr);
    EXPECT_TRUE(c->evaluated) << code.toStdString() << " missing " << c->missing.toStdString();
    EXPECT_NE(findSignal(a, code, subject), nullptr)
        << code.toStdString() << " on " << subject.toStdString() << " should fire; " << describe(a);
}

void expectClear(const Analysis& a, const QString& code)
{
    const Coverage* c = findCoverage(a, code);
    ASSERT_NE(c, nullptr);
    EXPECT_TRUE(c->evaluated) << code.toStdString() << " missing " << c->missing.toStdString();
    EXPECT_EQ(countSignals(a, code), 0) << code.toStdString() << " should be clear; " << describe(a);
}

void expectNotEvaluated(const Analysis& a, const QString& code, const QString& missing)
{
    const Coverage* c = findCoverage(a, code);
    ASSERT_NE(c, nullptr);
    EXPECT_FALSE(c->evaluated) << code.toStdString() << " should not be evaluated";
    EXPECT_TRUE(c->missing.contains(missing))
        << code.toStdString() << ": missing \"" << c->missing.toStdString() << "\", expected " << missing.toStdString();
    EXPECT_EQ(countSignals(a, code), 0);
    // Left out of the index, not counted as clear.
    for (const IndexComponent& ic : a.breakdown) {
        if (ic.code == code) {
            EXPECT_FALSE(ic.evaluated);
        }
    }
}

QList<int> revisionsIn(const Signal& s)
{
    QList<int> revs;
    for (const Evidence& e : s.evidence) {
        if (e.kind == u"revision"_s)
            revs << e.rev;
    }
    return revs;
}

bool hasEvidence(const Signal& s, const QString& kind, const QString& id)
{
    return std::any_of(s.evidence.cbegin(), s.evidence.cend(), [&](const Evidence& e) {
        return e.kind == kind && (e.id == id || e.bid == id || e.requirement == id);
    });
}

} // namespace

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

// --- EXTRATERRITORIAL_EXPOSURE ----------------------------------------------------------------

TEST(SignalTest, ExtraterritorialExposureFiresThroughTheParentCountry)
{
    const Analysis a = SignalScenario()
                           .setVendor(u"V-1"_s, u"country"_s, u"IE"_s)
                           .setVendor(u"V-1"_s, u"parent"_s, u"Alpha Corp."_s)
                           .setVendor(u"V-1"_s, u"parent_country"_s, u"US"_s)
                           .analyze();
    expectFires(a, u"EXTRATERRITORIAL_EXPOSURE"_s, u"V-1"_s);
    const Signal* s = findSignal(a, u"EXTRATERRITORIAL_EXPOSURE"_s);
    EXPECT_EQ(s->subjectKind, u"vendor"_s);
    EXPECT_TRUE(s->message.contains(u"CLOUD Act"_s)) << s->message.toStdString();
}

TEST(SignalTest, ExtraterritorialExposureIsClearForOtherDataOrJurisdictions)
{
    expectClear(
        SignalScenario().setVendor(u"V-1"_s, u"country"_s, u"US"_s).setDossier(u"sensitivity"_s, u"public"_s).analyze(),
        u"EXTRATERRITORIAL_EXPOSURE"_s);
    // The profile decides which jurisdictions expose a vendor.
    expectClear(SignalScenario()
                    .setVendor(u"V-1"_s, u"country"_s, u"US"_s)
                    .analyze(std::nullopt, R"({"exposed_jurisdictions": {"CN": ["NIL"]}})"),
                u"EXTRATERRITORIAL_EXPOSURE"_s);
}

TEST(SignalTest, ExtraterritorialExposureNeedsTheSelectedVendor)
{
    expectNotEvaluated(SignalScenario().removeDecision().analyze(), u"EXTRATERRITORIAL_EXPOSURE"_s, u"decision"_s);
}

TEST(SignalTest, ExtraterritorialExposureIsNotEvaluatedWhenTheVendorsCountryIsUnknown)
{
    SignalScenario noCountry;
    QJsonArray vendors = noCountry.root.value(u"vendors"_s).toArray();
    QJsonObject v1 = vendors[0].toObject();
    ASSERT_EQ(v1.value(u"id"_s).toString(), u"V-1"_s);
    v1.remove(u"country"_s);
    vendors[0] = v1;
    noCountry.root[u"vendors"_s] = vendors;
    expectNotEvaluated(noCountry.analyze(), u"EXTRATERRITORIAL_EXPOSURE"_s, u"vendors.V-1.country"_s);
    // A named parent whose country is unknown could expose it too.
    expectNotEvaluated(SignalScenario().setVendor(u"V-1"_s, u"parent"_s, u"Alpha Corp."_s).analyze(),
                       u"EXTRATERRITORIAL_EXPOSURE"_s,
                       u"vendors.V-1.parent_country"_s);
    // An exposure known through the parent needs nothing more.
    expectFires(SignalScenario(noCountry)
                    .setVendor(u"V-1"_s, u"parent"_s, u"Alpha Corp."_s)
                    .setVendor(u"V-1"_s, u"parent_country"_s, u"US"_s)
                    .analyze(),
                u"EXTRATERRITORIAL_EXPOSURE"_s,
                u"V-1"_s);
    // Data that is neither health nor personal: evaluated, clear, whatever the country.
    expectClear(noCountry.setDossier(u"sensitivity"_s, u"public"_s).analyze(), u"EXTRATERRITORIAL_EXPOSURE"_s);
}

// --- MISSING_CERTIFICATION --------------------------------------------------------------------

TEST(SignalTest, MissingCertificationFiresWhenExpiredTheDayBeforeTheDecision)
{
    const QJsonArray expired{
        QJsonObject{{u"scheme"_s, u"HDS"_s}, {u"valid_from"_s, u"2021-01-01"_s}, {u"valid_until"_s, u"2024-04-09"_s}}};
    const Analysis a = SignalScenario().setVendor(u"V-1"_s, u"certifications"_s, expired).analyze();
    expectFires(a, u"MISSING_CERTIFICATION"_s, u"V-1"_s);
    EXPECT_TRUE(findSignal(a, u"MISSING_CERTIFICATION"_s)->message.contains(u"HDS"_s));
}

TEST(SignalTest, MissingCertificationIsClearWhenValidOnTheDecisionDay)
{
    const QJsonArray lastDay{
        QJsonObject{{u"scheme"_s, u"HDS"_s}, {u"valid_from"_s, u"2021-01-01"_s}, {u"valid_until"_s, u"2024-04-10"_s}}};
    expectClear(SignalScenario().setVendor(u"V-1"_s, u"certifications"_s, lastDay).analyze(),
                u"MISSING_CERTIFICATION"_s);
}

TEST(SignalTest, MissingCertificationNeedsRequiredSchemes)
{
    expectNotEvaluated(SignalScenario().removeDossierKey(u"required_certifications"_s).analyze(),
                       u"MISSING_CERTIFICATION"_s,
                       u"dossier.required_certifications"_s);
    expectNotEvaluated(SignalScenario().removeDecisionKey(u"decided_at"_s).analyze(),
                       u"MISSING_CERTIFICATION"_s,
                       u"decision.decided_at"_s);
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
