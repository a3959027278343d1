// SPDX-License-Identifier: EUPL-1.2
#include "RevisionDialog.h"

#include "FormDialog.h"
#include "format/DossierReader.h"
#include "text/Labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace hostreview {

RevisionDialog::RevisionDialog(const Dossier& dossier, const Requirement* existing, QDate today, QWidget* parent)
    : QDialog(parent)
    , m_dossier(dossier)
    , m_new(existing == nullptr)
    , m_zone(dossier.info.zone())
    , m_text(new QPlainTextEdit)
    , m_mandatory(new QCheckBox(tr("Mandatory")))
    , m_weight(new QDoubleSpinBox)
    , m_status(new QComboBox)
    , m_effective(new QLineEdit)
    , m_rationale(new QLineEdit)
    , m_source(new QComboBox)
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(u"revisionDialog"_s);
    auto* form = new QFormLayout;
    if (m_new) {
        setWindowTitle(tr("Add requirement"));
        m_id = new QLineEdit;
        m_id->setObjectName(u"requirementId"_s);
        m_category = new QComboBox;
        m_category->setObjectName(u"requirementCategory"_s);
        for (size_t i = 0; i < EnumNames<Category>::names.size(); ++i)
            m_category->addItem(Labels::of(Category(i)), int(i));
        m_title = new QLineEdit;
        m_title->setObjectName(u"requirementTitle"_s);
        form->addRow(tr("&Id:"), m_id);
        form->addRow(tr("&Category:"), m_category);
        form->addRow(tr("T&itle:"), m_title);
    } else {
        setWindowTitle(tr("New revision of %1").arg(existing->id));
    }
    m_text->setObjectName(u"revisionText"_s);
    m_mandatory->setObjectName(u"revisionMandatory"_s);
    m_weight->setObjectName(u"revisionWeight"_s);
    m_weight->setRange(0, 1000);
    m_weight->setDecimals(2);
    m_weight->setValue(1);
    m_status->setObjectName(u"revisionStatus"_s);
    m_status->addItem(Labels::of(RevisionStatus::Active), int(RevisionStatus::Active));
    m_status->addItem(Labels::of(RevisionStatus::Withdrawn), int(RevisionStatus::Withdrawn));
    m_effective->setObjectName(u"revisionEffective"_s);
    m_effective->setPlaceholderText(tr("2023-12-04 or 2023-12-04T17:00:00+01:00"));
    m_effective->setText(today.toString(Qt::ISODate));
    m_rationale->setObjectName(u"revisionRationale"_s);
    m_rationale->setPlaceholderText(tr("Why the requirement changes"));
    m_source->setObjectName(u"revisionSource"_s);
    m_source->addItem(tr("(no source)"), QString());
    for (const Source& s : dossier.sources)
        m_source->addItem(s.id + u" — "_s + s.title, s.id);
    if (existing && !existing->revisions.isEmpty()) {
        const RequirementRevision& last = existing->revisions.back();
        m_text->setPlainText(last.text.value_or(QString()));
        m_mandatory->setChecked(last.isMandatory());
        m_weight->setValue(last.weightOrDefault());
        m_status->setCurrentIndex(last.isActive() ? 0 : 1);
    }
    form->addRow(tr("&Text:"), m_text);
    form->addRow(QString(), m_mandatory);
    form->addRow(tr("&Weight:"), m_weight);
    form->addRow(tr("St&atus:"), m_status);
    form->addRow(tr("&Effective:"), m_effective);
    form->addRow(tr("&Rationale:"), m_rationale);
    form->addRow(tr("&Source:"), m_source);
    m_error->setObjectName(u"revisionError"_s);
    FormDialog::layOut(this, form, m_error, m_buttons);
    if (m_id)
        connect(m_id, &QLineEdit::textChanged, this, &RevisionDialog::validate);
    connect(m_effective, &QLineEdit::textChanged, this, &RevisionDialog::validate);
    connect(m_text, &QPlainTextEdit::textChanged, this, &RevisionDialog::validate);
    resize(560, 480);
    validate();
}

void RevisionDialog::validate()
{
    QString problem;
    if (m_id) {
        const QString id = m_id->text().trimmed();
        if (!DossierReader::isValidId(id))
            problem = FormDialog::badIdMessage();
        else if (m_dossier.requirement(id))
            problem = tr("Requirement %1 already exists.").arg(id);
    }
    if (problem.isEmpty()) {
        auto at = Moment::parse(m_effective->text().trimmed(), m_zone);
        if (!at)
            problem = tr("Effective date: %1").arg(at.error().reason);
    }
    m_error->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

RequirementRevision RevisionDialog::revision() const
{
    RequirementRevision r;
    r.rev = 1;
    auto at = Moment::parse(m_effective->text().trimmed(), m_zone);
    if (at)
        r.effectiveAt = *at;
    r.text = m_text->toPlainText();
    r.mandatory = m_mandatory->isChecked();
    r.weight = m_weight->value();
    if (m_status->currentData().toInt() != int(RevisionStatus::Active))
        r.status = RevisionStatus::Withdrawn;
    if (const QString why = m_rationale->text().trimmed(); !why.isEmpty())
        r.rationale = why;
    const QString source = m_source->currentData().toString();
    if (!source.isEmpty())
        r.source = source;
    return r;
}

Requirement RevisionDialog::requirement() const
{
    Requirement r;
    if (m_id) {
        r.id = m_id->text().trimmed();
        r.category = Category(m_category->currentData().toInt());
        if (!m_title->text().trimmed().isEmpty())
            r.title = m_title->text().trimmed();
    }
    r.revisions << revision();
    return r;
}

} // namespace hostreview
