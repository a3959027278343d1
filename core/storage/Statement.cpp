// SPDX-License-Identifier: EUPL-1.2
#include "storage/Statement.h"

#include "storage/SqlSupport.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QStringEncoder>
#include <QVariant>

namespace hostreview::sql {

sqlite3* handleOf(const QSqlDatabase& db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

Error sqliteError(sqlite3* db, int code)
{
    const QString message = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(code));
    return sqlError(QSqlError(QString(), message, QSqlError::StatementError, QString::number(code)));
}

Result<Statement> Statement::prepare(const QSqlDatabase& db, const char* sql)
{
    sqlite3* handle = handleOf(db);
    if (!handle)
        return Error(QStringLiteral("the review file's connection is not SQLite's"));
    sqlite3_stmt* stmt = nullptr;
    if (const int code = sqlite3_prepare_v2(handle, sql, -1, &stmt, nullptr); code != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return sqliteError(handle, code);
    }
    return Statement(handle, stmt);
}

Status Statement::bind(int parameter, qint64 value)
{
    sqlite3_reset(m_stmt);
    if (const int code = sqlite3_bind_int64(m_stmt, parameter, value); code != SQLITE_OK)
        return sqliteError(m_db, code);
    m_code = SQLITE_OK;
    return {};
}

Status Statement::set(int first, const QVariantList& values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (Status st = set(first + int(i), values[i]); !st)
            return st;
    }
    return {};
}

Status Statement::set(int parameter, const QVariant& value)
{
    int code = SQLITE_OK;
    if (value.isNull()) {
        code = sqlite3_bind_null(m_stmt, parameter);
    } else {
        switch (value.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            code = sqlite3_bind_int64(m_stmt, parameter, value.toLongLong());
            break;
        case QMetaType::Double:
            code = sqlite3_bind_double(m_stmt, parameter, value.toDouble());
            break;
        case QMetaType::QString: {
            const QString& text = *static_cast<const QString*>(value.constData());
            if (m_text.size() < size_t(parameter))
                m_text.resize(size_t(parameter));
            QByteArray& bytes = m_text[size_t(parameter - 1)];
            QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
            bytes.resize(encoder.requiredSpace(text.size()));
            const char* end = encoder.appendToBuffer(bytes.data(), text);
            bytes.resize(end - bytes.constData());
            code = sqlite3_bind_text(m_stmt, parameter, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
            break;
        }
        default: {
            const QByteArray text = value.toString().toUtf8();
            code = sqlite3_bind_text(m_stmt, parameter, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
        }
    }
    if (code != SQLITE_OK)
        return sqliteError(m_db, code);
    return {};
}

Status Statement::run()
{
    m_code = sqlite3_step(m_stmt);
    const int code = m_code;
    sqlite3_reset(m_stmt);
    if (code != SQLITE_DONE && code != SQLITE_ROW)
        return sqliteError(m_db, code);
    return {};
}

Status Statement::check() const
{
    if (m_code == SQLITE_ROW || m_code == SQLITE_DONE || m_code == SQLITE_OK)
        return {};
    return sqliteError(m_db, m_code);
}

} // namespace hostreview::sql
