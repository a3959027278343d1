// SPDX-License-Identifier: EUPL-1.2
// Building a case in the real window, offscreen: a new review file shows "New dossier…", the
// dossier is created, its events recorded, a bid withdrawn on a day, a requirement list imported
// after a preview; undo and redo take each back and bring it again; every entry of the file
// names its author.
#include "AuthoringDialogs.h"
#include "DossierDocument.h"
#include "Generator.h"
#include "MainWindow.h"
#include "ReportWriter.h"
#include "UiTestSupport.h"
#include "format/DossierWriter.h"
#include "storage/ReviewFile.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace hostreview;
using namespace hostreview::test;
using namespace Qt::StringLiterals;

namespace {

template <typename Dialog>
Dialog* openDialog(QWidget* root)
{
    Dialog* d = nullptr;
    EXPECT_TRUE(QTest::qWaitFor([&] { return (d = root->findChild<Dialog*>()) != nullptr && d->isVisible(); }, 2000));
    return d;
}

void type(QDialog* dialog, const char* field, const QString& text)
{
    auto* edit = dialog->findChild<QLineEdit*>(QString::fromLatin1(field));
    ASSERT_NE(edit, nullptr) << field;
    edit->setText(text);
}

void choose(QDialog* dialog, const char* field, int data)
{
    auto* combo = dialog->findChild<QComboBox*>(QString::fromLatin1(field));
    ASSERT_NE(combo, nullptr) << field;
    combo->setCurrentIndex(combo->findData(data));
}

void accept(QDialog* dialog)
{
    auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    ASSERT_TRUE(ok->isEnabled()) << "refused";
    ok->click();
    QTest::qWait(0);
}

void press(QWidget* window, Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QApplication::setActiveWindow(window);
    QTest::keyClick(window, key, modifiers);
}

class AuthoringWindowTest : public MainWindowTest
{
protected:
    enum class LoadMode { Head, Everything };
    Dossier stored(LoadMode mode = LoadMode::Head)
    {
        auto f = ReviewFile::open(m_case, ReviewFile::Mode::OpenExisting);
        EXPECT_TRUE(f.ok());
        if (!f)
            return {};
        auto d = mode == LoadMode::Head ? (*f)->loadHead(u"D-1"_s) : (*f)->load(u"D-1"_s);
        EXPECT_TRUE(d.ok());
        return d.ok() ? *d : Dossier();
    }

    QString m_case = m_dir.filePath(u"case.db"_s);
};

} // namespace

TEST_F(AuthoringWindowTest, ACaseIsBuiltInTheWindowUndoneAndRedoneAndSaysWhoBuiltIt)
{
    QSettings().setValue(u"user/author"_s, u"Ana Lyst"_s);
    ASSERT_TRUE(m_window->newFile(m_case)) << m_messages.join(u'\n').toStdString();

    // The empty file says what to do first.
    auto* newDossier = m_window->findChild<QPushButton*>(u"emptyNewDossier"_s);
    ASSERT_NE(newDossier, nullptr);
    EXPECT_TRUE(newDossier->isVisible());
    saveScreenshot(m_window.get(), u"empty-review-file.png"_s);
    newDossier->click();
    auto* dossier = openDialog<DossierDialog>(m_window.get());
    ASSERT_NE(dossier, nullptr);
    EXPECT_FALSE(dossier->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    type(dossier, "dossierId", u"D-1"_s);
    type(dossier, "dossierTitle", u"Hébergement des données de santé"_s);
    type(dossier, "dossierAuthority", u"CNIL"_s);
    saveScreenshot(dossier, u"new-dossier-dialog.png"_s);
    accept(dossier);
    ASSERT_NE(m_window->document(), nullptr);
    EXPECT_EQ(m_window->document()->id(), u"D-1"_s);
    EXPECT_EQ(stored().info.authority, u"CNIL"_s);

    // Two events.
    m_window->recordEvent();
    auto* open = openDialog<EventDialog>(m_window.get());
    ASSERT_NE(open, nullptr);
    type(open, "eventId", u"E-OPEN"_s);
    choose(open, "eventKind", int(EventKind::ConsultationOpened));
    type(open, "eventAt", u"2023-12-04"_s);
    accept(open);
    m_window->recordEvent();
    auto* deadline = openDialog<EventDialog>(m_window.get());
    ASSERT_NE(deadline, nullptr);
    type(deadline, "eventId", u"E-DEADLINE"_s);
    choose(deadline, "eventKind", int(EventKind::BidDeadline));
    type(deadline, "eventAt", u"2023-12-12"_s);
    accept(deadline);
    EXPECT_EQ(stored().events.size(), 2);
    EXPECT_EQ(m_window->document()->dossier().events.size(), 2);

    // A vendor and its bid, then the bid withdrawn on a day.
    Vendor v;
    v.id = u"V-1"_s;
    v.name = u"Hébergeur"_s;
    ASSERT_TRUE(m_window->document()->addVendor(v).ok());
    Bid b;
    b.id = u"B-1"_s;
    b.vendor = v.id;
    b.submittedAt = *Moment::parse(u"2023-12-11"_s, QTimeZone("Europe/Paris"));
    ASSERT_TRUE(m_window->document()->addBid(b).ok());
    m_window->recordBidStatus();
    auto* status = openDialog<BidStatusDialog>(m_window.get());
    ASSERT_NE(status, nullptr);
    choose(status, "bidStatusStatus", int(BidStatus::Withdrawn));
    type(status, "bidStatusAt", u"2023-12-18"_s);
    type(status, "bidStatusReason", u"Lettre du 18 décembre"_s);
    saveScreenshot(status, u"bid-status-dialog.png"_s);
    accept(status);
    auto withdrawn = stored(LoadMode::Everything);
    ASSERT_EQ(withdrawn.bids.size(), 1);
    EXPECT_EQ(withdrawn.bids[0].statusOrDefault(), BidStatus::Withdrawn);
    EXPECT_EQ(withdrawn.bids[0].statusAt->text(), u"2023-12-18"_s);

    // Undo takes the withdrawal back, redo records it again.
    press(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(stored(LoadMode::Everything).bids[0].statusOrDefault(), BidStatus::Submitted);
    press(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(stored(LoadMode::Everything).bids[0].statusOrDefault(), BidStatus::Withdrawn);

    // A requirement list, previewed, then recorded; undone and redone whole.
    const QString csv = m_dir.filePath(u"list.csv"_s);
    writeAll(csv,
             "identifiant;texte;obligatoire;poids\r\n"
             "SEC-01;Chiffrement au repos;oui;3\r\n"
             "SEC-02;Cl\xe9s d\xe9tenues par le client;oui;2\r\n");
    ASSERT_TRUE(m_window->importRequirementList(csv)) << m_messages.join(u'\n').toStdString();
    auto* list = openDialog<RequirementListDialog>(m_window.get());
    ASSERT_NE(list, nullptr);
    type(list, "requirementListEffective", u"2023-12-05"_s);
    const QString preview = list->findChild<QPlainTextEdit*>(u"requirementListChanges"_s)->toPlainText();
    EXPECT_TRUE(preview.contains(u"added SEC-01 (line 2)"_s)) << preview.toStdString();
    EXPECT_TRUE(preview.contains(u"added SEC-02 (line 3)"_s)) << preview.toStdString();
    EXPECT_TRUE(stored(LoadMode::Everything).requirements.isEmpty()) << "a preview writes nothing";
    saveScreenshot(list, u"requirement-list-preview.png"_s);
    accept(list);
    EXPECT_EQ(stored(LoadMode::Everything).requirements.size(), 2);
    EXPECT_EQ(m_window->document()->dossier().requirements.size(), 2);
    m_window->showSection(MainWindow::Section::Requirements);
    EXPECT_TRUE(m_window->findChild<QLabel*>(u"requirementCount"_s)->text().startsWith(u"2 of 2"_s))
        << m_window->findChild<QLabel*>(u"requirementCount"_s)->text().toStdString();
    press(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(stored(LoadMode::Everything).requirements.isEmpty());
    EXPECT_TRUE(m_window->document()->dossier().requirements.isEmpty());
    press(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(stored(LoadMode::Everything).requirements.size(), 2);

    // An amended list: SEC-01's new text is rev 2, and the report's change log says who entered
    // it and how late.
    writeAll(csv,
             "identifiant;texte;obligatoire;poids\r\n"
             "SEC-01;Chiffrement au repos et en transit;oui;3\r\n"
             "SEC-02;Cl\xe9s d\xe9tenues par le client;oui;2\r\n");
    ASSERT_TRUE(m_window->importRequirementList(csv));
    auto* amended = openDialog<RequirementListDialog>(m_window.get());
    ASSERT_NE(amended, nullptr);
    type(amended, "requirementListEffective", u"2023-12-08"_s);
    EXPECT_TRUE(amended->findChild<QPlainTextEdit*>(u"requirementListChanges"_s)
                    ->toPlainText()
                    .contains(u"revised SEC-01 (line 2): rev 2 (text)"_s));
    accept(amended);
    auto input = ReportInput::of(*m_window->document());
    ASSERT_TRUE(input.ok());
    const QString report = ReportWriter::html(*input, ReportWriter::Options{}, {});
    EXPECT_TRUE(report.contains(u"by Ana Lyst"_s));
    EXPECT_TRUE(report.contains(u"after its effective date"_s));

    // The deadline removed, then back.
    m_window->removeEvent(u"E-DEADLINE"_s);
    EXPECT_EQ(stored().events.size(), 1);
    press(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(stored().events.size(), 2);

    // The details changed from the Edit menu's dialog.
    m_window->editDossierDetails();
    auto* details = openDialog<DossierDialog>(m_window.get());
    ASSERT_NE(details, nullptr);
    type(details, "dossierApplicant", u"Plateforme des données de santé"_s);
    accept(details);
    EXPECT_EQ(stored().info.applicant, u"Plateforme des données de santé"_s);
    saveScreenshot(m_window.get(), u"authored-dossier.png"_s);

    // Every entry names who did it.
    auto f = ReviewFile::open(m_case, ReviewFile::Mode::OpenExisting);
    ASSERT_TRUE(f.ok());
    const auto trail = (*f)->auditTrail(u"D-1"_s);
    ASSERT_TRUE(trail.ok());
    EXPECT_GE(trail->size(), 12);
    for (const AuditEntry& e : trail.value())
        EXPECT_EQ(e.author, u"Ana Lyst"_s) << e.action.toStdString();
    EXPECT_TRUE(m_messages.isEmpty()) << m_messages.join(u'\n').toStdString();
}

TEST_F(AuthoringWindowTest, ALargeImportLeavesTheWindowAliveAndCanBeCancelled)
{
    Generator::Options o;
    o.requirements = 4000;
    o.vendors = 10;
    o.changes = 4000;
    const QString json = m_dir.filePath(u"large.json"_s);
    writeAll(json, DossierWriter::write(Generator::generate(o)));
    ASSERT_TRUE(m_window->newFile(m_case));

    // The event loop turns while the import runs: timers fire, the window repaints.
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
    ticker.start(5);
    QTimer::singleShot(20, m_window.get(), [this] {
        auto* progress = m_window->findChild<QProgressDialog*>(u"importProgress"_s);
        ASSERT_NE(progress, nullptr);
        emit progress->canceled(); // what its Cancel button sends
    });
    EXPECT_FALSE(m_window->importDossier(json)) << "cancelled";
    EXPECT_GT(ticks, 2);
    EXPECT_EQ(m_window->navigator()->topLevelItemCount(), 0) << "nothing stored";
    EXPECT_TRUE(m_messages.isEmpty()) << m_messages.join(u'\n').toStdString();

    // Not cancelled, it stores the dossier whole and shows it.
    ticks = 0;
    ASSERT_TRUE(m_window->importDossier(json)) << m_messages.join(u'\n').toStdString();
    EXPECT_GT(ticks, 2);
    ASSERT_NE(m_window->document(), nullptr);
    EXPECT_EQ(m_window->document()->dossier().requirements.size(), 4000);
    EXPECT_EQ(m_window->currentSection(), MainWindow::Section::Overview);
    EXPECT_FALSE(m_window->document()->needsPreparing()) << "the overview's analysis was made on the worker";

    // Opened again, its bids load on a worker too; cancelled, the window shows the requirements.
    ticks = 0;
    QTimer::singleShot(20, m_window.get(), [this] {
        if (auto* loading = m_window->findChild<QProgressDialog*>(u"loadProgress"_s))
            emit loading->canceled();
    });
    ASSERT_TRUE(m_window->openFile(m_case));
    EXPECT_GT(ticks, 2);
    EXPECT_EQ(m_window->currentSection(), MainWindow::Section::Requirements);
    EXPECT_TRUE(m_window->document()->needsPreparing());
    EXPECT_TRUE(m_messages.isEmpty()) << m_messages.join(u'\n').toStdString();
}
