// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Internal to storage. Bulk reads through SQLite's C API on a review file's own connection: the
// QSQLITE driver's sqlite3* (QSqlDriver::handle()), in the same transaction and snapshot as the
// QtSql queries around them. QtSql stays for everything else; here, on the 600,000 rows of a
// large dossier, a QVariant per value cost more than SQLite's own work (docs/performance.md).

#include "model/Moment.h"
#include "support/Result.h"

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>
#include <QVariant>

#include <optional>
#include <vector>

#include <sqlite3.h>

namespace hostreview::sql {

// The connection's sqlite3*, or null when the driver is not SQLite's.
sqlite3* handleOf(const QSqlDatabase& db);

// What a failed C API call means for a person, as sqlError() says it for QtSql.
Error sqliteError(sqlite3* db, int code);

// A prepared statement, stepped row by row. Columns are numbered from 0, parameters from 1.
class Statement
{
public:
    static Result<Statement> prepare(const QSqlDatabase& db, const char* sql);
    Statement(Statement&& other) noexcept
        : m_db(other.m_db)
        , m_stmt(other.m_stmt)
        , m_code(other.m_code)
        , m_text(std::move(other.m_text))
    {
        other.m_stmt = nullptr;
    }
    Statement& operator=(Statement&&) = delete;
    ~Statement() { sqlite3_finalize(m_stmt); }

    // Binds a parameter after resetting the statement, for its next run.
    Status bind(int parameter, qint64 value);
    // The next row: true while there is one. At the end or on an error, false: then check().
    bool next()
    {
        m_code = sqlite3_step(m_stmt);
        return m_code == SQLITE_ROW;
    }
    // After next() returned false: the error that ended the rows, if any.
    Status check() const;

    // For a statement run many times (an INSERT of every revision): set the parameters from
    // `first` on (1-based) to these values, then run() it. A null QVariant is NULL; booleans and
    // integers are integers, doubles reals, anything else its text.
    Status set(int first, const QVariantList& values);
    Status set(int parameter, const QVariant& value);
    // Runs the statement to its end and resets it for the next values.
    Status run();
    qint64 lastRowId() const { return sqlite3_last_insert_rowid(m_db); }

    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    qint64 int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
    double real(int column) const { return sqlite3_column_double(m_stmt, column); }
    // The text's UTF-8 bytes, valid until the next step.
    QByteArrayView utf8(int column) const
    {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
        return QByteArrayView(p, sqlite3_column_bytes(m_stmt, column));
    }
    QString text(int column) const { return QString::fromUtf8(utf8(column)); }
    std::optional<QString> optText(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional<QString>(text(column));
    }
    std::optional<bool> optBool(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional<bool>(int64(column) != 0);
    }
    std::optional<double> optReal(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional<double>(real(column));
    }

private:
    Statement(sqlite3* db, sqlite3_stmt* stmt)
        : m_db(db)
        , m_stmt(stmt)
    { }
    sqlite3* m_db;
    sqlite3_stmt* m_stmt;
    int m_code = SQLITE_OK;
    // Each text parameter's UTF-8 bytes, bound without a copy and rewritten in place by the next
    // set() of that parameter: no allocation per value on the half a million rows of an import.
    std::vector<QByteArray> m_text;
};

// Parses each distinct date text once, from its bytes: a large dossier repeats a few dozen days,
// and consecutive rows (a bid's answers) most often the same one.
class MomentBytesCache
{
public:
    explicit MomentBytesCache(QTimeZone zone)
        : m_zone(std::move(zone))
    { }
    Moment read(QByteArrayView utf8)
    {
        if (m_last && utf8 == QByteArrayView(m_lastBytes))
            return *m_last;
        m_lastBytes = utf8.toByteArray();
        auto it = m_cache.constFind(m_lastBytes);
        if (it == m_cache.cend()) {
            auto m = Moment::parse(QString::fromUtf8(utf8), m_zone);
            it = m_cache.insert(m_lastBytes, m ? *m : Moment());
        }
        m_last = *it;
        return *it;
    }
    std::optional<Moment> readOpt(const Statement& s, int column)
    {
        return s.isNull(column) ? std::nullopt : std::optional<Moment>(read(s.utf8(column)));
    }

private:
    QTimeZone m_zone;
    QHash<QByteArray, Moment> m_cache;
    QByteArray m_lastBytes;
    std::optional<Moment> m_last;
};

} // namespace hostreview::sql
