// SPDX-License-Identifier: EUPL-1.2
// Spreadsheets into a review file (docs/spreadsheets.md): a requirement list, whose later versions
// become revisions, and a vendor's answers. Each import is one action: compared with the dossier
// as it stands under the write lock, written whole or not at all, with one audit entry.
#include "storage/ReviewFile.h"

#include "storage/SqlSupport.h"
#include "storage/Tables.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace hostreview {

using namespace sql;

Result<ReviewFile::RequirementRows> ReviewFile::readRequirementRows(qint64 dossierRow, const QTimeZone& zone) const
{
    // Every requirement row of the dossier with its latest live revision (none: an addition undone).
    auto q = Statement::prepare(
        db(),
        "SELECT r.id, r.key, r.category, r.title, v.rev, v.effective_at, v.effective_day, v.text, v.mandatory, "
        "v.weight, v.status, v.rationale, v.source FROM requirement r LEFT JOIN revision v ON v.id = "
        "(SELECT x.id FROM revision x WHERE x.requirement_id = r.id AND x.retracted = 0 ORDER BY x.rev DESC LIMIT 1) "
        "WHERE r.dossier_id = ?1 ORDER BY r.pos");
    if (!q)
        return q.error();
    if (Status st = q->bind(1, dossierRow); !st)
        return st.error();
    RequirementRows out;
    MomentBytesCache moments(zone);
    while (q->next()) {
        const qint64 row = q->int64(0);
        const QString key = q->text(1);
        out.rowOf.insert(key, row);
        if (q->isNull(4))
            continue;
        Requirement r;
        r.id = key;
        readInto(r, *q, 2);
        RequirementRevision v;
        readInto(v, *q, 4, moments);
        r.revisions << std::move(v);
        out.live << std::move(r);
    }
    if (Status st = q->check(); !st)
        return st.error();
    return out;
}

Result<RequirementList::Changes> ReviewFile::importRequirementList(const QString& dossierId,
                                                                   const RequirementList& list,
                                                                   const RequirementListImport& how)
{
    WriteTransaction tx(db());
    auto row = how.dryRun ? dossierRowId(dossierId) : beginAction(tx, dossierId);
    if (!row)
        return row.error();
    auto zone = zoneOf(*row);
    if (!zone)
        return zone.error();
    if (Status st = checkSource(*row, how.source); !st)
        return st.error();
    auto current = readRequirementRows(*row, *zone);
    if (!current)
        return current.error();
    const auto effective = Moment::parse(how.effective.text(), *zone); // its day in this dossier's zone
    if (!effective)
        return effective.error();
    auto changes = list.compare(current->live, *effective, how.rationale, how.source);
    if (!changes)
        return changes.error();
    if (how.dryRun || changes->changes.isEmpty())
        return changes; // nothing written, nothing audited

    auto addRequirement = Statement::prepare(
        db(),
        "INSERT INTO requirement (dossier_id, pos, key, category, title) VALUES "
        "(?1, (SELECT coalesce(max(pos) + 1, 0) FROM requirement WHERE dossier_id = ?1), ?2, ?3, ?4)");
    auto reuseRequirement = Statement::prepare(db(), "UPDATE requirement SET category = ?1, title = ?2 WHERE id = ?3");
    const QByteArray insertSql = "INSERT INTO revision (requirement_id, " + columns::revision.list().toUtf8() +
                                 ", recorded_at, author) VALUES (?, " + columns::revision.placeholders().toUtf8() +
                                 ", ?, ?)";
    auto addRevision = Statement::prepare(db(), insertSql.constData());
    for (const auto* s : {&addRequirement, &reuseRequirement, &addRevision}) {
        if (!*s)
            return s->error();
    }
    const QString now = nowText();
    const QVariant author = authorValue();
    const int nRevision = int(columns::revision.size());
    for (const RequirementList::Change& c : changes->changes) {
        qint64 requirementRow = current->rowOf.value(c.id);
        if (c.kind == RequirementList::Change::Kind::Added) {
            const QVariantList values = valuesOf(c.requirement);
            if (requirementRow != 0) { // an addition undone: its row comes back with these values
                if (Status st = reuseRequirement->set(1, values); !st)
                    return st.error();
                if (Status st = reuseRequirement->set(3, requirementRow); !st)
                    return st.error();
                if (Status st = reuseRequirement->run(); !st)
                    return st.error();
            } else {
                if (Status st = addRequirement->set(1, *row); !st)
                    return st.error();
                if (Status st = addRequirement->set(2, c.id); !st)
                    return st.error();
                if (Status st = addRequirement->set(3, values); !st)
                    return st.error();
                if (Status st = addRequirement->run(); !st)
                    return st.error();
                requirementRow = addRequirement->lastRowId();
            }
        }
        if (Status st = addRevision->set(1, requirementRow); !st)
            return st.error();
        if (Status st = addRevision->set(2, valuesOf(c.revision)); !st)
            return st.error();
        if (Status st = addRevision->set(2 + nRevision, now); !st)
            return st.error();
        if (Status st = addRevision->set(3 + nRevision, author); !st)
            return st.error();
        if (Status st = addRevision->run(); !st)
            return st.error();
    }
    using Kind = RequirementList::Change::Kind;
    if (auto st = audit(dossierId,
                        u"import_requirements"_s,
                        auditText("%1: %2 added, %3 revised, %4 withdrawn, %5 restored, effective %6")
                            .arg(how.origin)
                            .arg(changes->count(Kind::Added))
                            .arg(changes->count(Kind::Revised))
                            .arg(changes->count(Kind::Withdrawn))
                            .arg(changes->count(Kind::Restored))
                            .arg(effective->text()));
        !st)
        return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    return changes;
}

Result<qint64>
ReviewFile::retractRevisions(const QString& dossierId, const QList<RevisionKey>& revisions, const QString& origin)
{
    if (revisions.isEmpty())
        return Error::input(tr("no revision to undo"));
    WriteTransaction tx(db());
    auto row = beginAction(tx, dossierId);
    if (!row)
        return row.error();
    auto q = prepare(db(),
                     u"SELECT v.id, v.rev, EXISTS (SELECT 1 FROM response x WHERE x.revision_id = v.id) "
                     "FROM requirement r JOIN revision v ON v.requirement_id = r.id AND v.retracted = 0 "
                     "WHERE r.dossier_id = ? AND r.key = ? ORDER BY v.rev DESC LIMIT 1"_s);
    if (!q)
        return q.error();
    QList<qint64> rows;
    for (const RevisionKey& k : revisions) {
        q->bindValue(0, *row);
        q->bindValue(1, k.requirement);
        if (Status st = execChecked(*q); !st)
            return st.error();
        if (!q->next() || q->value(1).toInt() != k.rev)
            return Error::input(tr("rev %1 of requirement %2 is no longer its latest revision: the import cannot be "
                                   "undone")
                                    .arg(k.rev)
                                    .arg(k.requirement));
        if (q->value(2).toInt() != 0)
            return Error::input(
                tr("rev %1 of requirement %2 has been answered: it cannot be undone").arg(k.rev).arg(k.requirement));
        rows << q->value(0).toLongLong();
        q->finish();
    }
    return commitRetraction(tx,
                            dossierId,
                            u"retract_import"_s,
                            auditText("%1 (%2 revisions)").arg(origin).arg(rows.size()),
                            u"revision"_s,
                            rows);
}

Status ReviewFile::recordAnswers(const QString& dossierId,
                                 const QString& bidId,
                                 const QList<Response>& answers,
                                 const QString& origin,
                                 const QList<std::optional<Response>>& seen)
{
    if (answers.isEmpty())
        return Error::input(tr("no answer to record"));
    WriteTransaction tx(db());
    auto row = beginAction(tx, dossierId);
    if (!row)
        return row.error();
    auto bid = prepare(db(),
                       u"SELECT b.id, (SELECT coalesce(max(pos) + 1, 0) FROM response x WHERE x.bid_id = b.id) "
                       "FROM bid b WHERE b.dossier_id = ? AND b.key = ? AND b.retracted = 0"_s);
    if (!bid)
        return bid.error();
    bid->addBindValue(*row);
    bid->addBindValue(bidId);
    if (Status st = execChecked(*bid); !st)
        return st;
    if (!bid->next())
        return Error::input(tr("no bid %1 in dossier %2").arg(bidId, dossierId));
    const qint64 bidRow = bid->value(0).toLongLong();
    qint64 pos = bid->value(1).toLongLong();
    bid->finish();
    // What the comparison saw must still be the bid's latest answers, under the write lock.
    if (!seen.isEmpty()) {
        auto latest = prepare(db(),
                              u"SELECT v.rev, x.compliance, x.evidence FROM response x "
                              "JOIN revision v ON v.id = x.revision_id JOIN requirement r ON r.id = v.requirement_id "
                              "WHERE x.bid_id = ? AND r.key = ? AND x.retracted = 0 ORDER BY x.pos DESC LIMIT 1"_s);
        if (!latest)
            return latest.error();
        for (qsizetype i = 0; i < answers.size() && i < seen.size(); ++i) {
            latest->bindValue(0, bidRow);
            latest->bindValue(1, answers[i].requirement);
            if (Status st = execChecked(*latest); !st)
                return st;
            const bool has = latest->next();
            const std::optional<Response>& was = seen[i];
            const bool same =
                has == was.has_value() && (!has || (latest->value(0).toInt() == was->rev &&
                                                    latest->value(1).toString() == enumName(was->compliance) &&
                                                    readString(latest->value(2)) == was->evidence));
            latest->finish();
            if (!same)
                return Error::input(tr("bid %1 has answered %2 since the sheet was compared: compare it again")
                                        .arg(bidId, answers[i].requirement));
        }
    }
    auto revision = prepare(db(),
                            u"SELECT v.id FROM revision v JOIN requirement r ON v.requirement_id = r.id "
                            "WHERE r.dossier_id = ? AND r.key = ? AND v.rev = ? AND v.retracted = 0"_s);
    auto ins =
        prepare(db(),
                u"INSERT INTO response (bid_id, pos, revision_id, "_s + columns::response.list() +
                    u", recorded_at, author) VALUES (?, ?, ?, "_s + columns::response.placeholders() + u", ?, ?)"_s);
    if (!revision)
        return revision.error();
    if (!ins)
        return ins.error();
    const QString now = nowText();
    for (const Response& r : answers) {
        revision->bindValue(0, *row);
        revision->bindValue(1, r.requirement);
        revision->bindValue(2, r.rev);
        if (Status st = execChecked(*revision); !st)
            return st;
        if (!revision->next())
            return Error::input(tr("rev %1 of requirement %2 does not exist").arg(r.rev).arg(r.requirement));
        const qint64 revisionRow = revision->value(0).toLongLong();
        revision->finish();
        bindFrom(*ins, 0, QVariantList{QVariant(bidRow), QVariant(pos++), QVariant(revisionRow)} + valuesOf(r));
        ins->bindValue(int(3 + columns::response.size()), now);
        ins->bindValue(int(4 + columns::response.size()), authorValue());
        if (Status st = execChecked(*ins); !st)
            return st;
    }
    if (auto st = audit(dossierId,
                        u"import_answers"_s,
                        auditText("answers of bid %1 from %2: %3").arg(bidId, origin).arg(answers.size()));
        !st)
        return st.error();
    return tx.commit();
}

Result<qint64> ReviewFile::retractAnswers(const QString& dossierId,
                                          const QString& bidId,
                                          const QList<Response>& answers,
                                          const QString& origin)
{
    if (answers.isEmpty())
        return Error::input(tr("no answer to undo"));
    WriteTransaction tx(db());
    auto row = beginAction(tx, dossierId);
    if (!row)
        return row.error();
    auto rows = latestAnswerRows(*row, bidId, answers);
    if (!rows)
        return rows.error();
    if (!*rows)
        return Error::input(tr("bid %1 has answered since %2: the import cannot be undone").arg(bidId, origin));
    return commitRetraction(tx,
                            dossierId,
                            u"retract_import"_s,
                            auditText("answers of bid %1 from %2: %3").arg(bidId, origin).arg(answers.size()),
                            u"response"_s,
                            **rows);
}

Result<std::optional<QList<qint64>>>
ReviewFile::latestAnswerRows(qint64 dossierRow, const QString& bidId, const QList<Response>& answers) const
{
    auto q = prepare(db(),
                     u"SELECT x.id, r.key, v.rev FROM bid b JOIN response x ON x.bid_id = b.id AND x.retracted = 0 "
                     "JOIN revision v ON v.id = x.revision_id JOIN requirement r ON r.id = v.requirement_id "
                     "WHERE b.dossier_id = ? AND b.key = ? AND b.retracted = 0 ORDER BY x.pos DESC LIMIT ?"_s);
    if (!q)
        return q.error();
    q->addBindValue(dossierRow);
    q->addBindValue(bidId);
    q->addBindValue(answers.size());
    if (Status st = execChecked(*q); !st)
        return st.error();
    QList<qint64> rows;
    for (auto a = answers.crbegin(); a != answers.crend(); ++a) {
        if (!q->next() || q->value(1).toString() != a->requirement || q->value(2).toInt() != a->rev)
            return std::optional<QList<qint64>>();
        rows << q->value(0).toLongLong();
    }
    return std::optional<QList<qint64>>(rows);
}

} // namespace hostreview
