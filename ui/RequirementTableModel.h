// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Dossier.h"

#include <QAbstractTableModel>
#include <QDate>

namespace hostreview {

class DossierDocument;

// The requirements of a dossier as they stood on a day (the latest state when no day is set):
// one row per requirement, with what filtering and sorting need computed once per row.
class RequirementTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, CategoryColumn, Title, Mandatory, Weight, Revisions, LastChange, Status, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,
        RequirementIdRole,
    };
    enum class State { Active, Withdrawn, NotYetIssued };

    struct Row
    {
        QString id;
        Category category = Category::Other;
        QString title;
        // The revision in force on the day (rev 0 before rev 1 is effective) and its values.
        int rev = 0;
        bool mandatory = false;
        double weight = 1;
        QString text;
        int revisions = 0; // effective on or before the day
        QDate lastChange;  // the latest effective day of those
        State state = State::NotYetIssued;
        // Case-folded, accents removed: id, title and the text in force.
        QString searchText;
        // A change (rev 2 or later) effective from the opening to the final deadline, both included.
        bool changedDuringConsultation = false;
    };

    explicit RequirementTableModel(DossierDocument* document, QObject* parent = nullptr);

    // The day the table shows; an invalid date shows the latest state.
    void setDay(QDate day);
    QDate day() const { return m_day; }

    const Row& row(int r) const { return m_rows[r]; }
    int rowOf(const QString& requirementId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Text folded for searching: lower case, without accents ("Sécurité" -> "securite").
    static QString fold(const QString& text);
    static QString stateLabel(State state);

private:
    Row makeRow(const Requirement& r) const;
    void rebuild();

    DossierDocument* m_document;
    QDate m_day;
    QDate m_opening;
    QDate m_finalDeadline;
    QList<Row> m_rows;
};

} // namespace hostreview
