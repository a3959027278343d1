// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTextBrowser;

namespace hostreview {

class ComplianceMatrixModel;
class DossierDocument;
class ScoreTableModel;

// Vendors and bids: the vendors' profiles (with the extraterritorial laws that reach them), the
// compliance matrix replayed by a date slider from the opening to the decision, the scores as of
// that day, and the vendor's perspective ("I am vendor V") with its CSV export.
class VendorsView final : public QWidget
{
    Q_OBJECT

public:
    explicit VendorsView(QWidget* parent = nullptr);
    ~VendorsView() override;

    void setDocument(DossierDocument* document);

    // The day shown (clamped to the slider's range); returns the day actually shown.
    QDate setDay(QDate day);
    QDate day() const { return m_day; }
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }

    void selectCell(const QString& requirementId, const QString& vendorId);
    void setPerspectiveVendor(const QString& vendorId);
    // Writes the perspective vendor's answers as CSV; false (after saying why) on failure.
    bool exportCsv(const QString& path);

    QTableView* matrixTable() const { return m_matrix; }
    QTableView* scoresTable() const { return m_scores; }
    QTableWidget* vendorsTable() const { return m_vendors; }
    ComplianceMatrixModel* matrixModel() const { return m_matrixModel; }
    QTabWidget* tabs() const { return m_tabs; }

    // Open the dialogs; each edit is pushed when its dialog is accepted.
    void addVendor();
    void addBid();
    void recordAnswer();

signals:
    // The user moved the slider.
    void dayChanged(QDate day);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void rebuild();
    void refreshDay();
    void fillVendors();
    void showCell();
    void showPerspective();

    DossierDocument* m_document = nullptr;
    bool m_stale = true;
    QDate m_first;
    QDate m_last;
    QDate m_day;
    QString m_selectedRequirement; // the cell to select again after a change seen while hidden
    QString m_selectedVendor;

    QLabel* m_dayLabel;
    QSlider* m_slider;
    QLabel* m_dayText;
    QTabWidget* m_tabs;
    QTableWidget* m_vendors;
    QTableView* m_matrix;
    ComplianceMatrixModel* m_matrixModel;
    QTextBrowser* m_cell;
    QTableView* m_scores;
    ScoreTableModel* m_scoreModel;
    QSortFilterProxyModel* m_scoreProxy;
    QLabel* m_perspectiveLabel;
    QComboBox* m_perspectiveVendor;
    QPushButton* m_exportCsv;
    QTextBrowser* m_perspective;
    QPushButton* m_addVendor;
    QPushButton* m_addBid;
    QPushButton* m_recordAnswer;
};

} // namespace hostreview
