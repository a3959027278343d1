// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "analysis/ClaimCheck.h"
#include "model/Dossier.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace hostreview {

class DossierDocument;

// The assessment criteria of one dossier, one row each in the dossier's order. Rebuilt (a model
// reset) when the assessment changes: an assessment has tens of criteria, not thousands.
class CriterionTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Kind, Title, Status, Comment, Source, ColumnCount };
    enum Role { SortRole = Qt::UserRole, CriterionIdRole };

    explicit CriterionTableModel(DossierDocument* document, QObject* parent = nullptr);
    void setDocument(DossierDocument* document);

    // The row of a criterion, or -1.
    int rowOf(const QString& criterionId) const;
    const Criterion* criterion(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The colour that says a status (none for "not assessed"); the text says it too.
    static QColor statusColor(AssessmentStatus status);

private:
    void rebuild();

    QPointer<DossierDocument> m_document;
    QList<Criterion> m_rows;
};

// The claims of the decision with what the evidence says of each (ClaimCheck). The check needs
// the bids and an analysis: refresh() computes it, the view calls it when it is shown and after
// a change, so that editing a requirement elsewhere does not load the bids.
class ClaimTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Kind, Text, Source, Verdict, ColumnCount };
    enum Role { SortRole = Qt::UserRole, ClaimIdRole };

    explicit ClaimTableModel(QObject* parent = nullptr);
    // Shows another document's claims, or the same one's checked again.
    void setDocument(DossierDocument* document);
    // Checks the claims again (loads the bids and the analysis when they are not loaded yet).
    void refresh();

    int rowOf(const QString& claimId) const;
    // The check of the claim in a row, or nullptr. Its bid and vendor pointers are not kept:
    // use bidLines() for them.
    const ClaimCheck* check(int row) const;
    // The bids behind the claim in a row, as the detail pane shows them.
    struct BidLine
    {
        QString bid;
        QString vendor;
        QString status;
        bool selected = false;
        bool withdrawn = false;
        int mandatoryMet = 0;
        int mandatoryTotal = 0;
    };
    QList<BidLine> bidLines(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QPointer<DossierDocument> m_document;
    QList<ClaimCheck> m_checks; // with bids cleared: pointers into the queries do not outlive a change
    QList<QList<BidLine>> m_bids;
};

} // namespace hostreview
