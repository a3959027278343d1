// SPDX-License-Identifier: EUPL-1.2
#include "RequirementTableModel.h"

#include "DossierDocument.h"
#include "analysis/DossierQueries.h"
#include "text/Labels.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace hostreview {

RequirementTableModel::RequirementTableModel(DossierDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    rebuild();
    connect(document, &DossierDocument::requirementAdded, this, [this](int i) {
        beginInsertRows({}, i, i);
        m_rows.insert(i, makeRow(m_document->dossier().requirements[i]));
        endInsertRows();
    });
    connect(document, &DossierDocument::requirementRemoved, this, [this](int i) {
        beginRemoveRows({}, i, i);
        m_rows.removeAt(i);
        endRemoveRows();
    });
    connect(document, &DossierDocument::requirementChanged, this, [this](int i) {
        m_rows[i] = makeRow(m_document->dossier().requirements[i]);
        emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
    });
    connect(document, &DossierDocument::reset, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
}

void RequirementTableModel::rebuild()
{
    const DossierQueries q(m_document->dossier());
    m_opening = q.opening() ? q.opening()->at.day() : QDate();
    m_finalDeadline = q.finalDeadline().value_or(QDate());
    m_rows.clear();
    m_rows.reserve(m_document->dossier().requirements.size());
    for (const Requirement& r : m_document->dossier().requirements)
        m_rows << makeRow(r);
}

void RequirementTableModel::setDay(QDate day)
{
    if (day == m_day)
        return;
    m_day = day;
    const auto& requirements = m_document->dossier().requirements;
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_rows[i] = makeRow(requirements[i]);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

QString RequirementTableModel::fold(const QString& text)
{
    QString out = text.normalized(QString::NormalizationForm_D);
    out.removeIf([](QChar c) { return c.isMark(); });
    return out.toCaseFolded();
}

RequirementTableModel::Row RequirementTableModel::makeRow(const Requirement& r) const
{
    Row row;
    row.id = r.id;
    row.category = r.categoryOrDefault();
    row.title = r.title.value_or(QString());
    for (const RequirementRevision& v : r.revisions) {
        if (m_day.isValid() && v.effectiveAt.day() > m_day)
            break;
        row.rev = v.rev;
        row.mandatory = v.isMandatory();
        row.weight = v.weightOrDefault();
        row.text = v.text.value_or(QString());
        row.state = v.isActive() ? State::Active : State::Withdrawn;
        ++row.revisions;
        row.lastChange = v.effectiveAt.day();
    }
    for (const RequirementRevision& v : r.revisions) {
        const QDate d = v.effectiveAt.day();
        if (v.rev > 1 && m_opening.isValid() && m_finalDeadline.isValid() && d >= m_opening && d <= m_finalDeadline)
            row.changedDuringConsultation = true;
    }
    row.searchText = fold(row.id + u' ' + row.title + u' ' + row.text);
    return row;
}

int RequirementTableModel::rowOf(const QString& requirementId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == requirementId)
            return int(i);
    }
    return -1;
}

int RequirementTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequirementTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RequirementTableModel::stateLabel(State state)
{
    switch (state) {
    case State::Active:
        return Labels::of(RevisionStatus::Active);
    case State::Withdrawn:
        return Labels::of(RevisionStatus::Withdrawn);
    case State::NotYetIssued:
        break;
    }
    return tr("Not yet issued");
}

QVariant RequirementTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows[index.row()];
    const bool issued = r.rev > 0;
    if (role == RequirementIdRole)
        return r.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id:
            return r.id;
        case CategoryColumn:
            return Labels::of(r.category);
        case Title:
            return r.title;
        case Mandatory:
            return issued ? (r.mandatory ? tr("Mandatory") : tr("Optional")) : QString();
        case Weight:
            return issued ? QLocale().toString(r.weight) : QString();
        case Revisions:
            return QLocale().toString(r.revisions);
        case LastChange:
            return r.lastChange.isValid() ? QLocale().toString(r.lastChange, QLocale::ShortFormat) : QString();
        case Status:
            return stateLabel(r.state);
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Id:
            return r.id;
        case CategoryColumn:
            return Labels::of(r.category);
        case Title:
            return r.title;
        case Mandatory:
            return issued && r.mandatory ? 1 : 0;
        case Weight:
            return issued ? r.weight : -1.0;
        case Revisions:
            return r.revisions;
        case LastChange:
            return r.lastChange.isValid() ? r.lastChange.toJulianDay() : 0;
        case Status:
            return int(r.state);
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Weight || index.column() == Revisions))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && r.state != State::Active) {
        QFont f;
        f.setItalic(true);
        f.setStrikeOut(r.state == State::Withdrawn);
        return f;
    }
    if (role == Qt::ToolTipRole && index.column() == Title && !r.text.isEmpty())
        return r.text;
    return {};
}

QVariant RequirementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Id");
    case CategoryColumn:
        return tr("Category");
    case Title:
        return tr("Title");
    case Mandatory:
        return tr("Mandatory");
    case Weight:
        return tr("Weight");
    case Revisions:
        return tr("Revisions");
    case LastChange:
        return tr("Last change");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace hostreview
