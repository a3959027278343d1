// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Dossier.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace hostreview {

// Asks for a new vendor: id, name, country, parent and its country, certifications
// ("HDS until 2026-01-01; ISO 27001"). OK only when valid; a line says what is wrong.
class VendorDialog final : public QDialog
{
    Q_OBJECT

public:
    VendorDialog(const Dossier& dossier, QWidget* parent = nullptr);
    Vendor vendor() const;

private:
    void validate();

    const Dossier& m_dossier;
    QLineEdit* m_id;
    QLineEdit* m_name;
    QLineEdit* m_country;
    QLineEdit* m_parent;
    QLineEdit* m_parentCountry;
    QLineEdit* m_certifications;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace hostreview
