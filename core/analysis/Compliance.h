// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "analysis/DossierQueries.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

namespace hostreview {

// One cell of the compliance matrix: a vendor's answer to a requirement as of a day.
// Stale wins over the compliance given: the answer was to a revision no longer in force.
enum class CellState { Full, Partial, None, Stale, NoAnswer };

struct MatrixCell
{
    CellState state = CellState::NoAnswer;
    DossierQueries::Answer answer; // the answer as of the day, when there is one
};

// A requirement of the matrix: its revision in force on the day (active).
struct MatrixRow
{
    const Requirement* requirement = nullptr;
    const RequirementRevision* inForce = nullptr;
};

// A vendor's standing as of the day. Weighted score: full = the weight of the revision in force,
// partial = half of it, none, stale or no answer = 0, over the requirements in force (active).
struct VendorScore
{
    const Vendor* vendor = nullptr;
    double score = 0;
    double maxScore = 0;
    int mandatoryMet = 0; // mandatory requirements with a full answer that is not stale
    int mandatoryTotal = 0;
    int full = 0;
    int partial = 0;
    int none = 0;
    int stale = 0;
    int unanswered = 0;

    double percent() const { return maxScore > 0 ? 100.0 * score / maxScore : 0.0; }
};

// Requirements (in force and active on a day) x vendors (every vendor of the dossier, in file
// order). The DossierQueries (and its dossier) must outlive the matrix, which points into them.
class ComplianceMatrix
{
    Q_DECLARE_TR_FUNCTIONS(hostreview::ComplianceMatrix)

public:
    static ComplianceMatrix compute(const DossierQueries& queries, QDate day);

    QDate day() const { return m_day; }
    const QList<MatrixRow>& rows() const { return m_rows; }
    const QList<const Vendor*>& vendors() const { return m_vendors; }
    const MatrixCell& cell(qsizetype row, qsizetype column) const { return m_cells[row * m_vendors.size() + column]; }
    const QList<VendorScore>& scores() const { return m_scores; }

    static CellState stateOf(const DossierQueries& queries, const DossierQueries::Answer& answer, QDate day);
    // "full", "partial", "none", "stale", "no answer": translated.
    static QString stateLabel(CellState state);
    // A symbol that says the state without colour: ✓ ◐ ✗ ↻ ·
    static QString stateSymbol(CellState state);

    // Plain text table for the CLI: a row per requirement, a column per vendor, then the scores.
    QString toText() const;

private:
    QDate m_day;
    QList<MatrixRow> m_rows;
    QList<const Vendor*> m_vendors;
    QList<MatrixCell> m_cells;
    QList<VendorScore> m_scores;
};

// What a vendor sees as of a day: every requirement in force with its own answer, what changed
// since it answered, and what it must answer again before the deadline in force.
class VendorPerspective
{
    Q_DECLARE_TR_FUNCTIONS(hostreview::VendorPerspective)

public:
    struct Item
    {
        const Requirement* requirement = nullptr;
        const RequirementRevision* inForce = nullptr;
        DossierQueries::Answer answer;
        CellState state = CellState::NoAnswer;
        // The revision the answer was to (null without an answer).
        const RequirementRevision* answered = nullptr;
    };

    // Null Error-free result; an Error when the vendor is unknown.
    static Result<VendorPerspective> compute(const DossierQueries& queries, const QString& vendorId, QDate day);

    const Vendor* vendor() const { return m_vendor; }
    QDate day() const { return m_day; }
    // The deadline in force on the day, if the dossier has one.
    std::optional<QDate> deadline() const { return m_deadline; }
    const QList<Item>& items() const { return m_items; }
    // Requirements whose revision in force is newer than the one the vendor answered (an answer
    // to a revision not in force yet is stale, to answer again, but nothing changed since it),
    // withdrawals included (their `inForce` is the withdrawn revision), in the dossier's order.
    QList<Item> changedSinceAnswered() const;
    // Stale or unanswered requirements: what the vendor must (re)answer before the deadline.
    QList<Item> toAnswer() const;

    // The vendor's answers as CSV (RFC 4180, UTF-8, a header line): one line per requirement in
    // force, with the revision answered, the revision in force, the state and the evidence.
    QByteArray toCsv() const;
    QString toText() const;

private:
    const Vendor* m_vendor = nullptr;
    QDate m_day;
    std::optional<QDate> m_deadline;
    QList<Item> m_items;
    QList<Item> m_withdrawn; // requirements withdrawn since the vendor answered them
};

// The extraterritorial laws that reach a vendor (its country or its parent's) under a profile's
// `exposed_jurisdictions`, in order, without duplicates.
QStringList exposedLaws(const Vendor& vendor, const QMap<QString, QStringList>& exposedJurisdictions);

} // namespace hostreview
