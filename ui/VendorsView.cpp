// SPDX-License-Identifier: EUPL-1.2
#include "VendorsView.h"

#include "BidDialog.h"
#include "ComplianceMatrixModel.h"
#include "DossierDocument.h"
#include "Messages.h"
#include "VendorDialog.h"
#include "analysis/WordDiff.h"
#include "format/AnalysisProfile.h"
#include "support/SafeFile.h"
#include "text/Labels.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hostreview {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString longDay(QDate d)
{
    return QLocale().toString(d, QLocale::LongFormat);
}

const RequirementRevision* revisionNumbered(const Requirement& r, int rev)
{
    for (const RequirementRevision& v : r.revisions) {
        if (v.rev == rev)
            return &v;
    }
    return nullptr;
}

// The diff from the revision a vendor answered to the one in force, as HTML.
QString changeSince(const Requirement& r, int answeredRev, const RequirementRevision& inForce)
{
    const RequirementRevision* answered = revisionNumbered(r, answeredRev);
    if (!answered)
        return {};
    return diffHtml(wordDiff(answered->text.value_or(QString()), inForce.text.value_or(QString())));
}

} // namespace

VendorsView::VendorsView(QWidget* parent)
    : QWidget(parent)
    , m_dayLabel(new QLabel)
    , m_slider(new QSlider(Qt::Horizontal))
    , m_dayText(new QLabel)
    , m_tabs(new QTabWidget)
    , m_vendors(new QTableWidget)
    , m_matrix(new QTableView)
    , m_matrixModel(new ComplianceMatrixModel(this))
    , m_cell(new QTextBrowser)
    , m_scores(new QTableView)
    , m_scoreModel(new ScoreTableModel(this))
    , m_scoreProxy(new QSortFilterProxyModel(this))
    , m_perspectiveLabel(new QLabel)
    , m_perspectiveVendor(new QComboBox)
    , m_exportCsv(new QPushButton)
    , m_perspective(new QTextBrowser)
    , m_addVendor(new QPushButton)
    , m_addBid(new QPushButton)
    , m_recordAnswer(new QPushButton)
{
    m_addVendor->setObjectName(u"addVendor"_s);
    m_addBid->setObjectName(u"addBid"_s);
    m_recordAnswer->setObjectName(u"recordAnswer"_s);
    m_slider->setObjectName(u"matrixDay"_s);
    m_dayText->setObjectName(u"matrixDayText"_s);
    m_tabs->setObjectName(u"vendorTabs"_s);
    m_vendors->setObjectName(u"vendorsTable"_s);
    m_matrix->setObjectName(u"matrixTable"_s);
    m_cell->setObjectName(u"cellDetail"_s);
    m_scores->setObjectName(u"scoresTable"_s);
    m_perspectiveVendor->setObjectName(u"perspectiveVendor"_s);
    m_exportCsv->setObjectName(u"exportCsv"_s);
    m_perspective->setObjectName(u"perspectiveText"_s);
    for (QTextBrowser* b : {m_cell, m_perspective})
        b->setOpenLinks(false);

    auto* top = new QHBoxLayout;
    top->addWidget(m_dayLabel);
    top->addWidget(m_slider, 1);
    auto* edits = new QHBoxLayout;
    edits->addStretch(1);
    edits->addWidget(m_addVendor);
    edits->addWidget(m_addBid);
    edits->addWidget(m_recordAnswer);
    m_slider->setPageStep(7);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setTickInterval(7);

    m_vendors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_vendors->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_vendors->verticalHeader()->hide();
    m_vendors->setWordWrap(true);

    m_matrix->setModel(m_matrixModel);
    m_matrix->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // A vendor's name wider than its column wraps instead of being cut on both sides.
    m_matrix->horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    m_matrix->horizontalHeader()->setMinimumHeight(2 * m_matrix->fontMetrics().lineSpacing() + 8); // two lines
    m_matrix->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_scoreProxy->setSourceModel(m_scoreModel);
    m_scoreProxy->setSortRole(Qt::UserRole);
    m_scores->setModel(m_scoreProxy);
    m_scores->setSortingEnabled(true);
    m_scores->sortByColumn(ScoreTableModel::Score, Qt::DescendingOrder);
    m_scores->verticalHeader()->hide();
    m_scores->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_scores->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_scores->horizontalHeader()->setStretchLastSection(true);

    auto* side = new QSplitter(Qt::Vertical);
    side->addWidget(m_cell);
    side->addWidget(m_scores);
    auto* matrixPage = new QSplitter(Qt::Horizontal);
    matrixPage->addWidget(m_matrix);
    matrixPage->addWidget(side);
    matrixPage->setStretchFactor(0, 3);
    matrixPage->setStretchFactor(1, 2);
    matrixPage->setSizes({700, 420});

    auto* perspectivePage = new QWidget;
    auto* pl = new QVBoxLayout(perspectivePage);
    auto* pTop = new QHBoxLayout;
    pTop->addWidget(m_perspectiveLabel);
    pTop->addWidget(m_perspectiveVendor, 1);
    pTop->addWidget(m_exportCsv);
    pl->addLayout(pTop);
    pl->addWidget(m_perspective, 1);

    m_tabs->addTab(matrixPage, QString());
    m_tabs->addTab(perspectivePage, QString());
    m_tabs->addTab(m_vendors, QString());
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_dayText);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(edits);
    connect(m_addVendor, &QPushButton::clicked, this, &VendorsView::addVendor);
    connect(m_addBid, &QPushButton::clicked, this, &VendorsView::addBid);
    connect(m_recordAnswer, &QPushButton::clicked, this, &VendorsView::recordAnswer);

    connect(m_slider, &QSlider::valueChanged, this, [this](int v) {
        if (m_first.isValid())
            emit dayChanged(setDay(m_first.addDays(v)));
    });
    connect(m_matrix->selectionModel(), &QItemSelectionModel::currentChanged, this, &VendorsView::showCell);
    connect(m_perspectiveVendor, &QComboBox::currentIndexChanged, this, &VendorsView::showPerspective);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] {
        const QString vendor = m_perspectiveVendor->currentData().toString();
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export answers"), vendor + u"-answers.csv"_s, tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    retranslate();
}

VendorsView::~VendorsView() = default;

void VendorsView::retranslate()
{
    m_dayLabel->setText(tr("As of:"));
    m_tabs->setTabText(0, tr("Compliance matrix"));
    m_tabs->setTabText(1, tr("Vendor's perspective"));
    m_tabs->setTabText(2, tr("Vendors"));
    m_perspectiveLabel->setText(tr("I am vendor:"));
    m_exportCsv->setText(tr("Export my answers (CSV)…"));
    m_slider->setToolTip(tr("Replay the matrix day by day, from the opening to the decision"));
    m_addVendor->setText(tr("Add vendor…"));
    m_addBid->setText(tr("Add bid…"));
    m_recordAnswer->setText(tr("Record answer…"));
    m_recordAnswer->setToolTip(tr("Record an answer of a bid to a requirement (the selected cell's, by default)"));
    if (m_document && !m_stale) {
        fillVendors();
        refreshDay();
    }
}

void VendorsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void VendorsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        rebuild();
}

void VendorsView::setDocument(DossierDocument* document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_day = QDate();
    if (document) {
        connect(document, &DossierDocument::dossierChanged, this, [this] {
            m_stale = true;
            if (isVisible()) {
                rebuild();
                return;
            }
            // The matrix points into the bids that are going: keep only what to select again.
            const QModelIndex current = m_matrix->currentIndex();
            m_selectedRequirement = current.data(ComplianceMatrixModel::RequirementIdRole).toString();
            m_selectedVendor = current.data(ComplianceMatrixModel::VendorIdRole).toString();
            m_matrixModel->clear();
            m_scoreModel->setScores({});
        });
    }
    m_stale = true;
    if (isVisible() || !document)
        rebuild();
}

void VendorsView::rebuild()
{
    m_stale = false;
    const QSignalBlocker blockSlider(m_slider);
    const QSignalBlocker blockVendor(m_perspectiveVendor);
    const QString vendor = m_perspectiveVendor->currentData().toString();
    m_perspectiveVendor->clear();
    const DossierQueries* q = m_document ? m_document->queries() : nullptr;
    if (!q) {
        m_matrixModel->clear();
        m_scoreModel->setScores({});
        m_vendors->clear();
        m_vendors->setRowCount(0);
        m_cell->clear();
        m_perspective->clear();
        if (m_document)
            Messages::error(this, tr("Cannot read the bids"), m_document->fullError());
        return;
    }
    const Dossier& d = q->dossier();
    // From the opening to the decision (or to the final deadline, or to the last change).
    QDate last;
    for (const Requirement& r : d.requirements) {
        for (const RequirementRevision& v : r.revisions)
            last = std::max(last, v.effectiveAt.day());
    }
    for (const Bid& b : d.bids) {
        last = std::max(last, b.submittedAt.day());
        for (const Response& r : b.responses)
            last = std::max(last, b.answeredAt(r).day());
    }
    if (auto end = q->finalDeadline())
        last = std::max(last, *end);
    if (d.decision && d.decision->decidedAt)
        last = std::max(last, d.decision->decidedAt->day());
    m_first = q->opening() ? q->opening()->at.day() : QDate();
    if (!m_first.isValid()) {
        for (const Requirement& r : d.requirements) {
            if (!r.revisions.isEmpty() && (!m_first.isValid() || r.revisions.front().effectiveAt.day() < m_first))
                m_first = r.revisions.front().effectiveAt.day();
        }
    }
    if (!last.isValid())
        last = QDate::currentDate();
    if (!m_first.isValid() || m_first > last)
        m_first = last;
    m_last = last;
    m_slider->setRange(0, int(m_first.daysTo(m_last)));
    for (const Vendor& v : d.vendors)
        m_perspectiveVendor->addItem(v.name, v.id);
    m_perspectiveVendor->setCurrentIndex(std::max(0, m_perspectiveVendor->findData(vendor)));
    fillVendors();
    const QDate wanted = m_day.isValid() ? m_day : q->finalDeadline().value_or(m_last);
    m_day = QDate(); // force the refresh
    setDay(wanted);
}

QDate VendorsView::setDay(QDate day)
{
    if (!m_first.isValid())
        return {};
    day = std::clamp(day, m_first, m_last);
    if (day == m_day)
        return day;
    m_day = day;
    {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(int(m_first.daysTo(day)));
    }
    refreshDay();
    return day;
}

void VendorsView::refreshDay()
{
    const DossierQueries* q = m_document ? m_document->queries() : nullptr;
    if (!q)
        return;
    const QModelIndex current = m_matrix->currentIndex();
    const QString reqId =
        current.isValid() ? current.data(ComplianceMatrixModel::RequirementIdRole).toString() : m_selectedRequirement;
    const QString vendorId =
        current.isValid() ? current.data(ComplianceMatrixModel::VendorIdRole).toString() : m_selectedVendor;
    ComplianceMatrix matrix = ComplianceMatrix::compute(*q, m_day);
    m_scoreModel->setScores(matrix.scores());
    m_matrixModel->setMatrix(std::move(matrix));
    m_selectedRequirement.clear();
    m_selectedVendor.clear();
    const std::optional<QDate> deadline = q->announcedDeadlineAt(m_day);
    QString text = longDay(m_day);
    if (deadline) {
        const qint64 left = m_day.daysTo(*deadline);
        text += u" — "_s + (left >= 0 ? tr("deadline %1, %n day(s) left", nullptr, int(left)).arg(longDay(*deadline))
                                      : tr("deadline %1 passed").arg(longDay(*deadline)));
    }
    m_dayText->setText(text);
    if (!reqId.isEmpty())
        selectCell(reqId, vendorId);
    showCell();
    showPerspective();
}

void VendorsView::fillVendors()
{
    const DossierQueries* q = m_document ? m_document->queries() : nullptr;
    m_vendors->clear();
    const QStringList headers{tr("Id"),
                              tr("Name"),
                              tr("Country"),
                              tr("Parent"),
                              tr("Parent's country"),
                              tr("Certifications"),
                              tr("Reached by"),
                              tr("Bids")};
    m_vendors->setColumnCount(int(headers.size()));
    m_vendors->setHorizontalHeaderLabels(headers);
    if (!q)
        return;
    const Dossier& d = q->dossier();
    AnalysisProfile profile = AnalysisProfile::defaults();
    if (auto p = AnalysisProfile::forDossier(d, QString()))
        profile = *p;
    m_vendors->setRowCount(int(d.vendors.size()));
    for (int i = 0; i < d.vendors.size(); ++i) {
        const Vendor& v = d.vendors[i];
        QStringList certs;
        for (const Certification& c : v.certifications) {
            QString line = c.scheme;
            if (c.validUntil)
                line += u' ' + tr("until %1").arg(QLocale().toString(c.validUntil->day(), QLocale::ShortFormat));
            certs << line;
        }
        QStringList bids;
        for (const Bid& b : d.bids) {
            if (b.vendor == v.id) {
                QString status = Labels::of(b.statusOrDefault());
                if (b.statusAt)
                    status = tr("%1 on %2").arg(status, QLocale().toString(b.statusAt->day(), QLocale::ShortFormat));
                bids << tr("%1 (%2, %3)")
                            .arg(b.id, status, QLocale().toString(b.submittedAt.day(), QLocale::ShortFormat));
            }
        }
        const QStringList laws = exposedLaws(v, profile.exposedJurisdictions);
        const QStringList cells{v.id,
                                v.name,
                                v.country.value_or(QString()),
                                v.parent.value_or(QString()),
                                v.parentCountry.value_or(QString()),
                                certs.join(u'\n'),
                                laws.isEmpty() ? tr("none in the profile") : laws.join(u", "_s),
                                bids.isEmpty() ? tr("no bid") : bids.join(u'\n')};
        for (int c = 0; c < cells.size(); ++c)
            m_vendors->setItem(i, c, new QTableWidgetItem(cells[c]));
        if (!laws.isEmpty())
            m_vendors->item(i, 6)->setBackground(QColor(0xf8, 0xd0, 0xd0));
    }
    m_vendors->resizeColumnsToContents();
    m_vendors->resizeRowsToContents();
}

void VendorsView::selectCell(const QString& requirementId, const QString& vendorId)
{
    const ComplianceMatrix& m = m_matrixModel->matrix();
    for (int r = 0; r < m.rows().size(); ++r) {
        if (m.rows()[r].requirement->id != requirementId)
            continue;
        for (int c = 0; c < m.vendors().size(); ++c) {
            if (m.vendors()[c]->id == vendorId) {
                m_matrix->setCurrentIndex(m_matrixModel->index(r, c));
                return;
            }
        }
    }
}

void VendorsView::showCell()
{
    const QModelIndex index = m_matrix->currentIndex();
    const ComplianceMatrix& m = m_matrixModel->matrix();
    if (!index.isValid() || index.row() >= m.rows().size() || index.column() >= m.vendors().size()) {
        m_cell->setHtml(u"<p><i>"_s + esc(tr("Select a cell to see the answer, its evidence and what changed since.")) +
                        u"</i></p>"_s);
        return;
    }
    const MatrixRow& row = m.rows()[index.row()];
    const Vendor* vendor = m.vendors()[index.column()];
    const MatrixCell& cell = m.cell(index.row(), index.column());
    QString h = u"<h3>"_s + esc(tr("%1 — %2").arg(vendor->name, row.requirement->id)) + u"</h3>"_s;
    h += u"<p><b>"_s +
         esc(ComplianceMatrix::stateSymbol(cell.state) + u' ' + ComplianceMatrix::stateLabel(cell.state)) +
         u"</b> — "_s +
         esc(tr("rev %1 in force since %2%3")
                 .arg(row.inForce->rev)
                 .arg(longDay(row.inForce->effectiveAt.day()))
                 .arg(row.inForce->isMandatory() ? tr(", mandatory") : tr(", optional"))) +
         u"</p>"_s;
    if (!cell.answer) {
        h += u"<p>"_s + esc(tr("No answer as of this day.")) + u"</p>"_s;
        m_cell->setHtml(h);
        return;
    }
    const Response& r = *cell.answer.response;
    const Bid& bid = *cell.answer.bid;
    h += u"<p>"_s +
         esc(tr("Answered rev %1 on %2 in bid %3: %4")
                 .arg(r.rev)
                 .arg(longDay(bid.answeredAt(r).day()), bid.id, Labels::of(r.compliance))) +
         u"</p>"_s;
    if (r.evidence && !r.evidence->isEmpty()) {
        h += u"<p><b>"_s + esc(tr("Evidence:")) + u"</b> "_s + esc(*r.evidence) +
             (r.isConfidential() || bid.isConfidential() ? u" <i>"_s + esc(tr("(confidential)")) + u"</i>"_s
                                                         : QString()) +
             u"</p>"_s;
    }
    if (r.rev != row.inForce->rev) {
        h += u"<p><b>"_s + esc(tr("What changed from rev %1 to rev %2:").arg(r.rev).arg(row.inForce->rev)) +
             u"</b></p><p>"_s + changeSince(*row.requirement, r.rev, *row.inForce) + u"</p>"_s;
    }
    m_cell->setHtml(h);
}

void VendorsView::setPerspectiveVendor(const QString& vendorId)
{
    m_perspectiveVendor->setCurrentIndex(m_perspectiveVendor->findData(vendorId));
}

void VendorsView::showPerspective()
{
    const DossierQueries* q = m_document ? m_document->queries() : nullptr;
    const QString vendorId = m_perspectiveVendor->currentData().toString();
    m_exportCsv->setEnabled(q && !vendorId.isEmpty());
    if (!q || vendorId.isEmpty()) {
        m_perspective->clear();
        return;
    }
    auto p = VendorPerspective::compute(*q, vendorId, m_day);
    if (!p) {
        m_perspective->setPlainText(p.error().reason);
        return;
    }
    QString h = u"<h2>"_s + esc(tr("%1 as of %2").arg(p->vendor()->name, longDay(m_day))) + u"</h2>"_s;
    if (const auto deadline = p->deadline()) {
        const qint64 left = m_day.daysTo(*deadline);
        h += u"<p><b>"_s +
             esc(left >= 0 ? tr("Deadline in force: %1, %n day(s) left.", nullptr, int(left)).arg(longDay(*deadline))
                           : tr("Deadline in force: %1, passed.").arg(longDay(*deadline))) +
             u"</b></p>"_s;
    }
    const auto changed = p->changedSinceAnswered();
    h += u"<h3>"_s + esc(tr("Changed since you answered (%n)", nullptr, int(changed.size()))) + u"</h3>"_s;
    for (const auto& i : changed) {
        if (!i.inForce->isActive()) {
            h += u"<p><b>"_s + esc(i.requirement->id + u" — "_s + i.requirement->title.value_or(QString())) +
                 u"</b><br/>"_s +
                 esc(tr("You answered rev %1 (%2); the requirement was withdrawn on %3 (rev %4).")
                         .arg(i.answer.response->rev)
                         .arg(Labels::of(i.answer.response->compliance))
                         .arg(longDay(i.inForce->effectiveAt.day()))
                         .arg(i.inForce->rev)) +
                 u"</p>"_s;
            continue;
        }
        h += u"<p><b>"_s + esc(i.requirement->id + u" — "_s + i.requirement->title.value_or(QString())) +
             u"</b><br/>"_s +
             esc(tr("You answered rev %1 (%2); rev %3 is in force since %4.")
                     .arg(i.answer.response->rev)
                     .arg(Labels::of(i.answer.response->compliance))
                     .arg(i.inForce->rev)
                     .arg(longDay(i.inForce->effectiveAt.day()))) +
             u"<br/>"_s + changeSince(*i.requirement, i.answer.response->rev, *i.inForce) + u"</p>"_s;
    }
    const auto todo = p->toAnswer();
    h += u"<h3>"_s + esc(tr("To answer before the deadline (%n)", nullptr, int(todo.size()))) + u"</h3><ul>"_s;
    for (const auto& i : todo) {
        h += u"<li>"_s +
             esc(tr("%1 rev %2%3: %4")
                     .arg(i.requirement->id)
                     .arg(i.inForce->rev)
                     .arg(i.inForce->isMandatory() ? tr(", mandatory") : QString())
                     .arg(i.state == CellState::Stale ? tr("answer again") : tr("not answered"))) +
             u"</li>"_s;
    }
    h += u"</ul><h3>"_s + esc(tr("Your answers")) + u"</h3><table cellspacing=\"0\" cellpadding=\"3\">"_s;
    for (const auto& i : p->items()) {
        h += u"<tr><td style=\"background-color:"_s + ComplianceMatrixModel::stateColour(i.state).name() + u"\">"_s +
             esc(ComplianceMatrix::stateSymbol(i.state) + u' ' + ComplianceMatrix::stateLabel(i.state)) +
             u"</td><td>"_s + esc(i.requirement->id) + u"</td><td>"_s +
             esc(i.answer ? tr("rev %1, %2").arg(i.answer.response->rev).arg(i.answer.bid->id) : QString()) +
             u"</td></tr>"_s;
    }
    h += u"</table>"_s;
    m_perspective->setHtml(h);
}

void VendorsView::addVendor()
{
    const DossierQueries* q = m_document ? m_document->queries() : nullptr;
    if (!q)
        return;
    auto* dialog = new VendorDialog(q->dossier(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (Status st = m_document->addVendor(dialog->vendor()); !st)
            Messages::error(this, tr("Cannot add the vendor"), st.error().toString());
    });
    dialog->open();
}

void VendorsView::addBid()
{
    const DossierQueries* q = m_document ? m_document->queries() : nullptr;
    if (!q)
        return;
    auto* dialog = new BidDialog(q->dossier(), m_day.isValid() ? m_day : QDate::currentDate(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (Status st = m_document->addBid(dialog->bid()); !st)
            Messages::error(this, tr("Cannot add the bid"), st.error().toString());
    });
    dialog->open();
}

void VendorsView::recordAnswer()
{
    const DossierQueries* q = m_document ? m_document->queries() : nullptr;
    if (!q)
        return;
    // Prefilled with the selected cell: the vendor's latest bid, the requirement.
    const QModelIndex current = m_matrix->currentIndex();
    const QString vendorId = current.data(ComplianceMatrixModel::VendorIdRole).toString();
    QString bidId;
    for (const Bid& b : q->dossier().bids) {
        if (b.vendor == vendorId)
            bidId = b.id;
    }
    auto* dialog =
        new AnswerDialog(q->dossier(), bidId, current.data(ComplianceMatrixModel::RequirementIdRole).toString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (Status st = m_document->recordAnswer(dialog->bidId(), dialog->response()); !st)
            Messages::error(this, tr("Cannot record the answer"), st.error().toString());
    });
    dialog->open();
}

bool VendorsView::exportCsv(const QString& path)
{
    const DossierQueries* q = m_document ? m_document->queries() : nullptr;
    if (!q)
        return false;
    auto p = VendorPerspective::compute(*q, m_perspectiveVendor->currentData().toString(), m_day);
    if (!p) {
        Messages::error(this, tr("Cannot export the answers"), p.error().reason);
        return false;
    }
    if (Status st = SafeFile::write(path, p->toCsv()); !st) {
        Messages::error(this, tr("Cannot export the answers"), st.error().toString());
        return false;
    }
    return true;
}

} // namespace hostreview
