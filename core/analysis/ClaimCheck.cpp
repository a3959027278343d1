// SPDX-License-Identifier: EUPL-1.2
#include "analysis/ClaimCheck.h"

#include "support/Language.h"
#include "text/Labels.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hostreview {

namespace {

// Whether a vendor other than the selected one has a bid that is not withdrawn.
bool otherBidder(const QList<ClaimCheck::BidStanding>& bids)
{
    return std::any_of(
        bids.cbegin(), bids.cend(), [&](const ClaimCheck::BidStanding& b) { return !b.selected && !b.withdrawn(); });
}

// Who complied with every mandatory requirement and who did not, the selected vendor included:
// "OVHcloud met 19 of 21 mandatory requirements. The selected vendor, Microsoft, met 17 of 21."
QString standings(const QList<ClaimCheck::BidStanding>& bids)
{
    const QLocale locale = Language::locale();
    QStringList others;
    QStringList selected;
    for (const ClaimCheck::BidStanding& b : bids) {
        if (b.withdrawn())
            continue;
        const QString vendor = b.vendor ? b.vendor->name : b.bid->vendor;
        const QString met = locale.toString(b.mandatoryMet);
        const QString total = locale.toString(b.mandatoryTotal);
        if (b.selected) {
            selected << (b.compliant()
                             ? ClaimCheck::tr("The selected vendor, %1, met all %2 of them.").arg(vendor, total)
                             : ClaimCheck::tr("The selected vendor, %1, met %2 of %3: it did not comply "
                                              "either.")
                                   .arg(vendor, met, total));
        } else {
            others << ClaimCheck::tr("%1 met %2 of %3.").arg(vendor, met, total);
        }
    }
    return (others + selected).join(u' ');
}

} // namespace

QList<ClaimCheck> ClaimCheck::compute(const DossierQueries& queries, const Analysis& analysis)
{
    const Dossier& d = queries.dossier();
    QList<ClaimCheck> out;
    if (!d.decision)
        return out;
    const std::optional<QDate> final = queries.finalDeadline();
    QList<BidStanding> bids;
    const QList<DossierQueries::RequirementState> inForce =
        final ? queries.requirementsInForce(*final) : QList<DossierQueries::RequirementState>();
    // The analysis's day, for the bids' dated statuses; at the end without one.
    const QDate asOf = QDate::fromString(analysis.asOf.left(10), Qt::ISODate);
    const std::optional<QDate> statusDay = asOf.isValid() ? std::optional<QDate>(asOf) : std::nullopt;
    for (const Bid& b : d.bids) {
        BidStanding s;
        s.bid = &b;
        s.status = b.statusOn(statusDay);
        s.vendor = d.vendor(b.vendor);
        s.selected = d.decision->selectedVendor == b.vendor;
        if (final) {
            const auto standing = queries.mandatoryCompliance(b.vendor, *final, inForce);
            s.mandatoryMet = int(standing.met.size());
            s.mandatoryTotal = standing.total();
        }
        bids << s;
    }
    const Coverage* coverage = nullptr;
    for (const Coverage& c : analysis.coverage) {
        if (c.code == u"CLAIM_CONTRADICTED"_s)
            coverage = &c;
    }
    for (const Claim& claim : d.decision->claims) {
        ClaimCheck check;
        check.claim = claim;
        check.finalDeadline = final;
        check.bids = bids;
        const auto fired = std::find_if(analysis.fired.cbegin(), analysis.fired.cend(), [&](const Signal& s) {
            return s.code == u"CLAIM_CONTRADICTED"_s && s.subjectKind == u"claim"_s && s.subjectId == claim.id;
        });
        if (fired != analysis.fired.cend()) {
            check.verdict = Verdict::Contradicted;
            check.explanation = fired->message;
        } else if (claim.kind == ClaimKind::Other) {
            check.verdict = Verdict::NotTested;
            check.explanation = tr("HostReview tests the claims that no alternative offer was made and that no "
                                   "alternative was compliant; read this one against its source.");
        } else if (coverage && !coverage->evaluated) {
            check.verdict = Verdict::NotEvaluated;
            check.explanation = tr("The file lacks %1.").arg(Labels::missing(coverage->missing));
        } else if (claim.kind == ClaimKind::NoCompliantAlternative && !final && otherBidder(bids)) {
            // Tested at the final deadline, which the file does not give (the code was evaluated
            // through a "no alternative offer" claim).
            check.verdict = Verdict::NotEvaluated;
            check.explanation = tr("The file lacks %1.").arg(Labels::missing(u"events.bid_deadline"_s));
        } else {
            check.verdict = Verdict::NotContradicted;
            if (!otherBidder(bids)) {
                check.explanation = tr("The file holds no bid other than the selected vendor's, withdrawn bids "
                                       "aside.");
            } else {
                check.explanation = tr("No bidder other than the selected vendor complied with every mandatory "
                                       "requirement in force at the final deadline. %1")
                                        .arg(standings(bids));
            }
        }
        out << check;
    }
    return out;
}

QString ClaimCheck::verdictLabel(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Contradicted:
        return tr("Contradicted by the evidence");
    case Verdict::NotContradicted:
        return tr("Not contradicted");
    case Verdict::NotTested:
        return tr("Not tested");
    case Verdict::NotEvaluated:
        return tr("Not evaluated");
    }
    return {};
}

QString ClaimCheck::statusText(const BidStanding& b)
{
    if (b.status != BidStatus::Submitted && b.bid->statusAt)
        return tr("%1 on %2").arg(Labels::of(b.status), Language::date(b.bid->statusAt->day()));
    return Labels::of(b.status);
}

QString ClaimCheck::describe(const BidStanding& b)
{
    const QLocale locale = Language::locale();
    const QString vendor = b.vendor ? b.vendor->name : b.bid->vendor;
    QString line = b.withdrawn() ? tr("%1 — %2, %3: its answers do not count").arg(b.bid->id, vendor, statusText(b))
                                 : tr("%1 — %2, %3; mandatory requirements met: %4 of %5")
                                       .arg(b.bid->id, vendor, statusText(b))
                                       .arg(locale.toString(b.mandatoryMet), locale.toString(b.mandatoryTotal));
    if (b.selected)
        line += u' ' + tr("(selected)");
    return line;
}

QString ClaimCheck::toText(const QList<ClaimCheck>& checks)
{
    if (checks.isEmpty())
        return tr("The decision makes no claim.") + u'\n';
    QString out;
    for (const ClaimCheck& c : checks) {
        out += tr("Claim %1 (%2)").arg(c.claim.id, Labels::of(c.claim.kind)) + u'\n';
        out += u"  "_s + tr("“%1”").arg(c.claim.text.value_or(QString()));
        if (c.claim.source)
            out += u' ' + tr("[source %1]").arg(*c.claim.source);
        out += u'\n';
        out += u"  "_s + tr("%1: %2").arg(verdictLabel(c.verdict), c.explanation) + u'\n';
        if (c.finalDeadline && !c.bids.isEmpty()) {
            out += u"  "_s + tr("Bids at the final deadline (%1):").arg(Language::date(*c.finalDeadline)) + u'\n';
            for (const BidStanding& b : c.bids)
                out += u"    "_s + describe(b) + u'\n';
        }
        out += u'\n';
    }
    return out;
}

} // namespace hostreview
