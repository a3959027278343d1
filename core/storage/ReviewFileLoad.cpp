// SPDX-License-Identifier: EUPL-1.2
// The review file, read: a dossier loaded whole (its answers on two threads), and its review.
#include "storage/ReviewFile.h"

#include "storage/Schema.h"
#include "storage/SqlSupport.h"
#include "storage/Statement.h"
#include "storage/Tables.h"
#include "json/JsonDocument.h"
#include "json/JsonWriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <limits>
#include <system_error>
#include <thread>
#include <vector>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace hostreview {

using namespace sql;

namespace {

// A read transaction for the lifetime of the object: the queries in it see one snapshot.
struct ReadSnapshot
{
    QSqlDatabase db;
    QString error; // why it could not begin, else empty
    explicit ReadSnapshot(QSqlDatabase database)
        : db(std::move(database))
    {
        QSqlQuery begin(db);
        if (!begin.exec(u"BEGIN"_s))
            error = begin.lastError().text();
    }
    ~ReadSnapshot()
    {
        if (error.isEmpty()) {
            QSqlQuery q(db);
            q.exec(u"COMMIT"_s);
        }
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;
};

// Runs a forward-only query whose one parameter is a row id.
Result<QSqlQuery> selectById(const QSqlDatabase& d, const QString& sql, qint64 id)
{
    auto q = prepare(d, sql);
    if (!q)
        return q;
    q->setForwardOnly(true);
    q->addBindValue(id);
    if (Status st = execChecked(*q); !st)
        return st.error();
    return q;
}
std::atomic<int> s_connectionCounter{0};

// The newest audit entry, and when the file was created (its first entry, to the millisecond).
// Every change to a review file is one transaction that appends an entry, so two connections that
// read the same token see the same snapshot of the same file (not of another file since moved to
// its path).
Result<QString> snapshotToken(const QSqlDatabase& d)
{
    auto v = scalar(d,
                    u"SELECT coalesce(max(id), 0) || '@' || coalesce((SELECT at FROM audit ORDER BY id LIMIT 1), '') "
                    "FROM audit"_s);
    if (!v)
        return v.error();
    return v->toString();
}

// The bids whose answers are to be read, shared by the threads that read them: each takes the
// next one, so that they finish about together however fast each one is. The lists the answers
// go to belong to the dossier being loaded, and were allocated by the file's thread (see load()).
struct BidQueue
{
    struct Entry
    {
        qint64 row;
        QList<Response>* answers;
    };
    QList<Entry> entries; // in the file's order
    std::atomic<qsizetype> next{0};
};

// What one thread read: in which snapshot, and which entries of the queue.
struct AnswersRead
{
    QString token; // snapshotToken() of the connection that read them
    QList<qsizetype> entries;
};

// Answers point at revisions by row: revision row -> (requirement id, rev). A dossier's revision
// rows lie in a range no wider than the file's revision table, so a table indexed by row (4 bytes
// a row of the range) replaces a hash: 500,000 lookups in the benchmark.
class RevisionRows
{
public:
    void add(qint64 row, const QString& requirement, int rev) { m_added.push_back({row, {requirement, rev}}); }
    // Call once every row is added, before find().
    void index()
    {
        if (m_added.empty())
            return;
        const auto [low, high] = std::minmax_element(
            m_added.cbegin(), m_added.cend(), [](const auto& a, const auto& b) { return a.first < b.first; });
        m_first = low->first;
        m_slots.assign(size_t(high->first - m_first + 1), -1);
        m_entries.reserve(m_added.size());
        for (auto& [row, entry] : m_added) {
            m_slots[size_t(row - m_first)] = qint32(m_entries.size());
            m_entries.push_back(std::move(entry));
        }
        m_added = {};
    }
    // The revision at `row`, or null (a revision taken back, or another dossier's).
    const std::pair<QString, int>* find(qint64 row) const
    {
        const qint64 at = row - m_first;
        if (at < 0 || at >= qint64(m_slots.size()) || m_slots[size_t(at)] < 0)
            return nullptr;
        return &m_entries[size_t(m_slots[size_t(at)])];
    }

private:
    std::vector<std::pair<qint64, std::pair<QString, int>>> m_added;
    qint64 m_first = 0;
    std::vector<qint32> m_slots;
    std::vector<std::pair<QString, int>> m_entries;
};

// Reads the answers of the bids it takes from `bids` until none is left. `known`: the revision
// rows when the caller has them, else they are read here.
Result<AnswersRead> readAnswers(const QSqlDatabase& d,
                                qint64 dossierRow,
                                BidQueue& bids,
                                ReviewFile::LoadScope scope,
                                const QTimeZone& zone,
                                const RevisionRows* known = nullptr)
{
    AnswersRead out;
    if (bids.next.load() >= bids.entries.size())
        return out; // the other thread took every bid: no need for the revisions either
    RevisionRows read;
    const RevisionRows& revisions = known ? *known : read;
    if (!known) {
        // The requirements' ids once each, then the revisions by requirement row: the revisions of
        // a requirement share one copy of its id.
        auto q = Statement::prepare(d, "SELECT id, key FROM requirement WHERE dossier_id = ?");
        if (!q)
            return q.error();
        if (Status st = q->bind(1, dossierRow); !st)
            return st.error();
        QHash<qint64, QString> keys;
        while (q->next())
            keys.insert(q->int64(0), q->text(1));
        if (Status st = q->check(); !st)
            return st.error();
        auto v = Statement::prepare(d,
                                    "SELECT v.id, v.requirement_id, v.rev FROM requirement r JOIN revision v "
                                    "ON v.requirement_id = r.id AND v.retracted = 0 WHERE r.dossier_id = ?");
        if (!v)
            return v.error();
        if (Status st = v->bind(1, dossierRow); !st)
            return st.error();
        while (v->next())
            read.add(v->int64(0), keys.value(v->int64(1)), int(v->int64(2)));
        if (Status st = v->check(); !st)
            return st.error();
        read.index();
    }
    // Integers where the text would cost an allocation per row (500,000 rows in the benchmark).
    const bool everything = scope == ReviewFile::LoadScope::Everything;
    // One bid at a time, in the order of the index response (bid_id, pos): no sorting.
    const QByteArray sql = (u"SELECT x.revision_id, "_s + columns::response.list("x"_L1) +
                            u" FROM response x WHERE x.bid_id = ? AND x.retracted = 0 ORDER BY x.pos"_s)
                               .toUtf8();
    auto q = Statement::prepare(d, sql.constData());
    if (!q)
        return q.error();
    MomentBytesCache moments(zone);
    for (qsizetype i = bids.next++; i < bids.entries.size(); i = bids.next++) {
        const BidQueue::Entry& entry = bids.entries[i];
        if (Status st = q->bind(1, entry.row); !st)
            return st.error();
        out.entries << i;
        QList<Response>& responses = *entry.answers;
        responses.clear(); // keeps the capacity
        while (q->next()) {
            const auto* revision = revisions.find(q->int64(0));
            if (!revision)
                continue; // an answer to a revision taken back is not live
            Response r;
            r.requirement = revision->first;
            r.rev = revision->second;
            readInto(r, *q, 1, moments, everything);
            responses.push_back(std::move(r));
        }
        if (Status st = q->check(); !st)
            return st.error();
    }
    return out;
}

// readAnswers() on a connection of its own, for a thread of its own; the result says which
// snapshot it read (AnswersRead::token).
Result<AnswersRead> readAnswersApart(const QString& path,
                                     const QString& options,
                                     qint64 dossierRow,
                                     BidQueue& bids,
                                     ReviewFile::LoadScope scope,
                                     QTimeZone zone)
{
    const QString name = u"hostreview-answers-"_s + QString::number(++s_connectionCounter);
    Result<AnswersRead> result = Error(QString());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(options.isEmpty() ? u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"_s : options);
        if (!db.open()) {
            result = Error(db.lastError().text());
        } else if (Status st = execChecked(db, u"PRAGMA trusted_schema = OFF"_s); !st) {
            result = st.error();
        } else {
            ReadSnapshot snapshot(db);
            auto token = snapshotToken(db);
            if (!snapshot.error.isEmpty())
                result = Error(snapshot.error);
            else if (!token)
                result = token.error();
            else if ((result = readAnswers(db, dossierRow, bids, scope, zone)))
                result->token = *token;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// Waits for the thread reading answers when leaving the scope, whichever way; on an early return
// it first empties the queue, so that the thread stops after its current bid.
struct Joined
{
    std::thread thread;
    BidQueue* queue = nullptr;
    ~Joined()
    {
        if (queue)
            queue->next.store(queue->entries.size());
        if (thread.joinable())
            thread.join();
    }
};
} // namespace

Result<qint64> ReviewFile::readMetadata(const QString& dossierId, Dossier& out) const
{
    auto q = prepare(db(),
                     u"SELECT d.id, d.key, "_s + columns::dossier.overlaid("d"_L1, "m"_L1) + u" FROM dossier d"_s +
                         latestDossierChange + u" WHERE d.key = ?"_s);
    if (!q)
        return q.error();
    q->addBindValue(dossierId);
    if (Status st = execChecked(*q); !st)
        return st.error();
    if (!q->next())
        return Error::input(tr("no dossier with id %1 in this review file").arg(dossierId));
    const qint64 row = q->value(0).toLongLong();
    out.info.id = q->value(1).toString();
    readInto(out, *q, 2);
    q->finish();
    return row;
}

Status ReviewFile::readSources(qint64 dossierRow, const QTimeZone& zone, QList<Source>& out) const
{
    auto q = selectById(db(),
                        u"SELECT key, "_s + columns::source.list() +
                            u" FROM source WHERE dossier_id = ? AND retracted = 0 ORDER BY pos"_s,
                        dossierRow);
    if (!q)
        return q.error();
    while (q->next()) {
        Source s;
        s.id = q->value(0).toString();
        readInto(s, *q, 1, zone);
        out << s;
    }
    return {};
}

Status ReviewFile::readEvents(qint64 dossierRow, const QTimeZone& zone, QList<Event>& out) const
{
    // Each event's latest live row, in the order the events were first recorded.
    auto q = selectById(db(),
                        u"SELECT e.key, "_s + columns::event.list("e"_L1) +
                            u" FROM event e WHERE e.dossier_id = ? AND e.retracted = 0 AND e.id = (SELECT max(x.id) "
                            "FROM event x WHERE x.dossier_id = e.dossier_id AND x.key = e.key AND x.retracted = 0) "
                            "ORDER BY e.pos, e.id"_s,
                        dossierRow);
    if (!q)
        return q.error();
    while (q->next()) {
        Event e;
        e.id = q->value(0).toString();
        readInto(e, *q, 1, zone);
        out << e;
    }
    return {};
}

Result<QTimeZone> ReviewFile::zoneOf(qint64 dossierRow) const
{
    static const Columns timezone{"dossier"_L1, {"timezone"_L1}};
    auto q = selectById(db(),
                        u"SELECT "_s + timezone.overlaid("d"_L1, "m"_L1) + u" FROM dossier d"_s + latestDossierChange +
                            u" WHERE d.id = ?"_s,
                        dossierRow);
    if (!q)
        return q.error();
    DossierInfo info;
    if (q->next())
        info.timezone = readString(q->value(0));
    return info.zone();
}

Result<Dossier> ReviewFile::readHead(const QString& dossierId) const
{
    Dossier out;
    auto row = readMetadata(dossierId, out);
    if (!row)
        return row.error();
    const QTimeZone zone = out.info.zone();
    if (Status st = readSources(*row, zone, out.sources); !st)
        return st.error();
    if (Status st = readEvents(*row, zone, out.events); !st)
        return st.error();
    return out;
}

Result<Dossier> ReviewFile::loadHead(const QString& dossierId) const
{
    ReadSnapshot snapshot(db());
    if (!snapshot.error.isEmpty())
        return Error(snapshot.error);
    return readHead(dossierId);
}

Result<Dossier> ReviewFile::load(const QString& dossierId, LoadScope scope) const
{
    QSqlDatabase d = db();
    // A read transaction gives one consistent snapshot across the queries below.
    ReadSnapshot snapshot(d);
    if (!snapshot.error.isEmpty())
        return Error(snapshot.error);
    // Also fixes this connection's snapshot (SQLite takes it at the first read).
    auto token = snapshotToken(d);
    if (!token)
        return token.error();

    Dossier out;
    auto dossierRow = readMetadata(dossierId, out);
    if (!dossierRow)
        return dossierRow.error();
    const qint64 row = *dossierRow;
    const QTimeZone zone = out.info.zone();
    auto select = [&](const QString& sql, qint64 id) { return selectById(d, sql, id); };
    QList<qint64> bidRows; // in the order of out.bids
    if (scope != LoadScope::WithoutBids) {
        // Each bid with its status as last recorded (bid-status) over the one it came with.
        auto q = select(u"SELECT b.id, b.key, (SELECT count(*) FROM response x WHERE x.bid_id = b.id), "_s +
                            columns::bid.overlaid("b"_L1, "s"_L1, {"status"_L1, "status_at"_L1}) + u" FROM bid b"_s +
                            latestBidStatus + u" WHERE b.dossier_id = ? AND b.retracted = 0 ORDER BY b.pos"_s,
                        row);
        if (!q)
            return q.error();
        while (q->next()) {
            Bid b;
            b.id = q->value(1).toString();
            readInto(b, *q, 3, zone);
            // Room for every answer, taken back or not: the list never grows row by row.
            b.responses.reserve(q->value(2).toLongLong());
            bidRows << q->value(0).toLongLong();
            out.bids << b;
        }
    }
    BidQueue bids;
    for (qsizetype i = 0; i < bidRows.size(); ++i) // out.bids grows no more: its elements stay put
        bids.entries << BidQueue::Entry{bidRows[i], &out.bids[i].responses};
    // The answers (500,000 rows in the benchmark) are read meanwhile on a second connection and
    // thread; this thread joins in once it has read the rest, each taking the next bid. The
    // second connection's answers are used only if it saw the same snapshot as this one.
    std::optional<Result<AnswersRead>> answersApart; // declared first: outlives the thread that writes it
    Joined worker;
    if (!bids.entries.isEmpty()) {
        // A standard thread rather than a QThread: joining it is a synchronisation that thread
        // sanitizers see (Qt's own wait is not instrumented).
        try {
            worker.thread = std::thread(
                [&answersApart, &bids, path = m_databaseName, options = m_connectOptions, row, scope, zone] {
                    answersApart = readAnswersApart(path, options, row, bids, scope, zone);
                });
            worker.queue = &bids;
        } catch (const std::system_error&) {
            // No thread to be had: this one reads every bid below.
        }
    }
    if (Status st = readSources(row, zone, out.sources); !st)
        return st.error();
    if (Status st = readEvents(row, zone, out.events); !st)
        return st.error();
    RevisionRows revisionRows;
    {
        // The requirements, then their revisions: QtSql converts every column of a row, and a
        // requirement's key and title repeated on each of its revisions cost 300,000 strings in
        // the benchmark. A requirement whose revisions were all taken back is not live.
        const QByteArray requirements = (u"SELECT r.id, r.key, "_s + columns::requirement.list("r"_L1) +
                                         u" FROM requirement r WHERE r.dossier_id = ? AND EXISTS (SELECT 1 FROM "
                                         "revision v WHERE v.requirement_id = r.id AND v.retracted = 0) "
                                         "ORDER BY r.pos"_s)
                                            .toUtf8();
        auto q = Statement::prepare(d, requirements.constData());
        if (!q)
            return q.error();
        if (Status st = q->bind(1, row); !st)
            return st.error();
        QHash<qint64, qsizetype> requirementAt;
        while (q->next()) {
            requirementAt.insert(q->int64(0), out.requirements.size());
            Requirement r;
            r.id = q->text(1);
            readInto(r, *q, 2);
            out.requirements << r;
        }
        if (Status st = q->check(); !st)
            return st.error();
        const QByteArray revisions = (u"SELECT v.requirement_id, v.id, "_s + columns::revision.list("v"_L1) +
                                      u" FROM requirement r JOIN revision v ON v.requirement_id = r.id AND "
                                      "v.retracted = 0 WHERE r.dossier_id = ? ORDER BY r.pos, v.rev"_s)
                                         .toUtf8();
        auto v = Statement::prepare(d, revisions.constData());
        if (!v)
            return v.error();
        if (Status st = v->bind(1, row); !st)
            return st.error();
        MomentBytesCache effective(zone);
        qint64 requirementRow = -1;
        Requirement* requirement = nullptr;
        while (v->next()) {
            if (const qint64 r = v->int64(0); r != requirementRow || !requirement) {
                const auto at = requirementAt.constFind(r);
                if (at == requirementAt.cend()) // cannot happen in one snapshot
                    return Error(tr("the review file is inconsistent: a revision of an unknown requirement"));
                requirementRow = r;
                requirement = &out.requirements[*at];
            }
            RequirementRevision x;
            readInto(x, *v, 2, effective);
            if (scope != LoadScope::WithoutBids) // for the answers this thread reads
                revisionRows.add(v->int64(1), requirement->id, x.rev);
            requirement->revisions << x;
        }
        if (Status st = v->check(); !st)
            return st.error();
        revisionRows.index();
    }
    {
        auto q =
            select(u"SELECT v.key, "_s + columns::vendor.list("v"_L1) + u", "_s + columns::certification.list("c"_L1) +
                       u" FROM vendor v LEFT JOIN certification c ON "
                       "c.vendor_id = v.id WHERE v.dossier_id = ? AND v.retracted = 0 ORDER BY v.pos, c.pos"_s,
                   row);
        if (!q)
            return q.error();
        while (q->next()) {
            const QString key = q->value(0).toString();
            if (out.vendors.isEmpty() || out.vendors.back().id != key) {
                Vendor v;
                v.id = key;
                readInto(v, *q, 1);
                out.vendors << v;
            }
            if (!q->value(6).isNull()) {
                Certification c;
                readInto(c, *q, 6, zone);
                out.vendors.back().certifications << c;
            }
        }
    }
    if (!bids.entries.isEmpty()) {
        auto mine = readAnswers(d, row, bids, scope, zone, &revisionRows);
        if (!mine)
            return mine.error();
        if (worker.thread.joinable())
            worker.thread.join();
        // Empty when the thread could not start: then this thread has read every bid already.
        Result<AnswersRead> apart = answersApart ? std::move(*answersApart) : Error(QString());
        if (!apart || apart->token != *token) {
            // A change was saved between the two snapshots, or the second connection failed: read
            // the answers this thread has not read again here, in this connection's snapshot.
            QList<bool> readHere(bids.entries.size(), false);
            for (qsizetype i : std::as_const(mine->entries))
                readHere[i] = true;
            BidQueue rest;
            for (qsizetype i = 0; i < bids.entries.size(); ++i) {
                if (!readHere[i])
                    rest.entries << bids.entries[i];
            }
            if (auto again = readAnswers(d, row, rest, scope, zone, &revisionRows); !again)
                return again.error();
        }
    }
    if (Status st = readReview(row, out); !st)
        return st.error();
    return out;
}

Status ReviewFile::readReview(qint64 row, Dossier& out) const
{
    QSqlDatabase d = db();
    const QTimeZone zone = out.info.zone();
    auto select = [&](const QString& sql, qint64 id) { return selectById(d, sql, id); };
    {
        // A criterion's latest live assessment, when there is one, replaces what was imported.
        auto q = select(u"SELECT c.key, c.title, c.kind, coalesce(a.status, c.status), "
                        "CASE WHEN a.id IS NULL THEN c.comment ELSE a.comment END, "
                        "CASE WHEN a.id IS NULL THEN c.source ELSE a.source END FROM criterion c "
                        "LEFT JOIN assessment_entry a ON a.id = (SELECT max(id) FROM assessment_entry "
                        "WHERE criterion_id = c.id AND retracted = 0) "
                        "WHERE c.dossier_id = ? AND c.retracted = 0 ORDER BY c.pos"_s,
                        row);
        if (!q)
            return q.error();
        while (q->next()) {
            Criterion c;
            c.criterion = q->value(0).toString();
            c.title = readString(q->value(1));
            c.kind = readEnum<CriterionKind>(q->value(2));
            c.status = readEnum<AssessmentStatus>(q->value(3));
            c.comment = readString(q->value(4));
            c.source = readString(q->value(5));
            out.assessment << c;
        }
    }
    {
        // The latest live decision entry, else the decision as imported.
        auto q = select(u"SELECT "_s + columns::decision.list() +
                            u" FROM decision_entry WHERE dossier_id = ? AND retracted = 0 ORDER BY id DESC LIMIT 1"_s,
                        row);
        if (!q)
            return q.error();
        if (!q->next()) {
            q = select(u"SELECT "_s + columns::decision.list() + u" FROM decision WHERE dossier_id = ?"_s, row);
            if (!q)
                return q.error();
            q->next();
        }
        if (q->isValid()) {
            Decision x;
            readInto(x, *q, 0, zone);
            out.decision = x;
        }
    }
    {
        // Claims recorded before any decision belong to a pending one.
        auto q = select(u"SELECT key, "_s + columns::claim.list() +
                            u" FROM claim WHERE dossier_id = ? AND retracted = 0 ORDER BY pos"_s,
                        row);
        if (!q)
            return q.error();
        while (q->next()) {
            if (!out.decision)
                out.decision = Decision();
            Claim c;
            c.id = q->value(0).toString();
            readInto(c, *q, 1);
            out.decision->claims << c;
        }
    }
    return {};
}

Status ReviewFile::reloadReview(Dossier& dossier) const
{
    ReadSnapshot snapshot(db());
    if (!snapshot.error.isEmpty())
        return Error(snapshot.error);
    auto row = dossierRowId(dossier.info.id);
    if (!row)
        return row.error();
    Dossier fresh;
    fresh.info = dossier.info;
    if (Status st = readReview(*row, fresh); !st)
        return st;
    dossier.assessment = std::move(fresh.assessment);
    dossier.decision = std::move(fresh.decision);
    return {};
}

Result<QList<Recording>> ReviewFile::revisionRecordings(const QString& dossierId, const QString& requirementId) const
{
    auto q = prepare(db(),
                     u"SELECT v.rev, v.recorded_at, v.author, v.recorded_at = d.created_at, r.key FROM dossier d "
                     "JOIN requirement r ON r.dossier_id = d.id JOIN revision v ON v.requirement_id = r.id "
                     "WHERE d.key = ? AND (? = '' OR r.key = ?) AND v.retracted = 0 ORDER BY r.pos, v.rev"_s);
    if (!q)
        return q.error();
    q->addBindValue(dossierId);
    q->addBindValue(requirementId.isNull() ? QString(u""_s) : requirementId);
    q->addBindValue(requirementId);
    if (Status st = execChecked(*q); !st)
        return st.error();
    QList<Recording> out;
    while (q->next()) {
        Recording r;
        r.rev = q->value(0).toInt();
        r.recordedAt = QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs);
        r.author = q->value(2).toString();
        r.withDossier = q->value(3).toInt() != 0;
        r.requirement = q->value(4).toString();
        out << r;
    }
    return out;
}

} // namespace hostreview
