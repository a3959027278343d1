// SPDX-License-Identifier: EUPL-1.2
#pragma once

// SQL helpers shared by the ReviewFile sources. Internal to core: not part of the public API.

#include "model/Moment.h"
#include "support/Result.h"
#include "json/JsonDocument.h"
#include "json/JsonWriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace hostreview::sql {

using namespace Qt::StringLiterals;

inline QVariant opt(const std::optional<QString>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<QString>());
}
inline QVariant opt(const std::optional<bool>& v)
{
    return v ? QVariant(int(*v)) : QVariant(QMetaType::fromType<int>());
}
inline QVariant opt(const std::optional<Moment>& v)
{
    return v ? QVariant(v->text()) : QVariant(QMetaType::fromType<QString>());
}
inline QVariant opt(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}
inline QVariant opt(const std::optional<int>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<int>());
}
inline QVariant opt(const std::optional<QStringList>& v)
{
    if (!v)
        return QVariant(QMetaType::fromType<QString>());
    JsonWriter w(JsonWriter::Style::Compact);
    w.beginArray();
    for (const QString& s : *v)
        w.string(s);
    w.endArray();
    return QString::fromUtf8(w.finish());
}
template <typename E>
inline QVariant optEnum(const std::optional<E>& v)
{
    return v ? QVariant(enumName(*v)) : QVariant(QMetaType::fromType<QString>());
}

inline std::optional<QString> readString(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toString();
}
inline std::optional<bool> readBool(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toInt() != 0;
}
inline std::optional<double> readDouble(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}
inline std::optional<QStringList> readList(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    QStringList out;
    auto doc = JsonDocument::parse(v.toString().toUtf8());
    if (doc) {
        for (JsonValue c = doc->root().firstChild(); c.isValid(); c = c.nextSibling())
            out << c.toString();
    }
    return out;
}
template <typename E>
inline std::optional<E> readEnum(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return enumFromName<E>(v.toString());
}
// Stored moments were validated on the way in, so parsing them again cannot fail.
inline Moment readMoment(const QVariant& v, const QTimeZone& zone)
{
    auto m = Moment::parse(v.toString(), zone);
    return m ? *m : Moment();
}
inline std::optional<Moment> readOptMoment(const QVariant& v, const QTimeZone& zone)
{
    if (v.isNull())
        return std::nullopt;
    return readMoment(v, zone);
}

// What a failed statement means for a person: the file busy (another program held its write lock
// for the whole busy timeout) or read-only are said as such, never as damage or bad input.
inline Error sqlError(const QSqlError& e)
{
    switch (e.nativeErrorCode().toInt() & 0xff) {
    case 5:   // SQLITE_BUSY
    case 6: { // SQLITE_LOCKED
        Error busy(QCoreApplication::translate("hostreview::ReviewFile",
                                               "the review file is busy: another program kept it locked for 10 "
                                               "seconds; nothing was changed, try again"));
        busy.busy = true;
        return busy;
    }
    case 8: // SQLITE_READONLY
        return Error(QCoreApplication::translate("hostreview::ReviewFile",
                                                 "the review file is read-only (its file, folder or disk cannot be "
                                                 "written): nothing was changed"));
    case 13: // SQLITE_FULL
        return Error(QCoreApplication::translate("hostreview::ReviewFile", "the disk is full: nothing was changed"));
    default:
        return Error(e.text());
    }
}

// Whether a failure says the file itself is damaged (SQLITE_CORRUPT, SQLITE_NOTADB).
inline bool isDamage(const QSqlError& e)
{
    const int code = e.nativeErrorCode().toInt() & 0xff;
    return code == 11 || code == 26;
}

// A write transaction: BEGIN IMMEDIATE, and ROLLBACK unless commit() succeeded.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db)
        : m_db(std::move(db))
    { }
    ~WriteTransaction()
    {
        if (m_active) {
            QSqlQuery q(m_db);
            q.exec(u"ROLLBACK"_s);
        }
    }
    Status begin()
    {
        QSqlQuery q(m_db);
        if (!q.exec(u"BEGIN IMMEDIATE"_s))
            return sqlError(q.lastError());
        m_active = true;
        return {};
    }
    Status commit()
    {
        QSqlQuery q(m_db);
        if (!q.exec(u"COMMIT"_s))
            return sqlError(q.lastError());
        m_active = false;
        return {};
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

inline Status execChecked(QSqlQuery& q)
{
    if (!q.exec())
        return sqlError(q.lastError());
    return {};
}

inline Status execChecked(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        Error e = sqlError(q.lastError());
        if (e.reason == q.lastError().text())
            e.reason += u" ["_s + sql.left(80) + u']';
        return e;
    }
    return {};
}

inline Result<QVariant> scalar(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return sqlError(q.lastError());
    if (!q.next())
        return QVariant();
    QVariant v = q.value(0);
    q.finish();
    return v;
}

inline Result<QSqlQuery> prepare(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return Error(q.lastError().text());
    return q;
}

} // namespace hostreview::sql
