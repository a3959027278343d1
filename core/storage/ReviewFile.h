// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "format/RequirementList.h"
#include "model/Dossier.h"
#include "support/Clock.h"
#include "support/Progress.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>
#include <QVariant>

#include <memory>
#include <optional>

class QSqlQuery;

namespace hostreview {

namespace sql {
class WriteTransaction;
}

// One line of a review file's list of dossiers.
struct DossierSummary
{
    QString id;
    QString title;
    bool illustrative = false;
    int requirements = 0;
    int revisions = 0;
    int vendors = 0;
    int bids = 0;
};

// One entry of the append-only audit trail.
struct AuditEntry
{
    qint64 id = 0;
    QString at; // ISO 8601, UTC
    QString dossier;
    QString action; // "import", "add_revision", "record_answer", "migrate", ...
    QString detail;
    QString author; // who did it (empty for entries from before authors were recorded)
};

// A stored value that the dossier format would refuse: where it is and why (ReviewFile::check).
struct StoredProblem
{
    QString dossier; // the dossier's id ("" for the file itself)
    QString table;   // the table of the review file
    qint64 row = 0;  // its row id (0 when the problem is not one row's)
    QString what;    // the row as a person finds it: "E-OPEN", "SEC-01 rev 2"
    QString column;
    QString reason;
};

// One assessment of a criterion, as recorded.
struct AssessmentRecord
{
    QString at; // ISO 8601, UTC; empty for the assessment imported with the dossier
    AssessmentStatus status = AssessmentStatus::NotAssessed;
    std::optional<QString> comment;
    std::optional<QString> source;
    bool retracted = false;
};

// A requirement as it stood on a day, read straight from the file (no full load).
struct RequirementAsOf
{
    QString id;
    QString category;
    QString title;
    int rev = 0;
    QString effectiveAt;
    QString text;
    bool mandatory = false;
    double weight = 1;
    bool active = true;
};

// A revision of a requirement, by key.
struct RevisionKey
{
    QString requirement;
    int rev = 0;
};

// A HostReview review file: one SQLite database holding any number of dossiers.
//
// Every public action is one write transaction, started with BEGIN IMMEDIATE (a deferred BEGIN can
// lose a write in WAL mode while COMMIT reports success), every statement checked, rolled back
// on the first failure. Requirement revisions and answers are never updated or deleted: triggers
// in the schema refuse it. New files are created 0600 before SQLite opens them.
//
// A ReviewFile owns one named database connection and must be used from the thread that opened it.
class ReviewFile
{
    Q_DECLARE_TR_FUNCTIONS(hostreview::ReviewFile)

public:
    enum class Mode { OpenExisting, CreateIfMissing };

    // Opens or creates a review file and brings its schema up to date. Fails, leaving the file
    // untouched, when it is not an SQLite database, is another application's database, is
    // damaged, or was written by a newer HostReview. The clock (default: the system clock) must
    // outlive the ReviewFile.
    static Result<std::unique_ptr<ReviewFile>> open(const QString& path, Mode mode, const Clock* clock = nullptr);
    ~ReviewFile();

    ReviewFile(const ReviewFile&) = delete;
    ReviewFile& operator=(const ReviewFile&) = delete;

    const QString& path() const { return m_path; }
    // True when the file cannot be written (its mode, a read-only folder or mount): it is read as
    // it is, and every change is refused as read-only.
    bool isReadOnly() const { return m_readOnly; }

    Result<QList<DossierSummary>> dossiers() const;
    // Every stored value an import would refuse (a review file altered outside HostReview: an
    // empty date, an id with a control character, a reference to nothing, a negative weight),
    // with its table and row; then, for a dossier with none of those, the first thing its export
    // would be refused for. Empty when the file holds only what the format allows. An Error only
    // when the file cannot be read.
    Result<QList<StoredProblem>> check() const;
    // What load() reads: everything, what the signal engine needs (answers without their
    // evidence text and confidentiality flag, the bulk of a large file), or all but the bids and
    // their answers (what the workspace shows first).
    enum class LoadScope { Everything, ForAnalysis, WithoutBids };
    // The dossier as stored; an Error when no dossier has that id.
    Result<Dossier> load(const QString& dossierId, LoadScope scope = LoadScope::Everything) const;
    // The dossier's metadata, sources and events only (what authoring a dossier's metadata or
    // events needs), without its requirements and bids.
    Result<Dossier> loadHead(const QString& dossierId) const;
    // Whether the file holds a dossier with that id; an Error when the file cannot be read.
    Result<bool> contains(const QString& dossierId) const;
    // Reads a loaded dossier's assessment, decision and claims again (after the reviewer's actions).
    Status reloadReview(Dossier& dossier) const;

    // Stores a valid dossier (as DossierReader returns it) whole, or nothing. Refuses a dossier
    // whose id is already in the file: history is never overwritten. `origin` goes to the audit.
    // With `progress`: reports the share of rows stored, and stops, storing nothing, when
    // cancelled (an Error saying so).
    Status importDossier(const Dossier& dossier, const QString& origin, const Progress* progress = nullptr);

    // Adds a requirement with its first revision(s).
    Status addRequirement(const QString& dossierId, const Requirement& requirement);
    // Adds the next revision of a requirement. Its rev must be the last rev + 1, its effective
    // date not earlier than the last one's, its weight not negative, its source known.
    Status addRevision(const QString& dossierId, const QString& requirementId, const RequirementRevision& revision);
    // Adds the next revision of a requirement, numbered and completed in the same transaction as
    // the write (so that people revising one requirement at once each get the next number): the
    // text, mandatory flag, weight and status not given in `change` carry over from the latest
    // revision; its rev is ignored. Returns the new revision's number, or an Error (the file
    // unchanged).
    Result<int> addNextRevision(const QString& dossierId, const QString& requirementId, RequirementRevision change);
    // Records an answer of a bid to a revision of a requirement (which must exist).
    Status recordAnswer(const QString& dossierId, const QString& bidId, const Response& response);
    // Adds a vendor with its certifications; its id must be new (or a retracted vendor's).
    Status addVendor(const QString& dossierId, const Vendor& vendor);
    // Adds a bid of a known vendor, without answers (recordAnswer() adds them).
    Status addBid(const QString& dossierId, const Bid& bid);
    // Adds a source; its id must be new to the dossier (or belong to a retracted source).
    Status addSource(const QString& dossierId, const Source& source);
    // Replaces the fields of an existing source (found by id). Sources have no history of their
    // own: the audit entry keeps the values replaced.
    Status updateSource(const QString& dossierId, const Source& source);

    // Undo. Nothing is deleted: a retraction marks rows as taken back, records an audit entry and
    // returns that entry's id; reinstate(id) brings the same rows back (redo). Retracted rows are
    // left out of load(), requirementsAsOf() and dossiers(), and stay in the file and its audit.
    //
    // Retracts the requirement's latest revision, which must be `rev`. Refused, changing nothing,
    // when rev is not the latest or has been answered.
    Result<qint64> retractRevision(const QString& dossierId, const QString& requirementId, int rev);
    // Retracts every revision of a requirement (undoes its addition); refused when one is answered.
    Result<qint64> retractRequirement(const QString& dossierId, const QString& requirementId);
    // Retracts a source; refused while a revision, event, criterion or claim cites it.
    Result<qint64> retractSource(const QString& dossierId, const QString& sourceId);
    // Retracts a vendor (refused while it has bids), a bid (refused while it has answers), or the
    // latest answer of a bid, which must be `answer` (same requirement and rev).
    Result<qint64> retractVendor(const QString& dossierId, const QString& vendorId);
    Result<qint64> retractBid(const QString& dossierId, const QString& bidId);
    Result<qint64> retractAnswer(const QString& dossierId, const QString& bidId, const Response& answer);
    // The reviewer's work. Criteria (from a template) and claims are added, and retracted as
    // vendors are; an assessment of a criterion and the decision are recorded as new entries, the
    // earlier ones staying in the file as their history.
    //
    // Adds the criteria whose id is not in the dossier yet (a template applied) and returns their
    // ids; an Error, changing nothing, when none is new. `origin` (the template) goes to the audit.
    Result<QStringList> addCriteria(const QString& dossierId, const QList<Criterion>& criteria, const QString& origin);
    // Undoes addCriteria(): retracts those criteria, refused while one of them has an assessment.
    Result<qint64> retractCriteria(const QString& dossierId, const QStringList& criterionIds);
    // Records the status, comment and source of a criterion (its title and kind are kept).
    Status assessCriterion(const QString& dossierId, const Criterion& assessment);
    // Retracts the latest assessment recorded for a criterion (undo).
    Result<qint64> retractAssessment(const QString& dossierId, const QString& criterionId);
    // A criterion's assessments, oldest first: the imported one (empty `at`), then each recorded.
    Result<QList<AssessmentRecord>> assessmentHistory(const QString& dossierId, const QString& criterionId) const;
    // Records the decision (its claims aside: addClaim()). The selected vendor must be known, the
    // duration positive, the publication not before the decision. An authorisation (with or
    // without conditions) while criteria are unacceptable or not assessed is refused unless
    // `gate` says it is made despite the assessment; the audit entry then names those criteria.
    enum class DecisionGate { Checked, DespiteAssessment };
    Status
    recordDecision(const QString& dossierId, const Decision& decision, DecisionGate gate = DecisionGate::Checked);
    // Retracts the latest decision recorded (undo); the one before it, or the imported one, is back.
    Result<qint64> retractDecision(const QString& dossierId);
    // Adds a claim of the decision; its id must be new (or a retracted claim's), its source known.
    Status addClaim(const QString& dossierId, const Claim& claim);
    Result<qint64> retractClaim(const QString& dossierId, const QString& claimId);

    // Authoring (docs/storage.md). The author named here is recorded on every entry this
    // ReviewFile writes from now on (the audit trail, revisions, answers, assessments, decisions,
    // events, metadata changes and bid statuses); empty: none.
    void setAuthor(const QString& author);
    const QString& author() const { return m_author; }
    // Creates an empty dossier (its metadata only), checked as an import checks it.
    Status createDossier(const DossierInfo& info);
    // Records new metadata for the dossier `info.id` (the whole set: what is unset is removed).
    // Refused when nothing changes, or when the time zone would change while the dossier holds
    // dates. Undone by retractDossierChange(), which brings the previous metadata back.
    Status reviseDossier(const DossierInfo& info);
    Result<qint64> retractDossierChange(const QString& dossierId);
    // Adds an event, or records a change of an existing one (found by id), checked with the
    // dossier's other events as an import checks them (one opening, one deadline, a
    // deadline_extended with its new deadline, a known source).
    Status addEvent(const QString& dossierId, const Event& event);
    Status changeEvent(const QString& dossierId, const Event& event);
    // Removes an event (every version of it), or undoes its latest change only.
    enum class EventRetraction { WholeEvent, LatestChange };
    Result<qint64> retractEvent(const QString& dossierId, const QString& eventId, EventRetraction scope);
    // Records the status a bid took on a day (docs/format.md, bids[].status_at), with the reason
    // given (kept in the file and its audit trail; the format has no place for it). Undone by
    // retractBidStatus(), which brings the previous status back.
    Status recordBidStatus(const QString& dossierId,
                           const QString& bidId,
                           BidStatus status,
                           const std::optional<Moment>& at,
                           const QString& reason);
    Result<qint64> retractBidStatus(const QString& dossierId, const QString& bidId);

    // Spreadsheets (docs/spreadsheets.md). Records what a requirement list changes, compared
    // (RequirementList::compare) with the dossier's requirements as they stand under the write
    // lock: the requirements it adds, and the next revision of each it changes, withdraws or
    // restores, all effective at `how.effective`, with one audit entry. Writes nothing when
    // `how.dryRun` or when nothing changes. Returns the changes.
    Result<RequirementList::Changes>
    importRequirementList(const QString& dossierId, const RequirementList& list, const RequirementListImport& how);
    // Undoes an import: retracts the revisions it recorded, each of which must still be its
    // requirement's latest and unanswered. `origin` names the import in the audit trail.
    Result<qint64>
    retractRevisions(const QString& dossierId, const QList<RevisionKey>& revisions, const QString& origin);

    // Records a bid's answers (AnswerSheet::compare's) in one action; `origin` (the file) goes to
    // the audit trail. Undone by retractAnswers() with the same answers: they must still be the
    // bid's latest.
    // `seen`, when given (one per answer): the bid's latest answer to that requirement when the
    // sheet was compared (nullopt: none); refused, writing nothing, when one has changed since.
    Status recordAnswers(const QString& dossierId,
                         const QString& bidId,
                         const QList<Response>& answers,
                         const QString& origin,
                         const QList<std::optional<Response>>& seen = {});
    Result<qint64> retractAnswers(const QString& dossierId,
                                  const QString& bidId,
                                  const QList<Response>& answers,
                                  const QString& origin);

    // Brings back what a retraction took. Refused when a revision since took the number of a
    // retracted one, or a source its id.
    Status reinstate(const QString& dossierId, qint64 retraction);

    // Every requirement's revision in force on `day` (the latest effective on or before it),
    // including withdrawn ones (active = false); requirements with no revision yet are left out.
    Result<QList<RequirementAsOf>> requirementsAsOf(const QString& dossierId, QDate day) const;

    Result<QList<AuditEntry>> auditTrail(const QString& dossierId = QString()) const;
    // When and by whom each live revision of a requirement (of every requirement when
    // `requirementId` is empty) was recorded, by requirement and rev.
    Result<QList<Recording>> revisionRecordings(const QString& dossierId, const QString& requirementId) const;

    // The schema version of the open file (after migration: Schema::Version).
    Result<int> schemaVersion() const;

private:
    ReviewFile(QString path, QString connection, const Clock* clock);
    QSqlDatabase db() const;
    Status initialise(bool created);
    // Runs the migrations from schema `from` in one write transaction (foreign keys off).
    Status migrate(int from, bool created);
    Result<qint64> dossierRowId(const QString& dossierId) const;
    // Inserts a checked revision; the caller holds the write transaction.
    Status insertRevision(qint64 dossierRow,
                          const QString& dossierId,
                          const QString& requirementId,
                          const RequirementRevision& revision);
    // A row found by key in a dossier: its id, and whether it is live (not retracted; for a
    // requirement, with a live revision). nullopt when there is none.
    struct KeyedRow
    {
        qint64 id = 0;
        bool live = false;
    };
    enum class Table { Requirement, Source, Vendor, Bid, Criterion, Claim };
    Result<std::optional<KeyedRow>> keyedRow(Table table, qint64 dossierRow, const QString& key) const;
    Result<std::optional<KeyedRow>> keyedRow(const QString& sql, qint64 dossierRow, const QString& key) const;
    // Stores a dossier whole in one transaction, with one audit entry (import, creation).
    Status storeDossier(const Dossier& dossier,
                        const QString& action,
                        const QString& detail,
                        const Progress* progress = nullptr);
    // The dossier's requirement rows by key (an undone addition's too), and its live requirements
    // each with its latest live revision only, in the dossier's order.
    struct RequirementRows
    {
        QHash<QString, qint64> rowOf;
        QList<Requirement> live;
    };
    Result<RequirementRows> readRequirementRows(qint64 dossierRow, const QTimeZone& zone) const;
    // loadHead() inside the caller's transaction.
    Result<Dossier> readHead(const QString& dossierId) const;
    // The dossier's time zone as it stands (its dates' calendar days).
    Result<QTimeZone> zoneOf(qint64 dossierRow) const;
    Status recordEvent(const QString& dossierId, const Event& event, bool edit);
    // Reads the dossier's metadata as last changed (its latest live dossier_revision over its
    // row) into `out`; returns its row. Its live sources; its events, each as last changed.
    Result<qint64> readMetadata(const QString& dossierId, Dossier& out) const;
    Status readSources(qint64 dossierRow, const QTimeZone& zone, QList<Source>& out) const;
    Status readEvents(qint64 dossierRow, const QTimeZone& zone, QList<Event>& out) const;
    // Reads the assessment, the decision and its claims of the dossier at `row` into `out`.
    Status readReview(qint64 row, Dossier& out) const;
    // The rows of the bid's latest live answers when they are `answers` (by requirement and rev,
    // in the order recorded); nullopt when they are not.
    Result<std::optional<QList<qint64>>>
    latestAnswerRows(qint64 dossierRow, const QString& bidId, const QList<Response>& answers) const;
    // OK when `source` is unset or a live source of the dossier.
    Status checkSource(qint64 dossierRow, const std::optional<QString>& source) const;
    // The refusal of an id that the format does not allow.
    static Error badId(const QString& id);
    // Starts a write transaction, refused with a clear message on a read-only file.
    Status beginWrite(sql::WriteTransaction& tx);
    // Starts an action's write transaction; returns the dossier's row.
    Result<qint64> beginAction(sql::WriteTransaction& tx, const QString& dossierId);
    // A new source at the end of the dossier's list, or the values of the source at `reusedRow`.
    Status writeSource(qint64 dossierRow, const Source& source, qint64 reusedRow);
    Result<qint64> retract(const QString& dossierId, const QString& requirementId, int rev);
    // Retracts the row found by findSql (binds: dossier row, key; returns: row id, uses) unless used.
    Result<qint64> retractRow(const QString& dossierId,
                              const QString& findSql,
                              const QString& key,
                              const QString& table,
                              const QString& action,
                              const QString& notFound,
                              const QString& inUse);
    // OK unless a live assessment, criterion, claim or decision of the dossier refers to a source,
    // vendor or criterion that is not live (after a reinstate; `what` names it in the Error).
    Status checkReferences(const QString& dossierId, const QString& what) const;
    // Ends a retraction: records it in the audit trail, marks the rows of `table` with the entry's
    // id and commits; returns the entry's id.
    Result<qint64> commitRetraction(sql::WriteTransaction& tx,
                                    const QString& dossierId,
                                    const QString& action,
                                    const QString& detail,
                                    const QString& table,
                                    const QList<qint64>& rows);
    // Appends to the audit trail; returns the entry's id.
    Result<qint64> audit(const QString& dossierId, const QString& action, const QString& detail);
    // "a | b | —" : what a SELECT of one row gives (— for NULL), for audit entries that keep the
    // values an action replaces. `sql` has one bound parameter, the row id.
    Result<QString> rowText(const QString& sql, qint64 row) const;
    QString nowText() const;
    // The author of this connection's actions, NULL when none was set.
    QVariant authorValue() const
    {
        return m_author.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(m_author);
    }
    // An audit entry's detail is recorded in English, whatever the session's language, so that
    // each reader sees it in their own (Labels::auditDetail translates it when shown). Every
    // template used here is listed there.
    static QString auditText(const char* english) { return QString::fromUtf8(english); }

    QString m_path;
    QString m_connection;
    QString m_author;
    const Clock* m_clock;
    // A file that cannot be written is read through a read-only connection: m_databaseName and
    // m_connectOptions say how (for the connections of other threads too).
    bool m_readOnly = false;
    QString m_databaseName;
    QString m_connectOptions;
};

} // namespace hostreview
