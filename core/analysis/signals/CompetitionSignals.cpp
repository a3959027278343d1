// SPDX-License-Identifier: EUPL-1.2
// Detectors of the competition family: how many bids, who complied, who was set aside, how the procedure was chosen.
#include "analysis/signals/Detection.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace hostreview::detectors {

void winnerOnlyCompliant(const SignalContext& ctx, SignalSink& out)
{
    // With fewer than two bids it cannot fire, whatever else is missing: nothing missing could
    // change the result (docs/signals.md, "missing means it could change the result").
    if (!out.need(ctx.bids.size() < 2 ? QStringList() : ctx.missingSelected() + ctx.missingDeadline()))
        return;
    if (ctx.bids.size() < 2)
        return;
    QSet<QString> vendorSet;
    for (const Bid* b : ctx.bids)
        vendorSet.insert(b->vendor);
    for (const auto& state : ctx.q.mandatoryCompliance(ctx.selected, *ctx.finalDeadline).met) {
        const Requirement& r = *state.requirement;
        bool other = false;
        for (const QString& v : vendorSet) {
            if (v != ctx.selected && ctx.q.isCompliant(v, r, *ctx.finalDeadline)) {
                other = true;
                break;
            }
        }
        if (other)
            continue;
        const auto a = ctx.q.answerAsOf(ctx.selected, r.id, *ctx.finalDeadline);
        out.fire(
            r.id,
            *ctx.finalDeadline,
            SignalEngine::tr("At the final deadline (%1), %2 is the only bidder compliant with mandatory requirement "
                             "%3 (rev %4), out of %n bid(s).",
                             nullptr,
                             int(ctx.bids.size()))
                .arg(out.date(*ctx.finalDeadline), ctx.vendorName(ctx.selected), ctx.reqLabel(r))
                .arg(state.revision->rev),
            {revisionEvidence(r.id, state.revision->rev), answerEvidence(a.bid->id, r.id, a.response->rev)});
    }
}

void singleBid(const SignalContext& ctx, SignalSink& out)
{
    out.evaluated();
    if (ctx.bids.size() != 1)
        return;
    const Bid* b = ctx.bids.front();
    out.fire(ctx.d.info.id,
             b->submittedAt.day(),
             SignalEngine::tr("Only one bid was received (and not withdrawn): %1 from %2.")
                 .arg(b->id, ctx.vendorName(b->vendor)),
             {idEvidence(u"bid"_s, b->id)});
}

void fewBids(const SignalContext& ctx, SignalSink& out)
{
    out.evaluated();
    const int n = int(ctx.bids.size());
    if (n < 2 || n >= ctx.profile.fewBidsBelow)
        return;
    QList<Evidence> ev;
    QDate last;
    for (const Bid* b : ctx.bids) {
        ev << idEvidence(u"bid"_s, b->id);
        last = std::max(last, b->submittedAt.day());
    }
    out.fire(ctx.d.info.id,
             last,
             SignalEngine::tr("Only %n bid(s) not withdrawn, fewer than %1.", nullptr, n).arg(ctx.profile.fewBidsBelow),
             ev);
}

void allButWinnerDisqualified(const SignalContext& ctx, SignalSink& out)
{
    if (!out.need(ctx.missingSelected()))
        return;
    QList<const Bid*> others;
    for (const Bid* b : ctx.bids) {
        if (b->vendor != ctx.selected)
            others << b;
    }
    if (others.isEmpty())
        return;
    if (!std::all_of(others.cbegin(), others.cend(), [](const Bid* b) {
            return b->statusOrDefault() == BidStatus::Disqualified;
        }))
        return;
    QList<Evidence> ev;
    QStringList names;
    for (const Bid* b : others) {
        ev << idEvidence(u"bid"_s, b->id);
        names << b->id + u" (" + ctx.vendorName(b->vendor) + u')';
    }
    out.fire(
        ctx.d.info.id,
        ctx.d.decision && ctx.d.decision->decidedAt ? ctx.d.decision->decidedAt->day() : QDate(),
        SignalEngine::tr("Every bid other than the selected vendor's was disqualified: %1.").arg(names.join(u", "_s)),
        ev);
}

void noOpenProcedure(const SignalContext& ctx, SignalSink& out)
{
    if (!ctx.d.info.procedure || *ctx.d.info.procedure == Procedure::Unknown) {
        out.notEvaluated({u"dossier.procedure"_s});
        return;
    }
    out.evaluated();
    const Procedure p = *ctx.d.info.procedure;
    if (p != Procedure::DirectAward && p != Procedure::NegotiatedWithoutPublication)
        return;
    QDate at = ctx.opening.value_or(QDate());
    if (!at.isValid() && ctx.d.decision && ctx.d.decision->decidedAt)
        at = ctx.d.decision->decidedAt->day();
    // The evidence: the decision that chose the provider, and the opening when there was one.
    QList<Evidence> ev;
    if (ctx.d.decision)
        ev << ctx.decisionEvidence();
    if (ctx.opening)
        ev << idEvidence(u"event"_s, ctx.q.opening()->id);
    out.fire(
        ctx.d.info.id,
        at,
        SignalEngine::tr("The provider was chosen without a call for competition (procedure \"%1\").").arg(enumName(p)),
        ev);
}

} // namespace hostreview::detectors
