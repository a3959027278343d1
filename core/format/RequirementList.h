// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "format/Csv.h"
#include "model/Dossier.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hostreview {

// A tender's requirement list as a spreadsheet (docs/spreadsheets.md): one row per requirement,
// columns id, category, title, text, mandatory, weight (English or French headers, in any order;
// other columns are ignored and named in the summary). Read from CSV, then compared with the
// requirements a dossier holds: what changed becomes revisions effective on one day.
class RequirementList
{
    Q_DECLARE_TR_FUNCTIONS(hostreview::RequirementList)

public:
    enum class Column { Id, Category, Title, Text, Mandatory, Weight };
    struct Row
    {
        int line = 0;
        QString id;
        // Each value as the row gives it; unset for an empty cell (its default: not mandatory,
        // weight 1) or a column the list does not have (see hasColumn()).
        std::optional<Category> category;
        std::optional<QString> title;
        std::optional<QString> text;
        std::optional<bool> mandatory;
        std::optional<double> weight;
    };

    // Reads a CSV file's bytes. Every bad row is refused (all of them, not only the first: each
    // Error names the file, line, column and reason); the list is returned only when none is.
    struct Parsed;
    static Parsed parse(const QByteArray& bytes, const QString& file);

    bool hasColumn(Column c) const { return m_columns.contains(c); }
    const QList<Row>& rows() const { return m_rows; }
    // The header cells that name no column of a requirement list (kept out of the import).
    const QStringList& ignoredColumns() const { return m_ignored; }
    const Csv& csv() const { return m_csv; }

    // One change that importing the list records.
    struct Change
    {
        enum class Kind { Added, Revised, Withdrawn, Restored };
        Kind kind = Kind::Added;
        QString id;
        int line = 0; // the row's line (0 for a withdrawal: its row is gone)
        // What is recorded: the new requirement (Added, with revision 1) or its next revision.
        Requirement requirement;
        RequirementRevision revision;
        // The revision in force before (unset for Added).
        std::optional<RequirementRevision> previous;
        // For Revised: which of "text", "mandatory", "weight" changed.
        QStringList fields;
    };
    struct Changes
    {
        QList<Change> changes;
        int unchanged = 0;
        // What the list says that the import does not record, one line each (a title or a
        // category that differs: neither has a history in the format).
        QStringList notes;
        int count(Change::Kind kind) const;
    };
    // What importing this list into a dossier whose requirements are `current` (each with its
    // latest revision last; withdrawn ones included) records, every revision effective at
    // `effective`, with `rationale` and `source`. Refused, with the row's line, when `effective`
    // is earlier than a changed requirement's latest revision.
    Result<Changes> compare(const QList<Requirement>& current,
                            const Moment& effective,
                            const std::optional<QString>& rationale,
                            const std::optional<QString>& source) const;

    // The change list as the CLI prints it and the GUI previews it (translated).
    static QString describe(const Changes& changes);
    static QString describe(const Change& change);

private:
    QString m_file;
    Csv m_csv;
    QList<Column> m_columns;
    QList<Row> m_rows;
    QStringList m_ignored;
};

// How a requirement list is imported (ReviewFile::importRequirementList, after RequirementList::compare).
struct RequirementListImport
{
    Moment effective; // every revision recorded takes effect then
    std::optional<QString> rationale;
    std::optional<QString> source;
    QString origin;      // the file, for the audit trail
    bool dryRun = false; // compare only: write nothing
};

struct RequirementList::Parsed
{
    std::optional<RequirementList> list;
    QList<Error> errors;
};

} // namespace hostreview
