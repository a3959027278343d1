// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "analysis/DossierQueries.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace hostreview {

// The consultation day by day, for the timeline chart: requirement changes per day (significant
// and minor), their running total, the events, and the response window with its last quarter.
// A *change* is signals.md's: a revision with rev >= 2, or a rev 1 effective after the opening.
class Timeline
{
    Q_DECLARE_TR_FUNCTIONS(hostreview::Timeline)

public:
    struct Change
    {
        QDate day;
        const Requirement* requirement = nullptr;
        const RequirementRevision* revision = nullptr;
        QStringList significance; // why it is significant; empty for a minor change
    };
    struct Day
    {
        QDate day;
        int significant = 0;
        int minor = 0;
        int cumulative = 0; // changes on or before this day
    };
    struct Marker
    {
        QDate day;
        QString kind; // "event", "bid", "decision", "publication"
        QString id;   // event or bid id
        QString label;
    };

    // The pointers go into the queries' dossier, which must outlive the timeline.
    static Timeline compute(const DossierQueries& queries);

    QDate first() const { return m_first; }
    QDate last() const { return m_last; }
    // The response window: from the opening to the final deadline, when both exist.
    std::optional<QDate> windowStart() const { return m_windowStart; }
    std::optional<QDate> windowEnd() const { return m_windowEnd; }
    // The first day of the window's last quarter (window start + 3/4 of its days, rounded down).
    std::optional<QDate> lastQuarterStart() const;
    const QList<Day>& days() const { return m_days; }
    const QList<Change>& changes() const { return m_changes; }
    const QList<Marker>& markers() const { return m_markers; }
    QList<Change> changesOn(QDate day) const;
    QList<Marker> markersOn(QDate day) const;
    // What happened on a day, as lines of text for a tooltip.
    QStringList describe(QDate day) const;

private:
    QDate m_first;
    QDate m_last;
    std::optional<QDate> m_windowStart;
    std::optional<QDate> m_windowEnd;
    QList<Day> m_days;
    QList<Change> m_changes;
    QList<Marker> m_markers;
};

// The competition funnel: on each day of the response window, how many vendors are compliant
// with every mandatory requirement in force (compliant as signals.md defines it: the answer as
// of that day is full and not stale), and each vendor's share of those requirements met.
struct Funnel
{
    QList<QDate> days;
    QList<int> compliantVendors;
    QList<const Vendor*> vendors;
    QList<QList<double>> mandatoryMetPercent; // [vendor][day]

    // Empty without a response window. Pointers go into the queries' dossier.
    static Funnel compute(const DossierQueries& queries);
};

} // namespace hostreview
