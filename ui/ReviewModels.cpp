// SPDX-License-Identifier: EUPL-1.2
#include "ReviewModels.h"

#include "DossierDocument.h"
#include "format/AssessmentTemplate.h"
#include "text/Labels.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace hostreview {

// --- CriterionTableModel --------------------------------------------------------------------

CriterionTableModel::CriterionTableModel(DossierDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
{
    setDocument(document);
}

void CriterionTableModel::setDocument(DossierDocument* document)
{
    if (DossierDocument* old = m_document.data())
        disconnect(old, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &DossierDocument::assessmentChanged, this, &CriterionTableModel::rebuild);
        connect(document, &DossierDocument::reset, this, &CriterionTableModel::rebuild);
        connect(document, &QObject::destroyed, this, &CriterionTableModel::rebuild);
    }
    rebuild();
}

void CriterionTableModel::rebuild()
{
    beginResetModel();
    m_rows = m_document ? m_document->dossier().assessment : QList<Criterion>();
    endResetModel();
}

int CriterionTableModel::rowOf(const QString& criterionId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].criterion == criterionId)
            return int(i);
    }
    return -1;
}

const Criterion* CriterionTableModel::criterion(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int CriterionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CriterionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor CriterionTableModel::statusColor(AssessmentStatus status)
{
    switch (status) {
    case AssessmentStatus::Acceptable:
        return QColor(0xd8, 0xef, 0xd3);
    case AssessmentStatus::ToImprove:
        return QColor(0xfc, 0xe8, 0xb2);
    case AssessmentStatus::Unacceptable:
        return QColor(0xf6, 0xc6, 0xc2);
    case AssessmentStatus::NotAssessed:
        break;
    }
    return {};
}

QVariant CriterionTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Criterion& c = m_rows[index.row()];
    if (role == CriterionIdRole)
        return c.criterion;
    if (role == Qt::BackgroundRole && index.column() == Status) {
        const QColor color = statusColor(c.statusOrDefault());
        return color.isValid() ? QVariant(color) : QVariant();
    }
    if (role == Qt::ForegroundRole && index.column() == Status && statusColor(c.statusOrDefault()).isValid())
        return QColor(Qt::black); // readable on the light status colours in a dark theme too
    if (role == Qt::ToolTipRole && index.column() == Comment)
        return c.comment.value_or(QString());
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case Id:
        return c.criterion;
    case Kind:
        return Labels::of(c.kind.value_or(CriterionKind::Other));
    case Title:
        return AssessmentTemplate::titleOf(c);
    case Status:
        // Sorted from the worst: unacceptable, to improve, not assessed, acceptable.
        if (role == SortRole) {
            switch (c.statusOrDefault()) {
            case AssessmentStatus::Unacceptable:
                return 0;
            case AssessmentStatus::ToImprove:
                return 1;
            case AssessmentStatus::NotAssessed:
                return 2;
            case AssessmentStatus::Acceptable:
                return 3;
            }
        }
        return Labels::of(c.statusOrDefault());
    case Comment:
        return c.comment.value_or(QString()).simplified();
    case Source:
        return c.source.value_or(QString());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CriterionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Id:
        return tr("Criterion");
    case Kind:
        return tr("Kind");
    case Title:
        return tr("Title");
    case Status:
        return tr("Status");
    case Comment:
        return tr("Comment");
    case Source:
        return tr("Source");
    case ColumnCount:
        break;
    }
    return {};
}

// --- ClaimTableModel ------------------------------------------------------------------------

ClaimTableModel::ClaimTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ClaimTableModel::setDocument(DossierDocument* document)
{
    if (m_document.data() == document) {
        refresh();
        return;
    }
    if (DossierDocument* old = m_document.data())
        disconnect(old, nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(document, &QObject::destroyed, this, &ClaimTableModel::refresh);
    refresh();
}

void ClaimTableModel::refresh()
{
    beginResetModel();
    m_checks.clear();
    m_bids.clear();
    DossierDocument* doc = m_document.data();
    const DossierQueries* queries = doc ? doc->queries() : nullptr;
    const std::optional<Analysis> none;
    const std::optional<Analysis>& analysis = queries ? doc->analysis() : none;
    if (queries && analysis) {
        m_checks = ClaimCheck::compute(*queries, *analysis);
        for (ClaimCheck& c : m_checks) {
            QList<BidLine> lines;
            for (const ClaimCheck::BidStanding& b : c.bids) {
                lines << BidLine{b.bid->id,
                                 b.vendor ? b.vendor->name : b.bid->vendor,
                                 ClaimCheck::statusText(b),
                                 b.selected,
                                 b.withdrawn(),
                                 b.mandatoryMet,
                                 b.mandatoryTotal};
            }
            c.bids.clear();
            m_bids << lines;
        }
    } else if (doc && doc->dossier().decision) {
        // Without the bids or an analysis, the claims are still listed, not evaluated.
        for (const Claim& claim : doc->dossier().decision->claims) {
            ClaimCheck c;
            c.claim = claim;
            c.verdict = ClaimCheck::Verdict::NotEvaluated;
            c.explanation = !doc->fullError().isEmpty() ? doc->fullError() : doc->analysisError();
            m_checks << c;
            m_bids << QList<BidLine>();
        }
    }
    endResetModel();
}

int ClaimTableModel::rowOf(const QString& claimId) const
{
    for (qsizetype i = 0; i < m_checks.size(); ++i) {
        if (m_checks[i].claim.id == claimId)
            return int(i);
    }
    return -1;
}

const ClaimCheck* ClaimTableModel::check(int row) const
{
    return row >= 0 && row < m_checks.size() ? &m_checks[row] : nullptr;
}

QList<ClaimTableModel::BidLine> ClaimTableModel::bidLines(int row) const
{
    return row >= 0 && row < m_bids.size() ? m_bids[row] : QList<BidLine>();
}

int ClaimTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_checks.size());
}

int ClaimTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_checks.size())
        return {};
    const ClaimCheck& c = m_checks[index.row()];
    if (role == ClaimIdRole)
        return c.claim.id;
    if (role == Qt::BackgroundRole && index.column() == Verdict && c.verdict == ClaimCheck::Verdict::Contradicted)
        return CriterionTableModel::statusColor(AssessmentStatus::Unacceptable);
    if (role == Qt::ForegroundRole && index.column() == Verdict && c.verdict == ClaimCheck::Verdict::Contradicted)
        return QColor(Qt::black);
    if (role == Qt::ToolTipRole && (index.column() == Verdict || index.column() == Text))
        return index.column() == Verdict ? c.explanation : c.claim.text.value_or(QString());
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case Id:
        return c.claim.id;
    case Kind:
        return Labels::of(c.claim.kind);
    case Text:
        return c.claim.text.value_or(QString()).simplified();
    case Source:
        return c.claim.source.value_or(QString());
    case Verdict:
        return role == SortRole ? QVariant(int(c.verdict)) : QVariant(ClaimCheck::verdictLabel(c.verdict));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ClaimTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Id:
        return tr("Claim");
    case Kind:
        return tr("Kind");
    case Text:
        return tr("What the decision says");
    case Source:
        return tr("Source");
    case Verdict:
        return tr("What the evidence says");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace hostreview
