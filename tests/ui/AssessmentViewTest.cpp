// SPDX-License-Identifier: EUPL-1.2
#include "AssessmentView.h"
#include "DossierDocument.h"
#include "ReviewDialogs.h"
#include "ReviewModels.h"
#include "UiTestSupport.h"
#include "analysis/Analysis.h"
#include "storage/ReviewFile.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace hostreview;
using namespace hostreview::test;
using namespace Qt::StringLiterals;

namespace {

template <typename Dialog>
Dialog* shownDialog(QWidget* root)
{
    Dialog* d = nullptr;
    EXPECT_TRUE(QTest::qWaitFor([&] { return (d = root->findChild<Dialog*>()) != nullptr && d->isVisible(); }, 2000));
    return d;
}

void accept(QDialog* dialog)
{
    auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    ASSERT_TRUE(ok->isEnabled());
    ok->click();
}

QString cellText(QTableView* table, const QString& id, int column)
{
    QAbstractItemModel* m = table->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data().toString() == id)
            return m->index(r, column).data().toString();
    }
    return {};
}

void undo(QWidget* window)
{
    QApplication::setActiveWindow(window);
    QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier);
}

Dossier stored(const QString& review, const QString& dossierId)
{
    auto f = ReviewFile::open(review, ReviewFile::Mode::OpenExisting);
    EXPECT_TRUE(f.ok());
    auto d = (*f)->load(dossierId);
    EXPECT_TRUE(d.ok());
    return d.ok() ? *d : Dossier();
}

} // namespace

TEST_F(MainWindowTest, TheAssessmentShowsEachCriterionWithWhatSettlesItAndRecordsANewAssessment)
{
    m_window->showSection(MainWindow::Section::Assessment);
    AssessmentView* view = m_window->assessmentView();
    QAbstractItemModelTester tester(view->criteriaModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(view->criteriaTable()->model()->rowCount(), 18);
    EXPECT_TRUE(view->summary()->text().contains(u"Unacceptable: 2"_s)) << view->summary()->text().toStdString();
    EXPECT_EQ(cellText(view->criteriaTable(), u"A04"_s, CriterionTableModel::Status), u"Unacceptable"_s);

    ASSERT_TRUE(view->selectCriterion(u"A03"_s));
    const QString detail = view->criterionDetail()->toPlainText();
    EXPECT_TRUE(detail.contains(u"What settles it"_s));
    EXPECT_TRUE(detail.contains(u"L.1111-8"_s)) << "the basis from the template";
    saveScreenshot(m_window.get(), u"assessment.png"_s);

    // The reviewer marks A04 acceptable with a comment and a source: AUTHORIZED_DESPITE_UNACCEPTABLE
    // still fires for A07, the other unacceptable criterion.
    ASSERT_TRUE(view->selectCriterion(u"A04"_s));
    view->findChild<QPushButton*>(u"assessCriterion"_s)->click();
    auto* dialog = shownDialog<AssessDialog>(m_window.get());
    ASSERT_NE(dialog, nullptr);
    auto* status = dialog->findChild<QComboBox*>(u"assessStatus"_s);
    status->setCurrentIndex(status->findData(int(AssessmentStatus::ToImprove)));
    dialog->findChild<QPlainTextEdit*>(u"assessComment"_s)->setPlainText(u"A migration plan is a condition."_s);
    auto* source = dialog->findChild<QComboBox*>(u"assessSource"_s);
    source->setCurrentIndex(source->findData(u"S-CNIL-DELIB"_s));
    accept(dialog);

    EXPECT_EQ(cellText(view->criteriaTable(), u"A04"_s, CriterionTableModel::Status), u"To improve"_s);
    EXPECT_TRUE(view->summary()->text().contains(u"Unacceptable: 1"_s));
    EXPECT_TRUE(view->criterionDetail()->toPlainText().contains(u"History"_s));
    EXPECT_TRUE(view->criterionDetail()->toPlainText().contains(u"as imported"_s));
    Criterion a04 = stored(m_review, u"EMC2-2023"_s).assessment[3];
    EXPECT_EQ(a04.statusOrDefault(), AssessmentStatus::ToImprove);
    EXPECT_EQ(a04.source, u"S-CNIL-DELIB"_s);

    undo(m_window.get());
    EXPECT_EQ(cellText(view->criteriaTable(), u"A04"_s, CriterionTableModel::Status), u"Unacceptable"_s);
    EXPECT_EQ(stored(m_review, u"EMC2-2023"_s).assessment[3].statusOrDefault(), AssessmentStatus::Unacceptable);
    EXPECT_TRUE(m_messages.isEmpty()) << m_messages.join(u'\n').toStdString();
}

TEST_F(MainWindowTest, TheBuiltInTemplateCompletesAnAssessmentAndUndoTakesItBack)
{
    // The 2019 dossier has 5 of the 18 criteria.
    QString err;
    ASSERT_EQ(
        runCli({u"import"_s, sourcePath(u"resources/demo/hdh-2019.json"_s), u"--into"_s, m_review}, nullptr, &err), 0)
        << err.toStdString();
    ASSERT_TRUE(m_window->openFile(m_review, u"HDH-2019"_s));
    ASSERT_TRUE(m_window->selectDossier(u"HDH-2019"_s));
    m_window->showSection(MainWindow::Section::Assessment);
    AssessmentView* view = m_window->assessmentView();
    EXPECT_EQ(view->criteriaTable()->model()->rowCount(), 5);
    view->findChild<QPushButton*>(u"applyBuiltInTemplate"_s)->click();
    EXPECT_EQ(view->criteriaTable()->model()->rowCount(), 18);
    EXPECT_EQ(cellText(view->criteriaTable(), u"A14"_s, CriterionTableModel::Status), u"Not assessed"_s);
    EXPECT_EQ(cellText(view->criteriaTable(), u"A02"_s, CriterionTableModel::Status), u"To improve"_s)
        << "the dossier's own assessment is kept";
    EXPECT_EQ(stored(m_review, u"HDH-2019"_s).assessment.size(), 18);

    // Applying it again adds nothing and says so.
    view->findChild<QPushButton*>(u"applyBuiltInTemplate"_s)->click();
    ASSERT_EQ(m_messages.size(), 1);
    EXPECT_TRUE(m_messages.first().contains(u"already"_s));

    undo(m_window.get());
    EXPECT_EQ(view->criteriaTable()->model()->rowCount(), 5);
    EXPECT_EQ(stored(m_review, u"HDH-2019"_s).assessment.size(), 5);
}

TEST_F(MainWindowTest, TheClaimsPanelSaysWhatTheEvidenceSaysAndTheDecisionIsRecorded)
{
    m_window->showSection(MainWindow::Section::Assessment);
    AssessmentView* view = m_window->assessmentView();
    view->tabs()->setCurrentIndex(1);
    QAbstractItemModelTester tester(view->claimsModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(view->claimsTable()->model()->rowCount(), 2);
    EXPECT_EQ(cellText(view->claimsTable(), u"C-NO-ALT-OFFER"_s, ClaimTableModel::Verdict),
              u"Contradicted by the evidence"_s);
    EXPECT_EQ(cellText(view->claimsTable(), u"C-NO-COMPLIANT-ALT"_s, ClaimTableModel::Verdict), u"Not contradicted"_s);
    ASSERT_TRUE(view->selectClaim(u"C-NO-ALT-OFFER"_s));
    const QString detail = view->claimDetail()->toPlainText();
    EXPECT_TRUE(detail.contains(u"B-OVH"_s)) << "the bids behind the verdict";
    EXPECT_TRUE(detail.contains(u"18 December 2023"_s)) << "as of the final deadline";
    EXPECT_TRUE(detail.contains(u"19 of 21"_s)) << detail.toStdString();
    EXPECT_TRUE(detail.contains(u"withdrawn: not counted"_s)) << "NumSpot withdrew";
    EXPECT_TRUE(view->decisionText()->toPlainText().contains(u"Authorised with conditions"_s));
    saveScreenshot(m_window.get(), u"decision.png"_s);

    // A claim added in the GUI is tested at once.
    view->findChild<QPushButton*>(u"addClaim"_s)->click();
    auto* claim = shownDialog<ClaimDialog>(m_window.get());
    ASSERT_NE(claim, nullptr);
    claim->findChild<QLineEdit*>(u"claimId"_s)->setText(u"C-NO-ALT-OFFER"_s);
    EXPECT_FALSE(claim->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled()) << "the id is taken";
    claim->findChild<QLineEdit*>(u"claimId"_s)->setText(u"C-ONLY-ONE"_s);
    auto* kind = claim->findChild<QComboBox*>(u"claimKind"_s);
    kind->setCurrentIndex(kind->findData(int(ClaimKind::NoAlternativeOffer)));
    claim->findChild<QPlainTextEdit*>(u"claimText"_s)->setPlainText(u"Only one offer was received."_s);
    accept(claim);
    EXPECT_EQ(cellText(view->claimsTable(), u"C-ONLY-ONE"_s, ClaimTableModel::Verdict),
              u"Contradicted by the evidence"_s);

    // The decision: refused, with no vendor; the claims stay.
    view->findChild<QPushButton*>(u"editDecision"_s)->click();
    auto* decision = shownDialog<DecisionDialog>(m_window.get());
    ASSERT_NE(decision, nullptr);
    auto* outcome = decision->findChild<QComboBox*>(u"decisionOutcome"_s);
    outcome->setCurrentIndex(outcome->findData(int(Outcome::Refused)));
    decision->findChild<QComboBox*>(u"decisionVendor"_s)->setCurrentIndex(0);
    decision->findChild<QLineEdit*>(u"decisionPublished"_s)->setText(u"2023-12-01"_s);
    EXPECT_FALSE(decision->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled())
        << "published before it was decided";
    decision->findChild<QLineEdit*>(u"decisionPublished"_s)->setText(u"2024-01-31"_s);
    accept(decision);
    EXPECT_TRUE(view->decisionText()->toPlainText().contains(u"Refused"_s));
    // The analysis follows the decision at once (the loaded bids are kept, the analysis redone).
    const auto fires = [this](const char* code) {
        const auto& a = m_window->document()->analysis();
        return a && std::any_of(a->fired.cbegin(), a->fired.cend(), [&](const Signal& s) {
                   return s.code == QLatin1String(code);
               });
    };
    EXPECT_FALSE(fires("AUTHORIZED_DESPITE_UNACCEPTABLE")) << "a refusal authorises nothing";
    const Dossier d = stored(m_review, u"EMC2-2023"_s);
    EXPECT_EQ(d.decision->outcomeOrDefault(), Outcome::Refused);
    EXPECT_EQ(d.decision->selectedVendor, std::nullopt);
    EXPECT_EQ(d.decision->claims.size(), 3);
    EXPECT_EQ(d.decision->conditions->size(), 4) << "the conditions were kept";

    // Undo the decision, then the claim.
    undo(m_window.get());
    EXPECT_TRUE(view->decisionText()->toPlainText().contains(u"Authorised with conditions"_s));
    EXPECT_TRUE(fires("AUTHORIZED_DESPITE_UNACCEPTABLE"));
    undo(m_window.get());
    EXPECT_EQ(view->claimsTable()->model()->rowCount(), 2);
    EXPECT_TRUE(m_messages.isEmpty()) << m_messages.join(u'\n').toStdString();

    // Removing a claim asks first; undo brings it back, redo takes it away again.
    ASSERT_TRUE(view->selectClaim(u"C-NO-ALT-OFFER"_s));
    view->findChild<QPushButton*>(u"removeClaim"_s)->click();
    ASSERT_EQ(m_messages.size(), 1);
    EXPECT_TRUE(m_messages.first().contains(u"C-NO-ALT-OFFER"_s));
    EXPECT_EQ(view->claimsTable()->model()->rowCount(), 1);
    EXPECT_EQ(stored(m_review, u"EMC2-2023"_s).decision->claims.size(), 1);
    undo(m_window.get());
    EXPECT_EQ(stored(m_review, u"EMC2-2023"_s).decision->claims.size(), 2);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(view->claimsTable()->model()->rowCount(), 1);
    EXPECT_EQ(stored(m_review, u"EMC2-2023"_s).decision->claims.size(), 1);
}

TEST_F(MainWindowTest, ASignalAboutAClaimOpensTheClaimsPanel)
{
    Evidence e;
    e.kind = u"claim"_s;
    e.id = u"C-NO-ALT-OFFER"_s;
    m_window->showEvidence(e);
    EXPECT_EQ(m_window->currentSection(), MainWindow::Section::Assessment);
    EXPECT_EQ(m_window->assessmentView()->tabs()->currentIndex(), 1);
    EXPECT_EQ(m_window->assessmentView()->selectedClaimId(), u"C-NO-ALT-OFFER"_s);
}
