// SPDX-License-Identifier: EUPL-1.2
// Detectors of the decision family: the decision against the evidence: its date, its publication, its claims, the
// selected vendor's compliance, the assessment.
#include "analysis/signals/Detection.h"

#include "format/AssessmentTemplate.h"
#include "text/Labels.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace hostreview::detectors {

void rushedDecision(const SignalContext& ctx, SignalSink& out)
{
    QStringList missing = ctx.missingDeadline();
    if (!ctx.d.decision || !ctx.d.decision->decidedAt)
        missing << u"decision.decided_at"_s;
    if (!out.need(missing))
        return;
    const QDate decided = ctx.d.decision->decidedAt->day();
    const qint64 days = ctx.finalDeadline->daysTo(decided);
    if (double(days) >= ctx.profile.minEvaluationDays)
        return;
    const bool before = days < 0;
    out.fire(
        ctx.d.info.id,
        decided,
        before
            ? SignalEngine::tr("The decision (%1) came %n day(s) before the final deadline (%2).", nullptr, int(-days))
                  .arg(out.date(decided), out.date(*ctx.finalDeadline))
            : SignalEngine::tr("The decision (%1) came %n day(s) after the final deadline (%2), under the %3 days "
                               "set for evaluating the bids.",
                               nullptr,
                               int(days))
                  .arg(out.date(decided), out.date(*ctx.finalDeadline), numberText(ctx.profile.minEvaluationDays)),
        {ctx.decisionEvidence(), ctx.finalDeadlineEvidence()},
        before ? Severity::High : Severity::Medium);
}

void latePublication(const SignalContext& ctx, SignalSink& out)
{
    QStringList missing;
    if (!ctx.d.decision || !ctx.d.decision->decidedAt)
        missing << u"decision.decided_at"_s;
    if (!ctx.d.decision || !ctx.d.decision->publishedAt)
        missing << u"decision.published_at"_s;
    if (!out.need(missing))
        return;
    const QDate decided = ctx.d.decision->decidedAt->day();
    const QDate published = ctx.d.decision->publishedAt->day();
    const qint64 days = decided.daysTo(published);
    if (double(days) <= ctx.profile.maxPublicationDelayDays)
        return;
    out.fire(
        ctx.d.info.id,
        published,
        SignalEngine::tr("The decision of %1 was published on %2, %n day(s) later (more than %3).", nullptr, int(days))
            .arg(out.date(decided), out.date(published), numberText(ctx.profile.maxPublicationDelayDays)),
        {ctx.decisionEvidence()});
}

void claimContradicted(const SignalContext& ctx, SignalSink& out)
{
    QStringList missing = ctx.missingSelected();
    const bool hasTestable = ctx.d.decision && std::any_of(ctx.d.decision->claims.cbegin(),
                                                           ctx.d.decision->claims.cend(),
                                                           [](const Claim& c) { return c.kind != ClaimKind::Other; });
    if (ctx.d.decision && !hasTestable)
        missing << u"decision.claims"_s;
    // "No compliant alternative" is tested at the final deadline, unless no other bidder exists.
    const bool otherBidder =
        std::any_of(ctx.bids.cbegin(), ctx.bids.cend(), [&](const Bid* b) { return b->vendor != ctx.selected; });
    const bool needsDeadline = hasTestable && otherBidder &&
                               std::any_of(ctx.d.decision->claims.cbegin(),
                                           ctx.d.decision->claims.cend(),
                                           [](const Claim& c) { return c.kind == ClaimKind::NoCompliantAlternative; });
    // "No alternative offer" needs no deadline: when such a claim is contradicted, the code fires
    // (no false clear) and only the "no compliant alternative" claims wait for a deadline.
    const bool offerClaimFires = hasTestable && otherBidder &&
                                 std::any_of(ctx.d.decision->claims.cbegin(),
                                             ctx.d.decision->claims.cend(),
                                             [](const Claim& c) { return c.kind == ClaimKind::NoAlternativeOffer; });
    if (needsDeadline && !offerClaimFires)
        missing += ctx.missingDeadline();
    if (!out.need(missing))
        return;
    QList<const Bid*> others;
    for (const Bid* b : ctx.bids) {
        if (b->vendor != ctx.selected)
            others << b;
    }
    const QDate decided = ctx.d.decision->decidedAt ? ctx.d.decision->decidedAt->day() : QDate();
    for (const Claim& claim : ctx.d.decision->claims) {
        if (claim.kind == ClaimKind::NoAlternativeOffer && !others.isEmpty()) {
            QList<Evidence> ev{idEvidence(u"claim"_s, claim.id)};
            QStringList names;
            for (const Bid* b : others) {
                ev << idEvidence(u"bid"_s, b->id);
                // The status in the analysis's language ("disqualified", "écartée").
                names << b->id + u" (" + ctx.vendorName(b->vendor) + u", " +
                             Labels::of(b->statusOrDefault()).toLower() + u')';
            }
            out.fire(
                claim.id,
                decided,
                SignalEngine::tr("Claim %1 says there was no alternative offer, but the file holds %n other bid(s) not "
                                 "withdrawn: %2.",
                                 nullptr,
                                 int(others.size()))
                    .arg(claim.id, names.join(u", "_s)),
                ev);
        } else if (claim.kind == ClaimKind::NoCompliantAlternative && ctx.finalDeadline) {
            const auto inForce = ctx.q.requirementsInForce(*ctx.finalDeadline);
            QSet<QString> seen;
            QList<Evidence> ev{idEvidence(u"claim"_s, claim.id)};
            QStringList names;
            for (const Bid* b : others) {
                if (seen.contains(b->vendor))
                    continue;
                seen.insert(b->vendor);
                if (!ctx.q.mandatoryCompliance(b->vendor, *ctx.finalDeadline, inForce).all())
                    continue;
                names << ctx.vendorName(b->vendor);
                for (const Bid* vb : others) {
                    if (vb->vendor == b->vendor)
                        ev << idEvidence(u"bid"_s, vb->id);
                }
            }
            if (names.isEmpty())
                continue;
            out.fire(claim.id,
                     decided,
                     SignalEngine::tr("Claim %1 says no alternative was compliant, but at the final deadline (%2) %3 "
                                      "complied with every mandatory requirement in force.")
                         .arg(claim.id, out.date(*ctx.finalDeadline), names.join(u", "_s)),
                     ev);
        }
    }
}

void selectedNotCompliant(const SignalContext& ctx, SignalSink& out)
{
    if (!out.need(ctx.missingSelected() + ctx.missingDeadline()))
        return;
    for (const auto& state : ctx.q.mandatoryCompliance(ctx.selected, *ctx.finalDeadline).unmet) {
        const Requirement& r = *state.requirement;
        const auto a = ctx.q.answerAsOf(ctx.selected, r.id, *ctx.finalDeadline);
        QString what;
        QList<Evidence> ev{revisionEvidence(r.id, state.revision->rev)};
        if (!a) {
            what = SignalEngine::tr("no answer");
        } else {
            ev << answerEvidence(a.bid->id, r.id, a.response->rev);
            what = a.response->rev != state.revision->rev
                       ? SignalEngine::tr("a stale answer (to rev %1)").arg(a.response->rev)
                       : SignalEngine::tr("\"%1\"").arg(enumName(a.response->compliance));
        }
        out.fire(
            r.id,
            *ctx.finalDeadline,
            SignalEngine::tr("At the final deadline (%1), the selected vendor %2 gave %3 for mandatory requirement %4 "
                             "(rev %5 in force).")
                .arg(out.date(*ctx.finalDeadline), ctx.vendorName(ctx.selected), what, ctx.reqLabel(r))
                .arg(state.revision->rev),
            ev);
    }
}

void authorizedDespiteUnacceptable(const SignalContext& ctx, SignalSink& out)
{
    // The assessment is missing only when the outcome authorises: with any other outcome, or
    // with no decision (as of a day before it), nothing authorises, and it cannot fire.
    const Outcome o = ctx.d.decision ? ctx.d.decision->outcomeOrDefault() : Outcome::Pending;
    const bool authorises = o == Outcome::Authorized || o == Outcome::AuthorizedWithConditions;
    QStringList missing;
    if (authorises && ctx.d.assessment.isEmpty())
        missing << u"assessment"_s;
    if (!out.need(missing))
        return;
    if (!authorises)
        return;
    QList<Evidence> ev{ctx.decisionEvidence()};
    QStringList names;
    for (const Criterion& c : ctx.d.assessment) {
        if (c.statusOrDefault() == AssessmentStatus::Unacceptable) {
            ev << idEvidence(u"criterion"_s, c.criterion);
            names << (c.title ? c.criterion + u" (" + AssessmentTemplate::titleOf(c) + u')' : c.criterion);
        }
    }
    if (names.isEmpty())
        return;
    out.fire(ctx.d.info.id,
             ctx.d.decision->decidedAt ? ctx.d.decision->decidedAt->day() : QDate(),
             SignalEngine::tr("The outcome is \"%1\" although the assessment rates %n criterion(s) unacceptable: %2.",
                              nullptr,
                              int(names.size()))
                 .arg(enumName(o), names.join(u"; "_s)),
             ev);
}

} // namespace hostreview::detectors
