// SPDX-License-Identifier: EUPL-1.2
#include "storage/Schema.h"

using namespace Qt::StringLiterals;

namespace hostreview {

// Never edit a released migration: files in the wild were made by it. Add a new one instead.
const std::vector<QStringList>& Schema::migrations()
{
    static const std::vector<QStringList> all{
        // 1: the dossier and all its parts.
        {
            u"CREATE TABLE dossier ("
            "id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, title TEXT NOT NULL, applicant TEXT, authority TEXT, "
            "procedure TEXT, sensitivity TEXT, data_categories TEXT, required_certifications TEXT, timezone TEXT, "
            "language TEXT, illustrative INTEGER, summary TEXT, analysis_profile TEXT, extensions TEXT, "
            "created_at TEXT NOT NULL)"_s,
            u"CREATE TABLE source ("
            "id INTEGER PRIMARY KEY, dossier_id INTEGER NOT NULL REFERENCES dossier(id), pos INTEGER NOT NULL, "
            "key TEXT NOT NULL, title TEXT NOT NULL, publisher TEXT, url TEXT, date TEXT, kind TEXT, excerpt TEXT, "
            "confidential INTEGER, UNIQUE (dossier_id, key))"_s,
            u"CREATE TABLE event ("
            "id INTEGER PRIMARY KEY, dossier_id INTEGER NOT NULL REFERENCES dossier(id), pos INTEGER NOT NULL, "
            "key TEXT NOT NULL, kind TEXT NOT NULL, at TEXT NOT NULL, new_deadline TEXT, title TEXT, note TEXT, "
            "source TEXT, UNIQUE (dossier_id, key), FOREIGN KEY (dossier_id, source) REFERENCES source(dossier_id, key))"_s,
            u"CREATE TABLE requirement ("
            "id INTEGER PRIMARY KEY, dossier_id INTEGER NOT NULL REFERENCES dossier(id), pos INTEGER NOT NULL, "
            "key TEXT NOT NULL, category TEXT, title TEXT, UNIQUE (dossier_id, key))"_s,
            // effective_day is the calendar day of effective_at in the dossier's time zone.
            u"CREATE TABLE revision ("
            "id INTEGER PRIMARY KEY, requirement_id INTEGER NOT NULL REFERENCES requirement(id), "
            "rev INTEGER NOT NULL, effective_at TEXT NOT NULL, effective_day TEXT NOT NULL, text TEXT, "
            "mandatory INTEGER, weight REAL, status TEXT, rationale TEXT, source TEXT, recorded_at TEXT NOT NULL, "
            "UNIQUE (requirement_id, rev))"_s,
            u"CREATE INDEX revision_by_day ON revision (requirement_id, effective_day, rev)"_s,
            u"CREATE TRIGGER revision_no_update BEFORE UPDATE ON revision "
            "BEGIN SELECT RAISE(ABORT, 'requirement revisions are never changed: add a revision'); END"_s,
            u"CREATE TRIGGER revision_no_delete BEFORE DELETE ON revision "
            "BEGIN SELECT RAISE(ABORT, 'requirement revisions are never deleted'); END"_s,
            u"CREATE TABLE vendor ("
            "id INTEGER PRIMARY KEY, dossier_id INTEGER NOT NULL REFERENCES dossier(id), pos INTEGER NOT NULL, "
            "key TEXT NOT NULL, name TEXT NOT NULL, country TEXT, parent TEXT, parent_country TEXT, notes TEXT, "
            "UNIQUE (dossier_id, key))"_s,
            u"CREATE TABLE certification ("
            "id INTEGER PRIMARY KEY, vendor_id INTEGER NOT NULL REFERENCES vendor(id), pos INTEGER NOT NULL, "
            "scheme TEXT NOT NULL, valid_from TEXT, valid_until TEXT)"_s,
            u"CREATE TABLE bid ("
            "id INTEGER PRIMARY KEY, dossier_id INTEGER NOT NULL REFERENCES dossier(id), pos INTEGER NOT NULL, "
            "key TEXT NOT NULL, vendor TEXT NOT NULL, submitted_at TEXT NOT NULL, status TEXT, "
            "price_amount REAL, price_currency TEXT, confidential INTEGER, UNIQUE (dossier_id, key), "
            "FOREIGN KEY (dossier_id, vendor) REFERENCES vendor(dossier_id, key))"_s,
            // An answer is pinned to the exact revision it answered.
            u"CREATE TABLE response ("
            "id INTEGER PRIMARY KEY, bid_id INTEGER NOT NULL REFERENCES bid(id), pos INTEGER NOT NULL, "
            "revision_id INTEGER NOT NULL REFERENCES revision(id), compliance TEXT NOT NULL, at TEXT, "
            "evidence TEXT, confidential INTEGER, recorded_at TEXT NOT NULL)"_s,
            u"CREATE INDEX response_by_bid ON response (bid_id, pos)"_s,
            u"CREATE TRIGGER response_no_update BEFORE UPDATE ON response "
            "BEGIN SELECT RAISE(ABORT, 'answers are never changed: record a new answer'); END"_s,
            u"CREATE TRIGGER response_no_delete BEFORE DELETE ON response "
            "BEGIN SELECT RAISE(ABORT, 'answers are never deleted'); END"_s,
            u"CREATE TABLE criterion ("
            "id INTEGER PRIMARY KEY, dossier_id INTEGER NOT NULL REFERENCES dossier(id), pos INTEGER NOT NULL, "
            "key TEXT NOT NULL, title TEXT, kind TEXT, status TEXT, comment TEXT, source TEXT, "
            "UNIQUE (dossier_id, key))"_s,
            u"CREATE TABLE decision ("
            "dossier_id INTEGER PRIMARY KEY REFERENCES dossier(id), decided_at TEXT, published_at TEXT, "
            "outcome TEXT, selected_vendor TEXT, duration_months INTEGER, rationale TEXT, conditions TEXT)"_s,
            u"CREATE TABLE claim ("
            "id INTEGER PRIMARY KEY, dossier_id INTEGER NOT NULL REFERENCES dossier(id), pos INTEGER NOT NULL, "
            "key TEXT NOT NULL, kind TEXT NOT NULL, text TEXT, source TEXT, UNIQUE (dossier_id, key))"_s,
        },
        // 2: the audit trail: every action on the file, never changed or deleted.
        {
            u"CREATE TABLE audit ("
            "id INTEGER PRIMARY KEY, at TEXT NOT NULL, dossier TEXT, action TEXT NOT NULL, detail TEXT NOT NULL)"_s,
            u"CREATE INDEX audit_by_dossier ON audit (dossier, id)"_s,
            u"CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit "
            "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"_s,
            u"CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit "
            "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"_s,
        },
        // 3: undo. An undone revision (or source) is marked retracted, with the audit entry that
        // retracted it, and stays in the file; a new revision may then take its number, so the
        // uniqueness of (requirement, rev) holds among live revisions only. SQLite cannot drop a
        // table constraint: the revision table is rebuilt (foreign keys are off during migrations).
        {
            u"CREATE TABLE revision_v3 ("
            "id INTEGER PRIMARY KEY, requirement_id INTEGER NOT NULL REFERENCES requirement(id), "
            "rev INTEGER NOT NULL, effective_at TEXT NOT NULL, effective_day TEXT NOT NULL, text TEXT, "
            "mandatory INTEGER, weight REAL, status TEXT, rationale TEXT, source TEXT, recorded_at TEXT NOT NULL, "
            "retracted INTEGER NOT NULL DEFAULT 0)"_s,
            u"INSERT INTO revision_v3 (id, requirement_id, rev, effective_at, effective_day, text, mandatory, weight, "
            "status, rationale, source, recorded_at) SELECT id, requirement_id, rev, effective_at, effective_day, "
            "text, mandatory, weight, status, rationale, source, recorded_at FROM revision"_s,
            u"DROP TABLE revision"_s,
            u"ALTER TABLE revision_v3 RENAME TO revision"_s,
            u"CREATE UNIQUE INDEX revision_live_rev ON revision (requirement_id, rev) WHERE retracted = 0"_s,
            u"CREATE INDEX revision_by_day ON revision (requirement_id, effective_day, rev)"_s,
            u"CREATE INDEX revision_by_retraction ON revision (retracted) WHERE retracted <> 0"_s,
            u"CREATE TRIGGER revision_no_update BEFORE UPDATE OF id, requirement_id, rev, effective_at, "
            "effective_day, text, mandatory, weight, status, rationale, source, recorded_at ON revision "
            "BEGIN SELECT RAISE(ABORT, 'requirement revisions are never changed: add a revision'); END"_s,
            u"CREATE TRIGGER revision_answered_stays BEFORE UPDATE OF retracted ON revision "
            "WHEN NEW.retracted <> 0 AND EXISTS (SELECT 1 FROM response WHERE revision_id = OLD.id) "
            "BEGIN SELECT RAISE(ABORT, 'an answered revision cannot be retracted'); END"_s,
            u"CREATE TRIGGER revision_no_delete BEFORE DELETE ON revision "
            "BEGIN SELECT RAISE(ABORT, 'requirement revisions are never deleted'); END"_s,
            u"ALTER TABLE source ADD COLUMN retracted INTEGER NOT NULL DEFAULT 0"_s,
        },
        // 4: undo for vendors, bids and answers, as for revisions: marked retracted, never deleted.
        // An answer may only have its `retracted` mark changed.
        {
            u"ALTER TABLE vendor ADD COLUMN retracted INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE bid ADD COLUMN retracted INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE response ADD COLUMN retracted INTEGER NOT NULL DEFAULT 0"_s,
            u"DROP TRIGGER response_no_update"_s,
            u"CREATE TRIGGER response_no_update BEFORE UPDATE OF id, bid_id, pos, revision_id, compliance, at, "
            "evidence, confidential, recorded_at ON response "
            "BEGIN SELECT RAISE(ABORT, 'answers are never changed: record a new answer'); END"_s,
        },
        // 5: the reviewer's work. An assessment of a criterion and a decision are recorded as new
        // entries, never changed: the latest live entry is the current one, the earlier ones its
        // history (what was imported stays in criterion and decision). Criteria added from a
        // template and claims can be retracted; a retracted one is never reused.
        {
            // A removed criterion or claim keeps its row; a new one may take its id, so the ids are
            // unique among live rows only (the tables are rebuilt, as revision was in 3).
            u"CREATE TABLE criterion_v5 ("
            "id INTEGER PRIMARY KEY, dossier_id INTEGER NOT NULL REFERENCES dossier(id), pos INTEGER NOT NULL, "
            "key TEXT NOT NULL, title TEXT, kind TEXT, status TEXT, comment TEXT, source TEXT, "
            "retracted INTEGER NOT NULL DEFAULT 0)"_s,
            u"INSERT INTO criterion_v5 (id, dossier_id, pos, key, title, kind, status, comment, source) "
            "SELECT id, dossier_id, pos, key, title, kind, status, comment, source FROM criterion"_s,
            u"DROP TABLE criterion"_s,
            u"ALTER TABLE criterion_v5 RENAME TO criterion"_s,
            u"CREATE UNIQUE INDEX criterion_live_key ON criterion (dossier_id, key) WHERE retracted = 0"_s,
            u"CREATE INDEX criterion_by_retraction ON criterion (retracted) WHERE retracted <> 0"_s,
            u"CREATE TABLE claim_v5 ("
            "id INTEGER PRIMARY KEY, dossier_id INTEGER NOT NULL REFERENCES dossier(id), pos INTEGER NOT NULL, "
            "key TEXT NOT NULL, kind TEXT NOT NULL, text TEXT, source TEXT, retracted INTEGER NOT NULL DEFAULT 0)"_s,
            u"INSERT INTO claim_v5 (id, dossier_id, pos, key, kind, text, source) "
            "SELECT id, dossier_id, pos, key, kind, text, source FROM claim"_s,
            u"DROP TABLE claim"_s,
            u"ALTER TABLE claim_v5 RENAME TO claim"_s,
            u"CREATE UNIQUE INDEX claim_live_key ON claim (dossier_id, key) WHERE retracted = 0"_s,
            u"CREATE INDEX claim_by_retraction ON claim (retracted) WHERE retracted <> 0"_s,
            u"CREATE TABLE assessment_entry ("
            "id INTEGER PRIMARY KEY, criterion_id INTEGER NOT NULL REFERENCES criterion(id), status TEXT NOT NULL, "
            "comment TEXT, source TEXT, recorded_at TEXT NOT NULL, retracted INTEGER NOT NULL DEFAULT 0)"_s,
            u"CREATE INDEX assessment_entry_by_criterion ON assessment_entry (criterion_id, id)"_s,
            u"CREATE INDEX assessment_entry_by_retraction ON assessment_entry (retracted) WHERE retracted <> 0"_s,
            u"CREATE TRIGGER assessment_entry_no_update BEFORE UPDATE OF id, criterion_id, status, comment, source, "
            "recorded_at ON assessment_entry "
            "BEGIN SELECT RAISE(ABORT, 'assessments are never changed: record a new assessment'); END"_s,
            u"CREATE TRIGGER assessment_entry_no_delete BEFORE DELETE ON assessment_entry "
            "BEGIN SELECT RAISE(ABORT, 'assessments are never deleted'); END"_s,
            u"CREATE TABLE decision_entry ("
            "id INTEGER PRIMARY KEY, dossier_id INTEGER NOT NULL REFERENCES dossier(id), decided_at TEXT, "
            "published_at TEXT, outcome TEXT, selected_vendor TEXT, duration_months INTEGER, rationale TEXT, "
            "conditions TEXT, recorded_at TEXT NOT NULL, retracted INTEGER NOT NULL DEFAULT 0)"_s,
            u"CREATE INDEX decision_entry_by_dossier ON decision_entry (dossier_id, id)"_s,
            u"CREATE INDEX decision_entry_by_retraction ON decision_entry (retracted) WHERE retracted <> 0"_s,
            u"CREATE TRIGGER decision_entry_no_update BEFORE UPDATE OF id, dossier_id, decided_at, published_at, "
            "outcome, selected_vendor, duration_months, rationale, conditions, recorded_at ON decision_entry "
            "BEGIN SELECT RAISE(ABORT, 'decisions are never changed: record a new decision'); END"_s,
            u"CREATE TRIGGER decision_entry_no_delete BEFORE DELETE ON decision_entry "
            "BEGIN SELECT RAISE(ABORT, 'decisions are never deleted'); END"_s,
        },
        // 6: the day a bid took its status (docs/format.md, bids[].status_at); null: from submission.
        {
            u"ALTER TABLE bid ADD COLUMN status_at TEXT"_s,
        },
        // 7: authoring (docs/storage.md). Who recorded each entry: an author on the audit trail and
        // on every revision, answer, assessment and decision (null before this version). The
        // dossier's metadata, its events and a bid's status change by new rows, never in place:
        // the latest live row is the current one, the earlier ones its history, and undo marks a
        // row retracted. Events therefore lose their table constraint on (dossier, key), so the
        // event table is rebuilt, as revision was in 3.
        {
            u"ALTER TABLE audit ADD COLUMN author TEXT"_s,
            u"ALTER TABLE revision ADD COLUMN author TEXT"_s,
            u"ALTER TABLE response ADD COLUMN author TEXT"_s,
            u"ALTER TABLE assessment_entry ADD COLUMN author TEXT"_s,
            u"ALTER TABLE decision_entry ADD COLUMN author TEXT"_s,
            u"DROP TRIGGER revision_no_update"_s,
            u"CREATE TRIGGER revision_no_update BEFORE UPDATE OF id, requirement_id, rev, effective_at, "
            "effective_day, text, mandatory, weight, status, rationale, source, recorded_at, author ON revision "
            "BEGIN SELECT RAISE(ABORT, 'requirement revisions are never changed: add a revision'); END"_s,
            u"DROP TRIGGER response_no_update"_s,
            u"CREATE TRIGGER response_no_update BEFORE UPDATE OF id, bid_id, pos, revision_id, compliance, at, "
            "evidence, confidential, recorded_at, author ON response "
            "BEGIN SELECT RAISE(ABORT, 'answers are never changed: record a new answer'); END"_s,
            u"DROP TRIGGER assessment_entry_no_update"_s,
            u"CREATE TRIGGER assessment_entry_no_update BEFORE UPDATE OF id, criterion_id, status, comment, source, "
            "recorded_at, author ON assessment_entry "
            "BEGIN SELECT RAISE(ABORT, 'assessments are never changed: record a new assessment'); END"_s,
            u"DROP TRIGGER decision_entry_no_update"_s,
            u"CREATE TRIGGER decision_entry_no_update BEFORE UPDATE OF id, dossier_id, decided_at, published_at, "
            "outcome, selected_vendor, duration_months, rationale, conditions, recorded_at, author ON decision_entry "
            "BEGIN SELECT RAISE(ABORT, 'decisions are never changed: record a new decision'); END"_s,
            u"CREATE TABLE event_v7 ("
            "id INTEGER PRIMARY KEY, dossier_id INTEGER NOT NULL REFERENCES dossier(id), pos INTEGER NOT NULL, "
            "key TEXT NOT NULL, kind TEXT NOT NULL, at TEXT NOT NULL, new_deadline TEXT, title TEXT, note TEXT, "
            "source TEXT, recorded_at TEXT, author TEXT, retracted INTEGER NOT NULL DEFAULT 0, "
            "FOREIGN KEY (dossier_id, source) REFERENCES source(dossier_id, key))"_s,
            u"INSERT INTO event_v7 (id, dossier_id, pos, key, kind, at, new_deadline, title, note, source) "
            "SELECT id, dossier_id, pos, key, kind, at, new_deadline, title, note, source FROM event"_s,
            u"DROP TABLE event"_s,
            u"ALTER TABLE event_v7 RENAME TO event"_s,
            u"CREATE INDEX event_by_key ON event (dossier_id, key, id)"_s,
            u"CREATE INDEX event_by_retraction ON event (retracted) WHERE retracted <> 0"_s,
            u"CREATE TRIGGER event_no_update BEFORE UPDATE OF id, dossier_id, pos, key, kind, at, new_deadline, "
            "title, note, source, recorded_at, author ON event "
            "BEGIN SELECT RAISE(ABORT, 'events are never changed: record the change'); END"_s,
            u"CREATE TRIGGER event_no_delete BEFORE DELETE ON event "
            "BEGIN SELECT RAISE(ABORT, 'events are never deleted'); END"_s,
            u"CREATE TABLE dossier_revision ("
            "id INTEGER PRIMARY KEY, dossier_id INTEGER NOT NULL REFERENCES dossier(id), title TEXT NOT NULL, "
            "applicant TEXT, authority TEXT, procedure TEXT, sensitivity TEXT, data_categories TEXT, "
            "required_certifications TEXT, timezone TEXT, language TEXT, illustrative INTEGER, summary TEXT, "
            "analysis_profile TEXT, extensions TEXT, recorded_at TEXT NOT NULL, author TEXT, "
            "retracted INTEGER NOT NULL DEFAULT 0)"_s,
            u"CREATE INDEX dossier_revision_by_dossier ON dossier_revision (dossier_id, id)"_s,
            u"CREATE INDEX dossier_revision_by_retraction ON dossier_revision (retracted) WHERE retracted <> 0"_s,
            u"CREATE TRIGGER dossier_revision_no_update BEFORE UPDATE OF id, dossier_id, title, applicant, authority, "
            "procedure, sensitivity, data_categories, required_certifications, timezone, language, illustrative, "
            "summary, analysis_profile, extensions, recorded_at, author ON dossier_revision "
            "BEGIN SELECT RAISE(ABORT, 'dossier metadata is never changed in place: record a change'); END"_s,
            u"CREATE TRIGGER dossier_revision_no_delete BEFORE DELETE ON dossier_revision "
            "BEGIN SELECT RAISE(ABORT, 'dossier metadata changes are never deleted'); END"_s,
            u"CREATE TRIGGER dossier_no_update BEFORE UPDATE ON dossier "
            "BEGIN SELECT RAISE(ABORT, 'dossier metadata is never changed in place: record a change'); END"_s,
            u"CREATE TABLE bid_status ("
            "id INTEGER PRIMARY KEY, bid_id INTEGER NOT NULL REFERENCES bid(id), status TEXT NOT NULL, "
            "status_at TEXT, reason TEXT, recorded_at TEXT NOT NULL, author TEXT, "
            "retracted INTEGER NOT NULL DEFAULT 0)"_s,
            u"CREATE INDEX bid_status_by_bid ON bid_status (bid_id, id)"_s,
            u"CREATE INDEX bid_status_by_retraction ON bid_status (retracted) WHERE retracted <> 0"_s,
            u"CREATE TRIGGER bid_status_no_update BEFORE UPDATE OF id, bid_id, status, status_at, reason, "
            "recorded_at, author ON bid_status "
            "BEGIN SELECT RAISE(ABORT, 'bid statuses are never changed: record a new status'); END"_s,
            u"CREATE TRIGGER bid_status_no_delete BEFORE DELETE ON bid_status "
            "BEGIN SELECT RAISE(ABORT, 'bid statuses are never deleted'); END"_s,
        },
    };
    return all;
}

} // namespace hostreview
