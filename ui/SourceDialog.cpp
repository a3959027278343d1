// SPDX-License-Identifier: EUPL-1.2
#include "SourceDialog.h"

#include "format/DossierReader.h"
#include "model/Enums.h"
#include "model/Moment.h"
#include "text/Labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hostreview {

SourceDialog::SourceDialog(const QTimeZone& zone, const std::optional<Source>& existing, QWidget* parent)
    : QDialog(parent)
    , m_zone(zone)
    , m_existing(existing)
    , m_id(new QLineEdit)
    , m_title(new QLineEdit)
    , m_publisher(new QLineEdit)
    , m_date(new QLineEdit)
    , m_kind(new QComboBox)
    , m_url(new QLineEdit)
    , m_excerpt(new QPlainTextEdit)
    , m_confidential(new QCheckBox(tr("&Confidential (not to be quoted outside the review)")))
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(existing ? tr("Edit source") : tr("Add source"));

    m_id->setObjectName(u"sourceId"_s);
    m_title->setObjectName(u"sourceTitle"_s);
    m_publisher->setObjectName(u"sourcePublisher"_s);
    m_date->setObjectName(u"sourceDate"_s);
    m_kind->setObjectName(u"sourceKind"_s);
    m_url->setObjectName(u"sourceUrl"_s);
    m_excerpt->setObjectName(u"sourceExcerpt"_s);
    m_confidential->setObjectName(u"sourceConfidential"_s);
    m_error->setObjectName(u"sourceError"_s);

    m_id->setPlaceholderText(tr("e.g. S-CNIL-2023"));
    m_id->setToolTip(tr("1 to 64 characters from A-Z a-z 0-9 . _ : -"));
    m_date->setPlaceholderText(tr("YYYY-MM-DD (optional)"));
    m_date->setToolTip(tr("A date such as 2023-11-28, or a date and time with its offset such as "
                          "2023-11-28T17:00:00+01:00."));
    m_url->setPlaceholderText(tr("https://… (optional)"));
    m_excerpt->setTabChangesFocus(true);
    for (size_t i = 0; i < EnumNames<SourceKind>::names.size(); ++i)
        m_kind->addItem(Labels::of(static_cast<SourceKind>(i)), static_cast<int>(i));

    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);

    if (existing) {
        m_id->setText(existing->id);
        m_id->setReadOnly(true);
        m_title->setText(existing->title);
        m_publisher->setText(existing->publisher.value_or(QString()));
        if (existing->date)
            m_date->setText(existing->date->text());
        const int kind = static_cast<int>(existing->kind.value_or(SourceKind::Other));
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
        m_url->setText(existing->url.value_or(QString()));
        m_excerpt->setPlainText(existing->excerpt.value_or(QString()));
        m_confidential->setChecked(existing->isConfidential());
    }

    auto* form = new QFormLayout;
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Publisher:"), m_publisher);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Excerpt:"), m_excerpt);
    form->addRow(QString(), m_confidential);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SourceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SourceDialog::reject);
    for (QLineEdit* edit : {m_id, m_title, m_publisher, m_date, m_url})
        connect(edit, &QLineEdit::textChanged, this, &SourceDialog::validate);

    resize(560, sizeHint().height());
    (existing ? m_title : m_id)->setFocus();
    validate();
}

void SourceDialog::setTakenIds(const QSet<QString>& ids)
{
    m_taken = ids;
    validate();
}

Source SourceDialog::source() const
{
    Source s;
    s.id = m_existing ? m_existing->id : m_id->text().trimmed();
    s.title = m_title->text().trimmed();
    if (const QString publisher = m_publisher->text().trimmed(); !publisher.isEmpty())
        s.publisher = publisher;
    if (const QString url = m_url->text().trimmed(); !url.isEmpty())
        s.url = url;
    if (const QString date = m_date->text().trimmed(); !date.isEmpty()) {
        if (auto moment = Moment::parse(date, m_zone))
            s.date = *moment;
    }
    // Keep a file's silence about defaults: an edit that does not touch them changes nothing.
    const auto kind = static_cast<SourceKind>(m_kind->currentData().toInt());
    if (!m_existing || m_existing->kind || kind != SourceKind::Other)
        s.kind = kind;
    if (const QString excerpt = m_excerpt->toPlainText(); !excerpt.trimmed().isEmpty())
        s.excerpt = excerpt;
    if (m_confidential->isChecked())
        s.confidential = true;
    else if (m_existing && m_existing->confidential)
        s.confidential = false;
    return s;
}

QString SourceDialog::problem() const
{
    if (!m_existing) {
        const QString id = m_id->text().trimmed();
        if (id.isEmpty())
            return tr("Enter an id for the source.");
        if (!DossierReader::isValidId(id))
            return tr("\"%1\" is not a valid id: use 1 to 64 characters from A-Z a-z 0-9 . _ : -").arg(id);
        if (m_taken.contains(id))
            return tr("Another source already has the id %1.").arg(id);
    }
    if (m_title->text().trimmed().isEmpty())
        return tr("Enter a title.");
    if (const QString date = m_date->text().trimmed(); !date.isEmpty()) {
        const auto moment = Moment::parse(date, m_zone);
        if (!moment)
            return tr("Date: %1").arg(moment.error().reason);
    }
    if (const QString text = m_url->text().trimmed(); !text.isEmpty()) {
        const QUrl url(text, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != u"http"_s && scheme != u"https"_s) || url.host().isEmpty())
            return tr("The URL must be a valid web address starting with http:// or https://.");
    }
    return {};
}

void SourceDialog::accept()
{
    validate();
    if (!problem().isEmpty())
        return;
    QDialog::accept();
}

void SourceDialog::validate()
{
    const QString why = problem();
    m_error->setText(why);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace hostreview
