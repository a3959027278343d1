// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "analysis/Timeline.h"

#include <QWidget>

#include <optional>

class QChart;
class QGraphicsSimpleTextItem;
class QScatterSeries;
class QValueAxis;
class QCategoryAxis;
class QPainter;
class QChartView;
class QLabel;
class QLineSeries;
class QListWidget;
class QPushButton;
class QStackedBarSeries;
class QAreaSeries;
class QScatterSeries;

namespace hostreview {

class DossierDocument;

// The consultation as charts (Qt Charts): the timeline — changes per day as stacked bars
// (significant, minor), their running total as a line, the response window shaded with its last
// quarter, events, bids and the decision as markers — and the competition funnel. Hovering a day
// says what happened; clicking it lists its changes, and activating one goes to the requirement.
class TimelineView final : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget* parent = nullptr);
    ~TimelineView() override;

    void setDocument(DossierDocument* document);
    // Draws a dossier that no document holds (the report's charts); `queries` must outlive the view.
    void setQueries(const DossierQueries* queries);
    // Rebuilds the charts now, shown or not (for printing).
    void refresh() { rebuild(); }

    const Timeline& timeline() const { return m_timeline; }
    const Funnel& funnel() const { return m_funnel; }
    QChart* timelineChart() const { return m_timelineChart; }
    QChart* funnelChart() const { return m_funnelChart; }
    QStackedBarSeries* changeBars() const { return m_bars; }
    QLineSeries* cumulativeLine() const { return m_cumulative; }
    QLineSeries* compliantLine() const { return m_compliant; }

    // Marks the shared as-of day on the timeline (invalid: no mark).
    void setAsOf(QDate day);
    QLineSeries* asOfLine() const { return m_asOfLine; }

    // Shows the changes and events of a day in the list (as a click on the chart does).
    void selectDay(QDate day);
    QListWidget* dayList() const { return m_dayList; }

    // Draws a chart, laid out at layoutSize, into target (vector on a printer or an SVG).
    static void renderChart(QChart* chart, QPainter* painter, const QRectF& target, QSizeF layoutSize);
    // Renders a chart at the given size to an SVG file (path ending in .svg) or else a PNG one;
    // false (after saying why) on failure.
    static bool exportChart(QChart* chart, const QString& path, QSize size, QWidget* parent = nullptr);

signals:
    void requirementActivated(const QString& requirementId);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuild();
    void buildTimelineChart();
    void buildFunnelChart();
    // Sizes the band above the bars to the longest marker label and places the labels in it,
    // upwards from the bars, none over another (a label that cannot be placed is left out: its
    // marker stays, and the day's list names it).
    void placeLabels();
    // A count axis from 0 with whole-number ticks, at most about eight of them.
    static void integerAxis(QValueAxis* axis, double top);
    // Whole-number labels from 0 to `labelled` (about eight at most) on an axis that runs to `top`.
    static void countAxis(QCategoryAxis* axis, int labelled, double top);
    // 1, 2, 5, 10, 20, 25, 50...: the step that gives at most eight ticks up to `top`.
    static double tickStep(double top);
    std::optional<QDate> dayAt(QPointF viewPosition) const;
    void exportChosen(QChart* chart);

    DossierDocument* m_document = nullptr;
    const DossierQueries* m_queries = nullptr; // without a document
    bool m_stale = true;
    Timeline m_timeline;
    Funnel m_funnel;
    QChart* m_timelineChart;
    QChart* m_funnelChart;
    QChartView* m_timelineView;
    QChartView* m_funnelView;
    QStackedBarSeries* m_bars = nullptr;
    QLineSeries* m_cumulative = nullptr;
    QLineSeries* m_compliant = nullptr;
    QLineSeries* m_asOfLine = nullptr;
    QList<QGraphicsSimpleTextItem*> m_markerLabels;
    QList<double> m_labelDays; // each label's x, in days from the first
    QList<QScatterSeries*> m_markers;
    QCategoryAxis* m_y = nullptr;
    QCategoryAxis* m_y2 = nullptr;
    QStringList m_labelTexts;
    int m_cumulativeTop = 1;
    QDate m_asOf;
    double m_maxPerDay = 1;
    QLabel* m_dayTitle;
    QListWidget* m_dayList;
    QPushButton* m_exportTimeline;
    QPushButton* m_exportFunnel;
};

} // namespace hostreview
