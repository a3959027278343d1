// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "analysis/Analysis.h"

#include <QWidget>

class QChart;
class QCheckBox;
class QDateEdit;
class QChartView;
class QComboBox;
class QLabel;
class QListWidget;
class QStandardItemModel;
class QTableView;

namespace hostreview {

class DossierDocument;

// Every signal of the analysis with its severity, subject, date, message and basis, filtered by
// severity and code; the bias index with a bar chart of its breakdown; the coverage list.
// Selecting a signal asks for its first piece of evidence to be shown (evidenceActivated).
class SignalsView final : public QWidget
{
    Q_OBJECT

public:
    explicit SignalsView(QWidget* parent = nullptr);
    ~SignalsView() override;

    void setDocument(DossierDocument* document);

    QTableView* table() const { return m_table; }
    QStandardItemModel* model() const { return m_model; }
    QChart* breakdownChart() const { return m_chart; }
    // Selects the first shown signal with this code (and subject, when given).
    bool selectSignal(const QString& code, const QString& subjectId = QString());
    // Analyses as of a day (invalid: the whole dossier). The date is shared with the matrix and
    // the timeline: asOfChanged tells the window when the user changes it here.
    void setAsOf(QDate day);
    QDate asOf() const { return m_asOf; }

signals:
    void asOfChanged(QDate day);

    void evidenceActivated(const hostreview::Evidence& evidence);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void rebuild();
    void fill();
    void retranslate();

    DossierDocument* m_document = nullptr;
    bool m_stale = true;
    QList<Signal> m_signals;
    QDate m_asOf;
    QLabel* m_index;
    QComboBox* m_severity;
    QComboBox* m_code;
    QTableView* m_table;
    QStandardItemModel* m_model;
    QChart* m_chart;
    QChartView* m_chartView;
    QLabel* m_coverageLabel;
    QListWidget* m_coverage;
    QCheckBox* m_useAsOf;
    QDateEdit* m_asOfEdit;
};

} // namespace hostreview
