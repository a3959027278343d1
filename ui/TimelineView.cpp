// SPDX-License-Identifier: EUPL-1.2
#include "TimelineView.h"

#include "support/SafeFile.h"

#include "DossierDocument.h"
#include "Messages.h"
#include "support/Language.h"

#include <QAreaSeries>
#include <QBarSet>
#include <QBuffer>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFileDialog>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QScatterSeries>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QSvgGenerator>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace hostreview {

namespace {

constexpr int RequirementRole = Qt::UserRole;

} // namespace

TimelineView::TimelineView(QWidget* parent)
    : QWidget(parent)
    , m_timelineChart(new QChart)
    , m_funnelChart(new QChart)
    , m_timelineView(new QChartView(m_timelineChart))
    , m_funnelView(new QChartView(m_funnelChart))
    , m_dayTitle(new QLabel)
    , m_dayList(new QListWidget)
    , m_exportTimeline(new QPushButton)
    , m_exportFunnel(new QPushButton)
{
    m_timelineView->setObjectName(u"timelineChart"_s);
    m_funnelView->setObjectName(u"funnelChart"_s);
    m_dayList->setObjectName(u"dayChanges"_s);
    m_exportTimeline->setObjectName(u"exportTimeline"_s);
    m_exportFunnel->setObjectName(u"exportFunnel"_s);
    for (QChartView* v : {m_timelineView, m_funnelView}) {
        v->setRenderHint(QPainter::Antialiasing);
        v->setMouseTracking(true);
        v->viewport()->installEventFilter(this);
    }
    m_dayTitle->setWordWrap(true);
    auto* side = new QWidget;
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_dayTitle);
    sideLayout->addWidget(m_dayList, 1);
    sideLayout->addWidget(m_exportTimeline);
    sideLayout->addWidget(m_exportFunnel);
    auto* charts = new QSplitter(Qt::Vertical);
    charts->addWidget(m_timelineView);
    charts->addWidget(m_funnelView);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    auto* splitter = new QSplitter;
    splitter->addWidget(charts);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 260});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    connect(m_dayList, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const QString id = item->data(RequirementRole).toString();
        if (!id.isEmpty())
            emit requirementActivated(id);
    });
    connect(m_exportTimeline, &QPushButton::clicked, this, [this] { exportChosen(m_timelineChart); });
    connect(m_exportFunnel, &QPushButton::clicked, this, [this] { exportChosen(m_funnelChart); });
    m_exportTimeline->setText(tr("Export the timeline (SVG, PNG)…"));
    m_exportFunnel->setText(tr("Export the funnel (SVG, PNG)…"));
    m_dayTitle->setText(tr("Click a day of the timeline to list what happened."));
}

TimelineView::~TimelineView() = default;

void TimelineView::setDocument(DossierDocument* document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_queries = nullptr;
    if (document) {
        connect(document, &DossierDocument::dossierChanged, this, [this] {
            m_stale = true;
            m_timeline = Timeline(); // it points into the bids that are going
            m_funnel = Funnel();
            if (isVisible())
                rebuild();
        });
    }
    m_stale = true;
    if (isVisible() || !document)
        rebuild();
}

void TimelineView::setQueries(const DossierQueries* queries)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = nullptr;
    m_queries = queries;
    rebuild();
}

void TimelineView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        rebuild();
}

void TimelineView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_exportTimeline->setText(tr("Export the timeline (SVG, PNG)…"));
        m_exportFunnel->setText(tr("Export the funnel (SVG, PNG)…"));
        m_stale = true;
        if (isVisible())
            rebuild();
    }
    QWidget::changeEvent(event);
}

void TimelineView::rebuild()
{
    m_stale = false;
    const DossierQueries* q = m_document ? m_document->queries() : m_queries;
    m_timeline = q ? Timeline::compute(*q) : Timeline();
    m_funnel = q ? Funnel::compute(*q) : Funnel();
    buildTimelineChart();
    buildFunnelChart();
    m_dayList->clear();
}

void TimelineView::buildTimelineChart()
{
    QChart* c = m_timelineChart;
    c->removeAllSeries();
    for (QAbstractAxis* a : c->axes()) {
        c->removeAxis(a);
        delete a; // removeAxis() hands it back
    }
    m_bars = nullptr;
    m_cumulative = nullptr;
    m_asOfLine = nullptr;
    disconnect(c, &QChart::plotAreaChanged, this, nullptr);
    qDeleteAll(m_markerLabels);
    m_markerLabels.clear();
    c->setTitle(tr("Requirement changes day by day"));
    const QList<Timeline::Day>& days = m_timeline.days();
    if (days.isEmpty()) {
        if (m_document || m_queries)
            c->setTitle(tr("Requirement changes day by day: nothing to draw, the dossier has no dated event, "
                           "revision or bid"));
        return;
    }
    auto* significant = new QBarSet(tr("Significant changes"));
    auto* minor = new QBarSet(tr("Minor changes"));
    significant->setColor(QColor(0xc0, 0x39, 0x2b));
    minor->setColor(QColor(0x95, 0xa5, 0xa6));
    int maxPerDay = 1;
    for (const Timeline::Day& d : days) {
        *significant << d.significant;
        *minor << d.minor;
        maxPerDay = std::max(maxPerDay, d.significant + d.minor);
    }
    m_bars = new QStackedBarSeries;
    m_bars->append(significant);
    m_bars->append(minor);
    m_bars->setBarWidth(0.8);
    // A value axis (bars sit on their day's index) labelled with the date of every Monday.
    auto* x = new QCategoryAxis;
    x->setRange(-0.5, double(days.size()) - 0.5);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // Dates, never elided: a label every day, Monday, month, quarter or year, whichever gives ten
    // at most over the chart's span.
    const qsizetype span = days.size();
    const auto labelled = [&](QDate d, int kind) {
        switch (kind) {
        case 0:
            return true;
        case 1:
            return d.dayOfWeek() == 1;
        case 2:
            return d.day() == 1;
        case 3:
            return d.day() == 1 && (d.month() - 1) % 3 == 0;
        default:
            return d.day() == 1 && d.month() == 1;
        }
    };
    int kind = 0;
    for (; kind < 4; ++kind) {
        qsizetype count = 0;
        for (const Timeline::Day& d : days)
            count += labelled(d.day, kind) ? 1 : 0;
        if (count <= 10)
            break;
    }
    const QString format = kind <= 1 ? u"d MMM"_s : (kind <= 3 ? u"MMM yyyy"_s : u"yyyy"_s);
    for (qsizetype i = 0; i < span; ++i) {
        if (labelled(days[i].day, kind) || (i == 0 && kind <= 1))
            x->append(QLocale().toString(days[i].day, format), double(i));
    }
    x->setGridLineVisible(kind <= 1);
    // Counts on whole-number ticks, up to the bars only. The markers and their labels stand in a
    // band above them (placeLabels() sizes it once the plot's height is known).
    auto* y = new QCategoryAxis;
    y->setTitleText(tr("Changes that day"));
    auto* y2 = new QCategoryAxis;
    y2->setTitleText(tr("Changes so far"));
    countAxis(y, maxPerDay + 1, maxPerDay + 1); // until placeLabels() makes room for the labels
    countAxis(y2, std::max(1, days.back().cumulative), std::max(1, days.back().cumulative));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    c->addAxis(y2, Qt::AlignRight);

    // The response window, then its last quarter, shaded behind the bars.
    auto shade = [&](QDate from, QDate to, const QString& name, QColor colour) {
        const qint64 a = m_timeline.first().daysTo(from);
        const qint64 b = m_timeline.first().daysTo(to);
        auto* upper = new QLineSeries;
        upper->append(double(a) - 0.5, 1e6); // to the top of the plot, band included (clipped)
        upper->append(double(b) + 0.5, 1e6);
        auto* area = new QAreaSeries(upper);
        area->setName(name);
        area->setColor(colour);
        area->setBorderColor(colour);
        c->addSeries(area);
        area->attachAxis(x);
        area->attachAxis(y);
    };
    if (m_timeline.windowStart() && m_timeline.windowEnd()) {
        shade(*m_timeline.windowStart(), *m_timeline.windowEnd(), tr("Response window"), QColor(0xd6, 0xea, 0xf8));
        shade(*m_timeline.lastQuarterStart(), *m_timeline.windowEnd(), tr("Last quarter"), QColor(0xaf, 0xd3, 0xf0));
    }
    c->addSeries(m_bars);
    m_bars->attachAxis(x);
    m_bars->attachAxis(y);
    m_cumulative = new QLineSeries;
    m_cumulative->setName(tr("Changes so far"));
    for (qsizetype i = 0; i < days.size(); ++i)
        m_cumulative->append(double(i), days[i].cumulative);
    c->addSeries(m_cumulative);
    m_cumulative->attachAxis(x);
    m_cumulative->attachAxis(y2);

    // Markers: events, bids, the decision and its publication, on top of the chart.
    struct Kind
    {
        QString kind;
        QString name;
        QColor colour;
        QScatterSeries::MarkerShape shape;
    };
    const QList<Kind> kinds{
        {u"event"_s, tr("Events"), QColor(0x2c, 0x3e, 0x50), QScatterSeries::MarkerShapeTriangle},
        {u"bid"_s, tr("Bids"), QColor(0x27, 0xae, 0x60), QScatterSeries::MarkerShapeRectangle},
        {u"decision"_s, tr("Decision"), QColor(0x8e, 0x44, 0xad), QScatterSeries::MarkerShapeStar},
        {u"publication"_s, tr("Publication"), QColor(0xd3, 0x54, 0x00), QScatterSeries::MarkerShapeCircle}};
    m_markers.clear();
    for (const Kind& k : kinds) {
        auto* s = new QScatterSeries;
        m_markers << s;
        s->setName(k.name);
        s->setColor(k.colour);
        s->setMarkerShape(k.shape);
        s->setMarkerSize(11);
        QHash<QDate, int> stacked;
        for (const Timeline::Marker& m : m_timeline.markers()) {
            if (m.kind != k.kind || m.day < m_timeline.first() || m.day > m_timeline.last())
                continue;
            const int level = stacked[m.day]++;
            s->append(double(m_timeline.first().daysTo(m.day)) + 0.25 * level, maxPerDay + 1);
        }
        c->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    // Each marker labelled on the chart itself, written upwards from just above the bars to its
    // marker, and placed again whenever the plot area moves (placeLabels()).
    qDeleteAll(m_markerLabels);
    m_markerLabels.clear();
    m_labelDays.clear();
    m_labelTexts.clear();
    QFont small = c->font();
    small.setPointSizeF(small.pointSizeF() * 0.75);
    QHash<QDate, int> stacked;
    for (const Timeline::Marker& m : m_timeline.markers()) {
        if (m.day < m_timeline.first() || m.day > m_timeline.last())
            continue;
        const int level = stacked[m.day]++;
        auto* label = new QGraphicsSimpleTextItem(m.label, c);
        label->setFont(small);
        label->setBrush(QColor(0x2c, 0x3e, 0x50));
        label->setRotation(-90);
        label->setZValue(10);
        m_markerLabels << label;
        m_labelTexts << m.label;
        m_labelDays << double(m_timeline.first().daysTo(m.day)) + 0.25 * level;
    }
    m_y = y;
    m_y2 = y2;
    m_cumulativeTop = std::max(1, days.back().cumulative);
    const auto place = [this] { placeLabels(); };
    connect(c, &QChart::plotAreaChanged, this, place);
    m_maxPerDay = maxPerDay;
    m_asOfLine = new QLineSeries;
    m_asOfLine->setName(tr("As of"));
    QPen asOfPen(QColor(0x34, 0x49, 0x5e));
    asOfPen.setWidth(2);
    asOfPen.setStyle(Qt::DotLine);
    m_asOfLine->setPen(asOfPen);
    c->addSeries(m_asOfLine);
    m_asOfLine->attachAxis(x);
    m_asOfLine->attachAxis(y);
    setAsOf(m_asOf);
    // Beside the plot, one entry a line: every name in full, in either language (a name too long
    // for it shows whole in its tool tip).
    c->legend()->setAlignment(Qt::AlignRight);
    c->legend()->setShowToolTips(true);
}

double TimelineView::tickStep(double top)
{
    for (double step : {1.0, 2.0, 5.0, 10.0, 20.0, 25.0, 50.0, 100.0, 200.0, 250.0, 500.0, 1000.0}) {
        if (top / step <= 8)
            return step;
    }
    return std::ceil(top / 8);
}

void TimelineView::countAxis(QCategoryAxis* axis, int labelled, double top)
{
    for (const QString& label : axis->categoriesLabels())
        axis->remove(label);
    const double step = tickStep(labelled);
    for (double v = 0; v <= labelled + 0.5; v += step)
        axis->append(QString::number(qRound(v)), v);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(0, top);
}

void TimelineView::integerAxis(QValueAxis* axis, double top)
{
    const double step = tickStep(top);
    axis->setRange(0, std::ceil(top / step) * step);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setMinorTickCount(0);
    axis->setLabelFormat(u"%d"_s);
}

void TimelineView::placeLabels()
{
    QChart* c = m_timelineChart;
    const QRectF plot = c->plotArea();
    if (!m_bars || !m_y || !m_y2 || plot.height() <= 0)
        return;
    qreal longest = 0;
    qreal thickness = 0;
    for (const QGraphicsSimpleTextItem* l : std::as_const(m_markerLabels)) {
        longest = std::max(longest, l->boundingRect().width());
        thickness = std::max(thickness, l->boundingRect().height());
    }
    // The bars keep the lower part of the plot; the band above them is as tall as the longest
    // label and a marker, or half the plot at most (longer labels are then left out).
    const qreal band = std::min(longest + 20, plot.height() * 0.6);
    const double bars = m_maxPerDay + 1;
    const double top = bars * plot.height() / (plot.height() - band);
    countAxis(m_y, int(bars), top);
    const double step2 = tickStep(m_cumulativeTop);
    const double top2 = step2 * std::ceil(m_cumulativeTop / step2);
    countAxis(m_y2, int(top2), top2 * top / bars);
    // Markers at the top of the band.
    const double markerY = top - (top - bars) * 8 / band;
    for (QScatterSeries* s : std::as_const(m_markers)) {
        for (int i = 0; i < s->count(); ++i)
            s->replace(i, s->at(i).x(), markerY);
    }
    // Labels upwards from just above the bars, from left to right, none over another.
    QList<qsizetype> order(m_markerLabels.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(
        order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return m_labelDays[a] < m_labelDays[b]; });
    const qreal base = c->mapToPosition(QPointF(0, bars), m_bars).y() - 4;
    const qreal room = base - c->mapToPosition(QPointF(0, markerY), m_bars).y() - 8;
    qreal freeFrom = plot.left();
    for (qsizetype i : order) {
        QGraphicsSimpleTextItem* label = m_markerLabels[i];
        const qreal x = c->mapToPosition(QPointF(m_labelDays[i], 0), m_bars).x() - thickness / 2;
        const qreal at = std::max(x, freeFrom);
        const bool fits = at - x <= thickness && at + thickness <= plot.right() && room > thickness;
        label->setVisible(fits);
        if (!fits)
            continue;
        // Shortened to the band when longer (the day's list and tool tip give it whole).
        const QString full = m_labelTexts[i];
        label->setText(QFontMetricsF(label->font()).elidedText(full, Qt::ElideRight, room));
        label->setPos(at, base);
        freeFrom = at + thickness + 1;
    }
}

void TimelineView::setAsOf(QDate day)
{
    m_asOf = day;
    if (!m_asOfLine)
        return;
    m_asOfLine->clear();
    if (day.isValid() && day >= m_timeline.first() && day <= m_timeline.last()) {
        const double x = double(m_timeline.first().daysTo(day));
        m_asOfLine->append(x, 0);
        m_asOfLine->append(x, 1e6); // clipped at the top of the plot
    }
}

void TimelineView::buildFunnelChart()
{
    QChart* c = m_funnelChart;
    c->removeAllSeries();
    for (QAbstractAxis* a : c->axes()) {
        c->removeAxis(a);
        delete a; // removeAxis() hands it back
    }
    m_compliant = nullptr;
    c->setTitle(tr("Competition funnel: vendors compliant with every mandatory requirement in force"));
    if (m_funnel.days.isEmpty()) {
        if (m_document || m_queries)
            c->setTitle(tr("Competition funnel: nothing to draw, it needs the consultation's opening and a deadline"));
        return;
    }
    // Time in proportion, on ticks at midnight a whole number of days apart.
    auto ms = [](QDate d) { return double(d.startOfDay().toMSecsSinceEpoch()); };
    const QDate first = m_funnel.days.front();
    const qint64 span = first.daysTo(m_funnel.days.back()) + 1;
    qint64 step = 1;
    for (qint64 candidate : {1, 2, 3, 7, 14, 28, 56, 91, 182, 364}) {
        step = candidate;
        if (span / candidate <= 8)
            break;
    }
    const qint64 ticks = (span + step - 1) / step;
    auto* x = new QDateTimeAxis;
    x->setFormat(u"d MMM"_s);
    x->setRange(first.startOfDay(), first.addDays(ticks * step).startOfDay());
    x->setTickCount(int(ticks) + 1);
    auto* y = new QValueAxis;
    integerAxis(y, double(std::max<qsizetype>(1, m_funnel.vendors.size())));
    y->setTitleText(tr("Compliant vendors"));
    auto* y2 = new QValueAxis;
    y2->setRange(0, 100);
    y2->setLabelFormat(u"%d %"_s);
    y2->setTitleText(tr("Mandatory requirements met, by vendor"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    c->addAxis(y2, Qt::AlignRight);
    // Step lines: a value holds for its whole day.
    auto steps = [&](QLineSeries* s, const QList<double>& values) {
        for (qsizetype i = 0; i < values.size(); ++i) {
            s->append(ms(m_funnel.days[i]), values[i]);
            s->append(ms(m_funnel.days[i].addDays(1)), values[i]);
        }
    };
    m_compliant = new QLineSeries;
    m_compliant->setName(tr("Vendors compliant"));
    QPen pen(QColor(0x2c, 0x3e, 0x50));
    pen.setWidth(3);
    m_compliant->setPen(pen);
    QList<double> counts;
    for (int v : m_funnel.compliantVendors)
        counts << v;
    steps(m_compliant, counts);
    c->addSeries(m_compliant);
    m_compliant->attachAxis(x);
    m_compliant->attachAxis(y);
    static const QList<QColor> palette{QColor(0x29, 0x80, 0xb9),
                                       QColor(0x27, 0xae, 0x60),
                                       QColor(0xe6, 0x7e, 0x22),
                                       QColor(0x8e, 0x44, 0xad),
                                       QColor(0x16, 0xa0, 0x85),
                                       QColor(0xc0, 0x39, 0x2b)};
    for (qsizetype i = 0; i < m_funnel.vendors.size(); ++i) {
        auto* s = new QLineSeries;
        // A legend reads its labels as rich text: a name from the dossier is escaped.
        s->setName(m_funnel.vendors[i]->name.toHtmlEscaped()); // its share of mandatory met (right axis)
        QPen dashed(palette[i % palette.size()]);
        dashed.setStyle(Qt::DashLine);
        dashed.setWidth(2);
        s->setPen(dashed);
        steps(s, m_funnel.mandatoryMetPercent[i]);
        c->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y2);
    }
    // Beside the plot, one entry a line: every name in full, in either language (a name too long
    // for it shows whole in its tool tip).
    c->legend()->setAlignment(Qt::AlignRight);
    c->legend()->setShowToolTips(true);
}

std::optional<QDate> TimelineView::dayAt(QPointF viewPosition) const
{
    if (m_timeline.days().isEmpty() || !m_bars)
        return std::nullopt;
    const QPointF scene = m_timelineView->mapToScene(viewPosition.toPoint());
    const QPointF value = m_timelineChart->mapToValue(m_timelineChart->mapFromScene(scene), m_bars);
    const qint64 index = qRound64(value.x());
    if (index < 0 || index >= m_timeline.days().size() ||
        !m_timelineChart->plotArea().contains(m_timelineChart->mapFromScene(scene)))
        return std::nullopt;
    return m_timeline.days()[index].day;
}

bool TimelineView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_timelineView->viewport()) {
        if (event->type() == QEvent::MouseMove) {
            auto* me = static_cast<QMouseEvent*>(event);
            if (auto day = dayAt(me->position()))
                QToolTip::showText(me->globalPosition().toPoint(), m_timeline.describe(*day).join(u'\n'), this);
            else
                QToolTip::hideText();
        } else if (event->type() == QEvent::MouseButtonPress) {
            auto* me = static_cast<QMouseEvent*>(event);
            if (auto day = dayAt(me->position()))
                selectDay(*day);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TimelineView::selectDay(QDate day)
{
    m_dayList->clear();
    m_dayTitle->setText(tr("%1 — activate a change to open the requirement").arg(Language::date(day)));
    for (const Timeline::Marker& m : m_timeline.markersOn(day))
        m_dayList->addItem(m.label);
    for (const Timeline::Change& c : m_timeline.changesOn(day)) {
        QString text = tr("%1 rev %2 — %3")
                           .arg(c.requirement->id)
                           .arg(c.revision->rev)
                           .arg(c.requirement->title.value_or(QString()));
        if (!c.significance.isEmpty())
            text += u'\n' + tr("significant: %1").arg(c.significance.join(u", "_s));
        auto* item = new QListWidgetItem(text, m_dayList);
        item->setData(RequirementRole, c.requirement->id);
        if (!c.significance.isEmpty())
            item->setForeground(QColor(0xc0, 0x39, 0x2b));
    }
    if (m_dayList->count() == 0)
        m_dayList->addItem(tr("Nothing recorded that day."));
}

void TimelineView::renderChart(QChart* chart, QPainter* painter, const QRectF& target, QSizeF layoutSize)
{
    // Laid out again at the size asked (not scaled from the screen), drawn, and put back.
    const QSizeF before = chart->size();
    const QPointF where = chart->pos();
    chart->setPos(0, 0);
    chart->resize(layoutSize);
    if (QGraphicsLayout* l = chart->layout())
        l->activate();
    painter->setRenderHint(QPainter::Antialiasing);
    chart->scene()->render(painter, target, QRectF(QPointF(0, 0), layoutSize));
    chart->resize(before);
    chart->setPos(where);
}

bool TimelineView::exportChart(QChart* chart, const QString& path, QSize size, QWidget* parent)
{
    // SVG keeps the chart vector; PNG renders it at the size asked.
    // Rendered in memory, then written whole (SafeFile): a failure leaves the previous file.
    bool written = false;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (path.endsWith(u".svg"_s, Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(chart->title());
        QPainter painter;
        written = painter.begin(&svg);
        if (written) {
            renderChart(chart, &painter, QRectF(QPointF(0, 0), size), size);
            written = painter.end();
        }
    } else {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            renderChart(chart, &painter, QRectF(QPointF(0, 0), size), size);
        }
        written = image.save(&buffer, "PNG");
    }
    if (!written) {
        Messages::error(parent, tr("Cannot export the chart"), tr("%1 could not be written.").arg(path));
        return false;
    }
    if (Status st = SafeFile::write(path, buffer.data()); !st) {
        Messages::error(parent, tr("Cannot export the chart"), st.error().toString());
        return false;
    }
    return true;
}

void TimelineView::exportChosen(QChart* chart)
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export chart"), u"chart.svg"_s, tr("SVG drawings (*.svg);;PNG images (*.png)"));
    if (path.isEmpty())
        return;
    bool ok = false;
    const QString size = QInputDialog::getText(
        this, tr("Export chart"), tr("Size in pixels (width × height):"), QLineEdit::Normal, u"1600 × 900"_s, &ok);
    if (!ok)
        return;
    const QStringList parts = QString(size).replace(u'×', u'x').split(u'x', Qt::SkipEmptyParts);
    const int width = parts.value(0).trimmed().toInt();
    const int height = parts.value(1).trimmed().toInt();
    if (parts.size() != 2 || width < 200 || height < 150 || width > 10000 || height > 10000) {
        Messages::error(
            this, tr("Cannot export the chart"), tr("Write the size as 1600 × 900 (200 to 10,000 pixels)."));
        return;
    }
    exportChart(chart, path, QSize(width, height), this);
}

} // namespace hostreview
