// SPDX-License-Identifier: EUPL-1.2
// hostreview-cli's spreadsheet imports (docs/spreadsheets.md): a tender's requirement list, whose
// later versions become revisions, and a vendor's answers from the CSV that `vendor --csv` writes.
// Each prints what it records; every bad row is named (file, line, column) and nothing is written.
#include "Cli.h"

#include "CliSupport.h"
#include "format/AnswerSheet.h"
#include "format/RequirementList.h"
#include "storage/ReviewFile.h"
#include "support/SafeFile.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace hostreview {

using cli::momentOption;
using cli::textOrNone;

namespace {

// A spreadsheet is small: a 10,000-row list is a few megabytes.
constexpr qint64 MaxSpreadsheetBytes = 64 * 1024 * 1024;

} // namespace

int Cli::refusedRows(const QList<Error>& errors)
{
    constexpr int shown = 50;
    for (qsizetype i = 0; i < errors.size() && i < shown; ++i)
        m_err << errors[i].toString() << Qt::endl;
    if (errors.size() > shown)
        m_err << tr("... and %n more", nullptr, int(errors.size() - shown)) << Qt::endl;
    m_err << tr("Nothing was written.") << Qt::endl;
    return Usage;
}

int Cli::importRequirementsCommand(const Invocation& in)
{
    if (in.positional().size() != 1 || !in.isSet(u"dossier"_s) || !in.isSet(u"csv"_s) || !in.isSet(u"effective"_s))
        return usage(in);
    const QString path = in.positional().first();
    const QString dossierId = in.value(u"dossier"_s);
    const QString csvPath = in.value(u"csv"_s);
    auto bytes = SafeFile::readAll(csvPath, MaxSpreadsheetBytes);
    if (!bytes)
        return failed(csvPath, bytes.error());
    auto parsed = RequirementList::parse(*bytes, csvPath);
    if (!parsed.list)
        return refusedRows(parsed.errors);
    int code = Ok;
    auto file = openReviewFile(path, &code);
    if (!file)
        return code;
    auto head = file->loadHead(dossierId);
    if (!head)
        return failed(path, head.error());
    RequirementListImport how;
    auto effective = momentOption(u"effective"_s, in.value(u"effective"_s), head->info.zone(), m_err);
    if (!effective)
        return Usage;
    how.effective = *effective;
    if (in.isSet(u"rationale"_s))
        how.rationale = textOrNone(in.value(u"rationale"_s));
    if (in.isSet(u"source"_s))
        how.source = textOrNone(in.value(u"source"_s));
    how.origin = QFileInfo(csvPath).fileName();
    how.dryRun = in.isSet(u"dry-run"_s);
    auto changes = file->importRequirementList(dossierId, *parsed.list, how);
    if (!changes)
        return failed(changes.error().file.isEmpty() ? path : csvPath, changes.error());
    m_out << tr("%1 (%2, \"%3\" between fields):")
                 .arg(csvPath, parsed.list->csv().encodingName(), parsed.list->csv().delimiter())
          << Qt::endl;
    if (!parsed.list->ignoredColumns().isEmpty())
        m_out << tr("columns ignored: %1").arg(parsed.list->ignoredColumns().join(u", "_s)) << Qt::endl;
    m_out << RequirementList::describe(*changes);
    if (changes->changes.isEmpty())
        m_out << tr("No change: nothing recorded.") << Qt::endl;
    else if (how.dryRun)
        m_out << tr("Dry run: nothing recorded.") << Qt::endl;
    else
        m_out << tr("Recorded in %1, effective %2.").arg(path, how.effective.text()) << Qt::endl;
    if (!changes->changes.isEmpty())
        warnIfLate(how.effective, head->info.zone());
    return Ok;
}

int Cli::importAnswersCommand(const Invocation& in)
{
    if (in.positional().size() != 1 || !in.isSet(u"dossier"_s) || !in.isSet(u"csv"_s) || !in.isSet(u"bid"_s))
        return usage(in);
    const QString path = in.positional().first();
    const QString dossierId = in.value(u"dossier"_s);
    const QString csvPath = in.value(u"csv"_s);
    const QString bidId = in.value(u"bid"_s);
    auto bytes = SafeFile::readAll(csvPath, MaxSpreadsheetBytes);
    if (!bytes)
        return failed(csvPath, bytes.error());
    auto parsed = AnswerSheet::parse(*bytes, csvPath);
    if (!parsed.sheet)
        return refusedRows(parsed.errors);
    int code = Ok;
    auto file = openReviewFile(path, &code);
    if (!file)
        return code;
    Dossier dossier;
    if (int loaded = loadDossier(*file, dossierId, dossier, ReviewFile::LoadScope::Everything); loaded != Ok)
        return loaded;
    const Bid* bid = dossier.bid(bidId);
    if (!bid)
        return failed(path, Error::input(tr("no bid %1 in dossier %2").arg(bidId, dossierId)));
    std::optional<Moment> at;
    if (in.isSet(u"at"_s)) {
        at = momentOption(u"at"_s, in.value(u"at"_s), dossier.info.zone(), m_err);
        if (!at)
            return Usage;
    }
    const AnswerSheet::Changes changes = parsed.sheet->compare(dossier, *bid, at);
    if (!changes.errors.isEmpty())
        return refusedRows(changes.errors);
    m_out << AnswerSheet::describe(changes);
    if (changes.changes.isEmpty()) {
        m_out << tr("No change: nothing recorded.") << Qt::endl;
        return Ok;
    }
    if (in.isSet(u"dry-run"_s)) {
        m_out << tr("Dry run: nothing recorded.") << Qt::endl;
        return Ok;
    }
    QList<Response> answers;
    QList<std::optional<Response>> seen;
    for (const AnswerSheet::Change& c : changes.changes) {
        answers << c.answer;
        seen << c.previous;
    }
    if (Status st = file->recordAnswers(dossierId, bidId, answers, QFileInfo(csvPath).fileName(), seen); !st)
        return failed(path, st.error());
    m_out << tr("Recorded in %1.").arg(path) << Qt::endl;
    return Ok;
}

} // namespace hostreview
