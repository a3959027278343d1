// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Dossier.h"

#include <QCoreApplication>
#include <QString>

namespace hostreview {

// Plain-text accounts of a dossier for a person (the CLI's `show` and `history`), in the
// language of the installed translator. Dates are ISO 8601 calendar days in the dossier's zone.
class DossierStory
{
    Q_DECLARE_TR_FUNCTIONS(hostreview::DossierStory)

public:
    // Who, what, the timeline from opening to publication, the response window, counts, and
    // every requirement change in date order with its distance to the deadline then in force.
    static QString overview(const Dossier& dossier);
    // Every revision of one requirement with its date, status, text and rationale, and what
    // changed from the previous one.
    // With `recordings` (from the review file): when and by whom each revision was recorded, and
    // how late when it was entered more than a day after it took effect.
    static QString
    history(const Dossier& dossier, const Requirement& requirement, const QList<Recording>& recordings = {});
    // "recorded 7 Dec 2026 by Ana Lyst, 12 days after its effective date" (the late part only when late).
    static QString recorded(const Recording& recording, const Moment& effective, const QTimeZone& zone);
};

} // namespace hostreview
