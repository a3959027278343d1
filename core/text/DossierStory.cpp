// SPDX-License-Identifier: EUPL-1.2
#include "text/DossierStory.h"

#include "analysis/DossierQueries.h"
#include "analysis/WordDiff.h"
#include "support/Language.h"
#include "text/Labels.h"

#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hostreview {

namespace {

QString day(QDate d)
{
    return Language::date(d);
}

struct Line
{
    QDate date;
    qint64 instant;
    int order;
    QString text;
};

// Timeline lines with their dates in one column, whatever the length of the month's name.
void writeLines(QTextStream& s, const QList<Line>& lines)
{
    qsizetype width = 0;
    for (const Line& l : lines)
        width = std::max(width, day(l.date).size());
    for (const Line& l : lines)
        s << u"  "_s << day(l.date).leftJustified(width) << u"  "_s << l.text << u'\n';
}

} // namespace

QString DossierStory::overview(const Dossier& d)
{
    const DossierQueries q(d);
    QString out;
    QTextStream s(&out);
    s << d.info.title << u'\n';
    s << QString(d.info.title.size(), u'=') << u'\n';
    if (d.info.isIllustrative())
        s << tr("Illustrative dossier: a reconstruction for demonstration, not a record of real documents.") << u'\n';
    s << tr("Dossier id: %1").arg(d.info.id) << u'\n';
    if (d.info.applicant)
        s << tr("Applicant: %1").arg(*d.info.applicant) << u'\n';
    if (d.info.authority)
        s << tr("Authority: %1").arg(*d.info.authority) << u'\n';
    s << tr("Procedure: %1").arg(Labels::of(d.info.procedureOrDefault())) << u'\n';
    s << tr("Sensitivity: %1").arg(Labels::of(d.info.sensitivityOrDefault())) << u'\n';
    if (d.info.requiredCertifications && !d.info.requiredCertifications->isEmpty())
        s << tr("Required certifications: %1").arg(d.info.requiredCertifications->join(u", "_s)) << u'\n';
    s << tr("Time zone: %1").arg(d.info.timezoneOrDefault()) << u'\n';
    if (d.info.summary)
        s << u'\n' << *d.info.summary << u'\n';

    // The timeline: events, bids, decision and publication, in date order.
    QList<Line> lines;
    int order = 0;
    for (const Event& e : d.events) {
        QString text = Labels::of(e.kind);
        if (e.kind == EventKind::DeadlineExtended)
            text += u" → "_s + day(e.newDeadline->day());
        if (e.title)
            text += u": "_s + *e.title;
        lines.push_back({e.at.day(), e.at.instant(), order++, text});
    }
    for (const Bid& b : d.bids) {
        const Vendor* v = d.vendor(b.vendor);
        QString text = tr("bid %1 submitted by %2 (%3, %n answer(s))", nullptr, int(b.responses.size()))
                           .arg(b.id, v ? v->name : b.vendor, Labels::of(b.statusOn(b.submittedAt.day())));
        lines.push_back({b.submittedAt.day(), b.submittedAt.instant(), order++, text});
        if (b.statusAt && b.statusOrDefault() != BidStatus::Submitted) {
            lines.push_back(
                {b.statusAt->day(),
                 b.statusAt->instant(),
                 order++,
                 tr("bid %1 of %2: %3").arg(b.id, v ? v->name : b.vendor, Labels::of(b.statusOrDefault()))});
        }
    }
    if (d.decision && d.decision->decidedAt) {
        const Decision& x = *d.decision;
        QString text = tr("decision: %1").arg(Labels::of(x.outcomeOrDefault()));
        if (x.selectedVendor) {
            const Vendor* v = d.vendor(*x.selectedVendor);
            text += u", "_s + tr("selected %1").arg(v ? v->name : *x.selectedVendor);
        }
        if (x.durationMonths)
            text += u", "_s + tr("%n month(s)", nullptr, *x.durationMonths);
        lines.push_back({x.decidedAt->day(), x.decidedAt->instant(), order++, text});
    }
    if (d.decision && d.decision->publishedAt)
        lines.push_back(
            {d.decision->publishedAt->day(), d.decision->publishedAt->instant(), order++, tr("decision published")});
    std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) {
        return a.instant < b.instant || (a.instant == b.instant && a.order < b.order);
    });
    s << u'\n' << tr("Timeline") << u'\n';
    writeLines(s, lines);

    if (q.opening() && q.finalDeadline()) {
        const QDate open = q.opening()->at.day();
        const QDate end = *q.finalDeadline();
        s << u'\n'
          << tr("Response window: %n day(s), from %1 to %2", nullptr, int(open.daysTo(end))).arg(day(open), day(end));
        if (q.bidDeadline() && q.bidDeadline()->at.day() != end)
            s << u' ' << tr("(first announced deadline: %1)").arg(day(q.bidDeadline()->at.day()));
        s << u'\n';
    } else {
        s << u'\n' << tr("Response window: unknown (no opening or no deadline in the dossier)") << u'\n';
    }

    int revisions = 0;
    int answers = 0;
    for (const Requirement& r : d.requirements)
        revisions += int(r.revisions.size());
    for (const Bid& b : d.bids)
        answers += int(b.responses.size());
    s << u'\n' << tr("Contents") << u'\n';
    s << u"  "_s << tr("%n requirement(s)", nullptr, int(d.requirements.size())) << u", "_s
      << tr("%n revision(s)", nullptr, revisions) << u'\n';
    s << u"  "_s << tr("%n vendor(s)", nullptr, int(d.vendors.size())) << u", "_s
      << tr("%n bid(s)", nullptr, int(d.bids.size())) << u", "_s << tr("%n answer(s)", nullptr, answers) << u'\n';
    s << u"  "_s << tr("%n source(s)", nullptr, int(d.sources.size())) << u", "_s
      << tr("%n event(s)", nullptr, int(d.events.size())) << u", "_s
      << tr("%n assessment criterion(s)", nullptr, int(d.assessment.size())) << u'\n';
    if (d.decision)
        s << u"  "_s << tr("%n claim(s) in the decision", nullptr, int(d.decision->claims.size())) << u'\n';

    // Which requirements changed when.
    QList<Line> changes;
    order = 0;
    const QDate opening = q.opening() ? q.opening()->at.day() : QDate();
    for (const Requirement& r : d.requirements) {
        for (const RequirementRevision& rev : r.revisions) {
            const bool added = rev.rev == 1 && opening.isValid() && rev.effectiveAt.day() > opening;
            if (rev.rev == 1 && !added)
                continue;
            QString text = added ? tr("%1 added (rev 1)").arg(r.id) : tr("%1 rev %2").arg(r.id).arg(rev.rev);
            if (!rev.isActive())
                text += u' ' + tr("withdrawn");
            if (r.title)
                text += u" — "_s + *r.title;
            if (const auto dl = q.deadlineAt(rev.effectiveAt.day())) {
                const qint64 left = rev.effectiveAt.day().daysTo(*dl);
                text += u"; "_s +
                        (left >= 0 ? tr("%n day(s) before the deadline in force (%1)", nullptr, int(left)).arg(day(*dl))
                                   : tr("%n day(s) after the deadline (%1)", nullptr, int(-left)).arg(day(*dl)));
            }
            text += u"; "_s + (rev.rationale && !rev.rationale->trimmed().isEmpty()
                                   ? tr("rationale: %1").arg(*rev.rationale)
                                   : tr("no rationale given"));
            changes.push_back({rev.effectiveAt.day(), rev.effectiveAt.instant(), order++, text});
        }
    }
    std::stable_sort(changes.begin(), changes.end(), [](const Line& a, const Line& b) {
        return a.instant < b.instant || (a.instant == b.instant && a.order < b.order);
    });
    s << u'\n' << tr("Requirement changes (%n)", nullptr, int(changes.size())) << u'\n';
    if (changes.isEmpty())
        s << u"  "_s << tr("none: every requirement kept its first revision") << u'\n';
    writeLines(s, changes);
    s.flush();
    return out;
}

QString DossierStory::recorded(const Recording& recording, const Moment& effective, const QTimeZone& zone)
{
    const QString when = day(recording.recordedAt.toTimeZone(zone).date());
    QString out =
        recording.author.isEmpty() ? tr("recorded %1").arg(when) : tr("recorded %1 by %2").arg(when, recording.author);
    if (recording.withDossier)
        out += tr(", with the dossier's import");
    else if (const auto late = daysRecordedLate(effective, recording, zone))
        out += u", "_s + tr("%n day(s) after its effective date", nullptr, int(*late));
    return out;
}

QString DossierStory::history(const Dossier& d, const Requirement& r, const QList<Recording>& recordings)
{
    const DossierQueries q(d);
    QString out;
    QTextStream s(&out);
    s << r.id;
    if (r.title)
        s << u" — "_s << *r.title;
    s << u'\n' << tr("Category: %1").arg(Labels::of(r.categoryOrDefault())) << u'\n';
    s << tr("%n revision(s)", nullptr, int(r.revisions.size())) << u'\n';
    const RequirementRevision* prev = nullptr;
    for (const RequirementRevision& rev : r.revisions) {
        s << u'\n' << tr("rev %1, effective %2").arg(rev.rev).arg(rev.effectiveAt.text());
        if (rev.effectiveAt.hasTime())
            s << u' ' << tr("(day %1 in %2)").arg(day(rev.effectiveAt.day()), d.info.timezoneOrDefault());
        s << u'\n';
        s << u"  "_s << tr("status: %1").arg(Labels::of(rev.statusOrDefault())) << u"; "_s
          << (rev.isMandatory() ? tr("mandatory") : tr("optional")) << u"; "_s
          << tr("weight %1").arg(rev.weightOrDefault()) << u'\n';
        if (const auto dl = q.deadlineAt(rev.effectiveAt.day())) {
            const qint64 left = rev.effectiveAt.day().daysTo(*dl);
            s << u"  "_s
              << (left >= 0 ? tr("deadline then in force: %1 (%n day(s) later)", nullptr, int(left)).arg(day(*dl))
                            : tr("effective %n day(s) after the deadline then in force (%1)", nullptr, int(-left))
                                  .arg(day(*dl)))
              << u'\n';
        }
        if (rev.text)
            s << u"  "_s << indented(tr("text: %1").arg(*rev.text), 4) << u'\n';
        s << u"  "_s
          << (rev.rationale && !rev.rationale->trimmed().isEmpty() ? tr("rationale: %1").arg(*rev.rationale)
                                                                   : tr("no rationale given"))
          << u'\n';
        if (rev.source) {
            const Source* src = d.source(*rev.source);
            s << u"  "_s << tr("source: %1").arg(src ? src->title : *rev.source) << u'\n';
        }
        for (const Recording& rec : recordings) {
            if (rec.rev == rev.rev)
                s << u"  "_s << recorded(rec, rev.effectiveAt, d.info.zone()) << u'\n';
        }
        if (prev) {
            QStringList what;
            if (prev->text != rev.text)
                what << tr("text");
            if (prev->isMandatory() != rev.isMandatory())
                what << (rev.isMandatory() ? tr("optional → mandatory") : tr("mandatory → optional"));
            if (prev->weightOrDefault() != rev.weightOrDefault())
                what << tr("weight %1 → %2").arg(prev->weightOrDefault()).arg(rev.weightOrDefault());
            if (prev->statusOrDefault() != rev.statusOrDefault())
                what
                    << tr("status %1 → %2").arg(Labels::of(prev->statusOrDefault()), Labels::of(rev.statusOrDefault()));
            s << u"  "_s << tr("changed: %1").arg(what.isEmpty() ? tr("nothing but the date") : what.join(u", "_s))
              << u'\n';
            if (prev->text != rev.text)
                s << u"  "_s << wordsLine(prev->text.value_or(QString()), rev.text.value_or(QString()), 4) << u'\n';
        }
        prev = &rev;
    }
    s.flush();
    return out;
}

} // namespace hostreview
