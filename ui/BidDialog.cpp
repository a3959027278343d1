// SPDX-License-Identifier: EUPL-1.2
#include "BidDialog.h"

#include "FormDialog.h"
#include "analysis/DossierQueries.h"
#include "format/DossierReader.h"
#include "text/Labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace hostreview {

namespace {

QLabel* errorLabel(const QString& name)
{
    auto* l = new QLabel;
    l->setTextFormat(Qt::PlainText); // errors quote what was typed
    l->setObjectName(name);
    return l;
}

} // namespace

BidDialog::BidDialog(const Dossier& dossier, QDate today, QWidget* parent)
    : QDialog(parent)
    , m_dossier(dossier)
    , m_id(new QLineEdit)
    , m_vendor(new QComboBox)
    , m_submitted(new QLineEdit(today.toString(Qt::ISODate)))
    , m_status(new QComboBox)
    , m_statusAt(new QLineEdit)
    , m_price(new QLineEdit)
    , m_currency(new QLineEdit(u"EUR"_s))
    , m_confidential(new QCheckBox(tr("Confidential (left out of public editions)")))
    , m_error(errorLabel(u"bidError"_s))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(u"bidDialog"_s);
    setWindowTitle(tr("Add bid"));
    m_id->setObjectName(u"bidId"_s);
    m_vendor->setObjectName(u"bidVendor"_s);
    m_submitted->setObjectName(u"bidSubmitted"_s);
    m_price->setObjectName(u"bidPrice"_s);
    m_statusAt->setObjectName(u"bidStatusAt"_s);
    m_statusAt->setPlaceholderText(tr("from submission"));
    for (const Vendor& v : dossier.vendors)
        m_vendor->addItem(v.name, v.id);
    for (size_t i = 0; i < EnumNames<BidStatus>::names.size(); ++i)
        m_status->addItem(Labels::of(BidStatus(i)), int(i));
    auto* form = new QFormLayout;
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Vendor:"), m_vendor);
    form->addRow(tr("&Submitted:"), m_submitted);
    form->addRow(tr("St&atus:"), m_status);
    form->addRow(tr("Status &since:"), m_statusAt);
    form->addRow(tr("&Price:"), m_price);
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(QString(), m_confidential);
    FormDialog::layOut(this, form, m_error, m_buttons);
    for (QLineEdit* e : {m_id, m_submitted, m_statusAt, m_price})
        connect(e, &QLineEdit::textChanged, this, &BidDialog::validate);
    connect(m_status, &QComboBox::currentIndexChanged, this, &BidDialog::validate);
    validate();
}

void BidDialog::validate()
{
    QString problem;
    const QString id = m_id->text().trimmed();
    bool priceOk = true;
    const double price = m_price->text().trimmed().isEmpty() ? 0 : QLocale().toDouble(m_price->text(), &priceOk);
    if (m_vendor->count() == 0)
        problem = tr("Add a vendor first.");
    else if (!DossierReader::isValidId(id))
        problem = FormDialog::badIdMessage();
    else if (m_dossier.bid(id))
        problem = tr("Bid %1 already exists.").arg(id);
    else if (auto at = Moment::parse(m_submitted->text().trimmed(), m_dossier.info.zone()); !at)
        problem = tr("Submitted: %1").arg(at.error().reason);
    else if (const QString since = m_statusAt->text().trimmed(); !since.isEmpty()) {
        const auto statusAt = Moment::parse(since, m_dossier.info.zone());
        const auto submitted = Moment::parse(m_submitted->text().trimmed(), m_dossier.info.zone());
        if (!statusAt)
            problem = tr("Status since: %1").arg(statusAt.error().reason);
        else if (Moment::isEarlier(*statusAt, *submitted))
            problem = tr("The status cannot be taken before the submission.");
        else if (m_status->currentData().toInt() == int(BidStatus::Submitted))
            problem = tr("A date is for a withdrawal or a disqualification.");
    }
    if (problem.isEmpty() && (!priceOk || price < 0))
        problem = tr("The price is a number, not negative.");
    m_error->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

Bid BidDialog::bid() const
{
    Bid b;
    b.id = m_id->text().trimmed();
    b.vendor = m_vendor->currentData().toString();
    if (auto at = Moment::parse(m_submitted->text().trimmed(), m_dossier.info.zone()))
        b.submittedAt = *at;
    if (m_status->currentData().toInt() != int(BidStatus::Submitted))
        b.status = BidStatus(m_status->currentData().toInt());
    if (auto at = Moment::parse(m_statusAt->text().trimmed(), m_dossier.info.zone()); at && b.status)
        b.statusAt = *at;
    if (!m_price->text().trimmed().isEmpty()) {
        Price p;
        p.amount = QLocale().toDouble(m_price->text());
        if (!m_currency->text().trimmed().isEmpty())
            p.currency = m_currency->text().trimmed();
        b.price = p;
    }
    if (m_confidential->isChecked())
        b.confidential = true;
    return b;
}

AnswerDialog::AnswerDialog(const Dossier& dossier, const QString& bidId, const QString& requirementId, QWidget* parent)
    : QDialog(parent)
    , m_dossier(dossier)
    , m_bid(new QComboBox)
    , m_requirement(new QComboBox)
    , m_rev(new QComboBox)
    , m_compliance(new QComboBox)
    , m_at(new QLineEdit)
    , m_evidence(new QLineEdit)
    , m_confidential(new QCheckBox(tr("Confidential (left out of public editions)")))
    , m_error(errorLabel(u"answerError"_s))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(u"answerDialog"_s);
    setWindowTitle(tr("Record answer"));
    m_bid->setObjectName(u"answerBid"_s);
    m_requirement->setObjectName(u"answerRequirement"_s);
    m_rev->setObjectName(u"answerRev"_s);
    m_compliance->setObjectName(u"answerCompliance"_s);
    m_at->setObjectName(u"answerAt"_s);
    m_evidence->setObjectName(u"answerEvidence"_s);
    for (const Bid& b : dossier.bids) {
        const Vendor* v = dossier.vendor(b.vendor);
        m_bid->addItem(tr("%1 — %2").arg(b.id, v ? v->name : b.vendor), b.id);
    }
    m_bid->setCurrentIndex(std::max(0, m_bid->findData(bidId)));
    for (const Requirement& r : dossier.requirements)
        m_requirement->addItem(r.title ? tr("%1 — %2").arg(r.id, *r.title) : r.id, r.id);
    m_requirement->setCurrentIndex(std::max(0, m_requirement->findData(requirementId)));
    for (size_t i = 0; i < EnumNames<Compliance>::names.size(); ++i)
        m_compliance->addItem(Labels::of(Compliance(i)), int(i));
    if (const Bid* b = dossier.bid(m_bid->currentData().toString()))
        m_at->setText(b->submittedAt.day().toString(Qt::ISODate));
    m_at->setPlaceholderText(tr("the bid's submission day"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Bid:"), m_bid);
    form->addRow(tr("&Requirement:"), m_requirement);
    form->addRow(tr("Re&vision answered:"), m_rev);
    form->addRow(tr("&Compliance:"), m_compliance);
    form->addRow(tr("&Answered on:"), m_at);
    form->addRow(tr("&Evidence:"), m_evidence);
    form->addRow(QString(), m_confidential);
    FormDialog::layOut(this, form, m_error, m_buttons);
    connect(m_requirement, &QComboBox::currentIndexChanged, this, &AnswerDialog::fillRevisions);
    connect(m_at, &QLineEdit::textChanged, this, &AnswerDialog::fillRevisions);
    resize(560, 300);
    fillRevisions();
}

void AnswerDialog::fillRevisions()
{
    // The revision in force on the answer's day is the default; any revision can be chosen.
    const Requirement* r = m_dossier.requirement(m_requirement->currentData().toString());
    const int chosen = m_rev->currentData().toInt();
    m_rev->clear();
    if (r) {
        auto at = Moment::parse(m_at->text().trimmed(), m_dossier.info.zone());
        const RequirementRevision* inForce = at ? DossierQueries::inForce(*r, at->day()) : nullptr;
        for (const RequirementRevision& v : r->revisions) {
            m_rev->addItem(&v == inForce ? tr("rev %1 (in force)").arg(v.rev) : tr("rev %1").arg(v.rev), v.rev);
        }
        const int index = m_rev->findData(inForce ? inForce->rev : chosen);
        m_rev->setCurrentIndex(index >= 0 ? index : m_rev->count() - 1);
    }
    validate();
}

void AnswerDialog::validate()
{
    QString problem;
    if (m_bid->count() == 0)
        problem = tr("Add a bid first.");
    else if (m_rev->count() == 0)
        problem = tr("Choose a requirement.");
    else if (!m_at->text().trimmed().isEmpty()) {
        if (auto at = Moment::parse(m_at->text().trimmed(), m_dossier.info.zone()); !at)
            problem = tr("Answered on: %1").arg(at.error().reason);
    }
    m_error->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

QString AnswerDialog::bidId() const
{
    return m_bid->currentData().toString();
}

Response AnswerDialog::response() const
{
    Response r;
    r.requirement = m_requirement->currentData().toString();
    r.rev = m_rev->currentData().toInt();
    r.compliance = Compliance(m_compliance->currentData().toInt());
    if (auto at = Moment::parse(m_at->text().trimmed(), m_dossier.info.zone())) {
        const Bid* b = m_dossier.bid(bidId());
        if (!b || !(b->submittedAt == *at))
            r.at = *at;
    }
    if (!m_evidence->text().trimmed().isEmpty())
        r.evidence = m_evidence->text().trimmed();
    if (m_confidential->isChecked())
        r.confidential = true;
    return r;
}

} // namespace hostreview
