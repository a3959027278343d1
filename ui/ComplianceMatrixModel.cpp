// SPDX-License-Identifier: EUPL-1.2
#include "ComplianceMatrixModel.h"

#include <QColor>
#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace hostreview {

ComplianceMatrixModel::ComplianceMatrixModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ComplianceMatrixModel::setMatrix(ComplianceMatrix matrix)
{
    beginResetModel();
    m_matrix = std::move(matrix);
    endResetModel();
}

void ComplianceMatrixModel::clear()
{
    setMatrix(ComplianceMatrix());
}

int ComplianceMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.rows().size());
}

int ComplianceMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.vendors().size());
}

QColor ComplianceMatrixModel::stateColour(CellState state)
{
    switch (state) {
    case CellState::Full:
        return QColor(0xc8, 0xf0, 0xc8);
    case CellState::Partial:
        return QColor(0xfb, 0xe8, 0xb0);
    case CellState::None:
        return QColor(0xf8, 0xd0, 0xd0);
    case CellState::Stale:
        return QColor(0xd8, 0xd8, 0xf4);
    case CellState::NoAnswer:
        break;
    }
    return QColor(0xee, 0xee, 0xee);
}

QVariant ComplianceMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MatrixCell& cell = m_matrix.cell(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return QString(ComplianceMatrix::stateSymbol(cell.state) + u' ' + ComplianceMatrix::stateLabel(cell.state));
    case Qt::BackgroundRole:
        return stateColour(cell.state);
    case Qt::ForegroundRole:
        return QColor(Qt::black);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case StateRole:
        return int(cell.state);
    case RequirementIdRole:
        return m_matrix.rows()[index.row()].requirement->id;
    case VendorIdRole:
        return m_matrix.vendors()[index.column()]->id;
    case Qt::ToolTipRole: {
        const QString who = m_matrix.vendors()[index.column()]->name;
        const QString what = m_matrix.rows()[index.row()].requirement->id;
        if (!cell.answer)
            return tr("%1 has not answered %2").arg(who, what);
        return tr("%1 answered %2 rev %3: %4")
            .arg(who, what)
            .arg(cell.answer.response->rev)
            .arg(ComplianceMatrix::stateLabel(cell.state));
    }
    default:
        return {};
    }
}

QVariant ComplianceMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_matrix.vendors().size()) {
        const Vendor* v = m_matrix.vendors()[section];
        if (role == Qt::DisplayRole)
            return v->name;
        if (role == Qt::ToolTipRole)
            return v->id;
    }
    if (orientation == Qt::Vertical && section >= 0 && section < m_matrix.rows().size()) {
        const MatrixRow& r = m_matrix.rows()[section];
        const bool mandatory = r.inForce->isMandatory();
        if (role == Qt::DisplayRole)
            return mandatory ? r.requirement->id + u" *"_s : r.requirement->id;
        if (role == Qt::ToolTipRole) {
            return tr("%1 rev %2%3")
                .arg(r.requirement->id)
                .arg(r.inForce->rev)
                .arg(mandatory ? tr(", mandatory") : tr(", optional"));
        }
        if (role == Qt::FontRole && mandatory) {
            QFont f;
            f.setBold(true);
            return f;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

namespace {

QString stateHeader(CellState state)
{
    return ComplianceMatrix::stateSymbol(state) + u' ' + ComplianceMatrix::stateLabel(state);
}

} // namespace

ScoreTableModel::ScoreTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ScoreTableModel::setScores(QList<VendorScore> scores)
{
    beginResetModel();
    m_scores = std::move(scores);
    endResetModel();
}

int ScoreTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_scores.size());
}

int ScoreTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScoreTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VendorScore& s = m_scores[index.row()];
    const QLocale locale;
    if (role == Qt::UserRole) { // sort keys
        switch (index.column()) {
        case Vendor:
            return s.vendor->name;
        case Score:
            return s.score;
        case Percent:
            return s.percent();
        case Mandatory:
            return s.mandatoryMet;
        case Full:
            return s.full;
        case Partial:
            return s.partial;
        case None:
            return s.none;
        case Stale:
            return s.stale;
        case Unanswered:
            return s.unanswered;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Vendor)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Vendor:
        return s.vendor->name;
    case Score:
        return tr("%1 / %2").arg(locale.toString(s.score, 'f', 1), locale.toString(s.maxScore, 'f', 1));
    case Percent:
        return QString(locale.toString(s.percent(), 'f', 1) + locale.percent());
    case Mandatory:
        return tr("%1 / %2").arg(s.mandatoryMet).arg(s.mandatoryTotal);
    case Full:
        return s.full;
    case Partial:
        return s.partial;
    case None:
        return s.none;
    case Stale:
        return s.stale;
    case Unanswered:
        return s.unanswered;
    }
    return {};
}

QVariant ScoreTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Vendor:
        return tr("Vendor");
    case Score:
        return tr("Weighted score");
    case Percent:
        return tr("Share");
    case Mandatory:
        return tr("Mandatory met");
    case Full:
        return stateHeader(CellState::Full);
    case Partial:
        return stateHeader(CellState::Partial);
    case None:
        return stateHeader(CellState::None);
    case Stale:
        return stateHeader(CellState::Stale);
    case Unanswered:
        return stateHeader(CellState::NoAnswer);
    }
    return {};
}

} // namespace hostreview
