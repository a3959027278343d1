#include "DossierQueries.h"

#include <algorithm>

namespace hostreview {

namespace {
QString answerKey(QStringView vendor, QStringView requirement)
{
    return vendor.toString() + u'\n' + requirement.toString();
}
} // namespace

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
    std::stable_sort(m_extensions.begin(), m_extensions.end(), [](const Event* a, const Event* b) {
        return a->at.instant() < b->at.instant();
    });
    int order = 0;
    for (const Bid& b : dossier.bids) {
        if (b.statusOrDefault() == BidStatus::Withdrawn)
            continue;
        for (const Response& r : b.responses) {
            const Moment& at = b.answeredAt(r);
            m_answers[answerKey(b.vendor, r.requirement)].push_back(
                Pinned{&b, &r, at.instant(), at.day(), b.submittedAt.day(), order++});
        }
    }
    for (auto& list : m_answers) {
        std::stable_sort(list.begin(), list.end(), [](const Pinned& a, const Pinned& b) {
            return a.instant < b.instant || (a.instant == b.instant && a.order < b.order);
        });
    }
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
    const auto it = m_answers.constFind(answerKey(vendorId, requirementId));
    if (it == m_answers.cend())
        return {};
    for (auto p = it->crbegin(); p != it->crend(); ++p) {
        if (p->day <= day && p->bidDay <= day)
            return {p->bid, p->response};
    }
    return {};
}

DossierQueries::Answer
DossierQueries::latestAnswerToRevision(QStringView vendorId, QStringView requirementId, int rev) const
{
    const auto it = m_answers.constFind(answerKey(vendorId, requirementId));
    if (it == m_answers.cend())
        return {};
    for (auto p = it->crbegin(); p != it->crend(); ++p) {
        if (p->response->rev == rev)
            return {p->bid, p->response};
    }
    return {};
}

bool DossierQueries::isStale(const Answer& answer, QDate day) const
{
    if (!answer)
        return false;
    const Requirement* r = m_dossier.requirement(answer.response->requirement);
    const RequirementRevision* current = r ? inForce(*r, day) : nullptr;
    return !current || current->rev != answer.response->rev;
}

bool DossierQueries::isCompliant(QStringView vendorId, const Requirement& r, QDate day) const
{
    const Answer a = answerAsOf(vendorId, r.id, day);
    return a && a.response->compliance == Compliance::Full && !isStale(a, day);
}

} // namespace hostreview
