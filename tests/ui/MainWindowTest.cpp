// SPDX-License-Identifier: EUPL-1.2
#include "MainWindow.h"
#include "DossierDocument.h"
#include "OverviewView.h"
#include "RequirementFilterModel.h"
#include "RequirementTableModel.h"
#include "RequirementsView.h"
#include "RevisionDialog.h"
#include "SourcesView.h"
#include "UiTestSupport.h"
#include "analysis/DossierQueries.h"
#include "analysis/SignalEngine.h"
#include "format/AnalysisProfile.h"
#include "format/DossierReader.h"
#include "storage/ReviewFile.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>

using namespace hostreview;
using namespace hostreview::test;
using namespace Qt::StringLiterals;

namespace {

QStringList visibleIds(const RequirementsView* view)
{
    QStringList ids;
    const QAbstractItemModel* m = view->table()->model();
    for (int r = 0; r < m->rowCount(); ++r)
        ids << m->index(r, RequirementTableModel::Id).data().toString();
    return ids;
}

Dossier storedDossier(const QString& path)
{
    auto f = ReviewFile::open(path, ReviewFile::Mode::OpenExisting);
    EXPECT_TRUE(f.ok());
    if (!f)
        return {};
    auto d = (*f)->load(u"EMC2-2023"_s);
    EXPECT_TRUE(d.ok());
    return d.ok() ? *d : Dossier();
}

QStringList auditActions(const QString& path)
{
    auto f = ReviewFile::open(path, ReviewFile::Mode::OpenExisting);
    QStringList out;
    if (!f)
        return out;
    auto trail = (*f)->auditTrail(u"EMC2-2023"_s);
    if (trail) {
        for (const AuditEntry& e : *trail)
            out << e.action;
    }
    return out;
}

// A shortcut as a person types it: to the active main window.
void press(QWidget* window, Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QApplication::setActiveWindow(window);
    QTest::keyClick(window, key, modifiers);
}

template <typename Dialog>
Dialog* openDialog(QWidget* root)
{
    Dialog* d = nullptr;
    EXPECT_TRUE(QTest::qWaitFor([&] { return (d = root->findChild<Dialog*>()) != nullptr && d->isVisible(); }, 2000));
    return d;
}

} // namespace

TEST_F(MainWindowTest, OpensTheDemoWithItsNavigatorAndOverview)
{
    EXPECT_TRUE(m_window->windowTitle().contains(u"Entrepôt EMC2"_s)) << m_window->windowTitle().toStdString();
    EXPECT_TRUE(m_window->windowTitle().contains(u"review.db"_s));
    QTreeWidget* nav = m_window->navigator();
    ASSERT_EQ(nav->topLevelItemCount(), 1);
    QTreeWidgetItem* dossier = nav->topLevelItem(0);
    ASSERT_EQ(dossier->childCount(), 7);
    QStringList sections, enabled;
    for (int i = 0; i < 7; ++i) {
        sections << dossier->child(i)->text(0);
        if (dossier->child(i)->flags() & Qt::ItemIsEnabled)
            enabled << dossier->child(i)->text(0);
    }
    EXPECT_EQ(sections,
              (QStringList{u"Overview"_s,
                           u"Requirements"_s,
                           u"Vendors & bids"_s,
                           u"Timeline"_s,
                           u"Signals"_s,
                           u"Assessment & decision"_s,
                           u"Sources"_s}));
    EXPECT_EQ(enabled, sections) << "every section is there to use";
    ASSERT_NE(m_window->document(), nullptr);
    EXPECT_EQ(m_window->document()->id(), u"EMC2-2023"_s);
    EXPECT_EQ(m_window->currentSection(), MainWindow::Section::Overview);

    const QString overview = m_window->overviewView()->findChild<QTextBrowser*>(u"overviewText"_s)->toPlainText();
    EXPECT_TRUE(overview.contains(u"88.9 / 100"_s)) << overview.toStdString();
    EXPECT_TRUE(overview.contains(u"LATE_CHANGE"_s)) << overview.toStdString();
    EXPECT_TRUE(overview.contains(u"Illustrative"_s)) << overview.toStdString();
    // The review at a glance: the decision, the assessment and the claims tested.
    EXPECT_TRUE(overview.contains(u"Authorised with conditions, Microsoft Ireland Operations Ltd"_s));
    EXPECT_TRUE(overview.contains(u"18 criteria: Unacceptable: 2, To improve: 7, Acceptable: 7, Not assessed: 2"_s))
        << overview.toStdString();
    EXPECT_TRUE(overview.contains(u"2 claims, 1 contradicted by the evidence"_s)) << overview.toStdString();
}

TEST_F(MainWindowTest, FiltersRequirementsByTextCategoryAndQuickFilters)
{
    press(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    ASSERT_EQ(m_window->currentSection(), MainWindow::Section::Requirements);
    RequirementsView* view = m_window->requirementsView();
    EXPECT_EQ(view->table()->model()->rowCount(), 26);

    // Accents and case do not matter: "DELAI" finds "délai".
    auto* text = view->findChild<QLineEdit*>(u"requirementFilter"_s);
    QTest::keyClicks(text, u"DELAI"_s);
    const QStringList byText = visibleIds(view);
    EXPECT_TRUE(byText.contains(u"TEC-02"_s)) << byText.join(u' ').toStdString();
    EXPECT_LT(byText.size(), 26);
    EXPECT_EQ(view->findChild<QLabel*>(u"requirementCount"_s)->text(), u"%1 of 26 requirements"_s.arg(byText.size()));
    text->clear();

    auto* category = view->findChild<QComboBox*>(u"categoryFilter"_s);
    category->setCurrentIndex(category->findText(u"Security"_s));
    EXPECT_EQ(visibleIds(view), (QStringList{u"SEC-01"_s, u"SEC-02"_s, u"SEC-03"_s, u"SEC-04"_s, u"SEC-05"_s}));
    category->setCurrentIndex(0);

    // "Changed during the consultation": a rev 2+ effective from the opening to the final deadline.
    const Dossier& d = m_window->document()->dossier();
    const DossierQueries q(d);
    const QDate open = q.opening()->at.day();
    const QDate end = *q.finalDeadline();
    QSet<QString> expected;
    for (const Requirement& r : d.requirements) {
        for (const RequirementRevision& v : r.revisions) {
            if (v.rev > 1 && v.effectiveAt.day() >= open && v.effectiveAt.day() <= end)
                expected.insert(r.id);
        }
    }
    view->findChild<QCheckBox*>(u"changedDuringConsultation"_s)->click();
    const QStringList during = visibleIds(view);
    EXPECT_EQ(QSet<QString>(during.begin(), during.end()), expected);
    EXPECT_TRUE(expected.contains(u"TEC-02"_s));
    EXPECT_FALSE(expected.contains(u"REV-01"_s)) << "changed on 19 December, after the final deadline";
    view->findChild<QCheckBox*>(u"changedDuringConsultation"_s)->click();

    // "Changed late": the requirements with a LATE_CHANGE signal.
    const Dossier full = storedDossier(m_review);
    const Analysis analysis = SignalEngine::analyze(full, *AnalysisProfile::forDossier(full, QString()));
    QSet<QString> late;
    for (const Signal& s : analysis.fired) {
        if (s.code == u"LATE_CHANGE"_s)
            late.insert(s.subjectId);
    }
    ASSERT_FALSE(late.isEmpty());
    view->findChild<QCheckBox*>(u"changedLate"_s)->click();
    const QStringList lateShown = visibleIds(view);
    EXPECT_EQ(QSet<QString>(lateShown.begin(), lateShown.end()), late);

    // Sorting by revision count, most first.
    view->findChild<QCheckBox*>(u"changedLate"_s)->click();
    view->table()->sortByColumn(RequirementTableModel::Revisions, Qt::DescendingOrder);
    EXPECT_EQ(visibleIds(view).front(), u"FUN-01"_s) << "the only requirement with three revisions";
}

TEST_F(MainWindowTest, ShowsTheHistoryAndHighlightsTheChangedWords)
{
    m_window->showSection(MainWindow::Section::Requirements);
    RequirementsView* view = m_window->requirementsView();
    view->selectRequirement(u"TEC-02"_s);
    EXPECT_EQ(view->selectedRequirementId(), u"TEC-02"_s);
    EXPECT_TRUE(view->findChild<QLabel*>(u"requirementHeading"_s)->text().contains(u"Delivery lead time"_s));
    auto* inForce = view->findChild<QTextBrowser*>(u"textInForce"_s);
    EXPECT_TRUE(inForce->toPlainText().contains(u"6 semaines"_s)) << inForce->toPlainText().toStdString();
    EXPECT_EQ(view->findChild<QTableView*>(u"historyTable"_s)->model()->rowCount(), 2);

    // The default comparison is the last change: rev 1 -> rev 2.
    const QTextDocument* diff = view->diffView()->document();
    EXPECT_EQ(struckWords(diff), QStringList{u"12"_s});
    const QStringList inserted = underlinedWords(diff);
    ASSERT_FALSE(inserted.isEmpty());
    EXPECT_EQ(inserted.front(), u"6"_s);
    EXPECT_TRUE(inserted.contains(u"opérationnel"_s)) << inserted.join(u' ').toStdString();
    EXPECT_FALSE(inserted.contains(u"délai"_s)) << "unchanged words are not highlighted";

    // FUN-01 has three revisions; compare the first with the last through the two lists.
    view->selectRequirement(u"FUN-01"_s);
    auto* from = view->findChild<QComboBox*>(u"diffFrom"_s);
    auto* to = view->findChild<QComboBox*>(u"diffTo"_s);
    ASSERT_EQ(to->count(), 3);
    from->setCurrentIndex(0);
    to->setCurrentIndex(2);
    EXPECT_TRUE(view->diffView()->toPlainText().startsWith(u"Rev 1"_s))
        << view->diffView()->toPlainText().toStdString();
    EXPECT_FALSE(struckWords(diff).isEmpty() && underlinedWords(diff).isEmpty());

    // As of 11 December TEC-02 still read "12 semaines"; its late change came on the 12th.
    view->selectRequirement(u"TEC-02"_s);
    view->findChild<QDateEdit*>(u"asOfDate"_s)->setDate(QDate(2023, 12, 11));
    EXPECT_TRUE(inForce->toPlainText().contains(u"12 semaines"_s)) << inForce->toPlainText().toStdString();
    const QAbstractItemModel* table = view->table()->model();
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->index(r, RequirementTableModel::Id).data() == u"TEC-02"_s) {
            EXPECT_EQ(table->index(r, RequirementTableModel::Revisions).data().toString(), u"1"_s);
        }
        if (table->index(r, RequirementTableModel::Id).data() == u"TEC-04"_s) {
            EXPECT_EQ(table->index(r, RequirementTableModel::Status).data().toString(), u"Active"_s);
        }
    }
    view->findChild<QDateEdit*>(u"asOfDate"_s)->setDate(QDate(2023, 12, 5));
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->index(r, RequirementTableModel::Id).data() == u"TEC-04"_s) {
            EXPECT_EQ(table->index(r, RequirementTableModel::Status).data().toString(), u"Not yet issued"_s);
        }
    }
}

TEST_F(MainWindowTest, AnEditIsStoredAtOnceAndUndoRedoAreRecorded)
{
    m_window->showSection(MainWindow::Section::Requirements);
    RequirementsView* view = m_window->requirementsView();
    view->selectRequirement(u"TEC-02"_s);
    view->findChild<QPushButton*>(u"newRevision"_s)->click();
    auto* dialog = openDialog<RevisionDialog>(m_window.get());
    ASSERT_NE(dialog, nullptr);
    auto* text = dialog->findChild<QPlainTextEdit*>(u"revisionText"_s);
    EXPECT_TRUE(text->toPlainText().contains(u"6 semaines"_s)) << "prefilled with the text in force";
    text->setPlainText(text->toPlainText().replace(u"6 semaines"_s, u"4 semaines"_s));
    auto* effective = dialog->findChild<QLineEdit*>(u"revisionEffective"_s);
    effective->setText(u"2023-12-01"_s);
    auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    EXPECT_TRUE(ok->isEnabled()) << "the file refuses it, not the form";
    effective->setText(u"2023-13-01"_s);
    EXPECT_FALSE(ok->isEnabled());
    EXPECT_FALSE(dialog->findChild<QLabel*>(u"revisionError"_s)->text().isEmpty());
    effective->setText(u"2023-12-20"_s);
    dialog->findChild<QLineEdit*>(u"revisionRationale"_s)->setText(u"Shorter again"_s);
    ASSERT_TRUE(ok->isEnabled());
    ok->click();

    EXPECT_EQ(m_window->document()->dossier().requirement(u"TEC-02")->revisions.size(), 3);
    EXPECT_EQ(storedDossier(m_review).requirement(u"TEC-02")->revisions.size(), 3) << "stored at once";
    EXPECT_EQ(underlinedWords(view->diffView()->document()), QStringList{u"4"_s});
    EXPECT_EQ(struckWords(view->diffView()->document()), QStringList{u"6"_s});

    press(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(m_window->document()->dossier().requirement(u"TEC-02")->revisions.size(), 2);
    EXPECT_EQ(storedDossier(m_review).requirement(u"TEC-02")->revisions.size(), 2);
    EXPECT_EQ(auditActions(m_review).last(), u"retract_revision"_s) << "the undone revision stays in the audit trail";
    EXPECT_EQ(struckWords(view->diffView()->document()), QStringList{u"12"_s}) << "the view followed the undo";

    press(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    const Dossier redone = storedDossier(m_review);
    ASSERT_EQ(redone.requirement(u"TEC-02")->revisions.size(), 3);
    EXPECT_TRUE(redone.requirement(u"TEC-02")->revisions[2].text->contains(u"4 semaines"_s));
    EXPECT_EQ(auditActions(m_review).mid(auditActions(m_review).size() - 3),
              (QStringList{u"add_revision"_s, u"retract_revision"_s, u"reinstate"_s}));

    // A new requirement, then undo: gone from the table and the file, kept in the audit.
    view->findChild<QPushButton*>(u"addRequirement"_s)->click();
    auto* add = openDialog<RevisionDialog>(m_window.get());
    ASSERT_NE(add, nullptr);
    auto* id = add->findChild<QLineEdit*>(u"requirementId"_s);
    id->setText(u"SEC-01"_s);
    auto* addOk = add->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(addOk->isEnabled()) << "an id in use";
    id->setText(u"SEC-06"_s);
    add->findChild<QLineEdit*>(u"requirementTitle"_s)->setText(u"Key rotation"_s);
    add->findChild<QPlainTextEdit*>(u"revisionText"_s)->setPlainText(u"Les clés sont renouvelées chaque année."_s);
    add->findChild<QLineEdit*>(u"revisionEffective"_s)->setText(u"2023-12-20"_s);
    addOk->click();
    EXPECT_EQ(view->table()->model()->rowCount(), 27);
    EXPECT_EQ(view->selectedRequirementId(), u"SEC-06"_s);
    EXPECT_NE(storedDossier(m_review).requirement(u"SEC-06"), nullptr);
    press(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(view->table()->model()->rowCount(), 26);
    EXPECT_EQ(storedDossier(m_review).requirement(u"SEC-06"), nullptr);
    EXPECT_EQ(auditActions(m_review).last(), u"retract_requirement"_s);
    EXPECT_TRUE(m_messages.isEmpty()) << m_messages.join(u'\n').toStdString();
}

TEST_F(MainWindowTest, SourcesSayWhatCitesThemAndOpenOnlyWhenAsked)
{
    press(m_window.get(), Qt::Key_7, Qt::ControlModifier);
    ASSERT_EQ(m_window->currentSection(), MainWindow::Section::Sources);
    SourcesView* view = m_window->sourcesView();
    EXPECT_EQ(view->table()->model()->rowCount(), int(m_window->document()->dossier().sources.size()));
    view->selectSource(u"S-CONSULT-MOD2"_s);
    EXPECT_EQ(view->selectedSourceId(), u"S-CONSULT-MOD2"_s);
    const QString detail = view->findChild<QTextBrowser*>(u"sourceDetail"_s)->toPlainText();
    EXPECT_TRUE(detail.contains(u"TEC-02"_s)) << detail.toStdString();
    const bool hasUrl = m_window->document()->dossier().source(u"S-CONSULT-MOD2")->url.has_value();
    EXPECT_EQ(view->findChild<QPushButton*>(u"openSourceUrl"_s)->isEnabled(), hasUrl);
}

TEST_F(MainWindowTest, DroppingADossierImportsItAndExportGivesItBack)
{
    auto* mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(sourcePath(u"resources/demo/hdh-2019.json"_s))});
    QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    EXPECT_TRUE(enter.isAccepted()) << "a dossier file is welcome";
    QDropEvent drop(QPointF(200, 200), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    const bool delivered = QApplication::sendEvent(m_window.get(), &drop);
    EXPECT_TRUE(delivered);
    EXPECT_TRUE(drop.isAccepted());
    delete mime;
    // The import starts once the drop has returned (it runs its own event loop).
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_window->navigator()->topLevelItemCount() == 2; }, 5000));
    EXPECT_EQ(m_window->navigator()->topLevelItemCount(), 2);
    EXPECT_EQ(m_window->document()->id(), u"HDH-2019"_s);

    const QString out = m_dir.filePath(u"hdh.json"_s);
    ASSERT_TRUE(m_window->exportDossier(out));
    EXPECT_EQ(QFileInfo(out).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    auto back = DossierReader::readFile(out);
    ASSERT_TRUE(back.ok()) << back.error().toString().toStdString();
    auto original = DossierReader::readFile(sourcePath(u"resources/demo/hdh-2019.json"_s));
    EXPECT_EQ(back->requirements.size(), original->requirements.size());
    EXPECT_EQ(back->info.title, original->info.title);

    // A bad file is refused with its position, and nothing changes.
    const QString bad = write(u"bad.json"_s, "{ \"format\": \"hostreview-dossier\", ");
    EXPECT_FALSE(m_window->importDossier(bad));
    ASSERT_EQ(m_messages.size(), 1);
    EXPECT_TRUE(m_messages.front().contains(u"bad.json:1:"_s)) << m_messages.front().toStdString();
    EXPECT_EQ(m_window->navigator()->topLevelItemCount(), 2);
}

TEST_F(MainWindowTest, RemembersRecentFilesAndGeometry)
{
    EXPECT_EQ(m_window->recentFiles().value(0), QFileInfo(m_review).absoluteFilePath());
    m_window->resize(1000, 700);
    m_window->close();
    QSettings settings;
    EXPECT_FALSE(settings.value(u"window/geometry"_s).toByteArray().isEmpty());
    EXPECT_EQ(settings.value(u"files/last"_s).toString(), m_review);
}

TEST_F(MainWindowTest, TheScreenshotOptionRendersAViewToAPng)
{
    const QString png = m_dir.filePath(u"requirements.png"_s);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HOSTREVIEW_GUI_PATH),
            {u"--screenshot"_s, png, u"--view"_s, u"requirements"_s, u"--lang"_s, u"en"_s, m_review});
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(1400, 860));

    p.start(QStringLiteral(HOSTREVIEW_GUI_PATH), {u"--screenshot"_s, png, u"--view"_s, u"matrix"_s, m_review});
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 2);
    EXPECT_TRUE(QString::fromUtf8(p.readAllStandardError()).contains(u"unknown view matrix"_s));

    // A file the window refuses is said on stderr, with exit 2, instead of a message box nobody
    // can answer offscreen (it hung).
    const QString notReview = write(u"not-a-review.db"_s, "plain text, not SQLite");
    p.start(QStringLiteral(HOSTREVIEW_GUI_PATH), {u"--screenshot"_s, png, notReview});
    ASSERT_TRUE(p.waitForFinished(60000)) << "it must not wait for a message box";
    EXPECT_EQ(p.exitCode(), 2);
    EXPECT_TRUE(QString::fromUtf8(p.readAllStandardError()).contains(u"not a HostReview review file"_s));
    // And a target that is not a regular file is refused, not replaced.
    p.start(QStringLiteral(HOSTREVIEW_GUI_PATH), {u"--screenshot"_s, m_dir.path(), m_review});
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 2);
    EXPECT_TRUE(QFileInfo(m_dir.path()).isDir());
}

TEST_F(MainWindowTest, TheAuditTrailSaysWhoDidEachAction)
{
    m_window->showSection(MainWindow::Section::Requirements);
    press(m_window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = openDialog<QDialog>(m_window.get());
    ASSERT_NE(dialog, nullptr);
    auto* table = dialog->findChild<QTableWidget*>(u"auditTable"_s);
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->columnCount(), 4);
    EXPECT_EQ(table->horizontalHeaderItem(1)->text(), u"Who"_s);
    auto f = ReviewFile::open(m_review, ReviewFile::Mode::OpenExisting);
    ASSERT_TRUE(f.ok());
    auto trail = (*f)->auditTrail(u"EMC2-2023"_s);
    ASSERT_TRUE(trail.ok());
    ASSERT_EQ(table->rowCount(), trail->size());
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString who = trail->at(row).author.isEmpty() ? u"not recorded"_s : trail->at(row).author;
        EXPECT_EQ(table->item(row, 1)->text(), who);
    }
    if (const QByteArray shot = qgetenv("HOSTREVIEW_SCREENSHOT_DIR"); !shot.isEmpty())
        dialog->grab().save(QString::fromLocal8Bit(shot) + u"/audit-trail.png"_s);
    dialog->close();
}
