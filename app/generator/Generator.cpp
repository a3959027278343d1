// SPDX-License-Identifier: EUPL-1.2
#include "Generator.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hostreview {

namespace {

// SplitMix64: tiny, fast and, unlike std:: distributions, the same on every platform.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    { }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n).
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }

private:
    quint64 m_state;
};

const char* const s_subjects[] = {
    "le chiffrement des données au repos",
    "la gestion des clés par le responsable de traitement",
    "la localisation des données dans l'Espace économique européen",
    "la journalisation des accès des administrateurs",
    "le plan de réversibilité",
    "la disponibilité du service",
    "la pseudonymisation des données",
    "la notification des incidents",
    "les sous-traitants ultérieurs",
    "la suppression des données en fin de contrat",
};

} // namespace

Dossier Generator::generate(const Options& o)
{
    Random rnd(o.seed);
    Dossier d;
    const QString zoneName = u"Europe/Paris"_s;
    const QTimeZone zone(zoneName.toUtf8());
    d.info.id = u"GEN-"_s + QString::number(o.seed);
    d.info.title =
        u"Generated dossier %1 (%2 requirements, %3 vendors)"_s.arg(o.seed).arg(o.requirements).arg(o.vendors);
    d.info.applicant = u"Plateforme générée"_s;
    d.info.authority = u"Autorité de contrôle"_s;
    d.info.procedure = Procedure::Consultation;
    d.info.sensitivity = Sensitivity::Health;
    d.info.requiredCertifications = QStringList{u"HDS"_s};
    d.info.timezone = zoneName;
    d.info.language = u"fr"_s;
    d.info.illustrative = true;

    const QDate opening(2024, 1, 8);
    const int window = 30;
    const QDate deadline = opening.addDays(window);
    const QDate extended = deadline.addDays(7);
    auto at = [&](QDate day) { return Moment::fromDate(day, zone); };

    d.sources.push_back(Source{u"S-CONSULT"_s,
                               u"Dossier de consultation"_s,
                               u"Acheteur"_s,
                               std::nullopt,
                               at(opening),
                               SourceKind::ConsultationDocument,
                               std::nullopt,
                               std::nullopt});
    d.events.push_back(Event{u"E-OPEN"_s,
                             EventKind::ConsultationOpened,
                             at(opening),
                             std::nullopt,
                             u"Ouverture de la consultation"_s,
                             std::nullopt,
                             u"S-CONSULT"_s});
    d.events.push_back(Event{u"E-DEADLINE"_s,
                             EventKind::BidDeadline,
                             at(deadline),
                             std::nullopt,
                             u"Date limite de remise des offres"_s,
                             std::nullopt,
                             std::nullopt});
    d.events.push_back(Event{u"E-EXT"_s,
                             EventKind::DeadlineExtended,
                             at(deadline.addDays(-3)),
                             at(extended),
                             u"Report de la date limite"_s,
                             std::nullopt,
                             std::nullopt});

    // Spread the changes: each requirement gets changes/requirements, the remainder at random.
    QList<int> changes(o.requirements, o.requirements > 0 ? o.changes / o.requirements : 0);
    for (int k = 0; k < (o.requirements > 0 ? o.changes % o.requirements : 0); ++k)
        ++changes[rnd.below(o.requirements)];

    const int categories = int(EnumNames<Category>::names.size());
    d.requirements.reserve(o.requirements);
    for (int i = 0; i < o.requirements; ++i) {
        Requirement r;
        r.id = u"R-%1"_s.arg(i + 1, 5, 10, QLatin1Char('0'));
        r.category = static_cast<Category>(i % categories);
        const char* subject = s_subjects[rnd.below(int(std::size(s_subjects)))];
        r.title = u"Requirement %1 on %2"_s.arg(i + 1).arg(QString::fromUtf8(subject));
        int value = 90 + rnd.below(10);
        bool mandatory = rnd.chance(40);
        double weight = 1 + rnd.below(5);
        // One requirement in twenty is added mid-way.
        QDate day = rnd.chance(5) ? opening.addDays(1 + rnd.below(window - 1)) : opening;
        auto text = [&] {
            return u"Le titulaire garantit %1 à un niveau d'au moins %2 %."_s.arg(QString::fromUtf8(subject))
                .arg(value);
        };
        RequirementRevision first;
        first.rev = 1;
        first.effectiveAt = at(day);
        first.text = text();
        first.mandatory = mandatory;
        first.weight = weight;
        first.rationale = u"spécification initiale"_s;
        first.source = u"S-CONSULT"_s;
        r.revisions.push_back(first);
        for (int c = 0; c < changes[i]; ++c) {
            const int remaining = int(day.daysTo(extended.addDays(5)));
            day = day.addDays(remaining > 0 ? rnd.below(std::min(remaining, 10) + 1) : 0);
            RequirementRevision next = r.revisions.back();
            next.rev = int(r.revisions.size()) + 1;
            next.effectiveAt = at(day);
            next.source.reset();
            switch (rnd.below(3)) {
            case 0:
                value = std::min(value + 1, 100);
                next.text = text();
                break;
            case 1:
                next.mandatory = !next.isMandatory();
                break;
            default:
                next.weight = 1 + rnd.below(5);
            }
            next.rationale = rnd.chance(20) ? QString() : u"précision demandée par un candidat"_s;
            r.revisions.push_back(next);
        }
        d.requirements.push_back(std::move(r));
    }

    static const char* const countries[] = {"FR", "DE", "IE", "NL", "US", "FR", "ES", "IT"};
    for (int v = 0; v < o.vendors; ++v) {
        Vendor vendor;
        vendor.id = u"V-%1"_s.arg(v + 1, 3, 10, QLatin1Char('0'));
        vendor.name = u"Vendor %1"_s.arg(v + 1);
        vendor.country = QString::fromLatin1(countries[v % std::size(countries)]);
        if (v % 4 == 2) {
            vendor.parent = u"Parent of vendor %1"_s.arg(v + 1);
            vendor.parentCountry = u"US"_s;
        }
        vendor.certifications.push_back(
            Certification{u"HDS"_s, at(QDate(2022, 1, 1)), at(QDate(2022 + 2 + rnd.below(4), 1, 1))});
        d.vendors.push_back(std::move(vendor));

        Bid b;
        b.id = u"B-%1"_s.arg(v + 1, 3, 10, QLatin1Char('0'));
        b.vendor = d.vendors.back().id;
        const QDate submitted = opening.addDays(5 + rnd.below(window + 2));
        b.submittedAt = at(submitted);
        b.price = Price{double(1000000 + rnd.below(9000000)), u"EUR"_s};
        b.responses.reserve(o.requirements);
        for (const Requirement& r : d.requirements) {
            if (o.answerShare < 1.0 && rnd.below(1000) >= int(o.answerShare * 1000))
                continue;
            const RequirementRevision* rev = nullptr;
            for (const RequirementRevision& x : r.revisions) {
                if (x.effectiveAt.day() <= submitted)
                    rev = &x;
            }
            if (!rev)
                continue;
            Response resp;
            resp.requirement = r.id;
            resp.rev = rev->rev;
            const int roll = rnd.below(10);
            resp.compliance = roll < 7 ? Compliance::Full : roll < 9 ? Compliance::Partial : Compliance::None;
            b.responses.push_back(std::move(resp));
        }
        d.bids.push_back(std::move(b));
    }

    if (o.vendors > 0) {
        Decision dec;
        dec.decidedAt = at(extended.addDays(10));
        dec.publishedAt = at(extended.addDays(20));
        dec.outcome = Outcome::Authorized;
        dec.selectedVendor = d.vendors.front().id;
        dec.durationMonths = 36;
        dec.claims.push_back(Claim{u"C-1"_s,
                                   ClaimKind::NoCompliantAlternative,
                                   u"Aucune autre offre ne satisfaisait les exigences."_s,
                                   std::nullopt});
        d.decision = dec;
    }
    return d;
}

} // namespace hostreview
