// SPDX-License-Identifier: EUPL-1.2
#include "VendorDialog.h"

#include "FormDialog.h"
#include "format/DossierReader.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hostreview {

namespace {

std::optional<QString> text(const QLineEdit* e)
{
    const QString t = e->text().trimmed();
    return t.isEmpty() ? std::nullopt : std::optional<QString>(t);
}

// "HDS until 2026-01-01; ISO 27001" -> schemes with optional end dates; false when a date is invalid.
bool parseCertifications(const QString& text, const QTimeZone& zone, QList<Certification>& out)
{
    static const QRegularExpression until(u"^(.*?)\\s+(?:until|jusqu'au)\\s+(\\S+)$"_s);
    for (const QString& part : text.split(u';', Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (item.isEmpty())
            continue;
        Certification c;
        const QRegularExpressionMatch m = until.match(item);
        c.scheme = m.hasMatch() ? m.captured(1).trimmed() : item;
        if (m.hasMatch()) {
            auto day = Moment::parse(m.captured(2), zone);
            if (!day)
                return false;
            c.validUntil = *day;
        }
        out << c;
    }
    return true;
}

} // namespace

VendorDialog::VendorDialog(const Dossier& dossier, QWidget* parent)
    : QDialog(parent)
    , m_dossier(dossier)
    , m_id(new QLineEdit)
    , m_name(new QLineEdit)
    , m_country(new QLineEdit)
    , m_parent(new QLineEdit)
    , m_parentCountry(new QLineEdit)
    , m_certifications(new QLineEdit)
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(u"vendorDialog"_s);
    setWindowTitle(tr("Add vendor"));
    m_id->setObjectName(u"vendorId"_s);
    m_name->setObjectName(u"vendorName"_s);
    m_country->setObjectName(u"vendorCountry"_s);
    m_parentCountry->setObjectName(u"vendorParentCountry"_s);
    m_certifications->setObjectName(u"vendorCertifications"_s);
    m_country->setPlaceholderText(tr("FR, IE, US…"));
    m_parentCountry->setPlaceholderText(tr("US"));
    m_certifications->setPlaceholderText(tr("HDS until 2026-01-01; ISO 27001"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("&Parent company:"), m_parent);
    form->addRow(tr("Parent's c&ountry:"), m_parentCountry);
    form->addRow(tr("C&ertifications:"), m_certifications);
    m_error->setObjectName(u"vendorError"_s);
    FormDialog::layOut(this, form, m_error, m_buttons);
    for (QLineEdit* e : {m_id, m_name, m_country, m_parentCountry, m_certifications})
        connect(e, &QLineEdit::textChanged, this, &VendorDialog::validate);
    resize(480, 260);
    validate();
}

void VendorDialog::validate()
{
    static const QRegularExpression country(u"^[A-Za-z]{2}$"_s);
    QString problem;
    QList<Certification> certs;
    const QString id = m_id->text().trimmed();
    if (!DossierReader::isValidId(id))
        problem = FormDialog::badIdMessage();
    else if (m_dossier.vendor(id))
        problem = tr("Vendor %1 already exists.").arg(id);
    else if (m_name->text().trimmed().isEmpty())
        problem = tr("A vendor needs a name.");
    else if (text(m_country) && !country.match(*text(m_country)).hasMatch())
        problem = tr("A country is a two-letter code (FR, IE, US).");
    else if (text(m_parentCountry) && !country.match(*text(m_parentCountry)).hasMatch())
        problem = tr("A country is a two-letter code (FR, IE, US).");
    else if (!parseCertifications(m_certifications->text(), m_dossier.info.zone(), certs))
        problem = tr("Write certifications as \"HDS until 2026-01-01; ISO 27001\".");
    m_error->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

Vendor VendorDialog::vendor() const
{
    Vendor v;
    v.id = m_id->text().trimmed();
    v.name = m_name->text().trimmed();
    if (auto c = text(m_country))
        v.country = c->toUpper();
    v.parent = text(m_parent);
    if (auto c = text(m_parentCountry))
        v.parentCountry = c->toUpper();
    parseCertifications(m_certifications->text(), m_dossier.info.zone(), v.certifications);
    return v;
}

} // namespace hostreview
