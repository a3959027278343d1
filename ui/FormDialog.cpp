// SPDX-License-Identifier: EUPL-1.2
#include "FormDialog.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hostreview {

void FormDialog::layOut(QDialog* dialog, QFormLayout* form, QLabel* error, QDialogButtonBox* buttons)
{
    error->setWordWrap(true);
    error->setStyleSheet(u"color: #a40000"_s);
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
}

QString FormDialog::badIdMessage()
{
    return QCoreApplication::translate("hostreview::FormDialog",
                                       "The id must be 1 to 64 characters from A-Z a-z 0-9 . _ : -");
}

QComboBox* FormDialog::sourceCombo(const Dossier& dossier, const std::optional<QString>& current)
{
    auto* combo = new QComboBox;
    combo->addItem(QCoreApplication::translate("hostreview::AssessDialog", "(none)"), QString());
    for (const Source& s : dossier.sources)
        combo->addItem(s.id + u" — "_s + s.title, s.id);
    if (current)
        combo->setCurrentIndex(std::max(0, combo->findData(*current)));
    combo->setMaximumWidth(520);
    return combo;
}

std::optional<QString> FormDialog::comboSource(const QComboBox* combo)
{
    const QString id = combo->currentData().toString();
    return id.isEmpty() ? std::nullopt : std::optional<QString>(id);
}

std::optional<QString> FormDialog::nonEmpty(const QString& text)
{
    return text.trimmed().isEmpty() ? std::nullopt : std::optional<QString>(text.trimmed());
}

} // namespace hostreview
