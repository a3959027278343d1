// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Dossier.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace hostreview {

// Asks for a new bid: id, vendor, submission date, status, price. Answers are recorded after.
class BidDialog final : public QDialog
{
    Q_OBJECT

public:
    // `dossier` must hold the bids (the document's queries' dossier).
    BidDialog(const Dossier& dossier, QDate today, QWidget* parent = nullptr);
    Bid bid() const;

private:
    void validate();

    const Dossier& m_dossier;
    QLineEdit* m_id;
    QComboBox* m_vendor;
    QLineEdit* m_submitted;
    QComboBox* m_status;
    QLineEdit* m_statusAt; // the day the bid took its status (withdrawn, disqualified): optional
    QLineEdit* m_price;
    QLineEdit* m_currency;
    QCheckBox* m_confidential;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

// Records a vendor's answer to a requirement: the bid, the requirement, the revision answered
// (the one in force on the answer's day unless another is chosen), the compliance, the day and
// the evidence.
class AnswerDialog final : public QDialog
{
    Q_OBJECT

public:
    AnswerDialog(const Dossier& dossier, const QString& bidId, const QString& requirementId, QWidget* parent = nullptr);
    QString bidId() const;
    Response response() const;

private:
    void fillRevisions();
    void validate();

    const Dossier& m_dossier;
    QComboBox* m_bid;
    QComboBox* m_requirement;
    QComboBox* m_rev;
    QComboBox* m_compliance;
    QLineEdit* m_at;
    QLineEdit* m_evidence;
    QCheckBox* m_confidential;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace hostreview
