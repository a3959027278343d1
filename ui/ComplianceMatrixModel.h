// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "analysis/Compliance.h"

#include <QAbstractTableModel>

namespace hostreview {

// The compliance matrix as a table: a row per requirement in force on the day, a column per
// vendor. Each cell shows its state by symbol and word as well as by colour; mandatory rows are
// marked in the row header. The queries (and their dossier) must outlive the matrix shown:
// setMatrix() is called again whenever they are replaced.
class ComplianceMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { StateRole = Qt::UserRole, RequirementIdRole, VendorIdRole };

    explicit ComplianceMatrixModel(QObject* parent = nullptr);

    void setMatrix(ComplianceMatrix matrix);
    void clear();
    const ComplianceMatrix& matrix() const { return m_matrix; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QColor stateColour(CellState state);

private:
    ComplianceMatrix m_matrix;
};

// Each vendor's score as of the matrix's day, sortable: weighted score, share of the maximum,
// mandatory requirements met, and the count of each state.
class ScoreTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Vendor, Score, Percent, Mandatory, Full, Partial, None, Stale, Unanswered, ColumnCount };

    explicit ScoreTableModel(QObject* parent = nullptr);
    void setScores(QList<VendorScore> scores);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<VendorScore> m_scores;
};

} // namespace hostreview
