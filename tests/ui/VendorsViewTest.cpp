// SPDX-License-Identifier: EUPL-1.2
#include "VendorsView.h"
#include "BidDialog.h"
#include "ComplianceMatrixModel.h"
#include "DossierDocument.h"
#include "UiTestSupport.h"
#include "VendorDialog.h"
#include "storage/ReviewFile.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace hostreview;
using namespace hostreview::test;
using namespace Qt::StringLiterals;

namespace {

QModelIndex cellOf(const ComplianceMatrixModel* m, const QString& requirement, const QString& vendor)
{
    for (int r = 0; r < m->rowCount(); ++r) {
        for (int c = 0; c < m->columnCount(); ++c) {
            const QModelIndex i = m->index(r, c);
            if (i.data(ComplianceMatrixModel::RequirementIdRole) == requirement &&
                i.data(ComplianceMatrixModel::VendorIdRole) == vendor)
                return i;
        }
    }
    return {};
}

} // namespace

TEST_F(MainWindowTest, TheMatrixReplaysTheConsultationDayByDay)
{
    QApplication::setActiveWindow(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    ASSERT_EQ(m_window->currentSection(), MainWindow::Section::Vendors);
    VendorsView* view = m_window->vendorsView();
    ComplianceMatrixModel* model = view->matrixModel();
    QAbstractItemModelTester matrixTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester scoreTester(view->scoresTable()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* scoreProxy = qobject_cast<QSortFilterProxyModel*>(view->scoresTable()->model());
    ASSERT_NE(scoreProxy, nullptr);
    QAbstractItemModelTester scoreSourceTester(scoreProxy->sourceModel(),
                                               QAbstractItemModelTester::FailureReportingMode::Fatal);

    // From the opening (4 December) to the decision (21 December); it opens on the final deadline.
    EXPECT_EQ(view->firstDay(), QDate(2023, 12, 4));
    EXPECT_EQ(view->lastDay(), QDate(2023, 12, 21));
    EXPECT_EQ(view->day(), QDate(2023, 12, 18));
    EXPECT_EQ(model->columnCount(), 4);
    EXPECT_EQ(cellOf(model, u"SOV-01"_s, u"V-MSFT-IE"_s).data().toString(), u"✗ none"_s);
    EXPECT_EQ(view->scoresTable()->model()->index(0, 0).data().toString(), u"OVHcloud"_s) << "sorted by weighted score";

    // Every day of the slider, as a person drags it.
    auto* slider = view->findChild<QSlider*>(u"matrixDay"_s);
    for (int v = slider->minimum(); v <= slider->maximum(); ++v) {
        slider->setValue(v);
        EXPECT_EQ(view->day(), QDate(2023, 12, 4).addDays(v));
    }
    slider->setValue(int(QDate(2023, 12, 4).daysTo(QDate(2023, 12, 14))));
    const QModelIndex stale = cellOf(model, u"TEC-02"_s, u"V-OVH"_s);
    ASSERT_TRUE(stale.isValid());
    EXPECT_EQ(stale.data().toString(), u"↻ stale"_s);
    EXPECT_EQ(stale.data(ComplianceMatrixModel::StateRole).toInt(), int(CellState::Stale));

    view->matrixTable()->setCurrentIndex(stale);
    saveScreenshot(m_window.get(), u"compliance-matrix.png"_s);
    const QTextDocument* detail = view->findChild<QTextBrowser*>(u"cellDetail"_s)->document();
    EXPECT_TRUE(detail->toPlainText().contains(u"What changed from rev 1 to rev 2"_s))
        << detail->toPlainText().toStdString();
    EXPECT_EQ(struckWords(detail), QStringList{u"12"_s});
    EXPECT_TRUE(underlinedWords(detail).contains(u"6"_s));

    // Before Microsoft's bid (18 December) its column has no answer; the slider's label says the deadline.
    view->setDay(QDate(2023, 12, 15));
    EXPECT_EQ(cellOf(model, u"SEC-01"_s, u"V-MSFT-IE"_s).data(ComplianceMatrixModel::StateRole).toInt(),
              int(CellState::NoAnswer));
    EXPECT_TRUE(view->findChild<QLabel*>(u"matrixDayText"_s)->text().contains(u"3 days left"_s))
        << view->findChild<QLabel*>(u"matrixDayText"_s)->text().toStdString();
}

TEST_F(MainWindowTest, TheVendorsPerspectiveListsChangesAndExportsItsAnswers)
{
    m_window->showSection(MainWindow::Section::Vendors);
    VendorsView* view = m_window->vendorsView();
    view->setDay(QDate(2023, 12, 14));
    view->setPerspectiveVendor(u"V-OVH"_s);
    view->tabs()->setCurrentIndex(1);
    const QString text = view->findChild<QTextBrowser*>(u"perspectiveText"_s)->toPlainText();
    EXPECT_TRUE(text.contains(u"Changed since you answered (3)"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"the requirement was withdrawn on"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"4 days left"_s)) << text.toStdString();
    const QString csv = m_dir.filePath(u"answers.csv"_s);
    ASSERT_TRUE(view->exportCsv(csv));
    const QByteArray bytes = readAll(csv);
    EXPECT_TRUE(bytes.startsWith("vendor,requirement,"));
    EXPECT_TRUE(bytes.contains("V-OVH,TEC-02,Delivery lead time,yes,5,2,1,full,2023-12-11,B-OVH,stale,"));

    saveScreenshot(m_window.get(), u"vendor-perspective.png"_s);
    view->tabs()->setCurrentIndex(2);
    saveScreenshot(m_window.get(), u"vendors.png"_s);

    // The vendors' profiles say which laws reach them.
    QTableWidget* vendors = view->vendorsTable();
    bool microsoftReached = false;
    for (int r = 0; r < vendors->rowCount(); ++r) {
        if (vendors->item(r, 0)->text() == u"V-MSFT-IE"_s)
            microsoftReached = vendors->item(r, 6)->text().contains(u"CLOUD Act"_s);
    }
    EXPECT_TRUE(microsoftReached);
}

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
    EXPECT_TRUE(ok->isEnabled()) << dialog->findChild<QLabel*>()->text().toStdString();
    ok->click();
}

} // namespace

TEST_F(MainWindowTest, AVendorItsBidAndAnAnswerAreAddedThenUndone)
{
    m_window->showSection(MainWindow::Section::Vendors);
    VendorsView* view = m_window->vendorsView();
    view->findChild<QPushButton*>(u"addVendor"_s)->click();
    auto* vendor = shownDialog<VendorDialog>(m_window.get());
    ASSERT_NE(vendor, nullptr);
    vendor->findChild<QLineEdit*>(u"vendorId"_s)->setText(u"V-SCALEWAY"_s);
    vendor->findChild<QLineEdit*>(u"vendorName"_s)->setText(u"Scaleway"_s);
    vendor->findChild<QLineEdit*>(u"vendorCountry"_s)->setText(u"fr"_s);
    vendor->findChild<QLineEdit*>(u"vendorCertifications"_s)->setText(u"HDS until 2026-06-30"_s);
    accept(vendor);
    EXPECT_EQ(view->matrixModel()->columnCount(), 5);

    view->findChild<QPushButton*>(u"addBid"_s)->click();
    auto* bid = shownDialog<BidDialog>(m_window.get());
    ASSERT_NE(bid, nullptr);
    bid->findChild<QLineEdit*>(u"bidId"_s)->setText(u"B-SCALEWAY"_s);
    auto* bidVendor = bid->findChild<QComboBox*>(u"bidVendor"_s);
    bidVendor->setCurrentIndex(bidVendor->findData(u"V-SCALEWAY"_s));
    bid->findChild<QLineEdit*>(u"bidSubmitted"_s)->setText(u"2023-12-15"_s);
    // A dated status: refused before the submission, kept when it follows it.
    auto* bidStatus = bid->findChild<QComboBox*>();
    for (QComboBox* box : bid->findChildren<QComboBox*>()) {
        if (box != bidVendor)
            bidStatus = box;
    }
    bidStatus->setCurrentIndex(bidStatus->findData(int(BidStatus::Withdrawn)));
    bid->findChild<QLineEdit*>(u"bidStatusAt"_s)->setText(u"2023-12-14"_s);
    EXPECT_FALSE(bid->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    bid->findChild<QLineEdit*>(u"bidStatusAt"_s)->setText(u"2023-12-19"_s);
    EXPECT_TRUE(bid->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    EXPECT_EQ(bid->bid().statusAt->day(), QDate(2023, 12, 19));
    bidStatus->setCurrentIndex(bidStatus->findData(int(BidStatus::Submitted)));
    bid->findChild<QLineEdit*>(u"bidStatusAt"_s)->clear();
    accept(bid);

    view->selectCell(u"SOV-01"_s, u"V-SCALEWAY"_s);
    view->findChild<QPushButton*>(u"recordAnswer"_s)->click();
    auto* answer = shownDialog<AnswerDialog>(m_window.get());
    ASSERT_NE(answer, nullptr);
    EXPECT_EQ(answer->bidId(), u"B-SCALEWAY"_s) << "prefilled from the selected cell";
    EXPECT_EQ(answer->response().requirement, u"SOV-01"_s);
    EXPECT_EQ(answer->response().rev, 1) << "the revision in force on the answer's day";
    answer->findChild<QLineEdit*>(u"answerEvidence"_s)->setText(u"Qualification SecNumCloud en cours"_s);
    accept(answer);

    const QModelIndex cell = cellOf(view->matrixModel(), u"SOV-01"_s, u"V-SCALEWAY"_s);
    EXPECT_EQ(cell.data(ComplianceMatrixModel::StateRole).toInt(), int(CellState::Full));
    {
        auto f = ReviewFile::open(m_review, ReviewFile::Mode::OpenExisting);
        const Dossier stored = *(*f)->load(u"EMC2-2023"_s);
        ASSERT_NE(stored.bid(u"B-SCALEWAY"), nullptr);
        EXPECT_EQ(stored.bid(u"B-SCALEWAY")->responses.size(), 1);
        EXPECT_EQ(stored.vendor(u"V-SCALEWAY")->country, u"FR"_s);
    }

    // Three undos take the answer, the bid and the vendor back; the file keeps them, retracted.
    for (int i = 0; i < 3; ++i) {
        QApplication::setActiveWindow(m_window.get());
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    }
    EXPECT_EQ(view->matrixModel()->columnCount(), 4);
    auto f = ReviewFile::open(m_review, ReviewFile::Mode::OpenExisting);
    EXPECT_EQ((*f)->load(u"EMC2-2023"_s)->vendor(u"V-SCALEWAY"), nullptr);
    QStringList actions;
    auto trail = (*f)->auditTrail(u"EMC2-2023"_s);
    ASSERT_TRUE(trail.ok());
    const QList<AuditEntry> entries = *trail;
    for (const AuditEntry& e : entries)
        actions << e.action;
    EXPECT_EQ(actions.mid(actions.size() - 6),
              (QStringList{u"add_vendor"_s,
                           u"add_bid"_s,
                           u"record_answer"_s,
                           u"retract_answer"_s,
                           u"retract_bid"_s,
                           u"retract_vendor"_s}));
    EXPECT_TRUE(m_messages.isEmpty()) << m_messages.join(u'\n').toStdString();
}
