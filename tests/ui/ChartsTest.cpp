// SPDX-License-Identifier: EUPL-1.2
#include "DossierDocument.h"
#include "RequirementsView.h"
#include "SignalsView.h"
#include "TimelineView.h"
#include "UiTestSupport.h"
#include "VendorsView.h"
#include "analysis/DossierQueries.h"
#include "analysis/Timeline.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QImage>
#include <QLegend>
#include <QLineSeries>
#include <QListWidget>
#include <QSlider>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QTextBrowser>

using namespace hostreview;
using namespace hostreview::test;
using namespace Qt::StringLiterals;

TEST(TimelineTest, TheDemoConsultationDayByDay)
{
    const Dossier d = demoDossier();
    const DossierQueries q(d);
    const Timeline t = Timeline::compute(q);
    EXPECT_EQ(t.first(), QDate(2023, 12, 4)) << "from the opening";
    EXPECT_EQ(t.windowEnd(), QDate(2023, 12, 18)) << "the final deadline, after the extension";
    EXPECT_EQ(t.lastQuarterStart(), QDate(2023, 12, 14)) << "4 December + 3/4 of 14 days";
    EXPECT_EQ(t.last(), QDate(2023, 12, 21)) << "to the decision";
    int total = 0;
    for (const Timeline::Day& day : t.days())
        total += day.significant + day.minor;
    EXPECT_EQ(total, int(t.changes().size()));
    EXPECT_EQ(t.days().back().cumulative, int(t.changes().size()));
    // 12 December: TEC-02 rev 2, significant (weight raised, a number changed).
    const auto dec12 = t.changesOn(QDate(2023, 12, 12));
    ASSERT_EQ(dec12.size(), 1);
    EXPECT_EQ(dec12.front().requirement->id, u"TEC-02"_s);
    EXPECT_FALSE(dec12.front().significance.isEmpty());
    EXPECT_TRUE(t.describe(QDate(2023, 12, 13)).join(u'\n').contains(u"Deadline extended"_s));

    const Funnel f = Funnel::compute(q);
    ASSERT_EQ(f.days.size(), 15) << "4 to 18 December";
    const auto at = [&](QDate day) { return f.compliantVendors[f.days.indexOf(day)]; };
    EXPECT_EQ(at(QDate(2023, 12, 10)), 0) << "no bid yet";
    EXPECT_EQ(at(QDate(2023, 12, 11)), 1) << "OVHcloud meets every mandatory requirement";
    EXPECT_EQ(at(QDate(2023, 12, 12)), 0) << "until TEC-02 changes under it";
}

TEST_F(MainWindowTest, TheChartsShowTheTimelineAndTheFunnel)
{
    m_window->showSection(MainWindow::Section::Timeline);
    TimelineView* view = m_window->timelineView();
    const Timeline& t = view->timeline();
    ASSERT_FALSE(t.days().isEmpty());
    ASSERT_NE(view->changeBars(), nullptr);
    const QList<QBarSet*> sets = view->changeBars()->barSets();
    ASSERT_EQ(sets.size(), 2);
    ASSERT_EQ(sets[0]->count(), int(t.days().size()));
    const int dec12 = int(t.first().daysTo(QDate(2023, 12, 12)));
    EXPECT_EQ(sets[0]->at(dec12), 1) << "one significant change on 12 December";
    EXPECT_EQ(sets[1]->at(dec12), 0);
    const QList<QPointF> cumulative = view->cumulativeLine()->points();
    ASSERT_EQ(cumulative.size(), int(t.days().size()));
    EXPECT_EQ(cumulative.back().y(), t.changes().size());
    // The funnel's step line: 1 compliant vendor on 11 December, none from the 12th.
    const QList<QPointF> funnel = view->compliantLine()->points();
    ASSERT_EQ(funnel.size(), 2 * 15);
    EXPECT_EQ(funnel[2 * 7].y(), 1);
    EXPECT_EQ(funnel[2 * 8].y(), 0);

    view->selectDay(QDate(2023, 12, 12));
    ASSERT_GE(view->dayList()->count(), 1);
    QListWidgetItem* change = view->dayList()->findItems(u"TEC-02"_s, Qt::MatchStartsWith).value(0);
    ASSERT_NE(change, nullptr);
    emit view->dayList()->itemActivated(change);
    EXPECT_EQ(m_window->currentSection(), MainWindow::Section::Requirements);
    EXPECT_EQ(m_window->requirementsView()->selectedRequirementId(), u"TEC-02"_s);

    const QString png = m_dir.filePath(u"timeline.png"_s);
    ASSERT_TRUE(TimelineView::exportChart(view->timelineChart(), png, QSize(1200, 600)));
    EXPECT_EQ(QImage(png).size(), QSize(1200, 600));
    const QString svg = m_dir.filePath(u"funnel.svg"_s);
    ASSERT_TRUE(TimelineView::exportChart(view->funnelChart(), svg, QSize(1000, 500)));
    const QByteArray drawing = readAll(svg);
    EXPECT_TRUE(drawing.contains("<svg")) << "a vector drawing";
    EXPECT_TRUE(drawing.contains("Competition funnel")) << "its text stays text";
    saveScreenshot(m_window.get(), u"timeline-requirements.png"_s);
}

TEST_F(MainWindowTest, ChartsSayCountsOnWholeTicksDatesAndNamesInFullInBothLanguages)
{
    // The menu's own language actions, as a user switches.
    const auto choose = [&](const QString& name) {
        for (QAction* a : m_window->findChildren<QAction*>()) {
            if (a->text() == name && a->isCheckable())
                a->trigger();
        }
    };
    for (const QString& language : {u"English"_s, u"Français"_s}) {
        SCOPED_TRACE(language.toStdString());
        choose(language);
        m_window->showSection(MainWindow::Section::Timeline);
        m_window->resize(1400, 860);
        QApplication::processEvents();
        TimelineView* view = m_window->timelineView();
        QChart* timeline = view->timelineChart();
        // The counts' axes label whole numbers only, from 0 (it read 0, 1, 2, 3, 5).
        int countAxes = 0;
        for (QAbstractAxis* axis : timeline->axes(Qt::Vertical)) {
            auto* counts = qobject_cast<QCategoryAxis*>(axis);
            ASSERT_NE(counts, nullptr);
            const QStringList labels = counts->categoriesLabels();
            ASSERT_FALSE(labels.isEmpty());
            EXPECT_EQ(labels.front(), u"0"_s);
            for (const QString& label : labels) {
                bool whole = false;
                const int n = label.toInt(&whole);
                EXPECT_TRUE(whole) << label.toStdString();
                EXPECT_DOUBLE_EQ(counts->endValue(label), double(n)) << "each number at its own height";
            }
            ++countAxes;
        }
        EXPECT_EQ(countAxes, 2);
        // Dates on the time axis, none shortened.
        auto* days = qobject_cast<QCategoryAxis*>(timeline->axes(Qt::Horizontal).value(0));
        ASSERT_NE(days, nullptr);
        EXPECT_GE(days->categoriesLabels().size(), 3);
        for (const QString& label : days->categoriesLabels())
            EXPECT_FALSE(label.contains(u"…"_s) || label.contains(u"..."_s)) << label.toStdString();
        // The legends stand beside the plots, one name a line, in full.
        for (QChart* chart : {timeline, view->funnelChart()})
            EXPECT_EQ(chart->legend()->alignment(), Qt::AlignRight);
        // The funnel's time runs in proportion: ticks a whole number of days apart, at midnight.
        auto* time = qobject_cast<QDateTimeAxis*>(view->funnelChart()->axes(Qt::Horizontal).value(0));
        ASSERT_NE(time, nullptr);
        const qint64 span = time->min().daysTo(time->max());
        ASSERT_GT(time->tickCount(), 1);
        EXPECT_EQ(span % (time->tickCount() - 1), 0);
        EXPECT_EQ(time->min().time(), QTime(0, 0));
    }
    choose(u"English"_s);
}

TEST_F(MainWindowTest, SelectingASignalShowsItsEvidence)
{
    m_window->showSection(MainWindow::Section::Signals);
    SignalsView* view = m_window->signalsView();
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(view->model()->rowCount(), 28);
    auto* severity = view->findChild<QComboBox*>(u"severityFilter"_s);
    severity->setCurrentIndex(severity->findText(u"high"_s));
    EXPECT_EQ(view->model()->rowCount(), 18);
    severity->setCurrentIndex(0);
    saveScreenshot(m_window.get(), u"signals.png"_s);

    // A late change: its evidence is the revision, shown as a diff.
    ASSERT_TRUE(view->selectSignal(u"LATE_CHANGE"_s, u"TEC-02"_s));
    EXPECT_EQ(m_window->currentSection(), MainWindow::Section::Requirements);
    RequirementsView* requirements = m_window->requirementsView();
    EXPECT_EQ(requirements->selectedRequirementId(), u"TEC-02"_s);
    EXPECT_EQ(struckWords(requirements->diffView()->document()), QStringList{u"12"_s});

    // A short window: its evidence is an event, shown on the timeline.
    m_window->showSection(MainWindow::Section::Signals);
    ASSERT_TRUE(view->selectSignal(u"SHORT_WINDOW"_s));
    EXPECT_EQ(m_window->currentSection(), MainWindow::Section::Timeline);
    EXPECT_GE(m_window->timelineView()->dayList()->count(), 1);
}

TEST_F(MainWindowTest, TheMatrixTheTimelineAndTheSignalsShareOneDay)
{
    m_window->showSection(MainWindow::Section::Vendors);
    auto* slider = m_window->vendorsView()->findChild<QSlider*>(u"matrixDay"_s);
    ASSERT_NE(slider, nullptr);
    slider->setValue(int(QDate(2023, 12, 4).daysTo(QDate(2023, 12, 12))));

    m_window->showSection(MainWindow::Section::Signals);
    SignalsView* signalsView = m_window->signalsView();
    EXPECT_EQ(signalsView->asOf(), QDate(2023, 12, 12));
    // As of 12 December, 8 signals (the pinned analysis of tests/fixtures says the same).
    EXPECT_EQ(signalsView->model()->rowCount(), 8);
    EXPECT_TRUE(signalsView->selectSignal(u"LATE_CHANGE"_s, u"TEC-02"_s)) << "the late change exists that day";

    m_window->showSection(MainWindow::Section::Timeline);
    const QList<QPointF> line = m_window->timelineView()->asOfLine()->points();
    ASSERT_EQ(line.size(), 2);
    EXPECT_EQ(line.front().x(), 8) << "12 December is day 8 of the timeline";

    // Back to the whole dossier from the signals panel; the matrix follows a date chosen there.
    m_window->showSection(MainWindow::Section::Signals);
    signalsView->findChild<QDateEdit*>(u"signalsAsOfDate"_s)->setDate(QDate(2023, 12, 15));
    EXPECT_EQ(m_window->vendorsView()->day(), QDate(2023, 12, 15));
    signalsView->findChild<QCheckBox*>(u"signalsAsOf"_s)->setChecked(false);
    EXPECT_EQ(signalsView->model()->rowCount(), 28);
}
