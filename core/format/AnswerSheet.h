// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "format/Csv.h"
#include "model/Dossier.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace hostreview {

// A vendor's answers as a spreadsheet (docs/spreadsheets.md): the CSV that `vendor --csv` and the
// Vendors view write (columns requirement, rev_answered, rev_in_force, compliance, evidence,
// answered_at, vendor, bid; the others are ignored), filled in and read back. Each row with a
// compliance is an answer to the revision it names: rev_answered, or, when that cell is empty,
// rev_in_force.
class AnswerSheet
{
    Q_DECLARE_TR_FUNCTIONS(hostreview::AnswerSheet)

public:
    struct Row
    {
        int line = 0;
        QString requirement;
        int rev = 0;
        std::optional<Compliance> compliance; // unset: no answer on this row
        std::optional<QString> evidence;
        QString answeredAt; // as written; "" when empty
        QString vendor;     // "" when empty
        QString bid;        // "" when empty
        int answeredAtColumn = 0;
        int requirementColumn = 1;
        int vendorColumn = 1;
        int bidColumn = 1;
        int revColumn = 1;
    };
    struct Parsed;
    // Every bad row is refused with its file, line, column and reason.
    static Parsed parse(const QByteArray& bytes, const QString& file);

    const QList<Row>& rows() const { return m_rows; }

    struct Change
    {
        int line = 0;
        Response answer;
        std::optional<Response> previous; // the bid's latest answer to that requirement before
    };
    struct Changes
    {
        QList<Change> changes;
        int unchanged = 0;  // rows that repeat the bid's latest answer
        int unanswered = 0; // rows without a compliance
        QList<Error> errors;
    };
    // What importing the sheet into `bid` of `dossier` records. An answer's date is `at` when
    // given, else its row's answered_at, else the bid's submission. Refused (in `errors`): a row of
    // another vendor or bid, a revision the dossier does not have, an unreadable date, a
    // changed answer still dated as the answer it replaces (give its date, or `at`), and a row
    // that repeats an answer the bid has replaced since (a sheet older than the bid's answers).
    Changes compare(const Dossier& dossier, const Bid& bid, const std::optional<Moment>& at) const;

    static QString describe(const Changes& changes);

private:
    QString m_file;
    QList<Row> m_rows;
    bool m_hasEvidence = false; // without the column, an answer keeps the evidence it had
};

struct AnswerSheet::Parsed
{
    std::optional<AnswerSheet> sheet;
    QList<Error> errors;
};

} // namespace hostreview
