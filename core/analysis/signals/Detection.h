// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Internal to the signal engine: what every detector (analysis/signals/*Signals.cpp) works with.

#include "analysis/Analysis.h"
#include "analysis/DossierQueries.h"
#include "analysis/SignalEngine.h"
#include "analysis/signals/SignalCatalogue.h"
#include "format/AnalysisProfile.h"
#include "model/Dossier.h"
#include "support/Language.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <optional>
#include <vector>

namespace hostreview {

// Built in place (a large analysis makes a million of them).
inline Evidence revisionEvidence(const QString& requirement, int rev)
{
    return Evidence{QStringLiteral("revision"), QString(), requirement, rev, QString()};
}

inline Evidence idEvidence(const QString& kind, const QString& id)
{
    return Evidence{kind, id, QString(), 0, QString()};
}

inline Evidence answerEvidence(const QString& bid, const QString& requirement, int rev)
{
    return Evidence{QStringLiteral("answer"), QString(), requirement, rev, bid};
}

// A setting times a count, as the decimal numbers a user writes mean it: 0.28 x 25 is 7, not the
// 7.000000000000001 of binary floating point, so that a value exactly at a threshold compares as
// exactly at it (nine decimals kept).
double product(double setting, double count);

// A number as the analysis's language writes it, six significant digits ("0.28", "0,28").
QString numberText(double d);

// Items grouped by requirement, in the order they are added: a group ends when the requirement
// changes. The engine adds changes in the dossier's order (m_changes), so each requirement has
// one group. It replaced a map keyed by requirement id, whose lookups compared ids millions of
// times on a large dossier; the engine sorts signals by subject at the end.
template <typename T>
class ByRequirement
{
    using Group = std::pair<const Requirement*, QList<T>>;

public:
    QList<T>& operator[](const Requirement* r)
    {
        if (m_groups.empty() || m_groups.back().first != r)
            m_groups.push_back({r, {}});
        return m_groups.back().second;
    }
    qsizetype size() const { return qsizetype(m_groups.size()); }

    class const_iterator
    {
    public:
        explicit const_iterator(typename std::vector<Group>::const_iterator it)
            : m_it(it)
        { }
        const QString& key() const { return m_it->first->id; }
        const QList<T>& operator*() const { return m_it->second; }
        const QList<T>* operator->() const { return &m_it->second; }
        const_iterator& operator++()
        {
            ++m_it;
            return *this;
        }
        bool operator!=(const const_iterator& other) const { return m_it != other.m_it; }

    private:
        typename std::vector<Group>::const_iterator m_it;
    };
    const_iterator cbegin() const { return const_iterator(m_groups.cbegin()); }
    const_iterator cend() const { return const_iterator(m_groups.cend()); }
    // The groups in the order of their requirement ids (a map's order).
    std::vector<const_iterator> byId() const
    {
        std::vector<const_iterator> out;
        for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it)
            out.push_back(const_iterator(it));
        std::sort(
            out.begin(), out.end(), [](const const_iterator& a, const const_iterator& b) { return a.key() < b.key(); });
        return out;
    }

private:
    std::vector<Group> m_groups;
};

// Messages list at most this many items; the evidence keeps them all.
constexpr int MaxListed = 5;

// What one detector reports: its coverage and its signals. Each detector has its own, so that
// detectors can run on several threads; the engine merges them in a fixed order.
class SignalSink
{
public:
    // The sink of one catalogue entry's detector: what it reports is that entry's.
    explicit SignalSink(const SignalCatalogue::Entry& entry)
        : m_code(QString::fromLatin1(entry.code))
        , m_severity(entry.severity)
        , m_subjectKind(QString::fromLatin1(entry.subject))
        , m_basis(SignalCatalogue::basis(m_code))
    { }

    QList<Signal> fired;
    QList<Coverage> coverage;

    void notEvaluated(const QStringList& missing)
    {
        coverage.push_back({m_code, false, missing.join(QStringLiteral(", "))});
    }
    void evaluated() { coverage.push_back({m_code, true, QString()}); }
    // Returns false (and records the coverage) when something is missing.
    bool need(const QStringList& missing)
    {
        if (!missing.isEmpty()) {
            notEvaluated(missing);
            return false;
        }
        evaluated();
        return true;
    }
    void fire(const QString& subjectId,
              QDate at,
              const QString& message,
              QList<Evidence> evidence,
              std::optional<Severity> severity = std::nullopt,
              const char* subjectKind = nullptr)
    {
        Signal s;
        s.code = m_code;
        s.severity = severity.value_or(m_severity);
        s.subjectKind = subjectKind ? QString::fromLatin1(subjectKind) : m_subjectKind;
        s.subjectId = subjectId;
        s.at = at;
        s.message = message;
        // Checked first: removeIf would detach (copy) a list the caller still shares.
        const auto none = [](const Evidence& x) { return x.kind.isEmpty(); };
        if (std::any_of(evidence.cbegin(), evidence.cend(), none))
            evidence.removeIf(none);
        s.evidence = std::move(evidence);
        s.basis = m_basis;
        fired.push_back(std::move(s));
    }
    // A date written for a person, in the language of the analysis. Formatted once per day: a
    // large analysis writes the same few hundred days tens of thousands of times.
    const QString& date(QDate day)
    {
        auto it = m_dates.constFind(day.toJulianDay());
        if (it == m_dates.cend())
            it = m_dates.insert(day.toJulianDay(), Language::date(day));
        return *it;
    }

private:
    QString m_code;
    Severity m_severity;
    QString m_subjectKind;
    QString m_basis; // translated
    QHash<qint64, QString> m_dates;
};

// The dossier as the detectors see it, with what several of them need computed once: the
// opening, the final deadline, the selected vendor, the bids not withdrawn, the changes.
class SignalContext
{
public:
    SignalContext(const Dossier& dossier, const AnalysisProfile& profile);

    struct Change
    {
        const Requirement* requirement;
        const RequirementRevision* revision;
    };

    const Dossier& d;
    const AnalysisProfile& profile;
    DossierQueries q;
    std::optional<QDate> opening;
    std::optional<QDate> finalDeadline;
    QString selected;
    QList<const Bid*> bids; // not withdrawn
    QList<Change> changes;  // revisions that change a requirement after the opening (rev 2 on, or added)

    bool isChange(const RequirementRevision& rev) const
    {
        return rev.rev >= 2 || (opening && rev.effectiveAt.day() > *opening);
    }
    bool isSignificant(const Requirement& r, const RequirementRevision& rev, QStringList* why) const;
    const Vendor* vendor(const QString& id) const { return d.vendor(id); }
    QString vendorName(const QString& id) const
    {
        const Vendor* v = vendor(id);
        return v ? v->name : id;
    }
    // "a; b; c" or, past MaxListed items, "a; b; c; d; e; and 7 more".
    static QString listed(const QStringList& parts, int total);
    QString reqLabel(const Requirement& r) const { return r.title ? r.id + u" (" + *r.title + u')' : r.id; }
    Evidence deadlineEvidence(QDate day) const;
    Evidence finalDeadlineEvidence() const;
    Evidence decisionEvidence() const;

    QStringList missingOpening() const;
    QStringList missingDeadline() const;
    QStringList missingSelected() const;
};

// The detectors, one per catalogue entry (SignalCatalogue::entries() names each with its code).
namespace detectors {
// TimingSignals.cpp
void shortWindow(const SignalContext& ctx, SignalSink& out);
void lateChange(const SignalContext& ctx, SignalSink& out);
void deadlineNotExtended(const SignalContext& ctx, SignalSink& out);
void changeAfterSubmission(const SignalContext& ctx, SignalSink& out);
void changeAfterDeadline(const SignalContext& ctx, SignalSink& out);
// SpecificationSignals.cpp
void specChurn(const SignalContext& ctx, SignalSink& out);
void addedAfterOpening(const SignalContext& ctx, SignalSink& out);
void unexplainedChange(const SignalContext& ctx, SignalSink& out);
void brandName(const SignalContext& ctx, SignalSink& out);
void tailoredChange(const SignalContext& ctx, SignalSink& out);
// CompetitionSignals.cpp
void winnerOnlyCompliant(const SignalContext& ctx, SignalSink& out);
void singleBid(const SignalContext& ctx, SignalSink& out);
void fewBids(const SignalContext& ctx, SignalSink& out);
void allButWinnerDisqualified(const SignalContext& ctx, SignalSink& out);
void noOpenProcedure(const SignalContext& ctx, SignalSink& out);
// DecisionSignals.cpp
void rushedDecision(const SignalContext& ctx, SignalSink& out);
void latePublication(const SignalContext& ctx, SignalSink& out);
void claimContradicted(const SignalContext& ctx, SignalSink& out);
void selectedNotCompliant(const SignalContext& ctx, SignalSink& out);
void authorizedDespiteUnacceptable(const SignalContext& ctx, SignalSink& out);
// VendorSignals.cpp
void extraterritorialExposure(const SignalContext& ctx, SignalSink& out);
void missingCertification(const SignalContext& ctx, SignalSink& out);
} // namespace detectors

} // namespace hostreview
