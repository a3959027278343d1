// SPDX-License-Identifier: EUPL-1.2
// Detectors of the timing family: the response window and changes against the deadline in force and the bids
// (docs/signals.md, "Timing").
#include "analysis/signals/Detection.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace hostreview::detectors {

void shortWindow(const SignalContext& ctx, SignalSink& out)
{
    if (!out.need(ctx.missingOpening() + ctx.missingDeadline()))
        return;
    const qint64 window = ctx.opening->daysTo(*ctx.finalDeadline);
    const Procedure procedure = ctx.d.info.procedureOrDefault();
    const double minimum = ctx.profile.minWindowFor(procedure);
    if (double(window) >= minimum)
        return;
    QString message =
        SignalEngine::tr("The response window was %n day(s) (%1 to %2), under the %3-day minimum for "
                         "the procedure \"%4\".",
                         nullptr,
                         int(window))
            .arg(out.date(*ctx.opening), out.date(*ctx.finalDeadline), numberText(minimum), enumName(procedure));
    const double open = ctx.profile.minWindowFor(Procedure::Open);
    if (procedure != Procedure::Open && double(window) < open) {
        message +=
            u' ' + SignalEngine::tr("It is also shorter than the %1 days an open procedure would require (a benchmark "
                                    "where the procedure has no statutory minimum).")
                       .arg(numberText(open));
    }
    QList<Evidence> ev{idEvidence(u"event"_s, ctx.q.opening()->id)};
    if (ctx.q.bidDeadline())
        ev << idEvidence(u"event"_s, ctx.q.bidDeadline()->id);
    for (const Event& e : ctx.d.events) {
        if (e.kind == EventKind::DeadlineExtended)
            ev << idEvidence(u"event"_s, e.id);
    }
    out.fire(ctx.d.info.id, *ctx.finalDeadline, message, ev);
}

void lateChange(const SignalContext& ctx, SignalSink& out)
{
    if (!out.need(ctx.missingOpening() + ctx.missingDeadline()))
        return;
    const double window = double(ctx.opening->daysTo(*ctx.finalDeadline));
    const double threshold = std::max(ctx.profile.lateChangeDays, product(ctx.profile.lateChangeFraction, window));
    ByRequirement<SignalContext::Change> late;
    for (const SignalContext::Change& c : ctx.changes) {
        const QDate day = c.revision->effectiveAt.day();
        const auto dl = ctx.q.deadlineAt(day);
        if (!dl)
            continue;
        const qint64 left = day.daysTo(*dl);
        if (left >= 0 && double(left) < threshold)
            late[c.requirement] << c;
    }
    for (auto it = late.cbegin(); it != late.cend(); ++it) {
        QStringList parts;
        QList<Evidence> ev;
        for (const SignalContext::Change& c : *it) {
            const QDate day = c.revision->effectiveAt.day();
            const QDate dl = *ctx.q.deadlineAt(day);
            parts << SignalEngine::tr(
                         "rev %1 on %2, %n day(s) before the deadline then in force (%3)", nullptr, int(day.daysTo(dl)))
                         .arg(c.revision->rev)
                         .arg(out.date(day), out.date(dl));
            ev << revisionEvidence(c.requirement->id, c.revision->rev) << ctx.deadlineEvidence(day);
        }
        ev.erase(std::unique(ev.begin(), ev.end()), ev.end());
        const Requirement& r = *it->front().requirement;
        out.fire(r.id,
                 it->front().revision->effectiveAt.day(),
                 SignalEngine::tr("%1 changed late: %2. Threshold: fewer than %3 days (the larger of %4 days and %5 of "
                                  "the %6-day window).")
                     .arg(ctx.reqLabel(r),
                          parts.join(u"; "_s),
                          numberText(threshold),
                          numberText(ctx.profile.lateChangeDays),
                          numberText(ctx.profile.lateChangeFraction),
                          numberText(window)),
                 ev);
    }
}

void deadlineNotExtended(const SignalContext& ctx, SignalSink& out)
{
    if (!out.need(ctx.missingDeadline()))
        return;
    const double minimum = ctx.profile.minDaysAfterSignificantChange;
    ByRequirement<std::pair<SignalContext::Change, QString>> found;
    for (const SignalContext::Change& c : ctx.changes) {
        const QDate day = c.revision->effectiveAt.day();
        const auto dl = ctx.q.deadlineAt(day);
        if (!dl || double(day.daysTo(*dl)) >= minimum)
            continue; // checked first: it is cheaper than the significance, which reads the texts
        QStringList why;
        if (!ctx.isSignificant(*c.requirement, *c.revision, &why))
            continue;
        // A later extension (on a later day) that gave bidders at least `minimum` days after it.
        const bool restored = std::any_of(ctx.d.events.cbegin(), ctx.d.events.cend(), [&](const Event& e) {
            return e.kind == EventKind::DeadlineExtended && e.at.day() > day &&
                   double(day.daysTo(e.newDeadline->day())) >= minimum;
        });
        if (!restored)
            found[c.requirement].push_back({c, why.join(u", "_s)});
    }
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        QStringList parts;
        QList<Evidence> ev;
        for (const auto& [c, why] : *it) {
            const QDate day = c.revision->effectiveAt.day();
            const QDate dl = *ctx.q.deadlineAt(day);
            // On or after the deadline then in force, it counts too (0 days left, or fewer): said
            // as days late, never as a negative count.
            const qint64 left = day.daysTo(dl);
            if (left > 0) {
                parts << SignalEngine::tr("rev %1 on %2 (%3) left %n day(s) until %4", nullptr, int(left))
                             .arg(c.revision->rev)
                             .arg(out.date(day), why, out.date(dl));
            } else if (left == 0) {
                parts << SignalEngine::tr("rev %1 on %2 (%3) came on the day of the deadline then in force")
                             .arg(c.revision->rev)
                             .arg(out.date(day), why);
            } else {
                parts << SignalEngine::tr("rev %1 on %2 (%3) came %n day(s) after the deadline then in force (%4)",
                                          nullptr,
                                          int(-left))
                             .arg(c.revision->rev)
                             .arg(out.date(day), why, out.date(dl));
            }
            ev << revisionEvidence(c.requirement->id, c.revision->rev) << ctx.deadlineEvidence(day);
        }
        ev.erase(std::unique(ev.begin(), ev.end()), ev.end());
        const Requirement& r = *it->front().first.requirement;
        out.fire(r.id,
                 it->front().first.revision->effectiveAt.day(),
                 SignalEngine::tr("%1 changed significantly: %2; no later extension gave bidders %3 days.")
                     .arg(ctx.reqLabel(r), parts.join(u"; "_s), numberText(minimum)),
                 ev);
    }
}

void changeAfterSubmission(const SignalContext& ctx, SignalSink& out)
{
    if (!out.need(ctx.missingDeadline()))
        return;
    // Compact copies of what the loops below compare, for each requirement (by index in the
    // dossier): its changes (day and rev) and the rev in force at the final deadline (0: none).
    // Following pointers to revisions and answers for every (bid, requirement) pair cost more
    // than the comparisons themselves on a large dossier.
    struct Step
    {
        QDate day;
        int rev;
    };
    const qsizetype n = ctx.d.requirements.size();
    std::vector<Step> steps;
    std::vector<qsizetype> stepsFrom(size_t(n) + 1, 0); // requirement i: [stepsFrom[i], stepsFrom[i + 1])
    std::vector<int> inForceAtEnd(size_t(n), 0);
    {
        qsizetype c = 0;
        for (qsizetype i = 0; i < n; ++i) {
            stepsFrom[size_t(i)] = qsizetype(steps.size());
            const Requirement* req = &ctx.d.requirements[i];
            for (; c < ctx.changes.size() && ctx.changes[c].requirement == req; ++c)
                steps.push_back({ctx.changes[c].revision->effectiveAt.day(), ctx.changes[c].revision->rev});
            if (stepsFrom[size_t(i)] != qsizetype(steps.size())) {
                const RequirementRevision* inForce = DossierQueries::inForce(*req, *ctx.finalDeadline);
                inForceAtEnd[size_t(i)] = inForce ? inForce->rev : 0;
            }
        }
        stepsFrom[size_t(n)] = qsizetype(steps.size());
    }
    // Per requirement answered by a bid: the lowest revision answered, and the revision of the
    // latest answer given by the final deadline.
    struct Answered
    {
        int lowestRev = std::numeric_limits<int>::max();
        int latestRev = 0; // 0: no answer by the final deadline
        Moment latestAt;
    };
    std::vector<Answered> answered{size_t(n), Answered()};
    for (const Bid* b : ctx.bids) {
        const QDate submitted = b->submittedAt.day();
        std::fill(answered.begin(), answered.end(), Answered());
        qsizetype next = 0;
        for (const Response& r : b->responses) {
            const qsizetype req = ctx.q.requirementIndex(r.requirement, next);
            if (req < 0)
                continue; // a valid dossier answers only its own requirements
            next = req + 1;
            Answered& a = answered[size_t(req)];
            a.lowestRev = std::min(a.lowestRev, r.rev);
            const Moment& at = b->answeredAt(r);
            // The answers come in the file's order: a later one on an equal moment wins.
            if (at.day() <= *ctx.finalDeadline && (a.latestRev == 0 || !Moment::isEarlier(at, a.latestAt))) {
                a.latestRev = r.rev;
                a.latestAt = at;
            }
        }
        // The stale answers first, then the evidence in one allocation (16,000 answers a bid in
        // the benchmark: a growing list would copy them over and over).
        struct Stale
        {
            qsizetype requirement;
            const Step* change;
        };
        std::vector<Stale> stale;
        for (qsizetype i = 0; i < n; ++i) {
            const Answered& found = answered[size_t(i)];
            if (found.latestRev == 0 || inForceAtEnd[size_t(i)] == found.latestRev)
                continue; // no answer, or an answer to the revision in force: not stale
            // The first change after submission to a revision later than one the bid answered:
            // the one that left the answer behind (the requirement's history shows any later one).
            const Step* begin = steps.data() + stepsFrom[size_t(i)];
            const Step* end = steps.data() + stepsFrom[size_t(i) + 1];
            const Step* change = std::find_if(
                begin, end, [&](const Step& step) { return step.day > submitted && found.lowestRev < step.rev; });
            if (change != end)
                stale.push_back({i, change});
        }
        if (stale.empty())
            continue;
        QStringList parts;
        int hits = 0;
        QList<Evidence> ev;
        ev.reserve(1 + 2 * qsizetype(stale.size()));
        ev << idEvidence(u"bid"_s, b->id);
        QDate first;
        for (const auto& [i, change] : stale) {
            const Answered& found = answered[size_t(i)];
            const Requirement& req = ctx.d.requirements[i];
            const QDate day = change->day;
            if (++hits <= MaxListed) {
                parts << SignalEngine::tr("%1 rev %2 on %3 (the bid's answer is to rev %4)")
                             .arg(req.id)
                             .arg(change->rev)
                             .arg(out.date(day))
                             .arg(found.latestRev);
            }
            ev << revisionEvidence(req.id, change->rev) << answerEvidence(b->id, req.id, found.latestRev);
            if (!first.isValid() || day < first)
                first = day;
        }
        out.fire(b->id,
                 first,
                 SignalEngine::tr("Bid %1 (%2), submitted %3, answered revisions that changed afterwards and were not "
                                  "answered again by the final deadline (%4): %5.")
                     .arg(b->id,
                          ctx.vendorName(b->vendor),
                          out.date(submitted),
                          out.date(*ctx.finalDeadline),
                          ctx.listed(parts, hits)),
                 ev);
    }
}

void changeAfterDeadline(const SignalContext& ctx, SignalSink& out)
{
    if (!out.need(ctx.missingDeadline()))
        return;
    ByRequirement<SignalContext::Change> after;
    for (const SignalContext::Change& c : ctx.changes) {
        if (c.revision->effectiveAt.day() > *ctx.finalDeadline)
            after[c.requirement] << c;
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        QStringList parts;
        QList<Evidence> ev;
        for (const SignalContext::Change& c : *it) {
            parts << SignalEngine::tr("rev %1 on %2").arg(c.revision->rev).arg(out.date(c.revision->effectiveAt.day()));
            ev << revisionEvidence(c.requirement->id, c.revision->rev);
        }
        ev << ctx.finalDeadlineEvidence();
        out.fire(it->front().requirement->id,
                 it->front().revision->effectiveAt.day(),
                 SignalEngine::tr("%1 changed after the final deadline (%2): %3.")
                     .arg(ctx.reqLabel(*it->front().requirement), out.date(*ctx.finalDeadline), parts.join(u", "_s)),
                 ev);
    }
}

} // namespace hostreview::detectors
