// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Internal to storage. The columns of the tables that hold a dossier's parts, each list declared
// once, as qBittorrent's dbresumedatastorage.cpp declares its columns: the import, the load and
// the edits build their statements from these lists, and bind and read each part's values in
// their order through the one pair of functions below the list. A table's other columns (its
// row id, its dossier, position and key, retraction) are the same for every part and written
// where the statement needs them. The schema itself is in Schema.cpp.

#include "model/Dossier.h"
#include "storage/Statement.h"
#include "support/Result.h"

#include <QLatin1StringView>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QTimeZone>
#include <QVariant>

namespace hostreview::sql {

struct Columns
{
    QLatin1StringView table;
    QList<QLatin1StringView> names;

    qsizetype size() const { return names.size(); }
    // "title, publisher, ..." or, with an alias, "s.title, s.publisher, ...".
    QString list(QLatin1StringView alias = {}) const;
    // "?, ?, ...", one per column.
    QString placeholders() const;
    // "title = ?, publisher = ?, ..." for an UPDATE.
    QString assignments() const;
    // The list read from alias `base`, but with the columns `changed` (every column when empty)
    // taken from alias `change` when that alias joined a row: a part as last changed, its
    // change rows (dossier_revision, bid_status) over its own row. See the joins below.
    QString
    overlaid(QLatin1StringView base, QLatin1StringView change, const QList<QLatin1StringView>& changed = {}) const;
};

// Joins to `FROM dossier d` the latest live change of its metadata (alias m), and to `FROM bid b`
// the latest live status recorded for it (alias s); none: NULL columns. Use with overlaid().
extern const QLatin1StringView latestDossierChange;
extern const QLatin1StringView latestBidStatus;

namespace columns {
// A source (its key aside).
extern const Columns source;
// An event (its key aside).
extern const Columns event;
// A vendor (its key and certifications aside).
extern const Columns vendor;
// A bid (its key and answers aside).
extern const Columns bid;
// A requirement (its key and revisions aside).
extern const Columns requirement;
// A revision of a requirement (its requirement's row and the time it was recorded aside):
// effective_day is the effective moment's calendar day in the dossier's zone, for the as-of index.
extern const Columns revision;
// An assessment criterion as imported or added (its key aside; later assessments are
// assessment_entry rows).
extern const Columns criterion;
// The decision: the columns of the table `decision` (as imported) and of `decision_entry` (each
// decision recorded since, with when it was recorded).
extern const Columns decision;
// A claim of the decision (its key aside).
extern const Columns claim;
// The dossier's metadata (its key aside), with its analysis profile and extensions as JSON text.
extern const Columns dossier;
// A vendor's certification (its vendor's row and position aside).
extern const Columns certification;
// An answer (its bid's row, position and the revision it answers aside; the time it was recorded
// aside).
extern const Columns response;
} // namespace columns

// Each part's values in its columns' order, to bind; and the part read back from a row whose
// columns start at `first`, in the same order (the key is the caller's).
QVariantList valuesOf(const Source& source);
void readInto(Source& source, const QSqlQuery& row, int first, const QTimeZone& zone);
QVariantList valuesOf(const Event& event);
void readInto(Event& event, const QSqlQuery& row, int first, const QTimeZone& zone);
QVariantList valuesOf(const Vendor& vendor);
void readInto(Vendor& vendor, const QSqlQuery& row, int first);
QVariantList valuesOf(const Bid& bid);
void readInto(Bid& bid, const QSqlQuery& row, int first, const QTimeZone& zone);
QVariantList valuesOf(const Requirement& requirement);
void readInto(Requirement& requirement, const Statement& row, int first);
// `revision.effectiveAt` must be in the dossier's zone (its day is stored).
QVariantList valuesOf(const RequirementRevision& revision);
void readInto(RequirementRevision& revision, const Statement& row, int first, MomentBytesCache& moments);
QVariantList valuesOf(const Criterion& criterion);
// The decision's claims aside (the claim table).
QVariantList valuesOf(const Decision& decision);
void readInto(Decision& decision, const QSqlQuery& row, int first, const QTimeZone& zone);
QVariantList valuesOf(const Claim& claim);
void readInto(Claim& claim, const QSqlQuery& row, int first);
QVariantList valuesOf(const Dossier& dossier);
void readInto(Dossier& dossier, const QSqlQuery& row, int first);
QVariantList valuesOf(const Certification& certification);
void readInto(Certification& certification, const QSqlQuery& row, int first, const QTimeZone& zone);
QVariantList valuesOf(const Response& response);
// `details`: the evidence and confidentiality too (LoadScope::Everything).
void readInto(Response& response, const Statement& row, int first, MomentBytesCache& moments, bool details);

// Writes a part that a dossier lists by key (a source, vendor, bid, criterion, claim): a new row
// at the end of the dossier's list, or, with `reusedRow`, that retracted row brought back with
// these values (an undone addition gives its row to the part added again). Returns the row.
Result<qint64> writeKeyed(const QSqlDatabase& db,
                          const Columns& table,
                          qint64 dossierRow,
                          const QString& key,
                          const QVariantList& values,
                          qint64 reusedRow = 0);

// Binds values to the placeholders from `first` on (0-based), in order.
inline void bindFrom(QSqlQuery& q, int first, const QVariantList& values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(first + int(i), values[i]);
}

} // namespace hostreview::sql
