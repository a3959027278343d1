// SPDX-License-Identifier: EUPL-1.2
#include "model/Moment.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hostreview {

Result<Moment> Moment::parse(const QString& text, const QTimeZone& zone)
{
    static const QRegularExpression dateOnly(u"^(\\d{4})-(\\d{2})-(\\d{2})$"_s);
    static const QRegularExpression dateTime(
        u"^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?(Z|[+-]\\d{2}:\\d{2})$"_s);
    Moment m;
    m.m_text = text;
    if (const auto match = dateOnly.match(text); match.hasMatch()) {
        const QDate d(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
        if (!d.isValid())
            return Error(tr("date %1 is not a valid date").arg(text));
        m.m_day = d;
        m.m_instant = d.startOfDay(zone).toMSecsSinceEpoch();
        return m;
    }
    const auto match = dateTime.match(text);
    if (!match.hasMatch()) {
        return Error(
            tr("\"%1\" is not a date: YYYY-MM-DD or an ISO 8601 date-time with an offset was expected").arg(text));
    }
    const QDate d(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (!d.isValid())
        return Error(tr("date %1 is not a valid date").arg(text));
    const int hh = match.captured(4).toInt();
    const int mm = match.captured(5).toInt();
    const int ss = match.captured(6).isEmpty() ? 0 : match.captured(6).toInt();
    if (hh > 23 || mm > 59 || ss > 59)
        return Error(tr("time in %1 is not a valid time").arg(text));
    int offsetSeconds = 0;
    const QString off = match.captured(8);
    if (off != u"Z"_s) {
        const int oh = off.mid(1, 2).toInt();
        const int om = off.mid(4, 2).toInt();
        if (oh > 18 || om > 59)
            return Error(tr("offset in %1 is not a valid UTC offset").arg(text));
        offsetSeconds = (oh * 3600 + om * 60) * (off.startsWith(u'-') ? -1 : 1);
    }
    int ms = 0;
    if (!match.captured(7).isEmpty())
        ms = match.captured(7).left(3).leftJustified(3, u'0').toInt();
    const QDateTime at(d, QTime(hh, mm, ss, ms), QTimeZone(offsetSeconds));
    m.m_hasTime = true;
    m.m_instant = at.toMSecsSinceEpoch();
    m.m_day = at.toTimeZone(zone).date();
    return m;
}

Moment Moment::fromDate(QDate day, const QTimeZone& zone)
{
    Moment m;
    m.m_text = day.toString(Qt::ISODate);
    m.m_day = day;
    m.m_instant = day.startOfDay(zone).toMSecsSinceEpoch();
    return m;
}

} // namespace hostreview
