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
    return tr("The id must be 1 to 64 characters from A-Z a-z 0-9 . _ : -");
}

} // namespace hostreview
