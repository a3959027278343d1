// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Dossier.h"

#include <QPointer>
#include <QString>
#include <QWidget>

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace hostreview {

class DossierDocument;
class SourceTableModel;

// The sources of the open dossier: a filterable, sortable table, the selected source in full
// beside it, and the buttons to add or edit one. A source's web page opens only when the person
// asks for it.
class SourcesView final : public QWidget
{
    Q_OBJECT

public:
    // The document may be nullptr; it is not owned.
    explicit SourcesView(DossierDocument* document, QWidget* parent = nullptr);

    DossierDocument* document() const;
    // Shows another document's sources (nullptr: none).
    void setDocument(DossierDocument* document);

    QTableView* table() const { return m_table; }
    SourceTableModel* model() const { return m_model; }
    // Selects the source with this id (clearing the filter when it hides it); false when there is none.
    bool selectSource(const QString& id);
    // The selected source's id, or an empty string.
    QString selectedSourceId() const;

    // The detail pane's page for a source: every value HTML-escaped, the URL as text, never a link.
    static QString detailHtml(const Dossier& dossier, const Source& source);

    // What the buttons do: open SourceDialog (non-blocking) and apply it to the document.
    void addSource();
    void editSource();
    // Opens the selected source's http(s) URL in the browser.
    void openSelectedUrl();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateDetail();
    const Source* selectedSource() const;

    QPointer<DossierDocument> m_document;
    SourceTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTableView* m_table;
    QTextBrowser* m_detail;
    QPushButton* m_open;
    QPushButton* m_add;
    QPushButton* m_edit;
};

} // namespace hostreview
