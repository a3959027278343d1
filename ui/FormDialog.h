// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QString>

#include "model/Dossier.h"
#include "text/Labels.h"

#include <QComboBox>

#include <optional>

class QDialog;
class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace hostreview {

// What the editing dialogs share: a form, a line saying what is wrong with the input, OK and
// Cancel; the check of an id's syntax; the combo boxes of sources and of a format's names.
namespace FormDialog {
// Lays out `form`, then `error` (styled as an error, wrapped), then `buttons`, on `dialog`,
// and connects the buttons to accept() and reject().
void layOut(QDialog* dialog, QFormLayout* form, QLabel* error, QDialogButtonBox* buttons);
// What to say of an id that DossierReader::isValidId() refuses.
QString badIdMessage();
// A combo box of the dossier's sources, "(none)" first; selects `current` when given.
QComboBox* sourceCombo(const Dossier& dossier, const std::optional<QString>& current);
// The source chosen in a sourceCombo(), if any.
std::optional<QString> comboSource(const QComboBox* combo);
// The trimmed text, or nullopt when blank.
std::optional<QString> nonEmpty(const QString& text);
// Every value of a format enum, by its label, with the value as item data.
template <typename E>
void addEnumItems(QComboBox* combo)
{
    for (size_t i = 0; i < EnumNames<E>::names.size(); ++i)
        combo->addItem(Labels::of(static_cast<E>(i)), static_cast<int>(i));
}
} // namespace FormDialog

} // namespace hostreview
