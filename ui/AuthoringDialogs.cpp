// SPDX-License-Identifier: EUPL-1.2
#include "AuthoringDialogs.h"

#include "FormDialog.h"
#include "format/DossierReader.h"
#include "text/Labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace hostreview {

using FormDialog::addEnumItems;
using FormDialog::comboSource;
using FormDialog::nonEmpty;
using FormDialog::sourceCombo;

namespace {

// A combo box of a format enum with "(not given)" first (data -1), selecting `current`.
template <typename E>
QComboBox* optionalEnumCombo(const std::optional<E>& current)
{
    auto* combo = new QComboBox;
    combo->addItem(QCoreApplication::translate("hostreview::DossierDialog", "(not given)"), -1);
    addEnumItems<E>(combo);
    if (current)
        combo->setCurrentIndex(combo->findData(int(*current)));
    return combo;
}

template <typename E>
std::optional<E> comboEnum(const QComboBox* combo)
{
    const int v = combo->currentData().toInt();
    return v < 0 ? std::nullopt : std::optional<E>(static_cast<E>(v));
}

std::optional<QStringList> commaList(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(u',')) {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    }
    return out.isEmpty() ? std::nullopt : std::optional<QStringList>(out);
}

QDialogButtonBox* okCancel(const QString& okText = QString())
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    if (!okText.isEmpty())
        buttons->button(QDialogButtonBox::Ok)->setText(okText);
    return buttons;
}

QLabel* errorLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

// --- DossierDialog --------------------------------------------------------------------------

DossierDialog::DossierDialog(const DossierInfo* existing, QWidget* parent)
    : QDialog(parent)
    , m_base(existing ? *existing : DossierInfo())
    , m_new(existing == nullptr)
    , m_id(new QLineEdit(m_base.id))
    , m_title(new QLineEdit(m_base.title))
    , m_applicant(new QLineEdit(m_base.applicant.value_or(QString())))
    , m_authority(new QLineEdit(m_base.authority.value_or(QString())))
    , m_procedure(optionalEnumCombo(m_base.procedure))
    , m_sensitivity(optionalEnumCombo(m_base.sensitivity))
    , m_dataCategories(new QLineEdit(m_base.dataCategories.value_or(QStringList()).join(u", "_s)))
    , m_certifications(new QLineEdit(m_base.requiredCertifications.value_or(QStringList()).join(u", "_s)))
    , m_timezone(new QLineEdit(m_base.timezone.value_or(QString())))
    , m_language(new QComboBox)
    , m_illustrative(new QCheckBox(tr("An illustration, not a real case")))
    , m_error(errorLabel(u"dossierError"_s))
    , m_buttons(okCancel(m_new ? tr("Create") : QString()))
{
    setWindowTitle(m_new ? tr("New dossier") : tr("Dossier details"));
    m_id->setObjectName(u"dossierId"_s);
    m_title->setObjectName(u"dossierTitle"_s);
    m_applicant->setObjectName(u"dossierApplicant"_s);
    m_authority->setObjectName(u"dossierAuthority"_s);
    m_procedure->setObjectName(u"dossierProcedure"_s);
    m_timezone->setObjectName(u"dossierTimezone"_s);
    m_id->setReadOnly(!m_new);
    m_id->setPlaceholderText(tr("e.g. EMC2-2023"));
    m_timezone->setPlaceholderText(tr("Europe/Paris (the default)"));
    m_dataCategories->setPlaceholderText(tr("health, genetic (separated by commas)"));
    m_certifications->setPlaceholderText(tr("HDS, SecNumCloud (separated by commas)"));
    m_language->addItem(tr("(not given)"), QString());
    m_language->addItem(u"Français"_s, u"fr"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    if (m_base.language)
        m_language->setCurrentIndex(std::max(0, m_language->findData(*m_base.language)));
    m_illustrative->setChecked(m_base.isIllustrative());

    auto* form = new QFormLayout;
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Applicant:"), m_applicant);
    form->addRow(tr("A&uthority:"), m_authority);
    form->addRow(tr("&Procedure:"), m_procedure);
    form->addRow(tr("&Sensitivity:"), m_sensitivity);
    form->addRow(tr("&Data categories:"), m_dataCategories);
    form->addRow(tr("Required &certifications:"), m_certifications);
    form->addRow(tr("Time &zone:"), m_timezone);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_illustrative);
    FormDialog::layOut(this, form, m_error, m_buttons);
    for (QLineEdit* e : {m_id, m_title, m_timezone})
        connect(e, &QLineEdit::textChanged, this, &DossierDialog::validate);
    resize(560, sizeHint().height());
    validate();
}

DossierInfo DossierDialog::info() const
{
    DossierInfo i = m_base; // what the dialog does not show (the summary) is kept
    i.id = m_id->text().trimmed();
    i.title = m_title->text().trimmed();
    i.applicant = nonEmpty(m_applicant->text());
    i.authority = nonEmpty(m_authority->text());
    i.procedure = comboEnum<Procedure>(m_procedure);
    i.sensitivity = comboEnum<Sensitivity>(m_sensitivity);
    i.dataCategories = commaList(m_dataCategories->text());
    i.requiredCertifications = commaList(m_certifications->text());
    i.timezone = nonEmpty(m_timezone->text());
    i.language = nonEmpty(m_language->currentData().toString());
    // Unchecked stays "not given" unless it was given.
    if (m_illustrative->isChecked() || m_base.illustrative)
        i.illustrative = m_illustrative->isChecked();
    return i;
}

void DossierDialog::validate()
{
    QString problem;
    const QString id = m_id->text().trimmed();
    const QString zone = m_timezone->text().trimmed();
    if (!DossierReader::isValidId(id))
        problem = id.isEmpty() ? tr("Give the dossier an id.") : FormDialog::badIdMessage();
    else if (m_title->text().trimmed().isEmpty())
        problem = tr("Give the dossier a title.");
    else if (!zone.isEmpty() && !QTimeZone(zone.toUtf8()).isValid())
        problem = tr("%1 is not a time zone (an IANA name such as Europe/Paris).").arg(zone);
    m_error->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

// --- EventDialog ----------------------------------------------------------------------------

EventDialog::EventDialog(const Dossier& dossier, const Event* existing, QWidget* parent)
    : QDialog(parent)
    , m_dossier(dossier)
    , m_new(existing == nullptr)
    , m_id(new QLineEdit(existing ? existing->id : QString()))
    , m_kind(new QComboBox)
    , m_at(new QLineEdit(existing ? existing->at.text() : QString()))
    , m_newDeadline(new QLineEdit(existing && existing->newDeadline ? existing->newDeadline->text() : QString()))
    , m_title(new QLineEdit(existing ? existing->title.value_or(QString()) : QString()))
    , m_note(new QPlainTextEdit(existing ? existing->note.value_or(QString()) : QString()))
    , m_source(sourceCombo(dossier, existing ? existing->source : std::nullopt))
    , m_error(errorLabel(u"eventError"_s))
    , m_buttons(okCancel())
{
    setWindowTitle(m_new ? tr("Record an event") : tr("Change event %1").arg(existing->id));
    m_id->setObjectName(u"eventId"_s);
    m_kind->setObjectName(u"eventKind"_s);
    m_at->setObjectName(u"eventAt"_s);
    m_newDeadline->setObjectName(u"eventNewDeadline"_s);
    m_title->setObjectName(u"eventTitle"_s);
    m_note->setObjectName(u"eventNote"_s);
    m_source->setObjectName(u"eventSource"_s);
    m_id->setReadOnly(!m_new);
    m_id->setPlaceholderText(tr("e.g. E-DEADLINE"));
    addEnumItems<EventKind>(m_kind);
    if (existing)
        m_kind->setCurrentIndex(m_kind->findData(int(existing->kind)));
    const QString dateHint = tr("2023-12-04 or 2023-12-04T17:00:00+01:00");
    m_at->setPlaceholderText(dateHint);
    m_newDeadline->setPlaceholderText(dateHint);
    m_note->setTabChangesFocus(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&On:"), m_at);
    form->addRow(tr("&New deadline:"), m_newDeadline);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("N&ote:"), m_note);
    form->addRow(tr("S&ource:"), m_source);
    FormDialog::layOut(this, form, m_error, m_buttons);
    for (QLineEdit* e : {m_id, m_at, m_newDeadline})
        connect(e, &QLineEdit::textChanged, this, &EventDialog::validate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &EventDialog::validate);
    resize(560, sizeHint().height());
    validate();
}

Event EventDialog::event() const
{
    Event e;
    e.id = m_id->text().trimmed();
    e.kind = static_cast<EventKind>(m_kind->currentData().toInt());
    const QTimeZone zone = m_dossier.info.zone();
    if (auto at = Moment::parse(m_at->text().trimmed(), zone))
        e.at = *at;
    if (e.kind == EventKind::DeadlineExtended) {
        if (auto d = Moment::parse(m_newDeadline->text().trimmed(), zone))
            e.newDeadline = *d;
    }
    e.title = nonEmpty(m_title->text());
    e.note = nonEmpty(m_note->toPlainText());
    e.source = comboSource(m_source);
    return e;
}

void EventDialog::validate()
{
    const bool extension = static_cast<EventKind>(m_kind->currentData().toInt()) == EventKind::DeadlineExtended;
    m_newDeadline->setEnabled(extension);
    const QString id = m_id->text().trimmed();
    const QTimeZone zone = m_dossier.info.zone();
    QString problem;
    if (!DossierReader::isValidId(id))
        problem = id.isEmpty() ? tr("Give the event an id.") : FormDialog::badIdMessage();
    else if (m_new && std::any_of(m_dossier.events.cbegin(), m_dossier.events.cend(), [&](const Event& e) {
                 return e.id == id;
             }))
        problem = tr("The dossier already has an event %1.").arg(id);
    else if (auto at = Moment::parse(m_at->text().trimmed(), zone); !at)
        problem = tr("Date: %1").arg(at.error().reason);
    else if (extension) {
        if (auto d = Moment::parse(m_newDeadline->text().trimmed(), zone); !d)
            problem = tr("New deadline: %1").arg(d.error().reason);
    }
    m_error->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

// --- BidStatusDialog ------------------------------------------------------------------------

BidStatusDialog::BidStatusDialog(const Dossier& withBids, QWidget* parent)
    : QDialog(parent)
    , m_zone(withBids.info.zone())
    , m_bid(new QComboBox)
    , m_status(new QComboBox)
    , m_at(new QLineEdit)
    , m_reason(new QLineEdit)
    , m_error(errorLabel(u"bidStatusError"_s))
    , m_buttons(okCancel())
{
    setWindowTitle(tr("Record a bid's status"));
    m_bid->setObjectName(u"bidStatusBid"_s);
    m_status->setObjectName(u"bidStatusStatus"_s);
    m_at->setObjectName(u"bidStatusAt"_s);
    m_reason->setObjectName(u"bidStatusReason"_s);
    for (const Bid& b : withBids.bids) {
        const Vendor* v = withBids.vendor(b.vendor);
        m_bid->addItem(tr("%1 — %2 (%3)").arg(b.id, v ? v->name : b.vendor, Labels::of(b.statusOrDefault())), b.id);
    }
    addEnumItems<BidStatus>(m_status);
    m_status->setCurrentIndex(m_status->findData(int(BidStatus::Withdrawn)));
    m_at->setPlaceholderText(tr("2023-12-18: the day it took this status"));
    m_reason->setPlaceholderText(tr("Why (kept in the file and its audit trail)"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Bid:"), m_bid);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Since:"), m_at);
    form->addRow(tr("&Reason:"), m_reason);
    FormDialog::layOut(this, form, m_error, m_buttons);
    connect(m_at, &QLineEdit::textChanged, this, &BidStatusDialog::validate);
    resize(520, sizeHint().height());
    validate();
}

QString BidStatusDialog::bid() const
{
    return m_bid->currentData().toString();
}

BidStatus BidStatusDialog::status() const
{
    return static_cast<BidStatus>(m_status->currentData().toInt());
}

std::optional<Moment> BidStatusDialog::at() const
{
    auto m = Moment::parse(m_at->text().trimmed(), m_zone);
    return m ? std::optional<Moment>(*m) : std::nullopt;
}

QString BidStatusDialog::reason() const
{
    return m_reason->text().trimmed();
}

void BidStatusDialog::validate()
{
    QString problem;
    if (m_bid->count() == 0)
        problem = tr("The dossier has no bid.");
    else if (auto m = Moment::parse(m_at->text().trimmed(), m_zone); !m)
        problem = tr("Date: %1").arg(m.error().reason);
    m_error->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

// --- RequirementListDialog ------------------------------------------------------------------

RequirementListDialog::RequirementListDialog(
    const Dossier& dossier, const RequirementList& list, const QString& fileName, Preview preview, QWidget* parent)
    : QDialog(parent)
    , m_dossier(dossier)
    , m_fileName(fileName)
    , m_preview(std::move(preview))
    , m_effective(new QLineEdit)
    , m_rationale(new QLineEdit)
    , m_source(sourceCombo(dossier, std::nullopt))
    , m_changes(new QPlainTextEdit)
    , m_error(errorLabel(u"requirementListError"_s))
    , m_buttons(okCancel(tr("Record the changes")))
{
    setWindowTitle(tr("Import a requirement list"));
    m_effective->setObjectName(u"requirementListEffective"_s);
    m_rationale->setObjectName(u"requirementListRationale"_s);
    m_changes->setObjectName(u"requirementListChanges"_s);
    m_changes->setReadOnly(true);
    m_changes->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_effective->setText(QDate::currentDate().toString(Qt::ISODate));
    m_rationale->setPlaceholderText(tr("Why the list changed (e.g. Amendment 1)"));
    auto* file = new QLabel(tr("%1: %n row(s), %2, \"%3\" between fields", nullptr, int(list.rows().size()))
                                .arg(fileName, list.csv().encodingName(), list.csv().delimiter()));
    file->setTextFormat(Qt::PlainText);
    auto* form = new QFormLayout;
    form->addRow(tr("File:"), file);
    if (!list.ignoredColumns().isEmpty()) {
        auto* ignored = new QLabel(list.ignoredColumns().join(u", "_s));
        ignored->setTextFormat(Qt::PlainText);
        form->addRow(tr("Columns ignored:"), ignored);
    }
    form->addRow(tr("&Effective:"), m_effective);
    form->addRow(tr("&Rationale:"), m_rationale);
    form->addRow(tr("S&ource:"), m_source);
    form->addRow(tr("Changes:"), m_changes);
    FormDialog::layOut(this, form, m_error, m_buttons);
    connect(m_effective, &QLineEdit::textChanged, this, &RequirementListDialog::refresh);
    resize(720, 520);
    refresh();
}

RequirementListImport RequirementListDialog::how() const
{
    RequirementListImport how;
    if (auto m = Moment::parse(m_effective->text().trimmed(), m_dossier.info.zone()))
        how.effective = *m;
    how.rationale = nonEmpty(m_rationale->text());
    how.source = comboSource(m_source);
    how.origin = m_fileName;
    return how;
}

void RequirementListDialog::refresh()
{
    QString problem;
    QString warning;
    auto effective = Moment::parse(m_effective->text().trimmed(), m_dossier.info.zone());
    std::optional<RequirementList::Changes> changes;
    if (!effective) {
        problem = tr("Effective date: %1").arg(effective.error().reason);
    } else {
        RequirementListImport dry = how();
        dry.dryRun = true;
        auto previewed = m_preview(dry);
        if (!previewed)
            problem = previewed.error().toString();
        else
            changes = *previewed;
    }
    m_changes->setPlainText(changes ? RequirementList::describe(*changes) : QString());
    if (changes && changes->changes.isEmpty())
        problem = tr("Nothing to record: every requirement is as recorded.");
    if (problem.isEmpty()) {
        Recording now;
        now.recordedAt = QDateTime::currentDateTimeUtc();
        if (const auto late = daysRecordedLate(*effective, now, m_dossier.info.zone()))
            warning = tr("Recorded today, these changes will show as entered %n day(s) after they took effect.",
                         nullptr,
                         int(*late));
    }
    m_error->setText(problem.isEmpty() ? warning : problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

// --- AnswerSheetDialog ----------------------------------------------------------------------

AnswerSheetDialog::AnswerSheetDialog(const Dossier& withBids, const AnswerSheet& sheet, QWidget* parent)
    : QDialog(parent)
    , m_dossier(withBids)
    , m_sheet(sheet)
    , m_bid(new QComboBox)
    , m_at(new QLineEdit)
    , m_changes(new QPlainTextEdit)
    , m_error(errorLabel(u"answerSheetError"_s))
    , m_buttons(okCancel(tr("Record the answers")))
{
    setWindowTitle(tr("Import a vendor's answers"));
    m_bid->setObjectName(u"answerSheetBid"_s);
    m_at->setObjectName(u"answerSheetAt"_s);
    m_changes->setObjectName(u"answerSheetChanges"_s);
    m_changes->setReadOnly(true);
    m_changes->setLineWrapMode(QPlainTextEdit::NoWrap);
    // The bid the sheet names, first.
    QString named;
    for (const AnswerSheet::Row& r : sheet.rows()) {
        if (!r.bid.isEmpty()) {
            named = r.bid;
            break;
        }
    }
    for (const Bid& b : withBids.bids) {
        const Vendor* v = withBids.vendor(b.vendor);
        m_bid->addItem(tr("%1 — %2").arg(b.id, v ? v->name : b.vendor), b.id);
    }
    m_bid->setCurrentIndex(std::max(0, m_bid->findData(named)));
    m_at->setPlaceholderText(tr("the day of each row's answered_at, else the bid's submission"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Bid:"), m_bid);
    form->addRow(tr("&Answered on:"), m_at);
    form->addRow(tr("Changes:"), m_changes);
    FormDialog::layOut(this, form, m_error, m_buttons);
    connect(m_bid, &QComboBox::currentIndexChanged, this, &AnswerSheetDialog::refresh);
    connect(m_at, &QLineEdit::textChanged, this, &AnswerSheetDialog::refresh);
    resize(720, 480);
    refresh();
}

QString AnswerSheetDialog::bid() const
{
    return m_bid->currentData().toString();
}

QList<Response> AnswerSheetDialog::answers() const
{
    return m_answers;
}

void AnswerSheetDialog::refresh()
{
    m_answers.clear();
    m_seen.clear();
    QString problem;
    const Bid* bid = m_dossier.bid(this->bid());
    std::optional<Moment> at;
    if (!m_at->text().trimmed().isEmpty()) {
        auto m = Moment::parse(m_at->text().trimmed(), m_dossier.info.zone());
        if (m)
            at = *m;
        else
            problem = tr("Date: %1").arg(m.error().reason);
    }
    if (!bid)
        problem = tr("The dossier has no bid.");
    if (problem.isEmpty()) {
        const AnswerSheet::Changes changes = m_sheet.compare(m_dossier, *bid, at);
        if (!changes.errors.isEmpty()) {
            QStringList lines;
            for (const Error& e : changes.errors)
                lines << e.toString();
            m_changes->setPlainText(lines.join(u'\n'));
            problem = tr("%n row(s) refused: nothing can be recorded.", nullptr, int(changes.errors.size()));
        } else {
            m_changes->setPlainText(AnswerSheet::describe(changes));
            for (const AnswerSheet::Change& c : changes.changes) {
                m_answers << c.answer;
                m_seen << c.previous;
            }
            if (m_answers.isEmpty())
                problem = tr("Nothing to record: the bid's answers are as the sheet says.");
        }
    } else {
        m_changes->clear();
    }
    m_error->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace hostreview
