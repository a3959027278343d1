// SPDX-License-Identifier: EUPL-1.2
#include "RevisionHistoryModel.h"

#include "DossierDocument.h"
#include "storage/ReviewFile.h"
#include "text/DossierStory.h"
#include "text/Labels.h"

#include <QFont>
#include <QLocale>
#include <QPalette>

namespace hostreview {

RevisionHistoryModel::RevisionHistoryModel(DossierDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    auto reloadIfMine = [this](int index) {
        const auto& requirements = m_document->dossier().requirements;
        if (index >= 0 && index < requirements.size() && requirements[index].id == m_id)
            reload();
    };
    connect(document, &DossierDocument::requirementChanged, this, reloadIfMine);
    connect(document, &DossierDocument::requirementAdded, this, reloadIfMine);
    connect(document, &DossierDocument::requirementRemoved, this, [this] {
        if (!m_document->dossier().requirement(m_id))
            reload();
    });
    connect(document, &DossierDocument::reset, this, &RevisionHistoryModel::reload);
}

void RevisionHistoryModel::setRequirement(const QString& requirementId)
{
    if (requirementId == m_id)
        return;
    m_id = requirementId;
    reload();
}

void RevisionHistoryModel::setDay(QDate day)
{
    // Only the row in bold moves: no reread of the file, no reset.
    m_day = day;
    const int before = m_inForce;
    m_inForce = rowInForce();
    for (int row : {before, m_inForce}) {
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::FontRole, Qt::ToolTipRole});
    }
}

int RevisionHistoryModel::rowInForce() const
{
    int inForce = -1;
    for (qsizetype i = 0; i < m_revisions.size(); ++i) {
        if (!m_day.isValid() || m_revisions[i].effectiveAt.day() <= m_day)
            inForce = int(i);
    }
    return inForce;
}

void RevisionHistoryModel::reload()
{
    beginResetModel();
    const Requirement* r = m_document->dossier().requirement(m_id);
    m_revisions = r ? r->revisions : QList<RequirementRevision>();
    m_recordings = QList<Recording>(m_revisions.size());
    if (r) {
        // Not part of the dossier: read from the file for the requirement shown.
        const auto recordings = m_document->file().revisionRecordings(m_document->dossier().info.id, m_id);
        for (qsizetype i = 0; recordings.ok() && i < m_revisions.size(); ++i) {
            for (const Recording& rec : recordings.value()) {
                if (rec.rev == m_revisions[i].rev)
                    m_recordings[i] = rec;
            }
        }
    }
    m_inForce = rowInForce();
    endResetModel();
}

int RevisionHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_revisions.size());
}

int RevisionHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RevisionHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RequirementRevision& v = m_revisions[index.row()];
    if (role == RevRole)
        return v.rev;
    if (role == Qt::FontRole && index.row() == m_inForce) {
        QFont f;
        f.setBold(true);
        return f;
    }
    const Recording& recording = m_recordings[index.row()];
    const QTimeZone zone = m_document->dossier().info.zone();
    const auto late = daysRecordedLate(v.effectiveAt, recording, zone);
    if (index.column() == Recorded && role == Qt::ForegroundRole && late)
        return QPalette().brush(QPalette::Active, QPalette::Link); // stands out in any theme
    if (index.column() == Recorded && role == Qt::ToolTipRole && recording.recordedAt.isValid())
        return DossierStory::recorded(recording, v.effectiveAt, zone);
    if (role == Qt::ToolTipRole) {
        if (index.row() == m_inForce)
            return tr("In force on the chosen day");
        return v.text.value_or(QString());
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Rev:
        return QLocale().toString(v.rev);
    case Effective:
        return v.effectiveAt.hasTime() ? QLocale().toString(v.effectiveAt.day(), QLocale::ShortFormat) + u' ' +
                                             v.effectiveAt.text().mid(11, 5)
                                       : QLocale().toString(v.effectiveAt.day(), QLocale::ShortFormat);
    case Status:
        return Labels::of(v.statusOrDefault());
    case Mandatory:
        return v.isMandatory() ? tr("Mandatory") : tr("Optional");
    case Weight:
        return QLocale().toString(v.weightOrDefault());
    case Rationale:
        return v.rationale.value_or(QString()).isEmpty() ? tr("(none given)") : *v.rationale;
    case SourceColumn:
        return v.source.value_or(QString());
    case Recorded: {
        if (!recording.recordedAt.isValid())
            return QString();
        QString out = QLocale().toString(recording.recordedAt.toTimeZone(zone).date(), QLocale::ShortFormat);
        if (!recording.author.isEmpty())
            out = tr("%1, %2").arg(out, recording.author);
        if (late)
            out += QStringLiteral(" — ") + tr("%n day(s) late", nullptr, int(*late));
        return out;
    }
    }
    return {};
}

QVariant RevisionHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rev:
        return tr("Rev");
    case Effective:
        return tr("Effective");
    case Status:
        return tr("Status");
    case Mandatory:
        return tr("Mandatory");
    case Weight:
        return tr("Weight");
    case Rationale:
        return tr("Rationale");
    case SourceColumn:
        return tr("Source");
    case Recorded:
        return tr("Recorded");
    }
    return {};
}

} // namespace hostreview
