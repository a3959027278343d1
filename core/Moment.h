#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <algorithm>

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

// Puts items given in the file's order in the format's order of moments (docs/format.md): by
// calendar day; on one day, the date-times by instant among themselves, each bare date keeping its
// place in the file's order (it equals every moment of its day, and on a tie the later in the
// file is the later). `momentOf(item)` gives an item's Moment.
template <typename List, typename MomentOf>
void sortByMoment(List& items, MomentOf momentOf)
{
    std::stable_sort(items.begin(), items.end(), [&](const auto& a, const auto& b) {
        return momentOf(a).day() < momentOf(b).day();
    });
    for (qsizetype run = 0; run < items.size();) {
        qsizetype next = run + 1;
        while (next < items.size() && momentOf(items[next]).day() == momentOf(items[run]).day())
            ++next;
        QList<qsizetype> places;
        for (qsizetype i = run; i < next; ++i) {
            if (momentOf(items[i]).hasTime())
                places << i;
        }
        if (places.size() > 1) {
            QList<typename List::value_type> timed;
            for (qsizetype i : places)
                timed << items[i];
            std::stable_sort(timed.begin(), timed.end(), [&](const auto& a, const auto& b) {
                return momentOf(a).instant() < momentOf(b).instant();
            });
            for (qsizetype k = 0; k < places.size(); ++k)
                items[places[k]] = timed[k];
        }
        run = next;
    }
}

// Whole calendar days from a to b (negative when b is earlier).
inline qint64 daysBetween(QDate a, QDate b)
{
    return a.daysTo(b);
}

} // namespace hostreview
