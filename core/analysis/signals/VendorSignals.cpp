// SPDX-License-Identifier: EUPL-1.2
// Detectors of the vendor family: the selected vendor itself: laws that reach it, certifications it lacks.
#include "analysis/signals/Detection.h"

using namespace Qt::StringLiterals;

namespace hostreview::detectors {

void extraterritorialExposure(const SignalContext& ctx, SignalSink& out)
{
    const Sensitivity s = ctx.d.info.sensitivityOrDefault();
    const bool sensitive = s == Sensitivity::Health || s == Sensitivity::Personal;
    // Other data cannot fire it, whoever is selected: nothing is missing then.
    QStringList missing = sensitive ? ctx.missingSelected() : QStringList();
    const Vendor* v = missing.isEmpty() && sensitive ? ctx.vendor(ctx.selected) : nullptr;
    QStringList reasons;
    QStringList laws;
    // The laws that reach a country, added to `laws`; false when none does.
    const auto exposed = [&](const std::optional<QString>& country) {
        if (!country)
            return false;
        const auto it = ctx.profile.exposedJurisdictions.constFind(country->toUpper());
        if (it == ctx.profile.exposedJurisdictions.cend())
            return false;
        for (const QString& law : *it) {
            if (!laws.contains(law))
                laws << law;
        }
        return true;
    };
    if (v && exposed(v->country))
        reasons << SignalEngine::tr("the vendor is established in %1").arg(v->country->toUpper());
    if (v && exposed(v->parentCountry)) {
        reasons << SignalEngine::tr("its parent %1 is established in %2")
                       .arg(v->parent.value_or(SignalEngine::tr("company")), v->parentCountry->toUpper());
    }
    // Not exposed as far as the dossier says: clear only when it says where the vendor, and its
    // parent if it names one, are established (never a false "clear").
    if (v && reasons.isEmpty()) {
        if (!v->country)
            missing << u"vendors.%1.country"_s.arg(v->id);
        if (v->parent && !v->parentCountry)
            missing << u"vendors.%1.parent_country"_s.arg(v->id);
    }
    if (!out.need(missing) || reasons.isEmpty())
        return;
    out.fire(v->id,
             ctx.d.decision->decidedAt ? ctx.d.decision->decidedAt->day() : QDate(),
             SignalEngine::tr("%1 will host %2 data, and %3: exposed to %4.")
                 .arg(v->name, enumName(s), reasons.join(u"; "_s), laws.join(u", "_s)),
             {idEvidence(u"vendor"_s, v->id)});
}

void missingCertification(const SignalContext& ctx, SignalSink& out)
{
    // With no certification required it cannot fire, whoever is selected and whenever decided.
    const bool noneRequired = ctx.d.info.requiredCertifications && ctx.d.info.requiredCertifications->isEmpty();
    QStringList missing = noneRequired ? QStringList() : ctx.missingSelected();
    if (!noneRequired && (!ctx.d.decision || !ctx.d.decision->decidedAt))
        missing << u"decision.decided_at"_s;
    if (!ctx.d.info.requiredCertifications)
        missing << u"dossier.required_certifications"_s;
    if (!out.need(missing) || noneRequired)
        return;
    const QDate decided = ctx.d.decision->decidedAt->day();
    const Vendor* v = ctx.vendor(ctx.selected);
    QStringList lacking;
    for (const QString& scheme : *ctx.d.info.requiredCertifications) {
        const bool held =
            v && std::any_of(v->certifications.cbegin(), v->certifications.cend(), [&](const Certification& c) {
                return c.scheme.compare(scheme, Qt::CaseInsensitive) == 0 &&
                       (!c.validFrom || c.validFrom->day() <= decided) &&
                       (!c.validUntil || c.validUntil->day() >= decided);
            });
        if (!held)
            lacking << scheme;
    }
    if (lacking.isEmpty())
        return;
    out.fire(
        ctx.selected,
        decided,
        SignalEngine::tr("On the day of the decision (%1), %2 did not hold a valid %3 certification required by the "
                         "dossier.")
            .arg(out.date(decided), ctx.vendorName(ctx.selected), lacking.join(u", "_s)),
        {idEvidence(u"vendor"_s, ctx.selected), ctx.decisionEvidence()});
}

} // namespace hostreview::detectors
