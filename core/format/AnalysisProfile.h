// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Dossier.h"
#include "model/Enums.h"
#include "support/Result.h"
#include "json/JsonDocument.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QStringList>

namespace hostreview {

// The named settings of docs/signals.md with their defaults. A dossier's
// `analysis_profile` applies first, then a profile file; each sets any subset of the keys.
//
// Profile JSON: an object with any of the keys below. `min_window_days` is either a number (for
// every procedure) or an object from procedure names (and "other") to numbers, merged over the
// defaults; the lists and `exposed_jurisdictions` replace the defaults.
struct AnalysisProfile
{
    Q_DECLARE_TR_FUNCTIONS(hostreview::AnalysisProfile)

public:
    QHash<QString, double> minWindowDays; // procedure name or "other" -> days
    double lateChangeDays = 7;
    double lateChangeFraction = 0.25;
    double minDaysAfterSignificantChange = 7;
    int churnChanges = 2;
    double churnShare = 0.25;
    QStringList brandTerms;
    QStringList equivalenceTerms;
    int fewBidsBelow = 3;
    double minEvaluationDays = 5;
    double maxPublicationDelayDays = 30;
    QMap<QString, QStringList> exposedJurisdictions; // country code -> laws

    static AnalysisProfile defaults();
    // The defaults with the dossier's own `analysis_profile` applied (errors name `fileName`).
    static Result<AnalysisProfile> forDossier(const Dossier& dossier, const QString& fileName);

    // The minimum window for a procedure: its own setting, else "other".
    double minWindowFor(Procedure procedure) const;

    // Applies the settings of a profile object over this one. Refuses, changing nothing, an
    // unknown key or a value of the wrong type or range: the Error names the key (as a JSON
    // pointer below `pointerPrefix`) and the reason.
    Status apply(const JsonValue& profile, const QString& pointerPrefix = QString());
    // Same, from JSON text (a profile file or a dossier's stored analysis_profile).
    Status apply(const QByteArray& json, const QString& fileName, const QString& pointerPrefix = QString());
};

} // namespace hostreview
