// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace hostreview {

class DossierDocument;
class RequirementFilterModel;
class RequirementTableModel;
class RevisionHistoryModel;

// The requirements of a dossier: a filterable, sortable table; for the selected requirement the
// text in force on the chosen day, its history, and a word-level diff between any two revisions.
class RequirementsView final : public QWidget
{
    Q_OBJECT

public:
    explicit RequirementsView(QWidget* parent = nullptr);
    ~RequirementsView() override;

    // Shows a document (nullptr: nothing). The view does not own it.
    void setDocument(DossierDocument* document);

    void selectRequirement(const QString& id);
    QString selectedRequirementId() const;
    // Compares two revisions of the selected requirement (as the two lists do).
    void compare(int fromRev, int toRev);
    // The day shown; invalid: the latest state.
    void setDay(QDate day);

    QTableView* table() const { return m_table; }
    RequirementFilterModel* filterModel() const { return m_filter; }
    QTextBrowser* diffView() const { return m_diff; }

    // Opens the dialogs; the edit is pushed when the dialog is accepted.
    void addRequirement();
    void addRevision();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fitColumns();
    void showSelected();
    void showDiff();
    void updateCount();
    void applyLateFilter(bool on);

    DossierDocument* m_document = nullptr;
    RequirementTableModel* m_model = nullptr;
    RequirementFilterModel* m_filter = nullptr;
    RevisionHistoryModel* m_history = nullptr;
    QDate m_day;
    // What the diff lists were filled for: a user's choice of revisions is kept while it holds.
    QString m_shownId;
    qsizetype m_shownRevisions = 0;

    QLineEdit* m_text;
    QComboBox* m_category;
    QCheckBox* m_changedDuring;
    QCheckBox* m_changedLate;
    QLabel* m_asOfLabel;
    QDateEdit* m_asOf;
    QPushButton* m_latest;
    QLabel* m_count;
    QTableView* m_table;
    QLabel* m_heading;
    QTextBrowser* m_inForce;
    QLabel* m_historyLabel;
    QTableView* m_historyTable;
    QLabel* m_compareLabel;
    QComboBox* m_from;
    QLabel* m_withLabel;
    QComboBox* m_to;
    QTextBrowser* m_diff;
    QPushButton* m_addRequirement;
    QPushButton* m_addRevision;
};

} // namespace hostreview
