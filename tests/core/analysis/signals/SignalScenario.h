// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "analysis/Analysis.h"
#include "model/Dossier.h"

#include <QByteArray>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace hostreview::test {

// A small dossier on which every signal is evaluated and none fires, for tests that change one
// fact and watch one signal:
//   consultation procedure, health data, HDS required; opened 2024-03-01, deadline 2024-03-29
//   (a 28-day window: the late-change threshold is max(7, 0.25 x 28) = 7 days);
//   R-1..R-6 mandatory (weight 3), R-7..R-8 optional, all rev 1 effective at the opening;
//   vendors V-1 (selected), V-2, V-3, all French and HDS-certified 2023-01-01..2027-01-01;
//   bids B-1..B-3 submitted 2024-03-20 on rev 1 of every requirement, `full` except B-2 on R-1
//   and B-3 on R-2 (`partial`); decision decided 2024-04-10 (12 days after the deadline),
//   published 2024-04-20, `authorized`, with one claim C-1 `no_compliant_alternative` (which
//   holds); one acceptable assessment criterion.
class SignalScenario
{
public:
    SignalScenario();

    QJsonObject root;

    SignalScenario& setDossier(const QString& key, const QJsonValue& value);
    SignalScenario& removeDossierKey(const QString& key);
    // Adds the event, or replaces the one with the same id.
    SignalScenario&
    setEvent(const QString& id, const QString& kind, const QString& at, const QString& newDeadline = QString());
    SignalScenario& removeEvent(const QString& id);
    // Appends a revision (rev = the next number) to a requirement, creating it when new.
    // `fields` holds what differs from the previous revision's text/mandatory/weight/status.
    SignalScenario& revise(const QString& requirement,
                           const QString& effectiveAt,
                           QJsonObject fields = {},
                           const QString& rationale = QStringLiteral("clarified"));
    // Adds an answer to a bid (at: defaults to the bid's submission).
    SignalScenario& answer(const QString& bid,
                           const QString& requirement,
                           int rev,
                           const QString& compliance,
                           const QString& at = QString());
    SignalScenario& setAnswers(const QString& bid, const QString& requirement, int rev, const QString& compliance);
    SignalScenario& setBid(const QString& bid, const QString& key, const QJsonValue& value);
    SignalScenario& removeBid(const QString& bid);
    SignalScenario& setVendor(const QString& vendor, const QString& key, const QJsonValue& value);
    SignalScenario& setDecision(const QString& key, const QJsonValue& value);
    SignalScenario& removeDecisionKey(const QString& key);
    SignalScenario& removeDecision();
    SignalScenario& setAnalysisProfile(const QJsonObject& profile);

    QByteArray json() const;
    // Reads the JSON as an import would (fails the test when invalid).
    Dossier dossier() const;
    // Analyses with the dossier's profile, then `profile` when given.
    Analysis analyze(std::optional<QDate> asOf = std::nullopt, const QByteArray& profile = QByteArray()) const;
};

// The signal of `code` on `subject` (any kind when the subject is a dossier id or requirement),
// or nullptr.
const Signal* findSignal(const Analysis& a, const QString& code, const QString& subject = QString());
int countSignals(const Analysis& a, const QString& code);
const Coverage* findCoverage(const Analysis& a, const QString& code);
// "code: subject; code: subject" of every fired signal, for failure messages.
std::string describe(const Analysis& a);

} // namespace hostreview::test
