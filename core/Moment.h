#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTimeZone>

namespace hostreview {

// A point in time as the dossier format writes it: a calendar date ("2023-11-28") or an ISO 8601
// date-time with an offset ("2023-11-28T17:00:00+01:00"). Keeps the text as written (exports
// give it back unchanged) and its calendar day in the dossier's time zone, which is what every
// comparison and day count of the specs uses.
class Moment
{
    Q_DECLARE_TR_FUNCTIONS(hostreview::Moment)

public:
    Moment() = default;

    // Parses text. On failure returns an Error whose reason says what is wrong (no pointer).
    static Result<Moment> parse(const QString& text, const QTimeZone& zone);
    // The moment of a calendar day (midnight in zone).
    static Moment fromDate(QDate day, const QTimeZone& zone);

    bool isValid() const { return m_day.isValid(); }
    const QString& text() const { return m_text; }
    QDate day() const { return m_day; }
    bool hasTime() const { return m_hasTime; }
    // Milliseconds since the epoch (midnight in the zone for a bare date): orders moments of one day.
    qint64 instant() const { return m_instant; }

    bool operator==(const Moment& other) const { return m_text == other.m_text; }

    // The format's order of effective dates (docs/format.md, requirements): by calendar day in the
    // dossier's zone when either is a bare date (a date and a date-time on one day are equal), as
    // instants when both are date-times. True when `a` is strictly earlier than `b`.
    static bool isEarlier(const Moment& a, const Moment& b)
    {
        if (!a.m_hasTime || !b.m_hasTime)
            return a.m_day < b.m_day;
        return a.m_instant < b.m_instant;
    }

private:
    QString m_text;
    QDate m_day;
    qint64 m_instant = 0;
    bool m_hasTime = false;
};

// Whole calendar days from a to b (negative when b is earlier).
inline qint64 daysBetween(QDate a, QDate b)
{
    return a.daysTo(b);
}

} // namespace hostreview
