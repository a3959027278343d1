// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Dossier.h"

#include <QDialog>
#include <QSet>
#include <QTimeZone>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace hostreview {

// Records an assessment of one criterion: its status, a comment and a source of the dossier.
class AssessDialog final : public QDialog
{
    Q_OBJECT

public:
    AssessDialog(const Dossier& dossier, const Criterion& criterion, QWidget* parent = nullptr);
    // The assessment as entered (criterion id, status, comment, source).
    Criterion assessment() const;

private:
    QString m_criterion;
    QComboBox* m_status;
    QPlainTextEdit* m_comment;
    QComboBox* m_source;
};

// Records the decision: outcome, selected vendor, dates, duration, conditions and rationale.
// OK is enabled only while the input is valid; a line says what is wrong.
class DecisionDialog final : public QDialog
{
    Q_OBJECT

public:
    DecisionDialog(const Dossier& dossier, QWidget* parent = nullptr);
    // The decision as entered, with the dossier's claims (which this dialog does not edit).
    Decision decision() const;
    QString problem() const;
    void accept() override;

private:
    void validate();

    QTimeZone m_zone;
    QList<Claim> m_claims;
    QComboBox* m_outcome;
    QComboBox* m_vendor;
    QLineEdit* m_decided;
    QLineEdit* m_published;
    QSpinBox* m_duration;
    QPlainTextEdit* m_conditions;
    QPlainTextEdit* m_rationale;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

// Adds a claim the decision rests on: an id, a kind, its text and its source.
class ClaimDialog final : public QDialog
{
    Q_OBJECT

public:
    ClaimDialog(const Dossier& dossier, QWidget* parent = nullptr);
    Claim claim() const;
    QString problem() const;
    void accept() override;

private:
    void validate();

    QSet<QString> m_taken;
    QLineEdit* m_id;
    QComboBox* m_kind;
    QPlainTextEdit* m_text;
    QComboBox* m_source;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace hostreview
