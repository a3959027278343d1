// SPDX-License-Identifier: EUPL-1.2
#include "support/Language.h"
#include "AssessmentView.h"
#include "OverviewView.h"
#include "RequirementTableModel.h"
#include "RequirementsView.h"
#include "UiTestSupport.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace hostreview;
using namespace hostreview::test;
using namespace Qt::StringLiterals;

namespace {

QAction* languageAction(QMainWindow* window, const QString& name)
{
    for (QAction* a : window->findChildren<QAction*>()) {
        if (a->text() == name && a->isCheckable())
            return a;
    }
    return nullptr;
}

QStringList menuTitles(QMainWindow* window)
{
    QStringList out;
    for (QAction* a : window->menuBar()->actions())
        out << a->text();
    return out;
}

} // namespace

TEST_F(MainWindowTest, SwitchingToFrenchRetranslatesTheRunningWindow)
{
    m_window->showSection(MainWindow::Section::Requirements);
    QAction* french = languageAction(m_window.get(), u"Français"_s);
    ASSERT_NE(french, nullptr);
    french->trigger();
    // Installing a translator posts LanguageChange to every widget: let it arrive.
    EXPECT_TRUE(QTest::qWaitFor([&] { return menuTitles(m_window.get()).front() == u"&Fichier"_s; }, 2000));

    EXPECT_EQ(Language::current(), u"fr"_s);
    EXPECT_EQ(menuTitles(m_window.get()).front(), u"&Fichier"_s);
    EXPECT_EQ(m_window->navigator()->topLevelItem(0)->child(1)->text(0), u"Exigences"_s);
    RequirementsView* view = m_window->requirementsView();
    const QAbstractItemModel* table = view->table()->model();
    EXPECT_EQ(table->headerData(RequirementTableModel::CategoryColumn, Qt::Horizontal).toString(), u"Catégorie"_s);
    EXPECT_EQ(view->findChild<QLabel*>(u"requirementCount"_s)->text(), u"26 sur 26 exigences"_s);
    // Dates follow the French locale: day first.
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->index(r, RequirementTableModel::Id).data() == u"TEC-02"_s) {
            EXPECT_EQ(table->index(r, RequirementTableModel::LastChange).data().toString(), u"12/12/2023"_s);
            EXPECT_EQ(table->index(r, RequirementTableModel::CategoryColumn).data().toString(), u"Technique"_s);
        }
    }
    m_window->showSection(MainWindow::Section::Overview);
    const QString overview = m_window->overviewView()->findChild<QTextBrowser*>(u"overviewText"_s)->toPlainText();
    EXPECT_TRUE(overview.contains(u"88,9"_s)) << overview.toStdString();
    EXPECT_TRUE(overview.contains(u"Modification tardive"_s) || overview.contains(u"tardive"_s))
        << overview.toStdString();

    // The assessment and the claims panel, with the template's guidance in French.
    m_window->showSection(MainWindow::Section::Assessment);
    AssessmentView* assessment = m_window->assessmentView();
    EXPECT_EQ(assessment->tabs()->tabText(0), u"Évaluation"_s);
    EXPECT_TRUE(assessment->summary()->text().startsWith(u"18 critères"_s))
        << assessment->summary()->text().toStdString();
    EXPECT_TRUE(assessment->summary()->text().contains(u"Inacceptable\u00a0: 2"_s));
    ASSERT_TRUE(assessment->selectCriterion(u"A03"_s));
    EXPECT_TRUE(assessment->criterionDetail()->toPlainText().contains(u"Ce qui permet"_s));
    EXPECT_TRUE(assessment->criterionDetail()->toPlainText().contains(u"Code de la santé publique"_s));
    ASSERT_TRUE(assessment->selectClaim(u"C-NO-ALT-OFFER"_s));
    EXPECT_TRUE(assessment->claimDetail()->toPlainText().contains(u"Contredite par les éléments de preuve"_s));
    EXPECT_TRUE(assessment->claimDetail()->toPlainText().contains(u"18 décembre 2023"_s));

    QAction* english = languageAction(m_window.get(), u"English"_s);
    ASSERT_NE(english, nullptr);
    english->trigger();
    EXPECT_TRUE(QTest::qWaitFor([&] { return menuTitles(m_window.get()).front() == u"&File"_s; }, 2000));
    EXPECT_EQ(menuTitles(m_window.get()).front(), u"&File"_s);
    EXPECT_EQ(m_window->navigator()->topLevelItem(0)->child(1)->text(0), u"Requirements"_s);
    EXPECT_EQ(QSettings().value(u"ui/language"_s).toString(), u"en"_s) << "kept for the next start";
    QLocale::setDefault(QLocale::c()); // as the other tests expect
}
