// SPDX-License-Identifier: EUPL-1.2
// The editing actions of a review file: each one write transaction, recorded in the audit trail.
#include "storage/ReviewFile.h"

#include "format/DossierReader.h"
#include "storage/SqlSupport.h"
#include "storage/Tables.h"

#include <QSqlRecord>

#include <cmath>

using namespace Qt::StringLiterals;

namespace hostreview {

using namespace sql;

Result<std::optional<ReviewFile::KeyedRow>>
ReviewFile::keyedRow(const QString& sql, qint64 dossierRow, const QString& key) const
{
    auto q = prepare(db(), sql);
    if (!q)
        return q.error();
    q->addBindValue(dossierRow);
    q->addBindValue(key);
    if (Status st = execChecked(*q); !st)
        return st.error();
    if (!q->next())
        return std::optional<KeyedRow>();
    const KeyedRow found{q->value(0).toLongLong(), q->value(1).toInt() != 0};
    q->finish();
    return std::optional<KeyedRow>(found);
}

Result<std::optional<ReviewFile::KeyedRow>>
ReviewFile::keyedRow(Table table, qint64 dossierRow, const QString& key) const
{
    static const QString sql[] = {
        u"SELECT r.id, EXISTS (SELECT 1 FROM revision v WHERE v.requirement_id = r.id AND v.retracted = 0) "
        "FROM requirement r WHERE r.dossier_id = ? AND r.key = ?"_s,
        u"SELECT id, retracted = 0 FROM source WHERE dossier_id = ? AND key = ?"_s,
        u"SELECT id, retracted = 0 FROM vendor WHERE dossier_id = ? AND key = ?"_s,
        u"SELECT id, retracted = 0 FROM bid WHERE dossier_id = ? AND key = ?"_s,
        // Criteria and claims are found live only: a retracted one keeps its row and history.
        u"SELECT id, 1 FROM criterion WHERE dossier_id = ? AND key = ? AND retracted = 0"_s,
        u"SELECT id, 1 FROM claim WHERE dossier_id = ? AND key = ? AND retracted = 0"_s,
    };
    return keyedRow(sql[int(table)], dossierRow, key);
}

Status ReviewFile::checkSource(qint64 dossierRow, const std::optional<QString>& source) const
{
    if (!source)
        return {};
    auto found = keyedRow(Table::Source, dossierRow, *source);
    if (!found)
        return found.error();
    if (!*found || !(*found)->live)
        return Error::input(tr("unknown source id %1").arg(*source));
    return {};
}

Error ReviewFile::badId(const QString& id)
{
    return Error::input(tr("\"%1\" is not a valid id (1 to 64 characters from A-Z a-z 0-9 . _ : -)").arg(id));
}

Status ReviewFile::beginWrite(WriteTransaction& tx)
{
    if (m_readOnly) {
        return Error(tr("the review file is read-only (its file, folder or disk cannot be written): nothing was "
                        "changed"));
    }
    return tx.begin();
}

Result<qint64> ReviewFile::beginAction(WriteTransaction& tx, const QString& dossierId)
{
    if (Status st = beginWrite(tx); !st)
        return st.error();
    return dossierRowId(dossierId);
}

Result<QString> ReviewFile::rowText(const QString& sql, qint64 row) const
{
    auto q = prepare(db(), sql);
    if (!q)
        return q.error();
    q->addBindValue(row);
    if (Status st = execChecked(*q); !st)
        return st.error();
    if (!q->next())
        return QString();
    QStringList values;
    for (int c = 0; c < q->record().count(); ++c)
        values << (q->value(c).isNull() ? u"—"_s : q->value(c).toString());
    q->finish();
    return values.join(u" | "_s);
}

Status ReviewFile::addRequirement(const QString& dossierId, const Requirement& requirement)
{
    if (requirement.revisions.isEmpty())
        return Error::input(tr("a requirement needs at least one revision"));
    if (!DossierReader::isValidId(requirement.id))
        return badId(requirement.id);
    QSqlDatabase d = db();
    WriteTransaction tx(db());
    auto row = beginAction(tx, dossierId);
    if (!row)
        return row.error();
    // A requirement whose every revision was retracted (an undone addition) keeps its row: the
    // id is taken again by the new requirement, and the retracted revisions stay for the record.
    auto existing = keyedRow(Table::Requirement, *row, requirement.id);
    if (!existing)
        return existing.error();
    if (*existing && (*existing)->live)
        return Error::input(tr("requirement %1 already exists in dossier %2").arg(requirement.id, dossierId));
    const bool reuse = existing->has_value();
    const qint64 reusedRow = reuse ? (*existing)->id : 0;
    // The row's category and title are replaced: the audit entry keeps them.
    QString detail = requirement.id;
    if (reuse) {
        auto was = rowText(u"SELECT "_s + columns::requirement.list() + u" FROM requirement WHERE id = ?"_s, reusedRow);
        if (!was)
            return was.error();
        detail = auditText("%1, in place of the retracted one (was: %2)").arg(requirement.id, *was);
    }
    auto q = reuse ? prepare(d, u"UPDATE requirement SET "_s + columns::requirement.assignments() + u" WHERE id = ?"_s)
                   : prepare(d,
                             u"INSERT INTO requirement (dossier_id, pos, key, "_s + columns::requirement.list() +
                                 u") VALUES (?, (SELECT coalesce(max(pos) + 1, 0) FROM requirement WHERE dossier_id = "
                                 "?), ?, "_s +
                                 columns::requirement.placeholders() + u')');
    if (!q)
        return q.error();
    if (!reuse) {
        q->addBindValue(*row);
        q->addBindValue(*row);
        q->addBindValue(requirement.id);
    }
    for (const QVariant& v : valuesOf(requirement))
        q->addBindValue(v);
    if (reuse)
        q->addBindValue(reusedRow);
    if (!q->exec())
        return Error(tr("cannot add requirement %1: %2").arg(requirement.id, q->lastError().text()));
    if (auto st = audit(dossierId, u"add_requirement"_s, detail); !st)
        return st.error();
    for (const RequirementRevision& r : requirement.revisions) {
        if (Status st = insertRevision(*row, dossierId, requirement.id, r); !st)
            return st;
    }
    return tx.commit();
}

Status ReviewFile::addRevision(const QString& dossierId, const QString& requirementId, const RequirementRevision& rev)
{
    WriteTransaction tx(db());
    auto row = beginAction(tx, dossierId);
    if (!row)
        return row.error();
    if (Status st = insertRevision(*row, dossierId, requirementId, rev); !st)
        return st;
    return tx.commit();
}

Result<int>
ReviewFile::addNextRevision(const QString& dossierId, const QString& requirementId, RequirementRevision change)
{
    WriteTransaction tx(db());
    auto row = beginAction(tx, dossierId);
    if (!row)
        return row.error();
    // Read under the write lock: no other writer can add a revision between this and the insert.
    auto q = prepare(db(),
                     u"SELECT v.rev, v.text, v.mandatory, v.weight, v.status FROM revision v JOIN requirement r ON "
                     "r.id = v.requirement_id WHERE r.dossier_id = ? AND r.key = ? AND v.retracted = 0 "
                     "ORDER BY v.rev DESC LIMIT 1"_s);
    if (!q)
        return q.error();
    q->addBindValue(*row);
    q->addBindValue(requirementId);
    if (Status st = execChecked(*q); !st)
        return st.error();
    if (!q->next())
        return Error::input(tr("no requirement %1 in dossier %2").arg(requirementId, dossierId));
    change.rev = q->value(0).toInt() + 1;
    if (!change.text)
        change.text = readString(q->value(1));
    if (!change.mandatory)
        change.mandatory = readBool(q->value(2));
    if (!change.weight)
        change.weight = readDouble(q->value(3));
    if (!change.status)
        change.status = readEnum<RevisionStatus>(q->value(4));
    q->finish();
    if (Status st = insertRevision(*row, dossierId, requirementId, change); !st)
        return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    return change.rev;
}

Status ReviewFile::insertRevision(qint64 dossierRow,
                                  const QString& dossierId,
                                  const QString& requirementId,
                                  const RequirementRevision& rev)
{
    QSqlDatabase d = db();
    const std::optional<qint64> row = dossierRow;
    auto tz = zoneOf(*row);
    if (!tz)
        return tz.error();
    const QTimeZone zone = *tz;
    auto q =
        prepare(d,
                u"SELECT r.id, (SELECT max(rev) FROM revision v WHERE v.requirement_id = r.id AND v.retracted = 0), "
                "(SELECT effective_at FROM revision v WHERE v.requirement_id = r.id AND v.retracted = 0 "
                " ORDER BY rev DESC LIMIT 1) "
                "FROM requirement r WHERE r.dossier_id = ? AND r.key = ?"_s);
    if (!q)
        return q.error();
    q->addBindValue(*row);
    q->addBindValue(requirementId);
    if (Status st = execChecked(*q); !st)
        return st;
    if (!q->next())
        return Error::input(tr("no requirement %1 in dossier %2").arg(requirementId, dossierId));
    const qint64 reqRow = q->value(0).toLongLong();
    const int lastRev = q->value(1).toInt();
    const QString lastAt = q->value(2).toString();
    q->finish();
    if (rev.rev != lastRev + 1)
        return Error::input(tr("rev %1 follows rev %2 (rev %3 expected)").arg(rev.rev).arg(lastRev).arg(lastRev + 1));
    if (!rev.effectiveAt.isValid())
        return Error::input(tr("a revision needs an effective date"));
    if (lastRev > 0) {
        const Moment last = readMoment(lastAt, zone);
        if (Moment::isEarlier(rev.effectiveAt, last)) {
            return Error::input(tr("effective_at %1 is earlier than rev %2's %3: effective dates never decrease")
                                    .arg(rev.effectiveAt.text())
                                    .arg(lastRev)
                                    .arg(lastAt));
        }
    }
    if (rev.weight && !std::isfinite(*rev.weight))
        return Error::input(tr("a weight must be a finite number"));
    if (rev.weight && *rev.weight < 0)
        return Error::input(tr("%1 must not be negative").arg(*rev.weight));
    if (Status st = checkSource(*row, rev.source); !st)
        return st;
    auto ins = prepare(d,
                       u"INSERT INTO revision (requirement_id, "_s + columns::revision.list() +
                           u", recorded_at, author) VALUES (?, "_s + columns::revision.placeholders() + u", ?, ?)"_s);
    if (!ins)
        return ins.error();
    RequirementRevision stored = rev;
    stored.effectiveAt = readMoment(rev.effectiveAt.text(), zone); // its day in this dossier's zone
    const Moment& at = stored.effectiveAt;
    ins->addBindValue(reqRow);
    for (const QVariant& v : valuesOf(stored))
        ins->addBindValue(v);
    ins->addBindValue(nowText());
    ins->addBindValue(authorValue());
    if (Status st = execChecked(*ins); !st)
        return st;
    if (auto st = audit(dossierId,
                        u"add_revision"_s,
                        auditText("%1 rev %2 effective %3").arg(requirementId).arg(rev.rev).arg(at.text()));
        !st)
        return st.error();
    return {};
}

Status ReviewFile::recordAnswer(const QString& dossierId, const QString& bidId, const Response& response)
{
    QSqlDatabase d = db();
    WriteTransaction tx(db());
    auto row = beginAction(tx, dossierId);
    if (!row)
        return row.error();
    auto q = prepare(d,
                     u"SELECT b.id, (SELECT coalesce(max(pos) + 1, 0) FROM response x WHERE x.bid_id = b.id), "
                     "(SELECT v.id FROM revision v JOIN requirement r ON v.requirement_id = r.id "
                     " WHERE r.dossier_id = b.dossier_id AND r.key = ? AND v.rev = ? AND v.retracted = 0) "
                     "FROM bid b WHERE b.dossier_id = ? AND b.key = ? AND b.retracted = 0"_s);
    if (!q)
        return q.error();
    q->addBindValue(response.requirement);
    q->addBindValue(response.rev);
    q->addBindValue(*row);
    q->addBindValue(bidId);
    if (Status st = execChecked(*q); !st)
        return st;
    if (!q->next())
        return Error::input(tr("no bid %1 in dossier %2").arg(bidId, dossierId));
    const qint64 bidRow = q->value(0).toLongLong();
    const qint64 pos = q->value(1).toLongLong();
    if (q->value(2).isNull())
        return Error::input(tr("rev %1 of requirement %2 does not exist").arg(response.rev).arg(response.requirement));
    const qint64 revisionRow = q->value(2).toLongLong();
    q->finish();
    auto ins =
        prepare(d,
                u"INSERT INTO response (bid_id, pos, revision_id, "_s + columns::response.list() +
                    u", recorded_at, author) VALUES (?, ?, ?, "_s + columns::response.placeholders() + u", ?, ?)"_s);
    if (!ins)
        return ins.error();
    for (const QVariant& v : QVariantList{QVariant(bidRow), QVariant(pos), QVariant(revisionRow)} + valuesOf(response))
        ins->addBindValue(v);
    ins->addBindValue(nowText());
    ins->addBindValue(authorValue());
    if (Status st = execChecked(*ins); !st)
        return st;
    if (auto st = audit(dossierId,
                        u"record_answer"_s,
                        auditText("%1 answered %2 rev %3: %4")
                            .arg(bidId, response.requirement)
                            .arg(response.rev)
                            .arg(enumName(response.compliance)));
        !st)
        return st.error();
    return tx.commit();
}

Status ReviewFile::addSource(const QString& dossierId, const Source& source)
{
    if (!DossierReader::isValidId(source.id))
        return badId(source.id);
    QSqlDatabase d = db();
    WriteTransaction tx(db());
    auto row = beginAction(tx, dossierId);
    if (!row)
        return row.error();
    auto existing = keyedRow(Table::Source, *row, source.id);
    if (!existing)
        return existing.error();
    if (*existing && (*existing)->live)
        return Error::input(tr("source %1 already exists in dossier %2").arg(source.id, dossierId));
    const bool reuse = existing->has_value();
    // A retracted source (an undone addition) gives its id, and its row, to the new one; the
    // audit entry keeps the values replaced.
    QString detail = source.id;
    if (reuse) {
        auto was = rowText(u"SELECT "_s + columns::source.list() + u" FROM source WHERE id = ?"_s, (*existing)->id);
        if (!was)
            return was.error();
        detail = auditText("%1, in place of the retracted one (was: %2)").arg(source.id, *was);
    }
    if (Status st = writeSource(*row, source, reuse ? (*existing)->id : 0); !st)
        return st;
    if (auto st = audit(dossierId, u"add_source"_s, detail); !st)
        return st.error();
    return tx.commit();
}

Status ReviewFile::updateSource(const QString& dossierId, const Source& source)
{
    QSqlDatabase d = db();
    WriteTransaction tx(db());
    auto row = beginAction(tx, dossierId);
    if (!row)
        return row.error();
    auto before = prepare(d,
                          u"SELECT "_s + columns::source.list() +
                              u", id FROM source WHERE dossier_id = ? AND key = ? AND retracted = 0"_s);
    if (!before)
        return before.error();
    before->addBindValue(*row);
    before->addBindValue(source.id);
    if (Status st = execChecked(*before); !st)
        return st;
    if (!before->next())
        return Error::input(tr("no source %1 in dossier %2").arg(source.id, dossierId));
    // The audit entry keeps the values replaced, so that the change is never lost.
    QStringList previous;
    for (int c = 0; c < int(columns::source.size()); ++c)
        previous << (before->value(c).isNull() ? u"—"_s : before->value(c).toString());
    const qint64 sourceRow = before->value(int(columns::source.size())).toLongLong();
    before->finish();
    if (Status st = writeSource(*row, source, sourceRow); !st)
        return st;
    if (auto st = audit(dossierId, u"edit_source"_s, auditText("%1, was: %2").arg(source.id, previous.join(u" | "_s)));
        !st)
        return st.error();
    return tx.commit();
}

Status ReviewFile::writeSource(qint64 dossierRow, const Source& source, qint64 reusedRow)
{
    if (source.title.trimmed().isEmpty())
        return Error::input(tr("a source needs a title"));
    if (auto written = writeKeyed(db(), columns::source, dossierRow, source.id, valuesOf(source), reusedRow); !written)
        return written.error();
    return {};
}

Result<qint64> ReviewFile::retractRevision(const QString& dossierId, const QString& requirementId, int rev)
{
    return retract(dossierId, requirementId, rev);
}

Result<qint64> ReviewFile::retractRequirement(const QString& dossierId, const QString& requirementId)
{
    return retract(dossierId, requirementId, 0);
}

Result<qint64> ReviewFile::retract(const QString& dossierId, const QString& requirementId, int rev)
{
    QSqlDatabase d = db();
    WriteTransaction tx(db());
    auto row = beginAction(tx, dossierId);
    if (!row)
        return row.error();
    auto q = prepare(d,
                     u"SELECT v.id, v.rev, EXISTS (SELECT 1 FROM response x WHERE x.revision_id = v.id) "
                     "FROM requirement r JOIN revision v ON v.requirement_id = r.id AND v.retracted = 0 "
                     "WHERE r.dossier_id = ? AND r.key = ? ORDER BY v.rev DESC"_s);
    if (!q)
        return q.error();
    q->addBindValue(*row);
    q->addBindValue(requirementId);
    if (Status st = execChecked(*q); !st)
        return st.error();
    QList<qint64> rows;
    while (q->next()) {
        const int thisRev = q->value(1).toInt();
        if (rev != 0 && rows.isEmpty() && thisRev != rev)
            return Error::input(tr("rev %1 of requirement %2 is not its latest revision (rev %3 is): only the latest "
                                   "can be undone")
                                    .arg(rev)
                                    .arg(requirementId)
                                    .arg(thisRev));
        if (q->value(2).toInt() != 0)
            return Error::input(
                tr("rev %1 of requirement %2 has been answered: it cannot be undone").arg(thisRev).arg(requirementId));
        rows << q->value(0).toLongLong();
        if (rev != 0)
            break;
    }
    q->finish();
    if (rows.isEmpty())
        return Error::input(tr("no requirement %1 in dossier %2").arg(requirementId, dossierId));
    return rev != 0 ? commitRetraction(tx,
                                       dossierId,
                                       u"retract_revision"_s,
                                       auditText("%1 rev %2").arg(requirementId).arg(rev),
                                       u"revision"_s,
                                       rows)
                    : commitRetraction(tx, dossierId, u"retract_requirement"_s, requirementId, u"revision"_s, rows);
}

Result<qint64> ReviewFile::retractSource(const QString& dossierId, const QString& sourceId)
{
    QSqlDatabase d = db();
    WriteTransaction tx(db());
    auto row = beginAction(tx, dossierId);
    if (!row)
        return row.error();
    // What still cites the source keeps it.
    auto cited = prepare(d,
                         u"SELECT (SELECT count(*) FROM revision v JOIN requirement r ON v.requirement_id = r.id "
                         "  WHERE r.dossier_id = ? AND v.source = ? AND v.retracted = 0) "
                         "+ (SELECT count(*) FROM event WHERE dossier_id = ? AND source = ?) "
                         "+ (SELECT count(*) FROM criterion WHERE dossier_id = ? AND source = ? AND retracted = 0) "
                         "+ (SELECT count(*) FROM assessment_entry a JOIN criterion c ON a.criterion_id = c.id "
                         "  WHERE c.dossier_id = ? AND a.source = ? AND a.retracted = 0) "
                         "+ (SELECT count(*) FROM claim WHERE dossier_id = ? AND source = ? AND retracted = 0), "
                         "(SELECT id FROM source WHERE dossier_id = ? AND key = ? AND retracted = 0)"_s);
    if (!cited)
        return cited.error();
    for (int i = 0; i < 6; ++i) {
        cited->addBindValue(*row);
        cited->addBindValue(sourceId);
    }
    if (Status st = execChecked(*cited); !st)
        return st.error();
    cited->next();
    if (cited->value(1).isNull())
        return Error::input(tr("no source %1 in dossier %2").arg(sourceId, dossierId));
    if (const int n = cited->value(0).toInt(); n > 0)
        return Error::input(tr("source %1 is cited %n time(s): it cannot be removed", nullptr, n).arg(sourceId));
    const qint64 sourceRow = cited->value(1).toLongLong();
    cited->finish();
    return commitRetraction(tx, dossierId, u"retract_source"_s, sourceId, u"source"_s, {sourceRow});
}

Status ReviewFile::checkReferences(const QString& dossierId, const QString& what) const
{
    auto row = dossierRowId(dossierId);
    if (!row)
        return row.error();
    auto q = prepare(
        db(),
        u"WITH d(row) AS (SELECT ?) SELECT (SELECT count(*) FROM assessment_entry a JOIN criterion c ON a.criterion_id "
        u"= c.id "
        "  WHERE c.dossier_id = (SELECT row FROM d) AND a.retracted = 0 AND (c.retracted <> 0 OR (a.source IS NOT NULL "
        "  AND NOT EXISTS (SELECT 1 FROM source s WHERE s.dossier_id = (SELECT row FROM d) AND s.key = a.source AND "
        "  s.retracted = 0)))) "
        "+ (SELECT count(*) FROM claim c WHERE c.dossier_id = (SELECT row FROM d) AND c.retracted = 0 AND c.source IS "
        "NOT "
        "  NULL AND NOT EXISTS (SELECT 1 FROM source s WHERE s.dossier_id = (SELECT row FROM d) AND s.key = c.source "
        "AND "
        "  s.retracted = 0)) "
        "+ (SELECT count(*) FROM criterion c WHERE c.dossier_id = (SELECT row FROM d) AND c.retracted = 0 AND c.source "
        "IS "
        "  NOT NULL AND NOT EXISTS (SELECT 1 FROM source s WHERE s.dossier_id = (SELECT row FROM d) AND s.key = "
        "c.source "
        "  AND s.retracted = 0)) "
        "+ (SELECT count(*) FROM decision_entry x WHERE x.dossier_id = (SELECT row FROM d) AND x.retracted = 0 AND "
        "  x.selected_vendor IS NOT NULL AND NOT EXISTS (SELECT 1 FROM vendor v WHERE v.dossier_id = (SELECT row FROM "
        "d) "
        "  AND v.key = x.selected_vendor AND v.retracted = 0))"_s);
    if (!q)
        return q.error();
    q->addBindValue(*row);
    if (Status st = execChecked(*q); !st)
        return st;
    if (q->next() && q->value(0).toInt() > 0)
        return Error::input(tr("%1 cannot come back: it refers to something taken back since").arg(what));
    return {};
}

Result<qint64> ReviewFile::commitRetraction(WriteTransaction& tx,
                                            const QString& dossierId,
                                            const QString& action,
                                            const QString& detail,
                                            const QString& table,
                                            const QList<qint64>& rows)
{
    auto entry = audit(dossierId, action, detail);
    if (!entry)
        return entry.error();
    for (qint64 target : rows) {
        auto mark = prepare(db(), u"UPDATE "_s + table + u" SET retracted = ? WHERE id = ?"_s);
        if (!mark)
            return mark.error();
        mark->addBindValue(*entry);
        mark->addBindValue(target);
        if (Status st = execChecked(*mark); !st)
            return st.error();
    }
    if (Status st = tx.commit(); !st)
        return st.error();
    return *entry;
}

Status ReviewFile::reinstate(const QString& dossierId, qint64 retraction)
{
    QSqlDatabase d = db();
    WriteTransaction tx(d);
    if (Status st = beginWrite(tx); !st)
        return st;
    auto q = prepare(d, u"SELECT action, detail FROM audit WHERE id = ? AND dossier = ?"_s);
    if (!q)
        return q.error();
    q->addBindValue(retraction);
    q->addBindValue(dossierId);
    if (Status st = execChecked(*q); !st)
        return st;
    if (!q->next() || !q->value(0).toString().startsWith(u"retract_"_s))
        return Error::input(
            tr("entry %1 of the audit trail is not a retraction in dossier %2").arg(retraction).arg(dossierId));
    const QString what = q->value(1).toString();
    q->finish();
    // A source whose id was taken again, or a revision whose number a newer revision took, stays
    // retracted: the unique indexes refuse it and the whole action is rolled back.
    int brought = 0;
    for (const QString& sql : {u"UPDATE revision SET retracted = 0 WHERE retracted = ?"_s,
                               u"UPDATE source SET retracted = 0 WHERE retracted = ?"_s,
                               u"UPDATE vendor SET retracted = 0 WHERE retracted = ?"_s,
                               u"UPDATE bid SET retracted = 0 WHERE retracted = ?"_s,
                               u"UPDATE response SET retracted = 0 WHERE retracted = ?"_s,
                               u"UPDATE criterion SET retracted = 0 WHERE retracted = ?"_s,
                               u"UPDATE assessment_entry SET retracted = 0 WHERE retracted = ?"_s,
                               u"UPDATE decision_entry SET retracted = 0 WHERE retracted = ?"_s,
                               u"UPDATE claim SET retracted = 0 WHERE retracted = ?"_s,
                               u"UPDATE event SET retracted = 0 WHERE retracted = ?"_s,
                               u"UPDATE dossier_revision SET retracted = 0 WHERE retracted = ?"_s,
                               u"UPDATE bid_status SET retracted = 0 WHERE retracted = ?"_s}) {
        auto u = prepare(d, sql);
        if (!u)
            return u.error();
        u->addBindValue(retraction);
        if (!u->exec()) {
            // SQLITE_CONSTRAINT: a unique index refused it (a newer revision has its number).
            if (const QString code = u->lastError().nativeErrorCode(); code == u"19"_s || code == u"2067"_s)
                return Error::input(
                    tr("cannot bring back %1: a revision recorded since has taken its number").arg(what));
            return Error(tr("cannot bring back %1: %2").arg(what, u->lastError().text()));
        }
        brought += u->numRowsAffected();
    }
    if (brought == 0)
        return Error::input(tr("entry %1 of the audit trail took nothing that is still retracted").arg(retraction));
    // What comes back must not cite what is gone (a source, a vendor, a criterion taken back since).
    if (Status st = checkReferences(dossierId, what); !st)
        return st;
    if (auto st = audit(dossierId, u"reinstate"_s, auditText("%1 (retracted by entry %2)").arg(what).arg(retraction));
        !st)
        return st.error();
    return tx.commit();
}

Status ReviewFile::addVendor(const QString& dossierId, const Vendor& vendor)
{
    if (!DossierReader::isValidId(vendor.id))
        return badId(vendor.id);
    if (vendor.name.trimmed().isEmpty())
        return Error::input(tr("a vendor needs a name"));
    for (const std::optional<QString>& country : {vendor.country, vendor.parentCountry}) {
        if (country && !DossierReader::isCountryCode(*country))
            return Error::input(tr("\"%1\" is not an ISO 3166-1 alpha-2 country code").arg(*country));
    }
    QSqlDatabase d = db();
    WriteTransaction tx(d);
    auto row = beginAction(tx, dossierId);
    if (!row)
        return row.error();
    auto existing = keyedRow(Table::Vendor, *row, vendor.id);
    if (!existing)
        return existing.error();
    if (*existing && (*existing)->live)
        return Error::input(tr("vendor %1 already exists in dossier %2").arg(vendor.id, dossierId));
    const bool reuse = existing->has_value();
    const qint64 reusedRow = reuse ? (*existing)->id : 0;
    // A retracted vendor (an undone addition) gives its id and row to the new one; its old
    // certifications are replaced. The audit entry keeps what was replaced.
    QString detail = vendor.id;
    if (reuse) {
        auto was = rowText(u"SELECT "_s + columns::vendor.list() +
                               u", (SELECT group_concat(scheme || ' ' "
                               "|| coalesce(valid_from, '') || '..' || coalesce(valid_until, ''), ', ') FROM "
                               "(SELECT * FROM certification WHERE vendor_id = v.id ORDER BY pos)) FROM vendor v "
                               "WHERE v.id = ?"_s,
                           reusedRow);
        if (!was)
            return was.error();
        detail = auditText("%1, in place of the retracted one (was: %2)").arg(vendor.id, *was);
    }
    auto written = writeKeyed(d, columns::vendor, *row, vendor.id, valuesOf(vendor), reusedRow);
    if (!written)
        return written.error();
    const qint64 vendorRow = *written;
    if (reuse) {
        auto clear = prepare(d, u"DELETE FROM certification WHERE vendor_id = ?"_s);
        if (!clear)
            return clear.error();
        clear->addBindValue(vendorRow);
        if (Status st = execChecked(*clear); !st)
            return st;
    }
    auto cert = prepare(d,
                        u"INSERT INTO certification (vendor_id, pos, "_s + columns::certification.list() +
                            u") VALUES (?, ?, "_s + columns::certification.placeholders() + u')');
    if (!cert)
        return cert.error();
    for (qsizetype i = 0; i < vendor.certifications.size(); ++i) {
        for (const QVariant& v : QVariantList{QVariant(vendorRow), QVariant(i)} + valuesOf(vendor.certifications[i]))
            cert->addBindValue(v);
        if (Status st = execChecked(*cert); !st)
            return st;
    }
    if (auto st = audit(dossierId, u"add_vendor"_s, detail); !st)
        return st.error();
    return tx.commit();
}

Status ReviewFile::addBid(const QString& dossierId, const Bid& bid)
{
    if (!DossierReader::isValidId(bid.id))
        return badId(bid.id);
    if (!bid.submittedAt.isValid())
        return Error::input(tr("a bid needs its submission date"));
    if (bid.statusAt && Moment::isEarlier(*bid.statusAt, bid.submittedAt)) {
        return Error::input(tr("status_at %1 is earlier than submitted_at %2: a bid takes a status on or after its "
                               "submission")
                                .arg(bid.statusAt->text(), bid.submittedAt.text()));
    }
    if (bid.price && !std::isfinite(bid.price->amount))
        return Error::input(tr("a price must be a finite number"));
    if (bid.price && bid.price->amount < 0)
        return Error::input(tr("a price must not be negative"));
    QSqlDatabase d = db();
    WriteTransaction tx(d);
    auto row = beginAction(tx, dossierId);
    if (!row)
        return row.error();
    auto vendorRow = keyedRow(Table::Vendor, *row, bid.vendor);
    if (!vendorRow)
        return vendorRow.error();
    if (!*vendorRow || !(*vendorRow)->live)
        return Error::input(tr("unknown vendor id %1").arg(bid.vendor));
    auto existing = keyedRow(Table::Bid, *row, bid.id);
    if (!existing)
        return existing.error();
    if (*existing && (*existing)->live)
        return Error::input(tr("bid %1 already exists in dossier %2").arg(bid.id, dossierId));
    const bool reuse = existing->has_value();
    const qint64 reusedRow = reuse ? (*existing)->id : 0;
    QString detail = auditText("%1 from %2").arg(bid.id, bid.vendor);
    if (reuse) { // the audit entry keeps what is replaced
        auto was = rowText(u"SELECT "_s + columns::bid.list() + u" FROM bid WHERE id = ?"_s, reusedRow);
        if (!was)
            return was.error();
        detail = auditText("%1, in place of the retracted one (was: %2)").arg(detail, *was);
    }
    if (auto written = writeKeyed(d, columns::bid, *row, bid.id, valuesOf(bid), reusedRow); !written)
        return written.error();
    if (auto st = audit(dossierId, u"add_bid"_s, detail); !st)
        return st.error();
    return tx.commit();
}

Result<qint64> ReviewFile::retractVendor(const QString& dossierId, const QString& vendorId)
{
    return retractRow(
        dossierId,
        u"SELECT v.id, (SELECT count(*) FROM bid b WHERE b.dossier_id = v.dossier_id AND b.vendor = v.key "
        "AND b.retracted = 0) + (SELECT count(*) FROM decision_entry x WHERE x.dossier_id = v.dossier_id "
        "AND x.selected_vendor = v.key AND x.retracted = 0) + (SELECT count(*) FROM decision x WHERE "
        "x.dossier_id = v.dossier_id AND x.selected_vendor = v.key) FROM vendor v WHERE v.dossier_id = ? "
        "AND v.key = ? AND v.retracted = 0"_s,
        vendorId,
        u"vendor"_s,
        u"retract_vendor"_s,
        tr("no vendor %1 in dossier %2"),
        tr("vendor %1 has bids or is selected by a decision: undo them first"));
}

Result<qint64> ReviewFile::retractBid(const QString& dossierId, const QString& bidId)
{
    return retractRow(dossierId,
                      u"SELECT b.id, (SELECT count(*) FROM response x WHERE x.bid_id = b.id AND x.retracted = 0) "
                      "FROM bid b WHERE b.dossier_id = ? AND b.key = ? AND b.retracted = 0"_s,
                      bidId,
                      u"bid"_s,
                      u"retract_bid"_s,
                      tr("no bid %1 in dossier %2"),
                      tr("bid %1 has answers: undo them first"));
}

Result<qint64> ReviewFile::retractRow(const QString& dossierId,
                                      const QString& findSql,
                                      const QString& key,
                                      const QString& table,
                                      const QString& action,
                                      const QString& notFound,
                                      const QString& inUse)
{
    QSqlDatabase d = db();
    WriteTransaction tx(d);
    auto row = beginAction(tx, dossierId);
    if (!row)
        return row.error();
    auto q = prepare(d, findSql);
    if (!q)
        return q.error();
    q->addBindValue(*row);
    q->addBindValue(key);
    if (Status st = execChecked(*q); !st)
        return st.error();
    if (!q->next())
        return Error::input(notFound.arg(key, dossierId));
    if (q->value(1).toInt() > 0)
        return Error::input(inUse.arg(key));
    const qint64 target = q->value(0).toLongLong();
    q->finish();
    return commitRetraction(tx, dossierId, action, key, table, {target});
}

Result<qint64> ReviewFile::retractAnswer(const QString& dossierId, const QString& bidId, const Response& answer)
{
    QSqlDatabase d = db();
    WriteTransaction tx(d);
    auto row = beginAction(tx, dossierId);
    if (!row)
        return row.error();
    // Only the bid's latest answer can be taken back, and only if it is the one meant.
    auto rows = latestAnswerRows(*row, bidId, {answer});
    if (!rows)
        return rows.error();
    if (!*rows) {
        return Error::input(
            tr("the latest answer of bid %1 is not its answer to %2 rev %3: only the latest can be undone")
                .arg(bidId, answer.requirement)
                .arg(answer.rev));
    }
    return commitRetraction(tx,
                            dossierId,
                            u"retract_answer"_s,
                            auditText("%1 to %2 rev %3").arg(bidId, answer.requirement).arg(answer.rev),
                            u"response"_s,
                            **rows);
}

} // namespace hostreview
