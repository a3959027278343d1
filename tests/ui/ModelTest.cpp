// SPDX-License-Identifier: EUPL-1.2
#include "DossierDocument.h"
#include "RequirementFilterModel.h"
#include "RequirementTableModel.h"
#include "RevisionHistoryModel.h"
#include "SourceTableModel.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "storage/ReviewFile.h"

#include <QAbstractItemModelTester>
#include <QTreeWidget>
#include <QUndoStack>

using namespace hostreview;
using namespace hostreview::test;
using namespace Qt::StringLiterals;

namespace {

// Every model of the workspace on the demo, watched by QAbstractItemModelTester (fatal: a broken
// model contract aborts the test) through filtering, a change of day, edits and their undo.
class ModelTest : public DemoReviewFileTest
{
protected:
    void SetUp() override
    {
        DemoReviewFileTest::SetUp();
        auto f = ReviewFile::open(m_review, ReviewFile::Mode::OpenExisting);
        ASSERT_TRUE(f.ok());
        m_file = std::move(*f);
        auto doc = DossierDocument::open(*m_file, u"EMC2-2023"_s);
        ASSERT_TRUE(doc.ok());
        m_doc = std::move(*doc);
    }
    RequirementRevision revision(const QString& text)
    {
        RequirementRevision r;
        r.effectiveAt = Moment::fromDate(QDate(2023, 12, 20), m_doc->dossier().info.zone());
        r.text = text;
        return r;
    }
    std::unique_ptr<ReviewFile> m_file;
    std::unique_ptr<DossierDocument> m_doc;
};

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

} // namespace

TEST_F(ModelTest, RequirementModelsKeepTheirContractThroughFiltersDaysAndEdits)
{
    RequirementTableModel table(m_doc.get());
    RequirementFilterModel filter(&table);
    RevisionHistoryModel history(m_doc.get());
    QAbstractItemModelTester t1(&table, Fatal);
    QAbstractItemModelTester t2(&filter, Fatal);
    QAbstractItemModelTester t3(&history, Fatal);

    history.setRequirement(u"TEC-02"_s);
    EXPECT_EQ(history.rowCount(), 2);
    filter.setText(u"sécurité"_s);
    filter.setCategory(Category::Security);
    filter.sort(RequirementTableModel::Weight, Qt::DescendingOrder);
    table.setDay(QDate(2023, 12, 5));
    history.setDay(QDate(2023, 12, 5));
    filter.setText(QString());
    filter.setCategory(std::nullopt);
    EXPECT_EQ(filter.rowCount(), 26);
    table.setDay(QDate());

    ASSERT_TRUE(m_doc->addRevision(u"TEC-02"_s, revision(u"Quatre semaines."_s)).ok());
    EXPECT_EQ(history.rowCount(), 3);
    EXPECT_EQ(table.index(table.rowOf(u"TEC-02"_s), RequirementTableModel::Revisions).data().toString(), u"3"_s);
    Requirement r;
    r.id = u"NEW-1"_s;
    r.revisions << revision(u"Nouvelle exigence."_s);
    ASSERT_TRUE(m_doc->addRequirement(r).ok());
    EXPECT_EQ(filter.rowCount(), 27);
    m_doc->undoStack()->undo();
    EXPECT_EQ(filter.rowCount(), 26);
    m_doc->undoStack()->undo();
    EXPECT_EQ(history.rowCount(), 2);
    m_doc->undoStack()->redo();
    EXPECT_EQ(history.rowCount(), 3);
    ASSERT_TRUE(m_doc->reload().ok());
    EXPECT_EQ(history.rowCount(), 3);
}

TEST_F(ModelTest, SourceModelKeepsItsContractAndCountsCitations)
{
    SourceTableModel sources(m_doc.get());
    QAbstractItemModelTester tester(&sources, Fatal);
    EXPECT_EQ(sources.rowCount(), int(m_doc->dossier().sources.size()));
    const QStringList cites = SourceTableModel::citations(m_doc->dossier(), u"S-CONSULT-MOD2"_s);
    EXPECT_TRUE(cites.join(u'\n').contains(u"TEC-02"_s)) << cites.join(u'\n').toStdString();

    Source s;
    s.id = u"S-NEW"_s;
    s.title = u"Note"_s;
    ASSERT_TRUE(m_doc->addSource(s).ok());
    EXPECT_EQ(sources.rowCount(), int(m_doc->dossier().sources.size()));
    s.title = u"Note, corrected"_s;
    ASSERT_TRUE(m_doc->updateSource(s).ok());
    m_doc->undoStack()->undo();
    EXPECT_EQ(m_doc->dossier().source(u"S-NEW")->title, u"Note"_s);
    m_doc->undoStack()->undo();
    EXPECT_EQ(m_doc->dossier().source(u"S-NEW"), nullptr);
    EXPECT_EQ(sources.rowCount(), int(m_doc->dossier().sources.size()));
}

TEST_F(MainWindowTest, TheNavigatorModelKeepsItsContract)
{
    QAbstractItemModelTester tester(m_window->navigator()->model(), Fatal);
    ASSERT_TRUE(m_window->importDossier(sourcePath(u"resources/demo/hdh-2019.json"_s)));
    EXPECT_EQ(m_window->navigator()->model()->rowCount(), 2);
    ASSERT_TRUE(m_window->openFile(m_review));
    EXPECT_EQ(m_window->navigator()->model()->rowCount(), 2);
}

// Undo the Qt way: pushing a command performs the action (its first redo()), one entry on the
// stack per action done; an action the file refuses leaves the file, the dossier and the stack
// as they were, and says why.
TEST_F(ModelTest, AnEditIsItsCommandsRedoAndARefusedOneLeavesNothingToUndo)
{
    QUndoStack* stack = m_doc->undoStack();
    ASSERT_EQ(stack->count(), 0);
    Source s;
    s.id = u"S-NEW"_s;
    s.title = u"Note"_s;
    ASSERT_TRUE(m_doc->addSource(s).ok());
    EXPECT_EQ(stack->count(), 1);
    EXPECT_EQ(stack->undoText(), u"add source S-NEW"_s);
    EXPECT_NE(m_doc->dossier().source(u"S-NEW"), nullptr);

    const qsizetype sources = m_doc->dossier().sources.size();
    const Status twice = m_doc->addSource(s); // the same id again: refused by the file
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.error().reason.contains(u"S-NEW"_s)) << twice.error().reason.toStdString();
    EXPECT_EQ(stack->count(), 1) << "a refused action is not on the undo stack";
    EXPECT_EQ(stack->undoText(), u"add source S-NEW"_s);
    EXPECT_EQ(m_doc->dossier().sources.size(), sources);

    Requirement r;
    r.id = u"NEW-1"_s; // no revision: refused
    ASSERT_FALSE(m_doc->addRequirement(r).ok());
    EXPECT_EQ(stack->count(), 1);

    stack->undo();
    EXPECT_EQ(m_doc->dossier().source(u"S-NEW"), nullptr);
    stack->redo();
    EXPECT_NE(m_doc->dossier().source(u"S-NEW"), nullptr);
}
