#include "DossierQueries.h"

#include <algorithm>
#include <vector>

namespace hostreview {

namespace {
qint64 spanKey(int vendor, int requirement)
{
    return (qint64(vendor) << 32) | qint64(quint32(requirement));
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
    m_requirements.reserve(dossier.requirements.size());
    for (const Requirement& r : dossier.requirements)
        m_requirements.insert(r.id, &r);
    int order = 0;
    struct Keyed
    {
        qint64 key;
        Pinned pinned;
    };
    std::vector<Keyed> keyed;
    size_t total = 0;
    for (const Bid& b : dossier.bids)
        total += size_t(b.responses.size());
    keyed.reserve(total);
    m_requirementIndex.reserve(dossier.requirements.size());
    for (const Bid& b : dossier.bids) {
        if (b.statusOrDefault() == BidStatus::Withdrawn)
            continue;
        auto vendor = m_vendorIndex.constFind(b.vendor);
        if (vendor == m_vendorIndex.cend())
            vendor = m_vendorIndex.insert(b.vendor, int(m_vendorIndex.size()));
        for (const Response& r : b.responses) {
            auto req = m_requirementIndex.constFind(r.requirement);
            if (req == m_requirementIndex.cend())
                req = m_requirementIndex.insert(r.requirement, int(m_requirementIndex.size()));
            const Moment& at = b.answeredAt(r);
            keyed.push_back(
                {spanKey(*vendor, *req), Pinned{&b, &r, at.instant(), at.day(), b.submittedAt.day(), order++}});
        }
    }
    std::sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
        if (a.key != b.key)
            return a.key < b.key;
        if (a.pinned.instant != b.pinned.instant)
            return a.pinned.instant < b.pinned.instant;
        return a.pinned.order < b.pinned.order;
    });
    m_pinned.reserve(qsizetype(keyed.size()));
    for (size_t i = 0; i < keyed.size(); ++i)
        m_pinned.push_back(keyed[i].pinned);
    for (size_t i = 0; i < keyed.size();) {
        size_t j = i + 1;
        while (j < keyed.size() && keyed[j].key == keyed[i].key)
            ++j;
        m_spans.insert(keyed[i].key, {qsizetype(i), qsizetype(j)});
        i = j;
    }
}

DossierQueries::Span DossierQueries::answersOf(QStringView vendorId, QStringView requirementId) const
{
    // Raw views: a lookup without copying the ids (this runs millions of times on a large dossier).
    const auto v = m_vendorIndex.constFind(QString::fromRawData(vendorId.data(), vendorId.size()));
    const auto r = m_requirementIndex.constFind(QString::fromRawData(requirementId.data(), requirementId.size()));
    if (v == m_vendorIndex.cend() || r == m_requirementIndex.cend())
        return {};
    const auto span = m_spans.constFind(spanKey(*v, *r));
    if (span == m_spans.cend())
        return {};
    return {m_pinned.constData() + span->first, m_pinned.constData() + span->second};
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
    const Span span = answersOf(vendorId, requirementId);
    for (const Pinned* p = span.end; p != span.begin;) {
        --p;
        if (p->day <= day && p->bidDay <= day)
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
    const Answer a = answerAsOf(vendorId, r.id, day);
    return a && a.response->compliance == Compliance::Full && !isStale(a, day);
}

} // namespace hostreview
