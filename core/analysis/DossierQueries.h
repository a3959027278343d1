// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Dossier.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <memory>
#include <mutex>
#include <optional>

namespace hostreview {

// The spec's as-of questions about one dossier (docs/format.md and signals.md):
// what was in force, what the deadline was, what a vendor had answered, on a calendar day of the
// dossier's time zone. "On day T" always includes everything dated on T's day.
//
// Holds a reference to the dossier, which must outlive it; builds its indexes once.
class DossierQueries
{
public:
    explicit DossierQueries(const Dossier& dossier);

    const Dossier& dossier() const { return m_dossier; }

    // The requirement with this id, or null (hashed: the dossier's own lookup is linear).
    const Requirement* requirement(QStringView id) const
    {
        return m_requirements.value(QString::fromRawData(id.data(), id.size())); // no copy of the id
    }

    // The index in the dossier of the requirement with this id, or -1. `near`: where to look first
    // (before the hash), for loops over a bid's answers, which usually follow the dossier's order:
    // the index found last, plus one.
    qsizetype requirementIndex(QStringView id, qsizetype near) const;

    // The consultation_opened event, or null.
    const Event* opening() const { return m_opening; }
    // The first-announced bid_deadline event, or null.
    const Event* bidDeadline() const { return m_bidDeadline; }

    // The event that set the deadline in force on `day`: the latest deadline_extended with
    // at <= day, else the bid_deadline (the spec's definition, whatever the day); null when there
    // is neither.
    const Event* deadlineEventAt(QDate day) const;
    // The deadline in force on `day`, or nullopt when the dossier has no deadline.
    std::optional<QDate> deadlineAt(QDate day) const;
    // The deadline a bidder knew of on `day`: none before the opening (the bid deadline is
    // announced with it, as in an analysis as of that day), else deadlineAt(day).
    std::optional<QDate> announcedDeadlineAt(QDate day) const;
    // The deadline in force at the end: after every extension.
    std::optional<QDate> finalDeadline() const;

    // The revision of `r` in force on `day`: the latest with effective_at on or before it (the
    // highest rev among those); null before rev 1 is effective.
    static const RequirementRevision* inForce(const Requirement& r, QDate day);

    struct RequirementState
    {
        const Requirement* requirement = nullptr;
        const RequirementRevision* revision = nullptr;
    };
    // The requirement set in force on `day`: every requirement whose revision in force is active.
    QList<RequirementState> requirementsInForce(QDate day) const;

    struct Answer
    {
        const Bid* bid = nullptr;
        const Response* response = nullptr;
        explicit operator bool() const { return response != nullptr; }
    };
    // The vendor's latest answer to the requirement given on or before `day`, from its bids
    // submitted on or before `day` that are not withdrawn on `day`. Later instant wins; on a tie, the later
    // one in the file.
    Answer answerAsOf(QStringView vendorId, QStringView requirementId, QDate day) const;
    // The vendor's latest answer pinned to a given revision, over all of its non-withdrawn bids.
    Answer latestAnswerToRevision(QStringView vendorId, QStringView requirementId, int rev) const;
    // An answer is stale on `day` when the revision it answered is no longer the one in force.
    bool isStale(const Answer& answer, QDate day) const;
    // "Compliant with R at T": the answer as of T is full and not stale.
    bool isCompliant(QStringView vendorId, const Requirement& r, QDate day) const;
    // The rule itself, for an answer already looked up: full, and to the revision in force (not
    // stale). Every compliance check of the analysis comes here.
    static bool isCompliantAnswer(const Answer& answer, const RequirementRevision* inForce)
    {
        return answer && answer.response->compliance == Compliance::Full && inForce &&
               answer.response->rev == inForce->rev;
    }

    // The one rule for "complies with every mandatory requirement in force at T"
    // (docs/signals.md): of the requirements in force and active at T whose revision in force is
    // mandatory, those the vendor is compliant with (isCompliant) and those it is not. Used by
    // the compliance matrix, the claims check and the signals alike.
    struct MandatoryCompliance
    {
        QList<RequirementState> met;
        QList<RequirementState> unmet;
        int total() const { return int(met.size() + unmet.size()); }
        bool all() const { return unmet.isEmpty(); }
    };
    MandatoryCompliance mandatoryCompliance(QStringView vendorId, QDate day) const;
    // The same over `inForce`, requirementsInForce(day) computed once for several vendors.
    MandatoryCompliance
    mandatoryCompliance(QStringView vendorId, QDate day, const QList<RequirementState>& inForce) const;
    // The same with the vendor's answers already looked up: `answerOf(i)` is its answer to
    // inForce[i] as of the day of `inForce` (the compliance matrix has them).
    template <typename AnswerOf>
    static MandatoryCompliance mandatoryCompliance(const QList<RequirementState>& inForce, AnswerOf answerOf)
    {
        MandatoryCompliance out;
        for (qsizetype i = 0; i < inForce.size(); ++i) {
            if (inForce[i].revision->isMandatory())
                (isCompliantAnswer(answerOf(i), inForce[i].revision) ? out.met : out.unmet).push_back(inForce[i]);
        }
        return out;
    }

    struct Pinned
    {
        const Bid* bid;
        const Response* response;
        qint64 instant;
        QDate day;
        QDate bidDay;
        // The day the bid was withdrawn when a status_at dates it (its answers count before that
        // day only); invalid otherwise. A bid withdrawn from submission has no answer here.
        QDate withdrawnFrom;
        int requirement; // its index in the dossier
        int vendor;      // vendorIndex() of the bid's vendor
        bool timed;      // `at` is a date-time (a bare date equals every moment of its day)
    };
    struct Span
    {
        const Pinned* begin = nullptr;
        const Pinned* end = nullptr;
    };
    // Every answer of a vendor's non-withdrawn bids to a requirement, in the order they were
    // given (instant, then position in the file). Empty when there is none. Answers of a bid
    // withdrawn on a dated day are included, with Pinned::withdrawnFrom set: the caller that asks
    // about a day filters them (SignalEngine analyses a dossier whose statuses are undated).
    Span answersOf(QStringView vendorId, QStringView requirementId) const;
    // The same by position: `vendor` from vendorIndex(), `requirement` the requirement's index in
    // the dossier. For loops over every (vendor, requirement) pair.
    Span answersOf(int vendor, qsizetype requirement) const;
    // A number for each vendor with a non-withdrawn bid, or -1.
    int vendorIndex(QStringView vendorId) const;
    // Every answer of the vendor's non-withdrawn bids, grouped by requirement in the dossier's
    // order, each group in the order they were given.
    Span answersOf(int vendor) const;

private:
    struct AnswerIndex
    {
        QHash<QString, int> vendors;
        QList<Pinned> pinned;                            // by vendor, requirement, then in the order given
        QList<std::pair<qsizetype, qsizetype>> byVendor; // vendor -> [begin, end)
    };
    // The answer index is built on first use (many queries never need it), once, even when
    // several threads ask at the same time.
    const AnswerIndex& answers() const;

    const Dossier& m_dossier;
    const Event* m_opening = nullptr;
    const Event* m_bidDeadline = nullptr;
    QList<const Event*> m_extensions; // ordered by (at instant, position)
    QHash<QString, const Requirement*> m_requirements;
    // Answers of non-withdrawn bids in one array, grouped by (vendor, requirement): one
    // allocation for 500,000 answers rather than one list per pair.
    // Shared by copies, which query the same dossier.
    struct LazyIndex
    {
        std::once_flag built;
        std::unique_ptr<const AnswerIndex> index;
    };
    std::shared_ptr<LazyIndex> m_answers = std::make_shared<LazyIndex>();
};

} // namespace hostreview
