// SPDX-License-Identifier: EUPL-1.2
#include "SourceTableModel.h"

#include "DossierDocument.h"
#include "text/Labels.h"

#include <QLocale>

#include <utility>

using namespace Qt::StringLiterals;

namespace hostreview {

SourceTableModel::SourceTableModel(DossierDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
{
    setDocument(document);
}

DossierDocument* SourceTableModel::document() const
{
    return m_document.data();
}

void SourceTableModel::setDocument(DossierDocument* document)
{
    if (m_document.data() == document)
        return;
    beginResetModel();
    if (DossierDocument* old = m_document.data())
        disconnect(old, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &DossierDocument::sourceAdded, this, &SourceTableModel::onSourceAdded);
        connect(document, &DossierDocument::sourceRemoved, this, &SourceTableModel::onSourceRemoved);
        connect(document, &DossierDocument::sourceChanged, this, &SourceTableModel::onSourceChanged);
        connect(document, &DossierDocument::reset, this, &SourceTableModel::onReset);
        connect(document, &DossierDocument::requirementAdded, this, &SourceTableModel::refreshCitations);
        connect(document, &DossierDocument::requirementRemoved, this, &SourceTableModel::refreshCitations);
        connect(document, &DossierDocument::requirementChanged, this, &SourceTableModel::refreshCitations);
        // The QPointer clears itself; the rows it showed must go too.
        connect(document, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_rows.clear();
            endResetModel();
        });
    }
    rebuild();
    endResetModel();
}

int SourceTableModel::rowOf(const QString& sourceId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == sourceId)
            return int(i);
    }
    return -1;
}

QString SourceTableModel::sourceId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

QStringList SourceTableModel::citations(const Dossier& d, const QString& sourceId)
{
    QStringList out;
    for (const Requirement& r : d.requirements) {
        for (const RequirementRevision& rev : r.revisions) {
            if (rev.source && *rev.source == sourceId)
                out << tr("Requirement %1, rev %2").arg(r.id, QString::number(rev.rev));
        }
    }
    for (const Event& e : d.events) {
        if (e.source && *e.source == sourceId)
            out << tr("Event %1 (%2)").arg(e.id, Labels::of(e.kind));
    }
    for (const Criterion& c : d.assessment) {
        if (c.source && *c.source == sourceId)
            out << tr("Criterion %1").arg(c.criterion);
    }
    if (d.decision) {
        for (const Claim& c : d.decision->claims) {
            if (c.source && *c.source == sourceId)
                out << tr("Claim %1").arg(c.id);
        }
    }
    return out;
}

SourceTableModel::Row SourceTableModel::rowFor(const Dossier& dossier, const Source& source)
{
    Row row;
    row.id = source.id;
    row.title = source.title;
    row.publisher = source.publisher.value_or(QString());
    if (source.date && source.date->isValid()) {
        row.date = QLocale().toString(source.date->day(), QLocale::ShortFormat);
        row.dateKey = source.date->day().toString(Qt::ISODate);
    }
    row.kind = Labels::of(source.kind.value_or(SourceKind::Other));
    row.url = source.url.value_or(QString());
    row.confidential = source.isConfidential();
    row.citations = citations(dossier, source.id);
    return row;
}

void SourceTableModel::rebuild()
{
    m_rows.clear();
    if (!m_document)
        return;
    const Dossier& d = m_document->dossier();
    m_rows.reserve(d.sources.size());
    for (const Source& s : d.sources)
        m_rows << rowFor(d, s);
}

void SourceTableModel::onSourceAdded(int index)
{
    const Dossier& d = m_document->dossier();
    if (index < 0 || index >= d.sources.size() || index > m_rows.size()) {
        onReset(); // out of step: start again rather than guess
        return;
    }
    beginInsertRows(QModelIndex(), index, index);
    m_rows.insert(index, rowFor(d, d.sources.at(index)));
    endInsertRows();
}

void SourceTableModel::onSourceRemoved(int index)
{
    if (index < 0 || index >= m_rows.size()) {
        onReset();
        return;
    }
    beginRemoveRows(QModelIndex(), index, index);
    m_rows.removeAt(index);
    endRemoveRows();
}

void SourceTableModel::onSourceChanged(int index)
{
    const Dossier& d = m_document->dossier();
    if (index < 0 || index >= d.sources.size() || index >= m_rows.size()) {
        onReset();
        return;
    }
    m_rows[index] = rowFor(d, d.sources.at(index));
    emit dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
}

void SourceTableModel::onReset()
{
    beginResetModel();
    rebuild();
    endResetModel();
}

void SourceTableModel::refreshCitations()
{
    if (!m_document)
        return;
    const Dossier& d = m_document->dossier();
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        QStringList now = citations(d, m_rows.at(i).id);
        if (now == m_rows.at(i).citations)
            continue;
        m_rows[i].citations = std::move(now);
        const QModelIndex cell = index(int(i), CitedBy);
        emit dataChanged(cell, cell);
    }
}

int SourceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SourceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this || index.parent().isValid() || index.row() < 0 ||
        index.row() >= m_rows.size() || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const Row& row = m_rows.at(index.row());
    const int column = index.column();

    if (role == SourceIdRole)
        return row.id;

    if (role == Qt::DisplayRole) {
        switch (column) {
        case Id:
            return row.id;
        case Title:
            if (row.confidential)
                return QString(row.title + u' ' + tr("(confidential)"));
            return row.title;
        case Publisher:
            return row.publisher;
        case Date:
            return row.date;
        case Kind:
            return row.kind;
        case Url:
            return row.url;
        case CitedBy:
            return int(row.citations.size());
        default:
            return {};
        }
    }

    if (role == SortRole) {
        switch (column) {
        case Id:
            return row.id;
        case Title:
            return row.title;
        case Publisher:
            return row.publisher;
        case Date:
            return row.dateKey;
        case Kind:
            return row.kind;
        case Url:
            return row.url;
        case CitedBy:
            return int(row.citations.size());
        default:
            return {};
        }
    }

    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Title:
            if (row.confidential)
                return QString(row.title + u' ' + tr("(confidential)"));
            return row.title;
        case Url:
            return row.url.isEmpty() ? QVariant() : QVariant(row.url);
        case CitedBy:
            if (row.citations.isEmpty())
                return tr("Not cited");
            return QString(tr("Cited by:") + u'\n' + row.citations.join(u'\n'));
        default:
            return {};
        }
    }

    if (role == Qt::TextAlignmentRole && column == CitedBy)
        return Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter).toInt();

    return {};
}

QVariant SourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_rows.size() ? QVariant(section + 1) : QVariant();
    switch (section) {
    case Id:
        return tr("Id");
    case Title:
        return tr("Title");
    case Publisher:
        return tr("Publisher");
    case Date:
        return tr("Date");
    case Kind:
        return tr("Kind");
    case Url:
        return tr("URL");
    case CitedBy:
        return tr("Cited by");
    default:
        return {};
    }
}

Qt::ItemFlags SourceTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled;
}

} // namespace hostreview
