// SPDX-License-Identifier: EUPL-1.2
#include "storage/ReviewFile.h"

#include "storage/Schema.h"
#include "storage/SqlSupport.h"
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
        auto q = selectById(d, u"SELECT id, key FROM requirement WHERE dossier_id = ?"_s, dossierRow);
        if (!q)
            return q.error();
        QHash<qint64, QString> keys;
        while (q->next())
            keys.insert(q->value(0).toLongLong(), q->value(1).toString());
        q = selectById(d,
                       u"SELECT v.id, v.requirement_id, v.rev FROM requirement r JOIN revision v "
                       "ON v.requirement_id = r.id AND v.retracted = 0 WHERE r.dossier_id = ?"_s,
                       dossierRow);
        if (!q)
            return q.error();
        while (q->next())
            read.add(q->value(0).toLongLong(), keys.value(q->value(1).toLongLong()), q->value(2).toInt());
        read.index();
    }
    // Integers where the text would cost an allocation per row (500,000 rows in the benchmark).
    const bool everything = scope == ReviewFile::LoadScope::Everything;
    const QString details = everything ? u", x.evidence, x.confidential"_s : QString();
    // One bid at a time, in the order of the index response (bid_id, pos): no sorting.
    auto q = prepare(d,
                     u"SELECT x.revision_id, CASE x.compliance WHEN 'full' THEN 0 WHEN 'partial' THEN 1 ELSE 2 END, "
                     "x.at"_s +
                         details + u" FROM response x WHERE x.bid_id = ? AND x.retracted = 0 ORDER BY x.pos"_s);
    if (!q)
        return q.error();
    q->setForwardOnly(true);
    static_assert(int(Compliance::Full) == 0 && int(Compliance::Partial) == 1 && int(Compliance::None) == 2);
    MomentCache moments(zone);
    for (qsizetype i = bids.next++; i < bids.entries.size(); i = bids.next++) {
        const BidQueue::Entry& entry = bids.entries[i];
        q->bindValue(0, entry.row);
        if (Status st = execChecked(*q); !st)
            return st.error();
        out.entries << i;
        QList<Response>& responses = *entry.answers;
        responses.clear(); // keeps the capacity
        while (q->next()) {
            const auto* revision = revisions.find(q->value(0).toLongLong());
            if (!revision)
                continue; // an answer to a revision taken back is not live
            Response r;
            r.requirement = revision->first;
            r.rev = revision->second;
            r.compliance = Compliance(q->value(1).toInt());
            r.at = moments.readOpt(q->value(2));
            if (everything) {
                r.evidence = readString(q->value(3));
                r.confidential = readBool(q->value(4));
            }
            responses.push_back(std::move(r));
        }
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

ReviewFile::ReviewFile(QString path, QString connection, const Clock* clock)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
    , m_clock(clock ? clock : &Clock::system())
    , m_databaseName(m_path)
{ }

ReviewFile::~ReviewFile()
{
    {
        QSqlDatabase d = QSqlDatabase::database(m_connection, false);
        if (d.isOpen())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase ReviewFile::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

QString ReviewFile::nowText() const
{
    return m_clock->now().toUTC().toString(Qt::ISODateWithMs);
}

Result<std::unique_ptr<ReviewFile>> ReviewFile::open(const QString& path, Mode mode, const Clock* clock)
{
    Error e;
    e.file = path;
    e.invalidInput = true; // unless it is the system's fault, said below
    const QFileInfo info(path);
    bool created = false;
    if (!info.exists()) {
        if (mode == Mode::OpenExisting) {
            e.reason = tr("no such review file");
            return e;
        }
        // Create it owner-only before SQLite does (SQLite would make it 0644, and gives the -wal
        // and -shm files the database's mode).
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            e.reason = tr("cannot create the review file: %1").arg(f.errorString());
            e.invalidInput = false;
            return e;
        }
        f.close();
        created = true;
    } else if (info.size() > 0) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            e.reason = tr("cannot read the file: %1").arg(f.errorString());
            return e;
        }
        const QByteArray header = f.read(100);
        if (!header.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
            e.reason = tr("not a HostReview review file (not an SQLite database)");
            return e;
        }
        if (header.size() < 100) {
            e.reason = tr("the review file is damaged (truncated header)");
            return e;
        }
    } else {
        created = true; // an empty file: SQLite treats it as a new database
    }

    const QString connection = u"hostreview-review-"_s + QString::number(++s_connectionCounter);
    std::unique_ptr<ReviewFile> file(new ReviewFile(path, connection, clock));
    // A file that cannot be written (its mode, a read-only folder or mount) is opened read-only:
    // SQLite would otherwise fail at the first read, trying to create the -wal and -shm files.
    // Without a -wal file, nothing can change it meanwhile: it is read as immutable, which needs no
    // -shm file either, and leaves none behind.
    const QByteArray native = QFile::encodeName(info.absoluteFilePath());
    const QByteArray folder = QFile::encodeName(info.absolutePath());
    if (!created && (::access(native.constData(), W_OK) != 0 || ::access(folder.constData(), W_OK) != 0)) {
        file->m_readOnly = true;
        if (QFileInfo::exists(path + u"-wal"_s)) {
            file->m_databaseName = path;
            file->m_connectOptions = u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"_s;
        } else {
            file->m_databaseName =
                QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded) + u"?immutable=1"_s;
            file->m_connectOptions = u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=10000"_s;
        }
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(file->m_databaseName);
        db.setConnectOptions(file->m_connectOptions.isEmpty() ? u"QSQLITE_BUSY_TIMEOUT=10000"_s
                                                              : file->m_connectOptions);
        if (!db.open()) {
            e.reason = tr("cannot open the review file: %1").arg(db.lastError().text());
            return e;
        }
    }
    // Two programs opening a new file at once both set it up: the second may find the first
    // switching its journal or creating its tables, where SQLite answers "busy" at once rather than
    // waiting (it would deadlock). It waits here instead, as long as a write would.
    QElapsedTimer waited;
    waited.start();
    Status st = file->initialise(created);
    while (!st && st.error().busy && waited.elapsed() < 10000) {
        QThread::msleep(20);
        st = file->initialise(false); // it finds out again whether the file is still empty
    }
    if (!st) {
        Error err = st.error();
        err.file = path;
        err.invalidInput = !created;
        return err;
    }
    return file;
}

Status ReviewFile::initialise(bool created)
{
    QSqlDatabase d = db();
    // A first read that fails says "damaged" only when SQLite says so: a busy or read-only file is
    // not a damaged one.
    const auto read = [&](const QString& sqlText) -> Result<QVariant> {
        QSqlQuery q(d);
        q.setForwardOnly(true);
        if (!q.exec(sqlText)) {
            const QSqlError e = q.lastError();
            return isDamage(e) ? Error(tr("the review file is damaged: %1").arg(e.text())) : sqlError(e);
        }
        QVariant v = q.next() ? q.value(0) : QVariant();
        q.finish();
        return v;
    };
    if (!created) {
        auto appId = read(u"PRAGMA application_id"_s);
        if (!appId)
            return appId.error();
        auto version = read(u"PRAGMA user_version"_s);
        if (!version)
            return version.error();
        auto tables = read(u"SELECT count(*) FROM sqlite_master"_s);
        if (!tables)
            return tables.error();
        const bool empty = tables->toInt() == 0 && appId->toInt() == 0;
        if (!empty && appId->toInt() != Schema::ApplicationId)
            return Error(tr("not a HostReview review file (another application's SQLite database)"));
        if (version->toInt() > Schema::Version) {
            return Error(tr("this review file was written by a newer HostReview (schema %1; this version reads up "
                            "to %2); it was left untouched")
                             .arg(version->toInt())
                             .arg(Schema::Version));
        }
        auto check = read(u"PRAGMA quick_check"_s);
        if (!check)
            return check.error();
        if (check->toString() != u"ok"_s)
            return Error(tr("the review file is damaged: %1").arg(check->toString()));
        created = empty;
        if (m_readOnly) {
            // Read as it is: no journal switch, no migration (both write).
            if (version->toInt() < Schema::Version) {
                return Error(tr("the review file is read-only and was written by an older HostReview (schema %1): "
                                "copy it to a folder you can write to, and open the copy")
                                 .arg(version->toInt()));
            }
            return execChecked(d, u"PRAGMA trusted_schema = OFF"_s);
        }
    }
    // Per-connection settings; foreign_keys is a no-op inside a transaction, so set it first.
    for (const QString& pragma :
         {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA trusted_schema = OFF"_s, u"PRAGMA synchronous = FULL"_s}) {
        if (Status st = execChecked(d, pragma); !st)
            return st;
    }
    auto wal = scalar(d, u"PRAGMA journal_mode = WAL"_s);
    if (!wal)
        return wal.error();
    if (wal->toString().toLower() != u"wal"_s)
        return Error(tr("cannot switch the review file to WAL mode (journal mode is %1)").arg(wal->toString()));
    auto fk = scalar(d, u"PRAGMA foreign_keys"_s);
    if (!fk || fk->toInt() != 1)
        return Error(tr("cannot enable foreign keys"));

    auto version = scalar(d, u"PRAGMA user_version"_s);
    if (!version)
        return version.error();
    const int from = version->toInt();
    if (from == Schema::Version)
        return {};
    // Migrations may rebuild a table, which SQLite only allows with foreign keys off (they cannot
    // change inside a transaction); the keys are checked before the commit and turned back on.
    if (Status st = execChecked(d, u"PRAGMA foreign_keys = OFF"_s); !st)
        return st;
    struct KeysBackOn
    {
        QSqlDatabase db;
        ~KeysBackOn() { (void)execChecked(db, u"PRAGMA foreign_keys = ON"_s); }
    } keysBackOn{d};
    Status migrated = migrate(from, created);
    if (!migrated)
        return migrated;
    if (Status st = execChecked(d, u"PRAGMA foreign_keys = ON"_s); !st)
        return st;
    auto on = scalar(d, u"PRAGMA foreign_keys"_s);
    if (!on || on->toInt() != 1)
        return Error(tr("cannot enable foreign keys"));
    return {};
}

Status ReviewFile::migrate(int from, bool created)
{
    QSqlDatabase d = db();
    WriteTransaction tx(d);
    if (Status st = tx.begin(); !st)
        return st;
    if (created) {
        if (Status st = execChecked(d, u"PRAGMA application_id = "_s + QString::number(Schema::ApplicationId)); !st)
            return st;
    }
    // Another process may have migrated the file (or created its schema) between the version read
    // before this transaction and its start: read it again under the write lock.
    auto current = scalar(d, u"PRAGMA user_version"_s);
    if (!current)
        return current.error();
    if (current->toInt() >= Schema::Version)
        return tx.commit();
    if (current->toInt() != from) {
        from = current->toInt();
        created = false;
    }
    const auto& migrations = Schema::migrations();
    for (int v = from; v < Schema::Version; ++v) {
        for (const QString& sql : migrations[size_t(v)]) {
            if (Status st = execChecked(d, sql); !st)
                return Error(tr("migration to schema %1 failed: %2").arg(v + 1).arg(st.error().reason));
        }
    }
    auto broken = scalar(d, u"PRAGMA foreign_key_check"_s);
    if (!broken)
        return broken.error();
    if (!broken->isNull())
        return Error(tr("migration left a broken reference in table %1").arg(broken->toString()));
    if (Status st = execChecked(d, u"PRAGMA user_version = "_s + QString::number(Schema::Version)); !st)
        return st;
    if (!created) {
        if (auto st = audit(QString(), u"migrate"_s, auditText("schema %1 to %2").arg(from).arg(Schema::Version)); !st)
            return st.error();
    } else if (auto st = audit(QString(), u"create"_s, auditText("review file created")); !st) {
        return st.error();
    }
    return tx.commit();
}

int ReviewFile::schemaVersion() const
{
    auto v = scalar(db(), u"PRAGMA user_version"_s);
    return v ? v->toInt() : -1;
}

Result<qint64> ReviewFile::audit(const QString& dossierId, const QString& action, const QString& detail)
{
    auto q = prepare(db(), u"INSERT INTO audit (at, dossier, action, detail) VALUES (?, ?, ?, ?)"_s);
    if (!q)
        return q.error();
    q->addBindValue(nowText());
    q->addBindValue(dossierId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(dossierId));
    q->addBindValue(action);
    q->addBindValue(detail);
    if (Status st = execChecked(*q); !st)
        return st.error();
    return q->lastInsertId().toLongLong();
}

Result<qint64> ReviewFile::dossierRowId(const QString& dossierId) const
{
    auto q = prepare(db(), u"SELECT id FROM dossier WHERE key = ?"_s);
    if (!q)
        return q.error();
    q->addBindValue(dossierId);
    if (Status st = execChecked(*q); !st)
        return st.error();
    if (!q->next())
        return Error::input(tr("no dossier with id %1 in this review file").arg(dossierId));
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    return id;
}

bool ReviewFile::contains(const QString& dossierId) const
{
    return dossierRowId(dossierId).ok();
}

Result<QList<DossierSummary>> ReviewFile::dossiers() const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT d.key, d.title, d.illustrative, "
                "(SELECT count(*) FROM requirement r WHERE r.dossier_id = d.id AND EXISTS "
                " (SELECT 1 FROM revision v WHERE v.requirement_id = r.id AND v.retracted = 0)), "
                "(SELECT count(*) FROM revision v JOIN requirement r ON v.requirement_id = r.id "
                " WHERE r.dossier_id = d.id AND v.retracted = 0), "
                "(SELECT count(*) FROM vendor x WHERE x.dossier_id = d.id AND x.retracted = 0), "
                "(SELECT count(*) FROM bid b WHERE b.dossier_id = d.id AND b.retracted = 0) "
                "FROM dossier d ORDER BY d.key"_s))
        return Error(q.lastError().text());
    QList<DossierSummary> out;
    while (q.next()) {
        DossierSummary s;
        s.id = q.value(0).toString();
        s.title = q.value(1).toString();
        s.illustrative = q.value(2).toInt() != 0;
        s.requirements = q.value(3).toInt();
        s.revisions = q.value(4).toInt();
        s.vendors = q.value(5).toInt();
        s.bids = q.value(6).toInt();
        out << s;
    }
    return out;
}

Status ReviewFile::importDossier(const Dossier& dossier, const QString& origin)
{
    QSqlDatabase d = db();
    WriteTransaction tx(d);
    if (Status st = tx.begin(); !st)
        return st;
    if (contains(dossier.info.id)) {
        Error e(tr("a dossier with id %1 is already in this review file; history is never overwritten "
                   "(import it into another file, or give it another id)")
                    .arg(dossier.info.id));
        e.invalidInput = true;
        return e;
    }
    const QString now = nowText();
    const DossierInfo& i = dossier.info;
    auto q = prepare(d,
                     u"INSERT INTO dossier (key, title, applicant, authority, procedure, sensitivity, data_categories, "
                     "required_certifications, timezone, language, illustrative, summary, analysis_profile, "
                     "extensions, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!q)
        return q.error();
    for (const QVariant& v : {QVariant(i.id),
                              QVariant(i.title),
                              opt(i.applicant),
                              opt(i.authority),
                              optEnum(i.procedure),
                              optEnum(i.sensitivity),
                              opt(i.dataCategories),
                              opt(i.requiredCertifications),
                              opt(i.timezone),
                              opt(i.language),
                              opt(i.illustrative),
                              opt(i.summary),
                              dossier.analysisProfile.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                                : QVariant(QString::fromUtf8(dossier.analysisProfile)),
                              dossier.extensions.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                           : QVariant(QString::fromUtf8(dossier.extensions)),
                              QVariant(now)})
        q->addBindValue(v);
    if (Status st = execChecked(*q); !st)
        return st;
    const qint64 dossierRow = q->lastInsertId().toLongLong();

    auto insertAll = [&](const QString& sql, qsizetype count, auto bind) -> Status {
        auto ins = prepare(d, sql);
        if (!ins)
            return ins.error();
        for (qsizetype k = 0; k < count; ++k) {
            bind(*ins, k);
            if (Status st = execChecked(*ins); !st)
                return st;
        }
        return {};
    };

    Status st = insertAll(u"INSERT INTO source (dossier_id, pos, key, title, publisher, url, date, kind, excerpt, "
                          "confidential) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                          dossier.sources.size(),
                          [&](QSqlQuery& s, qsizetype k) {
                              const Source& x = dossier.sources[k];
                              s.bindValue(0, dossierRow);
                              s.bindValue(1, k);
                              s.bindValue(2, x.id);
                              s.bindValue(3, x.title);
                              s.bindValue(4, opt(x.publisher));
                              s.bindValue(5, opt(x.url));
                              s.bindValue(6, opt(x.date));
                              s.bindValue(7, optEnum(x.kind));
                              s.bindValue(8, opt(x.excerpt));
                              s.bindValue(9, opt(x.confidential));
                          });
    if (!st)
        return st;
    st = insertAll(u"INSERT INTO event (dossier_id, pos, key, kind, at, new_deadline, title, note, source) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                   dossier.events.size(),
                   [&](QSqlQuery& s, qsizetype k) {
                       const Event& x = dossier.events[k];
                       s.bindValue(0, dossierRow);
                       s.bindValue(1, k);
                       s.bindValue(2, x.id);
                       s.bindValue(3, enumName(x.kind));
                       s.bindValue(4, x.at.text());
                       s.bindValue(5, opt(x.newDeadline));
                       s.bindValue(6, opt(x.title));
                       s.bindValue(7, opt(x.note));
                       s.bindValue(8, opt(x.source));
                   });
    if (!st)
        return st;

    // Requirements and their revisions; remember each revision's row to pin answers to it.
    QHash<QString, QList<qint64>> revisionRows;
    revisionRows.reserve(dossier.requirements.size());
    {
        auto req =
            prepare(d, u"INSERT INTO requirement (dossier_id, pos, key, category, title) VALUES (?, ?, ?, ?, ?)"_s);
        auto rev =
            prepare(d,
                    u"INSERT INTO revision (requirement_id, rev, effective_at, effective_day, text, mandatory, "
                    "weight, status, rationale, source, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        if (!req)
            return req.error();
        if (!rev)
            return rev.error();
        for (qsizetype k = 0; k < dossier.requirements.size(); ++k) {
            const Requirement& r = dossier.requirements[k];
            req->bindValue(0, dossierRow);
            req->bindValue(1, k);
            req->bindValue(2, r.id);
            req->bindValue(3, optEnum(r.category));
            req->bindValue(4, opt(r.title));
            if (Status s = execChecked(*req); !s)
                return s;
            const qint64 reqRow = req->lastInsertId().toLongLong();
            QList<qint64>& rows = revisionRows[r.id];
            for (const RequirementRevision& x : r.revisions) {
                rev->bindValue(0, reqRow);
                rev->bindValue(1, x.rev);
                rev->bindValue(2, x.effectiveAt.text());
                rev->bindValue(3, x.effectiveAt.day().toString(Qt::ISODate));
                rev->bindValue(4, opt(x.text));
                rev->bindValue(5, opt(x.mandatory));
                rev->bindValue(6, opt(x.weight));
                rev->bindValue(7, optEnum(x.status));
                rev->bindValue(8, opt(x.rationale));
                rev->bindValue(9, opt(x.source));
                rev->bindValue(10, now);
                if (Status s = execChecked(*rev); !s)
                    return s;
                rows << rev->lastInsertId().toLongLong();
            }
        }
    }
    {
        auto ven = prepare(d,
                           u"INSERT INTO vendor (dossier_id, pos, key, name, country, parent, parent_country, notes) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        auto cert = prepare(
            d, u"INSERT INTO certification (vendor_id, pos, scheme, valid_from, valid_until) VALUES (?, ?, ?, ?, ?)"_s);
        if (!ven)
            return ven.error();
        if (!cert)
            return cert.error();
        for (qsizetype k = 0; k < dossier.vendors.size(); ++k) {
            const Vendor& v = dossier.vendors[k];
            ven->bindValue(0, dossierRow);
            ven->bindValue(1, k);
            ven->bindValue(2, v.id);
            ven->bindValue(3, v.name);
            ven->bindValue(4, opt(v.country));
            ven->bindValue(5, opt(v.parent));
            ven->bindValue(6, opt(v.parentCountry));
            ven->bindValue(7, opt(v.notes));
            if (Status s = execChecked(*ven); !s)
                return s;
            const qint64 vendorRow = ven->lastInsertId().toLongLong();
            for (qsizetype c = 0; c < v.certifications.size(); ++c) {
                const Certification& x = v.certifications[c];
                cert->bindValue(0, vendorRow);
                cert->bindValue(1, c);
                cert->bindValue(2, x.scheme);
                cert->bindValue(3, opt(x.validFrom));
                cert->bindValue(4, opt(x.validUntil));
                if (Status s = execChecked(*cert); !s)
                    return s;
            }
        }
    }
    {
        auto bid = prepare(d,
                           u"INSERT INTO bid (dossier_id, pos, key, vendor, submitted_at, status, price_amount, "
                           "price_currency, confidential, status_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        auto resp = prepare(d,
                            u"INSERT INTO response (bid_id, pos, revision_id, compliance, at, evidence, confidential, "
                            "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        if (!bid)
            return bid.error();
        if (!resp)
            return resp.error();
        for (qsizetype k = 0; k < dossier.bids.size(); ++k) {
            const Bid& b = dossier.bids[k];
            bid->bindValue(0, dossierRow);
            bid->bindValue(1, k);
            bid->bindValue(2, b.id);
            bid->bindValue(3, b.vendor);
            bid->bindValue(4, b.submittedAt.text());
            bid->bindValue(5, optEnum(b.status));
            bid->bindValue(6, b.price ? QVariant(b.price->amount) : QVariant(QMetaType::fromType<double>()));
            bid->bindValue(7, b.price ? opt(b.price->currency) : QVariant(QMetaType::fromType<QString>()));
            bid->bindValue(8, opt(b.confidential));
            bid->bindValue(9, opt(b.statusAt));
            if (Status s = execChecked(*bid); !s)
                return s;
            const qint64 bidRow = bid->lastInsertId().toLongLong();
            for (qsizetype c = 0; c < b.responses.size(); ++c) {
                const Response& r = b.responses[c];
                const QList<qint64> rows = revisionRows.value(r.requirement);
                if (r.rev < 1 || r.rev > rows.size())
                    return Error(tr("rev %1 of requirement %2 does not exist").arg(r.rev).arg(r.requirement));
                resp->bindValue(0, bidRow);
                resp->bindValue(1, c);
                resp->bindValue(2, rows[r.rev - 1]);
                resp->bindValue(3, enumName(r.compliance));
                resp->bindValue(4, opt(r.at));
                resp->bindValue(5, opt(r.evidence));
                resp->bindValue(6, opt(r.confidential));
                resp->bindValue(7, now);
                if (Status s = execChecked(*resp); !s)
                    return s;
            }
        }
    }
    st = insertAll(u"INSERT INTO criterion (dossier_id, pos, key, title, kind, status, comment, source) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                   dossier.assessment.size(),
                   [&](QSqlQuery& s, qsizetype k) {
                       const Criterion& x = dossier.assessment[k];
                       s.bindValue(0, dossierRow);
                       s.bindValue(1, k);
                       s.bindValue(2, x.criterion);
                       s.bindValue(3, opt(x.title));
                       s.bindValue(4, optEnum(x.kind));
                       s.bindValue(5, optEnum(x.status));
                       s.bindValue(6, opt(x.comment));
                       s.bindValue(7, opt(x.source));
                   });
    if (!st)
        return st;
    if (dossier.decision) {
        const Decision& x = *dossier.decision;
        auto dec = prepare(d,
                           u"INSERT INTO decision (dossier_id, decided_at, published_at, outcome, selected_vendor, "
                           "duration_months, rationale, conditions) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        if (!dec)
            return dec.error();
        dec->bindValue(0, dossierRow);
        dec->bindValue(1, opt(x.decidedAt));
        dec->bindValue(2, opt(x.publishedAt));
        dec->bindValue(3, optEnum(x.outcome));
        dec->bindValue(4, opt(x.selectedVendor));
        dec->bindValue(5, opt(x.durationMonths));
        dec->bindValue(6, opt(x.rationale));
        dec->bindValue(7, opt(x.conditions));
        if (Status s = execChecked(*dec); !s)
            return s;
        st = insertAll(u"INSERT INTO claim (dossier_id, pos, key, kind, text, source) VALUES (?, ?, ?, ?, ?, ?)"_s,
                       x.claims.size(),
                       [&](QSqlQuery& s, qsizetype k) {
                           const Claim& c = x.claims[k];
                           s.bindValue(0, dossierRow);
                           s.bindValue(1, k);
                           s.bindValue(2, c.id);
                           s.bindValue(3, enumName(c.kind));
                           s.bindValue(4, opt(c.text));
                           s.bindValue(5, opt(c.source));
                       });
        if (!st)
            return st;
    }
    int revisions = 0;
    int answers = 0;
    for (const Requirement& r : dossier.requirements)
        revisions += int(r.revisions.size());
    for (const Bid& b : dossier.bids)
        answers += int(b.responses.size());
    auto logged = audit(i.id,
                        u"import"_s,
                        auditText("imported from %1: %2 requirements, %3 revisions, %4 vendors, %5 bids, %6 answers")
                            .arg(origin)
                            .arg(dossier.requirements.size())
                            .arg(revisions)
                            .arg(dossier.vendors.size())
                            .arg(dossier.bids.size())
                            .arg(answers));
    if (!logged)
        return logged.error();
    return tx.commit();
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
    qint64 row = 0;
    {
        auto q = prepare(d,
                         u"SELECT id, key, title, applicant, authority, procedure, sensitivity, data_categories, "
                         "required_certifications, timezone, language, illustrative, summary, analysis_profile, "
                         "extensions FROM dossier WHERE key = ?"_s);
        if (!q)
            return q.error();
        q->addBindValue(dossierId);
        if (Status st = execChecked(*q); !st)
            return st.error();
        if (!q->next())
            return Error::input(tr("no dossier with id %1 in this review file").arg(dossierId));
        row = q->value(0).toLongLong();
        DossierInfo& i = out.info;
        i.id = q->value(1).toString();
        i.title = q->value(2).toString();
        i.applicant = readString(q->value(3));
        i.authority = readString(q->value(4));
        i.procedure = readEnum<Procedure>(q->value(5));
        i.sensitivity = readEnum<Sensitivity>(q->value(6));
        i.dataCategories = readList(q->value(7));
        i.requiredCertifications = readList(q->value(8));
        i.timezone = readString(q->value(9));
        i.language = readString(q->value(10));
        i.illustrative = readBool(q->value(11));
        i.summary = readString(q->value(12));
        out.analysisProfile = q->value(13).isNull() ? QByteArray() : q->value(13).toString().toUtf8();
        out.extensions = q->value(14).isNull() ? QByteArray() : q->value(14).toString().toUtf8();
        q->finish();
    }
    const QTimeZone zone = out.info.zone();
    MomentCache moments(zone);
    auto select = [&](const QString& sql, qint64 id) { return selectById(d, sql, id); };
    QList<qint64> bidRows; // in the order of out.bids
    if (scope != LoadScope::WithoutBids) {
        auto q = select(u"SELECT id, key, vendor, submitted_at, status, price_amount, price_currency, confidential, "
                        "(SELECT count(*) FROM response x WHERE x.bid_id = bid.id), status_at "
                        "FROM bid WHERE dossier_id = ? AND retracted = 0 ORDER BY pos"_s,
                        row);
        if (!q)
            return q.error();
        while (q->next()) {
            Bid b;
            b.id = q->value(1).toString();
            b.vendor = q->value(2).toString();
            b.submittedAt = moments.read(q->value(3));
            b.status = readEnum<BidStatus>(q->value(4));
            b.statusAt = moments.readOpt(q->value(9));
            if (!q->value(5).isNull()) {
                Price p;
                p.amount = q->value(5).toDouble();
                p.currency = readString(q->value(6));
                b.price = p;
            }
            b.confidential = readBool(q->value(7));
            // Room for every answer, taken back or not, allocated by this thread whichever thread
            // reads them: with huge pages on (HugePages.h), glibc gives them to this thread's
            // heap only, and a second thread's 4 KiB pages cost 16 us each to touch on the
            // reference machine (a quarter of a second for the benchmark's answers).
            b.responses.reserve(q->value(8).toLongLong());
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
    {
        auto q = select(u"SELECT key, title, publisher, url, date, kind, excerpt, confidential FROM source "
                        "WHERE dossier_id = ? AND retracted = 0 ORDER BY pos"_s,
                        row);
        if (!q)
            return q.error();
        while (q->next()) {
            Source s;
            s.id = q->value(0).toString();
            s.title = q->value(1).toString();
            s.publisher = readString(q->value(2));
            s.url = readString(q->value(3));
            s.date = readOptMoment(q->value(4), zone);
            s.kind = readEnum<SourceKind>(q->value(5));
            s.excerpt = readString(q->value(6));
            s.confidential = readBool(q->value(7));
            out.sources << s;
        }
    }
    {
        auto q = select(u"SELECT key, kind, at, new_deadline, title, note, source FROM event "
                        "WHERE dossier_id = ? ORDER BY pos"_s,
                        row);
        if (!q)
            return q.error();
        while (q->next()) {
            Event e;
            e.id = q->value(0).toString();
            e.kind = readEnum<EventKind>(q->value(1)).value_or(EventKind::Other);
            e.at = readMoment(q->value(2), zone);
            e.newDeadline = readOptMoment(q->value(3), zone);
            e.title = readString(q->value(4));
            e.note = readString(q->value(5));
            e.source = readString(q->value(6));
            out.events << e;
        }
    }
    RevisionRows revisionRows;
    {
        // The requirements, then their revisions: QtSql converts every column of a row, and a
        // requirement's key and title repeated on each of its revisions cost 300,000 strings in
        // the benchmark. A requirement whose revisions were all taken back is not live.
        auto q = select(u"SELECT r.id, r.key, r.category, r.title FROM requirement r WHERE r.dossier_id = ? AND "
                        "EXISTS (SELECT 1 FROM revision v WHERE v.requirement_id = r.id AND v.retracted = 0) "
                        "ORDER BY r.pos"_s,
                        row);
        if (!q)
            return q.error();
        QHash<qint64, qsizetype> requirementAt;
        while (q->next()) {
            requirementAt.insert(q->value(0).toLongLong(), out.requirements.size());
            Requirement r;
            r.id = q->value(1).toString();
            r.category = readEnum<Category>(q->value(2));
            r.title = readString(q->value(3));
            out.requirements << r;
        }
        q = select(u"SELECT v.requirement_id, v.rev, v.effective_at, v.text, v.mandatory, v.weight, v.status, "
                   "v.rationale, v.source, v.id FROM requirement r "
                   "JOIN revision v ON v.requirement_id = r.id AND v.retracted = 0 WHERE r.dossier_id = ? "
                   "ORDER BY r.pos, v.rev"_s,
                   row);
        if (!q)
            return q.error();
        qint64 requirementRow = -1;
        Requirement* requirement = nullptr;
        while (q->next()) {
            if (const qint64 r = q->value(0).toLongLong(); r != requirementRow || !requirement) {
                const auto at = requirementAt.constFind(r);
                if (at == requirementAt.cend()) // cannot happen in one snapshot
                    return Error(tr("the review file is inconsistent: a revision of an unknown requirement"));
                requirementRow = r;
                requirement = &out.requirements[*at];
            }
            RequirementRevision v;
            v.rev = q->value(1).toInt();
            v.effectiveAt = moments.read(q->value(2));
            v.text = readString(q->value(3));
            v.mandatory = readBool(q->value(4));
            v.weight = readDouble(q->value(5));
            v.status = readEnum<RevisionStatus>(q->value(6));
            v.rationale = readString(q->value(7));
            v.source = readString(q->value(8));
            if (scope != LoadScope::WithoutBids) // for the answers this thread reads
                revisionRows.add(q->value(9).toLongLong(), requirement->id, v.rev);
            requirement->revisions << v;
        }
        revisionRows.index();
    }
    {
        auto q = select(u"SELECT v.key, v.name, v.country, v.parent, v.parent_country, v.notes, c.scheme, "
                        "c.valid_from, c.valid_until FROM vendor v LEFT JOIN certification c ON c.vendor_id = v.id "
                        "WHERE v.dossier_id = ? AND v.retracted = 0 ORDER BY v.pos, c.pos"_s,
                        row);
        if (!q)
            return q.error();
        while (q->next()) {
            const QString key = q->value(0).toString();
            if (out.vendors.isEmpty() || out.vendors.back().id != key) {
                Vendor v;
                v.id = key;
                v.name = q->value(1).toString();
                v.country = readString(q->value(2));
                v.parent = readString(q->value(3));
                v.parentCountry = readString(q->value(4));
                v.notes = readString(q->value(5));
                out.vendors << v;
            }
            if (!q->value(6).isNull()) {
                Certification c;
                c.scheme = q->value(6).toString();
                c.validFrom = moments.readOpt(q->value(7));
                c.validUntil = moments.readOpt(q->value(8));
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
        auto q = select(u"SELECT decided_at, published_at, outcome, selected_vendor, duration_months, rationale, "
                        "conditions FROM decision_entry WHERE dossier_id = ? AND retracted = 0 "
                        "ORDER BY id DESC LIMIT 1"_s,
                        row);
        if (!q)
            return q.error();
        if (!q->next()) {
            q = select(u"SELECT decided_at, published_at, outcome, selected_vendor, duration_months, rationale, "
                       "conditions FROM decision WHERE dossier_id = ?"_s,
                       row);
            if (!q)
                return q.error();
            q->next();
        }
        if (q->isValid()) {
            Decision x;
            x.decidedAt = readOptMoment(q->value(0), zone);
            x.publishedAt = readOptMoment(q->value(1), zone);
            x.outcome = readEnum<Outcome>(q->value(2));
            x.selectedVendor = readString(q->value(3));
            x.durationMonths = q->value(4).isNull() ? std::nullopt : std::optional<int>(q->value(4).toInt());
            x.rationale = readString(q->value(5));
            x.conditions = readList(q->value(6));
            out.decision = x;
        }
    }
    {
        // Claims recorded before any decision belong to a pending one.
        auto q = select(u"SELECT key, kind, text, source FROM claim WHERE dossier_id = ? AND retracted = 0 "
                        "ORDER BY pos"_s,
                        row);
        if (!q)
            return q.error();
        while (q->next()) {
            if (!out.decision)
                out.decision = Decision();
            Claim c;
            c.id = q->value(0).toString();
            c.kind = readEnum<ClaimKind>(q->value(1)).value_or(ClaimKind::Other);
            c.text = readString(q->value(2));
            c.source = readString(q->value(3));
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

Result<QList<RequirementAsOf>> ReviewFile::requirementsAsOf(const QString& dossierId, QDate day) const
{
    auto row = dossierRowId(dossierId);
    if (!row)
        return row.error();
    auto q =
        prepare(db(),
                u"SELECT r.key, r.category, r.title, v.rev, v.effective_at, v.text, v.mandatory, v.weight, v.status "
                "FROM requirement r JOIN revision v ON v.id = ("
                " SELECT id FROM revision w WHERE w.requirement_id = r.id AND w.retracted = 0 AND w.effective_day <= ? "
                " ORDER BY w.effective_day DESC, w.rev DESC LIMIT 1) "
                "WHERE r.dossier_id = ? ORDER BY r.pos"_s);
    if (!q)
        return q.error();
    q->setForwardOnly(true);
    q->addBindValue(day.toString(Qt::ISODate));
    q->addBindValue(*row);
    if (Status st = execChecked(*q); !st)
        return st.error();
    QList<RequirementAsOf> out;
    while (q->next()) {
        RequirementAsOf r;
        r.id = q->value(0).toString();
        r.category = q->value(1).toString();
        r.title = q->value(2).toString();
        r.rev = q->value(3).toInt();
        r.effectiveAt = q->value(4).toString();
        r.text = q->value(5).toString();
        r.mandatory = q->value(6).toInt() != 0;
        r.weight = q->value(7).isNull() ? 1.0 : q->value(7).toDouble();
        r.active = q->value(8).isNull() || q->value(8).toString() == u"active"_s;
        out << r;
    }
    return out;
}

Result<QList<AuditEntry>> ReviewFile::auditTrail(const QString& dossierId) const
{
    auto q = prepare(db(),
                     dossierId.isEmpty() ? u"SELECT id, at, dossier, action, detail FROM audit ORDER BY id"_s
                                         : u"SELECT id, at, dossier, action, detail FROM audit WHERE dossier = ? "
                                           "ORDER BY id"_s);
    if (!q)
        return q.error();
    q->setForwardOnly(true);
    if (!dossierId.isEmpty())
        q->addBindValue(dossierId);
    if (Status st = execChecked(*q); !st)
        return st.error();
    QList<AuditEntry> out;
    while (q->next()) {
        AuditEntry a;
        a.id = q->value(0).toLongLong();
        a.at = q->value(1).toString();
        a.dossier = q->value(2).toString();
        a.action = q->value(3).toString();
        a.detail = q->value(4).toString();
        out << a;
    }
    return out;
}

} // namespace hostreview
