// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Dossier.h"

#include <QAbstractTableModel>
#include <QDate>

namespace hostreview {

class DossierDocument;

// The history of one requirement: every revision with its date, status, mandatory, weight,
// rationale and source, and when and by whom it was recorded (how late, when entered more than a
// day after it took effect); the revision in force on the chosen day in bold.
class RevisionHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Rev, Effective, Recorded, Status, Mandatory, Weight, Rationale, SourceColumn, ColumnCount };
    enum Role { RevRole = Qt::UserRole };

    explicit RevisionHistoryModel(DossierDocument* document, QObject* parent = nullptr);

    // Shows the requirement with this id (none when empty or unknown).
    void setRequirement(const QString& requirementId);
    const QString& requirementId() const { return m_id; }
    void setDay(QDate day);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    // The row of the revision in force on m_day (the latest when no day is set); -1 for none.
    int rowInForce() const;

    DossierDocument* m_document;
    QString m_id;
    QDate m_day;
    QList<RequirementRevision> m_revisions;
    QList<Recording> m_recordings; // by row; a default Recording when the file has none
    int m_inForce = -1;            // row of the revision in force on the day
};

} // namespace hostreview
