// SPDX-License-Identifier: EUPL-1.2
#include "RequirementsView.h"

#include "DossierDocument.h"
#include "Messages.h"
#include "ModelSupport.h"
#include "RequirementFilterModel.h"
#include "RequirementTableModel.h"
#include "RevisionDialog.h"
#include "RevisionHistoryModel.h"
#include "analysis/WordDiff.h"
#include "text/Labels.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hostreview {

RequirementsView::RequirementsView(QWidget* parent)
    : QWidget(parent)
    , m_text(new QLineEdit)
    , m_category(new QComboBox)
    , m_changedDuring(new QCheckBox)
    , m_changedLate(new QCheckBox)
    , m_asOfLabel(new QLabel)
    , m_asOf(new QDateEdit)
    , m_latest(new QPushButton)
    , m_count(new QLabel)
    , m_table(new QTableView)
    , m_heading(new QLabel)
    , m_inForce(new QTextBrowser)
    , m_historyLabel(new QLabel)
    , m_historyTable(new QTableView)
    , m_compareLabel(new QLabel)
    , m_from(new QComboBox)
    , m_withLabel(new QLabel)
    , m_to(new QComboBox)
    , m_diff(new QTextBrowser)
    , m_addRequirement(new QPushButton)
    , m_addRevision(new QPushButton)
{
    m_text->setObjectName(u"requirementFilter"_s);
    m_text->setClearButtonEnabled(true);
    m_category->setObjectName(u"categoryFilter"_s);
    m_changedDuring->setObjectName(u"changedDuringConsultation"_s);
    m_changedLate->setObjectName(u"changedLate"_s);
    m_asOf->setObjectName(u"asOfDate"_s);
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_latest->setObjectName(u"latestState"_s);
    m_count->setObjectName(u"requirementCount"_s);
    m_table->setObjectName(u"requirementsTable"_s);
    m_heading->setObjectName(u"requirementHeading"_s);
    m_inForce->setObjectName(u"textInForce"_s);
    m_historyTable->setObjectName(u"historyTable"_s);
    m_from->setObjectName(u"diffFrom"_s);
    m_to->setObjectName(u"diffTo"_s);
    m_diff->setObjectName(u"diffView"_s);
    m_addRequirement->setObjectName(u"addRequirement"_s);
    m_addRevision->setObjectName(u"newRevision"_s);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_text, 2);
    filters->addWidget(m_category, 1);
    filters->addWidget(m_changedDuring);
    filters->addWidget(m_changedLate);
    filters->addSpacing(12);
    filters->addWidget(m_asOfLabel);
    filters->addWidget(m_asOf);
    filters->addWidget(m_latest);

    for (QTableView* t : {m_table, m_historyTable}) {
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->setSelectionMode(QAbstractItemView::SingleSelection);
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->verticalHeader()->hide();
        t->setAlternatingRowColors(true);
        t->horizontalHeader()->setHighlightSections(false);
    }
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_addRequirement);
    buttons->addWidget(m_addRevision);
    leftLayout->addLayout(buttons);

    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_inForce->setOpenLinks(false);
    m_diff->setOpenLinks(false);
    auto* compareRow = new QHBoxLayout;
    compareRow->addWidget(m_compareLabel);
    compareRow->addWidget(m_from);
    compareRow->addWidget(m_withLabel);
    compareRow->addWidget(m_to);
    compareRow->addStretch();

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_inForce, 2);
    rightLayout->addWidget(m_historyLabel);
    rightLayout->addWidget(m_historyTable, 2);
    rightLayout->addLayout(compareRow);
    rightLayout->addWidget(m_diff, 3);

    auto* splitter = new QSplitter;
    splitter->setObjectName(u"requirementsSplitter"_s);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({760, 440});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_text, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (m_filter)
            m_filter->setText(text);
        updateCount();
    });
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filter)
            return;
        const QVariant v = m_category->currentData();
        m_filter->setCategory(v.isValid() ? std::optional<Category>(Category(v.toInt())) : std::nullopt);
        updateCount();
    });
    connect(m_changedDuring, &QCheckBox::toggled, this, [this](bool on) {
        if (m_filter)
            m_filter->setChangedDuringConsultation(on);
        updateCount();
    });
    connect(m_changedLate, &QCheckBox::toggled, this, &RequirementsView::applyLateFilter);
    connect(m_asOf, &QDateEdit::dateChanged, this, [this](QDate d) { setDay(d); });
    connect(m_latest, &QPushButton::clicked, this, [this] { setDay(QDate()); });
    connect(m_from, &QComboBox::currentIndexChanged, this, &RequirementsView::showDiff);
    connect(m_to, &QComboBox::currentIndexChanged, this, &RequirementsView::showDiff);
    connect(m_historyTable, &QTableView::clicked, this, [this](const QModelIndex& index) {
        const int rev = index.siblingAtColumn(0).data(RevisionHistoryModel::RevRole).toInt();
        compare(rev > 1 ? rev - 1 : rev, rev);
    });
    connect(m_addRequirement, &QPushButton::clicked, this, &RequirementsView::addRequirement);
    connect(m_addRevision, &QPushButton::clicked, this, &RequirementsView::addRevision);
    retranslate();
    setDocument(nullptr);
}

RequirementsView::~RequirementsView() = default;

void RequirementsView::retranslate()
{
    m_text->setPlaceholderText(tr("Filter by id, title or text"));
    const QVariant category = m_category->currentData();
    {
        const QSignalBlocker block(m_category);
        m_category->clear();
        m_category->addItem(tr("All categories"));
        for (size_t i = 0; i < EnumNames<Category>::names.size(); ++i)
            m_category->addItem(Labels::of(Category(i)), int(i));
        m_category->setCurrentIndex(std::max(0, m_category->findData(category)));
    }
    m_changedDuring->setText(tr("Changed during the consultation"));
    m_changedDuring->setToolTip(tr("A revision after the first, effective from the opening to the final deadline"));
    m_changedLate->setText(tr("Changed late"));
    m_changedLate->setToolTip(tr("Requirements with a LATE_CHANGE signal: changed too close to the deadline"));
    m_asOfLabel->setText(tr("As of:"));
    m_latest->setText(tr("Latest"));
    m_latest->setToolTip(tr("Show every revision, whatever its date"));
    m_historyLabel->setText(tr("History"));
    m_compareLabel->setText(tr("Compare rev"));
    m_withLabel->setText(tr("with rev"));
    m_addRequirement->setText(tr("Add requirement…"));
    m_addRevision->setText(tr("New revision…"));
    announceNewTexts(m_model);
    announceNewTexts(m_history);
    fitColumns();
    updateCount();
    showSelected();
}

void RequirementsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RequirementsView::setDocument(DossierDocument* document)
{
    m_document = document;
    m_table->setModel(nullptr);
    m_historyTable->setModel(nullptr);
    delete m_filter;
    delete m_model;
    delete m_history;
    m_filter = nullptr;
    m_model = nullptr;
    m_history = nullptr;
    {
        const QSignalBlocker block(m_changedLate);
        m_changedLate->setChecked(false);
    }
    if (document) {
        m_model = new RequirementTableModel(document, this);
        m_model->setDay(m_day);
        m_filter = new RequirementFilterModel(m_model, this);
        m_filter->setText(m_text->text());
        const QVariant v = m_category->currentData();
        m_filter->setCategory(v.isValid() ? std::optional<Category>(Category(v.toInt())) : std::nullopt);
        m_filter->setChangedDuringConsultation(m_changedDuring->isChecked());
        m_history = new RevisionHistoryModel(document, this);
        m_history->setDay(m_day);
        m_table->setModel(m_filter);
        m_historyTable->setModel(m_history);
        fitColumns();
        m_table->sortByColumn(-1, Qt::AscendingOrder);
        // Status, mandatory and weight are in the text pane and the diff's heading; the history
        // keeps room for the rationale.
        for (int c : {RevisionHistoryModel::Status, RevisionHistoryModel::Mandatory, RevisionHistoryModel::Weight})
            m_historyTable->setColumnHidden(c, true);
        QHeaderView* hh = m_historyTable->horizontalHeader();
        hh->setSectionResizeMode(RevisionHistoryModel::Rationale, QHeaderView::Stretch);
        m_historyTable->setWordWrap(true);
        m_historyTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        connect(
            m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RequirementsView::showSelected);
        for (QAbstractItemModel* m :
             {static_cast<QAbstractItemModel*>(m_filter), static_cast<QAbstractItemModel*>(m_history)}) {
            connect(m, &QAbstractItemModel::rowsInserted, this, &RequirementsView::updateCount);
            connect(m, &QAbstractItemModel::rowsRemoved, this, &RequirementsView::updateCount);
            connect(m, &QAbstractItemModel::modelReset, this, &RequirementsView::showSelected);
            connect(m, &QAbstractItemModel::modelReset, this, &RequirementsView::updateCount); // a reread
        }
        connect(m_model, &QAbstractItemModel::dataChanged, this, &RequirementsView::showSelected);
        const QSignalBlocker block(m_asOf);
        QDate first = QDate::currentDate();
        for (const Requirement& r : document->dossier().requirements) {
            if (!r.revisions.isEmpty())
                first = std::min(first, r.revisions.front().effectiveAt.day());
        }
        m_asOf->setDateRange(first.addYears(-1), QDate::currentDate().addYears(5));
        m_asOf->setDate(m_day.isValid() ? m_day : QDate::currentDate());
    }
    m_addRequirement->setEnabled(document != nullptr);
    updateCount();
    showSelected();
}

void RequirementsView::fitColumns()
{
    if (!m_model)
        return;
    // Widths from the font and the headers, not from the rows: measuring 10,000 rows takes seconds.
    const QFontMetrics fm(m_table->font());
    auto fit = [&fm](QHeaderView* h, QAbstractItemModel* model, int column, const QString& sample) {
        const QString header = model->headerData(column, Qt::Horizontal).toString();
        h->resizeSection(column, std::max(fm.horizontalAdvance(sample) + 18, fm.horizontalAdvance(header) + 28));
    };
    const QString day = QLocale().toString(QDate(2023, 12, 28), QLocale::ShortFormat);
    QHeaderView* h = m_table->horizontalHeader();
    fit(h, m_model, RequirementTableModel::Id, u"CERT-01"_s);
    fit(h, m_model, RequirementTableModel::CategoryColumn, Labels::of(Category::Reversibility));
    fit(h, m_model, RequirementTableModel::Mandatory, tr("Mandatory"));
    fit(h, m_model, RequirementTableModel::Weight, u"10"_s);
    fit(h, m_model, RequirementTableModel::Revisions, u"10"_s);
    fit(h, m_model, RequirementTableModel::LastChange, day);
    fit(h,
        m_model,
        RequirementTableModel::Status,
        RequirementTableModel::stateLabel(RequirementTableModel::State::NotYetIssued));
    h->setSectionResizeMode(RequirementTableModel::Title, QHeaderView::Stretch);
    QHeaderView* hh = m_historyTable->horizontalHeader();
    fit(hh, m_history, RevisionHistoryModel::Rev, u"10"_s);
    fit(hh, m_history, RevisionHistoryModel::Effective, day + u" 00:00"_s);
    fit(hh, m_history, RevisionHistoryModel::SourceColumn, u"S-CONSULT-MOD2"_s);
    fit(hh, m_history, RevisionHistoryModel::Recorded, day + u", Firstname Lastname"_s); // the rest: tool tip
}

void RequirementsView::setDay(QDate day)
{
    m_day = day;
    if (day.isValid() && m_asOf->date() != day) {
        const QSignalBlocker block(m_asOf);
        m_asOf->setDate(day);
    }
    if (m_model)
        m_model->setDay(day);
    if (m_history)
        m_history->setDay(day);
    showSelected();
}

void RequirementsView::applyLateFilter(bool on)
{
    if (!m_filter || !m_document)
        return;
    if (!on) {
        m_filter->setChangedLate(std::nullopt);
        updateCount();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto& analysis = m_document->analysis();
    QApplication::restoreOverrideCursor();
    if (!analysis) {
        Messages::error(this, tr("Cannot analyse the dossier"), m_document->analysisError());
        const QSignalBlocker block(m_changedLate);
        m_changedLate->setChecked(false);
        return;
    }
    QSet<QString> late;
    for (const Signal& s : analysis->fired) {
        if (s.code == u"LATE_CHANGE"_s)
            late.insert(s.subjectId);
    }
    m_filter->setChangedLate(late);
    updateCount();
}

void RequirementsView::updateCount()
{
    if (!m_filter) {
        m_count->clear();
        return;
    }
    m_count->setText(
        tr("%1 of %n requirement(s)", nullptr, m_model->rowCount()).arg(QLocale().toString(m_filter->rowCount())));
}

QString RequirementsView::selectedRequirementId() const
{
    if (!m_table->selectionModel())
        return {};
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(RequirementTableModel::RequirementIdRole).toString() : QString();
}

void RequirementsView::selectRequirement(const QString& id)
{
    if (!m_filter)
        return;
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void RequirementsView::showSelected()
{
    const QString id = selectedRequirementId();
    const Requirement* r = m_document ? m_document->dossier().requirement(id) : nullptr;
    m_addRevision->setEnabled(r != nullptr);
    if (m_history)
        m_history->setRequirement(r ? id : QString());
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    const int oldFrom = m_from->currentData().toInt();
    const int oldTo = m_to->currentData().toInt();
    m_from->clear();
    m_to->clear();
    if (!r) {
        m_heading->setText(m_document ? tr("Select a requirement") : QString());
        m_inForce->clear();
        m_diff->clear();
        return;
    }
    m_heading->setText(r->title ? tr("%1 — %2").arg(r->id, *r->title) : r->id);
    const RequirementRevision* inForce = nullptr;
    for (const RequirementRevision& v : r->revisions) {
        if (!m_day.isValid() || v.effectiveAt.day() <= m_day)
            inForce = &v;
        m_from->addItem(QLocale().toString(v.rev), v.rev);
        m_to->addItem(QLocale().toString(v.rev), v.rev);
    }
    QString html;
    if (!inForce) {
        html = u"<p><i>"_s +
               tr("Not yet issued on %1: its first revision is effective on %2.")
                   .arg(QLocale().toString(m_day, QLocale::LongFormat),
                        QLocale().toString(r->revisions.front().effectiveAt.day(), QLocale::LongFormat))
                   .toHtmlEscaped() +
               u"</i></p>"_s;
    } else {
        const QString when = m_day.isValid()
                                 ? tr("In force on %1: rev %2, effective %3")
                                       .arg(QLocale().toString(m_day, QLocale::LongFormat))
                                       .arg(inForce->rev)
                                       .arg(QLocale().toString(inForce->effectiveAt.day(), QLocale::LongFormat))
                                 : tr("Latest: rev %1, effective %2")
                                       .arg(inForce->rev)
                                       .arg(QLocale().toString(inForce->effectiveAt.day(), QLocale::LongFormat));
        const QString facts = tr("%1 · %2 · weight %3 · %4")
                                  .arg(Labels::of(r->categoryOrDefault()),
                                       inForce->isMandatory() ? tr("Mandatory") : tr("Optional"),
                                       QLocale().toString(inForce->weightOrDefault()),
                                       Labels::of(inForce->statusOrDefault()));
        html = u"<p><b>"_s + when.toHtmlEscaped() + u"</b><br/>"_s + facts.toHtmlEscaped() + u"</p><p>"_s +
               inForce->text.value_or(QString()).toHtmlEscaped().replace(u'\n', u"<br/>"_s) + u"</p>"_s;
    }
    m_inForce->setHtml(html);
    // Keep the comparison the user chose while the requirement and its revisions are the same;
    // else show the last change in force.
    const bool same = id == m_shownId && r->revisions.size() == m_shownRevisions && oldTo > 0 && oldFrom > 0;
    m_shownId = id;
    m_shownRevisions = r->revisions.size();
    const int to = same ? oldTo : (inForce ? inForce->rev : r->revisions.back().rev);
    const int from = same ? oldFrom : std::max(1, to - 1);
    m_from->setCurrentIndex(m_from->findData(from));
    m_to->setCurrentIndex(m_to->findData(to));
    showDiff();
}

void RequirementsView::compare(int fromRev, int toRev)
{
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setCurrentIndex(m_from->findData(fromRev));
        m_to->setCurrentIndex(m_to->findData(toRev));
    }
    showDiff();
}

void RequirementsView::showDiff()
{
    const Requirement* r = m_document ? m_document->dossier().requirement(selectedRequirementId()) : nullptr;
    if (!r || m_from->currentIndex() < 0 || m_to->currentIndex() < 0) {
        m_diff->clear();
        return;
    }
    const RequirementRevision& a = r->revisions[m_from->currentIndex()];
    const RequirementRevision& b = r->revisions[m_to->currentIndex()];
    const QList<DiffSegment> diff = wordDiff(a.text.value_or(QString()), b.text.value_or(QString()));
    QStringList notes;
    if (a.isMandatory() != b.isMandatory())
        notes << (b.isMandatory() ? tr("optional → mandatory") : tr("mandatory → optional"));
    if (a.weightOrDefault() != b.weightOrDefault())
        notes << tr("weight %1 → %2")
                     .arg(QLocale().toString(a.weightOrDefault()), QLocale().toString(b.weightOrDefault()));
    if (a.statusOrDefault() != b.statusOrDefault())
        notes << tr("%1 → %2").arg(Labels::of(a.statusOrDefault()), Labels::of(b.statusOrDefault()));
    const int inserted = int(insertedWords(diff).size());
    const int deleted = int(deletedWords(diff).size());
    QString header = tr("Rev %1 (%2) → rev %3 (%4): %n word(s) inserted", nullptr, inserted)
                         .arg(a.rev)
                         .arg(QLocale().toString(a.effectiveAt.day(), QLocale::ShortFormat))
                         .arg(b.rev)
                         .arg(QLocale().toString(b.effectiveAt.day(), QLocale::ShortFormat)) +
                     tr(", %n deleted", nullptr, deleted);
    if (!notes.isEmpty())
        header += tr("; %1").arg(notes.join(tr(", ")));
    QString html = u"<p><b>"_s + header.toHtmlEscaped() + u"</b></p>"_s;
    if (b.rationale && !b.rationale->isEmpty() && b.rev == a.rev + 1)
        html += u"<p><i>"_s + tr("Rationale: %1").arg(*b.rationale).toHtmlEscaped() + u"</i></p>"_s;
    html += u"<p>"_s + diffHtml(diff) + u"</p>"_s;
    m_diff->setHtml(html);
}

void RequirementsView::addRequirement()
{
    if (!m_document)
        return;
    auto* dialog = new RevisionDialog(m_document->dossier(), nullptr, QDate::currentDate(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Requirement r = dialog->requirement();
        if (Status st = m_document->addRequirement(r); !st) {
            Messages::error(this, tr("Cannot add the requirement"), st.error().toString());
            return;
        }
        selectRequirement(r.id);
    });
    dialog->open();
}

void RequirementsView::addRevision()
{
    if (!m_document)
        return;
    const QString id = selectedRequirementId();
    const Requirement* r = m_document->dossier().requirement(id);
    if (!r)
        return;
    auto* dialog = new RevisionDialog(m_document->dossier(), r, QDate::currentDate(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        if (Status st = m_document->addRevision(id, dialog->revision()); !st) {
            Messages::error(this, tr("Cannot record the revision"), st.error().toString());
            return;
        }
        selectRequirement(id);
    });
    dialog->open();
}

} // namespace hostreview
