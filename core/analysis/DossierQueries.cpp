// SPDX-License-Identifier: EUPL-1.2
#include "analysis/DossierQueries.h"

#include <algorithm>
#include <tuple>
#include <vector>

namespace hostreview {

DossierQueries::DossierQueries(const Dossier& dossier)
    : m_dossier(dossier)
{
    for (const Event& e : dossier.events) {
        if (e.kind == EventKind::ConsultationOpened && !m_opening)
            m_opening = &e;
        else if (e.kind == EventKind::BidDeadline && !m_bidDeadline)
            m_bidDeadline = &e;
        else if (e.kind == EventKind::DeadlineExtended)
            m_extensions << &e;
    }
    sortByMoment(m_extensions, [](const Event* e) -> const Moment& { return e->at; });
    m_requirements.reserve(dossier.requirements.size());
    for (const Requirement& r : dossier.requirements)
        m_requirements.insert(r.id, &r);
}

const DossierQueries::AnswerIndex& DossierQueries::answers() const
{
    std::call_once(m_answers->built, [this] {
        auto index = std::make_unique<AnswerIndex>();
        qsizetype total = 0;
        for (const Bid& b : m_dossier.bids)
            total += b.responses.size();
        QList<Pinned>& pinned = index->pinned;
        pinned.reserve(total);
        qsizetype next = 0;
        for (const Bid& b : m_dossier.bids) {
            const bool withdrawn = b.statusOrDefault() == BidStatus::Withdrawn;
            if (withdrawn && !b.statusAt)
                continue; // withdrawn from submission: it never counted
            const QDate withdrawnFrom = withdrawn ? b.statusAt->day() : QDate();
            auto vendor = index->vendors.constFind(b.vendor);
            if (vendor == index->vendors.cend())
                vendor = index->vendors.insert(b.vendor, int(index->vendors.size()));
            const QDate bidDay = b.submittedAt.day();
            for (const Response& r : b.responses) {
                const qsizetype req = requirementIndex(r.requirement, next);
                if (req < 0)
                    continue; // a valid dossier answers only its own requirements
                next = req + 1;
                const Moment& at = b.answeredAt(r);
                pinned.push_back(
                    Pinned{&b, &r, at.instant(), at.day(), bidDay, withdrawnFrom, int(req), *vendor, at.hasTime()});
            }
        }
        // Grouped by vendor and requirement, each group in the order the answers were given
        // (sortByMoment's order: by day; on one day date-times by instant among themselves, a bare
        // date in the file's order, which a stable sort keeps). Bids usually come sorted already
        // (one bid per vendor, answering in the dossier's order).
        const auto before = [](const Pinned& a, const Pinned& b) {
            return std::tie(a.vendor, a.requirement, a.day) < std::tie(b.vendor, b.requirement, b.day);
        };
        if (!std::is_sorted(pinned.cbegin(), pinned.cend(), before))
            std::stable_sort(pinned.begin(), pinned.end(), before);
        // Date-times of one vendor's answers to one requirement on one day, by instant.
        orderDateTimesInRuns(
            pinned,
            [&](const Pinned& a, const Pinned& b) { return !before(a, b); },
            [](const Pinned& p) { return p.timed; },
            [](const Pinned& p) { return p.instant; });
        index->byVendor.fill({0, 0}, index->vendors.size());
        for (qsizetype i = 0; i < pinned.size();) {
            const int vendor = pinned[i].vendor;
            qsizetype j = i + 1;
            while (j < pinned.size() && pinned[j].vendor == vendor)
                ++j;
            index->byVendor[vendor] = {i, j};
            i = j;
        }
        m_answers->index = std::move(index);
    });
    return *m_answers->index;
}

qsizetype DossierQueries::requirementIndex(QStringView id, qsizetype near) const
{
    const QList<Requirement>& all = m_dossier.requirements;
    // The requirement looked for, or the one before it (a second answer to the same requirement).
    for (qsizetype i : {near, near - 1}) {
        if (i >= 0 && i < all.size() && all[i].id == id)
            return i;
    }
    const Requirement* r = requirement(id);
    return r ? r - all.constData() : -1;
}

int DossierQueries::vendorIndex(QStringView vendorId) const
{
    return answers().vendors.value(QString::fromRawData(vendorId.data(), vendorId.size()), -1);
}

DossierQueries::Span DossierQueries::answersOf(int vendor) const
{
    const AnswerIndex& a = answers();
    if (vendor < 0 || vendor >= a.byVendor.size())
        return {};
    const auto [begin, end] = a.byVendor[vendor];
    return {a.pinned.constData() + begin, a.pinned.constData() + end};
}

DossierQueries::Span DossierQueries::answersOf(int vendor, qsizetype requirement) const
{
    // The vendor's answers are sorted by requirement: a binary search finds the group.
    const auto [begin, end] = answersOf(vendor);
    const auto byRequirement = [](const Pinned& p, qsizetype r) { return p.requirement < r; };
    const Pinned* first = std::lower_bound(begin, end, requirement, byRequirement);
    const Pinned* last = first;
    while (last != end && last->requirement == requirement)
        ++last;
    return {first, last};
}

DossierQueries::Span DossierQueries::answersOf(QStringView vendorId, QStringView requirementId) const
{
    // Raw views: a lookup without copying the ids (this runs millions of times on a large dossier).
    const int v = vendorIndex(vendorId);
    const Requirement* r = requirement(requirementId);
    if (v < 0 || !r)
        return {};
    return answersOf(v, r - m_dossier.requirements.constData());
}

const Event* DossierQueries::deadlineEventAt(QDate day) const
{
    const Event* found = nullptr;
    for (const Event* e : m_extensions) {
        if (e->at.day() <= day)
            found = e; // ordered by instant: the last one that qualifies is the latest
    }
    return found ? found : m_bidDeadline;
}

std::optional<QDate> DossierQueries::announcedDeadlineAt(QDate day) const
{
    // The bid deadline is announced with the opening (as SignalEngine::existingAsOf has it).
    if (m_opening && day < m_opening->at.day()) {
        const bool extended =
            std::any_of(m_extensions.cbegin(), m_extensions.cend(), [&](const Event* e) { return e->at.day() <= day; });
        if (!extended)
            return std::nullopt;
    }
    return deadlineAt(day);
}

std::optional<QDate> DossierQueries::deadlineAt(QDate day) const
{
    const Event* e = deadlineEventAt(day);
    if (!e)
        return std::nullopt;
    return e->kind == EventKind::DeadlineExtended ? e->newDeadline->day() : e->at.day();
}

std::optional<QDate> DossierQueries::finalDeadline() const
{
    if (!m_extensions.isEmpty())
        return m_extensions.back()->newDeadline->day();
    if (m_bidDeadline)
        return m_bidDeadline->at.day();
    return std::nullopt;
}

const RequirementRevision* DossierQueries::inForce(const Requirement& r, QDate day)
{
    const RequirementRevision* found = nullptr;
    for (const RequirementRevision& rev : r.revisions) {
        if (rev.effectiveAt.day() <= day)
            found = &rev; // effective dates never decrease: the last that qualifies is the latest
        else
            break;
    }
    return found;
}

QList<DossierQueries::RequirementState> DossierQueries::requirementsInForce(QDate day) const
{
    QList<RequirementState> out;
    for (const Requirement& r : m_dossier.requirements) {
        const RequirementRevision* rev = inForce(r, day);
        if (rev && rev->isActive())
            out.push_back({&r, rev});
    }
    return out;
}

DossierQueries::Answer DossierQueries::answerAsOf(QStringView vendorId, QStringView requirementId, QDate day) const
{
    const Span span = answersOf(vendorId, requirementId);
    for (const Pinned* p = span.end; p != span.begin;) {
        --p;
        if (p->day <= day && p->bidDay <= day && !(p->withdrawnFrom.isValid() && p->withdrawnFrom <= day))
            return {p->bid, p->response};
    }
    return {};
}

DossierQueries::Answer
DossierQueries::latestAnswerToRevision(QStringView vendorId, QStringView requirementId, int rev) const
{
    const Span span = answersOf(vendorId, requirementId);
    for (const Pinned* p = span.end; p != span.begin;) {
        --p;
        if (p->response->rev == rev)
            return {p->bid, p->response};
    }
    return {};
}

bool DossierQueries::isStale(const Answer& answer, QDate day) const
{
    if (!answer)
        return false;
    const Requirement* r = requirement(answer.response->requirement);
    const RequirementRevision* current = r ? inForce(*r, day) : nullptr;
    return !current || current->rev != answer.response->rev;
}

bool DossierQueries::isCompliant(QStringView vendorId, const Requirement& r, QDate day) const
{
    return isCompliantAnswer(answerAsOf(vendorId, r.id, day), inForce(r, day));
}

DossierQueries::MandatoryCompliance DossierQueries::mandatoryCompliance(QStringView vendorId, QDate day) const
{
    return mandatoryCompliance(vendorId, day, requirementsInForce(day));
}

DossierQueries::MandatoryCompliance
DossierQueries::mandatoryCompliance(QStringView vendorId, QDate day, const QList<RequirementState>& inForce) const
{
    return mandatoryCompliance(inForce,
                               [&](qsizetype i) { return answerAsOf(vendorId, inForce[i].requirement->id, day); });
}

} // namespace hostreview
