// SPDX-License-Identifier: EUPL-1.2
#include "SignalsView.h"

#include "DossierDocument.h"
#include "analysis/signals/SignalCatalogue.h"
#include "support/Language.h"
#include "text/AnalysisFormat.h"
#include "text/Labels.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace hostreview {

namespace {

constexpr int SignalIndexRole = Qt::UserRole + 1;

QColor severityColour(Severity s)
{
    switch (s) {
    case Severity::High:
        return QColor(0xf8, 0xd0, 0xd0);
    case Severity::Medium:
        return QColor(0xfb, 0xe8, 0xb0);
    case Severity::Low:
        break;
    }
    return QColor(0xe8, 0xf0, 0xf8);
}

} // namespace

SignalsView::SignalsView(QWidget* parent)
    : QWidget(parent)
    , m_index(new QLabel)
    , m_severity(new QComboBox)
    , m_code(new QComboBox)
    , m_table(new QTableView)
    , m_model(new QStandardItemModel(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart))
    , m_coverageLabel(new QLabel)
    , m_coverage(new QListWidget)
    , m_useAsOf(new QCheckBox)
    , m_asOfEdit(new QDateEdit)
{
    m_useAsOf->setObjectName(u"signalsAsOf"_s);
    m_asOfEdit->setObjectName(u"signalsAsOfDate"_s);
    m_asOfEdit->setCalendarPopup(true);
    m_asOfEdit->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_asOfEdit->setEnabled(false);
    m_index->setObjectName(u"biasIndex"_s);
    m_severity->setObjectName(u"severityFilter"_s);
    m_code->setObjectName(u"codeFilter"_s);
    m_table->setObjectName(u"signalsTable"_s);
    m_coverage->setObjectName(u"coverageList"_s);
    m_coverage->setWordWrap(true); // a missing item can be long (vendors.ID.parent_country)
    m_coverage->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QFont f = m_index->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_index->setFont(f);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setObjectName(u"breakdownChart"_s);

    auto* top = new QHBoxLayout;
    top->addWidget(m_index, 1);
    top->addWidget(m_useAsOf);
    top->addWidget(m_asOfEdit);
    top->addWidget(m_severity);
    top->addWidget(m_code);
    auto* bottom = new QSplitter;
    bottom->addWidget(m_chartView);
    auto* coverage = new QWidget;
    auto* cl = new QVBoxLayout(coverage);
    cl->setContentsMargins(0, 0, 0, 0);
    cl->addWidget(m_coverageLabel);
    cl->addWidget(m_coverage);
    bottom->addWidget(coverage);
    bottom->setSizes({700, 400});
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(bottom);
    splitter->setSizes({360, 440});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_useAsOf, &QCheckBox::toggled, this, [this](bool on) {
        m_asOfEdit->setEnabled(on);
        setAsOf(on ? m_asOfEdit->date() : QDate());
        emit asOfChanged(m_asOf);
    });
    connect(m_asOfEdit, &QDateEdit::dateChanged, this, [this](QDate day) {
        if (!m_useAsOf->isChecked())
            return;
        setAsOf(day);
        emit asOfChanged(m_asOf);
    });
    connect(m_severity, &QComboBox::currentIndexChanged, this, &SignalsView::fill);
    connect(m_code, &QComboBox::currentIndexChanged, this, &SignalsView::fill);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& i) {
        if (!i.isValid())
            return;
        const int index = m_model->item(i.row(), 0)->data(SignalIndexRole).toInt();
        if (index >= 0 && index < m_signals.size() && !m_signals[index].evidence.isEmpty())
            emit evidenceActivated(m_signals[index].evidence.front());
    });
    retranslate();
}

SignalsView::~SignalsView() = default;

void SignalsView::retranslate()
{
    m_coverageLabel->setText(tr("Coverage: the signals that could not be evaluated, and what was missing"));
    m_useAsOf->setText(tr("As of"));
    m_useAsOf->setToolTip(tr("Count only what existed on that day (shared with the matrix and the timeline)"));
    const int severity = m_severity->currentIndex();
    {
        const QSignalBlocker block(m_severity);
        m_severity->clear();
        m_severity->addItem(tr("All severities"));
        for (Severity s : {Severity::High, Severity::Medium, Severity::Low})
            m_severity->addItem(SignalCatalogue::severityLabel(s), int(s));
        m_severity->setCurrentIndex(std::max(0, severity));
    }
}

void SignalsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_document)
            m_document->forgetAnalysis();
        m_stale = true;
        if (isVisible())
            rebuild();
    }
    QWidget::changeEvent(event);
}

void SignalsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        rebuild();
}

void SignalsView::setDocument(DossierDocument* document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &DossierDocument::dossierChanged, this, [this] {
            m_stale = true;
            if (isVisible())
                rebuild();
        });
    }
    m_stale = true;
    if (isVisible() || !document)
        rebuild();
}

void SignalsView::setAsOf(QDate day)
{
    {
        const QSignalBlocker blockCheck(m_useAsOf);
        const QSignalBlocker blockDate(m_asOfEdit);
        m_useAsOf->setChecked(day.isValid());
        m_asOfEdit->setEnabled(day.isValid());
        if (day.isValid())
            m_asOfEdit->setDate(day);
    }
    if (day == m_asOf)
        return;
    m_asOf = day;
    m_stale = true;
    if (isVisible())
        rebuild();
}

void SignalsView::rebuild()
{
    m_stale = false;
    m_signals.clear();
    m_chart->removeAllSeries();
    for (QAbstractAxis* a : m_chart->axes())
        m_chart->removeAxis(a);
    m_coverage->clear();
    std::optional<Analysis> asOf;
    if (m_document && m_asOf.isValid())
        asOf = m_document->analysisAsOf(m_asOf);
    const std::optional<Analysis>* analysis =
        !m_document ? nullptr : (m_asOf.isValid() ? &asOf : &m_document->analysis());
    if (!analysis || !*analysis) {
        m_index->setText(m_document ? m_document->analysisError() : QString());
        fill();
        return;
    }
    const Analysis& a = **analysis;
    m_signals = a.fired;
    m_index->setText(a.biasIndexTenths ? tr("Bias index: %1 / 100 — %n signal(s)", nullptr, int(a.fired.size()))
                                             .arg(Language::locale().toString(*a.biasIndexTenths / 10.0, 'f', 1))
                                       : tr("Bias index: not computed, no signal could be evaluated"));
    {
        const QString code = m_code->currentData().toString();
        const QSignalBlocker block(m_code);
        m_code->clear();
        m_code->addItem(tr("All codes"));
        QStringList codes;
        for (const Signal& s : m_signals) {
            if (!codes.contains(s.code))
                codes << s.code;
        }
        for (const QString& c : codes)
            m_code->addItem(c, c);
        m_code->setCurrentIndex(std::max(0, m_code->findData(code)));
    }
    // The breakdown: each evaluated code's weight, fired or clear.
    auto* fired = new QBarSet(tr("Fired (weight)"));
    auto* clear = new QBarSet(tr("Clear (weight)"));
    fired->setColor(QColor(0xc0, 0x39, 0x2b));
    clear->setColor(QColor(0xa9, 0xdf, 0xbf));
    QStringList categories;
    for (const IndexComponent& c : a.breakdown) {
        if (!c.evaluated)
            continue;
        categories << c.code;
        *fired << (c.fired ? c.weight : 0);
        *clear << (c.fired ? 0 : c.weight);
    }
    auto* series = new QStackedBarSeries;
    series->append(fired);
    series->append(clear);
    m_chart->addSeries(series);
    // The codes along the bottom, written upwards: 22 of them fit side by side.
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsAngle(-90);
    QFont small = x->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    x->setLabelsFont(small);
    auto* y = new QValueAxis;
    y->setRange(0, 3);
    y->setTickCount(4);
    y->setLabelFormat(u"%d"_s);
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    m_chart->setTitle(tr("Breakdown of the bias index (weight: high 3, medium 2, low 1)"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    for (const Coverage& c : a.coverage) {
        if (!c.evaluated)
            m_coverage->addItem(tr("%1 — not evaluated, missing: %2").arg(c.code, Labels::missing(c.missing)));
    }
    if (m_coverage->count() == 0)
        m_coverage->addItem(tr("Every signal of the catalogue was evaluated."));
    fill();
}

void SignalsView::fill()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels(
        {tr("Severity"), tr("Code"), tr("Subject"), tr("Date"), tr("Message"), tr("Basis")});
    const QVariant severity = m_severity->currentData();
    const QString code = m_code->currentData().toString();
    for (qsizetype i = 0; i < m_signals.size(); ++i) {
        const Signal& s = m_signals[i];
        if (severity.isValid() && int(s.severity) != severity.toInt())
            continue;
        if (!code.isEmpty() && s.code != code)
            continue;
        QList<QStandardItem*> row{
            new QStandardItem(SignalCatalogue::severityLabel(s.severity)),
            new QStandardItem(s.code),
            new QStandardItem(AnalysisFormat::subjectKindLabel(s.subjectKind) + u' ' + s.subjectId),
            new QStandardItem(s.at.isValid() ? Language::locale().toString(s.at, QLocale::ShortFormat) : QString()),
            new QStandardItem(s.message),
            new QStandardItem(s.basis)};
        row[0]->setData(int(i), SignalIndexRole);
        row[0]->setBackground(severityColour(s.severity));
        row[4]->setToolTip(s.message);
        m_model->appendRow(row);
    }
    QHeaderView* h = m_table->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::ResizeToContents);
    h->setSectionResizeMode(4, QHeaderView::Stretch);
    h->setSectionResizeMode(5, QHeaderView::Interactive);
    h->resizeSection(5, 220);
    m_table->resizeRowsToContents();
}

bool SignalsView::selectSignal(const QString& code, const QString& subjectId)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const Signal& s = m_signals[m_model->item(r, 0)->data(SignalIndexRole).toInt()];
        if (s.code == code && (subjectId.isEmpty() || s.subjectId == subjectId)) {
            m_table->selectionModel()->setCurrentIndex(m_model->index(r, 0),
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

} // namespace hostreview
