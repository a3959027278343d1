// SPDX-License-Identifier: EUPL-1.2
#include "ReviewDialogs.h"

#include "FormDialog.h"
#include "format/DossierReader.h"
#include "model/Moment.h"
#include "text/Labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace hostreview {

using FormDialog::addEnumItems;
using FormDialog::comboSource;
using FormDialog::nonEmpty;
using FormDialog::sourceCombo;

// --- AssessDialog ---------------------------------------------------------------------------

AssessDialog::AssessDialog(const Dossier& dossier, const Criterion& criterion, QWidget* parent)
    : QDialog(parent)
    , m_criterion(criterion.criterion)
    , m_status(new QComboBox)
    , m_comment(new QPlainTextEdit)
    , m_source(sourceCombo(dossier, criterion.source))
{
    setWindowTitle(tr("Assess %1").arg(criterion.criterion));
    m_status->setObjectName(u"assessStatus"_s);
    m_comment->setObjectName(u"assessComment"_s);
    m_source->setObjectName(u"assessSource"_s);
    addEnumItems<AssessmentStatus>(m_status);
    m_status->setCurrentIndex(m_status->findData(int(criterion.statusOrDefault())));
    m_comment->setPlainText(criterion.comment.value_or(QString()));
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(tr("What the evidence shows, and what is missing"));

    auto* title = new QLabel(criterion.title.value_or(criterion.criterion));
    title->setTextFormat(Qt::PlainText); // the dossier's text
    title->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Criterion:"), title);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Comment:"), m_comment);
    form->addRow(tr("S&ource:"), m_source);
    auto* error = new QLabel;
    error->setTextFormat(Qt::PlainText);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    FormDialog::layOut(this, form, error, buttons);
    resize(560, sizeHint().height());
    m_status->setFocus();
}

Criterion AssessDialog::assessment() const
{
    Criterion c;
    c.criterion = m_criterion;
    c.status = static_cast<AssessmentStatus>(m_status->currentData().toInt());
    c.comment = nonEmpty(m_comment->toPlainText());
    c.source = comboSource(m_source);
    return c;
}

// --- DecisionDialog -------------------------------------------------------------------------

DecisionDialog::DecisionDialog(const Dossier& dossier, QWidget* parent)
    : QDialog(parent)
    , m_zone(dossier.info.zone())
    , m_outcome(new QComboBox)
    , m_vendor(new QComboBox)
    , m_decided(new QLineEdit)
    , m_published(new QLineEdit)
    , m_duration(new QSpinBox)
    , m_conditions(new QPlainTextEdit)
    , m_rationale(new QPlainTextEdit)
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Record the decision"));
    m_outcome->setObjectName(u"decisionOutcome"_s);
    m_vendor->setObjectName(u"decisionVendor"_s);
    m_decided->setObjectName(u"decisionDecided"_s);
    m_published->setObjectName(u"decisionPublished"_s);
    m_duration->setObjectName(u"decisionDuration"_s);
    m_conditions->setObjectName(u"decisionConditions"_s);
    m_rationale->setObjectName(u"decisionRationale"_s);
    m_error->setObjectName(u"decisionError"_s);
    m_error->setTextFormat(Qt::PlainText);

    addEnumItems<Outcome>(m_outcome);
    m_vendor->addItem(tr("(none)"), QString());
    for (const Vendor& v : dossier.vendors)
        m_vendor->addItem(v.name + u" (" + v.id + u')', v.id);
    for (QLineEdit* date : {m_decided, m_published}) {
        date->setPlaceholderText(tr("YYYY-MM-DD (optional)"));
        date->setToolTip(tr("A date such as 2023-12-21, or a date and time with its offset."));
    }
    m_duration->setRange(0, 1200);
    m_duration->setSpecialValueText(tr("not given"));
    m_duration->setSuffix(tr(" months"));
    m_conditions->setPlaceholderText(tr("One condition per line"));
    m_conditions->setTabChangesFocus(true);
    m_rationale->setTabChangesFocus(true);

    const Decision d = dossier.decision.value_or(Decision());
    m_claims = d.claims;
    m_outcome->setCurrentIndex(m_outcome->findData(int(d.outcomeOrDefault())));
    if (d.selectedVendor)
        m_vendor->setCurrentIndex(std::max(0, m_vendor->findData(*d.selectedVendor)));
    if (d.decidedAt)
        m_decided->setText(d.decidedAt->text());
    if (d.publishedAt)
        m_published->setText(d.publishedAt->text());
    m_duration->setValue(d.durationMonths.value_or(0));
    m_conditions->setPlainText(d.conditions.value_or(QStringList()).join(u'\n'));
    m_rationale->setPlainText(d.rationale.value_or(QString()));

    auto* form = new QFormLayout;
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("Selected &vendor:"), m_vendor);
    form->addRow(tr("&Decided on:"), m_decided);
    form->addRow(tr("&Published on:"), m_published);
    form->addRow(tr("D&uration:"), m_duration);
    form->addRow(tr("&Conditions:"), m_conditions);
    form->addRow(tr("&Rationale:"), m_rationale);
    FormDialog::layOut(this, form, m_error, m_buttons);
    for (QLineEdit* date : {m_decided, m_published})
        connect(date, &QLineEdit::textChanged, this, &DecisionDialog::validate);
    resize(640, sizeHint().height());
    validate();
}

Decision DecisionDialog::decision() const
{
    Decision d;
    d.outcome = static_cast<Outcome>(m_outcome->currentData().toInt());
    d.selectedVendor = nonEmpty(m_vendor->currentData().toString());
    if (auto m = Moment::parse(m_decided->text().trimmed(), m_zone))
        d.decidedAt = *m;
    if (auto m = Moment::parse(m_published->text().trimmed(), m_zone))
        d.publishedAt = *m;
    if (m_duration->value() > 0)
        d.durationMonths = m_duration->value();
    QStringList conditions;
    for (const QString& line : m_conditions->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            conditions << line.trimmed();
    }
    if (!conditions.isEmpty())
        d.conditions = conditions;
    d.rationale = nonEmpty(m_rationale->toPlainText());
    d.claims = m_claims;
    return d;
}

QString DecisionDialog::problem() const
{
    for (QLineEdit* date : {m_decided, m_published}) {
        const QString text = date->text().trimmed();
        if (!text.isEmpty() && !Moment::parse(text, m_zone))
            return tr("“%1” is not a date (YYYY-MM-DD).").arg(text);
    }
    const Decision d = decision();
    if (d.decidedAt && d.publishedAt && d.publishedAt->day() < d.decidedAt->day())
        return tr("The decision cannot be published before it is taken.");
    return {};
}

void DecisionDialog::validate()
{
    const QString why = problem();
    m_error->setText(why);
    m_error->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

void DecisionDialog::accept()
{
    if (!problem().isEmpty())
        return;
    QDialog::accept();
}

// --- ClaimDialog ----------------------------------------------------------------------------

ClaimDialog::ClaimDialog(const Dossier& dossier, QWidget* parent)
    : QDialog(parent)
    , m_id(new QLineEdit)
    , m_kind(new QComboBox)
    , m_text(new QPlainTextEdit)
    , m_source(sourceCombo(dossier, std::nullopt))
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Add a claim"));
    m_id->setObjectName(u"claimId"_s);
    m_kind->setObjectName(u"claimKind"_s);
    m_text->setObjectName(u"claimText"_s);
    m_source->setObjectName(u"claimSource"_s);
    m_error->setObjectName(u"claimError"_s);
    m_error->setTextFormat(Qt::PlainText);
    if (dossier.decision) {
        for (const Claim& c : dossier.decision->claims)
            m_taken.insert(c.id);
    }
    m_id->setPlaceholderText(tr("e.g. C-NO-ALTERNATIVE"));
    addEnumItems<ClaimKind>(m_kind);
    m_text->setPlaceholderText(tr("The statement, as the decision makes it"));
    m_text->setTabChangesFocus(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Text:"), m_text);
    form->addRow(tr("S&ource:"), m_source);
    FormDialog::layOut(this, form, m_error, m_buttons);
    connect(m_id, &QLineEdit::textChanged, this, &ClaimDialog::validate);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ClaimDialog::validate);
    resize(560, sizeHint().height());
    validate();
}

Claim ClaimDialog::claim() const
{
    Claim c;
    c.id = m_id->text().trimmed();
    c.kind = static_cast<ClaimKind>(m_kind->currentData().toInt());
    c.text = nonEmpty(m_text->toPlainText());
    c.source = comboSource(m_source);
    return c;
}

QString ClaimDialog::problem() const
{
    const QString id = m_id->text().trimmed();
    if (id.isEmpty())
        return tr("Give the claim an id.");
    if (!DossierReader::isValidId(id))
        return FormDialog::badIdMessage();
    if (m_taken.contains(id))
        return tr("The decision already has a claim %1.").arg(id);
    if (m_text->toPlainText().trimmed().isEmpty())
        return tr("Write what the decision says.");
    return {};
}

void ClaimDialog::validate()
{
    const QString why = problem();
    m_error->setText(why);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

void ClaimDialog::accept()
{
    if (!problem().isEmpty())
        return;
    QDialog::accept();
}

} // namespace hostreview
