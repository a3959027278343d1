// SPDX-License-Identifier: EUPL-1.2
#include "analysis/signals/Detection.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace hostreview {

double product(double setting, double count)
{
    return std::nearbyint(setting * count * 1e9) / 1e9;
}

QString numberText(double d)
{
    return Language::locale().toString(d, 'g', 6);
}

SignalContext::SignalContext(const Dossier& dossier, const AnalysisProfile& analysisProfile)
    : d(dossier)
    , profile(analysisProfile)
    , q(dossier)
{
    if (q.opening())
        opening = q.opening()->at.day();
    finalDeadline = q.finalDeadline();
    if (d.decision && d.decision->selectedVendor)
        selected = *d.decision->selectedVendor;
    for (const Bid& b : d.bids) {
        if (b.statusOrDefault() != BidStatus::Withdrawn)
            bids << &b;
    }
    for (const Requirement& r : d.requirements) {
        for (const RequirementRevision& rev : r.revisions) {
            if (isChange(rev))
                changes.push_back({&r, &rev});
        }
    }
}

bool SignalContext::isSignificant(const Requirement& r, const RequirementRevision& rev, QStringList* why) const
{
    *why << SignalEngine::significance(r, rev, opening);
    return !why->isEmpty();
}

QString SignalContext::listed(const QStringList& parts, int total)
{
    QString text = parts.join(u"; "_s);
    if (total > parts.size())
        text += u"; "_s + SignalEngine::tr("and %n more", nullptr, int(total - parts.size()));
    return text;
}

Evidence SignalContext::deadlineEvidence(QDate day) const
{
    const Event* e = q.deadlineEventAt(day);
    return e ? idEvidence(u"event"_s, e->id) : Evidence();
}

Evidence SignalContext::finalDeadlineEvidence() const
{
    return deadlineEvidence(QDate(9999, 12, 31));
}

Evidence SignalContext::decisionEvidence() const
{
    Evidence e;
    e.kind = u"decision"_s;
    return e;
}

QStringList SignalContext::missingOpening() const
{
    return opening ? QStringList() : QStringList{u"events.consultation_opened"_s};
}

QStringList SignalContext::missingDeadline() const
{
    return finalDeadline ? QStringList() : QStringList{u"events.bid_deadline"_s};
}

QStringList SignalContext::missingSelected() const
{
    if (!d.decision)
        return {u"decision"_s};
    return selected.isEmpty() ? QStringList{u"decision.selected_vendor"_s} : QStringList();
}

} // namespace hostreview
