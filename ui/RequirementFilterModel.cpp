// SPDX-License-Identifier: EUPL-1.2
#include "RequirementFilterModel.h"

#include "RequirementTableModel.h"

namespace hostreview {

RequirementFilterModel::RequirementFilterModel(RequirementTableModel* source, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_model(source)
{
    setSourceModel(source);
    setSortRole(RequirementTableModel::SortRole);
    setSortLocaleAware(true);
}

void RequirementFilterModel::setText(const QString& text)
{
    const QStringList words = RequirementTableModel::fold(text).split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void RequirementFilterModel::setCategory(std::optional<Category> category)
{
    if (category == m_category)
        return;
    m_category = category;
    invalidateRowsFilter();
}

void RequirementFilterModel::setChangedDuringConsultation(bool on)
{
    if (on == m_changedDuringConsultation)
        return;
    m_changedDuringConsultation = on;
    invalidateRowsFilter();
}

void RequirementFilterModel::setChangedLate(std::optional<QSet<QString>> ids)
{
    m_late = std::move(ids);
    invalidateRowsFilter();
}

bool RequirementFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const RequirementTableModel::Row& r = m_model->row(sourceRow);
    if (m_category && r.category != *m_category)
        return false;
    if (m_changedDuringConsultation && !r.changedDuringConsultation)
        return false;
    if (m_late && !m_late->contains(r.id))
        return false;
    for (const QString& w : m_words) {
        if (!r.searchText.contains(w))
            return false;
    }
    return true;
}

bool RequirementFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString)
        return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
    const QPartialOrdering order = QVariant::compare(a, b);
    if (order == QPartialOrdering::Equivalent)
        return left.row() < right.row();
    return order == QPartialOrdering::Less;
}

} // namespace hostreview
