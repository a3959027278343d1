// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "analysis/Analysis.h"
#include "analysis/DossierQueries.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace hostreview {

// What the evidence says of each claim of the decision: the verdict of the CLAIM_CONTRADICTED
// test (docs/signals.md) and the bids behind it, as of the final deadline.
struct ClaimCheck
{
    Q_DECLARE_TR_FUNCTIONS(hostreview::ClaimCheck)

public:
    enum class Verdict {
        Contradicted,    // the test fired: the explanation is the signal's message
        NotContradicted, // tested, and nothing in the file contradicts it
        NotTested,       // a claim of kind "other": no test exists for it
        NotEvaluated,    // data is missing (the explanation says what)
    };
    // A bid as of the final deadline.
    struct BidStanding
    {
        const Bid* bid = nullptr;
        const Vendor* vendor = nullptr; // null when the bid names an unknown vendor
        bool selected = false;          // the selected vendor's bid
        int mandatoryMet = 0;           // mandatory requirements in force it complies with
        int mandatoryTotal = 0;
        BidStatus status = BidStatus::Submitted; // on the analysis's day (status_at), else at the end
        // A withdrawn bid's answers do not count (as in the signal): it has no standing.
        bool withdrawn() const { return status == BidStatus::Withdrawn; }
        bool compliant() const { return !withdrawn() && mandatoryMet == mandatoryTotal; }
    };

    Claim claim;
    Verdict verdict = Verdict::NotEvaluated;
    QString explanation;
    std::optional<QDate> finalDeadline;
    QList<BidStanding> bids; // every bid of the file, in file order

    // The claims of the queries' dossier, checked with an analysis of that same dossier.
    static QList<ClaimCheck> compute(const DossierQueries& queries, const Analysis& analysis);
    static QString verdictLabel(Verdict verdict);
    // "B-OVH — OVHcloud, Disqualified on 19 December 2023; mandatory requirements met: 19 of 21".
    static QString describe(const BidStanding& bid);
    // The bid's status with the day it took it, when the dossier dates it ("Disqualified on 19
    // December 2023"): the table is at the final deadline, the status may have come after it.
    static QString statusText(const BidStanding& bid);
    // A paragraph per claim for the CLI: the claim, the verdict, then the bids.
    static QString toText(const QList<ClaimCheck>& checks);
};

} // namespace hostreview
