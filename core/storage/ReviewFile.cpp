// SPDX-License-Identifier: EUPL-1.2
// The review file: open, create and migrate; the audit trail; the dossiers it holds; the as-of snapshot.
#include "storage/ReviewFile.h"

#include "storage/Schema.h"
#include "storage/SqlSupport.h"
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
// Numbers the connections of the review files open in this process (each has its own name).
std::atomic<int> s_connectionCounter{0};
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

Result<int> ReviewFile::schemaVersion() const
{
    auto v = scalar(db(), u"PRAGMA user_version"_s);
    if (!v)
        return v.error();
    return v->toInt();
}

Result<qint64> ReviewFile::audit(const QString& dossierId, const QString& action, const QString& detail)
{
    auto q = prepare(db(), u"INSERT INTO audit (at, dossier, action, detail, author) VALUES (?, ?, ?, ?, ?)"_s);
    if (!q)
        return q.error();
    q->addBindValue(nowText());
    q->addBindValue(dossierId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(dossierId));
    q->addBindValue(action);
    q->addBindValue(detail);
    q->addBindValue(authorValue());
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

Result<bool> ReviewFile::contains(const QString& dossierId) const
{
    auto q = prepare(db(), u"SELECT 1 FROM dossier WHERE key = ?"_s);
    if (!q)
        return q.error();
    q->addBindValue(dossierId);
    if (Status st = execChecked(*q); !st)
        return st.error();
    const bool found = q->next();
    q->finish();
    return found;
}

Result<QList<DossierSummary>> ReviewFile::dossiers() const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    static const Columns listed{"dossier"_L1, {"title"_L1, "illustrative"_L1}};
    if (!q.exec(u"SELECT d.key, "_s + listed.overlaid("d"_L1, "m"_L1) +
                u", (SELECT count(*) FROM requirement r WHERE r.dossier_id = d.id AND EXISTS "
                " (SELECT 1 FROM revision v WHERE v.requirement_id = r.id AND v.retracted = 0)), "
                "(SELECT count(*) FROM revision v JOIN requirement r ON v.requirement_id = r.id "
                " WHERE r.dossier_id = d.id AND v.retracted = 0), "
                "(SELECT count(*) FROM vendor x WHERE x.dossier_id = d.id AND x.retracted = 0), "
                "(SELECT count(*) FROM bid b WHERE b.dossier_id = d.id AND b.retracted = 0) "
                "FROM dossier d"_s +
                latestDossierChange + u" ORDER BY d.key"_s))
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
    auto q =
        prepare(db(),
                dossierId.isEmpty() ? u"SELECT id, at, dossier, action, detail, author FROM audit ORDER BY id"_s
                                    : u"SELECT id, at, dossier, action, detail, author FROM audit WHERE dossier = ? "
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
        a.author = q->value(5).toString();
        out << a;
    }
    return out;
}

} // namespace hostreview
