// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "analysis/Analysis.h"
#include "format/AnalysisProfile.h"
#include "model/Dossier.h"

#include <QCoreApplication>

#include <optional>

namespace hostreview {

// Evaluates every signal of docs/signals.md on a dossier, at the end or as of a day.
// Pure: the same dossier, profile and day always give the same Analysis.
class SignalEngine
{
    Q_DECLARE_TR_FUNCTIONS(hostreview::SignalEngine)

public:
    // `asOf`: only what existed on that calendar day of the dossier's zone counts (see
    // `existingAsOf`); nullopt: everything exists. `asOfText` is reported as given.
    static Analysis analyze(const Dossier& dossier,
                            const AnalysisProfile& profile,
                            std::optional<QDate> asOf = std::nullopt,
                            const QString& asOfText = QString());

    // The dossier as it existed on `day`: events with at <= day (the bid_deadline as soon as
    // the opening exists), revisions effective <= day (requirements with none left out), bids
    // submitted <= day, answers given <= day, the decision if decided <= day and its
    // publication only if published <= day.
    // Why a change is significant (signals.md, DEADLINE_NOT_EXTENDED): an added requirement (rev 1
    // after the opening), optional → mandatory, withdrawn → active, weight raised, or a number in
    // the text changed. Empty for a minor change.
    static QStringList significance(const Requirement& r, const RequirementRevision& rev, std::optional<QDate> opening);

    static Dossier existingAsOf(const Dossier& dossier, QDate day);
};

} // namespace hostreview
