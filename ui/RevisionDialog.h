// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Dossier.h"

#include <QDialog>
#include <QTimeZone>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace hostreview {

// Asks for a new requirement (id, category, title and its first revision) or for the next
// revision of an existing one (prefilled with the revision in force). OK is enabled only when
// the input is valid; a line under the form says what is wrong.
class RevisionDialog final : public QDialog
{
    Q_OBJECT

public:
    // `existing` null: a new requirement. `today` is the default effective date.
    RevisionDialog(const Dossier& dossier, const Requirement* existing, QDate today, QWidget* parent = nullptr);

    // The new requirement with its rev 1 (new requirement) ...
    Requirement requirement() const;
    // ... or the new revision (rev left to the document).
    RequirementRevision revision() const;

private:
    void validate();

    const Dossier& m_dossier;
    bool m_new;
    QTimeZone m_zone;
    QLineEdit* m_id = nullptr;
    QComboBox* m_category = nullptr;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_text;
    QCheckBox* m_mandatory;
    QDoubleSpinBox* m_weight;
    QComboBox* m_status;
    QLineEdit* m_effective;
    QLineEdit* m_rationale;
    QComboBox* m_source;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace hostreview
