// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QString>

class QDialog;
class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace hostreview {

// What the editing dialogs share: a form, a line saying what is wrong with the input, OK and
// Cancel; and the check of an id's syntax.
class FormDialog
{
    Q_DECLARE_TR_FUNCTIONS(hostreview::FormDialog)

public:
    // Lays out `form`, then `error` (styled as an error, wrapped), then `buttons`, on `dialog`,
    // and connects the buttons to accept() and reject().
    static void layOut(QDialog* dialog, QFormLayout* form, QLabel* error, QDialogButtonBox* buttons);
    // What to say of an id that DossierReader::isValidId() refuses.
    static QString badIdMessage();
};

} // namespace hostreview
