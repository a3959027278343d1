// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "analysis/Analysis.h"
#include "model/Dossier.h"

#include <QPointer>
#include <QString>
#include <QWidget>

#include <optional>

class QShowEvent;
class QTextBrowser;

namespace hostreview {

class DossierDocument;

// The dossier at a glance: who asked whom for what, the key dates, what it holds, and the bias
// index with its breakdown and strongest signals. The analysis is recomputed only while the view
// is visible; a change while it is hidden marks it stale until it is shown again.
class OverviewView final : public QWidget
{
    Q_OBJECT

public:
    // The document may be nullptr; it is not owned.
    explicit OverviewView(DossierDocument* document = nullptr, QWidget* parent = nullptr);

    DossierDocument* document() const;
    // Shows another document (nullptr: none).
    void setDocument(DossierDocument* document);
    QTextBrowser* browser() const { return m_text; }

    // Recomputes the page now (the analysis may take a moment on a large dossier).
    void refresh();

    // The page. analysis nullopt: analysisError says why there is none.
    static QString html(const Dossier& dossier, const std::optional<Analysis>& analysis, const QString& analysisError);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void markStale();

    QPointer<DossierDocument> m_document;
    QTextBrowser* m_text;
    bool m_stale = true;
};

} // namespace hostreview
