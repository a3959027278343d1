// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace hostreview {

enum class Severity { Low, Medium, High };

// One piece of evidence behind a signal: a revision, an event, a bid, an answer, ...
struct Evidence
{
    QString kind; // "revision", "event", "bid", "answer", "vendor", "claim", "criterion", "decision", "certification"
    QString id;   // events, bids, vendors, claims, criteria
    QString requirement; // revisions and answers
    int rev = 0;         // revisions and answers
    QString bid;         // answers

    bool operator==(const Evidence&) const = default;
};

// A fact a careful reviewer would want explained (docs/signals.md).
struct Signal
{
    QString code;
    Severity severity = Severity::Medium; // of this occurrence (RUSHED_DECISION may be raised)
    QString subjectKind;                  // "dossier", "requirement", "vendor", "bid" or "claim"
    QString subjectId;
    QDate at; // the day the fact appeared; invalid when it has no date
    QString message;
    QList<Evidence> evidence;
    QString basis;
};

} // namespace hostreview
Q_DECLARE_TYPEINFO(hostreview::Evidence, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(hostreview::Signal, Q_RELOCATABLE_TYPE);
namespace hostreview {

struct Coverage
{
    QString code;
    bool evaluated = false;
    QString missing; // what was missing, when not evaluated ("decision.decided_at")
};

// One line of the bias index's breakdown: a catalogue code and what it contributed.
struct IndexComponent
{
    QString code;
    Severity severity; // the catalogue's, which sets the weight
    int weight = 0;
    bool evaluated = false;
    bool fired = false;
};

// The result of analysing a dossier, as of an instant or at the end.
struct Analysis
{
    QString dossierId;
    QString asOf;                    // as given; empty for "at the end"
    QList<Signal> fired;             // the signals that fired: catalogue order, then subject id
    QList<Coverage> coverage;        // catalogue order, one per code
    QList<IndexComponent> breakdown; // catalogue order
    // The bias index in tenths (579 = 57.9); nullopt when no component was evaluated.
    std::optional<int> biasIndexTenths;
};

} // namespace hostreview
