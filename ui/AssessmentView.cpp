// SPDX-License-Identifier: EUPL-1.2
#include "AssessmentView.h"

#include "DossierDocument.h"
#include "Messages.h"
#include "ModelSupport.h"
#include "ReviewDialogs.h"
#include "ReviewModels.h"
#include "format/AssessmentTemplate.h"
#include "storage/ReviewFile.h"
#include "support/Language.h"
#include "text/Labels.h"

#include <QEvent>
#include <QFileDialog>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hostreview {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

// "Label: value" rows of a detail page.
QString row(const QString& label, const QString& valueHtml)
{
    return u"<tr><th align=\"left\" valign=\"top\">"_s + esc(label) + u"</th><td style=\"padding-left: 8px\">"_s +
           valueHtml + u"</td></tr>"_s;
}

QString sourceText(const Dossier& d, const std::optional<QString>& id)
{
    if (!id)
        return QString();
    const Source* s = d.source(*id);
    return s ? *id + u" — "_s + s->title : *id;
}

// A status as a coloured badge that also says it in words.
QString statusBadge(AssessmentStatus status)
{
    const QColor c = CriterionTableModel::statusColor(status);
    const QString style = c.isValid() ? u"background-color: %1; color: black;"_s.arg(c.name()) : QString();
    return u"<span style=\""_s + style + u"\">&nbsp;"_s + esc(Labels::of(status)) + u"&nbsp;</span>"_s;
}

void setUpTable(QTableView* table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->setSortingEnabled(true);
}

} // namespace

AssessmentView::AssessmentView(QWidget* parent)
    : QWidget(parent)
    , m_template(AssessmentTemplate::builtIn())
    , m_tabs(new QTabWidget)
    , m_summary(new QLabel)
    , m_criteriaModel(new CriterionTableModel(nullptr, this))
    , m_criteriaProxy(new QSortFilterProxyModel(this))
    , m_criteria(new QTableView)
    , m_criterionDetail(new QTextBrowser)
    , m_applyBuiltIn(new QPushButton)
    , m_loadTemplate(new QPushButton)
    , m_assess(new QPushButton)
    , m_decisionTitle(new QLabel)
    , m_decision(new QTextBrowser)
    , m_editDecision(new QPushButton)
    , m_claimsTitle(new QLabel)
    , m_claimsModel(new ClaimTableModel(this))
    , m_claims(new QTableView)
    , m_claimDetail(new QTextBrowser)
    , m_addClaim(new QPushButton)
    , m_removeClaim(new QPushButton)
{
    m_tabs->setObjectName(u"assessmentTabs"_s);
    m_summary->setObjectName(u"assessmentSummary"_s);
    m_criteria->setObjectName(u"criteriaTable"_s);
    m_criterionDetail->setObjectName(u"criterionDetail"_s);
    m_applyBuiltIn->setObjectName(u"applyBuiltInTemplate"_s);
    m_loadTemplate->setObjectName(u"loadTemplate"_s);
    m_assess->setObjectName(u"assessCriterion"_s);
    m_decision->setObjectName(u"decisionText"_s);
    m_editDecision->setObjectName(u"editDecision"_s);
    m_claims->setObjectName(u"claimsTable"_s);
    m_claimDetail->setObjectName(u"claimDetail"_s);
    m_addClaim->setObjectName(u"addClaim"_s);
    m_removeClaim->setObjectName(u"removeClaim"_s);
    for (QTextBrowser* b : {m_criterionDetail, m_decision, m_claimDetail}) {
        b->setOpenLinks(false);
        b->setOpenExternalLinks(false);
    }
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_criteriaProxy->setSourceModel(m_criteriaModel);
    m_criteriaProxy->setSortRole(CriterionTableModel::SortRole);
    m_criteriaProxy->setSortLocaleAware(true);
    m_criteria->setModel(m_criteriaProxy);
    setUpTable(m_criteria);
    m_criteria->sortByColumn(CriterionTableModel::Id, Qt::AscendingOrder);
    m_claims->setModel(m_claimsModel);
    setUpTable(m_claims);
    m_claims->setSortingEnabled(false); // the decision's order
    {
        const QFontMetrics fm(font());
        QHeaderView* h = m_criteria->horizontalHeader();
        h->resizeSection(CriterionTableModel::Id, fm.horizontalAdvance(u"Criterion"_s) + 24);
        h->resizeSection(CriterionTableModel::Kind, fm.horizontalAdvance(u"Reversibility"_s) + 16);
        h->resizeSection(CriterionTableModel::Title, fm.horizontalAdvance(u"M"_s) * 22);
        h->resizeSection(CriterionTableModel::Status, fm.horizontalAdvance(u"Non évalué"_s) + 24);
        h->resizeSection(CriterionTableModel::Source, fm.horizontalAdvance(u"S-CNIL-DELIB"_s) + 16);
        h->setSectionResizeMode(CriterionTableModel::Comment, QHeaderView::Stretch);
        QHeaderView* c = m_claims->horizontalHeader();
        c->setSectionResizeMode(ClaimTableModel::Text, QHeaderView::Stretch);
    }

    // Assessment tab.
    auto* assessment = new QWidget;
    {
        auto* split = new QSplitter(Qt::Horizontal);
        split->addWidget(m_criteria);
        split->addWidget(m_criterionDetail);
        split->setStretchFactor(0, 3);
        split->setStretchFactor(1, 2);
        split->setSizes({760, 380});
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(m_assess);
        buttons->addStretch(1);
        buttons->addWidget(m_applyBuiltIn);
        buttons->addWidget(m_loadTemplate);
        auto* layout = new QVBoxLayout(assessment);
        layout->addWidget(m_summary);
        layout->addWidget(split, 1);
        layout->addLayout(buttons);
    }
    // Decision and claims tab.
    auto* decision = new QWidget;
    {
        auto* top = new QWidget;
        auto* topLayout = new QVBoxLayout(top);
        topLayout->setContentsMargins(0, 0, 0, 0);
        auto* head = new QHBoxLayout;
        head->addWidget(m_decisionTitle, 1);
        head->addWidget(m_editDecision);
        topLayout->addLayout(head);
        topLayout->addWidget(m_decision, 1);

        auto* bottom = new QWidget;
        auto* bottomLayout = new QVBoxLayout(bottom);
        bottomLayout->setContentsMargins(0, 0, 0, 0);
        auto* claimHead = new QHBoxLayout;
        claimHead->addWidget(m_claimsTitle, 1);
        claimHead->addWidget(m_addClaim);
        claimHead->addWidget(m_removeClaim);
        bottomLayout->addLayout(claimHead);
        bottomLayout->addWidget(m_claims, 1);

        auto* split = new QSplitter(Qt::Vertical);
        split->addWidget(top);
        split->addWidget(bottom);
        split->addWidget(m_claimDetail);
        split->setSizes({260, 170, 330});
        auto* layout = new QVBoxLayout(decision);
        layout->addWidget(split);
    }
    m_tabs->addTab(assessment, QString());
    m_tabs->addTab(decision, QString());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    connect(m_criteria->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &AssessmentView::updateCriterionDetail);
    connect(m_criteriaProxy, &QAbstractItemModel::modelReset, this, [this] {
        updateSummary();
        updateCriterionDetail();
    });
    connect(m_criteria, &QAbstractItemView::doubleClicked, this, &AssessmentView::assessSelected);
    connect(
        m_claims->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AssessmentView::updateClaimDetail);
    connect(m_claimsModel, &QAbstractItemModel::modelReset, this, [this] {
        // A few claims: fit the short columns to their texts (and headers) in any language.
        for (int c : {ClaimTableModel::Id, ClaimTableModel::Kind, ClaimTableModel::Source, ClaimTableModel::Verdict})
            m_claims->resizeColumnToContents(c);
        updateClaimDetail();
    });
    connect(m_assess, &QPushButton::clicked, this, &AssessmentView::assessSelected);
    connect(m_applyBuiltIn, &QPushButton::clicked, this, [this] { applyTemplate(AssessmentTemplate::builtIn()); });
    connect(m_loadTemplate, &QPushButton::clicked, this, &AssessmentView::loadTemplate);
    connect(m_editDecision, &QPushButton::clicked, this, &AssessmentView::editDecision);
    connect(m_addClaim, &QPushButton::clicked, this, &AssessmentView::addClaim);
    connect(m_removeClaim, &QPushButton::clicked, this, &AssessmentView::removeSelectedClaim);

    retranslate();
}

void AssessmentView::setDocument(DossierDocument* document)
{
    if (m_document.data() == document)
        return;
    if (DossierDocument* old = m_document.data())
        disconnect(old, nullptr, this, nullptr);
    m_document = document;
    m_criteriaModel->setDocument(document);
    m_claimsModel->setDocument(nullptr);
    if (document) {
        connect(document, &DossierDocument::dossierChanged, this, &AssessmentView::claimsStale);
        connect(document, &DossierDocument::assessmentChanged, this, &AssessmentView::updateDecision);
        connect(document, &DossierDocument::reset, this, &AssessmentView::updateDecision);
    }
    m_claimsStale = true;
    if (isVisible()) {
        m_claimsModel->setDocument(document);
        m_claimsStale = false;
    }
    if (m_criteriaProxy->rowCount() > 0) {
        m_criteria->selectionModel()->setCurrentIndex(m_criteriaProxy->index(0, 0),
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    updateSummary();
    updateCriterionDetail();
    updateDecision();
    updateClaimDetail();
}

void AssessmentView::claimsStale()
{
    m_claimsStale = true;
    if (isVisible())
        refreshClaims();
}

void AssessmentView::refreshClaims()
{
    const QString selected = selectedClaimId();
    m_claimsModel->setDocument(m_document.data());
    m_claimsStale = false;
    if (!selected.isEmpty())
        selectClaim(selected);
}

void AssessmentView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_claimsStale)
        claimsStale();
}

void AssessmentView::retranslate()
{
    m_tabs->setTabText(0, tr("Assessment"));
    m_tabs->setTabText(1, tr("Decision and claims"));
    m_applyBuiltIn->setText(tr("Apply the built-in template"));
    m_applyBuiltIn->setToolTip(tr("Add the criteria for hosting health data that the dossier lacks"));
    m_loadTemplate->setText(tr("Load a template…"));
    m_loadTemplate->setToolTip(tr("Add the criteria of another template (a JSON file)"));
    m_assess->setText(tr("Assess…"));
    m_decisionTitle->setText(u"<b>"_s + esc(tr("Decision")) + u"</b>"_s);
    m_editDecision->setText(tr("Record a decision…"));
    m_claimsTitle->setText(u"<b>"_s + esc(tr("Claims the decision rests on, tested against the evidence")) + u"</b>"_s);
    m_addClaim->setText(tr("Add a claim…"));
    m_removeClaim->setText(tr("Remove the claim"));
    announceNewTexts(m_criteriaModel);
    // The verdicts' explanations come from an analysis in the previous language.
    if (m_document)
        m_document->forgetAnalysis();
    claimsStale();
    updateSummary();
    updateCriterionDetail();
    updateDecision();
    updateClaimDetail();
}

void AssessmentView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool AssessmentView::selectCriterion(const QString& id)
{
    const int r = m_criteriaModel->rowOf(id);
    if (r < 0)
        return false;
    const QModelIndex index = m_criteriaProxy->mapFromSource(m_criteriaModel->index(r, 0));
    m_criteria->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_criteria->scrollTo(index);
    return true;
}

bool AssessmentView::selectClaim(const QString& id)
{
    if (m_claimsStale)
        refreshClaims();
    const int r = m_claimsModel->rowOf(id);
    if (r < 0)
        return false;
    m_claims->selectionModel()->setCurrentIndex(m_claimsModel->index(r, 0),
                                                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

QString AssessmentView::selectedCriterionId() const
{
    const QModelIndexList rows = m_criteria->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(CriterionTableModel::CriterionIdRole).toString();
}

QString AssessmentView::selectedClaimId() const
{
    const QModelIndexList rows = m_claims->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ClaimTableModel::ClaimIdRole).toString();
}

QString AssessmentView::statusCounts(const QList<Criterion>& criteria)
{
    QMap<AssessmentStatus, int> counts;
    for (const Criterion& c : criteria)
        ++counts[c.statusOrDefault()];
    QStringList parts;
    const QLocale locale = Language::locale();
    for (AssessmentStatus s : {AssessmentStatus::Unacceptable,
                               AssessmentStatus::ToImprove,
                               AssessmentStatus::Acceptable,
                               AssessmentStatus::NotAssessed}) {
        if (counts.value(s) > 0)
            parts << tr("%1: %2").arg(Labels::of(s), locale.toString(counts.value(s)));
    }
    return parts.join(u", "_s);
}

void AssessmentView::updateSummary()
{
    if (!m_document) {
        m_summary->setText(tr("No dossier is open."));
        return;
    }
    const QList<Criterion>& criteria = m_document->dossier().assessment;
    if (criteria.isEmpty()) {
        m_summary->setText(tr("The dossier has no assessment criteria yet: apply the built-in template, or load one."));
        return;
    }
    m_summary->setText(tr("%n criterion(s): %1.", nullptr, int(criteria.size())).arg(statusCounts(criteria)));
}

void AssessmentView::updateCriterionDetail()
{
    const QString id = selectedCriterionId();
    const int r = m_criteriaModel->rowOf(id);
    const Criterion* c = m_criteriaModel->criterion(r);
    m_assess->setEnabled(c != nullptr);
    m_applyBuiltIn->setEnabled(!m_document.isNull());
    m_loadTemplate->setEnabled(!m_document.isNull());
    if (!m_document || !c) {
        m_criterionDetail->setPlainText(m_document ? tr("Select a criterion to see it in full.")
                                                   : tr("No dossier is open."));
        return;
    }
    const Dossier& d = m_document->dossier();
    const QString language = Language::current();
    QString html = u"<h3>"_s + esc(c->criterion + u" — "_s + AssessmentTemplate::titleOf(*c)) + u"</h3>"_s;
    html += u"<table cellspacing=\"2\">"_s;
    html += row(tr("Kind"), esc(Labels::of(c->kind.value_or(CriterionKind::Other))));
    html += row(tr("Status"), statusBadge(c->statusOrDefault()));
    html += row(tr("Source"), c->source ? esc(sourceText(d, c->source)) : u"<i>"_s + esc(tr("none")) + u"</i>"_s);
    html += u"</table>"_s;
    html += u"<h4>"_s + esc(tr("Comment")) + u"</h4>"_s;
    html += c->comment ? u"<p style=\"white-space: pre-wrap\">"_s + esc(*c->comment) + u"</p>"_s
                       : u"<p><i>"_s + esc(tr("No comment yet.")) + u"</i></p>"_s;
    if (const auto* item = m_template.item(c->criterion)) {
        if (!item->evidence.isEmpty()) {
            html +=
                u"<h4>"_s + esc(tr("What settles it")) + u"</h4><p>"_s + esc(item->evidence.in(language)) + u"</p>"_s;
        }
        if (!item->basis.isEmpty())
            html += u"<h4>"_s + esc(tr("Basis")) + u"</h4><p>"_s + esc(item->basis.in(language)) + u"</p>"_s;
    }
    auto history = m_document->file().assessmentHistory(d.info.id, c->criterion);
    if (history && history->size() > 1) {
        html += u"<h4>"_s + esc(tr("History")) + u"</h4><ul>"_s;
        for (const AssessmentRecord& h : *history) {
            const QDateTime at = QDateTime::fromString(h.at, Qt::ISODate);
            QString when = h.at.isEmpty() ? tr("as imported")
                                          : Language::locale().toString(at.toLocalTime(), QLocale::ShortFormat);
            QString line = esc(when) + u" — "_s + statusBadge(h.status);
            if (h.comment)
                line += u" "_s + esc(*h.comment);
            if (h.retracted)
                line = u"<s>"_s + line + u"</s> "_s + esc(tr("(undone)"));
            html += u"<li>"_s + line + u"</li>"_s;
        }
        html += u"</ul>"_s;
    }
    m_criterionDetail->setHtml(html);
}

void AssessmentView::updateDecision()
{
    m_editDecision->setEnabled(!m_document.isNull());
    m_addClaim->setEnabled(!m_document.isNull());
    if (!m_document) {
        m_decision->setPlainText(tr("No dossier is open."));
        return;
    }
    const Dossier& d = m_document->dossier();
    if (!d.decision) {
        m_decision->setHtml(u"<p><i>"_s + esc(tr("No decision is recorded.")) + u"</i></p>"_s);
        return;
    }
    const Decision& x = *d.decision;
    const QString notGiven = u"<i>"_s + esc(tr("not given")) + u"</i>"_s;
    QString html = u"<table cellspacing=\"2\">"_s;
    html += row(tr("Outcome"), u"<b>"_s + esc(Labels::of(x.outcomeOrDefault())) + u"</b>"_s);
    QString vendor = notGiven;
    if (x.selectedVendor) {
        const Vendor* v = d.vendor(*x.selectedVendor);
        vendor = esc(v ? v->name + u" (" + v->id + u')' : *x.selectedVendor);
    }
    html += row(tr("Selected vendor"), vendor);
    html += row(tr("Decided on"), x.decidedAt ? esc(Language::date(x.decidedAt->day())) : notGiven);
    html += row(tr("Published on"), x.publishedAt ? esc(Language::date(x.publishedAt->day())) : notGiven);
    html += row(tr("Duration"), x.durationMonths ? esc(tr("%n month(s)", nullptr, *x.durationMonths)) : notGiven);
    html += u"</table>"_s;
    html += u"<h4>"_s + esc(tr("Conditions")) + u"</h4>"_s;
    if (x.conditions && !x.conditions->isEmpty()) {
        html += u"<ol>"_s;
        for (const QString& c : *x.conditions)
            html += u"<li>"_s + esc(c) + u"</li>"_s;
        html += u"</ol>"_s;
    } else {
        html += u"<p><i>"_s + esc(tr("None.")) + u"</i></p>"_s;
    }
    html += u"<h4>"_s + esc(tr("Rationale")) + u"</h4>"_s;
    html += x.rationale ? u"<p style=\"white-space: pre-wrap\">"_s + esc(*x.rationale) + u"</p>"_s
                        : u"<p><i>"_s + esc(tr("None.")) + u"</i></p>"_s;
    m_decision->setHtml(html);
}

void AssessmentView::updateClaimDetail()
{
    const int r = m_claimsModel->rowOf(selectedClaimId());
    const ClaimCheck* check = m_claimsModel->check(r);
    m_removeClaim->setEnabled(check != nullptr);
    if (!m_document || !check) {
        m_claimDetail->setPlainText(!m_document                      ? tr("No dossier is open.")
                                    : m_claimsModel->rowCount() == 0 ? tr("The decision makes no claim.")
                                                                     : tr("Select a claim to see the evidence."));
        return;
    }
    const Dossier& d = m_document->dossier();
    QString html =
        u"<h3>"_s + esc(tr("Claim %1 (%2)").arg(check->claim.id, Labels::of(check->claim.kind))) + u"</h3>"_s;
    html += u"<blockquote>"_s + esc(tr("“%1”").arg(check->claim.text.value_or(QString()))) + u"</blockquote>"_s;
    if (check->claim.source)
        html += u"<p>"_s + esc(tr("Source: %1").arg(sourceText(d, check->claim.source))) + u"</p>"_s;
    const bool contradicted = check->verdict == ClaimCheck::Verdict::Contradicted;
    html += u"<p><b"_s + (contradicted ? u" style=\"color: #a40000\""_s : QString()) + u">"_s +
            esc(ClaimCheck::verdictLabel(check->verdict)) + u"</b></p><p>"_s + esc(check->explanation) + u"</p>"_s;
    const QList<ClaimTableModel::BidLine> bids = m_claimsModel->bidLines(r);
    if (!bids.isEmpty() && check->finalDeadline) {
        html += u"<h4>"_s + esc(tr("The bids at the final deadline (%1)").arg(Language::date(*check->finalDeadline))) +
                u"</h4><table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" style=\"border-collapse: collapse\">"_s;
        html += u"<tr><th>"_s + esc(tr("Bid")) + u"</th><th>"_s + esc(tr("Vendor")) + u"</th><th>"_s +
                esc(tr("Status")) + u"</th><th>"_s + esc(tr("Mandatory requirements met")) + u"</th></tr>"_s;
        const QLocale locale = Language::locale();
        for (const auto& b : bids) {
            const bool all = !b.withdrawn && b.mandatoryMet == b.mandatoryTotal;
            QString vendor = esc(b.vendor);
            if (b.selected)
                vendor += u" <i>"_s + esc(tr("(selected)")) + u"</i>"_s;
            html += u"<tr><td>"_s + esc(b.bid) + u"</td><td>"_s + vendor + u"</td><td>"_s + esc(b.status) +
                    u"</td><td"_s + (all ? u" style=\"background-color: #d8efd3; color: black\""_s : QString()) +
                    u">"_s +
                    esc(b.withdrawn
                            ? tr("withdrawn: not counted")
                            : tr("%1 of %2").arg(locale.toString(b.mandatoryMet), locale.toString(b.mandatoryTotal))) +
                    u"</td></tr>"_s;
        }
        html += u"</table>"_s;
    }
    m_claimDetail->setHtml(html);
}

void AssessmentView::applyTemplate(const AssessmentTemplate& assessmentTemplate)
{
    if (!m_document)
        return;
    if (Status st = m_document->applyTemplate(assessmentTemplate); !st) {
        Messages::error(this, tr("Cannot apply the template"), st.error().toString());
        return;
    }
    // Its guidance now shows beside the criteria it added.
    m_template = assessmentTemplate;
    updateCriterionDetail();
}

void AssessmentView::loadTemplate()
{
    if (!m_document)
        return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Load an assessment template"), QString(), tr("Templates (*.json)"));
    if (path.isEmpty())
        return;
    auto t = AssessmentTemplate::readFile(path);
    if (!t) {
        Messages::error(this, tr("Cannot read the template"), t.error().toString());
        return;
    }
    applyTemplate(*t);
}

void AssessmentView::assessSelected()
{
    const Criterion* c = m_criteriaModel->criterion(m_criteriaModel->rowOf(selectedCriterionId()));
    if (!m_document || !c)
        return;
    const QPointer<DossierDocument> doc = m_document;
    auto* dialog = new AssessDialog(doc->dossier(), *c, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, doc, dialog] {
        const Criterion assessment = dialog->assessment();
        if (doc.isNull())
            return;
        if (Status st = doc->assessCriterion(assessment); !st) {
            Messages::error(this, tr("Cannot record the assessment"), st.error().toString());
            return;
        }
        selectCriterion(assessment.criterion);
    });
    dialog->open();
}

void AssessmentView::editDecision()
{
    if (!m_document)
        return;
    const QPointer<DossierDocument> doc = m_document;
    auto* dialog = new DecisionDialog(doc->dossier(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, doc, dialog] {
        const Decision decision = dialog->decision();
        if (doc.isNull())
            return;
        // An authorisation against the assessment as it stands is recorded only when confirmed.
        bool despite = false;
        const Outcome outcome = decision.outcomeOrDefault();
        if (outcome == Outcome::Authorized || outcome == Outcome::AuthorizedWithConditions) {
            const QStringList unacceptable = criteriaWith(doc->dossier().assessment, AssessmentStatus::Unacceptable);
            const QStringList unassessed = criteriaWith(doc->dossier().assessment, AssessmentStatus::NotAssessed);
            if (!unacceptable.isEmpty() || !unassessed.isEmpty()) {
                const QString none = tr("none");
                if (!Messages::question(
                        this,
                        tr("Authorise despite the assessment?"),
                        tr("Criteria stand against an authorisation.\n\nUnacceptable: %1\nNot assessed: %2\n\n"
                           "Record the authorisation all the same? The audit trail will name these criteria.")
                            .arg(unacceptable.isEmpty() ? none : unacceptable.join(u", "_s),
                                 unassessed.isEmpty() ? none : unassessed.join(u", "_s))))
                    return;
                despite = true;
            }
        }
        if (Status st = doc->recordDecision(decision, despite); !st)
            Messages::error(this, tr("Cannot record the decision"), st.error().toString());
    });
    dialog->open();
}

void AssessmentView::addClaim()
{
    if (!m_document)
        return;
    const QPointer<DossierDocument> doc = m_document;
    auto* dialog = new ClaimDialog(doc->dossier(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, doc, dialog] {
        const Claim claim = dialog->claim();
        if (doc.isNull())
            return;
        if (Status st = doc->addClaim(claim); !st) {
            Messages::error(this, tr("Cannot add the claim"), st.error().toString());
            return;
        }
        selectClaim(claim.id);
    });
    dialog->open();
}

void AssessmentView::removeSelectedClaim()
{
    const QString id = selectedClaimId();
    if (!m_document || id.isEmpty())
        return;
    if (!Messages::question(this,
                            tr("Remove the claim"),
                            tr("Remove claim %1 from the decision? It stays in the file's audit trail, and Undo "
                               "brings it back.")
                                .arg(id)))
        return;
    if (Status st = m_document->removeClaim(id); !st)
        Messages::error(this, tr("Cannot remove the claim"), st.error().toString());
}

} // namespace hostreview
