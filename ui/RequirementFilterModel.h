// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Enums.h"

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace hostreview {

class RequirementTableModel;

// Filters and sorts a RequirementTableModel: words of a text (all must appear, case and accents
// ignored), a category, and the quick filters "changed during the consultation" and "changed
// late" (the requirements with a LATE_CHANGE signal, given by the caller).
class RequirementFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RequirementFilterModel(RequirementTableModel* source, QObject* parent = nullptr);

    void setText(const QString& text);
    void setCategory(std::optional<Category> category);
    void setChangedDuringConsultation(bool on);
    // nullopt: no filter; else only the requirements in the set.
    void setChangedLate(std::optional<QSet<QString>> ids);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    RequirementTableModel* m_model;
    QStringList m_words;
    std::optional<Category> m_category;
    bool m_changedDuringConsultation = false;
    std::optional<QSet<QString>> m_late;
};

} // namespace hostreview
