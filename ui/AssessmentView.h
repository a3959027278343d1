// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "format/AssessmentTemplate.h"
#include "model/Dossier.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;
class QTextBrowser;

namespace hostreview {

class ClaimTableModel;
class CriterionTableModel;
class DossierDocument;

// The regulator's review of the open dossier, in two tabs.
// Assessment: the criteria with their status, comment and source; the selected one in full with
// what settles it, its basis and its history; a template (the built-in one or a file) adds the
// criteria the dossier lacks. Decision and claims: the decision as recorded, and each claim it
// rests on with what the evidence says (the CLAIM_CONTRADICTED test and the bids behind it).
// Every change is an undoable action of the review file.
class AssessmentView final : public QWidget
{
    Q_OBJECT

public:
    explicit AssessmentView(QWidget* parent = nullptr);

    void setDocument(DossierDocument* document);

    QTabWidget* tabs() const { return m_tabs; }
    QTableView* criteriaTable() const { return m_criteria; }
    CriterionTableModel* criteriaModel() const { return m_criteriaModel; }
    QTextBrowser* criterionDetail() const { return m_criterionDetail; }
    QLabel* summary() const { return m_summary; }
    QTextBrowser* decisionText() const { return m_decision; }
    QTableView* claimsTable() const { return m_claims; }
    ClaimTableModel* claimsModel() const { return m_claimsModel; }
    QTextBrowser* claimDetail() const { return m_claimDetail; }

    // "Unacceptable: 2, To improve: 7, Acceptable: 7, Not assessed: 2" (worst first, none left out).
    static QString statusCounts(const QList<Criterion>& criteria);

    bool selectCriterion(const QString& id);
    bool selectClaim(const QString& id);
    QString selectedCriterionId() const;
    QString selectedClaimId() const;

    // The template whose guidance the view shows: the built-in one, or the last one loaded.
    const AssessmentTemplate& currentTemplate() const { return m_template; }
    // Applies a template to the dossier (an undoable action); says why when it cannot.
    void applyTemplate(const AssessmentTemplate& assessmentTemplate);
    // What the buttons do: a file dialog, then applyTemplate(); the dialogs (non-blocking), then
    // the document's action.
    void loadTemplate();
    void assessSelected();
    void editDecision();
    void addClaim();
    void removeSelectedClaim();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void updateSummary();
    void updateCriterionDetail();
    void updateDecision();
    void updateClaimDetail();
    // Checks the claims again, now if the view is shown, else when it is next shown.
    void claimsStale();
    // Checks the claims again now (loading the bids if needed), keeping the selected claim.
    void refreshClaims();

    QPointer<DossierDocument> m_document;
    AssessmentTemplate m_template;
    bool m_claimsStale = true;
    QTabWidget* m_tabs;
    QLabel* m_summary;
    CriterionTableModel* m_criteriaModel;
    QSortFilterProxyModel* m_criteriaProxy;
    QTableView* m_criteria;
    QTextBrowser* m_criterionDetail;
    QPushButton* m_applyBuiltIn;
    QPushButton* m_loadTemplate;
    QPushButton* m_assess;
    QLabel* m_decisionTitle;
    QTextBrowser* m_decision;
    QPushButton* m_editDecision;
    QLabel* m_claimsTitle;
    ClaimTableModel* m_claimsModel;
    QTableView* m_claims;
    QTextBrowser* m_claimDetail;
    QPushButton* m_addClaim;
    QPushButton* m_removeClaim;
};

} // namespace hostreview
