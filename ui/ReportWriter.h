// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "support/Result.h"

#include <QCoreApplication>
#include <QString>

class QPrinter;

namespace hostreview {

class DossierDocument;

// The review report as a PDF (Qt PrintSupport): a cover (dossier, authority, date, the marks of
// an illustrative dossier and of a public edition), the contents with page numbers, a summary
// with the bias index and its breakdown, every signal with its evidence and basis, the
// requirement change log with word diffs, the compliance matrix at the final deadline, the
// assessment and the decision, the claims check, the sources; then the timeline and the funnel
// drawn as vector graphics by the same chart code as the window. Running headers, page numbers.
//
// The public edition leaves out everything marked confidential (sources, bids' prices, answers'
// evidence) and says so on its cover. Needs a QGuiApplication (fonts); the language is the
// installed one.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(hostreview::ReportWriter)

public:
    struct Options
    {
        bool publicEdition = false;
    };

    // Writes the report of the document's dossier; the Error says why on failure (nothing is
    // left behind but a file QPrinter could not finish).
    static Status writePdf(DossierDocument& document, const QString& path, const Options& options);
    // Prints the report on any printer (a PDF file, paper, a print preview).
    static Status print(DossierDocument& document, QPrinter& printer, const Options& options);
    // The report's text part as HTML (for tests and previews); `pages` fills the contents.
    static QString html(DossierDocument& document, const Options& options, const QList<int>& pages = {});
};

} // namespace hostreview
