// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Enums.h"

#include <QCoreApplication>
#include <QString>

namespace hostreview {

// The dossier format's enumerations as a person reads them, in the installed language
// ("direct_award" -> "Direct award" / "Attribution directe"). The JSON spellings stay in Enums.h.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(hostreview::Labels)

public:
    static QString of(Procedure v);
    static QString of(Sensitivity v);
    static QString of(SourceKind v);
    static QString of(EventKind v);
    static QString of(Category v);
    static QString of(RevisionStatus v);
    static QString of(BidStatus v);
    static QString of(Compliance v);
    static QString of(CriterionKind v);
    static QString of(AssessmentStatus v);
    static QString of(Outcome v);
    static QString of(ClaimKind v);

    // What an analysis lacked, in words with the format's key in brackets:
    // "events.bid_deadline" -> "a bid deadline [events.bid_deadline]". Several keys are separated
    // by ", " as in Coverage::missing; a key this does not know is shown as it is.
    static QString missing(const QString& keys);
    // An action of the audit trail ("add_revision") as a person reads it ("revision added").
    static QString auditAction(const QString& action);
    // An audit entry's detail, recorded in English (ReviewFile::auditText), in the installed
    // language; a detail recorded otherwise (by an older version) is shown as it was written.
    static QString auditDetail(const QString& recorded);
};

} // namespace hostreview
