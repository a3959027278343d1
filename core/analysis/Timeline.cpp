// SPDX-License-Identifier: EUPL-1.2
#include "analysis/Timeline.h"

#include "analysis/Compliance.h"
#include "analysis/SignalEngine.h"
#include "support/Language.h"
#include "text/Labels.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hostreview {

Timeline Timeline::compute(const DossierQueries& q)
{
    Timeline t;
    const Dossier& d = q.dossier();
    const std::optional<QDate> opening = q.opening() ? std::optional<QDate>(q.opening()->at.day()) : std::nullopt;
    t.m_windowStart = opening;
    t.m_windowEnd = opening ? q.finalDeadline() : std::nullopt;
    for (const Requirement& r : d.requirements) {
        for (const RequirementRevision& v : r.revisions) {
            const QDate day = v.effectiveAt.day();
            if (v.rev >= 2 || (opening && day > *opening))
                t.m_changes << Change{day, &r, &v, SignalEngine::significance(r, v, opening)};
        }
    }
    std::stable_sort(
        t.m_changes.begin(), t.m_changes.end(), [](const Change& a, const Change& b) { return a.day < b.day; });
    for (const Event& e : d.events) {
        QString label = Labels::of(e.kind);
        if (e.kind == EventKind::DeadlineExtended && e.newDeadline)
            label = tr("%1 to %2").arg(label, Language::date(e.newDeadline->day()));
        t.m_markers << Marker{e.at.day(), u"event"_s, e.id, label};
    }
    for (const Bid& b : d.bids) {
        const Vendor* v = d.vendor(b.vendor);
        t.m_markers << Marker{b.submittedAt.day(), u"bid"_s, b.id, tr("Bid %1 (%2)").arg(b.id, v ? v->name : b.vendor)};
    }
    if (d.decision && d.decision->decidedAt)
        t.m_markers << Marker{d.decision->decidedAt->day(), u"decision"_s, QString(), tr("Decision")};
    if (d.decision && d.decision->publishedAt)
        t.m_markers << Marker{d.decision->publishedAt->day(), u"publication"_s, QString(), tr("Decision published")};
    std::stable_sort(
        t.m_markers.begin(), t.m_markers.end(), [](const Marker& a, const Marker& b) { return a.day < b.day; });

    // From the opening (else the first change or event) to the decision, the last bid or change,
    // or the final deadline, whichever is last. Later events (a publication weeks later, appeals)
    // stay off the chart so that the window keeps its width; the markers list them all.
    QDate end = t.m_windowEnd.value_or(QDate());
    for (const Marker& m : t.m_markers) {
        if (m.kind == u"bid"_s || m.kind == u"decision"_s)
            end = std::max(end, m.day);
    }
    for (const Change& c : t.m_changes)
        end = std::max(end, c.day);
    QDate first = opening.value_or(QDate());
    QDate last = end;
    for (const Marker& m : t.m_markers) {
        if (!opening && (!first.isValid() || m.day < first))
            first = m.day;
        if (m.kind == u"event"_s && m.day <= end)
            last = std::max(last, m.day);
    }
    for (const Change& c : t.m_changes) {
        if (!opening && (!first.isValid() || c.day < first))
            first = c.day;
    }
    if (!first.isValid())
        return t;
    if (!last.isValid() || last < first)
        last = first;
    t.m_first = first;
    t.m_last = last;
    int cumulative = 0;
    qsizetype next = 0;
    while (next < t.m_changes.size() && t.m_changes[next].day < first)
        cumulative += 1, ++next;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        Day entry;
        entry.day = day;
        for (; next < t.m_changes.size() && t.m_changes[next].day == day; ++next) {
            if (t.m_changes[next].significance.isEmpty())
                ++entry.minor;
            else
                ++entry.significant;
        }
        cumulative += entry.minor + entry.significant;
        entry.cumulative = cumulative;
        t.m_days << entry;
    }
    return t;
}

std::optional<QDate> Timeline::lastQuarterStart() const
{
    if (!m_windowStart || !m_windowEnd)
        return std::nullopt;
    const qint64 days = m_windowStart->daysTo(*m_windowEnd);
    return m_windowStart->addDays(days * 3 / 4);
}

QList<Timeline::Change> Timeline::changesOn(QDate day) const
{
    QList<Change> out;
    for (const Change& c : m_changes) {
        if (c.day == day)
            out << c;
    }
    return out;
}

QList<Timeline::Marker> Timeline::markersOn(QDate day) const
{
    QList<Marker> out;
    for (const Marker& m : m_markers) {
        if (m.day == day)
            out << m;
    }
    return out;
}

QStringList Timeline::describe(QDate day) const
{
    QStringList lines{Language::date(day)};
    for (const Marker& m : markersOn(day))
        lines << m.label;
    for (const Change& c : changesOn(day)) {
        QString line = tr("%1 rev %2").arg(c.requirement->id).arg(c.revision->rev);
        if (!c.significance.isEmpty())
            line += tr(" (significant: %1)").arg(c.significance.join(u", "_s));
        lines << line;
    }
    if (lines.size() == 1)
        lines << tr("nothing recorded");
    return lines;
}

Funnel Funnel::compute(const DossierQueries& q)
{
    Funnel f;
    const std::optional<QDate> start = q.opening() ? std::optional<QDate>(q.opening()->at.day()) : std::nullopt;
    const std::optional<QDate> end = q.finalDeadline();
    if (!start || !end || *end < *start)
        return f;
    for (const Vendor& v : q.dossier().vendors)
        f.vendors << &v;
    f.mandatoryMetPercent.resize(f.vendors.size());
    for (QDate day = *start; day <= *end; day = day.addDays(1)) {
        const ComplianceMatrix m = ComplianceMatrix::compute(q, day);
        int compliant = 0;
        for (qsizetype i = 0; i < m.scores().size(); ++i) {
            const VendorScore& s = m.scores()[i];
            // A vendor that has not answered anything yet is not compliant, even with no mandatory
            // requirement in force.
            const bool answered = s.full + s.partial + s.none + s.stale > 0;
            if (answered && s.mandatoryMet == s.mandatoryTotal)
                ++compliant;
            f.mandatoryMetPercent[i] << (s.mandatoryTotal > 0 ? 100.0 * s.mandatoryMet / s.mandatoryTotal : 0.0);
        }
        f.days << day;
        f.compliantVendors << compliant;
    }
    return f;
}

} // namespace hostreview
