// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "analysis/Analysis.h"
#include "model/Dossier.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

class QPrinter;

namespace hostreview {

class DossierDocument;
class DossierQueries;
class ReviewFile;

// What a report is made of, read only: the dossier with its bids (indexed by DossierQueries,
// which must outlive it) and its analysis at the end, or why there is none. Made from the
// window's open document, or from a review file alone (ReportSource, for the CLI): printing
// needs no editing document and no undo stack.
struct ReportInput
{
    const DossierQueries& queries;
    const Analysis* analysis = nullptr; // null: the analysis failed, see analysisError
    QString analysisError;
    // When and by whom each revision was recorded (the change log names those entered by hand).
    QList<Recording> recordings;

    // The document's dossier, loaded with its bids if it was not yet; an Error when it cannot be.
    static Result<ReportInput> of(DossierDocument& document);
};

// A dossier read from a review file with its bids, its queries and its analysis, for a report.
class ReportSource
{
public:
    static Result<std::unique_ptr<ReportSource>> load(const ReviewFile& file, const QString& dossierId);
    ReportInput input() const
    {
        return ReportInput{*m_queries, m_analysis ? &*m_analysis : nullptr, m_error, m_recordings};
    }

private:
    Dossier m_dossier;
    std::unique_ptr<DossierQueries> m_queries;
    std::optional<Analysis> m_analysis;
    QString m_error;
    QList<Recording> m_recordings;
};

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

    // Writes the report; the Error says why on failure (the file is written whole or not at all).
    static Status writePdf(const ReportInput& input, const QString& path, const Options& options);
    // Prints the report on any printer (a PDF file, paper, a print preview).
    static Status print(const ReportInput& input, QPrinter& printer, const Options& options);
    // The report's text part as HTML (for tests and previews); `pages` fills the contents.
    static QString html(const ReportInput& input, const Options& options, const QList<int>& pages = {});
};

} // namespace hostreview
