// SPDX-License-Identifier: EUPL-1.2
#include "OverviewView.h"

#include "AssessmentView.h"
#include "DossierDocument.h"
#include "analysis/signals/SignalCatalogue.h"
#include "text/AnalysisFormat.h"
#include "text/Labels.h"

#include <QApplication>
#include <QCursor>
#include <QEvent>
#include <QLocale>
#include <QScrollBar>
#include <QShowEvent>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <initializer_list>

using namespace Qt::StringLiterals;

namespace hostreview {

namespace {

constexpr int StrongestShown = 5;

// The wait cursor for as long as it lives, restored however the scope is left.
class WaitCursor
{
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    Q_DISABLE_COPY_MOVE(WaitCursor)
};

QString longDate(QDate day)
{
    return QLocale().toString(day, QLocale::LongFormat);
}

// Table pieces; every text is escaped here, so callers pass plain text.
QString headerRow(std::initializer_list<QString> labels)
{
    QString out = u"<tr>"_s;
    for (const QString& label : labels)
        out += u"<th align=\"left\">"_s + label.toHtmlEscaped() + u"</th>"_s;
    return out + u"</tr>"_s;
}

QString dataRow(std::initializer_list<QString> values)
{
    QString out = u"<tr>"_s;
    for (const QString& value : values)
        out += u"<td valign=\"top\">"_s + value.toHtmlEscaped() + u"</td>"_s;
    return out + u"</tr>"_s;
}

// A label and its value, the label in bold.
QString factRow(const QString& label, const QString& value)
{
    return u"<tr><td valign=\"top\"><b>"_s + label.toHtmlEscaped() + u"</b></td><td valign=\"top\">"_s +
           value.toHtmlEscaped() + u"</td></tr>"_s;
}

QString paragraph(const QString& text, const QString& tag = u"p"_s)
{
    return u'<' + tag + u'>' + text.toHtmlEscaped() + u"</"_s + tag + u'>';
}

const QString s_tableOpen = u"<table cellspacing=\"0\" cellpadding=\"3\">"_s;
const QString s_gridOpen =
    u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" style=\"border-collapse: collapse\">"_s;

} // namespace

OverviewView::OverviewView(DossierDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_text(new QTextBrowser)
{
    m_text->setObjectName(u"overviewText"_s);
    // A dossier is not trusted content: nothing in it is followed.
    m_text->setOpenLinks(false);
    m_text->setOpenExternalLinks(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    setDocument(document);
}

DossierDocument* OverviewView::document() const
{
    return m_document.data();
}

void OverviewView::setDocument(DossierDocument* document)
{
    if (m_document.data() == document)
        return;
    if (DossierDocument* old = m_document.data())
        disconnect(old, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        // Any change can move a date, a count or a signal.
        connect(document, &DossierDocument::requirementAdded, this, &OverviewView::markStale);
        connect(document, &DossierDocument::requirementRemoved, this, &OverviewView::markStale);
        connect(document, &DossierDocument::requirementChanged, this, &OverviewView::markStale);
        connect(document, &DossierDocument::sourceAdded, this, &OverviewView::markStale);
        connect(document, &DossierDocument::sourceRemoved, this, &OverviewView::markStale);
        connect(document, &DossierDocument::sourceChanged, this, &OverviewView::markStale);
        connect(document, &DossierDocument::reset, this, &OverviewView::markStale);
        connect(document, &QObject::destroyed, this, &OverviewView::markStale);
    }
    markStale();
}

void OverviewView::markStale()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

void OverviewView::changeEvent(QEvent* event)
{
    // Signal messages and labels are translated when the analysis is made: make it again.
    if (event->type() == QEvent::LanguageChange && m_document)
        m_document->forgetAnalysis();
    if (event->type() == QEvent::LanguageChange)
        markStale();
    QWidget::changeEvent(event);
}

void OverviewView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void OverviewView::refresh()
{
    // The analysis reads the bids: a hidden overview waits until it is shown.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    if (m_document.isNull()) {
        m_text->setPlainText(tr("No dossier is open."));
        return;
    }
    const int scroll = m_text->verticalScrollBar()->value();
    QString page;
    {
        const WaitCursor wait;
        const std::optional<Analysis>& analysis = m_document->analysis();
        page = html(m_document->dossier(), analysis, m_document->analysisError());
    }
    m_text->setHtml(page);
    m_text->verticalScrollBar()->setValue(scroll);
}

QString OverviewView::html(const Dossier& d, const std::optional<Analysis>& analysis, const QString& analysisError)
{
    const QLocale locale;
    const QString notStated = tr("not stated");
    QString h;

    // --- Who, what ---
    h += paragraph(d.info.title, u"h1"_s);
    if (d.info.isIllustrative())
        h += u"<p><b>"_s + tr("Illustrative dossier: not a real case").toHtmlEscaped() + u"</b></p>"_s;
    if (d.info.summary && !d.info.summary->trimmed().isEmpty())
        h += paragraph(*d.info.summary);
    h += s_tableOpen;
    h += factRow(tr("Applicant"), d.info.applicant.value_or(notStated));
    h += factRow(tr("Authority"), d.info.authority.value_or(notStated));
    h += factRow(tr("Procedure"), Labels::of(d.info.procedureOrDefault()));
    h += factRow(tr("Sensitivity"), Labels::of(d.info.sensitivityOrDefault()));
    h += u"</table>"_s;

    // --- Key dates: opening, deadline, extensions, decision, publication ---
    h += paragraph(tr("Key dates"), u"h2"_s);
    QString dates;
    for (const Event& e : d.events) {
        if (e.kind == EventKind::ConsultationOpened && e.at.isValid()) {
            dates += factRow(tr("Consultation opened"), longDate(e.at.day()));
            break;
        }
    }
    for (const Event& e : d.events) {
        if (e.kind == EventKind::BidDeadline && e.at.isValid()) {
            dates += factRow(tr("Bid deadline"), longDate(e.at.day()));
            break;
        }
    }
    for (const Event& e : d.events) {
        if (e.kind == EventKind::DeadlineExtended && e.newDeadline && e.newDeadline->isValid()) {
            dates += factRow(tr("Deadline extended (announced %1)").arg(longDate(e.at.day())),
                             longDate(e.newDeadline->day()));
        }
    }
    const bool decided = d.decision && d.decision->decidedAt && d.decision->decidedAt->isValid();
    dates += factRow(tr("Decision"), decided ? longDate(d.decision->decidedAt->day()) : tr("not recorded"));
    if (d.decision && d.decision->publishedAt && d.decision->publishedAt->isValid())
        dates += factRow(tr("Decision published"), longDate(d.decision->publishedAt->day()));
    h += s_tableOpen + dates + u"</table>"_s;

    // --- What the dossier holds (bids are only loaded for the analysis) ---
    int revisions = 0;
    for (const Requirement& r : d.requirements)
        revisions += int(r.revisions.size());
    h += paragraph(tr("Contents"), u"h2"_s);
    h += s_tableOpen;
    h += factRow(tr("Requirements"), locale.toString(d.requirements.size()));
    h += factRow(tr("Requirement revisions"), locale.toString(revisions));
    h += factRow(tr("Sources"), locale.toString(d.sources.size()));
    h += factRow(tr("Events"), locale.toString(d.events.size()));
    h += factRow(tr("Vendors"), locale.toString(d.vendors.size()));
    h += u"</table>"_s;

    // --- The review: decision, assessment, claims ---
    h += paragraph(tr("Review"), u"h2"_s);
    h += s_tableOpen;
    if (d.decision) {
        QString outcome = Labels::of(d.decision->outcomeOrDefault());
        if (d.decision->selectedVendor) {
            const Vendor* v = d.vendor(*d.decision->selectedVendor);
            outcome = tr("%1, %2").arg(outcome, v ? v->name : *d.decision->selectedVendor);
        }
        h += factRow(tr("Decision"), outcome);
    } else {
        h += factRow(tr("Decision"), tr("none recorded"));
    }
    h += factRow(tr("Assessment"),
                 d.assessment.isEmpty() ? tr("no criteria yet")
                                        : tr("%n criterion(s): %1", nullptr, int(d.assessment.size()))
                                              .arg(AssessmentView::statusCounts(d.assessment)));
    const int claims = d.decision ? int(d.decision->claims.size()) : 0;
    QString claimsText = tr("%n claim(s)", nullptr, claims);
    if (analysis && claims > 0) {
        const auto contradicted = std::count_if(analysis->fired.cbegin(), analysis->fired.cend(), [](const Signal& s) {
            return s.code == u"CLAIM_CONTRADICTED"_s;
        });
        claimsText += u", "_s + tr("%n contradicted by the evidence", nullptr, int(contradicted));
    }
    h += factRow(tr("Claims of the decision"), claimsText);
    h += u"</table>"_s;

    // --- Signals: the index never without its breakdown ---
    h += paragraph(tr("Signals"), u"h2"_s);
    if (!analysis) {
        h += paragraph(tr("The signal analysis is not available: %1").arg(analysisError));
        return h;
    }
    const Analysis& a = *analysis;
    int evaluated = 0;
    for (const Coverage& c : a.coverage)
        evaluated += c.evaluated ? 1 : 0;
    if (a.biasIndexTenths) {
        h += u"<p><b>"_s +
             tr("Bias index: %1 / 100").arg(locale.toString(*a.biasIndexTenths / 10.0, 'f', 1)).toHtmlEscaped() +
             u"</b></p>"_s;
    } else {
        h += u"<p><b>"_s + tr("Bias index: not computed, no signal could be evaluated").toHtmlEscaped() + u"</b></p>"_s;
    }
    h += paragraph(tr("%1; %2").arg(tr("%n signal(s) fired", nullptr, int(a.fired.size())),
                                    tr("%1 of %2 signal codes evaluated.")
                                        .arg(locale.toString(evaluated), locale.toString(int(a.coverage.size())))));

    int firedWeight = 0;
    int evaluatedWeight = 0;
    QString components;
    for (const IndexComponent& c : a.breakdown) {
        if (!c.evaluated)
            continue;
        evaluatedWeight += c.weight;
        if (!c.fired)
            continue;
        firedWeight += c.weight;
        components += dataRow({c.code,
                               SignalCatalogue::title(c.code),
                               SignalCatalogue::severityLabel(c.severity),
                               locale.toString(c.weight)});
    }
    h += paragraph(tr("Breakdown"), u"h3"_s);
    if (components.isEmpty()) {
        h += paragraph(tr("No evaluated signal fired."));
    } else {
        h += s_gridOpen + headerRow({tr("Code"), tr("Signal"), tr("Severity"), tr("Weight")}) + components +
             u"</table>"_s;
    }
    if (evaluatedWeight > 0) {
        h += paragraph(tr("Weight of the codes that fired: %1 out of %2 for the codes evaluated "
                          "(high 3, medium 2, low 1).")
                           .arg(locale.toString(firedWeight), locale.toString(evaluatedWeight)));
    }

    QList<const Signal*> strongest;
    for (Severity severity : {Severity::High, Severity::Medium, Severity::Low}) {
        for (const Signal& s : a.fired) { // catalogue order within a severity
            if (s.severity == severity && strongest.size() < StrongestShown)
                strongest << &s;
        }
    }
    h += paragraph(tr("Strongest signals"), u"h3"_s);
    if (strongest.isEmpty()) {
        h += paragraph(tr("No signal fired."));
        return h;
    }
    h += s_gridOpen + headerRow({tr("Severity"), tr("Code"), tr("Subject"), tr("Date"), tr("Message")});
    for (const Signal* s : strongest) {
        const QString subject = s->subjectId.isEmpty()
                                    ? AnalysisFormat::subjectKindLabel(s->subjectKind)
                                    : tr("%1 %2").arg(AnalysisFormat::subjectKindLabel(s->subjectKind), s->subjectId);
        h += dataRow({SignalCatalogue::severityLabel(s->severity),
                      s->code,
                      subject,
                      s->at.isValid() ? longDate(s->at) : tr("undated"),
                      s->message});
    }
    h += u"</table>"_s;
    if (const qsizetype more = a.fired.size() - strongest.size(); more > 0)
        h += paragraph(tr("%n more signal(s) not shown here.", nullptr, int(more)));
    return h;
}

} // namespace hostreview
