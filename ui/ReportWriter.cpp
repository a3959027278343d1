// SPDX-License-Identifier: EUPL-1.2
#include "ReportWriter.h"

#include "format/AssessmentTemplate.h"
#include "support/SafeFile.h"

#include "DossierDocument.h"
#include "TimelineView.h"
#include "analysis/ClaimCheck.h"
#include "analysis/Compliance.h"
#include "analysis/SignalEngine.h"
#include "analysis/Timeline.h"
#include "analysis/WordDiff.h"
#include "analysis/signals/SignalCatalogue.h"
#include "format/AnalysisProfile.h"
#include "storage/ReviewFile.h"
#include "support/Language.h"
#include "text/AnalysisFormat.h"
#include "text/DossierStory.h"
#include "text/Labels.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QChartView>
#include <QPainter>
#include <QPrinter>
#include <QTextBlock>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace hostreview {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString h1(const QString& text)
{
    return u"<h1 style=\"page-break-before: always\">"_s + esc(text) + u"</h1>"_s;
}

QStringList sectionTitles()
{
    return {ReportWriter::tr("Summary"),
            ReportWriter::tr("Signals"),
            ReportWriter::tr("Requirement changes"),
            ReportWriter::tr("Compliance at the final deadline"),
            ReportWriter::tr("Assessment and decision"),
            ReportWriter::tr("Claims check"),
            ReportWriter::tr("Sources"),
            ReportWriter::tr("Timeline and competition funnel")};
}

} // namespace

Result<ReportInput> ReportInput::of(DossierDocument& document)
{
    const DossierQueries* q = document.queries();
    if (!q)
        return Error(document.fullError());
    const std::optional<Analysis>& analysis = document.analysis();
    auto recordings = document.file().revisionRecordings(document.id(), QString());
    if (!recordings)
        return recordings.error();
    return ReportInput{*q, analysis ? &*analysis : nullptr, document.analysisError(), *recordings};
}

Result<std::unique_ptr<ReportSource>> ReportSource::load(const ReviewFile& file, const QString& dossierId)
{
    auto dossier = file.load(dossierId, ReviewFile::LoadScope::Everything);
    if (!dossier)
        return dossier.error();
    auto source = std::unique_ptr<ReportSource>(new ReportSource);
    source->m_dossier = std::move(*dossier);
    source->m_queries = std::make_unique<DossierQueries>(source->m_dossier);
    if (auto profile = AnalysisProfile::forDossier(source->m_dossier, file.path()))
        source->m_analysis = SignalEngine::analyze(source->m_dossier, *profile);
    else
        source->m_error = profile.error().toString();
    auto recordings = file.revisionRecordings(dossierId, QString());
    if (!recordings)
        return recordings.error();
    source->m_recordings = std::move(*recordings);
    return source;
}

QString ReportWriter::html(const ReportInput& input, const Options& options, const QList<int>& pages)
{
    const DossierQueries* q = &input.queries;
    const Dossier& d = q->dossier();
    const Analysis* analysis = input.analysis;
    const QStringList titles = sectionTitles();
    QString h;
    // Cover.
    h += u"<div align=\"center\"><p style=\"font-size: 9pt\">"_s + esc(tr("HostReview — review report")) +
         u"</p><h1 style=\"font-size: 22pt\">"_s + esc(d.info.title) + u"</h1>"_s;
    if (d.info.authority)
        h += u"<p style=\"font-size: 13pt\">"_s + esc(*d.info.authority) + u"</p>"_s;
    if (d.info.applicant)
        h += u"<p>"_s + esc(tr("Applicant: %1").arg(*d.info.applicant)) + u"</p>"_s;
    h += u"<p>"_s + esc(tr("Report of %1").arg(Language::date(QDate::currentDate()))) + u"</p>"_s;
    if (d.info.isIllustrative()) {
        h += u"<p style=\"font-size: 14pt; color: #a40000\"><b>"_s +
             esc(tr("ILLUSTRATIVE DOSSIER — a reconstruction for demonstration, not a record of real documents")) +
             u"</b></p>"_s;
    }
    h += u"<p style=\"font-size: 12pt\"><b>"_s +
         esc(options.publicEdition ? tr("Public edition: everything marked confidential (sources, bid prices, "
                                        "answers' evidence) is left out.")
                                   : tr("Full edition: contains material marked confidential. Do not publish.")) +
         u"</b></p></div>"_s;
    // Contents.
    h += u"<h2>"_s + esc(tr("Contents")) + u"</h2><table cellpadding=\"2\">"_s;
    for (int i = 0; i < titles.size(); ++i) {
        h += u"<tr><td width=\"90%\">"_s + esc(titles[i]) + u"</td><td align=\"right\">"_s +
             (i < pages.size() ? QString::number(pages[i]) : u"…"_s) + u"</td></tr>"_s;
    }
    h += u"</table>"_s;

    // Summary.
    h += h1(titles[0]);
    if (analysis && analysis->biasIndexTenths) {
        h += u"<p><b>"_s +
             esc(tr("Bias index: %1 / 100, %n signal(s).", nullptr, int(analysis->fired.size()))
                     .arg(Language::locale().toString(*analysis->biasIndexTenths / 10.0, 'f', 1))) +
             u"</b> "_s +
             esc(tr("Each code weighs 3 if high, 2 if medium, 1 if low; the index is the share of the weight of "
                    "the codes evaluated that fired. A signal is a question with its evidence, not a proof.")) +
             u"</p>"_s;
        h += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>"_s + esc(tr("Code")) + u"</th><th>"_s +
             esc(tr("Severity")) + u"</th><th>"_s + esc(tr("Weight")) + u"</th><th>"_s + esc(tr("Result")) +
             u"</th></tr>"_s;
        for (const IndexComponent& c : analysis->breakdown) {
            h += u"<tr><td>"_s + esc(c.code) + u"</td><td>"_s + esc(SignalCatalogue::severityLabel(c.severity)) +
                 u"</td><td>"_s + QString::number(c.weight) + u"</td><td>"_s +
                 esc(!c.evaluated ? tr("not evaluated")
                     : c.fired    ? tr("fired")
                                  : tr("clear")) +
                 u"</td></tr>"_s;
        }
        h += u"</table>"_s;
    } else {
        h += u"<p>"_s + esc(input.analysisError) + u"</p>"_s;
    }

    // Signals.
    h += h1(titles[1]);
    if (analysis) {
        for (const Signal& s : analysis->fired) {
            h += u"<h3>"_s +
                 esc(tr("%1 — %2 %3").arg(s.code, AnalysisFormat::subjectKindLabel(s.subjectKind), s.subjectId)) +
                 u"</h3><p>"_s + esc(SignalCatalogue::severityLabel(s.severity)) +
                 (s.at.isValid() ? u" · "_s + esc(Language::date(s.at)) : QString()) + u"<br/>"_s + esc(s.message) +
                 u"</p>"_s;
            QStringList ev;
            for (const Evidence& e : s.evidence)
                ev << AnalysisFormat::evidenceText(e);
            h += u"<p><i>"_s + esc(tr("Evidence: %1").arg(ev.join(u"; "_s))) + u"</i><br/><i>"_s +
                 esc(tr("Basis: %1").arg(s.basis)) + u"</i></p>"_s;
        }
        QStringList missing;
        for (const Coverage& c : analysis->coverage) {
            if (!c.evaluated)
                missing << tr("%1 (missing: %2)").arg(c.code, Labels::missing(c.missing));
        }
        h += u"<p><b>"_s + esc(tr("Coverage:")) + u"</b> "_s +
             esc(missing.isEmpty() ? tr("every signal of the catalogue was evaluated.") : missing.join(u"; "_s)) +
             u"</p>"_s;
    }

    // Requirement changes with word diffs.
    h += h1(titles[2]);
    const Timeline timeline = Timeline::compute(*q);
    // Revisions entered by hand (not with the dossier's import): when and by whom.
    QHash<QString, const Recording*> enteredByHand;
    for (const Recording& r : input.recordings) {
        if (!r.withDossier)
            enteredByHand.insert(r.requirement + u'\n' + QString::number(r.rev), &r);
    }
    for (const Timeline::Change& c : timeline.changes()) {
        h += u"<h3>"_s +
             esc(tr("%1 rev %2 — %3, effective %4")
                     .arg(c.requirement->id)
                     .arg(c.revision->rev)
                     .arg(c.requirement->title.value_or(QString()), Language::date(c.day))) +
             u"</h3>"_s;
        if (!c.significance.isEmpty())
            h += u"<p><b>"_s + esc(tr("Significant: %1").arg(c.significance.join(u", "_s))) + u"</b></p>"_s;
        const RequirementRevision* prev =
            c.revision->rev >= 2 ? &c.requirement->revisions[c.revision->rev - 2] : nullptr;
        const QString before = prev ? prev->text.value_or(QString()) : QString();
        h += u"<p>"_s + diffHtml(wordDiff(before, c.revision->text.value_or(QString()))) + u"</p>"_s;
        h += u"<p><i>"_s +
             esc(tr("Rationale: %1")
                     .arg(c.revision->rationale && !c.revision->rationale->isEmpty() ? *c.revision->rationale
                                                                                     : tr("none given"))) +
             u"</i></p>"_s;
        if (const Recording* r =
                enteredByHand.value(c.requirement->id + u'\n' + QString::number(c.revision->rev), nullptr))
            h += u"<p>"_s + esc(DossierStory::recorded(*r, c.revision->effectiveAt, d.info.zone())) + u"</p>"_s;
    }
    if (timeline.changes().isEmpty())
        h += u"<p>"_s + esc(tr("No requirement changed after its first revision.")) + u"</p>"_s;

    // Matrix at the final deadline.
    h += h1(titles[3]);
    const QDate end = q->finalDeadline().value_or(QDate::currentDate());
    const ComplianceMatrix m = ComplianceMatrix::compute(*q, end);
    h += u"<p>"_s +
         esc(tr("As of %1. ✓ full, ◐ partial, ✗ none, ↻ stale, · no answer; * mandatory.").arg(Language::date(end))) +
         u"</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"2\"><tr><th></th>"_s;
    for (const Vendor* v : m.vendors())
        h += u"<th>"_s + esc(v->name) + u"</th>"_s;
    h += u"</tr>"_s;
    for (qsizetype r = 0; r < m.rows().size(); ++r) {
        h += u"<tr><td>"_s +
             esc(m.rows()[r].requirement->id + (m.rows()[r].inForce->isMandatory() ? u" *"_s : QString())) + u"</td>"_s;
        for (qsizetype c = 0; c < m.vendors().size(); ++c)
            h += u"<td align=\"center\">"_s + ComplianceMatrix::stateSymbol(m.cell(r, c).state) + u"</td>"_s;
        h += u"</tr>"_s;
    }
    h += u"<tr><td><b>"_s + esc(tr("Score")) + u"</b></td>"_s;
    for (const VendorScore& s : m.scores()) {
        h += u"<td align=\"center\">"_s +
             esc(tr("%1 / %2").arg(Language::locale().toString(s.score, 'f', 1),
                                   Language::locale().toString(s.maxScore, 'f', 1))) +
             u"</td>"_s;
    }
    h += u"</tr></table>"_s;

    // Assessment and decision.
    h += h1(titles[4]);
    if (d.assessment.isEmpty())
        h += u"<p>"_s + esc(tr("No assessment recorded.")) + u"</p>"_s;
    else {
        h += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"_s;
        for (const Criterion& c : d.assessment) {
            h += u"<tr><td>"_s + esc(AssessmentTemplate::titleOf(c)) + u"</td><td>"_s +
                 esc(Labels::of(c.statusOrDefault())) + u"</td><td>"_s + esc(c.comment.value_or(QString())) +
                 u"</td></tr>"_s;
        }
        h += u"</table>"_s;
    }
    if (d.decision) {
        const Decision& x = *d.decision;
        const Vendor* selected = x.selectedVendor ? d.vendor(*x.selectedVendor) : nullptr;
        h += u"<p><b>"_s + esc(tr("Decision: %1").arg(Labels::of(x.outcomeOrDefault()))) + u"</b>"_s;
        if (x.decidedAt)
            h += u" — "_s + esc(Language::date(x.decidedAt->day()));
        if (selected)
            h += u"<br/>"_s + esc(tr("Selected vendor: %1").arg(selected->name));
        if (x.durationMonths)
            h += u"<br/>"_s + esc(tr("Duration: %n month(s)", nullptr, *x.durationMonths));
        h += u"</p>"_s;
        if (x.conditions && !x.conditions->isEmpty()) {
            h += u"<p>"_s + esc(tr("Conditions:")) + u"</p><ul>"_s;
            for (const QString& c : *x.conditions)
                h += u"<li>"_s + esc(c) + u"</li>"_s;
            h += u"</ul>"_s;
        }
        if (x.rationale)
            h += u"<p><i>"_s + esc(*x.rationale) + u"</i></p>"_s;
    }

    // Claims check.
    h += h1(titles[5]);
    if (!d.decision || d.decision->claims.isEmpty())
        h += u"<p>"_s + esc(tr("The decision makes no claim.")) + u"</p>"_s;
    else {
        const QList<ClaimCheck> checks = q && analysis ? ClaimCheck::compute(*q, *analysis) : QList<ClaimCheck>();
        for (const ClaimCheck& c : checks) {
            h += u"<h3>"_s + esc(tr("Claim %1 (%2)").arg(c.claim.id, Labels::of(c.claim.kind))) + u"</h3><p>"_s +
                 esc(c.claim.text.value_or(QString())) + u"</p>"_s;
            h += u"<p>"_s +
                 tr("%1: %2").arg(u"<b>"_s + esc(ClaimCheck::verdictLabel(c.verdict)) + u"</b>"_s, esc(c.explanation)) +
                 u"</p>"_s;
            if (!c.finalDeadline || c.bids.isEmpty())
                continue;
            // The bids behind the verdict; prices and evidence are never shown here.
            h += u"<p>"_s + esc(tr("Bids at the final deadline (%1):").arg(Language::date(*c.finalDeadline))) +
                 u"</p><ul>"_s;
            for (const ClaimCheck::BidStanding& b : c.bids)
                h += u"<li>"_s + esc(ClaimCheck::describe(b)) + u"</li>"_s;
            h += u"</ul>"_s;
        }
    }

    // Sources.
    h += h1(titles[6]);
    int left = 0;
    h += u"<ul>"_s;
    for (const Source& s : d.sources) {
        if (options.publicEdition && s.isConfidential()) {
            ++left;
            continue;
        }
        QString line = esc(s.id + u" — "_s + s.title);
        if (s.publisher)
            line += esc(u", "_s + *s.publisher);
        if (s.date)
            line += esc(u", "_s + Language::date(s.date->day()));
        if (s.url)
            line += u"<br/>"_s + esc(*s.url);
        h += u"<li>"_s + line + u"</li>"_s;
    }
    h += u"</ul>"_s;
    if (left > 0)
        h += u"<p><i>"_s + esc(tr("%n confidential source(s) left out of this public edition.", nullptr, left)) +
             u"</i></p>"_s;
    return h;
}

Status ReportWriter::writePdf(const ReportInput& input, const QString& path, const Options& options)
{
    const DossierQueries* q = &input.queries;
    // Printed to a file of its own, named as `path` only once complete (SafeFile).
    auto pending = SafeFile::Pending::begin(path);
    if (!pending)
        return pending.error();
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName((*pending)->writePath());
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
    printer.setDocName(q->dossier().info.title);
    printer.setCreator(u"HostReview"_s);
    if (Status st = print(input, printer, options); !st) {
        Error e = st.error();
        e.file = path;
        return e;
    }
    return (*pending)->commit("%%EOF");
}

Status ReportWriter::print(const ReportInput& input, QPrinter& printer, const Options& options)
{
    const DossierQueries* q = &input.queries;
    const QString path = printer.outputFileName();

    const QRectF pageRect = printer.pageRect(QPrinter::DevicePixel);
    const double dpi = printer.resolution();
    const double band = dpi * 0.35; // header and footer bands
    const QSizeF body(pageRect.width(), pageRect.height() - 2 * band);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&printer);
    doc.setPageSize(body);
    QFont font = doc.defaultFont();
    font.setPointSizeF(9.5);
    doc.setDefaultFont(font);
    // Two passes: the first finds on which page each section starts, the second writes them.
    auto layout = [&](const QList<int>& pages) {
        doc.setHtml(html(input, options, pages));
        QList<int> found;
        const QStringList titles = sectionTitles();
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            if (b.blockFormat().headingLevel() == 1 && titles.contains(b.text()) && found.size() < titles.size() - 1) {
                const QRectF r = doc.documentLayout()->blockBoundingRect(b);
                found << int(r.top() / body.height()) + 1;
            }
        }
        return found;
    };
    QList<int> pages = layout({});
    const int textPages = doc.pageCount();
    pages << textPages + 1; // the charts follow the text
    layout(pages);
    const int total = doc.pageCount() + 2;

    // The same chart code as the window, drawn as vectors.
    TimelineView charts;
    charts.setQueries(q);
    charts.refresh();

    QPainter painter;
    if (!painter.begin(&printer))
        return Error(tr("cannot write %1").arg(path));
    const QString header =
        tr("HostReview — %1%2")
            .arg(q->dossier().info.title, options.publicEdition ? tr(" — public edition") : tr(" — confidential"));
    QFont small = font;
    small.setPointSizeF(7.5);
    auto decorate = [&](int page) {
        painter.setFont(small);
        painter.setPen(Qt::darkGray);
        // A long title is shortened in its middle; the edition at the end always shows.
        const QString shown = painter.fontMetrics().elidedText(header, Qt::ElideMiddle, int(pageRect.width()));
        painter.drawText(QRectF(0, 0, pageRect.width(), band * 0.8), Qt::AlignLeft | Qt::AlignTop, shown);
        painter.drawText(QRectF(0, pageRect.height() - band * 0.8, pageRect.width(), band * 0.8),
                         Qt::AlignRight | Qt::AlignBottom,
                         tr("page %1 of %2").arg(page).arg(total));
        painter.setPen(Qt::black);
    };
    for (int i = 0; i < doc.pageCount(); ++i) {
        if (i > 0)
            printer.newPage();
        if (i > 0) // the cover has no running header
            decorate(i + 1);
        painter.save();
        painter.translate(0, band - i * body.height());
        const QRectF clip(0, i * body.height(), body.width(), body.height());
        doc.drawContents(&painter, clip);
        painter.restore();
    }
    int page = doc.pageCount();
    for (QChart* chart : {charts.timelineChart(), charts.funnelChart()}) {
        printer.newPage();
        decorate(++page);
        const QRectF target(0, band, pageRect.width(), pageRect.width() * 700.0 / 1100.0);
        TimelineView::renderChart(chart, &painter, target, QSizeF(1100, 700));
    }
    if (!painter.end())
        return Error(tr("cannot finish %1").arg(path));
    return {};
}

} // namespace hostreview
