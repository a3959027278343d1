// SPDX-License-Identifier: EUPL-1.2
// The reviewer's actions on a review file: the assessment, the decision and its claims. Each is
// one write transaction recorded in the audit trail; nothing is overwritten.
#include "storage/ReviewFile.h"

#include "format/DossierReader.h"
#include "storage/SqlSupport.h"
#include "storage/Tables.h"

using namespace Qt::StringLiterals;

namespace hostreview {

using namespace sql;

Result<QStringList>
ReviewFile::addCriteria(const QString& dossierId, const QList<Criterion>& criteria, const QString& origin)
{
    for (const Criterion& c : criteria) {
        if (!DossierReader::isValidId(c.criterion))
            return badId(c.criterion);
    }
    QSqlDatabase d = db();
    WriteTransaction tx(d);
    auto row = beginAction(tx, dossierId);
    if (!row)
        return row.error();
    QStringList added;
    for (const Criterion& c : criteria) {
        if (added.contains(c.criterion))
            continue;
        auto existing = keyedRow(Table::Criterion, *row, c.criterion);
        if (!existing)
            return existing.error();
        if (*existing)
            continue; // the dossier's own criterion, and the reviewer's assessment of it, stay
        if (Status st = checkSource(*row, c.source); !st)
            return st.error();
        // Always a new row: a retracted criterion keeps its own, with its history.
        if (auto written = writeKeyed(d, columns::criterion, *row, c.criterion, valuesOf(c)); !written)
            return written.error();
        added << c.criterion;
    }
    if (added.isEmpty())
        return Error::input(tr("every criterion of %1 is already in dossier %2").arg(origin, dossierId));
    if (auto st = audit(dossierId, u"add_criteria"_s, auditText("%1: %2").arg(origin, added.join(u", "_s))); !st)
        return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    return added;
}

Result<qint64> ReviewFile::retractCriteria(const QString& dossierId, const QStringList& criterionIds)
{
    QSqlDatabase d = db();
    WriteTransaction tx(d);
    auto row = beginAction(tx, dossierId);
    if (!row)
        return row.error();
    QList<qint64> rows;
    for (const QString& id : criterionIds) {
        auto q =
            prepare(d,
                    u"SELECT c.id, (SELECT count(*) FROM assessment_entry a WHERE a.criterion_id = c.id AND "
                    "a.retracted = 0) FROM criterion c WHERE c.dossier_id = ? AND c.key = ? AND c.retracted = 0"_s);
        if (!q)
            return q.error();
        q->addBindValue(*row);
        q->addBindValue(id);
        if (Status st = execChecked(*q); !st)
            return st.error();
        if (!q->next())
            return Error::input(tr("no criterion %1 in dossier %2").arg(id, dossierId));
        if (q->value(1).toInt() > 0)
            return Error::input(tr("criterion %1 has been assessed: undo the assessment first").arg(id));
        rows << q->value(0).toLongLong();
        q->finish();
    }
    if (rows.isEmpty())
        return Error::input(tr("no criterion to retract"));
    return commitRetraction(tx, dossierId, u"retract_criteria"_s, criterionIds.join(u", "_s), u"criterion"_s, rows);
}

Status ReviewFile::assessCriterion(const QString& dossierId, const Criterion& assessment)
{
    QSqlDatabase d = db();
    WriteTransaction tx(d);
    auto row = beginAction(tx, dossierId);
    if (!row)
        return row.error();
    auto criterion = keyedRow(Table::Criterion, *row, assessment.criterion);
    if (!criterion)
        return criterion.error();
    if (!*criterion || !(*criterion)->live)
        return Error::input(tr("no criterion %1 in dossier %2").arg(assessment.criterion, dossierId));
    if (Status st = checkSource(*row, assessment.source); !st)
        return st;
    auto q = prepare(d,
                     u"INSERT INTO assessment_entry (criterion_id, status, comment, source, recorded_at, author) "
                     "VALUES (?, ?, ?, ?, ?, ?)"_s);
    if (!q)
        return q.error();
    const AssessmentStatus status = assessment.statusOrDefault();
    for (const QVariant& v : {QVariant((*criterion)->id),
                              QVariant(enumName(status)),
                              opt(assessment.comment),
                              opt(assessment.source),
                              QVariant(nowText()),
                              authorValue()})
        q->addBindValue(v);
    if (Status st = execChecked(*q); !st)
        return st;
    if (auto st = audit(dossierId, u"assess"_s, auditText("%1: %2").arg(assessment.criterion, enumName(status))); !st)
        return st.error();
    return tx.commit();
}

Result<qint64> ReviewFile::retractAssessment(const QString& dossierId, const QString& criterionId)
{
    return retractRow(dossierId,
                      u"SELECT (SELECT max(a.id) FROM assessment_entry a WHERE a.criterion_id = c.id AND "
                      "a.retracted = 0), 0 FROM criterion c WHERE c.dossier_id = ? AND c.key = ? AND c.retracted = 0 "
                      "AND EXISTS (SELECT 1 FROM assessment_entry a WHERE a.criterion_id = c.id AND a.retracted = 0)"_s,
                      criterionId,
                      u"assessment_entry"_s,
                      u"retract_assessment"_s,
                      tr("criterion %1 has no recorded assessment in dossier %2"),
                      QString());
}

Result<QList<AssessmentRecord>> ReviewFile::assessmentHistory(const QString& dossierId,
                                                              const QString& criterionId) const
{
    auto row = dossierRowId(dossierId);
    if (!row)
        return row.error();
    auto q = prepare(db(),
                     u"SELECT '', coalesce(c.status, 'not_assessed'), c.comment, c.source, 0, 0 FROM criterion c "
                     "WHERE c.dossier_id = ? AND c.key = ? AND c.retracted = 0 "
                     "UNION ALL SELECT a.recorded_at, a.status, a.comment, a.source, a.retracted <> 0, a.id "
                     "FROM assessment_entry a JOIN criterion c ON a.criterion_id = c.id "
                     "WHERE c.dossier_id = ? AND c.key = ? AND c.retracted = 0 ORDER BY 6"_s);
    if (!q)
        return q.error();
    for (int i = 0; i < 2; ++i) {
        q->addBindValue(*row);
        q->addBindValue(criterionId);
    }
    if (Status st = execChecked(*q); !st)
        return st.error();
    QList<AssessmentRecord> out;
    while (q->next()) {
        AssessmentRecord r;
        r.at = q->value(0).toString();
        r.status = enumFromName<AssessmentStatus>(q->value(1).toString()).value_or(AssessmentStatus::NotAssessed);
        r.comment = readString(q->value(2));
        r.source = readString(q->value(3));
        r.retracted = q->value(4).toInt() != 0;
        out << r;
    }
    if (out.isEmpty())
        return Error::input(tr("no criterion %1 in dossier %2").arg(criterionId, dossierId));
    return out;
}

Status ReviewFile::recordDecision(const QString& dossierId, const Decision& decision, DecisionGate gate)
{
    if (decision.durationMonths && *decision.durationMonths < 1)
        return Error::input(tr("the duration must be at least one month"));
    if (decision.decidedAt && decision.publishedAt && decision.publishedAt->day() < decision.decidedAt->day())
        return Error::input(tr("the decision cannot be published before it is taken"));
    QSqlDatabase d = db();
    WriteTransaction tx(d);
    auto row = beginAction(tx, dossierId);
    if (!row)
        return row.error();
    if (decision.selectedVendor) {
        auto vendor = keyedRow(Table::Vendor, *row, *decision.selectedVendor);
        if (!vendor)
            return vendor.error();
        if (!*vendor || !(*vendor)->live)
            return Error::input(tr("unknown vendor id %1").arg(*decision.selectedVendor));
    }
    // An authorisation against the assessment as it stands is recorded only knowingly, and says so.
    QString detail = enumName(decision.outcomeOrDefault());
    const Outcome outcome = decision.outcomeOrDefault();
    if (outcome == Outcome::Authorized || outcome == Outcome::AuthorizedWithConditions) {
        Dossier review;
        if (Status st = readReview(*row, review); !st)
            return st;
        const QStringList unacceptable = criteriaWith(review.assessment, AssessmentStatus::Unacceptable);
        const QStringList unassessed = criteriaWith(review.assessment, AssessmentStatus::NotAssessed);
        if (!unacceptable.isEmpty() || !unassessed.isEmpty()) {
            const QString none = u"—"_s;
            const QString bad = unacceptable.isEmpty() ? none : unacceptable.join(u", "_s);
            const QString open = unassessed.isEmpty() ? none : unassessed.join(u", "_s);
            if (gate != DecisionGate::DespiteAssessment)
                return Error::input(tr("criteria stand against an authorisation (unacceptable: %1; not assessed: %2): "
                                       "it is recorded only knowingly, despite the assessment")
                                        .arg(bad, open));
            detail = auditText("%1 despite the assessment (unacceptable: %2; not assessed: %3)").arg(detail, bad, open);
        }
    }
    QStringList conditions;
    for (const QString& c : decision.conditions.value_or(QStringList())) {
        if (!c.trimmed().isEmpty())
            conditions << c.trimmed();
    }
    auto q = prepare(d,
                     u"INSERT INTO decision_entry (dossier_id, "_s + columns::decision.list() +
                         u", recorded_at, author) VALUES (?, "_s + columns::decision.placeholders() + u", ?, ?)"_s);
    if (!q)
        return q.error();
    Decision recorded = decision;
    recorded.claims.clear();
    recorded.conditions = conditions.isEmpty() ? std::nullopt : std::optional<QStringList>(conditions);
    q->addBindValue(*row);
    for (const QVariant& v : valuesOf(recorded))
        q->addBindValue(v);
    q->addBindValue(nowText());
    q->addBindValue(authorValue());
    if (Status st = execChecked(*q); !st)
        return st;
    if (auto st = audit(dossierId, u"decide"_s, detail); !st)
        return st.error();
    return tx.commit();
}

Result<qint64> ReviewFile::retractDecision(const QString& dossierId)
{
    QSqlDatabase d = db();
    WriteTransaction tx(d);
    auto row = beginAction(tx, dossierId);
    if (!row)
        return row.error();
    auto q = prepare(d, u"SELECT max(id) FROM decision_entry WHERE dossier_id = ? AND retracted = 0"_s);
    if (!q)
        return q.error();
    q->addBindValue(*row);
    if (Status st = execChecked(*q); !st)
        return st.error();
    if (!q->next() || q->value(0).isNull())
        return Error::input(tr("no recorded decision to take back in dossier %1").arg(dossierId));
    const qint64 target = q->value(0).toLongLong();
    q->finish();
    return commitRetraction(
        tx, dossierId, u"retract_decision"_s, QString::number(target), u"decision_entry"_s, {target});
}

Status ReviewFile::addClaim(const QString& dossierId, const Claim& claim)
{
    if (!DossierReader::isValidId(claim.id))
        return badId(claim.id);
    if (claim.text.value_or(QString()).trimmed().isEmpty())
        return Error::input(tr("a claim needs its text"));
    QSqlDatabase d = db();
    WriteTransaction tx(d);
    auto row = beginAction(tx, dossierId);
    if (!row)
        return row.error();
    auto existing = keyedRow(Table::Claim, *row, claim.id);
    if (!existing)
        return existing.error();
    if (*existing)
        return Error::input(tr("claim %1 already exists in dossier %2").arg(claim.id, dossierId));
    if (Status st = checkSource(*row, claim.source); !st)
        return st;
    // Always a new row: a removed claim keeps its own text in the file.
    if (auto written = writeKeyed(d, columns::claim, *row, claim.id, valuesOf(claim)); !written)
        return written.error();
    if (auto st = audit(dossierId, u"add_claim"_s, auditText("%1 (%2)").arg(claim.id, enumName(claim.kind))); !st)
        return st.error();
    return tx.commit();
}

Result<qint64> ReviewFile::retractClaim(const QString& dossierId, const QString& claimId)
{
    return retractRow(dossierId,
                      u"SELECT id, 0 FROM claim WHERE dossier_id = ? AND key = ? AND retracted = 0"_s,
                      claimId,
                      u"claim"_s,
                      u"retract_claim"_s,
                      tr("no claim %1 in dossier %2"),
                      QString());
}

} // namespace hostreview
