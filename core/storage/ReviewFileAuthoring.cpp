// SPDX-License-Identifier: EUPL-1.2
// Authoring a dossier in a review file: creating it, changing its metadata, recording its events
// and the statuses of its bids (docs/storage.md, "Authoring"). Nothing is changed in place: each
// change is a new row, the latest live row is the current one, and undo marks a row retracted.
#include "storage/ReviewFile.h"

#include "format/DossierReader.h"
#include "format/DossierWriter.h"
#include "storage/SqlSupport.h"
#include "storage/Tables.h"

using namespace Qt::StringLiterals;

namespace hostreview {

using namespace sql;

namespace {

// Checks a dossier made of what an action touches (its metadata, sources and events) as an import
// would, so that authoring and import refuse the same things with the same words.
Status validateAsImport(const Dossier& dossier)
{
    auto read = DossierReader::read(DossierWriter::write(dossier), QString());
    if (read)
        return {};
    return Error::input(read.error().reason);
}

QString shown(const QVariant& v)
{
    return v.isNull() ? u"—"_s : v.toString();
}

// "title: A → B; applicant: — → C": the columns whose value changes, for the audit trail.
QString changes(const Columns& columns, const QVariantList& before, const QVariantList& after)
{
    QStringList out;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (before.value(i) != after.value(i) || before.value(i).isNull() != after.value(i).isNull())
            out << columns.names[i] + u": "_s + shown(before.value(i)) + u" → "_s + shown(after.value(i));
    }
    return out.join(u"; "_s);
}

// "kind: bid_deadline; at: 2023-12-15": the columns that have a value.
QString values(const Columns& columns, const QVariantList& values)
{
    QStringList out;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (!values.value(i).isNull())
            out << columns.names[i] + u": "_s + shown(values.value(i));
    }
    return out.join(u"; "_s);
}

} // namespace

void ReviewFile::setAuthor(const QString& author)
{
    m_author = author.trimmed();
}

Status ReviewFile::createDossier(const DossierInfo& info)
{
    Dossier dossier;
    dossier.info = info;
    if (Status st = validateAsImport(dossier); !st)
        return st;
    // An empty dossier is stored as an import of nothing but its metadata: one path, one set of
    // checks, its own entry in the audit trail.
    return storeDossier(
        dossier, u"create_dossier"_s, auditText("%1: %2").arg(info.id, values(columns::dossier, valuesOf(dossier))));
}

Status ReviewFile::reviseDossier(const DossierInfo& info)
{
    QSqlDatabase d = db();
    WriteTransaction tx(d);
    auto row = beginAction(tx, info.id);
    if (!row)
        return row.error();
    auto head = readHead(info.id);
    if (!head)
        return head.error();
    Dossier changed = *head;
    changed.info = info;
    if (Status st = validateAsImport(changed); !st)
        return st;
    if (changed.info.timezoneOrDefault() != head->info.timezoneOrDefault()) {
        // Every stored date has its calendar day in the dossier's zone (the as-of index keeps it).
        auto dated = scalar(d,
                            u"SELECT (SELECT count(*) FROM event WHERE dossier_id = %1) + (SELECT count(*) FROM "
                            "requirement WHERE dossier_id = %1) + (SELECT count(*) FROM bid WHERE dossier_id = %1) + "
                            "(SELECT count(*) FROM source WHERE dossier_id = %1 AND date IS NOT NULL)"_s.arg(*row));
        if (!dated)
            return dated.error();
        if (dated->toInt() > 0) {
            return Error::input(tr("the time zone of dossier %1 cannot change once it holds dates (its events, "
                                   "requirements, bids or dated sources take their calendar day from it): %2 stays")
                                    .arg(info.id, head->info.timezoneOrDefault()));
        }
    }
    const QString changed_ = changes(columns::dossier, valuesOf(*head), valuesOf(changed));
    if (changed_.isEmpty())
        return Error::input(tr("nothing to change in dossier %1").arg(info.id));
    auto q = prepare(d,
                     u"INSERT INTO dossier_revision (dossier_id, "_s + columns::dossier.list() +
                         u", recorded_at, author) VALUES (?, "_s + columns::dossier.placeholders() + u", ?, ?)"_s);
    if (!q)
        return q.error();
    q->addBindValue(*row);
    for (const QVariant& v : valuesOf(changed))
        q->addBindValue(v);
    q->addBindValue(nowText());
    q->addBindValue(authorValue());
    if (Status st = execChecked(*q); !st)
        return st;
    if (auto st = audit(info.id, u"change_dossier"_s, changed_); !st)
        return st.error();
    return tx.commit();
}

Result<qint64> ReviewFile::retractDossierChange(const QString& dossierId)
{
    QSqlDatabase d = db();
    WriteTransaction tx(d);
    auto row = beginAction(tx, dossierId);
    if (!row)
        return row.error();
    auto latest =
        scalar(d, u"SELECT max(id) FROM dossier_revision WHERE dossier_id = %1 AND retracted = 0"_s.arg(*row));
    if (!latest)
        return latest.error();
    if (latest->isNull())
        return Error::input(tr("dossier %1 has no change of its metadata to undo").arg(dossierId));
    return commitRetraction(
        tx, dossierId, u"retract_dossier_change"_s, dossierId, u"dossier_revision"_s, {latest->toLongLong()});
}

Status ReviewFile::recordEvent(const QString& dossierId, const Event& event, bool edit)
{
    QSqlDatabase d = db();
    WriteTransaction tx(d);
    auto row = beginAction(tx, dossierId);
    if (!row)
        return row.error();
    auto head = readHead(dossierId);
    if (!head)
        return head.error();
    Dossier changed = *head;
    qsizetype at = -1;
    for (qsizetype i = 0; i < changed.events.size(); ++i) {
        if (changed.events[i].id == event.id)
            at = i;
    }
    if (edit && at < 0)
        return Error::input(tr("no event %1 in dossier %2").arg(event.id, dossierId));
    if (!edit && at >= 0)
        return Error::input(
            tr("event %1 already exists in dossier %2 (change it with --edit)").arg(event.id, dossierId));
    // Dates are read in the dossier's zone, as an import reads them.
    Event stored = event;
    const QTimeZone zone = head->info.zone();
    stored.at = readMoment(event.at.text(), zone);
    if (event.newDeadline)
        stored.newDeadline = readMoment(event.newDeadline->text(), zone);
    if (edit)
        changed.events[at] = stored;
    else
        changed.events << stored;
    if (Status st = validateAsImport(changed); !st)
        return Error::input(tr("event %1: %2").arg(event.id, st.error().reason));
    const QString detail = edit ? changes(columns::event, valuesOf(head->events[at]), valuesOf(stored))
                                : values(columns::event, valuesOf(stored));
    if (edit && detail.isEmpty())
        return Error::input(tr("nothing to change in event %1").arg(event.id));
    auto q = prepare(d,
                     u"INSERT INTO event (dossier_id, pos, key, "_s + columns::event.list() +
                         u", recorded_at, author) VALUES (?, coalesce((SELECT min(pos) FROM event WHERE dossier_id = ? "
                         "AND key = ?), (SELECT coalesce(max(pos) + 1, 0) FROM event WHERE dossier_id = ?)), ?, "_s +
                         columns::event.placeholders() + u", ?, ?)"_s);
    if (!q)
        return q.error();
    q->addBindValue(*row);
    q->addBindValue(*row);
    q->addBindValue(event.id);
    q->addBindValue(*row);
    q->addBindValue(event.id);
    for (const QVariant& v : valuesOf(stored))
        q->addBindValue(v);
    q->addBindValue(nowText());
    q->addBindValue(authorValue());
    if (Status st = execChecked(*q); !st)
        return st;
    auto logged =
        audit(dossierId, edit ? u"change_event"_s : u"add_event"_s, auditText("%1: %2").arg(event.id, detail));
    if (!logged)
        return logged.error();
    return tx.commit();
}

Status ReviewFile::addEvent(const QString& dossierId, const Event& event)
{
    return recordEvent(dossierId, event, false);
}

Status ReviewFile::changeEvent(const QString& dossierId, const Event& event)
{
    return recordEvent(dossierId, event, true);
}

Result<qint64> ReviewFile::retractEvent(const QString& dossierId, const QString& eventId, EventRetraction scope)
{
    QSqlDatabase d = db();
    WriteTransaction tx(d);
    auto row = beginAction(tx, dossierId);
    if (!row)
        return row.error();
    auto q = prepare(d, u"SELECT id FROM event WHERE dossier_id = ? AND key = ? AND retracted = 0 ORDER BY id DESC"_s);
    if (!q)
        return q.error();
    q->addBindValue(*row);
    q->addBindValue(eventId);
    if (Status st = execChecked(*q); !st)
        return st.error();
    QList<qint64> rows;
    while (q->next())
        rows << q->value(0).toLongLong();
    q->finish();
    if (rows.isEmpty())
        return Error::input(tr("no event %1 in dossier %2").arg(eventId, dossierId));
    if (scope == EventRetraction::LatestChange) {
        if (rows.size() < 2)
            return Error::input(tr("event %1 has no change to undo").arg(eventId));
        rows = {rows.first()};
        return commitRetraction(tx, dossierId, u"retract_event_change"_s, eventId, u"event"_s, rows);
    }
    return commitRetraction(tx, dossierId, u"retract_event"_s, eventId, u"event"_s, rows);
}

Status ReviewFile::recordBidStatus(const QString& dossierId,
                                   const QString& bidId,
                                   BidStatus status,
                                   const std::optional<Moment>& at,
                                   const QString& reason)
{
    QSqlDatabase d = db();
    WriteTransaction tx(d);
    auto row = beginAction(tx, dossierId);
    if (!row)
        return row.error();
    auto q = prepare(d, u"SELECT id, submitted_at FROM bid WHERE dossier_id = ? AND key = ? AND retracted = 0"_s);
    if (!q)
        return q.error();
    q->addBindValue(*row);
    q->addBindValue(bidId);
    if (Status st = execChecked(*q); !st)
        return st;
    if (!q->next())
        return Error::input(tr("no bid %1 in dossier %2").arg(bidId, dossierId));
    const qint64 bidRow = q->value(0).toLongLong();
    const QString submitted = q->value(1).toString();
    q->finish();
    auto tz = zoneOf(*row);
    if (!tz)
        return tz.error();
    const QTimeZone zone = *tz;
    const Moment submittedAt = readMoment(submitted, zone);
    std::optional<Moment> statusAt;
    if (at)
        statusAt = readMoment(at->text(), zone);
    if (statusAt && Moment::isEarlier(*statusAt, submittedAt)) {
        return Error::input(tr("status_at %1 is earlier than submitted_at %2: a bid takes a status on or after its "
                               "submission")
                                .arg(statusAt->text(), submittedAt.text()));
    }
    if (status != BidStatus::Submitted && !statusAt)
        return Error::input(tr("a bid that is %1 needs the date it became so").arg(enumName(status)));
    auto ins = prepare(d,
                       u"INSERT INTO bid_status (bid_id, status, status_at, reason, recorded_at, author) "
                       "VALUES (?, ?, ?, ?, ?, ?)"_s);
    if (!ins)
        return ins.error();
    ins->addBindValue(bidRow);
    ins->addBindValue(enumName(status));
    ins->addBindValue(opt(statusAt));
    ins->addBindValue(reason.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                 : QVariant(reason.trimmed()));
    ins->addBindValue(nowText());
    ins->addBindValue(authorValue());
    if (Status st = execChecked(*ins); !st)
        return st;
    QString detail = auditText("%1 %2 on %3").arg(bidId, enumName(status), statusAt ? statusAt->text() : u"—"_s);
    if (!reason.trimmed().isEmpty())
        detail = auditText("%1: %2").arg(detail, reason.trimmed());
    if (auto st = audit(dossierId, u"bid_status"_s, detail); !st)
        return st.error();
    return tx.commit();
}

Result<qint64> ReviewFile::retractBidStatus(const QString& dossierId, const QString& bidId)
{
    QSqlDatabase d = db();
    WriteTransaction tx(d);
    auto row = beginAction(tx, dossierId);
    if (!row)
        return row.error();
    auto q = prepare(d,
                     u"SELECT max(s.id) FROM bid b JOIN bid_status s ON s.bid_id = b.id AND s.retracted = 0 "
                     "WHERE b.dossier_id = ? AND b.key = ? AND b.retracted = 0"_s);
    if (!q)
        return q.error();
    q->addBindValue(*row);
    q->addBindValue(bidId);
    if (Status st = execChecked(*q); !st)
        return st.error();
    if (!q->next() || q->value(0).isNull())
        return Error::input(tr("bid %1 has no status recorded to undo").arg(bidId));
    const qint64 target = q->value(0).toLongLong();
    q->finish();
    return commitRetraction(tx, dossierId, u"retract_bid_status"_s, bidId, u"bid_status"_s, {target});
}

} // namespace hostreview
