// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Dossier.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace hostreview {

class DossierDocument;

// The sources of one dossier, one row each in the dossier's order. Keeps its own copy of what it
// shows, so that it can announce a removal after the document has already dropped the source; the
// document's change signals are turned into beginInsertRows/dataChanged, never a reload.
class SourceTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Title, Publisher, Date, Kind, Url, CitedBy, ColumnCount };
    // Qt::UserRole gives every column's sort key (ISO date, citation count, ...).
    enum Role { SortRole = Qt::UserRole, SourceIdRole = Qt::UserRole + 1 };

    // The document may be nullptr (an empty model); it is not owned.
    explicit SourceTableModel(DossierDocument* document, QObject* parent = nullptr);

    DossierDocument* document() const;
    // Shows another document's sources (nullptr: none).
    void setDocument(DossierDocument* document);

    // The row of the source with this id, or -1.
    int rowOf(const QString& sourceId) const;
    // The id of the source in this row, or an empty string when out of range.
    QString sourceId(int row) const;

    // What cites the source, as a person reads it ("Requirement SEC-03, rev 2", "Claim C-1"), in
    // the dossier's order: requirement revisions, events, assessment criteria, decision claims.
    static QStringList citations(const Dossier& dossier, const QString& sourceId);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Row
    {
        QString id;
        QString title;
        QString publisher;
        QString date;    // as shown
        QString dateKey; // ISO day, for sorting
        QString kind;
        QString url;
        bool confidential = false;
        QStringList citations;
    };

    static Row rowFor(const Dossier& dossier, const Source& source);
    void rebuild();
    void onSourceAdded(int index);
    void onSourceRemoved(int index);
    void onSourceChanged(int index);
    void onReset();
    // Requirements cite sources through their revisions: recount after they change.
    void refreshCitations();

    QPointer<DossierDocument> m_document;
    QList<Row> m_rows;
};

} // namespace hostreview
