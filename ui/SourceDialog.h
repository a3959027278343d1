// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Dossier.h"

#include <QDialog>
#include <QSet>
#include <QString>
#include <QTimeZone>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace hostreview {

// Adds a source (existing is nullopt) or edits one (its id cannot change). OK is enabled only
// while the input is valid; a line under the fields says what is wrong. Dates are read in the
// dossier's time zone.
class SourceDialog final : public QDialog
{
    Q_OBJECT

public:
    SourceDialog(const QTimeZone& zone, const std::optional<Source>& existing, QWidget* parent = nullptr);

    // Ids already used in the dossier: a new source may not take one of them.
    void setTakenIds(const QSet<QString>& ids);

    // The source as entered; optional fields are nullopt when left empty. When editing, a kind or
    // a confidentiality the file left to its default stays absent unless it was changed.
    Source source() const;
    // What is wrong with the input, or an empty string when it can be accepted.
    QString problem() const;

    void accept() override;

private:
    void validate();

    QTimeZone m_zone;
    std::optional<Source> m_existing;
    QSet<QString> m_taken;
    QLineEdit* m_id;
    QLineEdit* m_title;
    QLineEdit* m_publisher;
    QLineEdit* m_date;
    QComboBox* m_kind;
    QLineEdit* m_url;
    QPlainTextEdit* m_excerpt;
    QCheckBox* m_confidential;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace hostreview
