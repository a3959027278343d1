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
}

const DossierQueries::AnswerIndex& DossierQueries::answers() const
{
    std::call_once(m_answers->built, [this] {
        auto index = std::make_unique<AnswerIndex>();
        const Requirement* first = m_dossier.requirements.constData();
        // Sorted as compact keys (vendor and requirement, instant, order in the file), then laid
        // out: sorting the 48-byte answers themselves costs twice as much.
        struct Keyed
        {
            qint64 key;
            qint64 instant;
            qsizetype order;
        };
        std::vector<Keyed> keyed;
        std::vector<Pinned> given;
        size_t total = 0;
        for (const Bid& b : m_dossier.bids)
            total += size_t(b.responses.size());
        keyed.reserve(total);
        given.reserve(total);
        for (const Bid& b : m_dossier.bids) {
            if (b.statusOrDefault() == BidStatus::Withdrawn)
                continue;
            auto vendor = index->vendors.constFind(b.vendor);
            if (vendor == index->vendors.cend())
                vendor = index->vendors.insert(b.vendor, int(index->vendors.size()));
            const QDate bidDay = b.submittedAt.day();
            for (const Response& r : b.responses) {
                const Requirement* req = requirement(r.requirement);
                if (!req)
                    continue; // a valid dossier answers only its own requirements
                const Moment& at = b.answeredAt(r);
                keyed.push_back({spanKey(*vendor, int(req - first)), at.instant(), qsizetype(given.size())});
                given.push_back(Pinned{&b, &r, at.instant(), at.day(), bidDay, int(req - first)});
            }
        }
        std::sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
            if (a.key != b.key)
                return a.key < b.key;
            if (a.instant != b.instant)
                return a.instant < b.instant;
            return a.order < b.order;
        });
        index->pinned.reserve(qsizetype(keyed.size()));
        for (const Keyed& k : keyed)
            index->pinned.push_back(given[size_t(k.order)]);
        index->byVendor.fill({0, 0}, index->vendors.size());
        qsizetype pairs = 0;
        for (size_t i = 0; i < keyed.size(); ++i)
            pairs += i == 0 || keyed[i].key != keyed[i - 1].key;
        index->spans.reserve(pairs);
        for (size_t i = 0; i < keyed.size();) {
            size_t j = i + 1;
            while (j < keyed.size() && keyed[j].key == keyed[i].key)
                ++j;
            index->spans.insert(keyed[i].key, {qsizetype(i), qsizetype(j)});
            i = j;
        }
        for (size_t i = 0; i < keyed.size();) {
            const qint64 vendor = keyed[i].key >> 32;
            size_t j = i + 1;
            while (j < keyed.size() && keyed[j].key >> 32 == vendor)
                ++j;
            index->byVendor[vendor] = {qsizetype(i), qsizetype(j)};
            i = j;
        }
        m_answers->index = std::move(index);
    });
    return *m_answers->index;
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
    const AnswerIndex& a = answers();
    const auto span = a.spans.constFind(spanKey(vendor, int(requirement)));
    if (span == a.spans.cend())
        return {};
    return {a.pinned.constData() + span->first, a.pinned.constData() + span->second};
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
